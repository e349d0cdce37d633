// The HTTP client against a raw local server: retries, back-off, Retry-After, no retry on 401, size cap,
// cancellation, and secrets kept out of logs and messages.

#include "fakeclock.h"
#include "fakehttpserver.h"

#include "sources/httpclient.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QTimer>
#include <QtTest>

using namespace RouteDesk;
using namespace RouteDesk::Test;

namespace {

QStringList capturedMessages;
QMutex capturedMutex;

void captureHandler(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&capturedMutex);
    capturedMessages.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1String(": ")
                            + message);
}

HttpOptions fastOptions()
{
    HttpOptions options;
    options.timeoutMs = 5000;
    options.retry.maxAttempts = 4;
    options.retry.baseDelayMs = 1000;
    options.retry.maxDelayMs = 60'000;
    options.retry.maxRetryAfterMs = 60'000;
    options.retry.maxRateLimitWaits = 3;
    return options;
}

// Answers from a script: one reply per request, the last one repeated.
FakeHttpServer::Handler script(QList<FakeReply> replies)
{
    auto queue = std::make_shared<QList<FakeReply>>(std::move(replies));
    return [queue](const FakeRequest &) {
        return queue->size() > 1 ? queue->takeFirst() : queue->constFirst();
    };
}

QUrl freePortUrl()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port));
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_server.listen());
        m_server.clearRequests();
    }
    void cleanup() { m_server.close(); }

    void retriesServerErrorsWithExponentialBackoff()
    {
        m_server.setHandler(script(
            {FakeReply::text(500, "boom"), FakeReply::text(502, "bad gateway"), FakeReply::json(200, {{"ok", true}})}));
        FakeClock clock;
        HttpClient client(fastOptions(), &clock);
        client.setRandomSource([] { return 0.0; }); // no jitter taken off
        const HttpResponse response
            = client.send(HttpRequest::get(m_server.url().resolved(QUrl(QStringLiteral("/a")))));
        QVERIFY2(response.ok(), qPrintable(response.errorString));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.attempts, 3);
        QCOMPARE(m_server.requests().size(), 3);
        QCOMPARE(clock.sleeps, (QList<qint64> {1000, 2000}));
    }

    void jitterStaysWithinItsBounds()
    {
        m_server.setHandler(script({FakeReply::text(503, "busy")}));
        FakeClock clock;
        HttpOptions options = fastOptions();
        options.retry.maxAttempts = 6;
        HttpClient client(options, &clock); // the real random source
        const HttpResponse response = client.send(HttpRequest::get(m_server.url()));
        QCOMPARE(response.error, HttpError::ServerError);
        QCOMPARE(clock.sleeps.size(), 5);
        for (int i = 0; i < clock.sleeps.size(); ++i) {
            const qint64 full = 1000LL << i;
            QVERIFY2(clock.sleeps.at(i) >= full / 2 && clock.sleeps.at(i) <= full,
                     qPrintable(QStringLiteral("sleep %1 = %2").arg(i).arg(clock.sleeps.at(i))));
        }
    }

    void givesUpAfterTheAttemptLimit()
    {
        m_server.setHandler(script({FakeReply::text(503, "busy")}));
        FakeClock clock;
        HttpClient client(fastOptions(), &clock);
        const HttpResponse response = client.send(HttpRequest::get(m_server.url()));
        QCOMPARE(response.error, HttpError::ServerError);
        QVERIFY(response.transient());
        QCOMPARE(m_server.requests().size(), 4);
        QCOMPARE(clock.sleeps.size(), 3);
        QVERIFY2(response.errorString.contains(QLatin1String("gave up after 4 attempts")),
                 qPrintable(response.errorString));
    }

    void backoffIsCapped()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 500;
        policy.maxDelayMs = 4000;
        policy.jitter = 0.5;
        QCOMPARE(policy.backoffMs(1, 0.0), 500);
        QCOMPARE(policy.backoffMs(2, 0.0), 1000);
        QCOMPARE(policy.backoffMs(4, 0.0), 4000);
        QCOMPARE(policy.backoffMs(20, 0.0), 4000);
        QCOMPARE(policy.backoffMs(4, 1.0), 2000);
    }

    void rateLimitWaitsForRetryAfterSeconds()
    {
        m_server.setHandler(script({FakeReply::json(429, {{"error", "slow down"}}).header("Retry-After", "7"),
                                    FakeReply::json(200, {{"ok", true}})}));
        FakeClock clock;
        HttpClient client(fastOptions(), &clock);
        const HttpResponse response = client.send(HttpRequest::get(m_server.url()));
        QVERIFY2(response.ok(), qPrintable(response.errorString));
        QCOMPARE(clock.sleeps, (QList<qint64> {7000}));
    }

    void rateLimitWaitsForRetryAfterHttpDate()
    {
        FakeClock clock;
        const QByteArray date
            = QLocale::c()
                  .toString(clock.now().addSecs(30), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                  .toLatin1();
        m_server.setHandler(script({FakeReply::text(429, "").header("Retry-After", date), FakeReply::text(200, "ok")}));
        HttpClient client(fastOptions(), &clock);
        const HttpResponse response = client.send(HttpRequest::get(m_server.url()));
        QVERIFY2(response.ok(), qPrintable(response.errorString));
        QCOMPARE(clock.sleeps, (QList<qint64> {30'000}));
    }

    void rateLimitWaitIsCapped()
    {
        m_server.setHandler(
            script({FakeReply::text(429, "").header("Retry-After", "86400"), FakeReply::text(200, "ok")}));
        FakeClock clock;
        HttpClient client(fastOptions(), &clock);
        QVERIFY(client.send(HttpRequest::get(m_server.url())).ok());
        QCOMPARE(clock.sleeps, (QList<qint64> {60'000}));
    }

    void rateLimitGivesUpEventually()
    {
        m_server.setHandler(script({FakeReply::text(429, "").header("Retry-After", "1")}));
        FakeClock clock;
        HttpClient client(fastOptions(), &clock);
        const HttpResponse response = client.send(HttpRequest::get(m_server.url()));
        QCOMPARE(response.error, HttpError::RateLimited);
        QCOMPARE(m_server.requests().size(), 4); // the first answer and three waits
        QCOMPARE(clock.sleeps, (QList<qint64> {1000, 1000, 1000}));
    }

    void parsesRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("seconds") << QByteArray("120") << qint64(120'000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("date") << QByteArray("Wed, 25 Nov 2026 10:01:00 GMT") << qint64(60'000);
        QTest::newRow("date in the past") << QByteArray("Wed, 25 Nov 2026 09:00:00 GMT") << qint64(0);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    }
    void parsesRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        const QDateTime now(QDate(2026, 11, 25), QTime(10, 0), QTimeZone::utc());
        QCOMPARE(HttpClient::parseRetryAfterMs(value, now), expected);
    }

    void unauthorizedStopsAtOnce_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("401") << 401;
        QTest::newRow("403") << 403;
    }
    void unauthorizedStopsAtOnce()
    {
        QFETCH(int, status);
        m_server.setHandler(script({FakeReply::json(status, {{"error", "Couldn't authenticate you"}})}));
        FakeClock clock;
        HttpClient client(fastOptions(), &clock);
        client.setBasicAuth(QStringLiteral("ana@example.com/token"), QStringLiteral("s3cr3t-t0ken"));
        const HttpResponse response = client.send(HttpRequest::get(m_server.url()));
        QCOMPARE(response.error, HttpError::AuthenticationFailed);
        QVERIFY(!response.transient());
        QCOMPARE(m_server.requests().size(), 1);
        QVERIFY(clock.sleeps.isEmpty());
        QVERIFY(response.errorString.contains(QLatin1String("credentials")));
        QVERIFY(!response.errorString.contains(QLatin1String("s3cr3t")));
    }

    void otherClientErrorsAreNotRetried()
    {
        m_server.setHandler(script({FakeReply::json(404, {{"error", "RecordNotFound"}})}));
        FakeClock clock;
        HttpClient client(fastOptions(), &clock);
        const HttpResponse response = client.send(HttpRequest::get(m_server.url()));
        QCOMPARE(response.error, HttpError::HttpStatus);
        QCOMPARE(response.status, 404);
        QCOMPARE(m_server.requests().size(), 1);
    }

    void droppedConnectionsAreRetried_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("drop") << int(FakeReply::Kind::Drop);
        QTest::newRow("garbage") << int(FakeReply::Kind::Garbage);
        QTest::newRow("truncated body") << int(FakeReply::Kind::Truncated);
    }
    void droppedConnectionsAreRetried()
    {
        QFETCH(int, kind);
        // Qt itself re-sends a GET once or twice when the connection closes before an answer; several faults in a
        // row get past that and reach the client's own back-off.
        const FakeReply fault = FakeReply::of(FakeReply::Kind(kind));
        m_server.setHandler(script({fault, fault, fault, fault, fault, FakeReply::json(200, {{"ok", true}})}));
        FakeClock clock;
        HttpOptions options = fastOptions();
        options.retry.maxAttempts = 6;
        HttpClient client(options, &clock);
        const HttpResponse response = client.send(HttpRequest::get(m_server.url()));
        QVERIFY2(response.ok(), qPrintable(response.errorString));
        QCOMPARE(m_server.requests().size(), 6);
        QVERIFY(!clock.sleeps.isEmpty());
        QCOMPARE(clock.sleeps.size(), response.attempts - 1);
    }

    void postIsNotRepeatedAfterADrop()
    {
        m_server.setHandler(script({FakeReply::of(FakeReply::Kind::Drop), FakeReply::json(201, {{"ok", true}})}));
        FakeClock clock;
        HttpClient client(fastOptions(), &clock);
        const HttpResponse response
            = client.send(HttpRequest::withJson("POST", m_server.url(), {{"Content", "a note"}}));
        QCOMPARE(response.error, HttpError::ConnectionDropped);
        QVERIFY(response.transient()); // the caller (the outbox) retries after checking for an earlier delivery
        QCOMPARE(m_server.requests().size(), 1); // neither the client nor Qt's HTTP stack sent it again
        QVERIFY(response.errorString.contains(QLatin1String("not repeated")));
    }

    void nonIdempotentPutIsNotRepeated()
    {
        m_server.setHandler(script({FakeReply::of(FakeReply::Kind::Drop), FakeReply::json(200, {{"ok", true}})}));
        FakeClock clock;
        HttpClient client(fastOptions(), &clock);
        HttpRequest put = HttpRequest::withJson("PUT", m_server.url(), {{"ticket", {{"comment", "a note"}}}});
        put.notIdempotent = true;
        const HttpResponse response = client.send(put);
        QCOMPARE(response.error, HttpError::ConnectionDropped);
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(m_server.requests().constFirst().json()["ticket"]["comment"], "a note");
    }

    void refusedConnectionsAreRetried()
    {
        const QUrl closed = freePortUrl();
        FakeClock clock;
        HttpClient client(fastOptions(), &clock);
        const HttpResponse response = client.send(HttpRequest::withJson("POST", closed, {{"a", 1}}));
        QCOMPARE(response.error, HttpError::ConnectionRefused);
        QCOMPARE(response.attempts, 4); // POST too: nothing reached a server
        QCOMPARE(clock.sleeps.size(), 3);
    }

    void timeoutsAreRetried()
    {
        m_server.setHandler(script({FakeReply::of(FakeReply::Kind::Hang)}));
        FakeClock clock;
        HttpOptions options = fastOptions();
        options.timeoutMs = 200;
        options.retry.maxAttempts = 2;
        HttpClient client(options, &clock);
        QElapsedTimer timer;
        timer.start();
        const HttpResponse response = client.send(HttpRequest::get(m_server.url()));
        QCOMPARE(response.error, HttpError::Timeout);
        QCOMPARE(m_server.requests().size(), 2);
        QVERIFY2(timer.elapsed() < 10'000, "the transfer time-out did not fire");
        QVERIFY(response.errorString.contains(QLatin1String("no answer within")));
    }

    void oversizedBodiesAreRefusedNotRetried()
    {
        m_server.setHandler(script({FakeReply::text(200, QByteArray(2 * 1024 * 1024, 'x'), "application/json")}));
        FakeClock clock;
        HttpOptions options = fastOptions();
        options.maxBodyBytes = 1024 * 1024;
        HttpClient client(options, &clock);
        const HttpResponse response = client.send(HttpRequest::get(m_server.url()));
        QCOMPARE(response.error, HttpError::TooLarge);
        QVERIFY(response.body.isEmpty());
        QCOMPARE(m_server.requests().size(), 1);
    }

    void malformedJsonIsAnErrorNotACrash()
    {
        m_server.setHandler(script({FakeReply::text(200, "{\"tickets\": [1, 2,", "application/json")}));
        HttpClient client(fastOptions());
        const HttpResponse response = client.send(HttpRequest::get(m_server.url()));
        QVERIFY(response.ok());
        nlohmann::json json;
        QString error;
        QVERIFY(!response.json(&json, &error));
        QVERIFY2(error.contains(QLatin1String("malformed JSON"))
                     && error.contains(QLatin1String("GET http://127.0.0.1")),
                 qPrintable(error));
    }

    void cancelStopsARequestInFlight()
    {
        m_server.setHandler(script({FakeReply::of(FakeReply::Kind::Hang)}));
        Cancellation cancellation;
        HttpOptions options = fastOptions();
        options.timeoutMs = 60'000;
        HttpClient client(options);
        client.setCancellation(&cancellation);
        QTimer::singleShot(150, &m_server, [&cancellation] { cancellation.cancel(); });
        QElapsedTimer timer;
        timer.start();
        const HttpResponse response = client.send(HttpRequest::get(m_server.url()));
        QCOMPARE(response.error, HttpError::Cancelled);
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(m_server.requests().size(), 1);
    }

    void cancelStopsABackoffWait()
    {
        Cancellation cancellation;
        m_server.setHandler([&cancellation](const FakeRequest &) {
            cancellation.cancel();
            return FakeReply::text(500, "boom");
        });
        FakeClock clock;
        HttpClient client(fastOptions(), &clock);
        client.setCancellation(&cancellation);
        const HttpResponse response = client.send(HttpRequest::get(m_server.url()));
        QCOMPARE(response.error, HttpError::Cancelled);
        QCOMPARE(m_server.requests().size(), 1);
    }

    void realClockSleepIsCancellable()
    {
        Cancellation cancellation;
        cancellation.cancel();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!HttpClock::system()->sleep(10'000, &cancellation));
        QVERIFY(timer.elapsed() < 1000);
    }

    void sendAllKeepsOrderAndRetriesEach()
    {
        auto failedOnce = std::make_shared<QSet<QString>>();
        m_server.setHandler([failedOnce](const FakeRequest &request) {
            if (request.path.endsWith(QLatin1Char('3')) && !failedOnce->contains(request.path)) {
                failedOnce->insert(request.path);
                return FakeReply::of(FakeReply::Kind::Drop);
            }
            return FakeReply::json(200, {{"path", request.path.toStdString()}});
        });
        FakeClock clock;
        HttpClient client(fastOptions(), &clock);
        QList<HttpRequest> requests;
        for (int i = 0; i < 10; ++i)
            requests.append(HttpRequest::get(m_server.url().resolved(QUrl(QStringLiteral("/item/%1").arg(i)))));
        const QList<HttpResponse> responses = client.sendAll(requests);
        QCOMPARE(responses.size(), 10);
        for (int i = 0; i < 10; ++i) {
            QVERIFY2(responses.at(i).ok(), qPrintable(responses.at(i).errorString));
            nlohmann::json body;
            QVERIFY(responses.at(i).json(&body, nullptr));
            QCOMPARE(QString::fromStdString(body["path"].get<std::string>()), QStringLiteral("/item/%1").arg(i));
        }
        QCOMPARE(m_server.requests().size(), 11);
    }

    void secretsNeverReachLogsOrMessages()
    {
        const QString secret = QStringLiteral("Pa55-w0rd-never-logged");
        capturedMessages.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("routedesk.*=true"));
        const QtMessageHandler previous = qInstallMessageHandler(captureHandler);

        m_server.setHandler(script({FakeReply::text(500, "x"), FakeReply::json(200, {{"ok", true}}),
                                    FakeReply::json(401, {{"error", "no"}})}));
        FakeClock clock;
        HttpClient client(fastOptions(), &clock);
        client.setBasicAuth(QStringLiteral("root"), secret);
        QStringList errors;
        for (int i = 0; i < 2; ++i)
            errors.append(client.send(HttpRequest::get(m_server.url().resolved(QUrl(QStringLiteral("/t?query=a+b")))))
                              .errorString);
        errors.append(client.send(HttpRequest::get(freePortUrl())).errorString);

        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        // The secret did go to the server, in the header only.
        const QByteArray expected = "Basic " + (QStringLiteral("root:") + secret).toUtf8().toBase64();
        QCOMPARE(m_server.requests().constFirst().headers.value("authorization"), expected);
        QVERIFY2(!capturedMessages.isEmpty(), "nothing was logged: the check below would prove nothing");
        const QString base64 = QString::fromLatin1((QStringLiteral("root:") + secret).toUtf8().toBase64());
        for (const QString &line : std::as_const(capturedMessages)) {
            QVERIFY2(!line.contains(secret) && !line.contains(base64), qPrintable(line));
        }
        for (const QString &error : std::as_const(errors))
            QVERIFY2(!error.contains(secret) && !error.contains(base64), qPrintable(error));
        QVERIFY(errors.at(1).contains(QLatin1String("401")));
    }

private:
    FakeHttpServer m_server;
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "test_httpclient.moc"
