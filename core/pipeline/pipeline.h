#pragma once

// The routing engine: four stages, each callable on its own, and decide() that writes their results into one
// RoutingDecision. Order (docs/engine.md): classify (model probabilities, rule boosts, rule "set",
// renormalise) -> route (category -> specialist, loop guard) -> escalate (policy flags, then rule flags, and who
// should take the ticket) -> draft (templates or the optional LLM backend, aware of the flags; none for a ticket
// that fits no category, stays held in a loop or has no owner). runDetailed() is exactly that composition.
//
// Thread-safety: every method is const and may be called from several threads at once; the workspace, the
// classifier and the backend are immutable and shared.

#include "route/router.h"
#include "specialist/draft.h"
#include "workspace/workspace.h"

#include "classify/textclassifier.h"
#include "model/routingdecision.h"
#include "model/ticket.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <memory>

namespace RouteDesk {

class Drafter;
class Escalator;

// What a rule did to a ticket, in application order.
struct RuleEffect
{
    QString rule;
    QString action; // "boost", "set", "flag", "escalate"
    QString category;
    double amount = 0.0;
    QString code;
    QString detail; // readable sentence for the explanation
    EngineText detailText; // the same, structured
};

struct ClassificationResult
{
    QList<ScoredCategory> modelRanked; // (1) the classifier's calibrated probabilities
    QList<ScoredCategory> ranked; // (3) after rule boosts and renormalisation, highest first
    QString category; // top of `ranked`, or the category a rule set
    double confidence = 0.0; // p(category) in `ranked`
    double margin = 1.0; // p(top) - p(second) in `ranked`
    QString setByRule; // id of the rule whose "set" won, if any
    QStringList secondaryIntents; // other categories (model secondary thresholds and text segments)
    QStringList segmentIntents; // categories found in single paragraphs or sentence groups
    QList<FeatureContribution> evidence;
    QStringList rulesFired; // ids, in file order
    QList<RuleEffect> ruleEffects;
    QList<EscalationFlag> ruleFlags; // (5) flags rules add, applied after the escalation policy
    QString ruleTarget; // escalation target a rule asked for
    double threshold = 0.0; // the confidence threshold in force for this ticket
    QString language; // the ticket's language (given or detected)
    QString modelVersion;
    QStringList explanation;
    QList<EngineText> explanationTexts; // the same lines, structured (alignedTexts() when a line has none)
    // The model's learned risk detectors on the requester's own words, and the ticket's fit to any category.
    QList<DetectorScore> detectors;
    double scope = std::numeric_limits<double>::quiet_NaN();
    double scopeThreshold = std::numeric_limits<double>::quiet_NaN();
};

struct EscalationResult
{
    QList<EscalationFlag> flags; // the policy's flags, then the flags rules added
    // Who should take it: a rule's target, else the queue of the most serious flag, else the team lead. Empty
    // without flags.
    QString target;
    QStringList explanation;
    QList<EngineText> explanationTexts; // the same lines, structured

    bool hasFlag(const char *code) const;
};

struct PipelineResult
{
    ClassificationResult classification;
    RouteResult route;
    EscalationResult escalation;
    Draft draft;
    RoutingDecision decision;
};

class Pipeline
{
public:
    // `classifier` must match the workspace's categories (extra or missing ones are ignored/zero).
    // `drafting` is optional: without it drafts come from templates.
    Pipeline(std::shared_ptr<const Workspace> workspace, std::shared_ptr<const TextClassifier> classifier,
             std::shared_ptr<const DraftingBackend> drafting = {});
    ~Pipeline();
    Pipeline(const Pipeline &) = delete;
    Pipeline &operator=(const Pipeline &) = delete;

    // The embedded demo workspace and model; nullptr with *error when the resources are missing or broken.
    static std::unique_ptr<Pipeline> demo(QString *error);
    static std::unique_ptr<TextClassifier> demoModel(QString *error);

    ClassificationResult classify(const Ticket &ticket) const;
    RouteResult route(const Ticket &ticket, const ClassificationResult &classification,
                      const RouteContext &context = {}) const;
    EscalationResult escalate(const Ticket &ticket, const ClassificationResult &classification,
                              const RouteResult &route, const RouteContext &context = {}) const;
    // An empty draft whose one note says why when there is nothing to draft for.
    Draft draft(const Ticket &ticket, const ClassificationResult &classification, const RouteResult &route,
                const EscalationResult &escalation) const;
    // The stages' results as one decision: an out-of-scope ticket goes to the workspace's out-of-scope
    // category and its owner; the explanation is the stages' explanations in order.
    RoutingDecision decide(const ClassificationResult &classification, const RouteResult &route,
                           const EscalationResult &escalation, const Draft &draft,
                           const RouteContext &context = {}) const;

    // classify -> route -> escalate -> draft -> decide.
    RoutingDecision run(const Ticket &ticket, const RouteContext &context = {}) const;
    // run() with every stage's result, for the desktop app's inspector.
    PipelineResult runDetailed(const Ticket &ticket, const RouteContext &context = {}) const;

    const Workspace &workspace() const { return *m_workspace; }
    std::shared_ptr<const Workspace> sharedWorkspace() const { return m_workspace; }
    const TextClassifier &classifier() const { return *m_classifier; }
    std::shared_ptr<const TextClassifier> sharedClassifier() const { return m_classifier; }
    const DraftingBackend *drafting() const { return m_drafting.get(); }
    std::shared_ptr<const DraftingBackend> sharedDrafting() const { return m_drafting; }

private:
    std::shared_ptr<const Workspace> m_workspace;
    std::shared_ptr<const TextClassifier> m_classifier;
    std::shared_ptr<const DraftingBackend> m_drafting;
    std::unique_ptr<Escalator> m_escalator;
    std::unique_ptr<Drafter> m_drafter;
};

} // namespace RouteDesk
