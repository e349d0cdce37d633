#pragma once

// A small Zendesk Support API v2 on loopback that follows the documented shapes: the cursor-based incremental ticket
// export, comments with offset paging, tickets with safe_update/updated_stamp (409 when stale), groups, users
// side-loading and Basic auth as "{email}/token:{token}". Faults (429, 5xx, dropped connections, garbage, huge
// bodies) can be queued per request, also after the request has been applied (a lost answer).

#include "fakehttpserver.h"

#include <QDateTime>
#include <QMap>
#include <QSet>

#include <nlohmann/json.hpp>

#include <functional>

namespace RouteDesk::Test {

class FakeZendesk
{
public:
    struct Fault
    {
        QByteArray method; // empty: any
        QString pathContains;
        FakeReply reply;
        int times = 1;
        bool afterApplying = false; // handle the request normally, then answer with the fault (the answer is lost)
    };
    struct Comment
    {
        QString body;
        bool html = false;
        bool isPublic = true;
        qint64 author = 0; // 0: the requester
    };

    FakeZendesk();
    bool start();
    void stop() { m_server.close(); }
    QUrl url() const { return m_server.url(); }
    FakeHttpServer &server() { return m_server; }

    // A source document for this server (token in the environment variable `tokenEnv`).
    nlohmann::json sourceDocument(const QString &tokenEnv) const;

    qint64 addUser(const QString &name, const QString &email);
    qint64 addGroup(const QString &name);
    // A ticket field GET /ticket_fields/{id}.json finds (others answer 404).
    void addTicketField(qint64 id) { m_ticketFields.insert(id); }
    qint64 addTicket(const QString &subject, qint64 requester, const QList<Comment> &comments,
                     const QStringList &tags = {}, const QString &status = QStringLiteral("new"));
    // Someone edits the ticket in Zendesk: a new subject suffix and a later updated_at.
    void touch(qint64 id, const QString &subjectSuffix = QStringLiteral(" (edited)"));
    nlohmann::json &ticket(qint64 id) { return m_tickets[id]; }
    const QList<nlohmann::json> &comments(qint64 id) { return m_comments[id]; }
    int privateNotesContaining(qint64 id, const QString &text);

    void addFault(const Fault &fault) { m_faults.append(fault); }
    void clearFaults() { m_faults.clear(); }
    // Called before each request is handled (to change state between a client's read and write).
    void setBeforeRequest(std::function<void(const FakeRequest &)> hook) { m_before = std::move(hook); }

    QString email = QStringLiteral("agent@acme.test");
    QString token = QStringLiteral("zd-T0ken-secret-42");
    qint64 agentId = 0;
    int commentsPerPage = 2;

private:
    FakeReply handle(const FakeRequest &request);
    FakeReply route(const FakeRequest &request);
    QString stamp();
    nlohmann::json usersFor(const QList<qint64> &ids) const;

    FakeHttpServer m_server;
    QMap<qint64, nlohmann::json> m_tickets;
    QMap<qint64, QList<nlohmann::json>> m_comments;
    QMap<qint64, nlohmann::json> m_users;
    QMap<qint64, nlohmann::json> m_groups;
    QSet<qint64> m_ticketFields;
    QList<Fault> m_faults;
    std::function<void(const FakeRequest &)> m_before;
    qint64 m_nextId = 100;
    int m_tick = 0;
};

} // namespace RouteDesk::Test
