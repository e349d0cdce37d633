#include "writeback.h"

#include "io/jsonparse.h"
#include "model/modeljson.h"

namespace RouteDesk {

using nlohmann::json;

QByteArray WritebackPayload::toJson() const
{
    json flagList = json::array();
    for (const EscalationFlag &flag : flags)
        flagList.push_back({{"code", toStd(flag.code)}, {"reason", toStd(flag.reason)}});
    const json document = {{"version", 1},
                           {"action", toStd(actionTypeName(action))},
                           {"category", toStd(category)},
                           {"suggested_category", toStd(suggestedCategory)},
                           {"confidence", confidence},
                           {"flags", flagList},
                           {"reason_code", toStd(reasonCode)},
                           {"reason", toStd(reason)},
                           {"agent", toStd(agent)},
                           {"escalation_target", toStd(escalationTarget)},
                           {"acted_at", toStd(isoTime(actedAt))},
                           {"base_revision", toStd(baseRevision)},
                           {"base_updated_at", toStd(isoTime(baseUpdatedAt))}};
    const std::string text = document.dump(-1, ' ', false, json::error_handler_t::replace);
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

bool WritebackPayload::fromJson(const QByteArray &text, WritebackPayload *payload, QString *error)
{
    const json document = parseJsonOrDiscarded(text);
    auto fail = [&](const QString &message) {
        if (error)
            *error = QStringLiteral("write-back payload: %1").arg(message);
        return false;
    };
    if (!document.is_object())
        return fail(QStringLiteral("not a JSON object"));
    if (document.value("version", 0) != 1)
        return fail(QStringLiteral("unknown version"));
    auto str = [&](const char *key) {
        const auto it = document.find(key);
        return it != document.end() && it->is_string() ? fromStd(it->get<std::string>()) : QString();
    };
    WritebackPayload result;
    const auto type = actionTypeFromName(str("action"));
    if (!type || *type == ActionType::Undo)
        return fail(QStringLiteral("\"action\": expected accept, override or escalate"));
    result.action = *type;
    result.category = str("category");
    result.suggestedCategory = str("suggested_category");
    if (const auto it = document.find("confidence"); it != document.end() && it->is_number())
        result.confidence = it->get<double>();
    if (const auto it = document.find("flags"); it != document.end() && it->is_array()) {
        for (const json &flag : *it) {
            if (!flag.is_object())
                return fail(QStringLiteral("\"flags\": expected objects"));
            result.flags.append(
                {fromStd(flag.value("code", std::string())), fromStd(flag.value("reason", std::string()))});
        }
    }
    result.reasonCode = str("reason_code");
    result.reason = str("reason");
    result.agent = str("agent");
    result.escalationTarget = str("escalation_target");
    result.actedAt = parseIsoTime(str("acted_at"));
    result.baseRevision = str("base_revision");
    result.baseUpdatedAt = parseIsoTime(str("base_updated_at"));
    *payload = result;
    return true;
}

WritebackPayload WritebackPayload::build(const Ticket &ticket, const std::optional<RoutingDecision> &decision,
                                         const AgentAction &action, const QString &revision)
{
    WritebackPayload payload;
    payload.action = action.type;
    payload.category = action.category;
    if (decision) {
        payload.suggestedCategory = decision->category;
        payload.confidence = decision->confidence;
        payload.flags = decision->flags;
        if (payload.category.isEmpty())
            payload.category = decision->category;
    }
    payload.reasonCode = action.reasonCode;
    payload.reason = action.reason;
    payload.agent = action.agent;
    payload.escalationTarget = action.escalationTarget;
    payload.actedAt = action.at.isValid() ? action.at : QDateTime::currentDateTimeUtc();
    payload.baseRevision = revision;
    payload.baseUpdatedAt = ticket.updatedAt;
    return payload;
}

QString writebackOutcomeName(WritebackResult::Outcome outcome)
{
    switch (outcome) {
    case WritebackResult::Outcome::Done:
        return QStringLiteral("done");
    case WritebackResult::Outcome::Retry:
        return QStringLiteral("retry");
    case WritebackResult::Outcome::Failed:
        return QStringLiteral("failed");
    case WritebackResult::Outcome::Conflict:
        return QStringLiteral("conflict");
    }
    return {};
}

QString idempotencyMarker(const QString &key)
{
    return QStringLiteral("[routedesk:%1]").arg(key);
}

QString writebackNote(const WritebackRequest &request, const QString &target, const QStringList &skipped)
{
    const WritebackPayload &p = request.payload;
    QStringList lines;
    switch (p.action) {
    case ActionType::Accept:
        lines << QStringLiteral("RouteDesk: %1 accepted the suggested category.").arg(p.agent);
        break;
    case ActionType::Override:
        lines << QStringLiteral("RouteDesk: %1 overrode the suggested category.").arg(p.agent);
        break;
    case ActionType::Escalate:
        lines << QStringLiteral("RouteDesk: %1 escalated the ticket.").arg(p.agent);
        break;
    case ActionType::Undo:
        break;
    }
    lines << QStringLiteral("Category: %1").arg(p.category.isEmpty() ? QStringLiteral("(none)") : p.category);
    lines << QStringLiteral("Suggested: %1 (confidence %2)")
                 .arg(p.suggestedCategory.isEmpty() ? QStringLiteral("(none)") : p.suggestedCategory)
                 .arg(p.confidence, 0, 'f', 2);
    if (p.flags.isEmpty()) {
        lines << QStringLiteral("Flags: none");
    } else {
        lines << QStringLiteral("Flags:");
        for (const EscalationFlag &flag : p.flags)
            lines << QStringLiteral("- %1: %2").arg(flag.code, flag.reason);
    }
    if (!p.reasonCode.isEmpty())
        lines << QStringLiteral("Reason code: %1").arg(p.reasonCode);
    lines << QStringLiteral("Agent's reason: %1").arg(p.reason.isEmpty() ? QStringLiteral("(none given)") : p.reason);
    if (!target.isEmpty())
        lines << QStringLiteral("Moved to: %1").arg(target);
    for (const QString &part : skipped)
        lines << QStringLiteral("Not set: %1").arg(part);
    lines << QString() << idempotencyMarker(request.idempotencyKey);
    return lines.join(QLatin1Char('\n'));
}

QString revisionKey(const QString &source, const QString &externalId)
{
    return source + QLatin1Char('#') + externalId;
}

} // namespace RouteDesk
