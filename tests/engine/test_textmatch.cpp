// Words and phrases (case- and accent-insensitive, word boundaries, prefixes), negation, bounded regular
// expressions and language detection.

#include "workspace/textmatch.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace RouteDesk;

class TestTextMatch : public QObject
{
    Q_OBJECT

private slots:
    void phrases_data()
    {
        QTest::addColumn<QStringList>("phrases");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // the phrase that matches, or empty

        QTest::newRow("word") << QStringList {QStringLiteral("refund")} << QStringLiteral("I want a REFUND now")
                              << QStringLiteral("refund");
        QTest::newRow("word boundary") << QStringList {QStringLiteral("sue")} << QStringLiteral("there is an issue")
                                       << QString();
        QTest::newRow("punctuation between the words still matches")
            << QStringList {QStringLiteral("money back")} << QStringLiteral("money, back")
            << QStringLiteral("money back");
        QTest::newRow("phrase needs adjacency")
            << QStringList {QStringLiteral("legal action")} << QStringLiteral("legal and action") << QString();
        QTest::newRow("accents folded") << QStringList {QStringLiteral("rückerstattung")}
                                        << QStringLiteral("Ich möchte eine RUCKERSTATTUNG")
                                        << QStringLiteral("rückerstattung");
        QTest::newRow("accent in text only") << QStringList {QStringLiteral("devolucion")}
                                             << QStringLiteral("Quiero una devolución") << QStringLiteral("devolucion");
        QTest::newRow("sharp s") << QStringList {QStringLiteral("grüsse")} << QStringLiteral("Viele Grüße")
                                 << QStringLiteral("grüsse");
        QTest::newRow("prefix") << QStringList {QStringLiteral("refund*")} << QStringLiteral("was it refunded?")
                                << QStringLiteral("refund*");
        QTest::newRow("prefix needs the start")
            << QStringList {QStringLiteral("fund*")} << QStringLiteral("refunded") << QString();
        QTest::newRow("typographic apostrophe")
            << QStringList {QStringLiteral("don't recognize")} << QStringLiteral("I don’t recognize this login")
            << QStringLiteral("don't recognize");
        QTest::newRow("french elision") << QStringList {QStringLiteral("est urgent")}
                                        << QStringLiteral("Ce n'est urgent") << QStringLiteral("est urgent");
    }
    void phrases()
    {
        QFETCH(QStringList, phrases);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString error;
        const auto matcher = PhraseMatcher::compile(phrases, &error);
        QVERIFY2(matcher, qPrintable(error));
        const auto hit = matcher->first(MatchText(text));
        QCOMPARE(hit ? hit->phrase : QString(), expected);
    }

    void emptyPhraseIsRefused()
    {
        QString error;
        QVERIFY(!PhraseMatcher::compile({QStringLiteral("ok"), QStringLiteral(" ,. ")}, &error));
        QVERIFY2(error.startsWith(QLatin1String("[1]")), qPrintable(error));
    }

    void negation_data()
    {
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("negated");

        QTest::newRow("en not") << QStringLiteral("urgent") << QStringLiteral("This is not urgent.") << true;
        QTest::newRow("en not really") << QStringLiteral("urgent") << QStringLiteral("It's not really urgent") << true;
        QTest::newRow("en isn't") << QStringLiteral("urgent") << QStringLiteral("it isn't urgent") << true;
        QTest::newRow("en no rush") << QStringLiteral("rush") << QStringLiteral("No rush at all") << true;
        QTest::newRow("en plain") << QStringLiteral("urgent") << QStringLiteral("This is urgent, please") << false;
        QTest::newRow("en other clause") << QStringLiteral("urgent")
                                         << QStringLiteral("Not a bug report. Urgent: we cannot log in") << false;
        QTest::newRow("en but") << QStringLiteral("urgent") << QStringLiteral("no idea why but urgent") << false;
        QTest::newRow("en far away") << QStringLiteral("sue") << QStringLiteral("we will not hesitate to sue you")
                                     << false;
        QTest::newRow("de nicht") << QStringLiteral("dringend") << QStringLiteral("Es ist nicht dringend.") << true;
        QTest::newRow("de nicht so") << QStringLiteral("dringend") << QStringLiteral("nicht so dringend") << true;
        QTest::newRow("de kein") << QStringLiteral("notfall") << QStringLiteral("Das ist kein Notfall") << true;
        QTest::newRow("de plain") << QStringLiteral("dringend") << QStringLiteral("Bitte dringend helfen") << false;
        QTest::newRow("fr pas") << QStringLiteral("urgent") << QStringLiteral("Ce n'est pas urgent") << true;
        QTest::newRow("fr plain") << QStringLiteral("urgent") << QStringLiteral("C'est urgent !") << false;
        QTest::newRow("es no es") << QStringLiteral("urgente") << QStringLiteral("No es urgente, gracias") << true;
        QTest::newRow("es sin") << QStringLiteral("prisa") << QStringLiteral("sin prisa") << true;
        QTest::newRow("es plain") << QStringLiteral("urgente") << QStringLiteral("¡Es muy urgente!") << false;
    }
    void negation()
    {
        QFETCH(QString, phrase);
        QFETCH(QString, text);
        QFETCH(bool, negated);
        NegationCues cues;
        cues.window = 2;
        for (const char *word : {"not", "no", "isn't", "nicht", "kein", "pas", "ne", "n'", "no", "sin"})
            cues.words.insert(QLatin1String(word));
        QString error;
        const auto matcher = PhraseMatcher::compile({phrase}, &error);
        QVERIFY(matcher);
        const auto hits = matcher->find(MatchText(text), &cues);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().negated, negated);
    }

    void regex_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("errorPart");

        QTest::newRow("plain") << QStringLiteral("\\bINV-\\d{4}-\\d{3,6}\\b") << true << QString();
        QTest::newRow("group repeated once") << QStringLiteral("(ab)+c") << true << QString();
        QTest::newRow("optional group with quantifier") << QStringLiteral("(\\d+)?x") << true << QString();
        QTest::newRow("class with plus") << QStringLiteral("[a+]+") << true << QString();
        QTest::newRow("nested plus") << QStringLiteral("(a+)+$") << false << QStringLiteral("nested quantifiers");
        QTest::newRow("nested star") << QStringLiteral("(\\w+\\s?)*$") << false << QStringLiteral("nested quantifiers");
        QTest::newRow("deeper nesting") << QStringLiteral("((ab)*c)+") << false << QStringLiteral("nested quantifiers");
        QTest::newRow("alternation repeated")
            << QStringLiteral("(a|aa)+b") << false << QStringLiteral("nested quantifiers");
        QTest::newRow("counted repeat of a repeat")
            << QStringLiteral("(x+){2,10}") << false << QStringLiteral("nested quantifiers");
        QTest::newRow("back-reference") << QStringLiteral("(a)\\1") << false << QStringLiteral("back-references");
        QTest::newRow("huge count") << QStringLiteral("a{1,5000}") << false << QStringLiteral("1000");
        QTest::newRow("too long") << QString(201, QLatin1Char('a')) << false << QStringLiteral("longer than");
        QTest::newRow("does not compile")
            << QStringLiteral("(abc") << false << QStringLiteral("invalid regular expression");
        QTest::newRow("empty") << QString() << false << QStringLiteral("empty");
    }
    void regex()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, accepted);
        QFETCH(QString, errorPart);
        QString error;
        const auto regex = BoundedRegex::compile(pattern, &error);
        QCOMPARE(regex.has_value(), accepted);
        if (!accepted)
            QVERIFY2(error.contains(errorPart), qPrintable(error));
    }

    void regexSeesOnlyTheStartOfHugeInput()
    {
        const auto regex = BoundedRegex::compile(QStringLiteral("needle"), nullptr);
        QVERIFY(regex);
        QString text(MaxRegexInputChars + 10, QLatin1Char('x'));
        QVERIFY(!regex->matches(text + QStringLiteral("needle")));
        QVERIFY(regex->matches(QStringLiteral("a needle") + text));
        QVERIFY(regex->matches(QStringLiteral("NEEDLE"))); // case-insensitive
    }

    // A polynomial expression passes the pattern checks; PCRE2's match limit bounds the work per ticket (it took
    // 3.7 s on 20 long tickets with the library's default limit).
    void polynomialRegexIsBoundedPerTicket()
    {
        const QString pattern = QStringLiteral("\\w*\\w*\\w*\\w*\\w*\\w*\\W\\d");
        const auto regex = BoundedRegex::compile(pattern, nullptr);
        QVERIFY(regex);
        QCOMPARE(regex->pattern(), pattern);
        QVERIFY(regex->matches(QStringLiteral("order #5")));
        const QString ticket(MaxRegexInputChars, QLatin1Char('a'));
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 20; ++i)
            QVERIFY(!regex->matches(ticket));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QStringLiteral("%1 ms for 20 tickets").arg(timer.elapsed())));
        QString error;
        QVERIFY(!BoundedRegex::compile(QStringLiteral("ab(c"), &error));
        QVERIFY2(error.startsWith(QLatin1String("invalid regular expression at offset 4")), qPrintable(error));
    }

    void language_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("Hi, I can't log in to my account and I need it for the meeting.")
                            << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("Hallo, ich kann mich nicht anmelden und das Konto ist gesperrt.")
                            << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("Bonjour, je ne peux pas me connecter à mon compte depuis hier.")
                            << QStringLiteral("fr");
        QTest::newRow("es") << QStringLiteral("Hola, no puedo entrar en mi cuenta y tengo una reunión.")
                            << QStringLiteral("es");
        QTest::newRow("unknown is en") << QStringLiteral("404 500 xyz") << QStringLiteral("en");
    }
    void language()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(detectLanguage(MatchText(text)), language);
    }
};

QTEST_GUILESS_MAIN(TestTextMatch)
#include "test_textmatch.moc"
