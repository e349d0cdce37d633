#pragma once

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace RouteDesk {

enum class ActionType {
    Accept, // the agent confirms the suggested category and specialist
    Override, // the agent corrects the category (and maybe the specialist)
    Escalate, // the agent hands the ticket to a person (team lead or a queue)
    Undo, // the agent takes back an earlier action (undoesActionId); the ticket goes back to the state the
          // remaining actions give. Recorded as a new action: history is never erased.
};

QString actionTypeName(ActionType type); // "accept", "override", "escalate", "undo"
std::optional<ActionType> actionTypeFromName(const QString &name);

// What an agent did with a ticket. Append-only: a later action supersedes an earlier one.
struct AgentAction
{
    qint64 id = 0; // store key, 0 until stored
    qint64 ticketId = 0; // store key of the ticket
    qint64 decisionId = 0; // the decision the agent saw (0 if none)
    ActionType type = ActionType::Accept;
    QString category; // final category after this action (the suggestion for accept; empty for undo)
    QString specialist; // final specialist path
    QString reasonCode; // short-list reason for overrides and escalations ("wrong_category", ...)
    QString reason; // free text from the agent
    QString escalationTarget; // "team_lead" or a queue name, for escalations
    QString agent;
    QDateTime at;
    qint64 undoesActionId = 0; // for Undo: the action taken back (never itself an Undo)

    friend bool operator==(const AgentAction &, const AgentAction &) = default;
};

// Where a ticket stands after its latest action.
enum class TicketState { New, Accepted, Overridden, Escalated };
QString ticketStateName(TicketState state); // "new", "accepted", "overridden", "escalated"
std::optional<TicketState> ticketStateFromName(const QString &name);
// The state an effective (not undone, not undo) action leaves the ticket in.
TicketState stateAfter(ActionType latestAction);
// The ids of the actions an undo among `actions` took back (an undo anywhere in the list counts).
QSet<qint64> undoneActionIds(const QList<AgentAction> &actions);

} // namespace RouteDesk
