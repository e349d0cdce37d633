#pragma once

// The team store's two roles, enforced by PostgreSQL itself: GRANTs on the store's tables to two group roles.
//   agent: reads everything; records tickets, decisions, actions, write-backs and sync cursors.
//   lead:  everything an agent may do, plus storing, activating, rolling back and discarding model versions and
//          accepting or rejecting rule suggestions.
// Logins (one per person) are members of one group role. An agent's login that tries a lead operation is refused
// by the server ("permission denied for table model_versions"); LearnStore turns that into a clear message.
// SQLite stores have no logins: there these functions refuse with an explanation, and nothing is enforced.

#include "store/decisionstore.h"

#include <QString>
#include <QStringList>

namespace RouteDesk {

struct TeamRoleNames
{
    QString agent = QStringLiteral("routedesk_agent");
    QString lead = QStringLiteral("routedesk_lead");
};

// Creates the two group roles if they do not exist (NOLOGIN), makes the lead role a member of the agent role and
// GRANTs/REVOKEs privileges on every store table, and records the names in team_roles. Idempotent: run it again
// after an upgrade added tables. Needs a login that owns the store's tables and may create roles (the
// administrator's). *log receives the statements run. False with *error on SQLite or when the server refuses.
bool setupTeamRoles(DecisionStore &store, const TeamRoleNames &names, QStringList *log, QString *error);

// Creates a login `name` (with `password` when not empty) as a member of the agent or the lead role set up
// before, or adds an existing login to it. `kind` is "agent" or "lead".
bool addTeamMember(DecisionStore &store, const QString &name, const QString &kind, const QString &password,
                   QString *error);

struct TeamRoleInfo
{
    bool enforced = false; // PostgreSQL with roles set up
    QString login; // current_user
    QString agentRole;
    QString leadRole;
    bool isAgent = false; // may record decisions and actions
    bool isLead = false; // may activate models and accept rules
    QString describe() const; // "ana is an agent (routedesk_agent): ..." or the SQLite note
};

// What the store's connection may do. On SQLite: not enforced, everyone may do everything.
bool currentTeamRole(DecisionStore &store, TeamRoleInfo *info, QString *error);

} // namespace RouteDesk
