// The customer context of a ticket (issue 13): the requester's other tickets with the category and state they
// ended with, and similar settled tickets with how they were settled. On SQLite and, when the test command
// starts one, PostgreSQL.

#include "testsupport.h"

#include "store/customercontext.h"
#include "store/decisionstore.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

#include <memory>

using namespace RouteDesk;

namespace {

const QDateTime kT0(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

Ticket makeTicket(const QString &externalId, const QString &subject, const QString &body, const QString &email,
                  int minutes)
{
    Ticket ticket;
    ticket.source = QStringLiteral("demo");
    ticket.externalId = externalId;
    ticket.subject = subject;
    ticket.body = body;
    ticket.requesterEmail = email;
    ticket.requesterName = email.section(QLatin1Char('@'), 0, 0);
    ticket.createdAt = kT0.addSecs(60 * minutes);
    return ticket;
}

QStringList subjects(const QList<ContextTicket> &items)
{
    QStringList result;
    for (const ContextTicket &item : items)
        result << item.subject;
    return result;
}

} // namespace

class TestCustomerContext : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_databases;
    std::unique_ptr<DecisionStore> m_store;
    QHash<QString, qint64> m_ids; // by external id
    QHash<qint64, qint64> m_decisions; // ticket id -> its decision

    // Opens a new store of the row's backend; false when the row skipped or failed.
    bool openStore()
    {
        QFETCH(QString, backend);
        QString setting;
        QString error;
        if (backend == QLatin1String("sqlite")) {
            setting = m_dir->filePath(QStringLiteral("context.sqlite"));
        } else {
            if (Test::postgresServerUrl().isEmpty()) {
                if (Test::serversRequired())
                    qWarning("ROUTEDESK_TEST_PG_URL is not set but the test command requires PostgreSQL");
                return false;
            }
            setting = Test::createPostgresDatabase(&error);
            if (setting.isEmpty()) {
                qWarning("%s", qPrintable(error));
                return false;
            }
            m_databases << setting;
        }
        m_store = DecisionStore::open(setting, &error);
        if (!m_store)
            qWarning("%s", qPrintable(error));
        return bool(m_store);
    }

    qint64 add(const Ticket &ticket, const QString &category, const QList<EscalationFlag> &flags = {})
    {
        Ticket stored = ticket;
        if (!m_store->upsertTicket(&stored))
            return 0;
        RoutingDecision decision;
        decision.ticketId = stored.id;
        decision.category = category;
        decision.confidence = 0.8;
        decision.specialist = category + QStringLiteral("-team");
        decision.flags = flags;
        decision.decidedAt = stored.createdAt.addSecs(5);
        if (!category.isEmpty() && !m_store->recordDecision(&decision))
            return 0;
        m_ids.insert(stored.externalId, stored.id);
        m_decisions.insert(stored.id, decision.id);
        return stored.id;
    }

    qint64 act(const QString &externalId, ActionType type, const QString &category, const QString &reason = {},
               qint64 undoes = 0)
    {
        AgentAction action;
        action.ticketId = m_ids.value(externalId);
        action.decisionId = m_decisions.value(action.ticketId);
        action.type = type;
        action.category = category;
        action.specialist = category.isEmpty() ? QString() : category + QStringLiteral("-team");
        action.reason = reason;
        action.agent = QStringLiteral("ana");
        action.undoesActionId = undoes;
        if (type == ActionType::Override)
            action.reasonCode = QStringLiteral("wrong_category");
        if (type == ActionType::Escalate) {
            action.escalationTarget = QStringLiteral("team_lead");
            action.reasonCode = QStringLiteral("legal_threat");
        }
        return m_store->recordAction(&action) ? action.id : 0;
    }

    // The requester with four tickets (one the current), someone else, and settled tickets to compare with.
    bool fill()
    {
        const QString ana = QStringLiteral("ana@example.com");
        bool ok = add(makeTicket(QStringLiteral("current"), QStringLiteral("Charged twice for my subscription"),
                                 QStringLiteral("My card was charged two times for the Pro subscription this month. "
                                                "Please refund the duplicate payment."),
                                 QStringLiteral("Ana@Example.COM"), 100),
                      QStringLiteral("billing"))
            && add(makeTicket(QStringLiteral("ana-overridden"), QStringLiteral("Where is my parcel"),
                              QStringLiteral("The parcel with my monitor has not arrived."), ana, 10),
                   QStringLiteral("shipping"), {{QStringLiteral("urgent"), QStringLiteral("says urgent")}})
            && add(makeTicket(QStringLiteral("ana-undone"), QStringLiteral("Cannot log in"),
                              QStringLiteral("My login fails since yesterday."), QStringLiteral("ANA@example.com"), 20),
                   QStringLiteral("account"))
            && add(makeTicket(QStringLiteral("ana-new"), QStringLiteral("Export to CSV"),
                              QStringLiteral("How do I export my tasks to a spreadsheet?"), ana, 30),
                   QStringLiteral("how_to"))
            && add(makeTicket(QStringLiteral("bob"), QStringLiteral("Invoice address"),
                              QStringLiteral("Please put our new address on the invoices."),
                              QStringLiteral("bob@example.com"), 40),
                   QStringLiteral("billing"))
            // A paraphrase of the current ticket, settled by an override.
            && add(makeTicket(QStringLiteral("paraphrase"), QStringLiteral("Double charge on subscription"),
                              QStringLiteral("Hello, you charged my card twice this month for the subscription. I "
                                             "would like the duplicate charge refunded."),
                              QStringLiteral("carla@example.com"), 50),
                   QStringLiteral("billing"))
            // Related but further away, accepted.
            && add(makeTicket(QStringLiteral("related"), QStringLiteral("Subscription price"),
                              QStringLiteral("Why did the price of my subscription go up this month?"),
                              QStringLiteral("dan@example.com"), 55),
                   QStringLiteral("billing"))
            // Unrelated, settled.
            && add(makeTicket(QStringLiteral("unrelated-1"), QStringLiteral("Password reset email never came"),
                              QStringLiteral("I asked for a password reset link but nothing arrived in my inbox."),
                              QStringLiteral("erin@example.com"), 60),
                   QStringLiteral("account"))
            && add(makeTicket(QStringLiteral("unrelated-2"), QStringLiteral("Gantt view crashes"),
                              QStringLiteral("Opening the Gantt view of a large project freezes the browser tab."),
                              QStringLiteral("finn@example.com"), 65),
                   QStringLiteral("technical"))
            // The same words as the current ticket but never settled, and one whose settlement was undone.
            && add(makeTicket(QStringLiteral("unsettled-twin"), QStringLiteral("Charged twice for my subscription"),
                              QStringLiteral("My card was charged two times for the subscription."),
                              QStringLiteral("gus@example.com"), 70),
                   QStringLiteral("billing"))
            && add(makeTicket(QStringLiteral("undone-twin"), QStringLiteral("Charged twice for subscription"),
                              QStringLiteral("The subscription was charged two times on my card."),
                              QStringLiteral("hal@example.com"), 75),
                   QStringLiteral("billing"));
        if (!ok)
            return false;
        // Ana's parcel ticket was overridden to returns; her login ticket was overridden, then the override undone.
        ok = act(QStringLiteral("ana-overridden"), ActionType::Override, QStringLiteral("returns"),
                 QStringLiteral("she wants to send it back"))
            != 0;
        const qint64 undone = act(QStringLiteral("ana-undone"), ActionType::Override, QStringLiteral("billing"));
        ok = ok && undone && act(QStringLiteral("ana-undone"), ActionType::Undo, QString(), {}, undone);
        ok = ok
            && act(QStringLiteral("paraphrase"), ActionType::Override, QStringLiteral("refund_cancellation"),
                   QStringLiteral("duplicate charge: refund"))
            && act(QStringLiteral("related"), ActionType::Accept, QStringLiteral("billing"))
            && act(QStringLiteral("unrelated-1"), ActionType::Accept, QStringLiteral("account"))
            && act(QStringLiteral("unrelated-2"), ActionType::Escalate, QStringLiteral("technical"));
        const qint64 twin = ok ? act(QStringLiteral("undone-twin"), ActionType::Accept, QStringLiteral("billing")) : 0;
        return twin && act(QStringLiteral("undone-twin"), ActionType::Undo, QString(), {}, twin);
    }

    void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_ids.clear();
        m_decisions.clear();
    }

    void cleanup()
    {
        m_store.reset();
        for (const QString &url : std::as_const(m_databases))
            Test::dropPostgresDatabase(url);
        m_databases.clear();
        m_dir.reset();
    }

    void requesterTickets_data() { backends(); }
    void requesterTickets()
    {
        if (!openStore()) {
            QFETCH(QString, backend);
            if (backend == QLatin1String("sqlite") || Test::serversRequired())
                QFAIL("the store did not open");
            QSKIP("PostgreSQL not available: set ROUTEDESK_TEST_PG_URL (scripts/test.sh does)");
        }
        QVERIFY2(fill(), qPrintable(m_store->errorString()));

        const CustomerContext context = customerContext(*m_store, m_ids.value(QStringLiteral("current")));
        QVERIFY2(context.ok(), qPrintable(context.error));
        // Same address in any case, newest first, without the ticket itself or anyone else's.
        QCOMPARE(subjects(context.requesterTickets),
                 (QStringList {QStringLiteral("Export to CSV"), QStringLiteral("Cannot log in"),
                               QStringLiteral("Where is my parcel")}));
        const ContextTicket &fresh = context.requesterTickets.at(0);
        QCOMPARE(fresh.state, TicketState::New);
        QCOMPARE(fresh.finalCategory, QStringLiteral("how_to"));
        QVERIFY(!fresh.settledBy);
        // The override was undone: back to new with the decision's category.
        const ContextTicket &undone = context.requesterTickets.at(1);
        QCOMPARE(undone.state, TicketState::New);
        QCOMPARE(undone.finalCategory, QStringLiteral("account"));
        QVERIFY(!undone.settledBy);
        // The override's correction is the final category, with its reason and the decision's flags.
        const ContextTicket &overridden = context.requesterTickets.at(2);
        QCOMPARE(overridden.state, TicketState::Overridden);
        QCOMPARE(overridden.finalCategory, QStringLiteral("returns"));
        QVERIFY(overridden.settledBy);
        QCOMPARE(overridden.settledBy->reason, QStringLiteral("she wants to send it back"));
        QCOMPARE(overridden.flagCodes, QStringList {QStringLiteral("urgent")});
        QCOMPARE(overridden.externalId, QStringLiteral("ana-overridden"));

        // A limit keeps the newest.
        CustomerContextOptions options;
        options.requesterLimit = 1;
        QCOMPARE(subjects(customerContext(*m_store, m_ids.value(QStringLiteral("current")), options).requesterTickets),
                 QStringList {QStringLiteral("Export to CSV")});
    }

    void similarTickets_data() { backends(); }
    void similarTickets()
    {
        if (!openStore()) {
            QFETCH(QString, backend);
            if (backend == QLatin1String("sqlite") || Test::serversRequired())
                QFAIL("the store did not open");
            QSKIP("PostgreSQL not available: set ROUTEDESK_TEST_PG_URL (scripts/test.sh does)");
        }
        QVERIFY2(fill(), qPrintable(m_store->errorString()));

        const CustomerContext context = customerContext(*m_store, m_ids.value(QStringLiteral("current")));
        QVERIFY2(context.ok(), qPrintable(context.error));
        const QStringList found = subjects(context.similarTickets);
        // The paraphrase first; unsettled and undone twins are not "settled"; unrelated tickets stay below the bar.
        QVERIFY2(!found.isEmpty(), qPrintable(found.join(QLatin1String(" | "))));
        QCOMPARE(found.constFirst(), QStringLiteral("Double charge on subscription"));
        QVERIFY2(!found.contains(QStringLiteral("Password reset email never came")), qPrintable(found.join(u'|')));
        QVERIFY2(!found.contains(QStringLiteral("Gantt view crashes")), qPrintable(found.join(u'|')));
        QVERIFY(!found.contains(QStringLiteral("Charged twice for my subscription"))); // the unsettled twin
        QVERIFY(!found.contains(QStringLiteral("Charged twice for subscription"))); // settled, then undone
        const ContextTicket &best = context.similarTickets.constFirst();
        QCOMPARE(best.state, TicketState::Overridden);
        QCOMPARE(best.finalCategory, QStringLiteral("refund_cancellation"));
        QVERIFY(best.settledBy);
        QCOMPARE(best.settledBy->type, ActionType::Override);
        QCOMPARE(best.settledBy->reason, QStringLiteral("duplicate charge: refund"));
        QVERIFY2(best.similarity >= 0.12 && best.similarity <= 1.0001, qPrintable(QString::number(best.similarity)));
        for (qsizetype i = 1; i < context.similarTickets.size(); ++i)
            QVERIFY(context.similarTickets.at(i - 1).similarity >= context.similarTickets.at(i).similarity);
        // Every settled ticket but the current one was compared: 5 settled (the undone ones do not count).
        QCOMPARE(context.candidatesCompared, 5);

        // An unrelated ticket's context does not list the billing tickets.
        const CustomerContext gantt = customerContext(*m_store, m_ids.value(QStringLiteral("unrelated-2")));
        QVERIFY2(gantt.ok(), qPrintable(gantt.error));
        QVERIFY2(!subjects(gantt.similarTickets).contains(QStringLiteral("Double charge on subscription")),
                 qPrintable(subjects(gantt.similarTickets).join(u'|')));
    }

    void emptyEmail_data() { backends(); }
    void emptyEmail()
    {
        if (!openStore()) {
            QFETCH(QString, backend);
            if (backend == QLatin1String("sqlite") || Test::serversRequired())
                QFAIL("the store did not open");
            QSKIP("PostgreSQL not available: set ROUTEDESK_TEST_PG_URL (scripts/test.sh does)");
        }
        // Two tickets without an address are not one requester's.
        QVERIFY(add(makeTicket(QStringLiteral("a"), QStringLiteral("First"), QStringLiteral("one"), QString(), 1),
                    QStringLiteral("billing")));
        QVERIFY(add(
            makeTicket(QStringLiteral("b"), QStringLiteral("Second"), QStringLiteral("two"), QStringLiteral(" "), 2),
            QStringLiteral("billing")));
        QVERIFY(add(makeTicket(QStringLiteral("c"), QStringLiteral("Third"), QStringLiteral("three"), QString(), 3),
                    QStringLiteral("billing")));
        const CustomerContext context = customerContext(*m_store, m_ids.value(QStringLiteral("a")));
        QVERIFY2(context.ok(), qPrintable(context.error));
        QVERIFY(context.requesterTickets.isEmpty());
        const CustomerContext blank = customerContext(*m_store, m_ids.value(QStringLiteral("b")));
        QVERIFY2(blank.ok(), qPrintable(blank.error));
        QVERIFY(blank.requesterTickets.isEmpty());
    }

    void errors()
    {
        QString error;
        m_store = DecisionStore::open(m_dir->filePath(QStringLiteral("context.sqlite")), &error);
        QVERIFY2(m_store, qPrintable(error));
        const qint64 id = add(makeTicket(QStringLiteral("a"), QStringLiteral("First"), QStringLiteral("one"),
                                         QStringLiteral("ana@example.com"), 1),
                              QStringLiteral("billing"));
        QVERIFY(id);

        // A ticket that is not there is an error, not an empty context.
        const CustomerContext missing = customerContext(*m_store, id + 100);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error.contains(QString::number(id + 100)), qPrintable(missing.error));

        // A store that fails to read says why.
        QSqlDatabase connection = m_store->connection();
        connection.close();
        const CustomerContext failed = customerContext(*m_store, id);
        QVERIFY(!failed.ok());
        QVERIFY(!failed.error.isEmpty());
        QVERIFY(failed.requesterTickets.isEmpty());
        QVERIFY(failed.similarTickets.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCustomerContext)
#include "test_customercontext.moc"
