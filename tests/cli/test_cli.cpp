// routedesk-cli classify and route as scripts call them: outputs on good input, exit codes on bad input, and the
// shipped demo model against a fresh training run.

#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

using nlohmann::json;
using namespace RouteDesk;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QString cli()
{
    return qEnvironmentVariable("ROUTEDESK_BINARY_DIR") + QStringLiteral("/bin/routedesk-cli");
}

Run run(const QStringList &arguments, int timeoutMs = 120000, const QProcessEnvironment &environment = {})
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(cli(), arguments);
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QList<json> readLines(const QString &path)
{
    QList<json> lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            lines.append(json::parse(line.constBegin(), line.constEnd()));
    }
    return lines;
}

void write(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

QString model()
{
    return Test::sourceDir() + QStringLiteral("/resources/demo/model.json");
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(cli()).isExecutable(), qPrintable(cli()));
        QVERIFY2(QFile::exists(model()), "resources/demo/model.json is missing: run scripts/train-demo-model.sh");
    }

    void classifyJsonLines()
    {
        write(path("in.jsonl"),
              "{\"id\": \"a1\", \"subject\": \"Refund please\", \"body\": \"I want my money back for ORD-123456\", "
              "\"extra\": {\"x\": 1}}\n"
              "{\"id\": 7, \"subject\": \"Cannot log in\", \"body\": \"Password reset link expired, account locked\"}\n"
              "{\"subject\": \"\", \"body\": \"\", \"text\": \"The Slack integration stopped posting updates\"}\n");
        const Run result
            = run({QStringLiteral("classify"), QStringLiteral("--model"), model(), QStringLiteral("--input"),
                   path("in.jsonl"), QStringLiteral("--output"), path("out.jsonl")});
        QVERIFY2(result.code == 0, qPrintable(result.err));
        const QList<json> lines = readLines(path("out.jsonl"));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0]["id"], "a1");
        QCOMPARE(lines[1]["id"], "7");
        QCOMPARE(lines[2]["id"], 3); // the row number when there is no id
        QCOMPARE(lines[0]["category"], "refund_cancellation");
        QCOMPARE(lines[1]["category"], "account_access");
        QCOMPARE(lines[2]["category"], "technical");
        for (const json &line : lines) {
            for (const char *key :
                 {"id", "category", "confidence", "top", "secondary", "escalate", "flags", "explanation"})
                QVERIFY2(line.contains(key), key);
            QCOMPARE(line["top"].size(), size_t(5));
            QCOMPARE(line["top"][0]["category"], line["category"]);
            QCOMPARE(line["top"][0]["p"].get<double>(), line["confidence"].get<double>());
            double sum = 0;
            for (size_t i = 0; i < line["top"].size(); ++i) {
                sum += line["top"][i]["p"].get<double>();
                if (i > 0)
                    QVERIFY(line["top"][i]["p"] <= line["top"][i - 1]["p"]);
            }
            QVERIFY(qAbs(sum - 1.0) < 1e-6);
            QCOMPARE(line["escalate"].get<bool>(), !line["flags"].empty());
        }
    }

    void classifyCsvWithColumns()
    {
        // UTF-8 BOM, a quoted field with a newline and a doubled quote.
        write(path("in.csv"),
              "\xEF\xBB\xBFticket,message,other\r\n"
              "T-1,\"Our invoice INV-2026-00412 shows the wrong VAT ID.\nPlease fix \"\"it\"\".\",x\r\n"
              "T-2,The iOS app crashes when I open a board,y\r\n");
        Run result
            = run({QStringLiteral("classify"), QStringLiteral("--model"), model(), QStringLiteral("--input"),
                   path("in.csv"), QStringLiteral("--output"), path("csv.jsonl"), QStringLiteral("--text-column"),
                   QStringLiteral("message"), QStringLiteral("--id-column"), QStringLiteral("ticket")});
        QVERIFY2(result.code == 0, qPrintable(result.err));
        QList<json> lines = readLines(path("csv.jsonl"));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0]["id"], "T-1");
        QCOMPARE(lines[0]["category"], "billing");
        QCOMPARE(lines[1]["id"], "T-2");
        QCOMPARE(lines[1]["category"], "technical");

        // A column that does not exist is bad input, named with the file and the line.
        result = run({QStringLiteral("classify"), QStringLiteral("--model"), model(), QStringLiteral("--input"),
                      path("in.csv"), QStringLiteral("--output"), path("csv2.jsonl"), QStringLiteral("--text-column"),
                      QStringLiteral("body_text")});
        QCOMPARE(result.code, 3);
        QVERIFY2(result.err.contains(path("in.csv") + QStringLiteral(":2: no field \"body_text\"")),
                 qPrintable(result.err));
        QVERIFY(!QFile::exists(path("csv2.jsonl")));
    }

    void routeTheDemoWorkspace()
    {
        write(path("route.jsonl"),
              "{\"id\": \"r1\", \"subject\": \"Refund\", \"body\": \"Please refund the 740 USD annual renewal, we "
              "never used it.\", \"created_at\": \"2026-11-20T10:00:00Z\", \"requester_name\": \"Jonas Weber\"}\n"
              "{\"id\": \"r2\", \"subject\": \"Export\", \"body\": \"How do I export a board to CSV? Not urgent.\", "
              "\"requester_name\": \"Ana Ruiz\"}\n"
              "{\"id\": \"r3\", \"subject\": \"Hacked\", \"body\": \"Someone changed my password and I don't recognize "
              "these logins\", \"requester_name\": \"Li Wei\"}\n");
        const Run result = run({QStringLiteral("route"), QStringLiteral("--input"), path("route.jsonl"),
                                QStringLiteral("--output"), path("routed.jsonl")});
        QVERIFY2(result.code == 0, qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("3 tickets")), qPrintable(result.err));
        const QList<json> lines = readLines(path("routed.jsonl"));
        QCOMPARE(lines.size(), 3);
        for (const json &line : lines) {
            for (const char *key : {"id", "category", "confidence", "top", "secondary", "escalate", "flags",
                                    "explanation", "specialist", "draft", "rules_fired", "cited_articles"})
                QVERIFY2(line.contains(key), key);
        }
        auto codes = [](const json &line) {
            QStringList list;
            for (const json &flag : line["flags"])
                list << QString::fromStdString(flag["code"].get<std::string>());
            return list;
        };
        QCOMPARE(lines[0]["id"], "r1");
        QCOMPARE(lines[0]["category"], "refund_cancellation");
        QCOMPARE(lines[0]["specialist"], "refunds");
        QVERIFY(codes(lines[0]).contains(QStringLiteral("refund_review")));
        QVERIFY(codes(lines[0]).contains(QStringLiteral("policy_exception")));
        QVERIFY(lines[0]["escalate"].get<bool>());
        const QString refundDraft = QString::fromStdString(lines[0]["draft"].get<std::string>());
        QVERIFY2(refundDraft.startsWith(QLatin1String("Hi Jonas,")), qPrintable(refundDraft));
        QVERIFY(refundDraft.contains(QLatin1String("reviews every refund request")));
        QCOMPARE(lines[1]["category"], "technical");
        QVERIFY(!codes(lines[1]).contains(QStringLiteral("urgent")));
        QVERIFY(!lines[1]["draft"].get<std::string>().empty());
        QVERIFY(codes(lines[2]).contains(QStringLiteral("security_incident")));
    }

    // route lists the N most probable categories (all five of the demo with --all-probabilities); nothing else
    // in the line depends on it.
    void routeTopCategories()
    {
        QFile queue(Test::sourceDir() + QStringLiteral("/resources/demo/queue.jsonl"));
        QVERIFY(queue.open(QIODevice::ReadOnly));
        QByteArray first;
        for (int i = 0; i < 20 && !queue.atEnd(); ++i)
            first += queue.readLine();
        write(path("top-in.jsonl"), first);
        // Each run with another hash seed: nothing in the output may depend on a hash's order (the pipeline
        // once renormalised in QHash order, which moved the last bit of a probability between processes).
        int seed = 0;
        auto route = [&](const QStringList &extra) {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("QT_HASH_SEED"), QString::number(++seed));
            const Run result = run(QStringList {QStringLiteral("route"), QStringLiteral("--input"),
                                                path("top-in.jsonl"), QStringLiteral("--output"), path("top-out.jsonl"),
                                                QStringLiteral("--now"), QStringLiteral("2026-11-25T12:00:00Z")}
                                       + extra,
                                   120000, environment);
            return result.code == 0 ? readLines(path("top-out.jsonl")) : QList<json>();
        };
        const QList<json> all = route({QStringLiteral("--all-probabilities")});
        const QList<json> two = route({QStringLiteral("--top"), QStringLiteral("2")});
        const QList<json> byDefault = route({});
        QCOMPARE(all.size(), 20);
        QCOMPARE(two.size(), 20);
        QCOMPARE(byDefault.size(), 20);
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(all[i]["top"].size(), size_t(5)); // the demo workspace has five categories
            QCOMPARE(byDefault[i]["top"], all[i]["top"]);
            QCOMPARE(two[i]["top"].size(), size_t(2));
            QCOMPARE(two[i]["top"][0], all[i]["top"][0]);
            QCOMPARE(two[i]["top"][1], all[i]["top"][1]);
            json rest = two[i];
            json reference = all[i];
            rest.erase("top");
            reference.erase("top");
            QCOMPARE(rest, reference);
        }
        const Run both = run({QStringLiteral("route"), QStringLiteral("--input"), path("top-in.jsonl"),
                              QStringLiteral("--output"), path("top-bad.jsonl"), QStringLiteral("--top"),
                              QStringLiteral("1"), QStringLiteral("--all-probabilities")});
        QCOMPARE(both.code, 2);
        QVERIFY(!QFile::exists(path("top-bad.jsonl")));
    }

    void routeWithAWorkspaceFile()
    {
        QFile demo(Test::sourceDir() + QStringLiteral("/resources/demo/workspace.json"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        json document = json::parse(demo.readAll().toStdString());
        document["escalation"]["confidence_threshold"] = 1.0; // nothing is that certain
        write(path("ws.json"), QByteArray::fromStdString(document.dump()));
        write(path("one.jsonl"),
              QByteArray(R"({"id": "x", "subject": "Export", "body": "How do I export a board to CSV?"})") + '\n');
        Run result
            = run({QStringLiteral("route"), QStringLiteral("--input"), path("one.jsonl"), QStringLiteral("--output"),
                   path("ws.jsonl"), QStringLiteral("--workspace"), path("ws.json")});
        QVERIFY2(result.code == 0, qPrintable(result.err));
        const QList<json> lines = readLines(path("ws.jsonl"));
        QCOMPARE(lines.size(), 1);
        QVERIFY2(!lines[0]["flags"].empty(), lines[0].dump().c_str());
        QCOMPARE(lines[0]["flags"][0]["code"], "low_confidence");

        // A broken workspace is bad input and the message names the field.
        document["specialists"][3]["policies"]["refund_limit"]["amount"] = -1;
        write(path("bad-ws.json"), QByteArray::fromStdString(document.dump()));
        result = run({QStringLiteral("route"), QStringLiteral("--input"), path("one.jsonl"), QStringLiteral("--output"),
                      path("bad.jsonl"), QStringLiteral("--workspace"), path("bad-ws.json")});
        QCOMPARE(result.code, 3);
        QVERIFY2(result.err.contains(
                     QLatin1String("specialists[3].policies.refund_limit.amount: must be a positive number")),
                 qPrintable(result.err));

        // Other categories than the demo model's need a model.
        QFile again(Test::sourceDir() + QStringLiteral("/resources/demo/workspace.json"));
        QVERIFY(again.open(QIODevice::ReadOnly));
        document = json::parse(again.readAll().toStdString());
        document["categories"][4]["id"] = "other";
        document["rules"] = json::array(); // they name "general"
        document["escalation"]["out_of_scope"].erase("category");
        write(path("other-ws.json"), QByteArray::fromStdString(document.dump()));
        result = run({QStringLiteral("route"), QStringLiteral("--input"), path("one.jsonl"), QStringLiteral("--output"),
                      path("other.jsonl"), QStringLiteral("--workspace"), path("other-ws.json")});
        QCOMPARE(result.code, 2);
        QVERIFY2(result.err.contains(QLatin1String("give --model")), qPrintable(result.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("classify without options")
            << QStringList {QStringLiteral("classify")} << QStringLiteral("is required");
        QTest::newRow("classify without output")
            << QStringList {QStringLiteral("classify"), QStringLiteral("--model"), QStringLiteral("m.json"),
                            QStringLiteral("--input"), QStringLiteral("in.jsonl")}
            << QStringLiteral("--output is required");
        QTest::newRow("route unknown option")
            << QStringList {QStringLiteral("route"), QStringLiteral("--inptu"), QStringLiteral("x")}
            << QStringLiteral("Unknown option");
        QTest::newRow("route stray argument")
            << QStringList {QStringLiteral("route"),    QStringLiteral("--input"), QStringLiteral("a.jsonl"),
                            QStringLiteral("--output"), QStringLiteral("b.jsonl"), QStringLiteral("extra")}
            << QStringLiteral("unexpected argument");
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run result = run(arguments);
        QCOMPARE(result.code, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.err.contains(QLatin1String("usage: routedesk-cli")));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("malformed JSON line")
            << QStringLiteral("broken.jsonl")
            << QByteArray("{\"id\": 1, \"body\": \"ok\"}\n{\"id\": 2, \"body\": \"ok\"}\n{\"id\": 3, body}\n")
            << QStringLiteral("broken.jsonl:3:");
        QTest::newRow("nested 60,000 deep")
            << QStringLiteral("deep.jsonl")
            << QByteArray("{\"id\": 1, \"body\": \"ok\"}\n{\"id\": 2, \"body\": \"ok\", \"x\": ")
                + QByteArray(60000, '[') + QByteArray(60000, ']') + QByteArray("}\n")
            << QStringLiteral("deep.jsonl:2: not valid JSON (nested deeper than 256 levels");
        QTest::newRow("number overflow")
            << QStringLiteral("overflow.jsonl") << QByteArray("{\"id\": 1, \"body\": \"ok\", \"score\": 1e999}\n")
            << QStringLiteral("overflow.jsonl:1: not valid JSON (number overflow parsing '1e999' (at score))");
        QTest::newRow("json array broken on line 3")
            << QStringLiteral("broken.json") << QByteArray("[\n{\"id\": 1, \"body\": \"ok\"},\n{\"id\": 2, body}\n]\n")
            << QStringLiteral("broken.json:3: not valid JSON");
        QTest::newRow("neither subject nor body")
            << QStringLiteral("blank.jsonl")
            << QByteArray("{\"id\": 1, \"body\": \"ok\"}\n{\"id\": 2, \"subject\": \" \", \"body\": \"\"}\n")
            << QStringLiteral("blank.jsonl:2: empty ticket: neither subject nor body has text");
        QTest::newRow("invalid created_at")
            << QStringLiteral("when.jsonl")
            << QByteArray("{\"id\": 1, \"body\": \"ok\", \"created_at\": \"31/12/2026\"}\n")
            << QStringLiteral("when.jsonl:1: created_at: '31/12/2026' is not a date and time");
        QTest::newRow("binary") << QStringLiteral("binary.csv") << QByteArray("id,body\n1,\x00\x01\x02\xff\xfe\n", 15)
                                << QStringLiteral("binary.csv:2:");
        QTest::newRow("unterminated quote") << QStringLiteral("quote.csv") << QByteArray("id,body\n1,\"never closed\n")
                                            << QStringLiteral("quote.csv:2:");
        QTest::newRow("unknown extension")
            << QStringLiteral("tickets.txt") << QByteArray("hello") << QStringLiteral("unknown file type");
        QTest::newRow("wrong field type")
            << QStringLiteral("tags.jsonl") << QByteArray("{\"id\": 1, \"body\": \"x\", \"tags\": 5}\n")
            << QStringLiteral("tags.jsonl:1: tags: expected a list of strings");
    }
    void badInput()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString input = m_dir.filePath(name);
        write(input, content);
        for (const QString &command : {QStringLiteral("classify"), QStringLiteral("route")}) {
            QStringList arguments {command, QStringLiteral("--input"), input, QStringLiteral("--output"),
                                   m_dir.filePath(QStringLiteral("bad-%1.jsonl").arg(command))};
            if (command == QLatin1String("classify"))
                arguments << QStringLiteral("--model") << model();
            const Run result = run(arguments);
            QVERIFY2(result.code == 3,
                     qPrintable(command + QStringLiteral(": ") + QString::number(result.code) + result.err));
            QVERIFY2(result.err.contains(message), qPrintable(result.err));
        }
        const Run missing
            = run({QStringLiteral("route"), QStringLiteral("--input"), m_dir.filePath(QStringLiteral("nope.jsonl")),
                   QStringLiteral("--output"), path("nope-out.jsonl")});
        QCOMPARE(missing.code, 3);
    }

    void missingModelIsAFailure()
    {
        write(path("m.jsonl"), "{\"id\": 1, \"body\": \"hi\"}\n");
        const Run result
            = run({QStringLiteral("classify"), QStringLiteral("--model"), path("no-model.json"),
                   QStringLiteral("--input"), path("m.jsonl"), QStringLiteral("--output"), path("m-out.jsonl")});
        QCOMPARE(result.code, 1);
    }

    void emptyAndHugeInput()
    {
        // One answer for an empty file in every format: no records, exit 0, an empty output.
        Run result;
        for (const char *name : {"empty.jsonl", "empty.csv", "empty.json"}) {
            write(path(name), QByteArray());
            QFile::remove(path("empty-out.jsonl"));
            result = run({QStringLiteral("route"), QStringLiteral("--input"), path(name), QStringLiteral("--output"),
                          path("empty-out.jsonl")});
            QVERIFY2(result.code == 0, qPrintable(QString::fromLatin1(name) + QLatin1Char(' ') + result.err));
            QVERIFY(QFile::exists(path("empty-out.jsonl")));
            QCOMPARE(QFileInfo(path("empty-out.jsonl")).size(), 0);
        }

        // 10 MB in one field.
        QByteArray huge = "{\"id\": \"big\", \"subject\": \"Refund\", \"body\": \"";
        const QByteArray chunk = "please refund my annual plan, the export is broken and I am upset. ";
        while (huge.size() < 10 * 1024 * 1024)
            huge += chunk;
        huge += "\"}\n{\"id\": \"small\", \"body\": \"How do I reset my password?\"}\n";
        write(path("huge.jsonl"), huge);
        for (const QString &command : {QStringLiteral("classify"), QStringLiteral("route")}) {
            QStringList arguments {command, QStringLiteral("--input"), path("huge.jsonl"), QStringLiteral("--output"),
                                   path("huge-out.jsonl")};
            if (command == QLatin1String("classify"))
                arguments << QStringLiteral("--model") << model();
            result = run(arguments);
            QVERIFY2(result.code == 0, qPrintable(command + result.err));
            const QList<json> lines = readLines(path("huge-out.jsonl"));
            QCOMPARE(lines.size(), 2);
            QCOMPARE(lines[0]["id"], "big");
            QCOMPARE(lines[1]["id"], "small");
        }
    }

    // The shipped model is what the history trains into today: it cannot go stale unnoticed.
    void shippedModelMatchesAFreshTraining()
    {
        const QString fresh = path("fresh-model.json");
        const Run result
            = run({QStringLiteral("train"), QStringLiteral("--input"),
                   Test::sourceDir() + QStringLiteral("/resources/demo/history.jsonl"), QStringLiteral("--model-out"),
                   fresh, QStringLiteral("--label-column"), QStringLiteral("category"), QStringLiteral("--seed"),
                   QStringLiteral("1"), QStringLiteral("--folds"), QStringLiteral("5"),
                   QStringLiteral("--target-accuracy"), QStringLiteral("0.90"), QStringLiteral("--workspace"),
                   Test::sourceDir() + QStringLiteral("/resources/demo/workspace.json")},
                  300000);
        QVERIFY2(result.code == 0, qPrintable(result.err));
        QFile shipped(model());
        QFile trained(fresh);
        QVERIFY(shipped.open(QIODevice::ReadOnly) && trained.open(QIODevice::ReadOnly));
        const json a = json::parse(shipped.readAll().toStdString());
        const json b = json::parse(trained.readAll().toStdString());
        auto version = [](const json &model) {
            return model.value("version", std::string());
        };
        QVERIFY2(!version(a).empty(), "the model file has no version");
        QVERIFY2(version(a) == version(b),
                 qPrintable(QStringLiteral(
                                "resources/demo/model.json is stale (%1, fresh %2): run scripts/train-demo-model.sh")
                                .arg(QString::fromStdString(version(a)), QString::fromStdString(version(b)))));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
