// The chat-completions client against a small HTTP server on loopback that speaks the protocol: a good answer,
// HTTP 500, 429, malformed JSON and a server that never answers. The API key never shows up in the log or in
// an error; every failure falls back to the template draft with a note.

#include "enginetestsupport.h"

#include "chatserver.h"
#include "specialist/llmclient.h"

#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace RouteDesk;
using nlohmann::json;
using RouteDesk::Test::ChatServer;

namespace {

const QString Key = QStringLiteral("sk-test-9f2c41d7e0a8b6");

// Everything logged while a test runs.
QMutex logMutex;
QStringList logged;
QtMessageHandler previousHandler = nullptr;
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logged.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

LlmConfig configFor(const ChatServer &server, int timeoutMs = 5000)
{
    LlmConfig config;
    config.baseUrl = server.url();
    config.model = QStringLiteral("tiny-test-model");
    config.apiKey = Key;
    config.timeoutMs = timeoutMs;
    return config;
}

DraftRequest request()
{
    return DraftRequest {QStringLiteral("You are a support specialist."), QStringLiteral("How do I export?"),
                         QStringLiteral("en")};
}

} // namespace

class TestLlmClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("routedesk.*=true"));
        previousHandler = qInstallMessageHandler(capture);
    }
    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }
    void init()
    {
        QMutexLocker lock(&logMutex);
        logged.clear();
    }
    void cleanup()
    {
        QMutexLocker lock(&logMutex);
        for (const QString &line : std::as_const(logged))
            QVERIFY2(!line.contains(Key), qPrintable(QStringLiteral("key in the log: ") + line));
    }

    void answers()
    {
        ChatServer server(ChatServer::Mode::Ok);
        const LlmClient client(configFor(server));
        QString text, error;
        QVERIFY2(client.complete(request(), &text, &error), qPrintable(error));
        QCOMPARE(text, QStringLiteral("Hello Maria, here is how to export your board to CSV: Project > Export."));
        QCOMPARE(server.requestLine, QByteArray("POST /v1/chat/completions HTTP/1.1"));
        QCOMPARE(server.authorization, QByteArray("Bearer ") + Key.toUtf8());
        QCOMPARE(server.body.value("model", ""), std::string("tiny-test-model"));
        QCOMPARE(server.body["messages"].size(), size_t(2));
        QCOMPARE(server.body["messages"][0]["role"], "system");
        QCOMPARE(server.body["messages"][0]["content"], "You are a support specialist.");
        QCOMPARE(server.body["messages"][1]["role"], "user");
        QVERIFY(!client.name().contains(Key));
        QMutexLocker lock(&logMutex);
        QVERIFY(logged.join(QLatin1Char('\n')).contains(QLatin1String("POST http://127.0.0.1")));
    }

    void failures_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("500") << int(ChatServer::Mode::ServerError) << 5000
                             << QStringLiteral("HTTP 500 from the server");
        QTest::newRow("429") << int(ChatServer::Mode::RateLimited) << 5000
                             << QStringLiteral("rate limited by the server (HTTP 429)");
        QTest::newRow("malformed") << int(ChatServer::Mode::Malformed) << 5000 << QStringLiteral("malformed answer");
        QTest::newRow("time-out") << int(ChatServer::Mode::Silent) << 300 << QStringLiteral("no answer within 300 ms");
    }
    void failures()
    {
        QFETCH(int, mode);
        QFETCH(int, timeoutMs);
        QFETCH(QString, errorPart);
        ChatServer server {ChatServer::Mode(mode)};
        const LlmClient client(configFor(server, timeoutMs));
        QString text, error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!client.complete(request(), &text, &error));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY2(!error.contains(Key), qPrintable(error));
        QVERIFY(text.isEmpty());
        QVERIFY(timer.elapsed() < 4000);
        QCOMPARE(server.requests, 1);
    }

    void serverErrorEchoingTheKeyIsScrubbed()
    {
        ChatServer server(ChatServer::Mode::ServerError);
        const LlmClient client(configFor(server));
        QString text, error;
        QVERIFY(!client.complete(request(), &text, &error));
        QVERIFY2(error.contains(QLatin1String("internal error for key Bearer ***")), qPrintable(error));
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        LlmConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
        config.model = QStringLiteral("m");
        config.apiKey = Key;
        QString text, error;
        QVERIFY(!LlmClient(config).complete(request(), &text, &error));
        QVERIFY2(error.startsWith(QLatin1String("network error")), qPrintable(error));
    }

    void pipelineUsesTheLlmAndFallsBack()
    {
        const Ticket ticket
            = Test::ticketWith(QStringLiteral("Export"), QStringLiteral("How do I export my board to CSV?"));
        {
            auto server = std::make_unique<ChatServer>(ChatServer::Mode::Ok);
            const Pipeline pipeline(Test::demoWorkspace(), Test::demoClassifier(),
                                    std::make_shared<LlmClient>(configFor(*server)));
            const PipelineResult result = pipeline.runDetailed(ticket);
            QCOMPARE(result.draft.source, Draft::Source::Llm);
            QCOMPARE(result.decision.draft,
                     QStringLiteral("Hello Maria, here is how to export your board to CSV: Project > Export."));
            // The system message carries the specialist's instructions and the user message the ticket.
            const QString system = QString::fromStdString(server->body["messages"][0]["content"].get<std::string>());
            const Specialist *specialist = Test::demoWorkspace()->specialist(result.draft.specialist);
            QVERIFY(specialist);
            QVERIFY(system.contains(specialist->instructions));
            QVERIFY(system.contains(QLatin1String("Never promise a refund")));
            const QString user = QString::fromStdString(server->body["messages"][1]["content"].get<std::string>());
            QVERIFY(user.contains(QLatin1String("How do I export my board to CSV?")));
        }
        {
            ChatServer server(ChatServer::Mode::RateLimited);
            const Pipeline pipeline(Test::demoWorkspace(), Test::demoClassifier(),
                                    std::make_shared<LlmClient>(configFor(server)));
            const PipelineResult result = pipeline.runDetailed(ticket);
            QCOMPARE(result.draft.source, Draft::Source::Template);
            QVERIFY(!result.decision.draft.isEmpty());
            QVERIFY2(
                result.decision.explanation.join(QLatin1Char('\n'))
                    .contains(QLatin1String(
                        "LLM drafting failed (rate limited by the server (HTTP 429)): this is the template draft")),
                qPrintable(result.decision.explanation.join(QLatin1Char('\n'))));
        }
        {
            // A fluent answer that promises a refund is worse than the cautious template.
            ChatServer server(ChatServer::Mode::Promise);
            const Pipeline pipeline(Test::demoWorkspace(), Test::demoClassifier(),
                                    std::make_shared<LlmClient>(configFor(server)));
            const Ticket refund = Test::ticketWith(QStringLiteral("Refund"),
                                                   QStringLiteral("Please refund my last payment of 19 USD."));
            const PipelineResult result = pipeline.runDetailed(refund);
            QCOMPARE(result.draft.source, Draft::Source::Template);
            QVERIFY(!result.decision.draft.contains(QLatin1String("we have refunded")));
            QVERIFY(result.draft.notes.join(QLatin1Char(' '))
                        .contains(QLatin1String("The LLM draft promised \"we have refunded\"")));
        }
    }

    void configurationFromTheEnvironment()
    {
        qunsetenv("ROUTEDESK_LLM_URL");
        qunsetenv("ROUTEDESK_LLM_MODEL");
        QVERIFY(!LlmConfig::resolve().isEnabled());
        QVERIFY(LlmConfig::resolve().apiKey.isEmpty());
        qputenv("ROUTEDESK_LLM_URL", "http://127.0.0.1:9/v1");
        qputenv("ROUTEDESK_LLM_MODEL", "env-model");
        qputenv("ROUTEDESK_LLM_API_KEY", Key.toUtf8());
        qputenv("ROUTEDESK_LLM_TIMEOUT_MS", "1234");
        const LlmConfig config
            = LlmConfig::resolve(QStringLiteral("http://settings/v1"), QStringLiteral("settings-model"));
        QVERIFY(config.isEnabled());
        QCOMPARE(config.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9/v1")));
        QCOMPARE(config.model, QStringLiteral("env-model"));
        QCOMPARE(config.apiKey, Key);
        QCOMPARE(config.timeoutMs, 1234);
        qunsetenv("ROUTEDESK_LLM_URL");
        qunsetenv("ROUTEDESK_LLM_MODEL");
        const LlmConfig fromSettings
            = LlmConfig::resolve(QStringLiteral("http://settings/v1"), QStringLiteral("settings-model"));
        QCOMPARE(fromSettings.model, QStringLiteral("settings-model"));
        qunsetenv("ROUTEDESK_LLM_API_KEY");
        qunsetenv("ROUTEDESK_LLM_TIMEOUT_MS");
    }
};

QTEST_GUILESS_MAIN(TestLlmClient)
#include "test_llmclient.moc"
