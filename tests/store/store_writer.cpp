// store_writer: a helper process for the store tests. Opens a store, makes sure tickets writer-1..writer-<T>
// exist (source "writer"), then records <count> actions round-robin over them and prints each action id on its
// own line, flushed, only after recordAction() returned true: a line on stdout is an acknowledged action.
//
//   store_writer <store> <agent> <count> [<tickets>]
//   store_writer <store> --list      prints the id of every stored action, then "integrity: <PRAGMA result>"

#include "store/decisionstore.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cstdio>

using namespace RouteDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(2) == QLatin1String("--list")) {
        QString error;
        auto store = DecisionStore::open(args.at(1), &error);
        if (!store) {
            std::fprintf(stderr, "store_writer: %s\n", qPrintable(error));
            return 1;
        }
        for (const AgentAction &action : store->actions())
            std::printf("%lld\n", static_cast<long long>(action.id));
        if (store->location().kind == StoreLocation::Kind::Sqlite) {
            QSqlQuery query(store->connection());
            QStringList findings;
            if (query.exec(QStringLiteral("PRAGMA integrity_check"))) {
                while (query.next())
                    findings.append(query.value(0).toString());
            }
            std::printf("integrity: %s\n", qPrintable(findings.join(QStringLiteral("; "))));
        }
        return 0;
    }
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: store_writer <store> <agent> <count> [<tickets>]\n");
        return 2;
    }
    const QString agent = args.at(2);
    const int count = args.at(3).toInt();
    const int ticketCount = args.size() > 4 ? args.at(4).toInt() : 5;

    QString error;
    auto store = DecisionStore::open(args.at(1), &error);
    if (!store) {
        std::fprintf(stderr, "store_writer: %s\n", qPrintable(error));
        return 1;
    }
    QList<Ticket> tickets;
    for (int i = 1; i <= ticketCount; ++i) {
        Ticket ticket;
        ticket.source = QStringLiteral("writer");
        ticket.externalId = QStringLiteral("writer-%1").arg(i);
        ticket.subject = QStringLiteral("Ticket %1 shared by every writer").arg(i);
        tickets.append(ticket);
    }
    if (!store->upsertTickets(&tickets)) {
        std::fprintf(stderr, "store_writer: %s\n", qPrintable(store->errorString()));
        return 1;
    }
    for (int i = 0; i < count; ++i) {
        AgentAction action;
        action.ticketId = tickets.at(i % tickets.size()).id;
        action.type = i % 3 == 0 ? ActionType::Accept : (i % 3 == 1 ? ActionType::Override : ActionType::Escalate);
        action.category = QStringLiteral("billing");
        action.agent = agent;
        action.reason = QStringLiteral("action %1 of %2").arg(i).arg(agent);
        const std::optional<QByteArray> payload = i % 2 == 0
            ? std::optional<QByteArray>(QStringLiteral("{\"agent\":\"%1\",\"n\":%2}").arg(agent).arg(i).toUtf8())
            : std::nullopt;
        if (!store->recordAction(&action, payload)) {
            std::fprintf(stderr, "store_writer: %s\n", qPrintable(store->errorString()));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(action.id));
        std::fflush(stdout);
    }
    return 0;
}
