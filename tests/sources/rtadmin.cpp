#include "rtadmin.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <sys/types.h>
#include <sys/wait.h>

namespace RouteDesk::Test {

using nlohmann::json;

namespace {

HttpOptions adminOptions()
{
    HttpOptions options;
    options.timeoutMs = 60'000;
    options.retry.maxAttempts = 3;
    options.retry.baseDelayMs = 200;
    return options;
}

QString text(const json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_number_integer())
        return QString::number(value.get<qint64>());
    return {};
}

} // namespace

RtAdmin::RtAdmin(const QUrl &url, const QString &user, const QString &password)
    : m_url(url)
    , m_http(adminOptions())
{
    m_http.setBasicAuth(user, password);
    login(user, password);
}

void RtAdmin::login(const QString &user, const QString &password)
{
    HttpRequest request;
    request.method = "POST";
    request.url = m_url;
    request.url.setPath(QStringLiteral("/NoAuth/Login.html"));
    request.body = "user=" + QUrl::toPercentEncoding(user) + "&pass=" + QUrl::toPercentEncoding(password);
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    m_http.send(request);
}

QUrl RtAdmin::api(const QString &path) const
{
    QUrl url = m_url;
    url.setPath(QStringLiteral("/REST/2.0") + path);
    return url;
}

bool RtAdmin::ok(const HttpResponse &response, QString *error)
{
    if (response.ok())
        return true;
    if (error)
        *error = response.errorString;
    return false;
}

bool RtAdmin::ensureQueue(const QString &name, QString *error)
{
    const HttpResponse existing = m_http.send(HttpRequest::get(api(QStringLiteral("/queue/") + name)));
    if (existing.ok())
        return true;
    if (existing.status != 404)
        return ok(existing, error);
    return ok(m_http.send(HttpRequest::withJson("POST", api(QStringLiteral("/queue")), {{"Name", name.toStdString()}})),
              error);
}

bool RtAdmin::ensureGlobalCustomField(const QString &name, QString *error)
{
    return ensureCustomField(name, 0, error);
}

bool RtAdmin::ensureQueueCustomField(const QString &name, const QString &queue, QString *error)
{
    const QString id = queueId(queue);
    if (id.isEmpty()) {
        if (error)
            *error = QStringLiteral("no queue %1").arg(queue);
        return false;
    }
    return ensureCustomField(name, id.toLongLong(), error);
}

bool RtAdmin::ensureCustomField(const QString &name, qint64 queue, QString *error)
{
    HttpRequest search = HttpRequest::withJson("POST", api(QStringLiteral("/customfields")),
                                               json::array({{{"field", "Name"}, {"value", name.toStdString()}}}));
    const HttpResponse found = m_http.send(search);
    if (!ok(found, error))
        return false;
    json body;
    if (!found.json(&body, error))
        return false;
    if (body.value("count", 0) > 0)
        return true;
    return ok(m_http.send(HttpRequest::withJson("POST", api(QStringLiteral("/customfield")),
                                                {{"Name", name.toStdString()},
                                                 {"Type", "Freeform"},
                                                 {"MaxValues", 1},
                                                 {"LookupType", "RT::Queue-RT::Ticket"},
                                                 {"Queue", queue}})),
              error);
}

qint64 RtAdmin::createTicket(const QString &queue, const QString &subject, const QString &content,
                             const QString &requestor, QString *error, const QString &contentType)
{
    const HttpResponse response = m_http.send(HttpRequest::withJson("POST", api(QStringLiteral("/ticket")),
                                                                    {{"Queue", queue.toStdString()},
                                                                     {"Subject", subject.toStdString()},
                                                                     {"Content", content.toStdString()},
                                                                     {"ContentType", contentType.toStdString()},
                                                                     {"Requestor", requestor.toStdString()}}));
    if (!ok(response, error))
        return 0;
    json body;
    if (!response.json(&body, error))
        return 0;
    return text(body["id"]).toLongLong();
}

bool RtAdmin::correspond(qint64 id, const QString &content, QString *error)
{
    return ok(m_http.send(HttpRequest::withJson("POST", api(QStringLiteral("/ticket/%1/correspond").arg(id)),
                                                {{"Content", content.toStdString()}, {"ContentType", "text/plain"}})),
              error);
}

bool RtAdmin::comment(qint64 id, const QString &content, QString *error)
{
    return ok(m_http.send(HttpRequest::withJson("POST", api(QStringLiteral("/ticket/%1/comment").arg(id)),
                                                {{"Content", content.toStdString()}, {"ContentType", "text/plain"}})),
              error);
}

bool RtAdmin::update(qint64 id, const json &fields, QString *error)
{
    return ok(m_http.send(HttpRequest::withJson("PUT", api(QStringLiteral("/ticket/%1").arg(id)), fields)), error);
}

json RtAdmin::ticket(qint64 id, QString *etag)
{
    const HttpResponse response = m_http.send(HttpRequest::get(api(QStringLiteral("/ticket/%1").arg(id))));
    json body;
    if (!response.ok() || !response.json(&body, nullptr))
        return {};
    if (etag)
        *etag = QString::fromLatin1(response.header("etag")).remove(QLatin1Char('"'));
    return body;
}

QString RtAdmin::queueId(const QString &name)
{
    const HttpResponse response = m_http.send(HttpRequest::get(api(QStringLiteral("/queue/") + name)));
    json body;
    if (!response.ok() || !response.json(&body, nullptr))
        return {};
    return text(body["id"]);
}

QStringList RtAdmin::attachmentContents(qint64 id)
{
    QUrl url = api(QStringLiteral("/ticket/%1/attachments").arg(id));
    url.setQuery(QStringLiteral("fields=Content&per_page=100"));
    const HttpResponse response = m_http.send(HttpRequest::get(url));
    json body;
    QStringList contents;
    if (response.ok() && response.json(&body, nullptr)) {
        for (const json &item : body["items"])
            contents.append(text(item.value("Content", json())));
    }
    return contents;
}

QStringList RtAdmin::transactionTypes(qint64 id)
{
    QUrl url = api(QStringLiteral("/ticket/%1/history").arg(id));
    url.setQuery(QStringLiteral("fields=Type&per_page=100"));
    const HttpResponse response = m_http.send(HttpRequest::get(url));
    json body;
    QStringList types;
    if (response.ok() && response.json(&body, nullptr)) {
        for (const json &item : body["items"])
            types.append(text(item.value("Type", json())));
    }
    return types;
}

PrivateRt::~PrivateRt()
{
    stop();
}

bool PrivateRt::start(QString *error)
{
    const QString server = qEnvironmentVariable("ROUTEDESK_TEST_RT_SERVER");
    const QString templateDb = qEnvironmentVariable("ROUTEDESK_TEST_RT_TEMPLATE_DB");
    const QString siteConfig = qEnvironmentVariable("ROUTEDESK_TEST_RT_SITE_CONFIG");
    if (server.isEmpty() || templateDb.isEmpty() || siteConfig.isEmpty()) {
        *error = QStringLiteral("ROUTEDESK_TEST_RT_SERVER, _TEMPLATE_DB and _SITE_CONFIG are needed");
        return false;
    }
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>();
        QDir().mkpath(m_dir->filePath(QStringLiteral("conf")));
        for (const QString &name : QDir(siteConfig).entryList({QStringLiteral("*.pm")}, QDir::Files))
            QFile::copy(QDir(siteConfig).filePath(name), m_dir->filePath(QStringLiteral("conf/") + name));
        if (!QFile::copy(templateDb, m_dir->filePath(QStringLiteral("rtdb")))) {
            *error = QStringLiteral("cannot copy %1").arg(templateDb);
            return false;
        }
        QFile::setPermissions(m_dir->filePath(QStringLiteral("rtdb")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        QFile conf(m_dir->filePath(QStringLiteral("conf/99-routedesk-private.pm")));
        if (!conf.open(QIODevice::WriteOnly)) {
            *error = conf.errorString();
            return false;
        }
        conf.write(QStringLiteral("Set($DatabaseName, '%1');\nSet($WebBaseURL, 'http://127.0.0.1:%2');\n"
                                  "Set($WebPath, '');\nSet($LogToSTDERR, 'error');\n")
                       .arg(m_dir->filePath(QStringLiteral("rtdb")))
                       .arg(m_port)
                       .toUtf8());
    }
    // setsid: the server and its workers get their own process group, which stop() ends as one.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("RT_SITE_CONFIG_DIR"), m_dir->filePath(QStringLiteral("conf")));
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(m_dir->filePath(QStringLiteral("log")), QIODevice::Append);
    process.setStandardErrorFile(m_dir->filePath(QStringLiteral("log")), QIODevice::Append);
    process.setProgram(QStringLiteral("setsid"));
    process.setArguments({server, QStringLiteral("--port"), QString::number(m_port)});
    if (!process.startDetached(&m_pid)) {
        *error = QStringLiteral("cannot start %1").arg(server);
        return false;
    }
    HttpOptions options;
    options.timeoutMs = 5000;
    options.retry.maxAttempts = 1;
    HttpClient probe(options);
    probe.setBasicAuth(QStringLiteral("root"), QStringLiteral("password"));
    QUrl rt = url();
    rt.setPath(QStringLiteral("/REST/2.0/rt"));
    const QDeadlineTimer deadline(180'000);
    while (!deadline.hasExpired()) {
        QTcpSocket socket; // a quiet check first: the HTTP client would log every refused connection
        socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_port));
        if (socket.waitForConnected(500) && probe.send(HttpRequest::get(rt)).ok())
            return true;
        QThread::msleep(300);
    }
    *error = QStringLiteral("Request Tracker did not start on port %1 (log: %2)")
                 .arg(m_port)
                 .arg(m_dir->filePath(QStringLiteral("log")));
    stop();
    return false;
}

bool PrivateRt::running() const
{
    return m_pid > 0 && ::kill(static_cast<pid_t>(m_pid), 0) == 0;
}

void PrivateRt::stop()
{
    if (m_pid <= 0)
        return;
    ::kill(-static_cast<pid_t>(m_pid), SIGTERM);
    const QDeadlineTimer deadline(20'000);
    while (!deadline.hasExpired() && ::kill(-static_cast<pid_t>(m_pid), 0) == 0)
        QThread::msleep(100);
    if (::kill(-static_cast<pid_t>(m_pid), 0) == 0)
        ::kill(-static_cast<pid_t>(m_pid), SIGKILL);
    m_pid = 0;
}

} // namespace RouteDesk::Test
