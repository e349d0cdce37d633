// The file source: JSON Lines, CSV and JSON exports, good and bad, synced into a real SQLite store.

#include "sources/filesource.h"
#include "sources/sourceworker.h"
#include "sources/syncrunner.h"
#include "store/decisionstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace RouteDesk;

namespace {

void write(const QString &path, const QByteArray &content, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile file(path);
    if (!file.open(mode))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
}

RoutingDecision billing(const Ticket &)
{
    RoutingDecision decision;
    decision.category = QStringLiteral("billing");
    decision.confidence = 0.7;
    decision.decidedAt = QDateTime::currentDateTimeUtc();
    return decision;
}

} // namespace

class TestFileSource : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<DecisionStore> m_store;

    std::unique_ptr<FileSource> source(const QString &name, int pageSize = 2)
    {
        SourceConfig config;
        QString error;
        if (!SourceConfig::parse({{"type", "file"}, {"path", name.toStdString()}, {"page_size", pageSize}},
                                 m_dir->path(), &config, &error))
            qFatal("%s", qPrintable(error));
        return std::make_unique<FileSource>(config);
    }
    SyncReport sync(TicketSource *from)
    {
        SyncRunner runner(m_store.get(), from, billing);
        return runner.run();
    }

private slots:
    void init()
    {
        m_dir = new QTemporaryDir;
        QString error;
        m_store = DecisionStore::open(m_dir->filePath(QStringLiteral("store.sqlite")), &error);
        QVERIFY2(m_store, qPrintable(error));
    }
    void cleanup()
    {
        m_store.reset();
        delete m_dir;
    }

    void jsonLinesWithMessagesAndHtml()
    {
        write(
            m_dir->filePath(QStringLiteral("tickets.jsonl")),
            R"({"id":"T-1","subject":"Charged twice","body":"<p>I was charged <b>twice</b> &amp; need help</p>","requester_email":"a@example.com","created_at":"2026-11-20T10:00:00Z","messages":[{"author_email":"a@example.com","body":"<p>first</p>","created_at":"2026-11-20T10:00:00Z"},{"author_name":"Agent","body":"We are on it","from_requester":false,"public":false}]}
{"external_id":"T-2","subject":"Login fails","body":"Cannot log in","tags":["web","login"]}
{"subject":"No id here","body":"a body","created_at":"2026-11-21T08:00:00Z"}
)");
        auto file = source(QStringLiteral("tickets.jsonl"));
        const SyncReport report = sync(file.get());
        QVERIFY2(report.ok(), qPrintable(report.errorString));
        QVERIFY(report.complete);
        QCOMPARE(report.pulled, 3);
        QCOMPARE(report.routed, 3);
        const QString sourceId = QStringLiteral("file:") + m_dir->filePath(QStringLiteral("tickets.jsonl"));
        const Ticket first = *m_store->ticketByExternalId(sourceId, QStringLiteral("T-1"));
        QCOMPARE(first.body, QStringLiteral("I was charged twice & need help"));
        QCOMPARE(first.messages.size(), 2);
        QCOMPARE(first.messages.at(0).body, QStringLiteral("first"));
        QVERIFY(!first.messages.at(1).isPublic);
        QCOMPARE(m_store->ticketByExternalId(sourceId, QStringLiteral("T-2"))->tags,
                 (QStringList {QStringLiteral("web"), QStringLiteral("login")}));

        // The record without an id gets a stable one: syncing the same file again duplicates nothing.
        SyncRunner again(m_store.get(), source(QStringLiteral("tickets.jsonl")).get(), billing);
        QCOMPARE(m_store->ticketCount(), 3);
        const SyncReport second = sync(source(QStringLiteral("tickets.jsonl")).get());
        QVERIFY2(second.ok(), qPrintable(second.errorString));
        QCOMPARE(second.pulled, 0); // the cursor says all three were pulled
        QCOMPARE(m_store->ticketCount(), 3);
    }

    void appendedLinesArePulledIncrementally()
    {
        const QString path = m_dir->filePath(QStringLiteral("log.jsonl"));
        write(path, "{\"id\":\"1\",\"subject\":\"a\"}\n{\"id\":\"2\",\"subject\":\"b\"}\n");
        QCOMPARE(sync(source(QStringLiteral("log.jsonl")).get()).pulled, 2);
        write(path, "{\"id\":\"3\",\"subject\":\"c\"}\n", QIODevice::Append);
        const SyncReport report = sync(source(QStringLiteral("log.jsonl")).get());
        QCOMPARE(report.pulled, 1);
        QCOMPARE(report.inserted, 1);
        QCOMPARE(m_store->ticketCount(), 3);
        // A file replaced by a shorter one is read again from the start; upserts keep it free of duplicates.
        write(path, "{\"id\":\"1\",\"subject\":\"a2\"}\n");
        const SyncReport replaced = sync(source(QStringLiteral("log.jsonl")).get());
        QCOMPARE(replaced.updated, 1);
        QCOMPARE(m_store->ticketCount(), 3);
    }

    void csvWithQuotedCellsAndAMessagesColumn()
    {
        write(m_dir->filePath(QStringLiteral("export.csv")),
              "id,subject,body,tags,messages,customer_tier\r\n"
              "c1,\"Refund, please\",\"Line one\nLine two\",\"vip, "
              "refund\",\"[{\"\"body\"\":\"\"hello\"\"}]\",enterprise\r\n"
              "c2,Password reset,<div>reset <i>me</i></div>,,,free\r\n");
        const SyncReport report = sync(source(QStringLiteral("export.csv")).get());
        QVERIFY2(report.ok(), qPrintable(report.errorString));
        QCOMPARE(report.pulled, 2);
        const QString sourceId = QStringLiteral("file:") + m_dir->filePath(QStringLiteral("export.csv"));
        const Ticket c1 = *m_store->ticketByExternalId(sourceId, QStringLiteral("c1"));
        QCOMPARE(c1.subject, QStringLiteral("Refund, please"));
        QCOMPARE(c1.body, QStringLiteral("Line one\nLine two"));
        QCOMPARE(c1.tags, (QStringList {QStringLiteral("vip"), QStringLiteral("refund")}));
        QCOMPARE(c1.messages.size(), 1);
        QCOMPARE(c1.customerTier, QStringLiteral("enterprise"));
        QCOMPARE(m_store->ticketByExternalId(sourceId, QStringLiteral("c2"))->body, QStringLiteral("reset me"));
    }

    void jsonExportObject()
    {
        write(m_dir->filePath(QStringLiteral("dump.json")),
              R"({"tickets":[{"id":1,"subject":"one"},{"id":2,"subject":"two"},{"id":3,"text":"three"}]})");
        const SyncReport report = sync(source(QStringLiteral("dump.json")).get());
        QVERIFY2(report.ok(), qPrintable(report.errorString));
        QCOMPARE(report.pulled, 3);
        QCOMPARE(m_store->ticketCount(), 3);
    }

    void badInputNamesFileAndLineAndKeepsWhatCameBefore_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("stored");
        QTest::newRow("jsonl broken line")
            << QStringLiteral("t.jsonl")
            << QByteArray("{\"id\":1,\"subject\":\"a\"}\n{\"id\":2,\"subject\":\"b\"}\n{\"id\":3,\"subject\":\"c\"}\n{"
                          "\"id\":4,\n{\"id\":5,\"subject\":\"e\"}\n")
            << QStringLiteral("t.jsonl:4:") << 3;
        QTest::newRow("jsonl empty record")
            << QStringLiteral("e.jsonl") << QByteArray("{\"id\":1,\"subject\":\"a\"}\n{\"id\":2}\n")
            << QStringLiteral("e.jsonl:2: the record has neither a subject nor a body") << 1;
        QTest::newRow("jsonl bad messages")
            << QStringLiteral("m.jsonl") << QByteArray("{\"id\":1,\"subject\":\"a\",\"messages\":\"oops\"}\n")
            << QStringLiteral("m.jsonl:1: messages: expected a list") << 0;
        QTest::newRow("csv unterminated quote")
            << QStringLiteral("q.csv") << QByteArray("id,subject\n1,ok\n2,\"never closed\n")
            << QStringLiteral("q.csv:3: unterminated quoted field") << 1;
        QTest::newRow("csv bad messages cell")
            << QStringLiteral("c.csv") << QByteArray("id,subject,messages\n1,a,\n2,b,[{broken\n")
            << QStringLiteral("c.csv:3: messages: expected a JSON list") << 1;
        // A record nested 60,000 deep once crashed sync (a recursive copy of the value): refused with its line.
        QTest::newRow("jsonl nested 60,000 deep")
            << QStringLiteral("deep.jsonl")
            << QByteArray("{\"id\":1,\"subject\":\"a\"}\n{\"id\":2,\"subject\":\"b\",\"custom\":")
                + QByteArray(60000, '[') + QByteArray(60000, ']') + QByteArray("}\n")
            << QStringLiteral("deep.jsonl:2: not valid JSON (nested deeper than 256 levels (at custom[0][0]") << 1;
        QTest::newRow("jsonl number overflow")
            << QStringLiteral("n.jsonl") << QByteArray("{\"id\":1,\"subject\":\"a\"}\n{\"id\":2,\"score\":1e999}\n")
            << QStringLiteral("n.jsonl:2: not valid JSON (number overflow parsing '1e999' (at score))") << 1;
        QTest::newRow("csv messages cell nested 60,000 deep")
            << QStringLiteral("d.csv")
            << QByteArray("id,subject,messages\n1,a,\n2,b,") + QByteArray(60000, '[') + QByteArray(60000, ']')
                + QByteArray("\n")
            << QStringLiteral("d.csv:3: messages: expected a JSON list of message objects in the cell (nested deeper "
                              "than 256 levels (at [0][0]")
            << 1;
        QTest::newRow("invalid created_at")
            << QStringLiteral("t.jsonl")
            << QByteArray("{\"id\":1,\"subject\":\"a\",\"created_at\":\"2026-11-02T09:00:00Z\"}\n"
                          "{\"id\":2,\"subject\":\"b\",\"created_at\":\"yesterday\"}\n")
            << QStringLiteral("t.jsonl:2: created_at: 'yesterday' is not a date and time") << 1;
        QTest::newRow("not utf-8") << QStringLiteral("b.jsonl")
                                   << QByteArray("{\"id\":1,\"subject\":\"a\"}\n{\"id\":2,\"subject\":\"\xff\xfe\"}\n")
                                   << QStringLiteral("b.jsonl:2:") << 1;
    }
    void badInputNamesFileAndLineAndKeepsWhatCameBefore()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QFETCH(int, stored);
        write(m_dir->filePath(name), content);
        const SyncReport report = sync(source(name).get());
        QCOMPARE(report.error, SourcePage::Error::BadInput);
        QVERIFY2(report.errorString.contains(error), qPrintable(report.errorString));
        QCOMPARE(m_store->ticketCount(), stored);
        QCOMPARE(report.pulled, stored);
    }

    void fixedFileResumesAfterTheGoodRecords()
    {
        const QString path = m_dir->filePath(QStringLiteral("fix.jsonl"));
        write(path,
              "{\"id\":1,\"subject\":\"a\"}\n{\"id\":2,\"subject\":\"b\"}\n{\"id\":3,\"subject\":\"c\"}\n{broken\n");
        QCOMPARE(sync(source(QStringLiteral("fix.jsonl")).get()).error, SourcePage::Error::BadInput);
        QCOMPARE(m_store->ticketCount(), 3);
        write(path,
              "{\"id\":1,\"subject\":\"a\"}\n{\"id\":2,\"subject\":\"b\"}\n{\"id\":3,\"subject\":\"c\"}\n"
              "{\"id\":4,\"subject\":\"d\"}\n{\"id\":5,\"subject\":\"e\"}\n");
        const SyncReport report = sync(source(QStringLiteral("fix.jsonl")).get());
        QVERIFY2(report.ok(), qPrintable(report.errorString));
        QCOMPARE(report.pulled, 2);
        QCOMPARE(m_store->ticketCount(), 5);
    }

    void missingFile()
    {
        const SyncReport report = sync(source(QStringLiteral("nope.jsonl")).get());
        QCOMPARE(report.error, SourcePage::Error::BadInput);
        QVERIFY(report.errorString.contains(QLatin1String("no such file")));
    }

    void cancelStopsBetweenRecords()
    {
        QByteArray lines;
        for (int i = 0; i < 50; ++i)
            lines += "{\"id\":" + QByteArray::number(i) + ",\"subject\":\"s\"}\n";
        write(m_dir->filePath(QStringLiteral("big.jsonl")), lines);
        auto file = source(QStringLiteral("big.jsonl"), 10);
        Cancellation cancellation;
        SyncRunner runner(m_store.get(), file.get(), billing);
        runner.setCancellation(&cancellation);
        runner.setProgress([&](const SyncProgress &progress) {
            if (progress.pulled >= 20)
                cancellation.cancel();
        });
        const SyncReport report = runner.run();
        QCOMPARE(report.error, SourcePage::Error::Cancelled);
        QCOMPARE(report.pulled, 20);
        // The next run resumes at record 20.
        const SyncReport rest = sync(source(QStringLiteral("big.jsonl"), 10).get());
        QCOMPARE(rest.pulled, 30);
        QCOMPARE(m_store->ticketCount(), 50);
    }

    void workerSyncsOnItsOwnThread()
    {
        QByteArray lines;
        for (int i = 0; i < 30; ++i)
            lines += "{\"id\":" + QByteArray::number(i) + ",\"subject\":\"s\"}\n";
        write(m_dir->filePath(QStringLiteral("w.jsonl")), lines);
        SourceConfig config;
        QString error;
        QVERIFY(SourceConfig::parse({{"type", "file"}, {"path", "w.jsonl"}, {"page_size", 10}}, m_dir->path(), &config,
                                    &error));

        QThread thread;
        auto *worker = new SourceWorker(m_dir->filePath(QStringLiteral("store.sqlite")));
        worker->moveToThread(&thread);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        QSignalSpy progress(worker, &SourceWorker::syncProgress);
        QSignalSpy finished(worker, &SourceWorker::syncFinished);
        QSignalSpy outbox(worker, &SourceWorker::outboxChanged);
        thread.start();
        const Qt::HANDLE testThread = QThread::currentThreadId();
        Qt::HANDLE routedOn = nullptr;
        const TicketRouter router = [&routedOn](const Ticket &ticket) {
            routedOn = QThread::currentThreadId();
            return billing(ticket);
        };
        Qt::HANDLE madeOn = nullptr;
        const SourceWorker::RouterFactory routerFor = [&](DecisionStore &, TicketRouter *made, QString *) {
            madeOn = QThread::currentThreadId();
            *made = router;
            return true;
        };
        QMetaObject::invokeMethod(worker, [worker, config, routerFor] { worker->sync(config, routerFor); });
        QVERIFY(finished.wait(30'000));
        const SyncReport report = finished.constFirst().constFirst().value<SyncReport>();
        QVERIFY2(report.ok(), qPrintable(report.errorString));
        QCOMPARE(report.pulled, 30);
        QCOMPARE(report.routed, 30);
        QCOMPARE(progress.size(), 4); // three pages of ten and the empty last one
        QCOMPARE(progress.at(2).at(0).toLongLong(), 30);
        QVERIFY(routedOn != nullptr && routedOn != testThread);
        QCOMPARE(madeOn, routedOn); // the router is made for the worker's own store, on its thread
        QTRY_COMPARE(outbox.size(), 1);
        thread.quit();
        thread.wait();
        QCOMPARE(m_store->ticketCount(), 30); // visible to the store on this thread
    }
};

QTEST_GUILESS_MAIN(TestFileSource)
#include "test_filesource.moc"
