#pragma once

// Test setup against a real Request Tracker 5 through its REST 2.0 API: queues, a global custom field, tickets
// with several messages, edits. And a private RT instance on a copy of the pristine database, which a test may stop
// and start again (scripts/lib/servers.sh exports what it needs).

#include "sources/httpclient.h"

#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace RouteDesk::Test {

class RtAdmin
{
public:
    RtAdmin(const QUrl &url, const QString &user, const QString &password);

    QUrl url() const { return m_url; }
    // A web session (RT checks Basic passwords with bcrypt on every request; a session cookie skips that).
    void login(const QString &user, const QString &password);
    bool ensureQueue(const QString &name, QString *error);
    // A freeform single-value custom field applied to every queue ("Queue": 0 on creation, which REST 2.0 passes to
    // RT::CustomField::Create; REST 2.0 has no other way to apply one).
    bool ensureGlobalCustomField(const QString &name, QString *error);
    // The same field applied to one queue only ("Queue": <id> on creation), as an RT admin may set it up.
    bool ensureQueueCustomField(const QString &name, const QString &queue, QString *error);
    // Returns the new ticket's id, or 0 with *error.
    qint64 createTicket(const QString &queue, const QString &subject, const QString &content, const QString &requestor,
                        QString *error, const QString &contentType = QStringLiteral("text/plain"));
    bool correspond(qint64 id, const QString &content, QString *error);
    bool comment(qint64 id, const QString &content, QString *error);
    bool update(qint64 id, const nlohmann::json &fields, QString *error);
    // The ticket record and its ETag (unquoted).
    nlohmann::json ticket(qint64 id, QString *etag = nullptr);
    QString queueId(const QString &name);
    // Every attachment's content, and every transaction type, of a ticket.
    QStringList attachmentContents(qint64 id);
    QStringList transactionTypes(qint64 id);
    HttpClient &http() { return m_http; }

private:
    QUrl api(const QString &path) const;
    bool ensureCustomField(const QString &name, qint64 queue, QString *error); // queue 0: every queue
    bool ok(const HttpResponse &response, QString *error);

    QUrl m_url;
    HttpClient m_http;
};

// Request Tracker on its own port and database copy; stop() and start() keep the database.
class PrivateRt
{
public:
    ~PrivateRt();
    // False with *error when the environment lacks ROUTEDESK_TEST_RT_SERVER etc.
    bool start(QString *error);
    void stop();
    bool running() const;
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_pid = 0;
    int m_port = 0;
};

} // namespace RouteDesk::Test
