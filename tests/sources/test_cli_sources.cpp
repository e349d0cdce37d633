// routedesk-cli sync / decide / outbox / export, run as a user would: the real binary on a SQLite store, with a file
// source and with a local server following Zendesk's API (for the write-back path).

#include "fakezendesk.h"

#include "pipeline/pipeline.h"

#include "testsupport.h"

#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <QUuid>

using namespace RouteDesk;
using namespace RouteDesk::Test;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

void write(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
}

} // namespace

class TestCliSources : public QObject
{
    Q_OBJECT

private:
    QString m_cli;
    QTemporaryDir m_dir;
    QStringList m_model; // "--model FILE" when this build embeds no demo model

    // Runs the tool while this process's event loop keeps serving the fake helpdesk.
    Run cli(const QStringList &arguments, const QProcessEnvironment &extra = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_dir.path()); // the default store lands in the temporary folder
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        for (const QString &key : extra.keys())
            environment.insert(key, extra.value(key));
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(m_dir.path());
        QEventLoop loop;
        connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
        process.start(m_cli, arguments);
        loop.exec();
        Run run;
        run.code = process.state() == QProcess::NotRunning && process.exitStatus() == QProcess::NormalExit
            ? process.exitCode()
            : -1;
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QList<nlohmann::json> readJsonLines(const QString &path)
    {
        QFile file(path);
        QList<nlohmann::json> lines;
        if (!file.open(QIODevice::ReadOnly))
            return lines;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (!line.isEmpty())
                lines.append(nlohmann::json::parse(line.constBegin(), line.constEnd(), nullptr, false));
        }
        return lines;
    }

private slots:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("ROUTEDESK_BINARY_DIR") + QStringLiteral("/bin/routedesk-cli");
        QVERIFY2(QFile::exists(m_cli), qPrintable(m_cli + QStringLiteral(" is missing: build routedesk-cli")));
        QVERIFY(m_dir.isValid());
        QString noModel;
        if (!Pipeline::demoModel(&noModel)) { // the build embeds no demo model yet: train one as a user would
            const QString model = m_dir.filePath(QStringLiteral("demo-model.json"));
            const Run train = cli({QStringLiteral("train"), QStringLiteral("--input"),
                                   Test::sourceDir() + QStringLiteral("/resources/demo/history.jsonl"),
                                   QStringLiteral("--model-out"), model, QStringLiteral("--label-column"),
                                   QStringLiteral("category"), QStringLiteral("--seed"), QStringLiteral("1")});
            QVERIFY2(train.code == 0, qPrintable(train.err));
            m_model = {QStringLiteral("--model"), model};
        }
    }

    void fileRoundTrip()
    {
        write(m_dir.filePath(QStringLiteral("tickets.jsonl")),
              "{\"id\":\"T-1\",\"subject\":\"Charged twice this month\",\"body\":\"My card was charged twice for the "
              "March invoice, please refund one.\"}\n"
              "{\"id\":\"T-2\",\"subject\":\"Cannot log in\",\"body\":\"The password reset email never arrives and I "
              "am locked out.\"}\n"
              "{\"id\":\"T-3\",\"subject\":\"Export crashes\",\"body\":\"<p>The CSV export fails with <b>error 500</b> "
              "every time.</p>\"}\n"
              "{\"id\":\"T-4\",\"subject\":\"Cancel my plan\",\"body\":\"Please cancel my subscription and refund the "
              "last payment.\"}\n");
        write(m_dir.filePath(QStringLiteral("source.json")), "{\"type\":\"file\",\"path\":\"tickets.jsonl\"}");
        const QString store = m_dir.filePath(QStringLiteral("file-store.sqlite"));

        Run run = cli(QStringList {QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("source.json"),
                                   QStringLiteral("--store"), store}
                      + m_model);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("4 tickets pulled (4 new, 0 updated), 4 routed")), qPrintable(run.out));

        // Again: nothing new.
        run = cli(QStringList {QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("source.json"),
                               QStringLiteral("--store"), store}
                  + m_model);
        QVERIFY2(run.code == 0 && run.out.contains(QLatin1String("0 tickets pulled")), qPrintable(run.out + run.err));

        run = cli({QStringLiteral("decide"), QStringLiteral("--store"), store, QStringLiteral("--ticket"),
                   QStringLiteral("T-1"), QStringLiteral("--accept"), QStringLiteral("--agent"),
                   QStringLiteral("ana")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("accept")) && run.out.contains(QLatin1String("no write-back")),
                 qPrintable(run.out));
        run = cli({QStringLiteral("decide"), QStringLiteral("--store"), store, QStringLiteral("--ticket"),
                   QStringLiteral("T-2"), QStringLiteral("--override"), QStringLiteral("technical"),
                   QStringLiteral("--agent"), QStringLiteral("bo"), QStringLiteral("--reason"),
                   QStringLiteral("the reset mail is a bug")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = cli({QStringLiteral("decide"), QStringLiteral("--store"), store, QStringLiteral("--ticket"),
                   QStringLiteral("3"), QStringLiteral("--escalate"), QStringLiteral("--agent"),
                   QStringLiteral("ana")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QLatin1String("ticket 3 ")), qPrintable(run.out));

        // Usage and lookup errors.
        QCOMPARE(cli({QStringLiteral("decide"), QStringLiteral("--store"), store, QStringLiteral("--ticket"),
                      QStringLiteral("T-1"), QStringLiteral("--accept")})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("decide"), QStringLiteral("--store"), store, QStringLiteral("--ticket"),
                      QStringLiteral("T-1"), QStringLiteral("--accept"), QStringLiteral("--escalate"),
                      QStringLiteral("--agent"), QStringLiteral("a")})
                     .code,
                 2);
        run = cli({QStringLiteral("decide"), QStringLiteral("--store"), store, QStringLiteral("--ticket"),
                   QStringLiteral("NOPE-9"), QStringLiteral("--accept"), QStringLiteral("--agent"),
                   QStringLiteral("a")});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QLatin1String("no ticket 'NOPE-9'")));

        run = cli({QStringLiteral("outbox"), QStringLiteral("--store"), store});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("pending 0, failed 0, conflict 0, done 0")), qPrintable(run.out));

        const QString output = m_dir.filePath(QStringLiteral("export.jsonl"));
        run = cli({QStringLiteral("export"), QStringLiteral("--store"), store, QStringLiteral("--output"), output});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QList<nlohmann::json> lines = readJsonLines(output);
        QCOMPARE(lines.size(), 4);
        QMap<QString, nlohmann::json> byId;
        for (const nlohmann::json &line : lines) {
            QVERIFY(line.is_object());
            byId.insert(QString::fromStdString(line["external_id"].get<std::string>()), line);
            QVERIFY(line["decision"].is_object()); // every ticket was routed by the sync
            QCOMPARE(line["writeback"], "none");
        }
        QCOMPARE(byId[QStringLiteral("T-1")]["actions"].size(), 1u);
        QCOMPARE(byId[QStringLiteral("T-1")]["actions"][0]["type"], "accept");
        QCOMPARE(byId[QStringLiteral("T-1")]["actions"][0]["agent"], "ana");
        QCOMPARE(byId[QStringLiteral("T-2")]["actions"][0]["type"], "override");
        QCOMPARE(byId[QStringLiteral("T-2")]["actions"][0]["category"], "technical");
        QCOMPARE(byId[QStringLiteral("T-2")]["actions"][0]["reason"], "the reset mail is a bug");
        QCOMPARE(byId[QStringLiteral("T-3")]["actions"][0]["type"], "escalate");
        QVERIFY(byId[QStringLiteral("T-4")]["actions"].empty());
    }

    void postgresStoreWorksTheSame()
    {
        ROUTEDESK_REQUIRE_POSTGRES();
        QString error;
        const QString url = Test::createPostgresDatabase(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        write(m_dir.filePath(QStringLiteral("pg.jsonl")),
              "{\"id\":\"P-1\",\"subject\":\"Charged twice\",\"body\":\"Two charges on my card.\"}\n"
              "{\"id\":\"P-2\",\"subject\":\"Locked out\",\"body\":\"The reset link expired.\"}\n");
        write(m_dir.filePath(QStringLiteral("pg-source.json")), "{\"type\":\"file\",\"path\":\"pg.jsonl\"}");
        Run run = cli(QStringList {QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("pg-source.json"),
                                   QStringLiteral("--store"), url}
                      + m_model);
        QVERIFY2(run.code == 0 && run.out.contains(QLatin1String("2 tickets pulled (2 new, 0 updated), 2 routed")),
                 qPrintable(run.out + run.err));
        run = cli({QStringLiteral("decide"), QStringLiteral("--store"), url, QStringLiteral("--ticket"),
                   QStringLiteral("P-2"), QStringLiteral("--override"), QStringLiteral("account_access"),
                   QStringLiteral("--agent"), QStringLiteral("ana")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString output = m_dir.filePath(QStringLiteral("pg-export.jsonl"));
        run = cli({QStringLiteral("export"), QStringLiteral("--store"), url, QStringLiteral("--output"), output});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QList<nlohmann::json> lines = readJsonLines(output);
        QCOMPARE(lines.size(), 2);
        int overridden = 0;
        for (const nlohmann::json &line : lines)
            overridden += !line["actions"].empty() && line["actions"][0]["category"] == "account_access" ? 1 : 0;
        QCOMPARE(overridden, 1);
        Test::dropPostgresDatabase(url);
    }

    void badInputExitsWithThree()
    {
        write(m_dir.filePath(QStringLiteral("bad.jsonl")), "{\"id\":1,\"subject\":\"ok\"}\n{\"id\":2,\"subject\":\n");
        write(m_dir.filePath(QStringLiteral("bad-source.json")), "{\"type\":\"file\",\"path\":\"bad.jsonl\"}");
        const QString store = m_dir.filePath(QStringLiteral("bad-store.sqlite"));
        Run run = cli({QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("bad-source.json"),
                       QStringLiteral("--store"), store, QStringLiteral("--no-route")});
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains(QLatin1String("bad.jsonl:2:")), qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("1 tickets pulled")));

        // A record nested 60,000 deep once killed sync with SIGSEGV: bad input, with its line.
        write(m_dir.filePath(QStringLiteral("deep.jsonl")),
              QByteArray("{\"id\":1,\"subject\":\"ok\"}\n{\"id\":2,\"subject\":\"x\",\"extra\":")
                  + QByteArray(60000, '[') + QByteArray(60000, ']') + QByteArray("}\n"));
        write(m_dir.filePath(QStringLiteral("deep-source.json")), "{\"type\":\"file\",\"path\":\"deep.jsonl\"}");
        run = cli({QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("deep-source.json"),
                   QStringLiteral("--store"), m_dir.filePath(QStringLiteral("deep-store.sqlite")),
                   QStringLiteral("--no-route")});
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains(QLatin1String("deep.jsonl:2: not valid JSON (nested deeper than 256 levels")),
                 qPrintable(run.err));

        write(m_dir.filePath(QStringLiteral("broken-source.json")),
              "{\"type\":\"rt\",\"url\":\"http://h\",\"username\":\"u\",\"password\":\"x\"}");
        run = cli({QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("broken-source.json"),
                   QStringLiteral("--store"), store});
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains(QLatin1String("\"password\": secrets are not allowed")), qPrintable(run.err));

        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--store"), store}).code, 2);
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--store"), store}).code, 2);
    }

    // `sync` says what a write-back to this RT will lack before any agent works on the tickets (a real RT from
    // scripts/test.sh; the queue and the field are made up, so they are missing on any server).
    void rtSyncWarnsAboutWhatRtLacks()
    {
        ROUTEDESK_REQUIRE_SERVER_ENV("ROUTEDESK_TEST_RT_URL");
        const QString run = QUuid::createUuid().toString(QUuid::Id128).left(10);
        const QString queue = QStringLiteral("Nowhere ") + run;
        const QString field = QStringLiteral("Nothing ") + run;
        const nlohmann::json document
            = {{"type", "rt"},
               {"url", qEnvironmentVariable("ROUTEDESK_TEST_RT_URL").toStdString()},
               {"username", qEnvironmentVariable("ROUTEDESK_TEST_RT_USER", QStringLiteral("root")).toStdString()},
               {"password_env", "ROUTEDESK_TEST_RT_PASSWORD"},
               {"query", QStringLiteral("Queue = 'General' AND Subject LIKE '%1'").arg(run).toStdString()},
               {"queue_map", {{"billing", queue.toStdString()}, {"general", "General"}}},
               {"category_field", field.toStdString()}};
        const QString source = m_dir.filePath(QStringLiteral("rt-%1.json").arg(run));
        write(source, QByteArray::fromStdString(document.dump()));
        const Run sync = cli({QStringLiteral("sync"), QStringLiteral("--source"), source, QStringLiteral("--store"),
                              m_dir.filePath(QStringLiteral("rt-%1.sqlite").arg(run)), QStringLiteral("--no-route")});
        QVERIFY2(sync.code == 0, qPrintable(sync.err)); // warnings do not fail the sync
        QVERIFY2(
            sync.err.contains(
                QStringLiteral("routedesk-cli sync: warning: RT has no queue '%1' (queue_map.billing)").arg(queue)),
            qPrintable(sync.err));
        QVERIFY2(sync.err.contains(
                     QStringLiteral("routedesk-cli sync: warning: RT has no ticket custom field '%1' (category_field)")
                         .arg(field)),
                 qPrintable(sync.err));
        QVERIFY2(!sync.err.contains(QLatin1String("'General'")), qPrintable(sync.err));
        QVERIFY2(sync.out.contains(QLatin1String("0 tickets pulled")), qPrintable(sync.out));
    }

    void zendeskWriteBackThroughTheOutbox()
    {
        FakeZendesk zendesk;
        QVERIFY(zendesk.start());
        const qint64 customer = zendesk.addUser(QStringLiteral("Cara"), QStringLiteral("cara@example.com"));
        const qint64 billing = zendesk.addGroup(QStringLiteral("Billing"));
        const qint64 id
            = zendesk.addTicket(QStringLiteral("Charged twice"), customer,
                                {{QStringLiteral("My card was charged twice for the invoice, please refund.")}});
        nlohmann::json document = zendesk.sourceDocument(QStringLiteral("RD_CLI_ZENDESK_TOKEN"));
        document["group_map"] = {{"billing", billing},
                                 {"refund_cancellation", billing},
                                 {"account_access", billing},
                                 {"technical", billing},
                                 {"general", billing}};
        const std::string text = document.dump();
        write(m_dir.filePath(QStringLiteral("zendesk.json")), QByteArray(text.data(), qsizetype(text.size())));
        QProcessEnvironment secret;
        secret.insert(QStringLiteral("RD_CLI_ZENDESK_TOKEN"), zendesk.token);
        const QString store = m_dir.filePath(QStringLiteral("zendesk-store.sqlite"));

        Run run = cli(QStringList {QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("zendesk.json"),
                                   QStringLiteral("--store"), store}
                          + m_model,
                      secret);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("1 tickets pulled")));

        run = cli({QStringLiteral("decide"), QStringLiteral("--store"), store, QStringLiteral("--ticket"),
                   QString::number(id), QStringLiteral("--external"), QStringLiteral("--override"),
                   QStringLiteral("billing"), QStringLiteral("--agent"), QStringLiteral("ana"),
                   QStringLiteral("--reason"), QStringLiteral("duplicate charge")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("write-back queued")), qPrintable(run.out));

        run = cli({QStringLiteral("outbox"), QStringLiteral("--store"), store});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("pending")) && run.out.contains(QLatin1String("pending 1,")),
                 qPrintable(run.out));

        // Without the token the flush fails, keeps the item and names the variable (not a value).
        run = cli({QStringLiteral("outbox"), QStringLiteral("--store"), store, QStringLiteral("--flush")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("RD_CLI_ZENDESK_TOKEN")), qPrintable(run.err));
        QCOMPARE(zendesk.comments(id).size(), 1);

        run = cli({QStringLiteral("outbox"), QStringLiteral("--store"), store, QStringLiteral("--flush")}, secret);
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QLatin1String("1 delivered")), qPrintable(run.out));
        QCOMPARE(zendesk.privateNotesContaining(id, QStringLiteral("duplicate charge")), 1);
        QCOMPARE(zendesk.ticket(id)["group_id"].get<qint64>(), billing);

        run = cli({QStringLiteral("outbox"), QStringLiteral("--store"), store});
        QVERIFY2(run.out.contains(QLatin1String("pending 0, failed 0, conflict 0, done 1")), qPrintable(run.out));

        const QString output = m_dir.filePath(QStringLiteral("zendesk-export.jsonl"));
        QCOMPARE(
            cli({QStringLiteral("export"), QStringLiteral("--store"), store, QStringLiteral("--output"), output}).code,
            0);
        const QList<nlohmann::json> lines = readJsonLines(output);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.constFirst()["writeback"], "done");
        QCOMPARE(lines.constFirst()["actions"][0]["type"], "override");

        // Nothing the tool printed or stored carries the token.
        QFile file(store);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(zendesk.token.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestCliSources)
#include "test_cli_sources.moc"
