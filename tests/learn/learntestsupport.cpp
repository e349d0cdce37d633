#include "learntestsupport.h"

#include "testsupport.h"

#include "io/recordreader.h"
#include "model/modeljson.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace RouteDesk::Test {

const LearningContext &demoContext()
{
    static QMutex mutex;
    static LearningContext context;
    static bool loaded = false;
    QMutexLocker lock(&mutex);
    if (!loaded) {
        QString error;
        if (!loadLearningContext({}, &context, &error))
            qFatal("cannot load the demo learning context: %s", qPrintable(error));
        loaded = true;
    }
    return context;
}

QList<Ticket> demoQueue()
{
    const QString path = sourceDir() + QStringLiteral("/resources/demo/queue.jsonl");
    QList<Record> records;
    QString error;
    if (!RecordReader::readAll(path, &records, &error))
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(error));
    QList<Ticket> tickets;
    for (const Record &record : std::as_const(records)) {
        Ticket ticket;
        if (!fromJson(record.fields, &ticket, &error))
            qFatal("%s:%lld: %s", qPrintable(path), record.line, qPrintable(error));
        ticket.source = QStringLiteral("demo");
        ticket.externalId = QString::fromStdString(record.fields.value("id", std::string()));
        tickets.append(ticket);
    }
    return tickets;
}

QHash<QString, QStringList> demoExpectations()
{
    const QString path = sourceDir() + QStringLiteral("/tests/engine/data/demo_queue_expectations.jsonl");
    QList<Record> records;
    QString error;
    if (!RecordReader::readAll(path, &records, &error))
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(error));
    QHash<QString, QStringList> expectations;
    for (const Record &record : std::as_const(records)) {
        QStringList categories;
        for (const auto &category : record.fields.value("categories", nlohmann::json::array()))
            categories.append(QString::fromStdString(category.get<std::string>()));
        expectations.insert(QString::fromStdString(record.fields.value("id", std::string())), categories);
    }
    return expectations;
}

QList<Ticket> ledgerTickets(int count)
{
    static const QStringList subjects {
        QStringLiteral("Ledger export is missing hours"),
        QStringLiteral("Hours missing in the Ledger export"),
        QStringLiteral("Ledger sync shows the wrong totals"),
        QStringLiteral("Wrong totals after the Ledger export"),
        QStringLiteral("Ledger add-on export incomplete"),
        QStringLiteral("Ledger timesheet export is off"),
        QStringLiteral("Problem with Ledger"),
        QStringLiteral("Ledger numbers don't match the timesheets"),
    };
    static const QStringList problems {
        QStringLiteral("The Ledger export for %1 is missing about %2 hours for the %3 team."),
        QStringLiteral("Since yesterday Ledger shows %2 hours less than our timesheets for %1 (%3 team)."),
        QStringLiteral("When we run the Ledger sync the totals for the %3 team are %2 hours off for %1."),
        QStringLiteral("Ledger only exported part of %1: the %3 team's entries stop after %2 hours."),
        QStringLiteral("Our Ledger report for %1 doesn't add up, it is %2 hours short for %3."),
        QStringLiteral("The hours in Ledger and the hours tracked in Tasklane differ by %2 for %1 (%3 team)."),
    };
    static const QStringList details {
        QStringLiteral("We already re-ran the export twice."),
        QStringLiteral("Nothing changed on our side."),
        QStringLiteral("The timesheets themselves look complete."),
        QStringLiteral("Could someone look at the Ledger side?"),
        QStringLiteral("Our accountant noticed it this morning."),
        QStringLiteral(""),
    };
    static const QStringList closings {
        QStringLiteral("Thanks!"), QStringLiteral("Best regards"),
        QStringLiteral("Cheers"),  QStringLiteral("Thank you for checking."),
        QStringLiteral("Regards"),
    };
    static const QStringList months {QStringLiteral("September"), QStringLiteral("October"), QStringLiteral("November"),
                                     QStringLiteral("last month"), QStringLiteral("this week")};
    static const QStringList teams {QStringLiteral("design"),    QStringLiteral("support"),
                                    QStringLiteral("sales"),     QStringLiteral("engineering"),
                                    QStringLiteral("marketing"), QStringLiteral("operations"),
                                    QStringLiteral("finance")};
    static const QStringList names {QStringLiteral("Mara Holt"),    QStringLiteral("Jonas Weber"),
                                    QStringLiteral("Priya Nair"),   QStringLiteral("Tom Becker"),
                                    QStringLiteral("Lena Fischer"), QStringLiteral("Omar Haddad")};
    QList<Ticket> tickets;
    for (int i = 0; i < count; ++i) {
        Ticket ticket;
        ticket.source = QStringLiteral("demo");
        ticket.externalId = QStringLiteral("L-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        ticket.subject = subjects.at(i % subjects.size());
        const QString problem = problems.at((i * 7 + 3) % problems.size())
                                    .arg(months.at(i % months.size()), QString::number(3 + (i * 5) % 40),
                                         teams.at((i * 3) % teams.size()));
        const QString detail = details.at((i * 5) % details.size());
        ticket.body = problem + (detail.isEmpty() ? QString() : QLatin1Char(' ') + detail) + QStringLiteral("\n\n")
            + closings.at(i % closings.size()) + QLatin1Char('\n') + names.at(i % names.size());
        ticket.requesterName = names.at(i % names.size());
        ticket.requesterEmail = QStringLiteral("user%1@customer%2.example").arg(i).arg(i % 9);
        ticket.language = QStringLiteral("en");
        ticket.channel = QStringLiteral("email");
        ticket.priority = QStringLiteral("normal");
        ticket.customerTier = QStringLiteral("pro");
        ticket.createdAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC).addSecs(3600LL * i);
        tickets.append(ticket);
    }
    return tickets;
}

bool isLedgerTicket(const Ticket &ticket)
{
    return ticket.externalId.startsWith(QLatin1String("L-"));
}

bool fillScenario(DecisionStore &store, const Pipeline &pipeline, const ScenarioOptions &options,
                  ScenarioCounts *counts, QString *error)
{
    *counts = ScenarioCounts();
    QList<Ticket> tickets = demoQueue();
    tickets.append(ledgerTickets(options.ledgerTickets));
    if (!store.upsertTickets(&tickets)) {
        *error = store.errorString();
        return false;
    }
    counts->tickets = int(tickets.size());
    QList<RoutingDecision> decisions;
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        RoutingDecision decision = pipeline.run(tickets.at(i));
        decision.ticketId = tickets.at(i).id;
        decision.decidedAt = options.start.addSecs(3600LL * i);
        decisions.append(decision);
    }
    if (!store.recordDecisions(&decisions)) {
        *error = store.errorString();
        return false;
    }
    counts->decisions = int(decisions.size());

    const QHash<QString, QStringList> expectations = demoExpectations();
    const QStringList agents {QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("chloe")};
    auto record = [&](AgentAction action) {
        if (!store.recordAction(&action)) {
            *error = store.errorString();
            return qint64(0);
        }
        ++counts->actions;
        return action.id;
    };
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        const Ticket &ticket = tickets.at(i);
        const RoutingDecision &decision = decisions.at(i);
        AgentAction action;
        action.ticketId = ticket.id;
        action.decisionId = decision.id;
        action.agent = agents.at(i % agents.size());
        action.at = decision.decidedAt.addSecs(1800);
        action.specialist = decision.specialist;
        if (isLedgerTicket(ticket)) {
            action.type
                = decision.category == QLatin1String(LedgerCategory) ? ActionType::Accept : ActionType::Override;
            action.category = QLatin1String(LedgerCategory);
            if (action.type == ActionType::Override) {
                action.reasonCode = QStringLiteral("wrong_category");
                ++counts->ledgerOverrides;
            }
            if (!record(action))
                return false;
            continue;
        }
        if (options.withEscalations && i % 17 == 5) {
            action.type = ActionType::Escalate;
            action.category = decision.category;
            action.reasonCode = i % 2 ? QStringLiteral("needs_specialist") : QStringLiteral("angry_customer");
            action.escalationTarget = QStringLiteral("team_lead");
            if (!record(action))
                return false;
            continue;
        }
        if (options.withEscalations && i % 29 == 7) {
            // Escalated by mistake, taken back, then accepted.
            AgentAction escalate = action;
            escalate.type = ActionType::Escalate;
            escalate.category = decision.category;
            escalate.reasonCode = QStringLiteral("needs_specialist");
            const qint64 escalated = record(escalate);
            if (!escalated)
                return false;
            AgentAction undo = action;
            undo.type = ActionType::Undo;
            undo.undoesActionId = escalated;
            undo.at = action.at.addSecs(60);
            if (!record(undo))
                return false;
            action.at = action.at.addSecs(120);
        }
        const QStringList expected = expectations.value(ticket.externalId);
        if (expected.isEmpty() || expected.contains(decision.category)) {
            action.type = ActionType::Accept;
            action.category = decision.category;
        } else {
            action.type = ActionType::Override;
            action.category = expected.constFirst();
            action.reasonCode = QStringLiteral("wrong_category");
        }
        const qint64 settled = record(action);
        if (!settled)
            return false;
        if (options.withEscalations && i % 23 == 3) {
            // Accepted by mistake and taken back: the ticket has no final category.
            AgentAction undo = action;
            undo.type = ActionType::Undo;
            undo.category.clear();
            undo.undoesActionId = settled;
            undo.at = action.at.addSecs(60);
            if (!record(undo))
                return false;
        }
    }
    return true;
}

void dropPostgresRoles(const QStringList &roles)
{
    StoreLocation server;
    QString error;
    if (!StoreLocation::parse(postgresServerUrl(), &server, &error))
        return;
    const QString name = QStringLiteral("routedesk-learn-test-drop-roles");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setDatabaseName(server.database);
        db.setUserName(server.user);
        db.setPassword(server.password);
        if (db.open()) {
            for (const QString &role : roles) {
                QSqlQuery query(db);
                query.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

QString withLogin(const QString &url, const QString &login)
{
    StoreLocation location;
    QString error;
    if (!StoreLocation::parse(url, &location, &error))
        qFatal("%s", qPrintable(error));
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(login, location.host)
        .arg(location.port)
        .arg(location.database);
}

} // namespace RouteDesk::Test
