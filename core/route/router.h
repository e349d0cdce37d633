#pragma once

// Routing: a category goes to the specialist path that owns it; a ticket has one owner at a time; a ticket that
// was already passed on as often as the workspace allows, or would bounce back to an earlier owner, stays with a
// person (routing_loop) instead of being passed on again.

#include "workspace/workspace.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace RouteDesk {

// What the caller knows about the ticket's history.
struct RouteContext
{
    QStringList previousOwners; // specialist ids that owned the ticket, oldest first; the last is the current owner
    QDateTime now; // the reference time for tickets without created_at (invalid: the current time)
};

struct RouteResult
{
    QString category; // the category routed on (empty when there is none)
    QString proposedSpecialist; // who owns `category`
    QString specialist; // the owner after this step: proposed, or the current owner when held
    QString previousOwner; // the current owner before this step (empty for a new ticket)
    bool passedOn = false; // ownership changes hands
    bool loop = false; // held back: routing_loop
    QString loopReason;
    EngineText loopMessage; // loopReason, structured
    int reroutes = 0; // times the ticket changed hands, counting this step
    QStringList explanation;
    QList<EngineText> explanationTexts; // the same lines, structured
};

class Router
{
public:
    explicit Router(const Workspace &workspace);

    RouteResult route(const QString &category, const RouteContext &context) const;

private:
    const Workspace &m_workspace;
};

} // namespace RouteDesk
