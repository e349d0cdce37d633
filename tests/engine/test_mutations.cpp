// A bounded mutation test of everything RouteDesk reads from files: ticket files (JSON Lines, JSON, CSV), source
// documents, workspaces and model files. Each seed (tests/engine/data/mutation-seeds and the shipped demo files) is
// mutated a fixed number of times with a fixed seed (byte flips, cuts, copies, deep nesting, huge numbers, stray
// quotes and brackets); every mutant must be read or refused with a message, never crash, hang or throw.

#include "testsupport.h"

#include "classify/textclassifier.h"
#include "io/recordreader.h"
#include "sources/filesource.h"
#include "sources/sourceconfig.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

#include <functional>

using namespace RouteDesk;

namespace {

QByteArray readSeed(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the seed %s", qPrintable(path));
    return file.readAll();
}

QByteArray mutate(QByteArray bytes, QRandomGenerator &random)
{
    static const QList<QByteArray> inserts {QByteArray(300, '['),
                                            QByteArray(300, '{'),
                                            "1e999",
                                            "-1e999",
                                            "\"",
                                            "{",
                                            "}",
                                            "[",
                                            "]",
                                            ",",
                                            ":",
                                            "\\u0000",
                                            "\\ud800",
                                            "\xff\xfe",
                                            QByteArray("\0", 1),
                                            "null",
                                            "1.7976931348623157e309",
                                            "\n",
                                            "\r"};
    const int steps = 1 + int(random.bounded(3));
    for (int step = 0; step < steps && !bytes.isEmpty(); ++step) {
        const qsizetype at = qsizetype(random.bounded(quint32(bytes.size())));
        switch (random.bounded(6)) {
        case 0: // flip one byte
            bytes[at] = char(random.bounded(256));
            break;
        case 1: // cut a span
            bytes.remove(at, 1 + qsizetype(random.bounded(64)));
            break;
        case 2: // copy a span elsewhere
            bytes.insert(qsizetype(random.bounded(quint32(bytes.size()))), bytes.mid(at, 1 + random.bounded(64)));
            break;
        case 3: // insert something a parser must meet
            bytes.insert(at, inserts.at(qsizetype(random.bounded(quint32(inserts.size())))));
            break;
        case 4: // truncate
            bytes.truncate(at);
            break;
        default: // change a digit (numbers: weights, thresholds, dates)
            for (qsizetype i = at; i < bytes.size(); ++i) {
                if (bytes.at(i) >= '0' && bytes.at(i) <= '9') {
                    bytes[i] = char('0' + (bytes.at(i) - '0' + 1 + random.bounded(9)) % 10);
                    break;
                }
            }
            break;
        }
    }
    return bytes;
}

// Reads every record of `bytes` and turns each into a ticket as sync does.
void readTickets(const QByteArray &bytes, RecordReader::Format format, int *refused)
{
    RecordReader reader;
    reader.openData(bytes, format, QStringLiteral("mutant"));
    Record record;
    while (reader.next(&record)) {
        Ticket ticket;
        QString error;
        if (!FileSource::ticketFromRecord(record, QStringLiteral("file:mutant"), &ticket, &error)) {
            QVERIFY(!error.isEmpty());
            ++*refused;
        }
    }
    if (reader.hasError()) {
        QVERIFY(reader.errorString().startsWith(QLatin1String("mutant")));
        ++*refused;
    }
}

} // namespace

class TestMutations : public QObject
{
    Q_OBJECT

    QString seed(const char *name) const
    {
        return Test::sourceDir() + QStringLiteral("/tests/engine/data/mutation-seeds/") + QLatin1String(name);
    }

    // Runs `read` on `count` mutants of `original`; returns how many were refused.
    int run(const QByteArray &original, int count, quint32 seedValue,
            const std::function<bool(const QByteArray &)> &read)
    {
        QRandomGenerator random(seedValue);
        int refused = 0;
        for (int i = 0; i < count; ++i) {
            if (!read(mutate(original, random)))
                ++refused;
        }
        return refused;
    }

private slots:
    void ticketFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format");
        QTest::newRow("jsonl") << seed("tickets.jsonl") << int(RecordReader::Format::JsonLines);
        QTest::newRow("json") << seed("tickets.jsonl") << int(RecordReader::Format::Json);
        QTest::newRow("csv") << seed("tickets.csv") << int(RecordReader::Format::Csv);
    }
    void ticketFiles()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        QByteArray original = readSeed(path);
        if (format == int(RecordReader::Format::Json))
            original = "[" + original.trimmed().replace('\n', ",\n") + "]";
        int refused = 0;
        QRandomGenerator random(11);
        for (int i = 0; i < 1000; ++i)
            readTickets(mutate(original, random), RecordReader::Format(format), &refused);
        QVERIFY(refused > 0); // the mutations do reach the checks
    }

    void sourceDocuments_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *name : {"source-file.json", "source-rt.json", "source-zendesk.json"})
            QTest::newRow(name) << seed(name);
    }
    void sourceDocuments()
    {
        QFETCH(QString, path);
        const int refused = run(readSeed(path), 1000, 12, [](const QByteArray &bytes) {
            SourceConfig config;
            QString error;
            const bool ok = SourceConfig::parseText(bytes, QStringLiteral("/tmp"), &config, &error);
            if (!ok && error.isEmpty())
                qFatal("a source document was refused without a message");
            return ok;
        });
        QVERIFY(refused > 0);
    }

    void workspaces()
    {
        const QByteArray original = readSeed(Test::sourceDir() + QStringLiteral("/resources/demo/workspace.json"));
        const int refused = run(original, 1000, 13, [](const QByteArray &bytes) {
            QString error;
            const bool ok = Workspace::fromJson(bytes, QStringLiteral("mutant.json"), &error) != nullptr;
            if (!ok && !error.startsWith(QLatin1String("mutant.json")))
                qFatal("a workspace was refused without naming the file: %s", qPrintable(error));
            return ok;
        });
        QVERIFY(refused > 0);
    }

    // A changed model file must not pass as genuine: every mutant either fails to decode, fails the content check
    // or changed only what the content hash does not cover (the layout).
    void models()
    {
        const QByteArray original = readSeed(Test::sourceDir() + QStringLiteral("/resources/demo/model.json"));
        QString error;
        const auto genuine = TextClassifier::fromJson(original, &error);
        QVERIFY2(genuine, qPrintable(error));
        const QString sample = QStringLiteral("I was charged twice for my subscription, please refund");
        const Prediction expected = genuine->predict(sample);
        QElapsedTimer timer;
        timer.start();
        const int refused = run(original, 100, 14, [&](const QByteArray &bytes) {
            QString why;
            const auto model = TextClassifier::fromJson(bytes, &why);
            if (!model) {
                if (why.isEmpty())
                    qFatal("a model was refused without a message");
                return false;
            }
            // Accepted: then it predicts exactly what the genuine file does.
            const Prediction got = model->predict(sample);
            if (got.category() != expected.category() || got.confidence() != expected.confidence())
                qFatal("a changed model file was accepted and predicts differently");
            return true;
        });
        QVERIFY(refused > 90);
        qInfo("100 model mutants in %lld ms, %d refused", static_cast<long long>(timer.elapsed()), refused);
    }
};

QTEST_GUILESS_MAIN(TestMutations)
#include "test_mutations.moc"
