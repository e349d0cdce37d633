#include "llmclient.h"

#include "io/jsonparse.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <nlohmann/json.hpp>

Q_LOGGING_CATEGORY(lcLlm, "routedesk.llm")

namespace RouteDesk {

using nlohmann::json;

namespace {
constexpr qint64 MaxAnswerBytes = 4 * 1024 * 1024;
}

LlmConfig LlmConfig::resolve(const QString &settingsUrl, const QString &settingsModel)
{
    LlmConfig config;
    const QString url
        = qEnvironmentVariableIsEmpty("ROUTEDESK_LLM_URL") ? settingsUrl : qEnvironmentVariable("ROUTEDESK_LLM_URL");
    config.model = qEnvironmentVariableIsEmpty("ROUTEDESK_LLM_MODEL") ? settingsModel
                                                                      : qEnvironmentVariable("ROUTEDESK_LLM_MODEL");
    if (!url.isEmpty())
        config.baseUrl = QUrl(url);
    bool ok = false;
    const int timeout = qEnvironmentVariableIntValue("ROUTEDESK_LLM_TIMEOUT_MS", &ok);
    if (ok && timeout > 0)
        config.timeoutMs = timeout;
    if (config.isEnabled()) {
        config.apiKey = qEnvironmentVariable("ROUTEDESK_LLM_API_KEY");
        if (config.apiKey.isEmpty())
            config.apiKey = keyFromKeychain();
    }
    return config;
}

QString LlmConfig::keyFromKeychain()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (tool.isEmpty())
        return {};
    QProcess process;
    process.start(tool,
                  {QStringLiteral("lookup"), QStringLiteral("service"), QStringLiteral("routedesk"),
                   QStringLiteral("key"), QStringLiteral("llm")});
    if (!process.waitForFinished(3000)) {
        process.kill();
        process.waitForFinished(1000);
        qCWarning(lcLlm) << "secret-tool did not answer within 3 s; no API key from the keychain";
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

LlmClient::LlmClient(LlmConfig config)
    : m_config(std::move(config))
{ }

QString LlmClient::name() const
{
    return QStringLiteral("LLM %1 at %2").arg(m_config.model, m_config.baseUrl.toDisplayString(QUrl::RemoveUserInfo));
}

QString LlmClient::scrub(const QString &text) const
{
    QString result = text;
    if (!m_config.apiKey.isEmpty())
        result.replace(m_config.apiKey, QStringLiteral("***"));
    return result;
}

bool LlmClient::complete(const DraftRequest &request, QString *text, QString *error) const
{
    auto failWith = [&](const QString &message) {
        const QString clean = scrub(message);
        qCWarning(lcLlm).noquote() << "drafting failed:" << clean;
        if (error)
            *error = clean;
        return false;
    };
    if (!m_config.isEnabled())
        return failWith(QStringLiteral("not configured (set ROUTEDESK_LLM_URL and ROUTEDESK_LLM_MODEL)"));

    QUrl url = m_config.baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/chat/completions"));

    const json body = {{"model", m_config.model.toStdString()},
                       {"temperature", m_config.temperature},
                       {"messages",
                        json::array({{{"role", "system"}, {"content", request.system.toStdString()}},
                                     {{"role", "user"}, {"content", request.user.toStdString()}}})}};

    QNetworkRequest networkRequest(url);
    networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!m_config.apiKey.isEmpty())
        networkRequest.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());
    networkRequest.setTransferTimeout(m_config.timeoutMs);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);

    // A manager and an event loop of our own: complete() runs on whatever worker thread the caller uses.
    QNetworkAccessManager manager;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    qCInfo(lcLlm).noquote() << "POST" << url.toDisplayString(QUrl::RemoveUserInfo) << "model" << m_config.model;
    QElapsedTimer elapsed;
    elapsed.start();
    QNetworkReply *reply = manager.post(networkRequest, QByteArray::fromStdString(body.dump()));
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    timer.start(m_config.timeoutMs);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    timer.stop();
    std::unique_ptr<QNetworkReply> owner(reply);

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->read(MaxAnswerBytes);
    if (timedOut || reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError)
        return failWith(QStringLiteral("no answer within %1 ms").arg(m_config.timeoutMs));
    if (status == 429)
        return failWith(QStringLiteral("rate limited by the server (HTTP 429)"));
    if (status != 0 && (status < 200 || status >= 300)) {
        const QString snippet = QString::fromUtf8(answer.left(200)).simplified();
        return failWith(QStringLiteral("HTTP %1 from the server%2")
                            .arg(status)
                            .arg(snippet.isEmpty() ? QString() : QStringLiteral(": ") + snippet));
    }
    if (reply->error() != QNetworkReply::NoError)
        return failWith(QStringLiteral("network error: %1").arg(reply->errorString()));

    QString content;
    try {
        json document;
        QString why;
        if (!parseJson(answer, QStringLiteral("answer"), &document, &why))
            return failWith(QStringLiteral("malformed answer: %1").arg(why));
        const json &message = document.at("choices").at(0).at("message");
        const json &value = message.at("content");
        if (!value.is_string())
            return failWith(QStringLiteral("malformed answer: choices[0].message.content is not text"));
        content = QString::fromStdString(value.get<std::string>()).trimmed();
    } catch (const json::exception &) {
        return failWith(QStringLiteral("malformed answer: expected JSON with choices[0].message.content"));
    }
    if (content.isEmpty())
        return failWith(QStringLiteral("the answer was empty"));
    qCInfo(lcLlm) << "answer of" << content.size() << "characters in" << elapsed.elapsed() << "ms";
    if (text)
        *text = content;
    return true;
}

} // namespace RouteDesk
