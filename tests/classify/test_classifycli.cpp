// routedesk-cli train and eval as a script would run them: exit codes, messages, outputs.

#include "syntheticdata.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace RouteDesk;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString cliPath()
{
    return qEnvironmentVariable("ROUTEDESK_BINARY_DIR") + QStringLiteral("/bin/routedesk-cli");
}

Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(cliPath(), arguments);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        run.err = QStringLiteral("crashed or hung: ") + QString::fromUtf8(process.readAllStandardError());
        process.kill();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString csvField(const QString &s)
{
    QString q = s;
    q.replace(u'"', QLatin1String("\"\""));
    return u'"' + q + u'"';
}

QByteArray csv(const QList<LabelledText> &examples)
{
    QByteArray data = "text,category\n";
    for (const LabelledText &e : examples)
        data += (csvField(e.text) + u',' + e.label + u'\n').toUtf8();
    return data;
}

} // namespace

class TestClassifyCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_train;
    QString m_test;
    QString m_model;

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase()
    {
        if (!QFileInfo(cliPath()).isExecutable())
            QFAIL(qPrintable(QStringLiteral("routedesk-cli not built at %1").arg(cliPath())));
        QVERIFY(m_dir.isValid());
        m_train = write(QStringLiteral("train.csv"), csv(Test::syntheticExamples(40, 1)));
        m_test = write(QStringLiteral("test.csv"), csv(Test::syntheticExamples(30, 2)));
        m_model = m_dir.filePath(QStringLiteral("model.json"));
    }

    void trainAndEval()
    {
        Run run = runCli({QStringLiteral("train"), QStringLiteral("--input"), m_train, QStringLiteral("--model-out"),
                          m_model, QStringLiteral("--target-accuracy"), QStringLiteral("0.9")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        for (const char *line :
             {"examples: 160 in 4 categories", "cross-validated accuracy (5 folds)", "expected calibration error",
              "confidence threshold for 90.0% accuracy", "routed automatically at that threshold", "training time"})
            QVERIFY2(run.out.contains(QLatin1String(line)), qPrintable(run.out));
        QVERIFY(QFileInfo::exists(m_model));

        run = runCli({QStringLiteral("eval"), QStringLiteral("--model"), m_model, QStringLiteral("--input"), m_test});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        for (const char *line : {"accuracy:", "macro-F1:", "expected calibration error:", "routed automatically:",
                                 "confusion matrix", "precision"})
            QVERIFY2(run.out.contains(QLatin1String(line)), qPrintable(run.out));

        run = runCli({QStringLiteral("eval"), QStringLiteral("--model"), m_model, QStringLiteral("--input"), m_test,
                      QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonParseError error;
        const QJsonObject j = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.out));
        QCOMPARE(j.value(QStringLiteral("examples")).toInt(), 120);
        QVERIFY(j.value(QStringLiteral("accuracy")).toDouble() > 0.55); // the synthetic problem is ambiguous by design
        QVERIFY(j.contains(QStringLiteral("macroF1")));
        QVERIFY(j.contains(QStringLiteral("ece")));
        QVERIFY(j.contains(QStringLiteral("coverage")));
        QVERIFY(j.contains(QStringLiteral("accuracyAtThreshold")));
        QCOMPARE(j.value(QStringLiteral("perCategory")).toArray().size(), 4);
        QCOMPARE(j.value(QStringLiteral("confusion")).toObject().value(QStringLiteral("matrix")).toArray().size(), 4);
    }

    void sameSeedSameFile()
    {
        const QString a = m_dir.filePath(QStringLiteral("a.json"));
        const QString b = m_dir.filePath(QStringLiteral("b.json"));
        for (const QString &out : {a, b}) {
            const Run run = runCli({QStringLiteral("train"), QStringLiteral("--input"), m_train,
                                    QStringLiteral("--model-out"), out, QStringLiteral("--seed"), QStringLiteral("3")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        QFile fa(a);
        QFile fb(b);
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        QCOMPARE(fa.readAll(), fb.readAll());
    }

    void jsonLinesWithSubjectAndBody()
    {
        QByteArray data;
        for (const LabelledText &e : Test::syntheticExamples(20, 5)) {
            const QStringList words = e.text.split(u' ');
            QJsonObject o {{QStringLiteral("id"), 1},
                           {QStringLiteral("subject"), words.mid(0, 2).join(u' ')},
                           {QStringLiteral("body"), words.mid(2).join(u' ')},
                           {QStringLiteral("label"), e.label}};
            data += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        }
        const QString input = write(QStringLiteral("tickets.jsonl"), data);
        const Run run = runCli({QStringLiteral("train"), QStringLiteral("--input"), input,
                                QStringLiteral("--model-out"), m_dir.filePath(QStringLiteral("jsonl.json"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("examples: 80 in 4 categories")));
    }

    // classify writes the N most probable categories (5 by default) or all of them, and nothing else changes.
    void topCategories()
    {
        // Seven categories, each with its own words: more than the default five.
        QList<LabelledText> examples;
        for (int i = 0; i < 12; ++i) {
            for (int c = 0; c < 7; ++c)
                examples.append({QStringLiteral("topic%1 word%1x%2 shared%3 filler").arg(c).arg(i % 4).arg(i % 3),
                                 QStringLiteral("c%1").arg(c),
                                 1.0,
                                 {},
                                 {}});
        }
        const QString input = write(QStringLiteral("seven.csv"), csv(examples));
        const QString model = m_dir.filePath(QStringLiteral("seven.json"));
        Run run
            = runCli({QStringLiteral("train"), QStringLiteral("--input"), input, QStringLiteral("--model-out"), model});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString tickets
            = write(QStringLiteral("seven-tickets.csv"),
                    "text\n\"topic3 word3x1 shared0\"\n\"topic5 and topic1, shared2\"\n\"nothing known\"\n");

        auto classify = [&](const QStringList &extra, QList<QJsonObject> *lines) {
            const QString out = m_dir.filePath(QStringLiteral("seven-out.jsonl"));
            QFile::remove(out);
            const Run r = runCli(QStringList {QStringLiteral("classify"), QStringLiteral("--model"), model,
                                              QStringLiteral("--input"), tickets, QStringLiteral("--output"), out}
                                 + extra);
            QFile file(out);
            lines->clear();
            if (r.exitCode == 0 && file.open(QIODevice::ReadOnly)) {
                while (!file.atEnd()) {
                    const QByteArray line = file.readLine().trimmed();
                    if (!line.isEmpty())
                        lines->append(QJsonDocument::fromJson(line).object());
                }
            }
            return r;
        };
        QList<QJsonObject> all;
        QList<QJsonObject> byDefault;
        QList<QJsonObject> three;
        run = classify({QStringLiteral("--all-probabilities")}, &all);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = classify({}, &byDefault);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = classify({QStringLiteral("--top"), QStringLiteral("3")}, &three);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(all.size(), 3);
        QCOMPARE(byDefault.size(), 3);
        QCOMPARE(three.size(), 3);
        for (qsizetype i = 0; i < all.size(); ++i) {
            const QJsonArray every = all[i].value(QStringLiteral("top")).toArray();
            QCOMPARE(every.size(), 7);
            double sum = 0;
            for (const QJsonValue &v : every)
                sum += v.toObject().value(QStringLiteral("p")).toDouble();
            QVERIFY(qAbs(sum - 1.0) < 1e-6);
            const QJsonArray five = byDefault[i].value(QStringLiteral("top")).toArray();
            const QJsonArray first3 = three[i].value(QStringLiteral("top")).toArray();
            QCOMPARE(five.size(), 5);
            QCOMPARE(first3.size(), 3);
            for (qsizetype k = 0; k < 5; ++k) {
                QCOMPARE(five.at(k), every.at(k));
                if (k < 3)
                    QCOMPARE(first3.at(k), every.at(k));
            }
            // Every other field is the same whatever is listed.
            for (QJsonObject *line : {&all[i], &byDefault[i], &three[i]})
                line->remove(QStringLiteral("top"));
            QCOMPARE(byDefault[i], all[i]);
            QCOMPARE(three[i], all[i]);
        }

        // A bad count, or both options, is a usage error.
        QList<QJsonObject> none;
        for (const QStringList &bad :
             {QStringList {QStringLiteral("--top"), QStringLiteral("0")},
              QStringList {QStringLiteral("--top"), QStringLiteral("x")},
              QStringList {QStringLiteral("--top"), QStringLiteral("2"), QStringLiteral("--all-probabilities")}}) {
            run = classify(bad, &none);
            QVERIFY2(run.exitCode == 2, qPrintable(bad.join(u' ') + QStringLiteral(": ") + run.err));
        }
    }

    void customColumns()
    {
        const QString input = write(QStringLiteral("columns.csv"),
                                    csv(Test::syntheticExamples(15, 6)).replace("text,category", "message,intent"));
        Run run = runCli({QStringLiteral("train"), QStringLiteral("--input"), input, QStringLiteral("--model-out"),
                          m_dir.filePath(QStringLiteral("columns.json")), QStringLiteral("--text-column"),
                          QStringLiteral("message"), QStringLiteral("--label-column"), QStringLiteral("intent")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // Without the options the file has neither a text nor a label column.
        run = runCli({QStringLiteral("train"), QStringLiteral("--input"), input, QStringLiteral("--model-out"),
                      m_dir.filePath(QStringLiteral("columns2.json"))});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(input + QStringLiteral(":2: no text")), qPrintable(run.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString in = QStringLiteral("in.csv");
        QTest::newRow("train without options")
            << QStringList {QStringLiteral("train")} << QStringLiteral("--input is required");
        QTest::newRow("train without model-out") << QStringList {QStringLiteral("train"), QStringLiteral("--input"), in}
                                                 << QStringLiteral("--model-out is required");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("train"), QStringLiteral("--bogus")}
                                        << QStringLiteral("bogus");
        QTest::newRow("bad target") << QStringList {
            QStringLiteral("train"),       QStringLiteral("--input"), in,
            QStringLiteral("--model-out"), QStringLiteral("m.json"),  QStringLiteral("--target-accuracy"),
            QStringLiteral("1.5")} << QStringLiteral("--target-accuracy");
        QTest::newRow("bad seed") << QStringList {QStringLiteral("train"),
                                                  QStringLiteral("--input"),
                                                  in,
                                                  QStringLiteral("--model-out"),
                                                  QStringLiteral("m.json"),
                                                  QStringLiteral("--seed"),
                                                  QStringLiteral("x")}
                                  << QStringLiteral("--seed");
        QTest::newRow("eval without input")
            << QStringList {QStringLiteral("eval"), QStringLiteral("--model"), QStringLiteral("m.json")}
            << QStringLiteral("--input is required");
        QTest::newRow("eval stray argument") << QStringList {
            QStringLiteral("eval"), QStringLiteral("--model"), QStringLiteral("m.json"), QStringLiteral("--input"), in,
            QStringLiteral("extra")} << QStringLiteral("unexpected argument");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("usage: routedesk-cli")) || arguments.contains(QLatin1String("--seed"))
                     || arguments.contains(QLatin1String("--target-accuracy")),
                 qPrintable(run.err));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message"); // after "<file>:"
        QTest::newRow("empty file") << QStringLiteral("empty.csv") << QByteArray() << QString();
        QTest::newRow("header only") << QStringLiteral("header.csv") << QByteArray("text,category\n")
                                     << QStringLiteral(" no examples");
        QTest::newRow("unterminated quote")
            << QStringLiteral("quote.csv") << QByteArray("text,category\nhello,a\n\"never closed,b\n")
            << QStringLiteral("3:");
        QTest::newRow("binary") << QStringLiteral("binary.csv") << QByteArray("text,category\nab\0\x01\x02,a\n", 22)
                                << QStringLiteral("2:");
        QTest::newRow("not utf-8") << QStringLiteral("latin1.csv") << QByteArray("text,category\ncaf\xe9,a\n")
                                   << QStringLiteral("2:");
        QTest::newRow("empty label") << QStringLiteral("nolabel.csv") << QByteArray("text,category\nhello,a\nworld,\n")
                                     << QStringLiteral("3: empty label");
        QTest::newRow("empty text") << QStringLiteral("notext.csv") << QByteArray("text,category\nhello,a\n\"  \",b\n")
                                    << QStringLiteral("3: empty text");
        QTest::newRow("no label column") << QStringLiteral("nolabelcol.csv") << QByteArray("text,other\nhello,a\n")
                                         << QStringLiteral("2: no label");
        QTest::newRow("one category") << QStringLiteral("single.csv") << QByteArray("text,category\nhello,a\nworld,a\n")
                                      << QStringLiteral(" training needs examples of at least two categories");
        QTest::newRow("malformed json line")
            << QStringLiteral("bad.jsonl") << QByteArray("{\"text\":\"a\",\"label\":\"x\"}\n{\"text\": oops}\n")
            << QStringLiteral("2:");
        QTest::newRow("unknown extension") << QStringLiteral("tickets.txt") << QByteArray("text,category\na,b\n")
                                           << QStringLiteral(" unknown file type");
    }

    void badInput()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        const QString path = write(name, data);
        Run run = runCli({QStringLiteral("train"), QStringLiteral("--input"), path, QStringLiteral("--model-out"),
                          m_dir.filePath(QStringLiteral("never.json"))});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(path + u':' + message), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("never.json"))));
        if (name == QLatin1String("single.csv"))
            return; // a well-formed file eval can measure
        run = runCli({QStringLiteral("eval"), QStringLiteral("--model"), m_model, QStringLiteral("--input"), path});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(path + u':' + message), qPrintable(run.err));
    }

    void evalWithBadModel()
    {
        Run run = runCli({QStringLiteral("eval"), QStringLiteral("--model"),
                          m_dir.filePath(QStringLiteral("none.json")), QStringLiteral("--input"), m_test});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("cannot open the model")), qPrintable(run.err));
        const QString garbage
            = write(QStringLiteral("garbage.json"), QByteArray("{\"format\":\"routedesk-classifier\""));
        run = runCli({QStringLiteral("eval"), QStringLiteral("--model"), garbage, QStringLiteral("--input"), m_test});
        QCOMPARE(run.exitCode, 3); // a malformed model is bad input (issue 11); a missing one is a failure
        QVERIFY2(run.err.contains(garbage + QStringLiteral(": not a model file")), qPrintable(run.err));
    }

    void hugeField()
    {
        // One ticket with 10 MB of text among ordinary ones: trained and evaluated, no crash, no hang.
        QByteArray data = csv(Test::syntheticExamples(10, 7));
        data += "\"" + QByteArray(10 * 1024 * 1024, 'x') + " refund money\",cat3\n";
        const QString path = write(QStringLiteral("huge.csv"), data);
        const QString model = m_dir.filePath(QStringLiteral("huge.json"));
        Run run
            = runCli({QStringLiteral("train"), QStringLiteral("--input"), path, QStringLiteral("--model-out"), model});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFileInfo(model).size() < 1024 * 1024);
        run = runCli({QStringLiteral("eval"), QStringLiteral("--model"), model, QStringLiteral("--input"), path,
                      QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("examples")).toInt(), 41);
    }

    void labelsTheModelDoesNotKnow()
    {
        const QString path = write(QStringLiteral("unknown.csv"),
                                   QByteArray("text,category\nrefund my money,cat3\n"
                                              "a new kind of ticket,brand_new\n"));
        const Run run = runCli({QStringLiteral("eval"), QStringLiteral("--model"), m_model, QStringLiteral("--input"),
                                path, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject j = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(j.value(QStringLiteral("unknownLabels")).toInt(), 1);
        QVERIFY(j.value(QStringLiteral("accuracy")).toDouble() <= 0.5);
    }
};

QTEST_GUILESS_MAIN(TestClassifyCli)
#include "test_classifycli.moc"
