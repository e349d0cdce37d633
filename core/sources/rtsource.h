#pragma once

#include "httpclient.h"
#include "ticketsource.h"

#include <QHash>
#include <QTimeZone>

#include <optional>

namespace RouteDesk {

// Request Tracker 5 over REST 2.0 (<url>/REST/2.0).
//
// Pull: TicketSQL `query` AND a keyset on (LastUpdated, id), ordered by both, `fields=` for one list request per
// page; then each ticket's history (transaction types and authors) and attachments (message bodies) — two requests
// per ticket, sent concurrently. Create and Correspond transactions become public messages, Comment transactions
// internal ones; EmailRecord and other transactions are skipped. The ticket's revision is its latest transaction id,
// which is exactly RT's ETag.
//
// Authentication: HTTP Basic (or an RT auth token) on every request, plus one web-login session per source object
// (see openSession()).
//
// Write-back: checks the recent attachments for the idempotency marker (done if there), refuses a ticket whose ETag
// moved since the sync (conflict) unless it already carries our queue and category (an earlier attempt whose answer
// was lost), moves the Queue and sets the category custom field with `PUT /ticket/:id` and `If-Match` (412 means
// conflict), then adds an internal comment (never a correspondence). The move and the comment are required (a queue
// RT lacks fails the item); the custom field is optional: where the queue the ticket ends up in does not have it, it
// is left out, the note says so and the result lists it in `skipped`.
class RtSource final : public TicketSource
{
public:
    RtSource(SourceConfig config, const QString &secret, HttpClock *clock = nullptr);
    ~RtSource() override;

    const SourceConfig &config() const override { return m_config; }
    SourcePage fetchPage(const QString &cursor) override;
    std::optional<Ticket> fetchTicket(const QString &externalId, QString *revision, QString *error) override;
    WritebackResult writeBack(const WritebackRequest &request) override;
    // Asks RT for every queue the document names (queue_map, escalation_queue) and for the category field, and
    // whether the field is applied to those queues. Warns about the default field only when RT has it somewhere.
    bool checkWriteback(QList<SourceWarning> *warnings, QString *error) override;

    HttpClient &http() { return m_http; }
    // The TicketSQL a page after `cursor` asks for (for tests and docs).
    QString pageQuery(const QString &cursor, QString *error) const;

private:
    struct Conversation
    {
        nlohmann::json history = nlohmann::json::array();
        nlohmann::json attachments = nlohmann::json::array();
    };
    QUrl api(const QString &path, const QList<std::pair<QString, QString>> &query = {}) const;
    // Every page of a collection; false with *failure on the first failed or malformed page.
    bool fetchAll(const QUrl &firstPage, nlohmann::json *items, HttpResponse *failure, QString *error);
    // History and attachments of several tickets, concurrently. Stops at the first ticket that fails:
    // *completed says how many (in order) succeeded.
    bool fetchConversations(const QStringList &ids, QList<Conversation> *conversations, int *completed,
                            HttpResponse *failure, QString *error);
    bool ticketFromItem(const nlohmann::json &item, const Conversation &conversation, Ticket *ticket, QString *revision,
                        QString *error) const;
    // Queue id for a name (cached). False with *failure/*error when it does not exist or RT cannot be reached.
    bool queueId(const QString &name, QString *id, HttpResponse *failure, QString *error);
    enum class QueueState { Found, Missing, Disabled, Unreachable, Forbidden };
    QueueState findQueue(const QString &name, QString *id, HttpResponse *failure, QString *error);
    // The name of the queue a ticket's Queue field names by id; empty when RT does not say (the ticket then
    // carries no queue, and no move is recorded for it).
    QString queueName(const QString &id);
    // The enabled ticket custom fields applied to a queue, by name (cached). Nullopt with *failure/*error.
    std::optional<QStringList> queueFields(const QString &queueId, HttpResponse *failure, QString *error);
    // Whether RT has an enabled ticket custom field of this name. Nullopt with *failure/*error.
    std::optional<bool> customFieldExists(const QString &name, HttpResponse *failure, QString *error);
    QString formatQueryTime(const QDateTime &utc) const;
    // Logs in once through RT's web login so that later requests carry a session cookie: RT checks a Basic password
    // with bcrypt on every request (about a second each on a busy machine); a session skips that. Best effort: the
    // Authorization header stays on every request, so an expired or refused session falls back to Basic.
    void openSession();
    // m_http's send and sendAll, with RT's login page taken for what it is: RT answers a refused user or password
    // with HTTP 200 and its HTML login form, which would otherwise read as "malformed JSON".
    HttpResponse send(const HttpRequest &request);
    QList<HttpResponse> sendAll(const QList<HttpRequest> &requests);
    void refuseLoginPage(HttpResponse *response) const;

    SourceConfig m_config;
    HttpClient m_http;
    QTimeZone m_timeZone;
    QHash<QString, QString> m_queueIds;
    QHash<QString, QString> m_queueNames; // id -> name, for the queue a listed ticket is in
    QHash<QString, QStringList> m_queueFields; // queue id -> its ticket custom fields
    QString m_password; // for the session login only; empty with token authentication
    bool m_sessionTried = false;
    bool m_sessionRefused = false; // the web login answered with the login form again
};

} // namespace RouteDesk
