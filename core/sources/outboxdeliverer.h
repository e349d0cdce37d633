#pragma once

#include "cancellation.h"
#include "ticketsource.h"

#include "model/agentaction.h"
#include "store/decisionstore.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace RouteDesk {

class HttpClock;

// Makes the connector for a ticket source string ("rt:http://..."), or nullptr with *error.
using SourceFactory = std::function<std::unique_ptr<TicketSource>(const QString &sourceId, QString *error)>;

// The factory most callers want: the source document the sync stored with its cursor (secrets from the environment
// or keychain as the document names them), or `override` when its sourceId() matches.
SourceFactory storedSourceFactory(DecisionStore *store, const std::optional<SourceConfig> &override = std::nullopt,
                                  HttpClock *clock = nullptr);

struct DeliveryReport
{
    int attempted = 0;
    int done = 0;
    int alreadyDelivered = 0; // done because an earlier attempt had got through (its answer was lost)
    int retrying = 0; // still pending, with a later nextAttemptAt
    int failed = 0;
    int conflicts = 0;
    QStringList messages; // one line per item that did not go through
    int partial = 0; // done without an optional part the helpdesk lacks (counted in `done` too)
    QStringList notes; // one line per such item: what was skipped
    QString storeError;
};

// Carries outbox items to their helpdesks, at least once and idempotently (the connectors check for the item's
// marker before adding a note). Outcomes go back to the store with DecisionStore::updateOutbox:
//   done -> Done; transient fault -> Pending with exponential back-off until maxAttempts, then Failed;
//   permanent fault -> Failed; conflict -> Conflict, and the fresh ticket is upserted so the app shows it.
// Items survive restarts (they live in the store) and outages (they wait, then go).
//
// Blocking: call from the thread that owns `store`.
class OutboxDeliverer
{
public:
    OutboxDeliverer(DecisionStore *store, SourceFactory factory);

    void setCancellation(const Cancellation *cancellation) { m_cancellation = cancellation; }
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    void setBackoff(qint64 baseMs, qint64 maxMs)
    {
        m_baseDelayMs = baseMs;
        m_maxDelayMs = maxMs;
    }
    // For tests: "now" for nextAttemptAt.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // Items whose next attempt is due (DecisionStore::dueOutbox).
    DeliveryReport deliverDue(int limit = 100);
    // Every pending item now, ignoring back-off (`outbox --flush`).
    DeliveryReport deliverAllPending();
    DeliveryReport deliver(const QList<OutboxItem> &items);

private:
    TicketSource *sourceFor(const QString &sourceId, QString *error);

    DecisionStore *m_store;
    SourceFactory m_factory;
    const Cancellation *m_cancellation = nullptr;
    int m_maxAttempts = 10;
    qint64 m_baseDelayMs = 30'000;
    qint64 m_maxDelayMs = 3'600'000;
    std::function<QDateTime()> m_now;
    std::map<QString, std::unique_ptr<TicketSource>> m_sources;
    QHash<QString, QString> m_sourceErrors;
};

// Recording an agent's decision: the action and, when the ticket's source takes write-backs, its outbox item in the
// same transaction (DecisionStore::recordAction). What the command line and the desktop app both call.
struct ActionOutcome
{
    bool queued = false; // a write-back was put in the outbox
    QString note; // why not, when it was not ("file source: no write-back")
};
bool recordAgentAction(DecisionStore *store, AgentAction *action, ActionOutcome *outcome, QString *error);

// Whether tickets of this source string can be written back ("rt:" and "zendesk:" sources).
bool sourceTakesWriteback(const QString &sourceId);

} // namespace RouteDesk
