#pragma once

// The escalation policy: decides every flag from the classification, the route and the ticket's words, each with
// a reason a person can read. Rule flags are added by the pipeline afterwards (step 5 of the documented order).

#include "workspace/workspace.h"

#include "model/routingdecision.h"
#include "model/ticket.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>

namespace RouteDesk {

struct EscalationInput
{
    const Ticket *ticket = nullptr;
    QString category; // after rules
    double confidence = 0.0;
    QList<ScoredCategory> ranked; // after rules, highest first
    bool setByRule = false; // a rule set the category: confidence checks do not apply
    double modelThreshold = 0.0; // the classifier's own threshold
    QStringList secondaryIntents; // candidate other intents (model secondary thresholds and text segments)
    QString specialist; // the routed specialist (its policies apply)
    bool routingLoop = false;
    QString routingLoopReason;
    EngineText routingLoopMessage; // routingLoopReason, structured
    QDateTime reference; // "now" for tickets without created_at
    // The model's learned detectors on the requester's words, and how well the ticket fits any category (NaN
    // when the model has no scope threshold).
    QList<DetectorScore> detectors;
    double scope = std::numeric_limits<double>::quiet_NaN();
    double scopeThreshold = std::numeric_limits<double>::quiet_NaN();
};

// A phrase found for an escalation code (negated ones are reported too, for explanations).
struct PhraseFinding
{
    QString code;
    QString phrase;
    bool negated = false;
    QString negation;
};

struct EscalationOutcome
{
    QList<EscalationFlag> flags;
    QStringList explanation; // one line per flag, plus phrases ignored because negated
    QList<EngineText> explanationTexts; // the same lines, structured
    QList<PhraseFinding> phrases;
    bool crisis = false; // the workspace's crisis lexicon matched: only a person answers
};

class Escalator
{
public:
    explicit Escalator(const Workspace &workspace);

    EscalationOutcome evaluate(const EscalationInput &input) const;

    // The threshold for `category`: the workspace's override or the model's, raised for high-risk categories.
    double thresholdFor(const QString &category, double modelThreshold) const;
    // Every phrase-list hit in the requester's text, in code order.
    QList<PhraseFinding> findPhrases(const MatchText &text) const;
    // `amount` in the limit's currency, or nullopt without a rate.
    std::optional<double> convert(const MoneyAmount &amount, const QString &currency) const;

private:
    const Workspace &m_workspace;
    EntityExtractor m_entities; // the workspace's vocabulary, compiled once
};

} // namespace RouteDesk
