// Request Tracker's answers that are not what they seem, on a loopback server shaped like RT: a refused user or
// password comes back as HTTP 200 with the HTML login form, and a malformed answer is named by its URL as sent
// (percent-encoded, which QString::arg() once garbled).

#include "fakeclock.h"
#include "fakehttpserver.h"

#include "sources/sourceconfig.h"
#include "sources/ticketsource.h"

#include <QtTest>

using namespace RouteDesk;
using namespace RouteDesk::Test;

namespace {

const QByteArray kLoginForm = "<!DOCTYPE html><html><head><title>Login</title></head><body>"
                              "<div id=\"login-box\"><form id=\"login\" name=\"login\" method=\"post\" "
                              "action=\"/NoAuth/Login.html\"><input type=\"text\" name=\"user\" />"
                              "<input type=\"password\" name=\"pass\" /></form></div></body></html>";

SourceConfig rtConfig(const QUrl &url)
{
    qputenv("ROUTEDESK_TEST_RTLOGIN_PASSWORD", "not-the-password");
    const nlohmann::json document = {{"type", "rt"},
                                     {"url", url.toString().toStdString()},
                                     {"username", "ana"},
                                     {"password_env", "ROUTEDESK_TEST_RTLOGIN_PASSWORD"},
                                     {"query", "Queue = 'General'"}};
    SourceConfig config;
    QString error;
    if (!SourceConfig::parse(document, {}, &config, &error))
        qFatal("bad RT source document: %s", qPrintable(error));
    return config;
}

} // namespace

class TestRtLogin : public QObject
{
    Q_OBJECT

    FakeClock m_clock;

    SourcePage firstPage(FakeHttpServer *server)
    {
        QString error;
        auto source = createTicketSource(rtConfig(server->url()), &error, &m_clock);
        if (!source)
            qFatal("%s", qPrintable(error));
        return source->fetchPage(QString());
    }

private slots:
    void wrongPasswordIsNamed()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        // What RT does with a wrong password: the login form again, with 200, for the web login and for the API.
        server.setHandler([](const FakeRequest &) { return FakeReply::text(200, kLoginForm, "text/html"); });
        const SourcePage page = firstPage(&server);
        QCOMPARE(page.error, SourcePage::Error::Authentication);
        QVERIFY2(page.errorString.contains(QLatin1String("RT refused the user 'ana' or its password")),
                 qPrintable(page.errorString));
        QVERIFY2(!page.errorString.contains(QLatin1String("malformed JSON")), qPrintable(page.errorString));
        QVERIFY2(page.errorString.contains(QLatin1String("fields=Subject%2CStatus%2CQueue")),
                 qPrintable(page.errorString));
        // Refused is refused: not retried.
        QCOMPARE(server.count("GET", QStringLiteral("/REST/2.0/tickets")), 1);
    }

    void malformedAnswerKeepsItsUrl()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeRequest &request) {
            if (request.path.startsWith(QLatin1String("/NoAuth/")))
                return FakeReply::text(200, "<html><body>RT at a glance</body></html>", "text/html");
            return FakeReply::text(200, "{\"items\": [", "application/json");
        });
        const SourcePage page = firstPage(&server);
        QVERIFY(!page.ok());
        QVERIFY2(page.errorString.contains(QLatin1String("malformed JSON in the answer to GET")),
                 qPrintable(page.errorString));
        QVERIFY2(page.errorString.contains(QLatin1String("fields=Subject%2CStatus%2CQueue%2CRequestor")),
                 qPrintable(page.errorString));
        QVERIFY2(page.errorString.contains(QLatin1String("(11 bytes; line 1:")), qPrintable(page.errorString));
    }
};

QTEST_GUILESS_MAIN(TestRtLogin)
#include "test_rtlogin.moc"
