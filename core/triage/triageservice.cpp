#include "triageservice.h"

#include "learn/activemodel.h"
#include "specialist/llmclient.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcTriage, "routedesk.triage")

namespace RouteDesk {

namespace {

constexpr int RouteBatch = 200; // decisions per transaction when routing a queue

QString fail(QString *error, SetupFailure *failure, SetupFailure kind, const QString &message)
{
    if (error)
        *error = message;
    if (failure)
        *failure = kind;
    return message;
}

} // namespace

std::shared_ptr<const Pipeline> buildPipeline(std::shared_ptr<const Workspace> workspace, const PipelineSetup &setup,
                                              QString *error, SetupFailure *failure)
{
    if (failure)
        *failure = SetupFailure::None;
    if (!workspace) {
        fail(error, failure, SetupFailure::Unreadable, QStringLiteral("no workspace"));
        return {};
    }
    std::shared_ptr<const TextClassifier> model;
    QString message;
    if (!setup.modelPath.isEmpty()) {
        bool badModel = false;
        model = TextClassifier::load(setup.modelPath, &message, &badModel);
        if (!model) {
            fail(error, failure, badModel ? SetupFailure::BadInput : SetupFailure::Unreadable, message);
            return {};
        }
    } else {
        model = demoWorkspaceModel(&message);
        if (!model) {
            fail(error, failure, SetupFailure::Unreadable, message);
            return {};
        }
        QStringList mine = workspace->taxonomy().ids();
        QStringList theirs = model->categories();
        mine.sort();
        theirs.sort();
        if (mine != theirs) {
            fail(error, failure, SetupFailure::Mismatch,
                 QStringLiteral("the workspace's categories (%1) differ from the demo model's (%2): give --model")
                     .arg(mine.join(QLatin1Char(',')), theirs.join(QLatin1Char(','))));
            return {};
        }
    }
    return std::make_shared<const Pipeline>(std::move(workspace), std::move(model), setup.drafting);
}

std::shared_ptr<const DraftingBackend> configuredDrafting(const QString &settingsUrl, const QString &settingsModel)
{
    const LlmConfig llm = LlmConfig::resolve(settingsUrl, settingsModel);
    if (!llm.isEnabled())
        return {};
    return std::make_shared<LlmClient>(llm);
}

QueueOwners queueOwnersFor(const QMap<QString, QString> &routeMap, const QString &escalationQueue,
                           const Workspace &workspace)
{
    QueueOwners owners;
    owners.escalationQueue = escalationQueue;
    for (auto it = routeMap.constBegin(); it != routeMap.constEnd(); ++it) {
        if (const Specialist *specialist = workspace.specialistForCategory(it.key()))
            owners.specialistOfQueue.insert(it.value(), specialist->id);
    }
    return owners;
}

QString escalationOwner(const QString &target)
{
    return QStringLiteral("person:") + (target.isEmpty() ? QStringLiteral("team_lead") : target);
}

QList<OwnershipStep> ownershipHistory(const TicketHistory &history, const QueueOwners &queues)
{
    QList<OwnershipStep> steps;
    for (const RoutingDecision &decision : history.decisions) {
        if (!decision.specialist.isEmpty())
            steps.append({OwnershipStep::Kind::Routed, decision.specialist, decision.decidedAt});
    }
    // Overrides hand the ticket to the specialist the agent chose, escalations to a person, unless taken back.
    const QSet<qint64> undone = undoneActionIds(history.actions);
    for (const AgentAction &action : history.actions) {
        if (undone.contains(action.id))
            continue;
        if (action.type == ActionType::Override && !action.specialist.isEmpty())
            steps.append({OwnershipStep::Kind::Overridden, action.specialist, action.at});
        else if (action.type == ActionType::Escalate)
            steps.append({OwnershipStep::Kind::Escalated, escalationOwner(action.escalationTarget), action.at});
    }
    for (const QueueMove &move : history.moves) {
        QString owner = queues.specialistOfQueue.value(move.toQueue);
        if (owner.isEmpty()) {
            owner = move.toQueue == queues.escalationQueue && !queues.escalationQueue.isEmpty()
                ? QStringLiteral("person:") + move.toQueue
                : QStringLiteral("queue:") + move.toQueue;
        }
        steps.append({OwnershipStep::Kind::Moved, owner, move.seenAt});
    }
    // Each kind is in store order already; merge them by time, keeping that order on ties.
    std::stable_sort(steps.begin(), steps.end(),
                     [](const OwnershipStep &a, const OwnershipStep &b) { return a.at < b.at; });
    // A move into the escalation queue after an escalation is that escalation's write-back: the same person.
    for (qsizetype i = 1; i < steps.size(); ++i) {
        if (steps.at(i).kind == OwnershipStep::Kind::Moved && steps.at(i).owner.startsWith(QLatin1String("person:"))
            && steps.at(i - 1).owner.startsWith(QLatin1String("person:")))
            steps[i].owner = steps.at(i - 1).owner;
    }
    return steps;
}

RouteContext routeContextFor(const QList<OwnershipStep> &steps, const QDateTime &now)
{
    RouteContext context;
    for (const OwnershipStep &step : steps)
        context.previousOwners.append(step.owner);
    context.now = now;
    return context;
}

TriageService::TriageService(DecisionStore *store, std::shared_ptr<const Pipeline> bundled)
    : m_store(store)
    , m_bundled(std::move(bundled))
{ }

TriageService::~TriageService() = default;

std::unique_ptr<TriageService> TriageService::create(DecisionStore *store, std::shared_ptr<const Pipeline> bundled,
                                                     QString *error)
{
    std::unique_ptr<TriageService> service(new TriageService(store, std::move(bundled)));
    if (!service->reload(error))
        return nullptr;
    return service;
}

std::unique_ptr<TriageService> TriageService::adopt(DecisionStore *store, std::shared_ptr<const Pipeline> bundled,
                                                    std::shared_ptr<const Pipeline> pipeline)
{
    std::unique_ptr<TriageService> service(new TriageService(store, std::move(bundled)));
    service->m_pipeline = pipeline ? std::move(pipeline) : service->m_bundled;
    return service;
}

bool TriageService::reload(QString *error)
{
    if (!m_bundled) {
        if (error)
            *error = QStringLiteral("no workspace pipeline to apply the store's model and rules to");
        return false;
    }
    QString message;
    std::shared_ptr<const Pipeline> pipeline = pipelineForStore(*m_store, *m_bundled, &message);
    if (!pipeline) {
        if (error)
            *error = message;
        return false;
    }
    m_pipeline = std::move(pipeline);
    return true;
}

std::optional<RoutingDecision> TriageService::route(const Ticket &ticket, QString *error) const
{
    if (!m_pipeline) {
        if (error)
            *error = QStringLiteral("this triage service only records actions: it has no pipeline");
        return std::nullopt;
    }
    RouteContext context;
    if (ticket.id != 0) {
        const std::optional<TicketHistory> history = m_store->history(ticket.id);
        if (!history && !m_store->errorString().isEmpty()) {
            if (error)
                *error = m_store->errorString();
            return std::nullopt;
        }
        if (history)
            context = routeContextFor(ownershipHistory(*history, m_queueOwners));
    }
    RoutingDecision decision = m_pipeline->run(ticket, context);
    decision.id = 0;
    decision.ticketId = ticket.id;
    return decision;
}

bool TriageService::routeUnrouted(const std::function<bool(int, int)> &progress, int *routed, QString *error) const
{
    *routed = 0;
    if (!m_pipeline) {
        *error = QStringLiteral("this triage service only records actions: it has no pipeline");
        return false;
    }
    const QList<qint64> ids = m_store->unroutedTicketIds();
    if (!m_store->errorString().isEmpty()) {
        *error = m_store->errorString();
        return false;
    }
    const int total = int(ids.size());
    if (progress && !progress(0, total))
        return true;
    QList<RoutingDecision> batch;
    for (int i = 0; i < total; ++i) {
        // Read one ticket at a time: a large queue is never held in memory at once.
        const std::optional<Ticket> ticket = m_store->ticket(ids.at(i));
        if (!ticket && !m_store->errorString().isEmpty()) {
            *error = m_store->errorString();
            return false;
        }
        if (ticket) {
            // Unrouted: no decision, so no ownership history to read.
            RoutingDecision decision = m_pipeline->run(*ticket);
            decision.ticketId = ticket->id;
            batch << std::move(decision);
        }
        if (batch.size() == RouteBatch || (i + 1 == total && !batch.isEmpty())) {
            if (!m_store->recordDecisions(&batch)) {
                *error = m_store->errorString();
                return false;
            }
            *routed += int(batch.size());
            batch.clear();
            if (progress && !progress(i + 1, total))
                return true;
        }
    }
    return true;
}

std::function<RoutingDecision(const Ticket &)> TriageService::syncRouter() const
{
    return [this](const Ticket &ticket) {
        QString error;
        std::optional<RoutingDecision> decision = route(ticket, &error);
        if (decision)
            return *decision;
        // The history could not be read: route it as the store last knew it, and say so.
        qCWarning(lcTriage) << "routing ticket" << ticket.id << "without its ownership history:" << error;
        RoutingDecision fallback = m_pipeline->run(ticket);
        fallback.ticketId = ticket.id;
        return fallback;
    };
}

bool makeSyncRouter(DecisionStore &store, std::shared_ptr<const Pipeline> bundled, const QueueOwners &queues,
                    std::function<RoutingDecision(const Ticket &)> *router, QString *error)
{
    std::shared_ptr<TriageService> service = TriageService::create(&store, std::move(bundled), error);
    if (!service)
        return false;
    service->setQueueOwners(queues);
    // The service's router, kept alive by the copy of the service it holds.
    *router = [service, route = service->syncRouter()](const Ticket &ticket) {
        return route(ticket);
    };
    return true;
}

bool TriageService::record(AgentAction *action, ActionOutcome *outcome, QString *error) const
{
    return recordAgentAction(m_store, action, outcome, error);
}

} // namespace RouteDesk
