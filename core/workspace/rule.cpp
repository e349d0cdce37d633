#include "rule.h"

namespace RouteDesk {

namespace {
struct FieldName
{
    RuleField field;
    const char *name;
};
constexpr FieldName fieldNames[] = {
    {RuleField::Subject, "subject"},
    {RuleField::Body, "body"},
    {RuleField::Text, "text"},
    {RuleField::RequesterName, "requester_name"},
    {RuleField::RequesterEmail, "requester_email"},
    {RuleField::RequesterDomain, "requester_domain"},
    {RuleField::Tier, "tier"},
    {RuleField::Tags, "tags"},
    {RuleField::Language, "language"},
    {RuleField::Channel, "channel"},
    {RuleField::Priority, "priority"},
};
} // namespace

QString ruleFieldName(RuleField field)
{
    for (const FieldName &entry : fieldNames) {
        if (entry.field == field)
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<RuleField> ruleFieldFromName(const QString &name)
{
    for (const FieldName &entry : fieldNames) {
        if (name == QLatin1String(entry.name))
            return entry.field;
    }
    return std::nullopt;
}

RuleTicket::RuleTicket(const Ticket &ticket)
    : m_ticket(ticket)
{ }

RuleTicket::~RuleTicket() = default;

QString RuleTicket::raw(RuleField field) const
{
    switch (field) {
    case RuleField::Subject:
        return m_ticket.subject;
    case RuleField::Body:
        return m_ticket.body;
    case RuleField::Text:
        return m_ticket.requesterText();
    case RuleField::RequesterName:
        return m_ticket.requesterName;
    case RuleField::RequesterEmail:
        return m_ticket.requesterEmail;
    case RuleField::RequesterDomain:
        return m_ticket.requesterEmail.section(QLatin1Char('@'), 1).trimmed();
    case RuleField::Tier:
        return m_ticket.customerTier;
    case RuleField::Tags:
        return m_ticket.tags.join(QLatin1Char(' '));
    case RuleField::Language:
        if (m_ticket.language.isEmpty()) {
            if (m_language.isEmpty())
                m_language = detectLanguage(text(RuleField::Text));
            return m_language;
        }
        return m_ticket.language.section(QLatin1Char('-'), 0, 0);
    case RuleField::Channel:
        return m_ticket.channel;
    case RuleField::Priority:
        return m_ticket.priority;
    }
    return {};
}

QStringList RuleTicket::values(RuleField field) const
{
    if (field == RuleField::Tags)
        return m_ticket.tags;
    return {raw(field)};
}

const MatchText &RuleTicket::text(RuleField field) const
{
    const int key = int(field);
    auto it = m_cache.find(key);
    if (it == m_cache.end())
        it = m_cache.insert(key, std::make_shared<MatchText>(raw(field)));
    return *it.value();
}

bool Condition::evaluate(const RuleTicket &ticket, QStringList *matched) const
{
    switch (kind) {
    case Kind::All:
        for (const Condition &child : children) {
            if (!child.evaluate(ticket, matched))
                return false;
        }
        return true;
    case Kind::Any:
        for (const Condition &child : children) {
            if (child.evaluate(ticket, matched))
                return true;
        }
        return false;
    case Kind::Not: {
        QStringList ignored;
        return !children.isEmpty() && !children.first().evaluate(ticket, &ignored);
    }
    case Kind::Words:
    case Kind::Phrases: {
        const auto hit = phrases.first(ticket.text(field));
        if (!hit)
            return false;
        if (matched)
            matched->append(QStringLiteral("%1 contains \"%2\"").arg(ruleFieldName(field), hit->phrase));
        return true;
    }
    case Kind::Regex: {
        const QString value = ticket.raw(field);
        if (!regex.matches(value))
            return false;
        if (matched)
            matched->append(QStringLiteral("%1 matches /%2/").arg(ruleFieldName(field), regex.pattern()));
        return true;
    }
    case Kind::Equals:
        for (const QString &value : ticket.values(field)) {
            const QString folded = foldText(value.trimmed());
            if (values.contains(folded)) {
                if (matched)
                    matched->append(QStringLiteral("%1 is \"%2\"").arg(ruleFieldName(field), value.trimmed()));
                return true;
            }
        }
        return false;
    }
    return false;
}

} // namespace RouteDesk
