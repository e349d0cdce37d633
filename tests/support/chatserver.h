#pragma once

// A small HTTP server on loopback that speaks the chat-completions protocol, one request and answer per
// connection: a good answer, HTTP 500, 429, malformed JSON, a server that never answers. For the LLM client's tests
// and the app's, which point their drafting settings at url().

#include <QHash>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <nlohmann/json.hpp>

namespace RouteDesk::Test {

// One request/answer per connection, answered according to `mode`.
class ChatServer : public QObject
{
public:
    enum class Mode { Ok, ServerError, RateLimited, Malformed, Silent, Promise };

    explicit ChatServer(Mode mode)
        : m_mode(mode)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.serverPort())); }
    QByteArray requestLine;
    QByteArray authorization;
    nlohmann::json body;
    int requests = 0;

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        qsizetype length = 0;
        QByteArray auth;
        for (const QByteArray &line : lines) {
            const QByteArray lower = line.trimmed().toLower();
            if (lower.startsWith("content-length:"))
                length = lower.mid(15).trimmed().toLongLong();
            if (lower.startsWith("authorization:"))
                auth = line.trimmed().mid(14).trimmed();
        }
        if (buffer.size() < end + 4 + length)
            return;
        ++requests;
        requestLine = lines.first().trimmed();
        authorization = auth;
        const QByteArray payload = buffer.mid(end + 4, length);
        body = nlohmann::json::parse(payload.constBegin(), payload.constEnd(), nullptr, false);
        switch (m_mode) {
        case Mode::Ok:
            answer(
                socket, 200,
                R"({"id":"c1","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"Hello Maria, here is how to export your board to CSV: Project > Export."},"finish_reason":"stop"}]})");
            break;
        case Mode::Promise:
            answer(
                socket, 200,
                R"({"choices":[{"message":{"role":"assistant","content":"Good news: we have refunded your order."}}]})");
            break;
        case Mode::ServerError:
            // A careless server that echoes the credentials it got.
            answer(socket, 500, QByteArray("{\"error\":\"internal error for key ") + auth + "\"}");
            break;
        case Mode::RateLimited:
            answer(socket, 429, R"({"error":{"message":"Rate limit reached","type":"requests"}})",
                   "Retry-After: 20\r\n");
            break;
        case Mode::Malformed:
            answer(socket, 200, R"({"choices":[{"message":{"role":"assistant","content":)");
            break;
        case Mode::Silent:
            break; // keeps the connection open and never answers
        }
    }

    void answer(QTcpSocket *socket, int status, const QByteArray &payload, const QByteArray &extra = {})
    {
        socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n" + extra
                      + "Content-Length: " + QByteArray::number(payload.size()) + "\r\nConnection: close\r\n\r\n"
                      + payload);
        socket->disconnectFromHost();
    }

    Mode m_mode;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace RouteDesk::Test
