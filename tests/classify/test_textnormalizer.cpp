#include "testsupport.h"

#include "classify/featureextractor.h"
#include "classify/textnormalizer.h"

using namespace RouteDesk;

class TestTextNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("lower case") << QStringLiteral("My CARD Was Declined") << QStringLiteral("my card was declined");
        QTest::newRow("german sharp s") << QStringLiteral("Straße") << QStringLiteral("strasse");
        QTest::newRow("capital sharp s") << QStringLiteral("STRAẞE") << QStringLiteral("strasse");
        QTest::newRow("umlauts") << QStringLiteral("Rückerstattung für Äpfel und Öl")
                                 << QStringLiteral("ruckerstattung fur apfel und ol");
        QTest::newRow("french accents") << QStringLiteral("Café crème, déjà payé")
                                        << QStringLiteral("cafe creme, deja paye");
        QTest::newRow("spanish") << QStringLiteral("¿Dónde está mi tarjeta? Año")
                                 << QStringLiteral("¿donde esta mi tarjeta? ano");
        QTest::newRow("ligatures") << QStringLiteral("Œuvre ﬁnale, Æsir, Søren")
                                   << QStringLiteral("oeuvre finale, aesir, soren");
        QTest::newRow("full width") << QStringLiteral("ＦＵＬＬ width") << QStringLiteral("full width");
        QTest::newRow("dotted capital i") << QStringLiteral("İstanbul") << QStringLiteral("istanbul");
        QTest::newRow("decomposed input") << QStringLiteral("Cafe\u0301") << QStringLiteral("cafe");
        QTest::newRow("whitespace") << QStringLiteral("  two\t\tspaces\n\nhere  ") << QStringLiteral("two spaces here");
        QTest::newRow("email") << QStringLiteral("Mail John.Doe+x@Example.co.uk now")
                               << QStringLiteral("mail <email> now");
        QTest::newRow("url") << QStringLiteral("see https://example.com/a?b=1 or www.test.org")
                             << QStringLiteral("see <url> or <url>");
        QTest::newRow("dollar amount") << QStringLiteral("I paid $40.50 twice")
                                       << QStringLiteral("i paid <amount> twice");
        QTest::newRow("euro after") << QStringLiteral("Bitte 25,50 € zurück")
                                    << QStringLiteral("bitte <amount> zuruck");
        QTest::newRow("currency code") << QStringLiteral("charged 1,200.00 USD and EUR 30")
                                       << QStringLiteral("charged <amount> and <amount>");
        QTest::newRow("currency word") << QStringLiteral("30 euros et 12 dollars")
                                       << QStringLiteral("<amount> et <amount>");
        QTest::newRow("pound") << QStringLiteral("£5 fee") << QStringLiteral("<amount> fee");
        QTest::newRow("numbers") << QStringLiteral("Order 12345 from 2024-03-01, 3 items")
                                 << QStringLiteral("order <num> from <num> , <num> items");
        QTest::newRow("letters and digits stay") << QStringLiteral("2FA on iOS16") << QStringLiteral("2fa on ios16");
        QTest::newRow("empty") << QString() << QString();
    }

    void normalize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TextNormalizer::normalize(input), expected);
    }

    void tokenize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("english") << QStringLiteral("My card hasn't arrived!")
                                 << QStringList {QStringLiteral("my"), QStringLiteral("card"), QStringLiteral("hasnt"),
                                                 QStringLiteral("arrived")};
        QTest::newRow("typographic apostrophe")
            << QStringLiteral("It’s fine") << QStringList {QStringLiteral("its"), QStringLiteral("fine")};
        QTest::newRow("french elision") << QStringLiteral("L'application n'accepte qu'un paiement")
                                        << QStringList {QStringLiteral("application"), QStringLiteral("accepte"),
                                                        QStringLiteral("un"), QStringLiteral("paiement")};
        QTest::newRow("german") << QStringLiteral("Die Rückerstattung (über 25,50 €) fehlt.")
                                << QStringList {QStringLiteral("die"), QStringLiteral("ruckerstattung"),
                                                QStringLiteral("uber"), QStringLiteral("<amount>"),
                                                QStringLiteral("fehlt")};
        QTest::newRow("spanish") << QStringLiteral("¡Hola! ¿Dónde está mi reembolso?")
                                 << QStringList {QStringLiteral("hola"), QStringLiteral("donde"),
                                                 QStringLiteral("esta"), QStringLiteral("mi"),
                                                 QStringLiteral("reembolso")};
        QTest::newRow("class tokens") << QStringLiteral("Send $5 to a@b.com, order #991")
                                      << QStringList {QStringLiteral("send"),  QStringLiteral("<amount>"),
                                                      QStringLiteral("to"),    QStringLiteral("<email>"),
                                                      QStringLiteral("order"), QStringLiteral("<num>")};
        QTest::newRow("hyphen separates")
            << QStringLiteral("sign-in fails")
            << QStringList {QStringLiteral("sign"), QStringLiteral("in"), QStringLiteral("fails")};
        QTest::newRow("literal angle brackets")
            << QStringLiteral("a <b> c") << QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        QTest::newRow("punctuation only") << QStringLiteral("?!... --- ***") << QStringList {};
    }

    void tokenize()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, expected);
        QCOMPARE(TextNormalizer::tokenize(TextNormalizer::normalize(input)), expected);
    }

    void hugeTextIsCut()
    {
        const QString huge(10 * 1024 * 1024, u'a');
        const QString normalized = TextNormalizer::normalize(huge + QStringLiteral(" tail"));
        QCOMPARE(normalized.size(), TextNormalizer::MaxChars);
        // One enormous "word" yields a bounded number of character n-grams.
        const ExtractedText extracted = FeatureExtractor().extract(huge);
        QCOMPARE(extracted.tokens.size(), 1);
        QVERIFY(extracted.terms.size() < 200);
    }

    void termsAndTheirText()
    {
        const ExtractedText extracted = FeatureExtractor().extract(QStringLiteral("Refund now"));
        QCOMPARE(extracted.tokens, (QStringList {QStringLiteral("refund"), QStringLiteral("now")}));
        QStringList words;
        QStringList chars;
        for (const TermOccurrence &term : extracted.terms) {
            const QString text = extracted.termText(term);
            // The hash identifies the readable text: the model file stores the text, prediction uses the hash.
            QCOMPARE(term.hash, FeatureExtractor::hashTerm(term.kind, text));
            (term.kind == TermKind::Chars ? chars : words).append(text);
        }
        QCOMPARE(words, (QStringList {QStringLiteral("refund"), QStringLiteral("now"), QStringLiteral("refund now")}));
        // " refund " gives 7 + 6 + 5 + 4 n-grams of 2..5 characters, " now " 4 + 3 + 2 + 1.
        QCOMPARE(chars.size(), 22 + 10);
        QVERIFY(chars.contains(QStringLiteral(" ref")));
        QVERIFY(chars.contains(QStringLiteral("und ")));
        QVERIFY(chars.contains(QStringLiteral(" now ")));
        QVERIFY(!chars.contains(QStringLiteral("d n"))); // n-grams stay inside words
    }

    void classTokensHaveNoCharacterNgrams()
    {
        const ExtractedText extracted = FeatureExtractor().extract(QStringLiteral("$5"));
        QCOMPARE(extracted.tokens, QStringList {QStringLiteral("<amount>")});
        QCOMPARE(extracted.terms.size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestTextNormalizer)
#include "test_textnormalizer.moc"
