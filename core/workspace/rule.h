#pragma once

// Hand-written workspace rules: a condition tree over ticket fields and a list of actions.
// The pipeline applies them in one order (see docs/engine.md): boosts, then "set" (last wins), renormalise,
// escalation policy, then rule flags and forced escalations.

#include "textmatch.h"

#include "model/ticket.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace RouteDesk {

enum class RuleField {
    Subject,
    Body,
    Text, // subject and body
    RequesterName,
    RequesterEmail,
    RequesterDomain, // the part after '@' of the requester's email
    Tier,
    Tags,
    Language,
    Channel,
    Priority,
};
QString ruleFieldName(RuleField field);
std::optional<RuleField> ruleFieldFromName(const QString &name);

// A ticket prepared once for rule evaluation: each field folded and tokenised on first use.
class RuleTicket
{
public:
    explicit RuleTicket(const Ticket &ticket);
    ~RuleTicket();
    RuleTicket(const RuleTicket &) = delete;
    RuleTicket &operator=(const RuleTicket &) = delete;

    const Ticket &ticket() const { return m_ticket; }
    QString raw(RuleField field) const;
    QStringList values(RuleField field) const; // tags as a list; other fields as one value
    const MatchText &text(RuleField field) const;

private:
    const Ticket &m_ticket;
    mutable QString m_language;
    mutable QHash<int, std::shared_ptr<MatchText>> m_cache;
};

struct Condition
{
    enum class Kind { All, Any, Not, Words, Phrases, Regex, Equals };
    Kind kind = Kind::All;
    RuleField field = RuleField::Text;
    QList<Condition> children; // All, Any; Not has exactly one
    PhraseMatcher phrases; // Words, Phrases
    BoundedRegex regex; // Regex
    QStringList values; // Equals (folded, compared whole)

    // True when the condition holds; *matched receives a short description of what matched (for explanations).
    bool evaluate(const RuleTicket &ticket, QStringList *matched) const;
};

struct RuleAction
{
    enum class Kind {
        SetCategory, // the category becomes `category` (the last "set" in file order wins)
        Boost, // adds `amount` (-1..1) to the category's probability before renormalising
        Flag, // adds an escalation flag `code` with `reason`
        Escalate, // forces escalation: a flag `code` with `reason`, suggesting `target` (team lead or a queue)
    };
    Kind kind = Kind::Boost;
    QString category;
    double amount = 0.0;
    QString code;
    QString reason;
    QString target; // "team_lead" or a queue id, for Escalate
};

struct Rule
{
    QString id;
    QString description;
    bool enabled = true;
    Condition when;
    QList<RuleAction> actions;
};

} // namespace RouteDesk
