#include "agentaction.h"

namespace RouteDesk {

QString actionTypeName(ActionType type)
{
    switch (type) {
    case ActionType::Accept:
        return QStringLiteral("accept");
    case ActionType::Override:
        return QStringLiteral("override");
    case ActionType::Escalate:
        return QStringLiteral("escalate");
    case ActionType::Undo:
        return QStringLiteral("undo");
    }
    return {};
}

std::optional<ActionType> actionTypeFromName(const QString &name)
{
    for (ActionType type : {ActionType::Accept, ActionType::Override, ActionType::Escalate, ActionType::Undo}) {
        if (actionTypeName(type) == name)
            return type;
    }
    return std::nullopt;
}

QString ticketStateName(TicketState state)
{
    switch (state) {
    case TicketState::New:
        return QStringLiteral("new");
    case TicketState::Accepted:
        return QStringLiteral("accepted");
    case TicketState::Overridden:
        return QStringLiteral("overridden");
    case TicketState::Escalated:
        return QStringLiteral("escalated");
    }
    return {};
}

std::optional<TicketState> ticketStateFromName(const QString &name)
{
    for (TicketState state :
         {TicketState::New, TicketState::Accepted, TicketState::Overridden, TicketState::Escalated}) {
        if (ticketStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

TicketState stateAfter(ActionType latestAction)
{
    switch (latestAction) {
    case ActionType::Accept:
        return TicketState::Accepted;
    case ActionType::Override:
        return TicketState::Overridden;
    case ActionType::Escalate:
        return TicketState::Escalated;
    case ActionType::Undo:
        return TicketState::New;
    }
    return TicketState::New;
}

QSet<qint64> undoneActionIds(const QList<AgentAction> &actions)
{
    QSet<qint64> undone;
    for (const AgentAction &action : actions) {
        if (action.type == ActionType::Undo)
            undone.insert(action.undoesActionId);
    }
    return undone;
}

} // namespace RouteDesk
