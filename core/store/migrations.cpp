#include "migrations.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace RouteDesk::StoreSchema {

namespace {

// Times are milliseconds since the epoch (UTC) in 64-bit integers on both backends: exact, sortable and
// cheap to convert. Lists and the conversation are compact JSON text. Decisions and actions refuse UPDATE
// and DELETE in the database itself, so no code path (or hand-written SQL) can rewrite the trail.

QStringList sqliteV1()
{
    return {
        QStringLiteral("CREATE TABLE schema_migrations (\n"
                       "    version INTEGER PRIMARY KEY,\n"
                       "    description TEXT NOT NULL,\n"
                       "    applied_at INTEGER NOT NULL\n"
                       ")"),
        QStringLiteral("CREATE TABLE store_info (\n"
                       "    name TEXT PRIMARY KEY,\n"
                       "    value TEXT NOT NULL\n"
                       ")"),
        QStringLiteral("CREATE TABLE tickets (\n"
                       "    id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                       "    source TEXT NOT NULL,\n"
                       "    external_id TEXT NOT NULL,\n"
                       "    subject TEXT NOT NULL DEFAULT '',\n"
                       "    body TEXT NOT NULL DEFAULT '',\n"
                       "    messages TEXT NOT NULL DEFAULT '[]',\n"
                       "    requester_name TEXT NOT NULL DEFAULT '',\n"
                       "    requester_email TEXT NOT NULL DEFAULT '',\n"
                       "    customer_tier TEXT NOT NULL DEFAULT '',\n"
                       "    language TEXT NOT NULL DEFAULT '',\n"
                       "    channel TEXT NOT NULL DEFAULT '',\n"
                       "    priority TEXT NOT NULL DEFAULT '',\n"
                       "    status TEXT NOT NULL DEFAULT '',\n"
                       "    tags TEXT NOT NULL DEFAULT '[]',\n"
                       "    created_at INTEGER,\n"
                       "    updated_at INTEGER,\n"
                       "    stored_at INTEGER NOT NULL,\n"
                       "    UNIQUE (source, external_id)\n"
                       ")"),
        QStringLiteral("CREATE TABLE decisions (\n"
                       "    id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                       "    ticket_id INTEGER NOT NULL REFERENCES tickets (id),\n"
                       "    category TEXT NOT NULL DEFAULT '',\n"
                       "    confidence REAL NOT NULL DEFAULT 0,\n"
                       "    alternatives TEXT NOT NULL DEFAULT '[]',\n"
                       "    secondary_intents TEXT NOT NULL DEFAULT '[]',\n"
                       "    specialist TEXT NOT NULL DEFAULT '',\n"
                       "    draft TEXT NOT NULL DEFAULT '',\n"
                       "    cited_articles TEXT NOT NULL DEFAULT '[]',\n"
                       "    flags TEXT NOT NULL DEFAULT '[]',\n"
                       "    explanation TEXT NOT NULL DEFAULT '[]',\n"
                       "    rules_fired TEXT NOT NULL DEFAULT '[]',\n"
                       "    model_version TEXT NOT NULL DEFAULT '',\n"
                       "    workspace_version TEXT NOT NULL DEFAULT '',\n"
                       "    decided_at INTEGER,\n"
                       "    recorded_at INTEGER NOT NULL\n"
                       ")"),
        QStringLiteral("CREATE INDEX decisions_by_ticket ON decisions (ticket_id, id)"),
        QStringLiteral("CREATE TABLE actions (\n"
                       "    id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                       "    ticket_id INTEGER NOT NULL REFERENCES tickets (id),\n"
                       "    decision_id INTEGER REFERENCES decisions (id),\n"
                       "    action_type TEXT NOT NULL CHECK (action_type IN ('accept', 'override', 'escalate', "
                       "'undo')),\n"
                       "    category TEXT NOT NULL DEFAULT '',\n"
                       "    specialist TEXT NOT NULL DEFAULT '',\n"
                       "    reason_code TEXT NOT NULL DEFAULT '',\n"
                       "    reason TEXT NOT NULL DEFAULT '',\n"
                       "    escalation_target TEXT NOT NULL DEFAULT '',\n"
                       "    agent TEXT NOT NULL DEFAULT '',\n"
                       "    acted_at INTEGER NOT NULL,\n"
                       "    undoes_action_id INTEGER UNIQUE REFERENCES actions (id),\n"
                       "    recorded_at INTEGER NOT NULL,\n"
                       "    CHECK ((action_type = 'undo') = (undoes_action_id IS NOT NULL))\n"
                       ")"),
        QStringLiteral("CREATE INDEX actions_by_ticket ON actions (ticket_id, id)"),
        QStringLiteral("CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions\n"
                       "BEGIN SELECT RAISE(ABORT, 'decisions are append-only: record a new decision instead'); END"),
        QStringLiteral("CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions\n"
                       "BEGIN SELECT RAISE(ABORT, 'decisions are append-only: they cannot be deleted'); END"),
        QStringLiteral("CREATE TRIGGER actions_no_update BEFORE UPDATE ON actions\n"
                       "BEGIN SELECT RAISE(ABORT, 'actions are append-only: record a new action (or an undo)'); END"),
        QStringLiteral("CREATE TRIGGER actions_no_delete BEFORE DELETE ON actions\n"
                       "BEGIN SELECT RAISE(ABORT, 'actions are append-only: they cannot be deleted'); END"),
    };
}

QStringList postgresV1()
{
    return {
        QStringLiteral("CREATE TABLE schema_migrations (\n"
                       "    version INTEGER PRIMARY KEY,\n"
                       "    description TEXT NOT NULL,\n"
                       "    applied_at BIGINT NOT NULL\n"
                       ")"),
        QStringLiteral("CREATE TABLE store_info (\n"
                       "    name TEXT PRIMARY KEY,\n"
                       "    value TEXT NOT NULL\n"
                       ")"),
        QStringLiteral("CREATE TABLE tickets (\n"
                       "    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
                       "    source TEXT NOT NULL,\n"
                       "    external_id TEXT NOT NULL,\n"
                       "    subject TEXT NOT NULL DEFAULT '',\n"
                       "    body TEXT NOT NULL DEFAULT '',\n"
                       "    messages TEXT NOT NULL DEFAULT '[]',\n"
                       "    requester_name TEXT NOT NULL DEFAULT '',\n"
                       "    requester_email TEXT NOT NULL DEFAULT '',\n"
                       "    customer_tier TEXT NOT NULL DEFAULT '',\n"
                       "    language TEXT NOT NULL DEFAULT '',\n"
                       "    channel TEXT NOT NULL DEFAULT '',\n"
                       "    priority TEXT NOT NULL DEFAULT '',\n"
                       "    status TEXT NOT NULL DEFAULT '',\n"
                       "    tags TEXT NOT NULL DEFAULT '[]',\n"
                       "    created_at BIGINT,\n"
                       "    updated_at BIGINT,\n"
                       "    stored_at BIGINT NOT NULL,\n"
                       "    UNIQUE (source, external_id)\n"
                       ")"),
        QStringLiteral("CREATE TABLE decisions (\n"
                       "    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
                       "    ticket_id BIGINT NOT NULL REFERENCES tickets (id),\n"
                       "    category TEXT NOT NULL DEFAULT '',\n"
                       "    confidence DOUBLE PRECISION NOT NULL DEFAULT 0,\n"
                       "    alternatives TEXT NOT NULL DEFAULT '[]',\n"
                       "    secondary_intents TEXT NOT NULL DEFAULT '[]',\n"
                       "    specialist TEXT NOT NULL DEFAULT '',\n"
                       "    draft TEXT NOT NULL DEFAULT '',\n"
                       "    cited_articles TEXT NOT NULL DEFAULT '[]',\n"
                       "    flags TEXT NOT NULL DEFAULT '[]',\n"
                       "    explanation TEXT NOT NULL DEFAULT '[]',\n"
                       "    rules_fired TEXT NOT NULL DEFAULT '[]',\n"
                       "    model_version TEXT NOT NULL DEFAULT '',\n"
                       "    workspace_version TEXT NOT NULL DEFAULT '',\n"
                       "    decided_at BIGINT,\n"
                       "    recorded_at BIGINT NOT NULL\n"
                       ")"),
        QStringLiteral("CREATE INDEX decisions_by_ticket ON decisions (ticket_id, id)"),
        QStringLiteral("CREATE TABLE actions (\n"
                       "    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
                       "    ticket_id BIGINT NOT NULL REFERENCES tickets (id),\n"
                       "    decision_id BIGINT REFERENCES decisions (id),\n"
                       "    action_type TEXT NOT NULL CHECK (action_type IN ('accept', 'override', 'escalate', "
                       "'undo')),\n"
                       "    category TEXT NOT NULL DEFAULT '',\n"
                       "    specialist TEXT NOT NULL DEFAULT '',\n"
                       "    reason_code TEXT NOT NULL DEFAULT '',\n"
                       "    reason TEXT NOT NULL DEFAULT '',\n"
                       "    escalation_target TEXT NOT NULL DEFAULT '',\n"
                       "    agent TEXT NOT NULL DEFAULT '',\n"
                       "    acted_at BIGINT NOT NULL,\n"
                       "    undoes_action_id BIGINT UNIQUE REFERENCES actions (id),\n"
                       "    recorded_at BIGINT NOT NULL,\n"
                       "    CHECK ((action_type = 'undo') = (undoes_action_id IS NOT NULL))\n"
                       ")"),
        QStringLiteral("CREATE INDEX actions_by_ticket ON actions (ticket_id, id)"),
        QStringLiteral("CREATE FUNCTION routedesk_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                       "BEGIN\n"
                       "    RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP\n"
                       "        USING ERRCODE = 'restrict_violation';\n"
                       "END\n"
                       "$$"),
        QStringLiteral("CREATE TRIGGER decisions_append_only BEFORE UPDATE OR DELETE ON decisions\n"
                       "FOR EACH ROW EXECUTE FUNCTION routedesk_refuse_change()"),
        QStringLiteral("CREATE TRIGGER decisions_no_truncate BEFORE TRUNCATE ON decisions\n"
                       "FOR EACH STATEMENT EXECUTE FUNCTION routedesk_refuse_change()"),
        QStringLiteral("CREATE TRIGGER actions_append_only BEFORE UPDATE OR DELETE ON actions\n"
                       "FOR EACH ROW EXECUTE FUNCTION routedesk_refuse_change()"),
        QStringLiteral("CREATE TRIGGER actions_no_truncate BEFORE TRUNCATE ON actions\n"
                       "FOR EACH STATEMENT EXECUTE FUNCTION routedesk_refuse_change()"),
    };
}

// The identity that makes write-back idempotency keys unique across stores (two teams' stores both have an
// action 17). Created once, with the store.
bool createStoreIdentity(QSqlDatabase &db, Backend, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO store_info (name, value) VALUES ('store_id', ?) "
                                 "ON CONFLICT (name) DO NOTHING"));
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

QStringList sqliteV2()
{
    return {
        QStringLiteral("CREATE TABLE outbox (\n"
                       "    id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                       "    ticket_id INTEGER NOT NULL REFERENCES tickets (id),\n"
                       "    action_id INTEGER NOT NULL REFERENCES actions (id),\n"
                       "    source TEXT NOT NULL,\n"
                       "    external_id TEXT NOT NULL,\n"
                       "    payload BLOB NOT NULL,\n"
                       "    idempotency_key TEXT NOT NULL UNIQUE,\n"
                       "    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed', "
                       "'conflict')),\n"
                       "    attempts INTEGER NOT NULL DEFAULT 0,\n"
                       "    last_error TEXT NOT NULL DEFAULT '',\n"
                       "    next_attempt_at INTEGER NOT NULL,\n"
                       "    created_at INTEGER NOT NULL,\n"
                       "    updated_at INTEGER NOT NULL\n"
                       ")"),
        QStringLiteral("CREATE INDEX outbox_due ON outbox (state, next_attempt_at, id)"),
        QStringLiteral("CREATE INDEX outbox_by_ticket ON outbox (ticket_id, id)"),
        QStringLiteral("CREATE TABLE sync_cursors (\n"
                       "    source TEXT PRIMARY KEY,\n"
                       "    cursor_text TEXT NOT NULL,\n"
                       "    updated_at INTEGER NOT NULL\n"
                       ")"),
    };
}

QStringList postgresV2()
{
    return {
        QStringLiteral("CREATE TABLE outbox (\n"
                       "    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
                       "    ticket_id BIGINT NOT NULL REFERENCES tickets (id),\n"
                       "    action_id BIGINT NOT NULL REFERENCES actions (id),\n"
                       "    source TEXT NOT NULL,\n"
                       "    external_id TEXT NOT NULL,\n"
                       "    payload BYTEA NOT NULL,\n"
                       "    idempotency_key TEXT NOT NULL UNIQUE,\n"
                       "    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed', "
                       "'conflict')),\n"
                       "    attempts INTEGER NOT NULL DEFAULT 0,\n"
                       "    last_error TEXT NOT NULL DEFAULT '',\n"
                       "    next_attempt_at BIGINT NOT NULL,\n"
                       "    created_at BIGINT NOT NULL,\n"
                       "    updated_at BIGINT NOT NULL\n"
                       ")"),
        QStringLiteral("CREATE INDEX outbox_due ON outbox (state, next_attempt_at, id)"),
        QStringLiteral("CREATE INDEX outbox_by_ticket ON outbox (ticket_id, id)"),
        QStringLiteral("CREATE TABLE sync_cursors (\n"
                       "    source TEXT PRIMARY KEY,\n"
                       "    cursor_text TEXT NOT NULL,\n"
                       "    updated_at BIGINT NOT NULL\n"
                       ")"),
    };
}

// Same statements on both backends.
QStringList reportingIndexes()
{
    return {
        QStringLiteral("CREATE INDEX actions_by_time ON actions (acted_at, id)"),
        QStringLiteral("CREATE INDEX actions_by_type_time ON actions (action_type, acted_at)"),
        QStringLiteral("CREATE INDEX actions_by_agent_time ON actions (agent, acted_at)"),
    };
}

// Issue 6, learning: model versions a lead activates and rolls back, the activation trail, the verdicts on rule
// suggestions (a rejected suggestion never returns) and the accepted rules the pipeline merges into the
// workspace's rules. `db_user` is the database login that wrote the row (PostgreSQL's current_user; empty on
// SQLite, which has no logins): the agent name a client sends is its own claim, the login is the server's.
QStringList learningTables(Backend backend)
{
    const bool pg = backend == Backend::Postgres;
    const QString key = pg ? QStringLiteral("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY")
                           : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    const QString ref = pg ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
    const QString time = pg ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
    const QString real = pg ? QStringLiteral("DOUBLE PRECISION") : QStringLiteral("REAL");
    const QString login
        = pg ? QStringLiteral("TEXT NOT NULL DEFAULT current_user") : QStringLiteral("TEXT NOT NULL DEFAULT ''");
    const QString boolean
        = pg ? QStringLiteral("BOOLEAN NOT NULL DEFAULT TRUE") : QStringLiteral("INTEGER NOT NULL DEFAULT 1");
    QStringList statements {
        QStringLiteral("CREATE TABLE model_versions (\n"
                       "    id %1,\n"
                       "    version TEXT NOT NULL,\n"
                       "    name TEXT NOT NULL DEFAULT '',\n"
                       "    status TEXT NOT NULL DEFAULT 'candidate' CHECK (status IN ('candidate', 'active', "
                       "'retired')),\n"
                       "    model_json TEXT NOT NULL,\n"
                       "    metrics TEXT NOT NULL DEFAULT '{}',\n"
                       "    note TEXT NOT NULL DEFAULT '',\n"
                       "    created_by TEXT NOT NULL DEFAULT '',\n"
                       "    created_at %2 NOT NULL,\n"
                       "    activated_by TEXT NOT NULL DEFAULT '',\n"
                       "    activated_at %2,\n"
                       "    retired_at %2,\n"
                       "    db_user %3\n"
                       ")")
            .arg(key, time, login),
        // At most one active model per store, whatever two leads do at the same moment.
        QStringLiteral("CREATE UNIQUE INDEX model_versions_one_active ON model_versions (status) "
                       "WHERE status = 'active'"),
        QStringLiteral("CREATE TABLE model_activations (\n"
                       "    id %1,\n"
                       "    model_id %2 REFERENCES model_versions (id),\n"
                       "    previous_model_id %2 REFERENCES model_versions (id),\n"
                       "    action TEXT NOT NULL CHECK (action IN ('activate', 'rollback', 'discard')),\n"
                       "    actor TEXT NOT NULL DEFAULT '',\n"
                       "    acted_at %3 NOT NULL,\n"
                       "    db_user %4\n"
                       ")")
            .arg(key, ref, time, login),
        QStringLiteral("CREATE TABLE rule_reviews (\n"
                       "    id %1,\n"
                       "    suggestion_key TEXT NOT NULL UNIQUE,\n"
                       "    category TEXT NOT NULL,\n"
                       "    phrase TEXT NOT NULL,\n"
                       "    verdict TEXT NOT NULL CHECK (verdict IN ('accepted', 'rejected')),\n"
                       "    support INTEGER NOT NULL DEFAULT 0,\n"
                       "    hit_precision %2 NOT NULL DEFAULT 0,\n"
                       "    reviewer TEXT NOT NULL DEFAULT '',\n"
                       "    reviewed_at %3 NOT NULL,\n"
                       "    note TEXT NOT NULL DEFAULT '',\n"
                       "    db_user %4\n"
                       ")")
            .arg(key, real, time, login),
        QStringLiteral("CREATE TABLE accepted_rules (\n"
                       "    id %1,\n"
                       "    rule_id TEXT NOT NULL UNIQUE,\n"
                       "    suggestion_key TEXT NOT NULL DEFAULT '',\n"
                       "    rule_json TEXT NOT NULL,\n"
                       "    author TEXT NOT NULL DEFAULT '',\n"
                       "    created_at %2 NOT NULL,\n"
                       "    enabled %3,\n"
                       "    db_user %4\n"
                       ")")
            .arg(key, time, boolean, login),
    };
    // The activation trail and the verdicts are history: nobody rewrites them.
    if (pg) {
        for (const char *table : {"model_activations", "rule_reviews"}) {
            statements << QStringLiteral("CREATE TRIGGER %1_append_only BEFORE UPDATE OR DELETE ON %1\n"
                                         "FOR EACH ROW EXECUTE FUNCTION routedesk_refuse_change()")
                              .arg(QLatin1String(table));
        }
    } else {
        for (const char *table : {"model_activations", "rule_reviews"}) {
            statements << QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1\n"
                                         "BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
                              .arg(QLatin1String(table))
                       << QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1\n"
                                         "BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
                              .arg(QLatin1String(table));
        }
    }
    return statements;
}

// Issue 6, team store: which PostgreSQL group roles `routedesk-cli roles --setup` made the agent and the lead
// role, so the app can tell a user what their login may do. The privileges themselves are GRANTs that the
// setup command issues (role names are the administrator's choice, and creating roles needs rights a
// migration does not have). On SQLite the table stays empty: a SQLite store has no logins and no roles.
QStringList teamRolesTable(Backend backend)
{
    return {QStringLiteral("CREATE TABLE team_roles (\n"
                           "    role_name TEXT PRIMARY KEY,\n"
                           "    kind TEXT NOT NULL CHECK (kind IN ('agent', 'lead')),\n"
                           "    set_up_by TEXT NOT NULL DEFAULT '',\n"
                           "    set_up_at %1 NOT NULL\n"
                           ")")
                .arg(backend == Backend::Postgres ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER"))};
}

// Issue 12: a decision keeps who should take an escalated ticket and its ownership step (the owner before it and
// how often the ticket changed hands), so routing reads a ticket's ownership history from its decisions and
// actions. Older decisions read as a first routing without a target.
QStringList decisionOwnershipColumns()
{
    return {QStringLiteral("ALTER TABLE decisions ADD COLUMN escalation_target TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE decisions ADD COLUMN previous_owner TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE decisions ADD COLUMN reroutes INTEGER NOT NULL DEFAULT 0")};
}

// Issue 12: the helpdesk queue (RT) or group (Zendesk) a ticket is in, and every move between two queues that a
// sync sees, so a ticket a person moves in the helpdesk changes hands in its ownership history too. The move is
// written by a trigger in the same statement that stores the ticket, so no writer can store one without the other.
// A queue seen for the first time (or a source without queues) is no move. And an index for the customer
// context's lookup of a requester's other tickets.
QStringList ticketQueueMoves(Backend backend)
{
    const bool pg = backend == Backend::Postgres;
    const QString key = pg ? QStringLiteral("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY")
                           : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    const QString ref = pg ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
    QStringList statements {
        QStringLiteral("ALTER TABLE tickets ADD COLUMN queue TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE ticket_moves (\n"
                       "    id %1,\n"
                       "    ticket_id %2 NOT NULL REFERENCES tickets (id),\n"
                       "    from_queue TEXT NOT NULL,\n"
                       "    to_queue TEXT NOT NULL,\n"
                       "    seen_at %2 NOT NULL\n"
                       ")")
            .arg(key, ref),
        QStringLiteral("CREATE INDEX ticket_moves_by_ticket ON ticket_moves (ticket_id, id)"),
        // The customer context finds a requester's other tickets by address, in any case.
        QStringLiteral("CREATE INDEX tickets_by_requester ON tickets (lower(requester_email))"),
    };
    if (pg) {
        statements << QStringLiteral("CREATE FUNCTION routedesk_record_move() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                                     "BEGIN\n"
                                     "    IF OLD.queue <> '' AND NEW.queue <> '' AND OLD.queue <> NEW.queue THEN\n"
                                     "        INSERT INTO ticket_moves (ticket_id, from_queue, to_queue, seen_at)\n"
                                     "            VALUES (NEW.id, OLD.queue, NEW.queue, NEW.stored_at);\n"
                                     "    END IF;\n"
                                     "    RETURN NEW;\n"
                                     "END\n"
                                     "$$")
                   << QStringLiteral("CREATE TRIGGER tickets_queue_moved AFTER UPDATE OF queue ON tickets\n"
                                     "FOR EACH ROW EXECUTE FUNCTION routedesk_record_move()")
                   << QStringLiteral("CREATE TRIGGER ticket_moves_append_only BEFORE UPDATE OR DELETE ON ticket_moves\n"
                                     "FOR EACH ROW EXECUTE FUNCTION routedesk_refuse_change()");
    } else {
        statements << QStringLiteral("CREATE TRIGGER tickets_queue_moved AFTER UPDATE OF queue ON tickets\n"
                                     "WHEN old.queue <> '' AND new.queue <> '' AND old.queue <> new.queue\n"
                                     "BEGIN\n"
                                     "    INSERT INTO ticket_moves (ticket_id, from_queue, to_queue, seen_at)\n"
                                     "        VALUES (new.id, old.queue, new.queue, new.stored_at);\n"
                                     "END")
                   << QStringLiteral("CREATE TRIGGER ticket_moves_no_update BEFORE UPDATE ON ticket_moves\n"
                                     "BEGIN SELECT RAISE(ABORT, 'ticket_moves is append-only'); END")
                   << QStringLiteral("CREATE TRIGGER ticket_moves_no_delete BEFORE DELETE ON ticket_moves\n"
                                     "BEGIN SELECT RAISE(ABORT, 'ticket_moves is append-only'); END");
    }
    return statements;
}

// Issue 14: a store under 1.5 KB per ticket with its decision. From this version on the store writes long texts
// compactly (StoreColumns::packed, encode(messages, body)): on SQLite the body, the conversation, the draft, the
// ranked categories and the explanation as compressed UTF-8 when that saves, a message that repeats the ticket's
// body without its text, and a decision's top categories only. Older rows stay as they were and read as before;
// the version keeps an older RouteDesk, which would not read the new rows right, away from the store. PostgreSQL
// compresses long values itself (TOAST) once a row passes toast_tuple_target: lowered from about 2 KB so that
// a ticket's and a decision's texts are compressed as they are written.
QStringList compactTexts(Backend backend)
{
    if (backend == Backend::Sqlite)
        return {};
    return {QStringLiteral("ALTER TABLE tickets SET (toast_tuple_target = 256)"),
            QStringLiteral("ALTER TABLE decisions SET (toast_tuple_target = 256)")};
}

QList<Migration> build()
{
    QList<Migration> list;
    list.append({1, QStringLiteral("tickets, append-only decisions and actions"), sqliteV1(), postgresV1(),
                 createStoreIdentity});
    list.append({2, QStringLiteral("write-back outbox and sync cursors"), sqliteV2(), postgresV2(), {}});
    list.append(
        {3, QStringLiteral("indexes for override and action reports"), reportingIndexes(), reportingIndexes(), {}});
    list.append({4,
                 QStringLiteral("model versions, rule suggestion verdicts and accepted rules"),
                 learningTables(Backend::Sqlite),
                 learningTables(Backend::Postgres),
                 {}});
    list.append(
        {5, QStringLiteral("team roles"), teamRolesTable(Backend::Sqlite), teamRolesTable(Backend::Postgres), {}});
    list.append({6,
                 QStringLiteral("escalation target and ownership step of a decision"),
                 decisionOwnershipColumns(),
                 decisionOwnershipColumns(),
                 {}});
    list.append({7,
                 QStringLiteral("helpdesk queue of a ticket and its moves, tickets by requester"),
                 ticketQueueMoves(Backend::Sqlite),
                 ticketQueueMoves(Backend::Postgres),
                 {}});
    list.append({8,
                 QStringLiteral("long texts compact: compressed on SQLite, a body not repeated, top categories"),
                 compactTexts(Backend::Sqlite),
                 compactTexts(Backend::Postgres),
                 {}});
    return list;
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> list = build();
    return list;
}

int latestVersion()
{
    return migrations().constLast().version;
}

} // namespace RouteDesk::StoreSchema
