#include "teamroles.h"

#include "learnlog.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace RouteDesk {

namespace {

bool validRoleName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch();
}

QString quoted(const QString &identifier)
{
    QString inner = identifier;
    inner.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

QString literal(const QString &text)
{
    QString inner = text;
    inner.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + inner + QLatin1Char('\'');
}

bool postgres(DecisionStore &store, QString *error)
{
    if (store.location().kind == StoreLocation::Kind::Postgres)
        return true;
    *error = QStringLiteral("%1 is a SQLite store: it has no logins and no roles, so nothing is enforced there "
                            "(one person, one file). Team roles need a PostgreSQL store.")
                 .arg(store.location().display());
    return false;
}

QString serverText(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    return text;
}

bool run(QSqlDatabase db, const QString &sql, QStringList *log, QString *error)
{
    QSqlQuery query(db);
    if (log)
        log->append(sql);
    if (query.exec(sql))
        return true;
    *error = QStringLiteral("the server refused \"%1\": %2").arg(sql, serverText(query.lastError()));
    return false;
}

bool scalar(QSqlDatabase db, const QString &sql, const QVariantList &values, QVariant *result, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        *error = serverText(query.lastError());
        return false;
    }
    *result = query.next() ? query.value(0) : QVariant();
    return true;
}

} // namespace

bool setupTeamRoles(DecisionStore &store, const TeamRoleNames &names, QStringList *log, QString *error)
{
    if (!postgres(store, error))
        return false;
    for (const QString &name : {names.agent, names.lead}) {
        if (!validRoleName(name)) {
            *error = QStringLiteral("\"%1\" is not a usable role name (lower-case letters, digits and _, starting "
                                    "with a letter or _)")
                         .arg(name);
            return false;
        }
    }
    if (names.agent == names.lead) {
        *error = QStringLiteral("the agent and the lead role must differ");
        return false;
    }
    QSqlDatabase db = store.connection();
    QVariant schemaName;
    QVariant who;
    if (!scalar(db, QStringLiteral("SELECT current_schema()"), {}, &schemaName, error)
        || !scalar(db, QStringLiteral("SELECT current_user"), {}, &who, error))
        return false;
    const QString schema = quoted(schemaName.toString());
    const QString agent = quoted(names.agent);
    const QString lead = quoted(names.lead);

    QStringList statements;
    if (!run(db, QStringLiteral("BEGIN"), nullptr, error))
        return false;
    auto abort = [&] {
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    for (const QString &name : {names.agent, names.lead}) {
        QVariant exists;
        if (!scalar(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {name}, &exists, error))
            return abort();
        if (exists.toInt() == 0 && !run(db, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quoted(name)), log, error))
            return abort();
    }
    statements
        << QStringLiteral("GRANT %1 TO %2").arg(agent, lead)
        << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, agent)
        // Start from nothing so that running the setup again leaves exactly these privileges.
        << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM PUBLIC, %2, %3").arg(schema, agent, lead)
        << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, agent)
        << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, agent)
        // Agents: sync brings tickets in (upsert), routing adds decisions, agents act, write-back delivers.
        << QStringLiteral("GRANT INSERT, UPDATE ON tickets, outbox, sync_cursors TO %1").arg(agent)
        << QStringLiteral("GRANT INSERT ON decisions, actions, ticket_moves TO %1").arg(agent)
        // Leads only: model versions and their activation, rule verdicts and accepted rules.
        << QStringLiteral("GRANT INSERT, UPDATE ON model_versions, accepted_rules TO %1").arg(lead)
        << QStringLiteral("GRANT INSERT ON model_activations, rule_reviews TO %1").arg(lead)
        // Tables a later upgrade adds can at least be read until the setup runs again.
        << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT SELECT ON TABLES TO %2").arg(schema, agent);
    for (const QString &statement : std::as_const(statements)) {
        if (!run(db, statement, log, error))
            return abort();
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto &[name, kind] :
         {std::pair {names.agent, QStringLiteral("agent")}, std::pair {names.lead, QStringLiteral("lead")}}) {
        QSqlQuery record(db);
        record.prepare(QStringLiteral("INSERT INTO team_roles (role_name, kind, set_up_by, set_up_at) VALUES "
                                      "(?, ?, ?, ?) ON CONFLICT (role_name) DO UPDATE SET kind = excluded.kind, "
                                      "set_up_by = excluded.set_up_by, set_up_at = excluded.set_up_at"));
        record.addBindValue(name);
        record.addBindValue(kind);
        record.addBindValue(who.toString());
        record.addBindValue(now);
        if (!record.exec()) {
            *error = QStringLiteral("cannot record the team roles: %1").arg(serverText(record.lastError()));
            return abort();
        }
    }
    // A role recorded earlier under another name is no longer one of the two.
    QSqlQuery stale(db);
    stale.prepare(QStringLiteral("DELETE FROM team_roles WHERE role_name NOT IN (?, ?)"));
    stale.addBindValue(names.agent);
    stale.addBindValue(names.lead);
    if (!stale.exec()) {
        *error = QStringLiteral("cannot record the team roles: %1").arg(serverText(stale.lastError()));
        return abort();
    }
    if (!run(db, QStringLiteral("COMMIT"), nullptr, error))
        return abort();
    qCInfo(lcLearn).noquote() << "team roles set up on" << store.location().display() << ":" << names.agent << "and"
                              << names.lead;
    return true;
}

bool addTeamMember(DecisionStore &store, const QString &name, const QString &kind, const QString &password,
                   QString *error)
{
    if (!postgres(store, error))
        return false;
    if (!validRoleName(name)) {
        *error = QStringLiteral("\"%1\" is not a usable login name (lower-case letters, digits and _)").arg(name);
        return false;
    }
    if (kind != QLatin1String("agent") && kind != QLatin1String("lead")) {
        *error = QStringLiteral("a team member is an agent or a lead, not \"%1\"").arg(kind);
        return false;
    }
    QSqlDatabase db = store.connection();
    QVariant group;
    if (!scalar(db, QStringLiteral("SELECT role_name FROM team_roles WHERE kind = ?"), {kind}, &group, error))
        return false;
    if (group.isNull()) {
        *error = QStringLiteral("the team roles are not set up in %1: run `routedesk-cli roles --setup` first")
                     .arg(store.location().display());
        return false;
    }
    QVariant exists;
    if (!scalar(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {name}, &exists, error))
        return false;
    if (exists.toInt() > 0)
        return run(db, QStringLiteral("GRANT %1 TO %2").arg(quoted(group.toString()), quoted(name)), nullptr, error);
    QString sql = QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(quoted(name), quoted(group.toString()));
    if (!password.isEmpty())
        sql += QStringLiteral(" PASSWORD ") + literal(password);
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    // Never echo the statement: it holds the password.
    *error = QStringLiteral("the server refused to create the login %1: %2").arg(name, serverText(query.lastError()));
    return false;
}

QString TeamRoleInfo::describe() const
{
    if (!enforced) {
        if (agentRole.isEmpty() && login.isEmpty())
            return QStringLiteral("SQLite store: no logins and no roles; nothing is enforced (one person, one file)");
        return QStringLiteral("%1: team roles are not set up in this store; every login with access may do "
                              "everything (run `routedesk-cli roles --setup`)")
            .arg(login);
    }
    if (isLead)
        return QStringLiteral("%1 is a team lead (%2): may record actions, activate models and accept rules")
            .arg(login, leadRole);
    if (isAgent)
        return QStringLiteral("%1 is an agent (%2): may record decisions and actions; only a team lead (%3) can "
                              "activate models and accept rules")
            .arg(login, agentRole, leadRole);
    return QStringLiteral("%1 is neither an agent (%2) nor a team lead (%3) of this store")
        .arg(login, agentRole, leadRole);
}

bool currentTeamRole(DecisionStore &store, TeamRoleInfo *info, QString *error)
{
    *info = TeamRoleInfo();
    if (store.location().kind != StoreLocation::Kind::Postgres) {
        info->isAgent = true;
        info->isLead = true;
        return true;
    }
    QSqlDatabase db = store.connection();
    QVariant who;
    if (!scalar(db, QStringLiteral("SELECT current_user"), {}, &who, error))
        return false;
    info->login = who.toString();
    QSqlQuery roles(db);
    roles.setForwardOnly(true);
    if (!roles.exec(QStringLiteral("SELECT role_name, kind FROM team_roles"))) {
        *error = serverText(roles.lastError());
        return false;
    }
    while (roles.next()) {
        if (roles.value(1).toString() == QLatin1String("agent"))
            info->agentRole = roles.value(0).toString();
        else
            info->leadRole = roles.value(0).toString();
    }
    roles.finish();
    if (info->agentRole.isEmpty() || info->leadRole.isEmpty()) {
        info->isAgent = true;
        info->isLead = true;
        return true;
    }
    info->enforced = true;
    QVariant member;
    // The table owner (the administrator) may do everything whatever the roles say.
    if (!scalar(db,
                QStringLiteral("SELECT pg_has_role(current_user, ?, 'USAGE') OR EXISTS (SELECT 1 FROM pg_tables "
                               "WHERE tablename = 'model_versions' AND schemaname = current_schema() AND "
                               "tableowner = current_user)"),
                {info->leadRole}, &member, error))
        return false;
    info->isLead = member.toBool();
    if (!scalar(db, QStringLiteral("SELECT pg_has_role(current_user, ?, 'USAGE')"), {info->agentRole}, &member, error))
        return false;
    info->isAgent = member.toBool() || info->isLead;
    return true;
}

} // namespace RouteDesk
