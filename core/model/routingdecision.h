#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "enginetext.h"

namespace RouteDesk {

// A category with its calibrated probability.
struct ScoredCategory
{
    QString category;
    double p = 0.0;

    friend bool operator==(const ScoredCategory &, const ScoredCategory &) = default;
};

// Why a ticket needs a person. `code` is one of the EscalationCode constants below (workspaces may not invent
// codes); `reason` is a sentence a person can read ("Refund of 740 USD is above the 500 USD limit").
// `message` is the reason's structured form (its source and arguments) for the UI's language; decisions stored
// before it existed have none and show `reason` as it is.
struct EscalationFlag
{
    EscalationFlag() = default;
    EscalationFlag(QString code, QString reason, EngineText message = {})
        : code(std::move(code))
        , reason(std::move(reason))
        , message(std::move(message))
    { }

    QString code;
    QString reason;
    EngineText message;

    // The reason as a structured sentence: `message`, or `reason` unstructured.
    EngineText reasonText() const { return message.isStructured() ? message : EngineText::plain(reason); }

    friend bool operator==(const EscalationFlag &, const EscalationFlag &) = default;
};

// A learned risk detector's judgement of one text: a linear score, the threshold chosen by cross-validation, and
// (when the prediction explains itself) the words that pushed the score up, strongest first.
struct DetectorScore
{
    QString code; // an escalation code
    double score = 0.0;
    double threshold = 0.0;
    QStringList words;

    bool fired() const { return score >= threshold; }
};

namespace EscalationCode {
inline constexpr auto LowConfidence = "low_confidence";
inline constexpr auto Ambiguous = "ambiguous";
inline constexpr auto MultiIntent = "multi_intent";
inline constexpr auto RefundReview = "refund_review";
inline constexpr auto PolicyException = "policy_exception";
inline constexpr auto SecurityIncident = "security_incident";
inline constexpr auto LegalThreat = "legal_threat";
inline constexpr auto Abuse = "abuse";
inline constexpr auto Urgent = "urgent";
inline constexpr auto EmotionalDistress = "emotional_distress";
inline constexpr auto Vip = "vip";
inline constexpr auto RoutingLoop = "routing_loop";
inline constexpr auto OutOfScope = "out_of_scope";
// Every code, in the order the UI lists them.
QStringList all();
} // namespace EscalationCode

// What the pipeline decided for one ticket. Immutable once stored: a new routing is a new decision.
struct RoutingDecision
{
    qint64 id = 0; // store key, 0 until stored
    qint64 ticketId = 0; // store key of the ticket

    QString category; // suggested category id (empty when out of scope)
    double confidence = 0.0; // calibrated probability of `category`
    QList<ScoredCategory> alternatives; // every category, ranked by p (first is `category`)
    QStringList secondaryIntents; // other categories above their own threshold
    QString specialist; // id of the specialist path that owns the ticket
    QString previousOwner; // the owner before this decision (empty for a new ticket): the ownership step
    int reroutes = 0; // times the ticket changed hands, counting this decision
    QString draft; // the specialist's reply draft (never sent by RouteDesk itself)
    QStringList citedArticles; // ids of the knowledge articles the draft cites
    QList<EscalationFlag> flags; // empty means the ticket can be handled without a person
    QString escalationTarget; // id of the team lead or queue who should take it (empty without flags)
    QStringList explanation; // human-readable reasons: top features, rules, thresholds (English)
    QList<EngineText> explanationTexts; // the same lines, structured; empty for decisions stored before
    QStringList rulesFired; // ids of workspace rules that matched
    QString modelVersion;
    QString workspaceVersion;
    QDateTime decidedAt;

    bool escalate() const { return !flags.isEmpty(); }
    bool hasFlag(const QString &code) const;

    friend bool operator==(const RoutingDecision &, const RoutingDecision &) = default;
};

} // namespace RouteDesk
