-- A RouteDesk decision store at schema version 1 (SQLite), frozen as it shipped: the migration test builds an
-- old store from this file and opens it with the current code. Statements are separated by blank lines.

CREATE TABLE schema_migrations (
    version INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at INTEGER NOT NULL
)

CREATE TABLE store_info (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
)

CREATE TABLE tickets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    source TEXT NOT NULL,
    external_id TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    messages TEXT NOT NULL DEFAULT '[]',
    requester_name TEXT NOT NULL DEFAULT '',
    requester_email TEXT NOT NULL DEFAULT '',
    customer_tier TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT '',
    priority TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    created_at INTEGER,
    updated_at INTEGER,
    stored_at INTEGER NOT NULL,
    UNIQUE (source, external_id)
)

CREATE TABLE decisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id INTEGER NOT NULL REFERENCES tickets (id),
    category TEXT NOT NULL DEFAULT '',
    confidence REAL NOT NULL DEFAULT 0,
    alternatives TEXT NOT NULL DEFAULT '[]',
    secondary_intents TEXT NOT NULL DEFAULT '[]',
    specialist TEXT NOT NULL DEFAULT '',
    draft TEXT NOT NULL DEFAULT '',
    cited_articles TEXT NOT NULL DEFAULT '[]',
    flags TEXT NOT NULL DEFAULT '[]',
    explanation TEXT NOT NULL DEFAULT '[]',
    rules_fired TEXT NOT NULL DEFAULT '[]',
    model_version TEXT NOT NULL DEFAULT '',
    workspace_version TEXT NOT NULL DEFAULT '',
    decided_at INTEGER,
    recorded_at INTEGER NOT NULL
)

CREATE INDEX decisions_by_ticket ON decisions (ticket_id, id)

CREATE TABLE actions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id INTEGER NOT NULL REFERENCES tickets (id),
    decision_id INTEGER REFERENCES decisions (id),
    action_type TEXT NOT NULL CHECK (action_type IN ('accept', 'override', 'escalate', 'undo')),
    category TEXT NOT NULL DEFAULT '',
    specialist TEXT NOT NULL DEFAULT '',
    reason_code TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    escalation_target TEXT NOT NULL DEFAULT '',
    agent TEXT NOT NULL DEFAULT '',
    acted_at INTEGER NOT NULL,
    undoes_action_id INTEGER UNIQUE REFERENCES actions (id),
    recorded_at INTEGER NOT NULL,
    CHECK ((action_type = 'undo') = (undoes_action_id IS NOT NULL))
)

CREATE INDEX actions_by_ticket ON actions (ticket_id, id)

CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
BEGIN SELECT RAISE(ABORT, 'decisions are append-only: record a new decision instead'); END

CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
BEGIN SELECT RAISE(ABORT, 'decisions are append-only: they cannot be deleted'); END

CREATE TRIGGER actions_no_update BEFORE UPDATE ON actions
BEGIN SELECT RAISE(ABORT, 'actions are append-only: record a new action (or an undo)'); END

CREATE TRIGGER actions_no_delete BEFORE DELETE ON actions
BEGIN SELECT RAISE(ABORT, 'actions are append-only: they cannot be deleted'); END

INSERT INTO schema_migrations (version, description, applied_at)
VALUES (1, 'tickets, append-only decisions and actions', 1764000000000)

INSERT INTO store_info (name, value) VALUES ('store_id', 'frozen-v1-store')
