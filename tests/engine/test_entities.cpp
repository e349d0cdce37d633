// Facts from ticket text: invoice and order numbers, amounts with currency, dates, products, plans, names.

#include "workspace/entities.h"

#include "model/modeljson.h"

#include <QtTest>

using namespace RouteDesk;

namespace {
EntityVocabulary vocabulary()
{
    EntityVocabulary v;
    v.products = {QStringLiteral("iOS app"), QStringLiteral("Slack integration"), QStringLiteral("API"),
                  QStringLiteral("desktop app"), QStringLiteral("Windows app")};
    v.plans = {QStringLiteral("Free"), QStringLiteral("Starter"), QStringLiteral("Pro"), QStringLiteral("Business"),
               QStringLiteral("Enterprise")};
    return v;
}
const QDateTime reference = parseIsoTime(QStringLiteral("2026-11-20T10:00:00Z"));
} // namespace

class TestEntities : public QObject
{
    Q_OBJECT

private slots:
    void amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // "740 USD; 12.5 EUR"

        QTest::newRow("dollar sign") << QStringLiteral("I was charged $740 last week") << QStringLiteral("740 USD");
        QTest::newRow("code after") << QStringLiteral("a refund of 1,170 USD please") << QStringLiteral("1170 USD");
        QTest::newRow("code before") << QStringLiteral("USD 4,680.00 for the annual plan")
                                     << QStringLiteral("4680 USD");
        QTest::newRow("euro german") << QStringLiteral("Uns wurden 1.234,56 € abgebucht")
                                     << QStringLiteral("1234.56 EUR");
        QTest::newRow("euro sign first") << QStringLiteral("€89 extra") << QStringLiteral("89 EUR");
        QTest::newRow("euro word") << QStringLiteral("hemos pagado 350 euros") << QStringLiteral("350 EUR");
        QTest::newRow("decimal comma") << QStringLiteral("il y a un prélèvement de 12,50 EUR")
                                       << QStringLiteral("12.5 EUR");
        QTest::newRow("dollars word") << QStringLiteral("about 9360 dollars") << QStringLiteral("9360 USD");
        QTest::newRow("pounds") << QStringLiteral("£1,296 on my card") << QStringLiteral("1296 GBP");
        QTest::newRow("several") << QStringLiteral("charged $19 then $342.50") << QStringLiteral("19 USD; 342.5 USD");
        QTest::newRow("no currency no amount") << QStringLiteral("we have 12 seats and 3 projects") << QString();
        QTest::newRow("order number is not money")
            << QStringLiteral("ORD-590044 was 19 USD") << QStringLiteral("19 USD");
    }
    void amounts()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const Entities entities = extractEntities(text, {}, reference, vocabulary());
        QStringList found;
        for (const MoneyAmount &amount : entities.amounts)
            found << QStringLiteral("%1 %2").arg(amount.amount, 0, 'g', 10).arg(amount.currency);
        QCOMPARE(found.join(QStringLiteral("; ")), expected);
    }

    void parseAmount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::newRow("plain") << QStringLiteral("740") << 740.0;
        QTest::newRow("us thousands") << QStringLiteral("1,170") << 1170.0;
        QTest::newRow("us decimals") << QStringLiteral("1,170.25") << 1170.25;
        QTest::newRow("eu thousands") << QStringLiteral("1.170") << 1170.0;
        QTest::newRow("eu decimals") << QStringLiteral("1.170,25") << 1170.25;
        QTest::newRow("decimal comma") << QStringLiteral("12,5") << 12.5;
        QTest::newRow("two groups") << QStringLiteral("1,234,567") << 1234567.0;
        QTest::newRow("swiss") << QStringLiteral("1'234.50") << 1234.5;
    }
    void parseAmount()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        const auto parsed = RouteDesk::parseAmount(text);
        QVERIFY(parsed);
        QCOMPARE(*parsed, value);
    }

    void numbers()
    {
        const Entities entities = extractEntities(
            QStringLiteral("Invoice INV-2026-00412 and inv 2026 00999 for order ORD-590044 (also ord-123456)."), {},
            reference, vocabulary());
        QCOMPARE(entities.invoiceNumbers,
                 (QStringList {QStringLiteral("INV-2026-00412"), QStringLiteral("INV-2026-00999")}));
        QCOMPARE(entities.orderNumbers, (QStringList {QStringLiteral("ORD-590044"), QStringLiteral("ORD-123456")}));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // ISO dates joined by ", "

        QTest::newRow("iso") << QStringLiteral("charged on 2026-09-01") << QStringLiteral("2026-09-01");
        QTest::newRow("english month day")
            << QStringLiteral("the charge on October 1st") << QStringLiteral("2026-10-01");
        QTest::newRow("english day month year") << QStringLiteral("paid 3 March 2026") << QStringLiteral("2026-03-03");
        QTest::newRow("month day year") << QStringLiteral("on March 14, 2026") << QStringLiteral("2026-03-14");
        QTest::newRow("german") << QStringLiteral("Abbuchung am 1. Oktober") << QStringLiteral("2026-10-01");
        QTest::newRow("german numeric") << QStringLiteral("am 15.08.2026 abgebucht") << QStringLiteral("2026-08-15");
        QTest::newRow("french") << QStringLiteral("prélevé le 1er août") << QStringLiteral("2026-08-01");
        QTest::newRow("spanish") << QStringLiteral("el cargo del 5 de septiembre de 2026")
                                 << QStringLiteral("2026-09-05");
        QTest::newRow("us slashes") << QStringLiteral("charged 09/30/2026") << QStringLiteral("2026-09-30");
        QTest::newRow("days ago") << QStringLiteral("I was charged 45 days ago") << QStringLiteral("2026-10-06");
        QTest::newRow("two months ago") << QStringLiteral("two months ago you billed me")
                                        << QStringLiteral("2026-09-20");
        QTest::newRow("vor Tagen") << QStringLiteral("vor 40 Tagen") << QStringLiteral("2026-10-11");
        QTest::newRow("il y a") << QStringLiteral("il y a trois semaines") << QStringLiteral("2026-10-30");
        QTest::newRow("hace") << QStringLiteral("hace 2 meses") << QStringLiteral("2026-09-20");
        QTest::newRow("later in the year means last year")
            << QStringLiteral("since December 3") << QStringLiteral("2025-12-03");
        QTest::newRow("future dates dropped") << QStringLiteral("renews on 2027-01-01") << QString();
        QTest::newRow("not a date") << QStringLiteral("may I ask about 3 seats") << QString();
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const Entities entities = extractEntities(text, {}, reference, vocabulary());
        QStringList found;
        for (const MentionedDate &date : entities.dates)
            found << date.date.toString(Qt::ISODate);
        QCOMPARE(found.join(QStringLiteral(", ")), expected);
    }

    void productsPlansAndNames()
    {
        Entities e
            = extractEntities(QStringLiteral("Our Slack integration stopped posting since we moved to the Business "
                                             "plan.\n\nThanks,\nJonas Weber"),
                              {}, reference, vocabulary());
        QCOMPARE(e.product, QStringLiteral("Slack integration"));
        QCOMPARE(e.plan, QStringLiteral("Business"));
        QCOMPARE(e.customerName, QStringLiteral("Jonas Weber"));
        QCOMPARE(e.firstName, QStringLiteral("Jonas"));

        e = extractEntities(QStringLiteral("the pro-rated amount looks wrong"), QStringLiteral("Lopez, Maria"),
                            reference, vocabulary());
        QCOMPARE(e.plan, QString()); // "pro-rated" is not the Pro plan
        QCOMPARE(e.firstName, QStringLiteral("Maria"));

        e = extractEntities(QStringLiteral("Wir nutzen den Tarif Pro.\n\nViele Grüße, Anna"), {}, reference,
                            vocabulary());
        QCOMPARE(e.plan, QStringLiteral("Pro"));
        QCOMPARE(e.customerName, QStringLiteral("Anna"));
    }
};

QTEST_GUILESS_MAIN(TestEntities)
#include "test_entities.moc"
