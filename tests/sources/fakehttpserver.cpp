#include "fakehttpserver.h"

#include <QTcpSocket>

namespace RouteDesk::Test {

nlohmann::json FakeRequest::json() const
{
    return nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
}

FakeReply FakeReply::json(int status, const nlohmann::json &body)
{
    FakeReply reply;
    reply.status = status;
    const std::string text = body.dump();
    reply.body = QByteArray(text.data(), static_cast<qsizetype>(text.size()));
    reply.headers.append({QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")});
    return reply;
}

FakeReply FakeReply::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    FakeReply reply;
    reply.status = status;
    reply.body = body;
    reply.headers.append({QByteArray("Content-Type"), contentType});
    return reply;
}

FakeReply FakeReply::of(Kind kind)
{
    FakeReply reply;
    reply.kind = kind;
    return reply;
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onConnection);
}

FakeHttpServer::~FakeHttpServer() = default;

bool FakeHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FakeHttpServer::close()
{
    m_server.close();
}

QUrl FakeHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

int FakeHttpServer::count(const QByteArray &method, const QString &pathPrefix) const
{
    int n = 0;
    for (const FakeRequest &request : m_requests)
        n += request.method == method && request.path.startsWith(pathPrefix) ? 1 : 0;
    return n;
}

void FakeHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            FakeRequest request;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            const QUrl target(QStringLiteral("http://localhost") + QString::fromLatin1(first.value(1)));
            request.path = target.path();
            request.query = QUrlQuery(target);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length").toLongLong();
            if (buffer->size() < end + 4 + length)
                return; // wait for the rest of the body
            request.body = buffer->mid(end + 4, length);
            buffer->clear();
            disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
            m_requests.append(request);
            answer(socket, request);
        });
    }
}

void FakeHttpServer::answer(QTcpSocket *socket, const FakeRequest &request)
{
    const FakeReply reply = m_handler ? m_handler(request) : FakeReply::text(404, "no handler");
    switch (reply.kind) {
    case FakeReply::Kind::Hang:
        return; // the socket stays open and silent until the client gives up
    case FakeReply::Kind::Drop:
        socket->abort();
        return;
    case FakeReply::Kind::Garbage:
        socket->write("\x01\x02 this is not HTTP at all \xff\xfe\r\n\r\n");
        socket->flush();
        socket->disconnectFromHost();
        return;
    case FakeReply::Kind::Truncated:
        socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"tickets\":[");
        socket->flush();
        socket->abort();
        return;
    case FakeReply::Kind::Respond:
        break;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Status\r\n";
    for (const auto &[name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n\r\n";
    socket->write(head);
    socket->write(reply.body);
    socket->flush();
    socket->disconnectFromHost();
}

} // namespace RouteDesk::Test
