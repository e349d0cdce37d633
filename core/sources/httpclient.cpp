#include "httpclient.h"

#include "io/jsonparse.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace RouteDesk {

Q_LOGGING_CATEGORY(lcHttp, "routedesk.sources.http", QtInfoMsg)

namespace {

// Upload data that cannot be rewound. Qt's HTTP stack silently re-sends a request when the server closes the
// connection before answering; for a request that adds something (a note) that could add it twice. With a body Qt
// can neither buffer (DoNotBufferUploadDataAttribute) nor reset, it fails the reply instead, and the caller decides.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }
    bool reset() override { return false; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_position);
        if (n <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        std::memcpy(out, m_data.constData() + m_position, static_cast<size_t>(n));
        m_position += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

class SystemClock final : public HttpClock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    bool sleep(qint64 ms, const Cancellation *cancellation) override
    {
        const QDeadlineTimer deadline(std::max<qint64>(ms, 0));
        while (!deadline.hasExpired()) {
            if (Cancellation::isSet(cancellation))
                return false;
            QThread::msleep(static_cast<unsigned long>(std::clamp<qint64>(deadline.remainingTime(), 1, 20)));
        }
        return !Cancellation::isSet(cancellation);
    }
};

QString seconds(qint64 ms)
{
    if (ms % 1000 == 0)
        return QStringLiteral("%1 s").arg(ms / 1000);
    return QStringLiteral("%1 s").arg(static_cast<double>(ms) / 1000.0, 0, 'f', 1);
}

} // namespace

HttpClock::~HttpClock() = default;

HttpClock *HttpClock::system()
{
    static SystemClock clock;
    return &clock;
}

qint64 RetryPolicy::backoffMs(int retry, double random01) const
{
    const int exponent = std::clamp(retry - 1, 0, 30);
    const double raw = static_cast<double>(baseDelayMs) * std::pow(2.0, exponent);
    const double capped = std::min(raw, static_cast<double>(maxDelayMs));
    const double factor = 1.0 - std::clamp(jitter, 0.0, 1.0) * std::clamp(random01, 0.0, 1.0);
    return std::max<qint64>(0, static_cast<qint64>(std::llround(capped * factor)));
}

bool HttpRequest::idempotent() const
{
    if (notIdempotent)
        return false;
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE" || method == "OPTIONS";
}

HttpRequest HttpRequest::get(const QUrl &url)
{
    HttpRequest request;
    request.url = url;
    return request;
}

HttpRequest HttpRequest::withJson(const QByteArray &method, const QUrl &url, const nlohmann::json &body)
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    const std::string text = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    request.body = QByteArray(text.data(), static_cast<qsizetype>(text.size()));
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
    return request;
}

QString httpErrorName(HttpError error)
{
    switch (error) {
    case HttpError::None:
        return QStringLiteral("none");
    case HttpError::Timeout:
        return QStringLiteral("timeout");
    case HttpError::ConnectionRefused:
        return QStringLiteral("connection refused");
    case HttpError::ConnectionDropped:
        return QStringLiteral("connection dropped");
    case HttpError::ServerError:
        return QStringLiteral("server error");
    case HttpError::RateLimited:
        return QStringLiteral("rate limited");
    case HttpError::AuthenticationFailed:
        return QStringLiteral("authentication failed");
    case HttpError::HttpStatus:
        return QStringLiteral("HTTP error");
    case HttpError::TooLarge:
        return QStringLiteral("response too large");
    case HttpError::Cancelled:
        return QStringLiteral("cancelled");
    case HttpError::Network:
        return QStringLiteral("network error");
    }
    return {};
}

bool HttpResponse::transient() const
{
    switch (error) {
    case HttpError::Timeout:
    case HttpError::ConnectionRefused:
    case HttpError::ConnectionDropped:
    case HttpError::ServerError:
    case HttpError::RateLimited:
    case HttpError::Network:
        return true;
    default:
        return false;
    }
}

bool HttpResponse::json(nlohmann::json *out, QString *error) const
{
    const JsonParseResult parsed = parseJson(body, request);
    if (!parsed.ok) {
        *out = nlohmann::json(nlohmann::json::value_t::discarded);
        // Multi-argument arg(): the request's URL is percent-encoded, and a later arg() would replace its "%2".
        if (error)
            *error = QStringLiteral("malformed JSON in the answer to %1 (%2 bytes; line %3: %4)")
                         .arg(request, QString::number(body.size()), QString::number(parsed.line), parsed.what);
        return false;
    }
    *out = parsed.value;
    return true;
}

// One request with its retry state across rounds.
struct HttpClient::Call
{
    HttpRequest request;
    HttpResponse response;
    int attempts = 0;
    int rateLimitWaits = 0;
    bool finished = false;
    qint64 waitMs = 0;
    // Per attempt:
    QPointer<QNetworkReply> reply;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    bool tooLarge = false;
    bool cancelled = false;
};

HttpClient::HttpClient(HttpOptions options, HttpClock *clock)
    : m_options(std::move(options))
    , m_clock(clock ? clock : HttpClock::system())
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{ }

HttpClient::~HttpClient() = default;

void HttpClient::setBasicAuth(const QString &user, const QString &secret)
{
    m_authorization = QByteArrayLiteral("Basic ") + (user + QLatin1Char(':') + secret).toUtf8().toBase64();
}

void HttpClient::setAuthorization(const QByteArray &headerValue)
{
    m_authorization = headerValue;
}

QString HttpClient::displayUrl(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo);
}

qint64 HttpClient::parseRetryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 secondsValue = text.toLongLong(&isNumber);
    if (isNumber)
        return secondsValue < 0 ? -1 : secondsValue * 1000;
    // HTTP date (RFC 9110 IMF-fixdate): "Wed, 21 Oct 2015 07:28:00 GMT". Qt's RFC 2822 parser wants an offset.
    QString date = QString::fromLatin1(text);
    if (date.endsWith(QLatin1String(" GMT")) || date.endsWith(QLatin1String(" UTC")))
        date = date.left(date.size() - 4) + QLatin1String(" +0000");
    QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        when = QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("dddd, dd-MMM-yy hh:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, now.msecsTo(when));
}

HttpResponse HttpClient::send(const HttpRequest &request)
{
    return sendAll({request}).constFirst();
}

QList<HttpResponse> HttpClient::sendAll(const QList<HttpRequest> &requests)
{
    std::vector<std::unique_ptr<Call>> calls;
    calls.reserve(static_cast<size_t>(requests.size()));
    for (const HttpRequest &request : requests) {
        auto call = std::make_unique<Call>();
        call->request = request;
        call->response.request = QString::fromLatin1(request.method) + QLatin1Char(' ') + displayUrl(request.url);
        calls.push_back(std::move(call));
    }

    for (;;) {
        QList<Call *> due;
        qint64 wait = 0;
        for (const auto &call : calls) {
            if (!call->finished) {
                due.append(call.get());
                wait = std::max(wait, call->waitMs);
            }
        }
        if (due.isEmpty())
            break;
        const bool slept = wait <= 0 || m_clock->sleep(wait, m_cancellation);
        if (!slept || Cancellation::isSet(m_cancellation)) {
            for (Call *call : std::as_const(due)) {
                call->response.error = HttpError::Cancelled;
                call->response.errorString = QStringLiteral("%1: cancelled").arg(call->response.request);
                call->finished = true;
            }
            break;
        }
        runRound(due);
        for (Call *call : std::as_const(due))
            classify(call);
    }

    QList<HttpResponse> responses;
    responses.reserve(requests.size());
    for (const auto &call : calls)
        responses.append(std::move(call->response));
    return responses;
}

void HttpClient::runRound(QList<Call *> calls)
{
    if (!m_manager) {
        m_manager = std::make_unique<QNetworkAccessManager>();
        // Never carry the Authorization header to another origin.
        m_manager->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    }

    QEventLoop loop;
    qsizetype next = 0;
    int active = 0;

    std::function<void()> startNext = [&] {
        while (active < std::max(1, m_options.maxParallel) && next < calls.size()) {
            Call *call = calls.at(next++);
            call->attempts += 1;
            call->networkError = QNetworkReply::NoError;
            call->networkErrorString.clear();
            call->tooLarge = false;
            call->cancelled = false;
            call->response.body.clear();
            call->response.headers.clear();
            call->response.status = 0;

            QNetworkRequest request(call->request.url);
            request.setTransferTimeout(m_options.timeoutMs);
            request.setRawHeader(QByteArrayLiteral("User-Agent"), m_options.userAgent);
            request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
            if (!m_authorization.isEmpty())
                request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
            for (const auto &[name, value] : std::as_const(call->request.headers))
                request.setRawHeader(name, value);

            QNetworkReply *reply = nullptr;
            if (call->request.body.isEmpty() && call->request.method == "GET") {
                reply = m_manager->get(request);
            } else if (!call->request.idempotent()) {
                request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
                request.setHeader(QNetworkRequest::ContentLengthHeader, call->request.body.size());
                auto *body = new OneShotBody(call->request.body, nullptr);
                reply = m_manager->sendCustomRequest(request, call->request.method, body);
                body->setParent(reply);
            } else {
                reply = m_manager->sendCustomRequest(request, call->request.method, call->request.body);
            }
            call->reply = reply;
            ++active;

            QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [this, call, reply] {
                const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
                if (length > m_options.maxBodyBytes) {
                    call->tooLarge = true;
                    reply->abort();
                }
            });
            QObject::connect(reply, &QNetworkReply::readyRead, reply, [this, call, reply] {
                if (call->tooLarge)
                    return;
                call->response.body += reply->readAll();
                if (call->response.body.size() > m_options.maxBodyBytes) {
                    call->tooLarge = true;
                    call->response.body.clear();
                    reply->abort();
                }
            });
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, call, reply] {
                if (!call->tooLarge)
                    call->response.body += reply->readAll();
                else
                    call->response.body.clear();
                call->networkError = reply->error();
                call->networkErrorString = reply->errorString();
                call->response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                for (const auto &[name, value] : reply->rawHeaderPairs())
                    call->response.headers.insert(name.toLower(), value);
                reply->deleteLater();
                call->reply = nullptr;
                --active;
                startNext();
                if (active == 0)
                    loop.quit();
            });
        }
    };

    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!Cancellation::isSet(m_cancellation))
            return;
        for (Call *call : std::as_const(calls)) {
            if (call->reply) {
                call->cancelled = true;
                call->reply->abort();
            }
        }
        // Requests not started yet are cancelled too.
        for (qsizetype i = next; i < calls.size(); ++i)
            calls.at(i)->cancelled = true;
        next = calls.size();
    });

    startNext();
    if (active == 0)
        return;
    poll.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

void HttpClient::classify(Call *call)
{
    HttpResponse &response = call->response;
    const RetryPolicy &policy = m_options.retry;
    response.attempts = call->attempts;
    const QString &what = response.request;

    auto finish = [&](HttpError error, const QString &message) {
        response.error = error;
        response.errorString = message;
        call->finished = true;
    };

    if (call->cancelled || (Cancellation::isSet(m_cancellation) && call->networkError != QNetworkReply::NoError)) {
        finish(HttpError::Cancelled, QStringLiteral("%1: cancelled").arg(what));
        return;
    }
    if (call->tooLarge) {
        finish(
            HttpError::TooLarge,
            QStringLiteral("the answer to %1 is larger than the limit of %2 MB; nothing of it was used")
                .arg(what, QString::number(static_cast<double>(m_options.maxBodyBytes) / (1024.0 * 1024.0), 'f', 1)));
        return;
    }

    HttpError error = HttpError::None;
    QString message;
    bool mayRepeat = call->request.idempotent();
    qint64 serverWaitMs = -1;

    switch (call->networkError) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ContentReSendError: // closed before answering a request that may not be re-sent
        error = HttpError::ConnectionDropped;
        message = QStringLiteral("%1: the server closed the connection or sent something that is not HTTP").arg(what);
        break;
    case QNetworkReply::ConnectionRefusedError:
        error = HttpError::ConnectionRefused;
        message = QStringLiteral("%1: connection refused (is the server running?)").arg(what);
        mayRepeat = true; // nothing reached the server
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // how Qt reports setTransferTimeout() expiring
        error = HttpError::Timeout;
        message = QStringLiteral("%1: no answer within %2").arg(what, seconds(m_options.timeoutMs));
        break;
    default:
        break;
    }

    if (error == HttpError::None) {
        const int status = response.status;
        if (status >= 200 && status < 400) {
            finish(HttpError::None, {});
            qCDebug(lcHttp).noquote() << what << "->" << status << "in" << call->attempts << "attempt(s)";
            return;
        }
        if (status == 401 || status == 403) {
            finish(HttpError::AuthenticationFailed,
                   QStringLiteral("%1: HTTP %2, the server refused the credentials (check the user name and the "
                                  "secret); not retried")
                       .arg(what, QString::number(status)));
            qCWarning(lcHttp).noquote() << response.errorString;
            return;
        }
        if (status == 429) {
            call->rateLimitWaits += 1;
            if (call->rateLimitWaits > policy.maxRateLimitWaits) {
                finish(HttpError::RateLimited,
                       QStringLiteral("%1: still rate limited (HTTP 429) after %2 waits")
                           .arg(what, QString::number(policy.maxRateLimitWaits)));
                return;
            }
            serverWaitMs = parseRetryAfterMs(response.header("retry-after"), m_clock->now());
            if (serverWaitMs < 0)
                serverWaitMs = policy.backoffMs(call->rateLimitWaits, m_random());
            call->waitMs = std::min(serverWaitMs, policy.maxRetryAfterMs);
            call->attempts -= 1; // a rate-limit wait is not a failed attempt
            qCInfo(lcHttp).noquote() << what << "rate limited (HTTP 429): waiting" << call->waitMs << "ms";
            return;
        }
        if (status >= 500) {
            error = HttpError::ServerError;
            message = QStringLiteral("%1: HTTP %2 (server error)").arg(what, QString::number(status));
            if (status == 503)
                mayRepeat = true; // the server did not take the request
            serverWaitMs = parseRetryAfterMs(response.header("retry-after"), m_clock->now());
        } else if (status > 0) {
            QString reason = response.body.left(200).trimmed().isEmpty()
                ? QString()
                : QStringLiteral(": ") + QString::fromUtf8(response.body.left(200)).simplified();
            finish(HttpError::HttpStatus, QStringLiteral("%1: HTTP %2%3").arg(what, QString::number(status), reason));
            return;
        } else if (call->networkError != QNetworkReply::NoError) {
            finish(HttpError::Network, QStringLiteral("%1: %2").arg(what, call->networkErrorString));
            qCWarning(lcHttp).noquote() << response.errorString;
            return;
        } else {
            finish(HttpError::ConnectionDropped, QStringLiteral("%1: no HTTP answer").arg(what));
            return;
        }
    }

    // A transient fault.
    if (!mayRepeat) {
        finish(error, message + QStringLiteral(" (not repeated: the server may have acted on it)"));
        qCWarning(lcHttp).noquote() << response.errorString;
        return;
    }
    if (call->attempts >= policy.maxAttempts) {
        finish(error, message + QStringLiteral(" (gave up after %1 attempts)").arg(call->attempts));
        qCWarning(lcHttp).noquote() << response.errorString;
        return;
    }
    qint64 wait = policy.backoffMs(call->attempts, m_random());
    if (serverWaitMs >= 0)
        wait = std::min(std::max(wait, serverWaitMs), policy.maxRetryAfterMs);
    call->waitMs = wait;
    response.error = error;
    response.errorString = message;
    qCInfo(lcHttp).noquote()
        << message
        << QStringLiteral("; retry %1 of %2 in %3 ms").arg(call->attempts).arg(policy.maxAttempts - 1).arg(wait);
}

} // namespace RouteDesk
