#pragma once

// JSON forms of the domain values, shared by the store, the exports and the command-line tool.
// Readers never throw: they return false and say which field is wrong in *error.

#include "agentaction.h"
#include "category.h"
#include "routingdecision.h"
#include "ticket.h"

#include <nlohmann/json.hpp>

namespace RouteDesk {

inline std::string toStd(const QString &s)
{
    return s.toStdString();
}
inline QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

// ISO 8601 with milliseconds and offset, UTC ("2026-11-25T10:00:00.000Z"); empty string for an invalid time.
QString isoTime(const QDateTime &time);
QDateTime parseIsoTime(const QString &text);

nlohmann::json toJson(const Message &message);
nlohmann::json toJson(const Ticket &ticket);
nlohmann::json toJson(const Category &category);
nlohmann::json toJson(const RoutingDecision &decision);
nlohmann::json toJson(const AgentAction &action);

bool fromJson(const nlohmann::json &json, Message *message, QString *error);
// Accepts the keys toJson writes; also `text` (used as body when body is absent) and `customer_tier`/`tier`.
// Unknown keys are ignored.
bool fromJson(const nlohmann::json &json, Ticket *ticket, QString *error);
bool fromJson(const nlohmann::json &json, Category *category, QString *error);
bool fromJson(const nlohmann::json &json, RoutingDecision *decision, QString *error);
bool fromJson(const nlohmann::json &json, AgentAction *action, QString *error);

// Small helpers for the JSON columns of the store and for exports.
nlohmann::json toJson(const QStringList &list);
QStringList stringListFromJson(const nlohmann::json &json);
nlohmann::json toJson(const QList<ScoredCategory> &list);
nlohmann::json toJson(const QList<EscalationFlag> &list);

} // namespace RouteDesk
