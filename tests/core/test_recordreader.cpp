#include "testsupport.h"

#include "io/jsonparse.h"
#include "io/recordreader.h"

#include <QTemporaryDir>

using namespace RouteDesk;

class TestRecordReader : public QObject
{
    Q_OBJECT

private:
    static QList<Record> readAll(const QByteArray &data, RecordReader::Format format, QString *error)
    {
        RecordReader reader;
        reader.openData(data, format, QStringLiteral("input"));
        QList<Record> records;
        Record record;
        while (reader.next(&record))
            records.append(record);
        *error = reader.errorString();
        return records;
    }

private slots:
    void csv_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("texts"); // the "text" column of each record
        QTest::addColumn<QList<qint64>>("lines");
        QTest::newRow("plain") << QByteArray("text,label\nhello,a\nworld,b\n")
                               << QStringList {QStringLiteral("hello"), QStringLiteral("world")}
                               << QList<qint64> {2, 3};
        QTest::newRow("no final newline")
            << QByteArray("text,label\nhello,a") << QStringList {QStringLiteral("hello")} << QList<qint64> {2};
        QTest::newRow("crlf") << QByteArray("text,label\r\nhello,a\r\nworld,b\r\n")
                              << QStringList {QStringLiteral("hello"), QStringLiteral("world")} << QList<qint64> {2, 3};
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFtext,label\nhi,a\n") << QStringList {QStringLiteral("hi")}
                             << QList<qint64> {2};
        QTest::newRow("quoted comma and quote") << QByteArray("text,label\n\"a, \"\"b\"\"\",x\n")
                                                << QStringList {QStringLiteral("a, \"b\"")} << QList<qint64> {2};
        QTest::newRow("quoted newline") << QByteArray("text,label\n\"line1\nline2\",x\nnext,y\n")
                                        << QStringList {QStringLiteral("line1\nline2"), QStringLiteral("next")}
                                        << QList<qint64> {2, 4};
        QTest::newRow("blank lines skipped")
            << QByteArray("text,label\n\nhi,a\n\n") << QStringList {QStringLiteral("hi")} << QList<qint64> {3};
        QTest::newRow("unicode") << QByteArray("text,label\n\xC3\xBC\xC3\xA9\xE2\x82\xAC,a\n")
                                 << QStringList {QStringLiteral("üé€")} << QList<qint64> {2};
        QTest::newRow("empty quoted") << QByteArray("text,label\n\"\",a\n") << QStringList {QString()}
                                      << QList<qint64> {2};
    }

    void csv()
    {
        QFETCH(QByteArray, data);
        QFETCH(QStringList, texts);
        QFETCH(QList<qint64>, lines);
        QString error;
        const auto records = readAll(data, RecordReader::Format::Csv, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(records.size(), texts.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            QCOMPARE(records.at(i).text(QStringLiteral("text")), texts.at(i));
            QCOMPARE(records.at(i).line, lines.at(i));
            QCOMPARE(records.at(i).index, i);
        }
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("recordsBefore");
        const int csv = int(RecordReader::Format::Csv);
        const int jsonl = int(RecordReader::Format::JsonLines);
        const int json = int(RecordReader::Format::Json);
        QTest::newRow("unterminated") << QByteArray("text,label\nok,a\n\"open,b\n") << csv
                                      << QStringLiteral("input:3: unterminated quoted field") << 1;
        QTest::newRow("field count") << QByteArray("text,label\nok,a\nx,y,z\n") << csv
                                     << QStringLiteral("input:3: expected 2 fields as in the header, found 3") << 1;
        QTest::newRow("stray quote")
            << QByteArray("text,label\nab\"c,a\n") << csv
            << QStringLiteral("input:2: a quote inside an unquoted field (quote the whole field and double the quote)")
            << 0;
        QTest::newRow("binary") << QByteArray("text,label\nab\0c,a\n", 17) << csv
                                << QStringLiteral("input:2: binary data (a NUL byte), not text") << 0;
        QTest::newRow("latin1") << QByteArray("text,label\nd\xE9j\xE0,a\n") << csv
                                << QStringLiteral("input:2: text is not valid UTF-8 (save the file as UTF-8)") << 0;
        QTest::newRow("duplicate header")
            << QByteArray("text,text\n") << csv << QStringLiteral("input:1: the header names a column twice") << 0;
        QTest::newRow("jsonl broken")
            << QByteArray("{\"text\":\"a\"}\n{\"text\":\n") << jsonl
            << QStringLiteral("input:2: not valid JSON (syntax error while parsing value - unexpected end of input; "
                              "expected '[', '{', or a literal (at text))")
            << 1;
        QTest::newRow("jsonl not object")
            << QByteArray("[1,2]\n") << jsonl << QStringLiteral("input:1: expected a JSON object") << 0;
        QTest::newRow("json not array")
            << QByteArray("42") << json
            << QStringLiteral("input: expected a JSON array of objects or an object with a \"tickets\" array") << 0;
        QTest::newRow("jsonl nested 60,000 deep")
            << QByteArray("{\"text\":\"a\"}\n{\"text\":") + QByteArray(60000, '[') + QByteArray(60000, ']')
                + QByteArray("}\n")
            << jsonl
            << QStringLiteral(
                   "input:2: not valid JSON (nested deeper than 256 levels (at text[0][0][0][0][0][0][0]...))")
            << 1;
        QTest::newRow("jsonl 1e999") << QByteArray("{\"text\":\"a\"}\n{\"text\":\"b\",\"w\":[1,1e999]}\n") << jsonl
                                     << QStringLiteral(
                                            "input:2: not valid JSON (number overflow parsing '1e999' (at w[1]))")
                                     << 1;
        QTest::newRow("json broken on line 3")
            << QByteArray("[\n{\"text\":\"a\"},\n{\"text\": oops}\n]") << json
            << QStringLiteral("input:3: not valid JSON (syntax error while parsing value - invalid literal; last read: "
                              "'\"text\": o' (at [1].text))")
            << 0;
        QTest::newRow("json item") << QByteArray("[{\"a\":1}, 3]") << json
                                   << QStringLiteral("input:2: record 2 is not a JSON object") << 1;
    }

    void badInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, format);
        QFETCH(QString, message);
        QFETCH(int, recordsBefore);
        QString error;
        const auto records = readAll(data, RecordReader::Format(format), &error);
        QCOMPARE(error, message);
        QCOMPARE(records.size(), recordsBefore);
    }

    // The one guarded parse: depth up to the limit, brackets inside strings do not count, lines from firstLine.
    void guardedParse()
    {
        const QByteArray deepest = QByteArray(kMaxJsonDepth, '[') + QByteArray(kMaxJsonDepth, ']');
        QVERIFY(parseJson(deepest, QStringLiteral("x")).ok);
        const QByteArray tooDeep = QByteArray(kMaxJsonDepth + 1, '[') + QByteArray(kMaxJsonDepth + 1, ']');
        JsonParseResult result = parseJson(tooDeep, QStringLiteral("x"));
        QVERIFY(!result.ok);
        QCOMPARE(
            result.error,
            QStringLiteral("x:1: not valid JSON (nested deeper than 256 levels (at [0][0][0][0][0][0][0][0]...))"));
        const QByteArray brackets = "{\"s\": \"" + QByteArray(1000, '[') + "\\\"{\"}";
        result = parseJson(brackets, QStringLiteral("x"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.value["s"].get<std::string>().size(), size_t(1002));

        result = parseJson("{\n\"a\": {\"b\": [0,\n 1e999]}}", QStringLiteral("f.json"), 10);
        QVERIFY(!result.ok);
        QCOMPARE(result.line, 12);
        QCOMPARE(result.field, QStringLiteral("a.b[1]"));
        QCOMPARE(result.error,
                 QStringLiteral("f.json:12: not valid JSON (number overflow parsing '1e999' (at a.b[1]))"));
        // A name with a percent sign stays as it is.
        result = parseJson("[1,", QStringLiteral("100%25%2.json"));
        QVERIFY(result.error.startsWith(QStringLiteral("100%25%2.json:1: ")));
        QVERIFY(parseJsonOrDiscarded("{\"a\": -1e999}").is_discarded());
        QCOMPARE(parseJsonOrDiscarded("{\"a\": 1.5e300}")["a"].get<double>(), 1.5e300);
    }

    // One contract for every format: an empty file has no records and is no error (as an empty .jsonl always was).
    void emptyFileHasNoRecords_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("format");
        for (const auto &[name, format] :
             {std::pair {"csv", RecordReader::Format::Csv}, std::pair {"jsonl", RecordReader::Format::JsonLines},
              std::pair {"json", RecordReader::Format::Json}}) {
            QTest::newRow(name) << QByteArray() << int(format);
            QTest::newRow(qPrintable(QString::fromLatin1(name) + QStringLiteral(" blank")))
                << QByteArray("\n  \n") << int(format);
        }
    }
    void emptyFileHasNoRecords()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, format);
        QString error;
        const auto records = readAll(data, RecordReader::Format(format), &error);
        QCOMPARE(error, QString());
        QCOMPARE(records.size(), 0);
    }

    void jsonLines()
    {
        QString error;
        const auto records = readAll("{\"id\":1,\"text\":\"a\"}\r\n\n{\"id\":\"x\",\"text\":\"b\",\"n\":2.5}\n",
                                     RecordReader::Format::JsonLines, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).text(QStringLiteral("id")), QStringLiteral("1"));
        QCOMPARE(records.at(1).line, 3);
        QCOMPARE(records.at(1).text(QStringLiteral("n")), QStringLiteral("2.5"));
        QVERIFY(!records.at(1).has(QStringLiteral("subject")));
    }

    void jsonExport()
    {
        QString error;
        const auto records = readAll(R"({"tickets":[{"id":1},{"id":2}]})", RecordReader::Format::Json, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(records.size(), 2);
    }

    void hugeField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,text\n1,\"");
        file.write(QByteArray(10 * 1024 * 1024, 'a'));
        file.write("\"\n2,small\n");
        file.close();
        QList<Record> records;
        QVERIFY2(RecordReader::readAll(path, &records, &error()), qPrintable(m_error));
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).text(QStringLiteral("text")).size(), 10 * 1024 * 1024);
        QCOMPARE(records.at(1).line, 3);
    }

    void fileErrors()
    {
        QList<Record> records;
        QString error;
        QVERIFY(!RecordReader::readAll(QStringLiteral("/nonexistent/x.csv"), &records, &error));
        QVERIFY2(error.startsWith(QLatin1String("/nonexistent/x.csv: cannot open")), qPrintable(error));
        QVERIFY(!RecordReader::readAll(QStringLiteral("tickets.xlsx"), &records, &error));
        QVERIFY2(error.contains(QLatin1String("unknown file type")), qPrintable(error));
    }

private:
    QString &error() { return m_error; }
    QString m_error;
};

QTEST_GUILESS_MAIN(TestRecordReader)
#include "test_recordreader.moc"
