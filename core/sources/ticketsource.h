#pragma once

#include "cancellation.h"
#include "sourceconfig.h"
#include "writeback.h"

#include "model/ticket.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace RouteDesk {

class HttpClock;

// One page of an incremental pull.
struct SourcePage
{
    enum class Error {
        None,
        Transient, // the helpdesk is unreachable, slow or failing: try again later
        Authentication, // 401/403: fix the credentials; retrying will not help
        BadInput, // a malformed record or answer: the message names the file and line or the request
        Cancelled,
        Failed, // anything else (404 on the API root, a size limit, ...)
    };

    QList<Ticket> tickets; // complete tickets (with their messages), in pull order
    QHash<QString, QString> revisions; // externalId -> the helpdesk's version token as pulled (for conflicts)
    QString cursor; // resume point after `tickets`; store it only once `tickets` are stored
    bool atEnd = false; // nothing more to pull right now
    qint64 remaining = -1; // tickets left after this page, when the source knows
    Error error = Error::None;
    QString errorString; // when error != None; the tickets before the fault are still in `tickets`

    bool ok() const { return error == Error::None; }
};

// Something a write-back needs that the helpdesk lacks, found by TicketSource::checkWriteback() before anything is
// written. Code and arguments for front ends that render their own text; `message` says it all in English (logs, the
// command line).
struct SourceWarning
{
    enum class Code {
        MissingQueue, // `name`: a queue (RT) the document names in `fields`; write-backs moving a ticket there fail
        DisabledQueue, // the same for a disabled queue
        HiddenQueue, // the same for a queue the helpdesk's user may not see (RT answers 403): a rights problem
        MissingField, // `name`: the category custom field; write-backs move and note, but do not set it
        FieldNotOnQueue, // the field exists but is not applied to `queues`: write-backs to them do not set it
    };
    Code code = Code::MissingQueue;
    QString name;
    QStringList fields; // the source document's fields naming it ("queue_map.billing", "escalation_queue", ...)
    QStringList queues; // FieldNotOnQueue: the queues without the field
    QString message;
};

// A helpdesk or file that tickets come from and, for helpdesks, decisions go back to.
//
// Pulls are incremental: fetchPage(cursor) returns the tickets changed after `cursor` (all tickets for an empty
// cursor) and the cursor to continue from. The sync loop stores the tickets first and the cursor second, so a crash
// or outage between the two repeats a page (upserts make that harmless) and never skips one.
//
// Blocking calls: run them on a worker thread. A source object is used from one thread at a time.
class TicketSource
{
public:
    virtual ~TicketSource();

    virtual const SourceConfig &config() const = 0;
    QString sourceId() const { return config().sourceId(); }

    virtual SourcePage fetchPage(const QString &cursor) = 0;

    // The ticket as the helpdesk has it now (with messages) and its revision, for showing a conflict.
    // Nullopt with *error.
    virtual std::optional<Ticket> fetchTicket(const QString &externalId, QString *revision, QString *error) = 0;

    // Delivers one write-back: move the ticket, add an internal note carrying request.idempotencyKey (only if no
    // note with that key is there yet), set the category field/tags. Uses the helpdesk's concurrency check against
    // the revision the agent saw; a ticket changed since is a Conflict with the fresh ticket, never overwritten.
    virtual WritebackResult writeBack(const WritebackRequest &request) = 0;

    // Checks that what write-backs will use exists in the helpdesk (queues, the category field) and appends a
    // warning for each thing that does not. Writes nothing. False with *error when the helpdesk could not be asked
    // (then the warnings are incomplete). The default (files) has nothing to check.
    virtual bool checkWriteback(QList<SourceWarning> *warnings, QString *error);

    void setCancellation(const Cancellation *cancellation) { m_cancellation = cancellation; }
    // Called with the number of tickets completed within the current page (for progress within long pages).
    void setItemProgress(std::function<void(int)> progress) { m_itemProgress = std::move(progress); }
    // Called by writeBack() after its checks and right before the guarded update: lets a test play a colleague who
    // edits the ticket in that gap, which the helpdesk's own check (RT's If-Match, Zendesk's safe_update) must catch.
    void setBeforeUpdate(std::function<void()> hook) { m_beforeUpdate = std::move(hook); }

protected:
    bool cancelled() const { return Cancellation::isSet(m_cancellation); }
    void itemDone(int count) const
    {
        if (m_itemProgress)
            m_itemProgress(count);
    }
    void beforeUpdate() const
    {
        if (m_beforeUpdate)
            m_beforeUpdate();
    }
    const Cancellation *m_cancellation = nullptr;

private:
    std::function<void(int)> m_itemProgress;
    std::function<void()> m_beforeUpdate;
};

// Makes the source a document describes, resolving its secret (environment or keychain). Nullptr with *error when
// the secret is missing. `clock` is for tests of the HTTP back-off (nullptr: the wall clock).
std::unique_ptr<TicketSource> createTicketSource(const SourceConfig &config, QString *error,
                                                 HttpClock *clock = nullptr);

} // namespace RouteDesk
