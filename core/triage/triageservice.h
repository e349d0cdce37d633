#pragma once

// The one owner of a routing decision's life cycle over a store. The desktop app, every routedesk-cli command and
// learning build their pipeline here and route and record through a TriageService; nothing in ui/ or app/ puts a
// pipeline together or writes an action by itself.
//
// - buildPipeline(): the workspace, its model (named, or the demo model whose categories must match) and the
//   drafting backend.
// - TriageService: the store's pipeline (that pipeline with the store's active model version and accepted rules),
//   routing with each ticket's ownership history as the route context (so a ticket passed back and forth is held
//   with one owner and flagged routing_loop), and recording an agent's action with its write-back in one
//   transaction.
//
// Threading: a service belongs to the thread of its store, like the store.

#include "pipeline/pipeline.h"
#include "sources/outboxdeliverer.h"
#include "store/decisionstore.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace RouteDesk {

// Why a pipeline could not be built, for the command line's exit code.
enum class SetupFailure {
    None,
    BadInput, // a named file is malformed or altered
    Unreadable, // a named file or an embedded resource cannot be read
    Mismatch, // the demo model's categories are not the workspace's: a model must be named
};

// The model and drafting a pipeline is built with, for a workspace already loaded.
struct PipelineSetup
{
    QString modelPath; // empty: the demo model (trained from the demo history in a build without one)
    std::shared_ptr<const DraftingBackend> drafting; // none: template drafts
};

// nullptr with *error (and *failure) on failure.
std::shared_ptr<const Pipeline> buildPipeline(std::shared_ptr<const Workspace> workspace, const PipelineSetup &setup,
                                              QString *error, SetupFailure *failure = nullptr);
// The LLM drafting backend the environment (and the given settings) configure, or none.
std::shared_ptr<const DraftingBackend> configuredDrafting(const QString &settingsUrl = {},
                                                          const QString &settingsModel = {});

// One change of hands in a ticket's life, oldest first.
struct OwnershipStep
{
    enum class Kind {
        Routed, // a decision's specialist
        Overridden, // an agent chose another specialist
        Escalated, // an agent handed it to a person (owner "person:<target>")
        Moved, // a sync saw it moved to another helpdesk queue
    };
    Kind kind = Kind::Routed;
    QString owner; // specialist id, "person:<escalation target>" or "queue:<helpdesk queue>"
    QDateTime at;
};

// Who owns a ticket in each helpdesk queue, from a source's queue_map (category -> queue) and the workspace's
// specialists. A queue nobody maps is owned by whoever works it in the helpdesk ("queue:<name>").
struct QueueOwners
{
    QHash<QString, QString> specialistOfQueue;
    QString escalationQueue; // the source's escalation queue: a person has it
};
QueueOwners queueOwnersFor(const QMap<QString, QString> &routeMap, const QString &escalationQueue,
                           const Workspace &workspace);
// The owner an escalation hands a ticket to.
QString escalationOwner(const QString &target);

// The owners a ticket had, in time order: each decision's specialist, each override and escalation that was not
// undone, and each helpdesk queue move (our own write-back's moves land on the owner the action chose, so they
// change nothing).
QList<OwnershipStep> ownershipHistory(const TicketHistory &history, const QueueOwners &queues = {});
// The route context those steps give: every owner in order (the last one owns the ticket now).
RouteContext routeContextFor(const QList<OwnershipStep> &steps, const QDateTime &now = {});

class TriageService;
// A sync's router over `store` (a worker thread's own store): the store's pipeline over `bundled`, routing with
// each ticket's ownership history. The router keeps its service alive. False with *error.
bool makeSyncRouter(DecisionStore &store, std::shared_ptr<const Pipeline> bundled, const QueueOwners &queues,
                    std::function<RoutingDecision(const Ticket &)> *router, QString *error);

class TriageService
{
public:
    // Over an open store (not owned, it must outlive the service). The store's pipeline is `bundled` with the
    // store's active model version and accepted rules; nullptr with *error when those cannot be read (a broken
    // active model is an error, not a silent fallback).
    static std::unique_ptr<TriageService> create(DecisionStore *store, std::shared_ptr<const Pipeline> bundled,
                                                 QString *error);
    // The same with the store's pipeline already built (by create() on another thread's connection to the same
    // store): nothing is read here. Without any pipeline the service only records actions.
    static std::unique_ptr<TriageService> adopt(DecisionStore *store, std::shared_ptr<const Pipeline> bundled,
                                                std::shared_ptr<const Pipeline> pipeline);
    ~TriageService();

    DecisionStore &store() const { return *m_store; }
    std::shared_ptr<const Pipeline> pipeline() const { return m_pipeline; }
    std::shared_ptr<const Pipeline> bundled() const { return m_bundled; }
    // Builds the store's pipeline again (after a lead activated a model or accepted a rule).
    bool reload(QString *error);
    // Who owns which helpdesk queue, for the ownership steps of queue moves (a sync's source).
    void setQueueOwners(QueueOwners owners) { m_queueOwners = std::move(owners); }

    // The ticket routed with its ownership history (a stored ticket) or as new (id 0). The decision is not
    // recorded. nullopt with *error when the history cannot be read.
    std::optional<RoutingDecision> route(const Ticket &ticket, QString *error) const;
    // Routes every ticket without a decision, oldest first, in batches that are committed as they finish: a stop
    // (progress returns false) keeps what was routed. False with *error when the store fails.
    bool routeUnrouted(const std::function<bool(int done, int total)> &progress, int *routed, QString *error) const;
    // What a sync routes new and changed tickets with.
    std::function<RoutingDecision(const Ticket &)> syncRouter() const;

    // Records an agent's action and, for a helpdesk that takes write-backs, its outbox item, in one transaction.
    bool record(AgentAction *action, ActionOutcome *outcome, QString *error) const;

private:
    TriageService(DecisionStore *store, std::shared_ptr<const Pipeline> bundled);
    DecisionStore *m_store;
    std::shared_ptr<const Pipeline> m_bundled;
    std::shared_ptr<const Pipeline> m_pipeline;
    QueueOwners m_queueOwners;
};

} // namespace RouteDesk
