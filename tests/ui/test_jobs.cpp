// The desktop app's background jobs: what they hand back to the window when the store fails.

#include "review/reviewdata.h"
#include "session/jobs.h"

#include "learn/report.h"

#include "model/ticket.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace RouteDesk;

class TestJobs : public QObject
{
    Q_OBJECT

private slots:
    // The Review tab and `report` count the same escalations for a period: one undone after the period is not one.
    void reviewAndReportCountEscalationsAlike()
    {
        QTemporaryDir dir;
        QString error;
        std::unique_ptr<DecisionStore> store = DecisionStore::open(dir.filePath(QStringLiteral("s.sqlite")), &error);
        QVERIFY2(store, qPrintable(error));
        const QDateTime day0(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc());
        QList<qint64> escalations;
        for (int i = 0; i < 3; ++i) {
            Ticket ticket;
            ticket.source = QStringLiteral("test");
            ticket.externalId = QStringLiteral("T-%1").arg(i);
            ticket.subject = QStringLiteral("Invoice question %1").arg(i);
            QVERIFY(store->upsertTicket(&ticket));
            RoutingDecision decision;
            decision.ticketId = ticket.id;
            decision.category = QStringLiteral("billing");
            decision.specialist = QStringLiteral("billing");
            decision.decidedAt = day0;
            QVERIFY(store->recordDecision(&decision));
            AgentAction escalate;
            escalate.ticketId = ticket.id;
            escalate.type = ActionType::Escalate;
            escalate.reasonCode = QStringLiteral("refund_review");
            escalate.at = day0.addDays(1);
            QVERIFY(store->recordAction(&escalate));
            escalations << escalate.id;
        }
        // Ticket 0's escalation is taken back inside the period, ticket 1's after it.
        for (const auto &[index, when] : {std::pair {0, day0.addDays(1).addSecs(60)}, std::pair {1, day0.addDays(5)}}) {
            const std::optional<Ticket> ticket
                = store->ticketByExternalId(QStringLiteral("test"), QStringLiteral("T-%1").arg(index));
            QVERIFY(ticket);
            AgentAction takeBack;
            takeBack.ticketId = ticket->id;
            takeBack.type = ActionType::Undo;
            takeBack.undoesActionId = escalations.at(index);
            takeBack.at = when;
            QVERIFY2(store->recordAction(&takeBack), qPrintable(store->errorString()));
        }
        PeriodFilter period;
        period.from = day0;
        period.to = day0.addDays(3);
        const ReviewData review = ReviewData::query(*store, period, Taxonomy());
        QVERIFY2(review.error.isEmpty(), qPrintable(review.error));
        int reviewCount = 0;
        for (const ReasonCount &reason : review.escalations)
            reviewCount += reason.count;

        ReportOptions options;
        options.from = period.from;
        options.to = period.to;
        Report report;
        QVERIFY2(buildReport(*store, options, &report, &error), qPrintable(error));
        QCOMPARE(report.summary.escalations, 1); // only ticket 2's escalation stands
        QCOMPARE(reviewCount, report.summary.escalations);
    }

    // A queue that cannot be read is an error on the banner, never an empty queue.
    void aFailedQueueReadIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        StoreLocation location;
        QString error;
        QVERIFY2(StoreLocation::parse(path, &location, &error), qPrintable(error));
        {
            std::unique_ptr<DecisionStore> store = DecisionStore::open(location, &error);
            QVERIFY2(store, qPrintable(error));
            Ticket ticket;
            ticket.source = QStringLiteral("test");
            ticket.externalId = QStringLiteral("T-1");
            ticket.subject = QStringLiteral("Invoice missing");
            QVERIFY(store->upsertTicket(&ticket));
        }
        {
            // Another program changed the table under RouteDesk: counting still works, reading the queue fails.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sabotage"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY2(query.exec(QStringLiteral("ALTER TABLE tickets RENAME COLUMN priority TO urgency")),
                     qPrintable(query.lastError().text()));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("sabotage"));

        const Jobs::QueueLoad load = QtConcurrent::run(&Jobs::loadQueue, location, Taxonomy()).result();
        QVERIFY(load.rows.empty());
        QVERIFY2(!load.error.isEmpty(), "the failed read was reported as an empty queue");
    }
};

QTEST_GUILESS_MAIN(TestJobs)
#include "test_jobs.moc"
