// JsonWriter prints what nlohmann::json::dump() prints for the same values, so that the classify and route lines
// read the same as before it replaced per-line documents.

#include "io/jsonwriter.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>

using nlohmann::json;
using namespace RouteDesk;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void stringsAsDump_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("ascii") << QStringLiteral("Refund please");
        QTest::newRow("escapes") << QStringLiteral("a \"quote\", a \\ backslash\nnew line\ttab\r\b\f");
        QTest::newRow("control") << QString(QChar(0x01)) + QChar(0x1F) + QChar(0x7F);
        QTest::newRow("accents") << QStringLiteral("Rückerstattung für Chloé, ¿qué?");
        QTest::newRow("three bytes") << QStringLiteral("€ ₹ 中文 \u2019");
        QTest::newRow("surrogate pair") << QStringLiteral("emoji \U0001F600 end");
        QTest::newRow("lone high surrogate") << QString(QChar(0xD83D)) + QStringLiteral("x");
        QTest::newRow("lone low surrogate") << QStringLiteral("x") + QChar(0xDE00);
    }

    void stringsAsDump()
    {
        QFETCH(QString, text);
        const std::string expected = json(text.toStdString()).dump(-1, ' ', false, json::error_handler_t::replace);
        std::string line;
        JsonWriter writer(&line);
        writer.value(QStringView(text));
        QCOMPARE(QByteArray::fromStdString(line), QByteArray::fromStdString(expected));

        // In parts, the same (unless the cut falls inside a surrogate pair).
        const qsizetype half = text.size() / 2;
        if (half > 0 && text.at(half - 1).isHighSurrogate() && text.at(half).isLowSurrogate())
            return;
        std::string parts;
        JsonWriter split(&parts);
        split.beginString();
        split.part(QStringView(text).first(half));
        split.part(QStringView(text).sliced(half));
        split.endString();
        QCOMPARE(QByteArray::fromStdString(parts), QByteArray::fromStdString(expected));
    }

    void numbersAsDump_data()
    {
        QTest::addColumn<double>("number");
        for (const double d :
             {0.0, -0.0, 1.0, 0.1, 0.9520054977254847, 1e-7, 1.5e-5, 123456789.125, 1e300, -2.5, 1.0 / 3.0, 5e-324})
            QTest::newRow(QByteArray::number(d, 'g', 17).constData()) << d;
    }

    void numbersAsDump()
    {
        QFETCH(double, number);
        std::string line;
        JsonWriter writer(&line);
        writer.value(number);
        QCOMPARE(QByteArray::fromStdString(line), QByteArray::fromStdString(json(number).dump()));
    }

    void documentAsDump()
    {
        const json expected
            = {{"category", "billing"},
               {"confidence", 0.5},
               {"escalate", false},
               {"flags", json::array()},
               {"id", 7},
               {"nan", std::numeric_limits<double>::quiet_NaN()},
               {"none", nullptr},
               {"top", {{{"category", "billing"}, {"p", 0.5}}, {{"category", "technical"}, {"p", 0.25}}}},
               {"words", {"a", "b"}}};
        std::string line;
        JsonWriter out(&line);
        out.beginObject();
        out.key("category");
        out.value(QLatin1StringView("billing"));
        out.key("confidence");
        out.value(0.5);
        out.key("escalate");
        out.value(false);
        out.key("flags");
        out.beginArray();
        out.endArray();
        out.key("id");
        out.value(qint64(7));
        out.key("nan");
        out.value(std::numeric_limits<double>::quiet_NaN());
        out.key("none");
        out.null();
        out.key("top");
        out.beginArray();
        for (const auto &[category, p] : {std::pair {"billing", 0.5}, std::pair {"technical", 0.25}}) {
            out.beginObject();
            out.key("category");
            out.value(std::string_view(category));
            out.key("p");
            out.value(p);
            out.endObject();
        }
        out.endArray();
        out.key("words");
        out.beginArray();
        out.value(QStringView(u"a"));
        out.value(QStringView(u"b"));
        out.endArray();
        out.endObject();
        QCOMPARE(QByteArray::fromStdString(line), QByteArray::fromStdString(expected.dump()));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "test_jsonwriter.moc"
