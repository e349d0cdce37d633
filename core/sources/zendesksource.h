#pragma once

#include "httpclient.h"
#include "ticketsource.h"

#include <QHash>

namespace RouteDesk {

// Zendesk Support API v2 (<base>/api/v2), Basic auth as "{email}/token:{api_token}".
//
// Pull: the cursor-based incremental ticket export (`incremental/tickets/cursor.json?start_time=` then
// `?cursor=<after_cursor>` until `end_of_stream`), users side-loaded for e-mail addresses, then each ticket's
// comments (`plain_body`; `html_body` converted when there is no plain body), fetched concurrently. Deleted tickets
// are skipped. A page that fails half-way keeps the tickets before the fault but not the cursor (Zendesk's cursor
// moves a whole page at a time): the next sync repeats the page, and upserts make that harmless.
//
// Write-back: one `PUT /tickets/{id}.json` with group_id, a private comment, the tags (the whole list: other
// RouteDesk tags replaced) and the category custom field, with `safe_update` and `updated_stamp` = the updated_at
// the agent saw; 409 means conflict. The PUT is never repeated blindly (it adds a comment): a retry first looks for
// the idempotency marker in the ticket's latest comments.
class ZendeskSource final : public TicketSource
{
public:
    ZendeskSource(SourceConfig config, const QString &token, HttpClock *clock = nullptr);
    ~ZendeskSource() override;

    const SourceConfig &config() const override { return m_config; }
    SourcePage fetchPage(const QString &cursor) override;
    std::optional<Ticket> fetchTicket(const QString &externalId, QString *revision, QString *error) override;
    WritebackResult writeBack(const WritebackRequest &request) override;
    // Every group group_map and escalation_group name (by name or id) exists; the category field, when set.
    bool checkWriteback(QList<SourceWarning> *warnings, QString *error) override;

    HttpClient &http() { return m_http; }

private:
    QUrl api(const QString &path, const QList<std::pair<QString, QString>> &query = {}) const;
    // All comments of the tickets, concurrently; stops at the first that fails (*completed say how many succeeded).
    bool fetchComments(const QStringList &ids, QList<nlohmann::json> *comments, QHash<qint64, nlohmann::json> *users,
                       int *completed, HttpResponse *failure, QString *error);
    bool fetchRemainingComments(QUrl next, nlohmann::json *comments, QHash<qint64, nlohmann::json> *users,
                                HttpResponse *failure, QString *error);
    Ticket ticketFrom(const nlohmann::json &ticket, const nlohmann::json &comments,
                      const QHash<qint64, nlohmann::json> &users) const;
    bool groupId(const QString &target, qint64 *id, HttpResponse *failure, QString *error);
    // Reads every group's name and id (once, or again after a failure). False with *error.
    bool loadGroups(HttpResponse *failure, QString *error);
    // The name of the group a ticket's group_id names; empty when Zendesk does not say (the ticket then carries
    // no queue, and no move is recorded for it).
    QString groupName(qint64 id);

    SourceConfig m_config;
    HttpClient m_http;
    QHash<QString, qint64> m_groupIds;
    QHash<qint64, QString> m_groupNames;
    bool m_groupsLoaded = false;
};

} // namespace RouteDesk
