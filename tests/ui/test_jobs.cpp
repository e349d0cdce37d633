// The desktop app's background jobs: what they hand back to the window when the store fails.

#include "session/jobs.h"

#include "model/ticket.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

using namespace RouteDesk;

class TestJobs : public QObject
{
    Q_OBJECT

private slots:
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
            QVERIFY2(query.exec(QStringLiteral("ALTER TABLE tickets RENAME COLUMN customer_tier TO tier")),
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
