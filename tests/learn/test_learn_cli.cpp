// The learning commands of routedesk-cli on a demo store after agents corrected a systematic error: retrain,
// models (activate, rollback), backtest, rules (suggest, reject, accept), report, roles; and on PostgreSQL the
// message an agent gets when the database refuses a lead's operation.

#include "learntestsupport.h"
#include "testsupport.h"

#include "learn/teamroles.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace RouteDesk;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestLearnCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("team.sqlite"));
        QString error;
        auto store = DecisionStore::open(m_store, &error);
        QVERIFY2(store, qPrintable(error));
        const LearningContext &context = Test::demoContext();
        const Pipeline pipeline(context.workspace, context.bundledModel);
        Test::ScenarioCounts counts;
        Test::ScenarioOptions options;
        options.ledgerTickets = 60;
        QVERIFY2(Test::fillScenario(*store, pipeline, options, &counts, &error), qPrintable(error));
        // The bundled model as a file, so each command does not have to load (or train) it again.
        m_bundled = m_dir.filePath(QStringLiteral("bundled.json"));
        QVERIFY2(context.bundledModel->save(m_bundled, &error), qPrintable(error));
    }

    void retrainActivateBacktestRollback()
    {
        const QString model = m_dir.filePath(QStringLiteral("candidate.json"));
        Run run = cli({QStringLiteral("retrain"), QStringLiteral("--store"), m_store, QStringLiteral("--model-out"),
                       model, QStringLiteral("--model"), m_bundled, QStringLiteral("--by"), QStringLiteral("lena"),
                       QStringLiteral("--json"), m_dir.filePath(QStringLiteral("comparison.json"))});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("held-out tickets:")));
        QVERIFY(run.out.contains(QLatin1String("accuracy")));
        QVERIFY(run.out.contains(QLatin1String("routing changes:")));
        QVERIFY(run.out.contains(QLatin1String("kept in the store as candidate model version 1")));
        QVERIFY(QFile::exists(model));
        QFile json(m_dir.filePath(QStringLiteral("comparison.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const nlohmann::json metrics = nlohmann::json::parse(json.readAll().toStdString());
        QVERIFY(metrics["comparison"]["candidate"]["accuracy"].get<double>()
                > metrics["comparison"]["active"]["accuracy"].get<double>());

        run = cli({QStringLiteral("models"), QStringLiteral("--store"), m_store});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QLatin1String("candidate")));
        QVERIFY(run.out.contains(QLatin1String("bundled model is in use")));

        run = cli({QStringLiteral("models"), QStringLiteral("--store"), m_store, QStringLiteral("--activate"),
                   QStringLiteral("1"), QStringLiteral("--by"), QStringLiteral("lena")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("model version 1 is now active")));

        // The backtest's default candidate is the store's active model: the retrained one.
        run = cli({QStringLiteral("backtest"), QStringLiteral("--store"), m_store, QStringLiteral("--bundled-model"),
                   m_bundled});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("the active model: model version 1")));
        QVERIFY(run.out.contains(QLatin1String("now right")));
        run = cli({QStringLiteral("backtest"), QStringLiteral("--store"), m_store, QStringLiteral("--model"), m_bundled,
                   QStringLiteral("--json"), m_dir.filePath(QStringLiteral("backtest.json"))});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("routing changes: 0 tickets")));

        run = cli({QStringLiteral("models"), QStringLiteral("--store"), m_store, QStringLiteral("--rollback")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("the workspace's bundled model is in use")));
        run = cli({QStringLiteral("models"), QStringLiteral("--store"), m_store, QStringLiteral("--rollback")});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QLatin1String("already in use")));
        run = cli({QStringLiteral("models"), QStringLiteral("--store"), m_store, QStringLiteral("--activate"),
                   QStringLiteral("x")});
        QCOMPARE(run.code, 2);
    }

    void rulesSuggestRejectAndAccept()
    {
        const QString first = m_dir.filePath(QStringLiteral("suggestions.json"));
        Run run = cli({QStringLiteral("rules"), QStringLiteral("--store"), m_store, QStringLiteral("--json"), first});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const nlohmann::json suggestions = readJson(first);
        QString ledger;
        for (const auto &s : suggestions) {
            if (s["category"] == "billing" && s["phrase"].get<std::string>().find("ledger") != std::string::npos)
                ledger = QString::fromStdString(s["id"].get<std::string>());
        }
        QVERIFY2(!ledger.isEmpty(), run.out.toUtf8().constData());
        QVERIFY(run.out.contains(ledger));

        run = cli({QStringLiteral("rules"), QStringLiteral("--store"), m_store, QStringLiteral("--reject"), ledger,
                   QStringLiteral("--by"), QStringLiteral("lena"), QStringLiteral("--note"),
                   QStringLiteral("not yet")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("will not be suggested again")));
        run = cli({QStringLiteral("rules"), QStringLiteral("--store"), m_store, QStringLiteral("--reject"), ledger});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QLatin1String("already rejected by lena")));

        const QString second = m_dir.filePath(QStringLiteral("suggestions2.json"));
        run = cli({QStringLiteral("rules"), QStringLiteral("--store"), m_store, QStringLiteral("--json"), second});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        for (const auto &s : readJson(second)) {
            QVERIFY(QString::fromStdString(s["id"].get<std::string>()) != ledger);
            if (s["category"] == "billing")
                QVERIFY(s["phrase"].get<std::string>().find("ledger") == std::string::npos);
        }
        run = cli({QStringLiteral("rules"), QStringLiteral("--store"), m_store, QStringLiteral("--list")});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QLatin1String("rejected by lena")));
        QVERIFY(run.out.contains(QLatin1String("(not yet)")));
    }

    void reportFormats()
    {
        const QString html = m_dir.filePath(QStringLiteral("report.html"));
        Run run = cli({QStringLiteral("report"), QStringLiteral("--store"), m_store, QStringLiteral("--format"),
                       QStringLiteral("html"), QStringLiteral("--output"), html, QStringLiteral("--model"), m_bundled});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray page = file.readAll();
        QVERIFY(page.contains("<svg"));
        QVERIFY(!page.contains("http://") && !page.contains("https://"));

        const QString json = m_dir.filePath(QStringLiteral("report.json"));
        run = cli({QStringLiteral("report"), QStringLiteral("--store"), m_store, QStringLiteral("--format"),
                   QStringLiteral("json"), QStringLiteral("--output"), json, QStringLiteral("--from"),
                   QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"),
                   QStringLiteral("--threshold"), QStringLiteral("0.5")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QVERIFY(jsonFile.readAll().simplified().startsWith("{ \"summary\": { \"tickets\":"));
        const nlohmann::json report = readJson(json);
        QVERIFY(report["summary"]["overrides"].get<int>() >= 60);
        QCOMPARE(report["automation"]["threshold"].get<double>(), 0.5);

        run = cli({QStringLiteral("report"), QStringLiteral("--store"), m_store, QStringLiteral("--format"),
                   QStringLiteral("pdf"), QStringLiteral("--output"), json});
        QCOMPARE(run.code, 2);
        run = cli({QStringLiteral("report"), QStringLiteral("--store"), m_store, QStringLiteral("--format"),
                   QStringLiteral("csv"), QStringLiteral("--output"), m_dir.filePath(QStringLiteral("r.csv")),
                   QStringLiteral("--from"), QStringLiteral("yesterday"), QStringLiteral("--threshold"),
                   QStringLiteral("0.5")});
        QCOMPARE(run.code, 2);
    }

    void rolesOnSqliteSayNothingIsEnforced()
    {
        Run run = cli({QStringLiteral("roles"), QStringLiteral("--store"), m_store});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QLatin1String("nothing is enforced")));
        run = cli({QStringLiteral("roles"), QStringLiteral("--store"), m_store, QStringLiteral("--setup")});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QLatin1String("SQLite store")));
    }

    void agentIsRefusedALeadOperationOnPostgres()
    {
        ROUTEDESK_REQUIRE_POSTGRES();
        QString error;
        const QString url = Test::createPostgresDatabase(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        const QString suffix = QString::number(QRandomGenerator::global()->generate() % 1000000);
        const QString agentRole = QStringLiteral("cli_agent_") + suffix;
        const QString leadRole = QStringLiteral("cli_lead_") + suffix;
        Run run = cli({QStringLiteral("roles"), QStringLiteral("--store"), url, QStringLiteral("--setup"),
                       QStringLiteral("--agent-role"), agentRole, QStringLiteral("--lead-role"), leadRole});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString agent = QStringLiteral("ana_") + suffix;
        const QString lead = QStringLiteral("lena_") + suffix;
        QCOMPARE(cli({QStringLiteral("roles"), QStringLiteral("--store"), url, QStringLiteral("--add-user"), agent,
                      QStringLiteral("--kind"), QStringLiteral("agent")})
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("roles"), QStringLiteral("--store"), url, QStringLiteral("--add-user"), lead,
                      QStringLiteral("--kind"), QStringLiteral("lead")})
                     .code,
                 0);
        auto as = [&](const QString &login) {
            return Test::withLogin(url, login);
        };
        run = cli({QStringLiteral("roles"), QStringLiteral("--store"), as(agent)});
        QVERIFY(run.out.contains(QLatin1String("is an agent")));

        run = cli({QStringLiteral("models"), QStringLiteral("--store"), as(lead), QStringLiteral("--add"), m_bundled});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = cli({QStringLiteral("models"), QStringLiteral("--store"), as(agent), QStringLiteral("--activate"),
                   QStringLiteral("1")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("only a team lead can activate models: the database refused "
                                                "(permission denied for table model_versions)")),
                 qPrintable(run.err));
        run = cli({QStringLiteral("models"), QStringLiteral("--store"), as(lead), QStringLiteral("--activate"),
                   QStringLiteral("1")});
        QVERIFY2(run.code == 0, qPrintable(run.err));

        Test::dropPostgresDatabase(url);
        Test::dropPostgresRoles({agent, lead, leadRole, agentRole});
    }

private:
    Run cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(ROUTEDESK_CLI), arguments);
        Run run;
        if (!process.waitForFinished(240000)) {
            process.kill();
            process.waitForFinished();
            run.err = QStringLiteral("timed out");
            return run;
        }
        run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }
    static nlohmann::json readJson(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return nlohmann::json::parse(file.readAll().toStdString());
    }

    QTemporaryDir m_dir;
    QString m_store;
    QString m_bundled;
};

QTEST_GUILESS_MAIN(TestLearnCli)
#include "test_learn_cli.moc"
