#pragma once

#include "cancellation.h"
#include "ticketsource.h"

#include "model/routingdecision.h"

#include <QString>

#include <functional>

namespace RouteDesk {

class DecisionStore;

// What the sync keeps per source in the store's sync cursor: the source document (never a secret: SourceConfig
// refuses them) so that `outbox --flush` and the app can deliver write-backs later, and the source's own cursor.
struct SyncState
{
    nlohmann::json document; // null when unknown
    QString cursor;

    QString toText() const;
    static SyncState fromText(const QString &text);
    static SyncState read(DecisionStore *store, const QString &sourceId);
};

struct SyncProgress
{
    qint64 pulled = 0; // tickets pulled so far in this run
    qint64 remaining = -1; // still to pull, when the source knows
    int pages = 0;
};

struct SyncReport
{
    qint64 pulled = 0;
    qint64 inserted = 0; // tickets the store did not have
    qint64 updated = 0; // tickets it had (re-synced after a change)
    qint64 routed = 0; // decisions recorded
    int pages = 0;
    bool complete = false; // the source said it had nothing more
    SourcePage::Error error = SourcePage::Error::None;
    QString errorString; // the source's or the store's message
    bool storeFailed = false; // the error came from the store
    // What write-backs to this source will lack (missing queues, a missing category field), from the check made
    // before the first page; empty when all is there or nothing was checked. The sync itself is not failed by them.
    QList<SourceWarning> warnings;
    bool writebackChecked = false; // the check ran to the end
    QString checkError; // why the check could not be made (the sync's own error usually says more)

    // Every warning's message, for a banner or the command line.
    QStringList warningMessages() const;

    bool ok() const { return error == SourcePage::Error::None && !storeFailed; }
};

// The routing step of a sync: the pipeline, or a stand-in in tests. Called on the sync's thread.
using TicketRouter = std::function<RoutingDecision(const Ticket &ticket)>;

// Pulls a source into a store: fetch a page, upsert its tickets, keep their revisions, route the ones without a
// decision yet, store the decisions, then move the cursor. Resumable: a run stopped anywhere (cancel, outage, crash)
// continues from the last page whose tickets and decisions were stored; a repeated page upserts the same tickets
// again and routes only those still without a decision, so nothing is duplicated or lost.
//
// Blocking: run on a worker thread that owns `store` (DecisionStore objects belong to the thread that opened them).
class SyncRunner
{
public:
    SyncRunner(DecisionStore *store, TicketSource *source, TicketRouter router = {});

    void setCancellation(const Cancellation *cancellation);
    void setProgress(std::function<void(const SyncProgress &)> progress) { m_progress = std::move(progress); }
    // Stops after this many pages (0: until the source is drained). For tests and the benchmark.
    void setMaxPages(int pages) { m_maxPages = pages; }
    // Whether run() first checks what write-backs will need (TicketSource::checkWriteback()); on by default.
    void setCheckWriteback(bool check) { m_checkWriteback = check; }

    SyncReport run();

private:
    DecisionStore *m_store;
    TicketSource *m_source;
    TicketRouter m_router;
    const Cancellation *m_cancellation = nullptr;
    std::function<void(const SyncProgress &)> m_progress;
    int m_maxPages = 0;
    bool m_checkWriteback = true;
};

} // namespace RouteDesk
