// learn_writer: a helper process for the team store tests, run several times at once against one PostgreSQL store
// with different logins.
//
//   learn_writer actions <store> <agent> <count> <tickets>
//       makes sure tickets team-1..team-<tickets> exist, then for i in 0..count-1 records a decision (every third
//       i) and an action on ticket i % tickets (with a write-back payload for even i); prints each action id on its
//       own line, flushed, only after the store acknowledged it.
//   learn_writer activate <store> <rounds> <id>...
//       activates the given model versions in turn, <rounds> times; prints "activated <id>" after each.

#include "learn/learnstore.h"
#include "store/decisionstore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace RouteDesk;

namespace {

int actions(const QStringList &args)
{
    const QString agent = args.at(3);
    const int count = args.at(4).toInt();
    const int ticketCount = args.at(5).toInt();
    QString error;
    auto store = DecisionStore::open(args.at(2), &error);
    if (!store) {
        std::fprintf(stderr, "learn_writer: %s\n", qPrintable(error));
        return 1;
    }
    QList<Ticket> tickets;
    for (int i = 1; i <= ticketCount; ++i) {
        Ticket ticket;
        ticket.source = QStringLiteral("team");
        ticket.externalId = QStringLiteral("team-%1").arg(i);
        ticket.subject = QStringLiteral("Shared ticket %1").arg(i);
        tickets.append(ticket);
    }
    if (!store->upsertTickets(&tickets)) {
        std::fprintf(stderr, "learn_writer: %s\n", qPrintable(store->errorString()));
        return 1;
    }
    for (int i = 0; i < count; ++i) {
        const qint64 ticketId = tickets.at(i % tickets.size()).id;
        if (i % 3 == 0) {
            RoutingDecision decision;
            decision.ticketId = ticketId;
            decision.category = QStringLiteral("billing");
            decision.confidence = 0.5;
            decision.modelVersion = agent;
            if (!store->recordDecision(&decision)) {
                std::fprintf(stderr, "learn_writer: %s\n", qPrintable(store->errorString()));
                return 1;
            }
        }
        AgentAction action;
        action.ticketId = ticketId;
        action.type = i % 2 ? ActionType::Override : ActionType::Accept;
        action.category = i % 2 ? QStringLiteral("technical") : QStringLiteral("billing");
        action.agent = agent;
        action.reason = QStringLiteral("%1 #%2").arg(agent).arg(i);
        const std::optional<QByteArray> payload = i % 2 == 0
            ? std::optional<QByteArray>(QStringLiteral("{\"agent\":\"%1\",\"n\":%2}").arg(agent).arg(i).toUtf8())
            : std::nullopt;
        if (!store->recordAction(&action, payload)) {
            std::fprintf(stderr, "learn_writer: %s\n", qPrintable(store->errorString()));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(action.id));
        std::fflush(stdout);
    }
    return 0;
}

int activate(const QStringList &args)
{
    QString error;
    auto store = DecisionStore::open(args.at(2), &error);
    if (!store) {
        std::fprintf(stderr, "learn_writer: %s\n", qPrintable(error));
        return 1;
    }
    LearnStore learn(*store);
    const int rounds = args.at(3).toInt();
    for (int round = 0; round < rounds; ++round) {
        for (qsizetype i = 4; i < args.size(); ++i) {
            const qint64 id = args.at(i).toLongLong();
            if (!learn.activate(id, QStringLiteral("writer"))) {
                std::fprintf(stderr, "learn_writer: %s\n", qPrintable(learn.errorString()));
                return 1;
            }
            std::printf("activated %lld\n", static_cast<long long>(id));
            std::fflush(stdout);
        }
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 6 && args.at(1) == QLatin1String("actions"))
        return actions(args);
    if (args.size() >= 5 && args.at(1) == QLatin1String("activate"))
        return activate(args);
    std::fprintf(stderr,
                 "usage: learn_writer actions <store> <agent> <count> <tickets> | "
                 "learn_writer activate <store> <rounds> <id>...\n");
    return 2;
}
