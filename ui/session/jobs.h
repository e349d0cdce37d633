#pragma once

// Long work that runs on a worker thread (QtConcurrent::run with a QPromise): each job opens its own
// DecisionStore (a connection belongs to the thread that opened it), reports progress with a translated text,
// stops early when cancelled, and hands plain values back to the GUI thread.

#include "pipeline/pipeline.h"
#include "queue/queuemodel.h"
#include "store/customercontext.h"
#include "store/decisionstore.h"

#include <QPromise>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace RouteDesk::Jobs {

struct OpenRequest
{
    bool demo = true;
    QString workspacePath; // when not the demo
    QString modelPath; // empty: the demo model
    double confidenceThreshold = 0.0; // > 0 overrides the workspace's escalation threshold
    StoreLocation location;
    QString demoQueue = QStringLiteral(":/demo/queue.jsonl"); // imported into an empty demo store
    // LLM drafting from the settings (LlmConfig::resolve: the environment overrides them, the key comes from the
    // environment or the keychain); both empty and no environment: template drafts.
    QString llmUrl;
    QString llmModel;
};

struct OpenResult
{
    std::shared_ptr<const Pipeline> pipeline; // the store's active model and accepted rules over `bundled`
    std::shared_ptr<const Pipeline> bundled; // the workspace with its own model, before the store's learning
    std::vector<QueueRow> rows;
    int imported = 0;
    int routed = 0;
    QString error; // empty on success
};

// What the queue list reads: no bodies, drafts or explanations (the ticket pane reads one ticket's history).
QueueOptions queueListOptions();

// Loads the workspace and model, applies the store's active model version and accepted rules, imports the demo queue
// into an empty demo store, routes every ticket that has no decision yet and reads the queue.
void openWorkspace(QPromise<OpenResult> &promise, const OpenRequest &request);

// Builds the pipeline for a request (also used by tests); nullptr with *error.
std::shared_ptr<const Pipeline> makePipeline(const OpenRequest &request, QString *error);

struct RouteSummary
{
    int routed = 0;
    QString error;
};
// Routes every ticket of the store without a decision through the store's triage service; batches are committed
// as they finish, so a cancel keeps what was routed so far. `pipeline` is the bundled one (the service applies the
// store's active model and accepted rules).
void routeUnrouted(QPromise<RouteSummary> &promise, const StoreLocation &location,
                   std::shared_ptr<const Pipeline> pipeline);

struct QueueLoad
{
    std::vector<QueueRow> rows;
    QString error;
};
void loadQueue(QPromise<QueueLoad> &promise, const StoreLocation &location, const Taxonomy &taxonomy);

// One ticket as the ticket pane shows it: its queue row, its whole history and its customer context (the
// requester's other tickets, similar settled ones), read on a worker's own store connection so that moving through
// the queue never waits on the store on the GUI thread.
struct TicketRead
{
    qint64 ticketId = 0;
    std::optional<QueueEntry> entry;
    std::optional<TicketHistory> history;
    CustomerContext context; // its own error: a failed context read still shows the ticket
    QString error; // the store failed, or the ticket is gone
};
void readTicket(QPromise<TicketRead> &promise, const StoreLocation &location, qint64 ticketId);

} // namespace RouteDesk::Jobs
