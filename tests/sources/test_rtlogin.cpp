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

SourceConfig rtConfig(const QUrl &url, const nlohmann::json &extra = nlohmann::json::object())
{
    qputenv("ROUTEDESK_TEST_RTLOGIN_PASSWORD", "not-the-password");
    nlohmann::json document = {{"type", "rt"},
                               {"url", url.toString().toStdString()},
                               {"username", "ana"},
                               {"password_env", "ROUTEDESK_TEST_RTLOGIN_PASSWORD"},
                               {"query", "Queue = 'General'"}};
    document.update(extra);
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

    // A user without rights on a queue gets 403 from RT: that is a rights problem the first sync names as a
    // warning, not "RT has no queue" (which sent admins looking for a queue that exists) and not a failed sync; a
    // custom field the user may not see is named as possibly hidden.
    void aQueueTheUserMayNotSeeIsNamedAsARightsProblem()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeRequest &request) {
            if (request.path.startsWith(QLatin1String("/NoAuth/")))
                return FakeReply::text(200, "<html><body>RT at a glance</body></html>", "text/html");
            if (request.path == QLatin1String("/REST/2.0/queue/Billing"))
                return FakeReply::json(403, {{"message", "Forbidden"}});
            if (request.path == QLatin1String("/REST/2.0/queue/Escalations"))
                return FakeReply::json(200, {{"id", 7}, {"Name", "Escalations"}, {"Disabled", "0"}});
            if (request.path == QLatin1String("/REST/2.0/customfields"))
                return FakeReply::json(200,
                                       {{"items", nlohmann::json::array()},
                                        {"total", 0},
                                        {"count", 0},
                                        {"page", 1},
                                        {"pages", 1},
                                        {"per_page", 20}});
            return FakeReply::json(404, {{"message", "Not Found"}});
        });
        QString error;
        auto source = createTicketSource(rtConfig(server.url(),
                                                  {{"queue_map", {{"billing", "Billing"}}},
                                                   {"escalation_queue", "Escalations"},
                                                   {"category_field", "Category"}}),
                                         &error, &m_clock);
        QVERIFY2(source, qPrintable(error));
        QList<SourceWarning> warnings;
        QVERIFY2(source->checkWriteback(&warnings, &error), qPrintable(error));
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(warnings.at(0).code, SourceWarning::Code::HiddenQueue);
        QCOMPARE(warnings.at(0).name, QStringLiteral("Billing"));
        QVERIFY2(warnings.at(0).message.contains(QLatin1String("does not let the user 'ana' see the queue 'Billing'")),
                 qPrintable(warnings.at(0).message));
        QVERIFY2(!warnings.at(0).message.contains(QLatin1String("has no queue")), qPrintable(warnings.at(0).message));
        QCOMPARE(warnings.at(1).code, SourceWarning::Code::MissingField);
        QVERIFY2(warnings.at(1).message.contains(QLatin1String("that the user 'ana' may see")),
                 qPrintable(warnings.at(1).message));
    }
};

QTEST_GUILESS_MAIN(TestRtLogin)
#include "test_rtlogin.moc"
