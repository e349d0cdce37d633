#include "modeljson.h"

namespace RouteDesk {

namespace {

using nlohmann::json;

QString str(const json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return {};
    if (it->is_string())
        return fromStd(it->get<std::string>());
    if (it->is_number_integer())
        return QString::number(it->get<qint64>());
    if (it->is_number())
        return QString::number(it->get<double>());
    if (it->is_boolean())
        return it->get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    return fromStd(it->dump());
}

qint64 integer(const json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end())
        return 0;
    if (it->is_number_integer())
        return it->get<qint64>();
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>()).toLongLong();
    return 0;
}

bool requireObject(const json &value, const char *what, QString *error)
{
    if (value.is_object())
        return true;
    if (error)
        *error = QStringLiteral("%1: expected a JSON object").arg(QLatin1String(what));
    return false;
}

bool readStringList(const json &object, const char *key, QStringList *out, QString *error)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return true;
    if (it->is_string()) { // "a,b" or "a" in flat exports
        const QString text = fromStd(it->get<std::string>());
        *out = text.isEmpty() ? QStringList() : text.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &entry : *out)
            entry = entry.trimmed();
        return true;
    }
    if (!it->is_array()) {
        if (error)
            *error = QStringLiteral("%1: expected a list of strings").arg(QLatin1String(key));
        return false;
    }
    for (const json &entry : *it) {
        if (!entry.is_string()) {
            if (error)
                *error = QStringLiteral("%1: expected a list of strings").arg(QLatin1String(key));
            return false;
        }
        out->append(fromStd(entry.get<std::string>()));
    }
    return true;
}

} // namespace

QString isoTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseIsoTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        time = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (time.isValid() && time.timeSpec() == Qt::LocalTime && !text.contains(QLatin1Char('+'))
        && !text.endsWith(QLatin1Char('Z')))
        time.setTimeSpec(Qt::UTC); // helpdesks give UTC when they give no offset
    return time.toUTC();
}

json toJson(const QStringList &list)
{
    json result = json::array();
    for (const QString &entry : list)
        result.push_back(toStd(entry));
    return result;
}

QStringList stringListFromJson(const json &value)
{
    QStringList result;
    if (!value.is_array())
        return result;
    for (const json &entry : value) {
        if (entry.is_string())
            result.append(fromStd(entry.get<std::string>()));
    }
    return result;
}

json toJson(const QList<ScoredCategory> &list)
{
    json result = json::array();
    for (const ScoredCategory &entry : list)
        result.push_back({{"category", toStd(entry.category)}, {"p", entry.p}});
    return result;
}

json toJson(const QList<EscalationFlag> &list)
{
    json result = json::array();
    for (const EscalationFlag &flag : list) {
        json entry = {{"code", toStd(flag.code)}, {"reason", toStd(flag.reason)}};
        if (flag.message.isStructured())
            entry["message"] = toJson(flatten(flag.message));
        result.push_back(std::move(entry));
    }
    return result;
}

json toJson(const Message &message)
{
    return {{"author_name", toStd(message.authorName)},        {"author_email", toStd(message.authorEmail)},
            {"created_at", toStd(isoTime(message.createdAt))}, {"body", toStd(message.body)},
            {"from_requester", message.fromRequester},         {"public", message.isPublic}};
}

// A time field: absent or empty is no time; anything else must read as a time, or the record is refused.
bool readTime(const json &value, const char *key, QDateTime *out, QString *error, const QString &where = {})
{
    const QString text = str(value, key);
    *out = parseIsoTime(text);
    if (text.isEmpty() || out->isValid())
        return true;
    if (error)
        *error = QStringLiteral("%1%2: '%3' is not a date and time (expected ISO 8601, e.g. 2026-11-02T09:00:00Z)")
                     .arg(where, QLatin1String(key), text.left(40));
    return false;
}

bool fromJson(const json &value, Message *message, QString *error)
{
    if (!requireObject(value, "message", error))
        return false;
    Message result;
    result.authorName = str(value, "author_name");
    result.authorEmail = str(value, "author_email");
    if (!readTime(value, "created_at", &result.createdAt, error, QStringLiteral("messages: ")))
        return false;
    result.body = str(value, "body");
    result.fromRequester = value.value("from_requester", true);
    result.isPublic = value.value("public", true);
    *message = result;
    return true;
}

json toJson(const Ticket &ticket)
{
    json messages = json::array();
    for (const Message &message : ticket.messages)
        messages.push_back(toJson(message));
    json result = {{"source", toStd(ticket.source)},
                   {"external_id", toStd(ticket.externalId)},
                   {"subject", toStd(ticket.subject)},
                   {"body", toStd(ticket.body)},
                   {"messages", messages},
                   {"requester_name", toStd(ticket.requesterName)},
                   {"requester_email", toStd(ticket.requesterEmail)},
                   {"customer_tier", toStd(ticket.customerTier)},
                   {"language", toStd(ticket.language)},
                   {"channel", toStd(ticket.channel)},
                   {"priority", toStd(ticket.priority)},
                   {"status", toStd(ticket.status)},
                   {"tags", toJson(ticket.tags)},
                   {"created_at", toStd(isoTime(ticket.createdAt))},
                   {"updated_at", toStd(isoTime(ticket.updatedAt))}};
    if (!ticket.queue.isEmpty())
        result["queue"] = toStd(ticket.queue);
    if (ticket.id != 0)
        result["ticket_id"] = ticket.id;
    return result;
}

bool fromJson(const json &value, Ticket *ticket, QString *error)
{
    if (!requireObject(value, "ticket", error))
        return false;
    Ticket result;
    result.id = integer(value, "ticket_id");
    result.source = str(value, "source");
    result.externalId = str(value, "external_id");
    if (result.externalId.isEmpty())
        result.externalId = str(value, "id");
    result.subject = str(value, "subject");
    result.body = str(value, "body");
    if (result.body.isEmpty() && result.subject.isEmpty())
        result.body = str(value, "text");
    result.requesterName = str(value, "requester_name");
    result.requesterEmail = str(value, "requester_email");
    result.customerTier = str(value, "customer_tier");
    if (result.customerTier.isEmpty())
        result.customerTier = str(value, "tier");
    result.language = str(value, "language");
    result.channel = str(value, "channel");
    result.priority = str(value, "priority");
    result.status = str(value, "status");
    result.queue = str(value, "queue");
    if (!readStringList(value, "tags", &result.tags, error))
        return false;
    if (!readTime(value, "created_at", &result.createdAt, error)
        || !readTime(value, "updated_at", &result.updatedAt, error))
        return false;
    if (const auto it = value.find("messages"); it != value.end() && !it->is_null()) {
        if (!it->is_array()) {
            if (error)
                *error = QStringLiteral("messages: expected a list of objects");
            return false;
        }
        for (const json &entry : *it) {
            Message message;
            if (!fromJson(entry, &message, error))
                return false;
            result.messages.append(message);
        }
    }
    *ticket = std::move(result);
    return true;
}

json toJson(const Category &category)
{
    return {{"id", toStd(category.id)},
            {"name", toStd(category.name)},
            {"description", toStd(category.description)},
            {"specialist", toStd(category.specialist)}};
}

bool fromJson(const json &value, Category *category, QString *error)
{
    if (!requireObject(value, "category", error))
        return false;
    Category result;
    result.id = str(value, "id");
    result.name = str(value, "name");
    result.description = str(value, "description");
    result.specialist = str(value, "specialist");
    if (result.id.isEmpty()) {
        if (error)
            *error = QStringLiteral("id: a category needs an id");
        return false;
    }
    *category = result;
    return true;
}

json toJson(const RoutingDecision &decision)
{
    json result = {{"category", toStd(decision.category)},
                   {"confidence", decision.confidence},
                   {"top", toJson(decision.alternatives)},
                   {"secondary", toJson(decision.secondaryIntents)},
                   {"escalate", decision.escalate()},
                   {"flags", toJson(decision.flags)},
                   {"escalation_target", toStd(decision.escalationTarget)},
                   {"explanation", toJson(decision.explanation)},
                   {"rules_fired", toJson(decision.rulesFired)},
                   {"specialist", toStd(decision.specialist)},
                   {"previous_owner", toStd(decision.previousOwner)},
                   {"reroutes", decision.reroutes},
                   {"draft", toStd(decision.draft)},
                   {"cited_articles", toJson(decision.citedArticles)},
                   {"model_version", toStd(decision.modelVersion)},
                   {"workspace_version", toStd(decision.workspaceVersion)},
                   {"decided_at", toStd(isoTime(decision.decidedAt))}};
    // The explanation's structured form, one entry per line (a string where a line has none); only when present,
    // so that decisions written before keep their exact JSON.
    if (decision.explanationTexts.size() == decision.explanation.size() && !decision.explanationTexts.isEmpty()) {
        json texts = json::array();
        for (const EngineText &line : decision.explanationTexts)
            texts.push_back(line.isStructured() ? toJson(flatten(line)) : json(toStd(line.text)));
        result["explanation_texts"] = std::move(texts);
    }
    if (decision.id != 0)
        result["decision_id"] = decision.id;
    if (decision.ticketId != 0)
        result["ticket_id"] = decision.ticketId;
    return result;
}

bool fromJson(const json &value, RoutingDecision *decision, QString *error)
{
    if (!requireObject(value, "decision", error))
        return false;
    RoutingDecision result;
    result.id = integer(value, "decision_id");
    result.ticketId = integer(value, "ticket_id");
    result.category = str(value, "category");
    if (const auto it = value.find("confidence"); it != value.end() && it->is_number())
        result.confidence = it->get<double>();
    if (const auto it = value.find("top"); it != value.end() && it->is_array()) {
        for (const json &entry : *it) {
            if (!entry.is_object() || !entry.contains("category")) {
                if (error)
                    *error = QStringLiteral("top: expected objects with category and p");
                return false;
            }
            result.alternatives.append({str(entry, "category"), entry.value("p", 0.0)});
        }
    }
    if (!readStringList(value, "secondary", &result.secondaryIntents, error))
        return false;
    if (const auto it = value.find("flags"); it != value.end() && it->is_array()) {
        for (const json &entry : *it) {
            if (!entry.is_object() || !entry.contains("code")) {
                if (error)
                    *error = QStringLiteral("flags: expected objects with code and reason");
                return false;
            }
            EscalationFlag flag {str(entry, "code"), str(entry, "reason")};
            QStringList flat;
            if (const auto m = entry.find("message");
                m != entry.end() && m->is_array() && readStringList(entry, "message", &flat, nullptr))
                flag.message = unflatten(flat).value_or(EngineText());
            result.flags.append(std::move(flag));
        }
    }
    if (!readStringList(value, "explanation", &result.explanation, error)
        || !readStringList(value, "rules_fired", &result.rulesFired, error)
        || !readStringList(value, "cited_articles", &result.citedArticles, error))
        return false;
    if (const auto it = value.find("explanation_texts");
        it != value.end() && it->is_array() && it->size() == size_t(result.explanation.size())) {
        for (size_t i = 0; i < it->size(); ++i) {
            const json &entry = it->at(i);
            std::optional<EngineText> line;
            if (entry.is_array()) {
                QStringList flat;
                for (const json &part : entry)
                    flat.append(part.is_string() ? fromStd(part.get<std::string>()) : QString());
                line = unflatten(flat);
            }
            result.explanationTexts.append(line.value_or(EngineText::plain(result.explanation.at(qsizetype(i)))));
        }
    }
    result.specialist = str(value, "specialist");
    result.previousOwner = str(value, "previous_owner");
    result.reroutes = int(integer(value, "reroutes"));
    result.escalationTarget = str(value, "escalation_target");
    result.draft = str(value, "draft");
    result.modelVersion = str(value, "model_version");
    result.workspaceVersion = str(value, "workspace_version");
    result.decidedAt = parseIsoTime(str(value, "decided_at"));
    *decision = std::move(result);
    return true;
}

json toJson(const AgentAction &action)
{
    json result = {{"type", toStd(actionTypeName(action.type))},
                   {"category", toStd(action.category)},
                   {"specialist", toStd(action.specialist)},
                   {"reason_code", toStd(action.reasonCode)},
                   {"reason", toStd(action.reason)},
                   {"escalation_target", toStd(action.escalationTarget)},
                   {"agent", toStd(action.agent)},
                   {"at", toStd(isoTime(action.at))}};
    if (action.id != 0)
        result["action_id"] = action.id;
    if (action.ticketId != 0)
        result["ticket_id"] = action.ticketId;
    if (action.decisionId != 0)
        result["decision_id"] = action.decisionId;
    if (action.undoesActionId != 0)
        result["undoes_action_id"] = action.undoesActionId;
    return result;
}

bool fromJson(const json &value, AgentAction *action, QString *error)
{
    if (!requireObject(value, "action", error))
        return false;
    AgentAction result;
    const auto type = actionTypeFromName(str(value, "type"));
    if (!type) {
        if (error)
            *error = QStringLiteral("type: expected accept, override, escalate or undo");
        return false;
    }
    result.type = *type;
    result.id = integer(value, "action_id");
    result.ticketId = integer(value, "ticket_id");
    result.decisionId = integer(value, "decision_id");
    result.undoesActionId = integer(value, "undoes_action_id");
    result.category = str(value, "category");
    result.specialist = str(value, "specialist");
    result.reasonCode = str(value, "reason_code");
    result.reason = str(value, "reason");
    result.escalationTarget = str(value, "escalation_target");
    result.agent = str(value, "agent");
    result.at = parseIsoTime(str(value, "at"));
    *action = std::move(result);
    return true;
}

} // namespace RouteDesk
