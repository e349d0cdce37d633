-- A RouteDesk decision store at schema version 1 (PostgreSQL), frozen as it shipped: the migration test builds
-- an old store from this file and opens it with the current code. Statements are separated by blank lines.

CREATE TABLE schema_migrations (
    version INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at BIGINT NOT NULL
)

CREATE TABLE store_info (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
)

CREATE TABLE tickets (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
    created_at BIGINT,
    updated_at BIGINT,
    stored_at BIGINT NOT NULL,
    UNIQUE (source, external_id)
)

CREATE TABLE decisions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id BIGINT NOT NULL REFERENCES tickets (id),
    category TEXT NOT NULL DEFAULT '',
    confidence DOUBLE PRECISION NOT NULL DEFAULT 0,
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
    decided_at BIGINT,
    recorded_at BIGINT NOT NULL
)

CREATE INDEX decisions_by_ticket ON decisions (ticket_id, id)

CREATE TABLE actions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id BIGINT NOT NULL REFERENCES tickets (id),
    decision_id BIGINT REFERENCES decisions (id),
    action_type TEXT NOT NULL CHECK (action_type IN ('accept', 'override', 'escalate', 'undo')),
    category TEXT NOT NULL DEFAULT '',
    specialist TEXT NOT NULL DEFAULT '',
    reason_code TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    escalation_target TEXT NOT NULL DEFAULT '',
    agent TEXT NOT NULL DEFAULT '',
    acted_at BIGINT NOT NULL,
    undoes_action_id BIGINT UNIQUE REFERENCES actions (id),
    recorded_at BIGINT NOT NULL,
    CHECK ((action_type = 'undo') = (undoes_action_id IS NOT NULL))
)

CREATE INDEX actions_by_ticket ON actions (ticket_id, id)

CREATE FUNCTION routedesk_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'restrict_violation';
END
$$

CREATE TRIGGER decisions_append_only BEFORE UPDATE OR DELETE ON decisions
FOR EACH ROW EXECUTE FUNCTION routedesk_refuse_change()

CREATE TRIGGER decisions_no_truncate BEFORE TRUNCATE ON decisions
FOR EACH STATEMENT EXECUTE FUNCTION routedesk_refuse_change()

CREATE TRIGGER actions_append_only BEFORE UPDATE OR DELETE ON actions
FOR EACH ROW EXECUTE FUNCTION routedesk_refuse_change()

CREATE TRIGGER actions_no_truncate BEFORE TRUNCATE ON actions
FOR EACH STATEMENT EXECUTE FUNCTION routedesk_refuse_change()

INSERT INTO schema_migrations (version, description, applied_at)
VALUES (1, 'tickets, append-only decisions and actions', 1764000000000)

INSERT INTO store_info (name, value) VALUES ('store_id', 'frozen-v1-store')
