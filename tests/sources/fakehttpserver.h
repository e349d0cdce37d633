#pragma once

// A raw HTTP/1.1 server on loopback for tests (QTcpServer, one request per connection): it can answer, drop the
// connection, answer garbage or never answer, so that the client's fault handling meets real sockets.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

#include <functional>

namespace RouteDesk::Test {

struct FakeRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
    nlohmann::json json() const;
};

struct FakeReply
{
    enum class Kind {
        Respond,
        Drop, // close the connection without a word
        Garbage, // bytes that are not HTTP, then close
        Hang, // never answer (the client times out)
        Truncated, // headers promising a longer body than sent, then close
    };
    Kind kind = Kind::Respond;
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static FakeReply json(int status, const nlohmann::json &body);
    static FakeReply text(int status, const QByteArray &body, const QByteArray &contentType = "text/plain");
    static FakeReply of(Kind kind);
    FakeReply &header(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};

class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<FakeReply(const FakeRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool listen(); // on 127.0.0.1, a free port
    void close();
    QUrl url() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<FakeRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    int count(const QByteArray &method, const QString &pathPrefix) const;

private:
    void onConnection();
    void answer(QTcpSocket *socket, const FakeRequest &request);

    QTcpServer m_server;
    Handler m_handler;
    QList<FakeRequest> m_requests;
};

} // namespace RouteDesk::Test
