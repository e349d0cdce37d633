#pragma once

#include "cancellation.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <utility>

class QNetworkAccessManager;

namespace RouteDesk {

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

// Time as the HTTP client sees it. Back-off and Retry-After waits go through sleep() so that tests can use a fake
// clock that records the waits instead of sleeping.
class HttpClock
{
public:
    virtual ~HttpClock();
    virtual QDateTime now() const = 0;
    // Waits `ms` milliseconds; returns false early (without waiting the rest) when `cancellation` is set.
    virtual bool sleep(qint64 ms, const Cancellation *cancellation) = 0;

    // The wall clock; sleeping blocks the calling thread in short slices so that a cancel is seen within ~20 ms.
    static HttpClock *system();
};

// When and how often a transient fault is retried.
struct RetryPolicy
{
    int maxAttempts = 5; // tries in all for time-outs, refused or dropped connections and 5xx
    qint64 baseDelayMs = 500; // first back-off; doubles each retry
    qint64 maxDelayMs = 30'000; // back-off ceiling
    double jitter = 0.5; // up to this fraction of each back-off is taken off at random (0: none)
    int maxRateLimitWaits = 5; // 429 answers honoured before giving up
    qint64 maxRetryAfterMs = 120'000; // a longer Retry-After is capped to this

    // The wait before retry number `retry` (1-based): min(max, base * 2^(retry-1)) * (1 - jitter * random01).
    qint64 backoffMs(int retry, double random01) const;
};

struct HttpOptions
{
    int timeoutMs = 30'000; // per request, QNetworkRequest::setTransferTimeout (no bytes moving for this long)
    qint64 maxBodyBytes = 64LL * 1024 * 1024; // a larger response is refused (HttpError::TooLarge), not buffered
    int maxParallel = 4; // requests sendAll() keeps in flight at once
    RetryPolicy retry;
    QByteArray userAgent = QByteArrayLiteral("RouteDesk/0.1");
};

struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // besides Authorization, which the client adds
    bool notIdempotent = false; // set for a PUT that adds something (a Zendesk update with a comment)

    // GET, HEAD, PUT and DELETE may be repeated after a time-out or a dropped connection; POST (and requests marked
    // notIdempotent) only when the server cannot have acted on it (connection refused, 429, 503).
    bool idempotent() const;

    static HttpRequest get(const QUrl &url);
    static HttpRequest withJson(const QByteArray &method, const QUrl &url, const nlohmann::json &body);
};

enum class HttpError {
    None, // a 2xx (or 3xx not followed) answer
    Timeout, // no data for HttpOptions::timeoutMs
    ConnectionRefused,
    ConnectionDropped, // the server closed or reset the connection, or answered with something that is not HTTP
    ServerError, // 5xx
    RateLimited, // 429 more often than RetryPolicy::maxRateLimitWaits
    AuthenticationFailed, // 401 or 403: never retried
    HttpStatus, // any other 4xx (404, 409, 412, ...): status() says which; never retried
    TooLarge, // the body exceeded HttpOptions::maxBodyBytes
    Cancelled,
    Network, // anything else: unknown host, TLS failure, ...
};
QString httpErrorName(HttpError error);

struct HttpResponse
{
    int status = 0; // HTTP status, 0 when no answer came
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QString request; // "GET http://host/path": what was asked, for messages
    HttpError error = HttpError::Cancelled;
    QString errorString; // for people; names the method and the URL, never credentials
    int attempts = 0;

    bool ok() const { return error == HttpError::None; }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    // Faults that may go away by themselves (worth retrying later, e.g. by the outbox).
    bool transient() const;
    // Parses the body as JSON. False with *error ("malformed JSON from GET <url>: ...") for a body that is not JSON.
    bool json(nlohmann::json *out, QString *error) const;
};

// One HTTP client for every helpdesk: time-outs, retries with exponential back-off and jitter for transient faults,
// Retry-After on 429, no retry on 401/403, a response size cap, cancellation.
//
// Blocking API: each call runs a local event loop until its requests are done, so use a client from one worker
// thread (or a thread whose event loop may be re-entered). The client keeps its credentials to itself: they go into
// the Authorization header and nowhere else (not into logs, error strings or URLs).
class HttpClient
{
public:
    explicit HttpClient(HttpOptions options = {}, HttpClock *clock = nullptr);
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    void setBasicAuth(const QString &user, const QString &secret);
    void setAuthorization(const QByteArray &headerValue); // e.g. "token 1-14-abc..."
    void setCancellation(const Cancellation *cancellation) { m_cancellation = cancellation; }
    // Replaces the jitter's random source (returns values in [0, 1)); tests make it deterministic.
    void setRandomSource(std::function<double()> random) { m_random = std::move(random); }
    const HttpOptions &options() const { return m_options; }
    void setOptions(const HttpOptions &options) { m_options = options; }
    HttpClock *clock() const { return m_clock; }

    HttpResponse send(const HttpRequest &request);
    // Sends the requests concurrently (up to HttpOptions::maxParallel) and returns the answers in the same order.
    // Each request gets its own retries.
    QList<HttpResponse> sendAll(const QList<HttpRequest> &requests);

    // The URL without user name or password, for messages.
    static QString displayUrl(const QUrl &url);
    // Seconds or an HTTP date; -1 when the header is missing or unreadable.
    static qint64 parseRetryAfterMs(const QByteArray &value, const QDateTime &now);

private:
    struct Call;
    void runRound(QList<Call *> calls);
    void classify(Call *call);

    HttpOptions m_options;
    HttpClock *m_clock;
    const Cancellation *m_cancellation = nullptr;
    std::function<double()> m_random;
    QByteArray m_authorization;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

} // namespace RouteDesk
