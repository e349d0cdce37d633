// HTML message bodies become safe plain text: tags, scripts and styles go, entities are decoded, line breaks stay.

#include "sources/htmltext.h"

#include <QtTest>

using namespace RouteDesk;

class TestHtmlText : public QObject
{
    Q_OBJECT

private slots:
    void converts_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("paragraphs") << QStringLiteral("<p>Hello</p><p>World</p>") << QStringLiteral("Hello\n\nWorld");
        QTest::newRow("br") << QStringLiteral("Line one<br>Line two<br/>Line three")
                            << QStringLiteral("Line one\nLine two\nLine three");
        QTest::newRow("script and style dropped") << QStringLiteral(
            "<style>p{color:red}</style><p>Hi</p><script>alert('x')</script><SCRIPT type=x>document.cookie</SCRIPT>ok")
                                                  << QStringLiteral("Hi\n\nok");
        QTest::newRow("script end tag in a string")
            << QStringLiteral("<script>var s = \"</scripts>\";</script>after") << QStringLiteral("after");
        QTest::newRow("head and title dropped")
            << QStringLiteral("<html><head><title>T</title><meta charset=utf-8></head><body>Body</body></html>")
            << QStringLiteral("Body");
        QTest::newRow("named entities") << QStringLiteral(
            "Fish &amp; chips &lt;3 &quot;yes&quot; &euro;5&nbsp;now &hellip;")
                                        << QStringLiteral("Fish & chips <3 \"yes\" €5 now …");
        QTest::newRow("numeric entities")
            << QStringLiteral("&#65;&#x42;&#X43; &#8364; &#128512;") << QStringLiteral("ABC € \U0001F600");
        QTest::newRow("unknown entity kept")
            << QStringLiteral("AT&T &bogus; a&b") << QStringLiteral("AT&T &bogus; a&b");
        QTest::newRow("control characters removed")
            << QStringLiteral("a&#0;b&#7;c&#x1b;d") << QStringLiteral("a\uFFFDbcd");
        QTest::newRow("whitespace collapsed")
            << QStringLiteral("  lots   of\n\n  space  ") << QStringLiteral("lots of space");
        QTest::newRow("pre keeps lines") << QStringLiteral("<pre>a\n  b\n</pre>tail")
                                         << QStringLiteral("a\n  b\n\ntail");
        QTest::newRow("list items") << QStringLiteral("<ul><li>one</li><li>two</li></ul>")
                                    << QStringLiteral("- one\n- two");
        QTest::newRow("table cells") << QStringLiteral(
            "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>")
                                     << QStringLiteral("a\tb\nc");
        QTest::newRow("links keep their text only")
            << QStringLiteral("<a href=\"http://evil.example/track?x\">click</a> here") << QStringLiteral("click here");
        QTest::newRow("images: alt text, no fetch")
            << QStringLiteral("<img src=\"http://tracker.example/p.gif\" alt=\"logo\"> <img src='x'>")
            << QStringLiteral("logo");
        QTest::newRow("comments") << QStringLiteral("a<!-- hidden <p>x</p> -->b") << QStringLiteral("ab");
        QTest::newRow("attributes with >")
            << QStringLiteral("<div title=\"a > b\">text</div>") << QStringLiteral("text");
        QTest::newRow("lone less-than") << QStringLiteral("if a < b then") << QStringLiteral("if a < b then");
        QTest::newRow("unterminated tag") << QStringLiteral("hello <div class=") << QStringLiteral("hello");
        QTest::newRow("iframe and object")
            << QStringLiteral("<iframe src=x>inside</iframe><object>o</object>shown") << QStringLiteral("shown");
        QTest::newRow("many blank lines")
            << QStringLiteral("<p>a</p><p></p><p></p><div></div><p>b</p>") << QStringLiteral("a\n\nb");
    }
    void converts()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(htmlToPlainText(html), text);
    }

    void detectsHtml()
    {
        QVERIFY(looksLikeHtml(QStringLiteral("<p>x</p>")));
        QVERIFY(looksLikeHtml(QStringLiteral("anything"), QStringLiteral("text/html; charset=utf-8")));
        QVERIFY(!looksLikeHtml(QStringLiteral("<p>x</p>"), QStringLiteral("text/plain")));
        QVERIFY(!looksLikeHtml(QStringLiteral("a < b and c > d")));
        QCOMPARE(plainTextBody(QStringLiteral("x <b>y</b>")), QStringLiteral("x y"));
        QCOMPARE(plainTextBody(QStringLiteral("  plain\r\ntext  ")), QStringLiteral("plain\ntext"));
    }

    void survivesHostileInput()
    {
        // Deep nesting, huge attribute, binary junk: no crash, no hang, bounded output.
        QString nasty = QString(5000, QLatin1Char('<')) + QStringLiteral("div") + QString(100'000, QLatin1Char('"'));
        nasty += QStringLiteral("<script>") + QString(100'000, QLatin1Char('x'));
        for (int i = 0; i < 2000; ++i)
            nasty += QStringLiteral("<b><i>&#xFFFFFFFF;&#99999999999;");
        const QString text = htmlToPlainText(nasty);
        QVERIFY(text.size() < nasty.size());
    }
};

QTEST_GUILESS_MAIN(TestHtmlText)
#include "test_htmltext.moc"
