#pragma once

#include "model/agentaction.h"
#include "model/routingdecision.h"
#include "model/ticket.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace RouteDesk {

// Where a store lives, parsed from the single setting users give: a file path (SQLite) or a
// postgresql://user:password@host:port/db URL. The password never appears in display().
struct StoreLocation
{
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;

    // false with *error for an empty setting or a malformed URL.
    static bool parse(const QString &setting, StoreLocation *location, QString *error);
    // The default SQLite file in the user's data folder (QStandardPaths::AppDataLocation).
    static QString defaultSqlitePath();
    QString display()
        const; // "/home/a/.local/share/RouteDesk/decisions.sqlite" or "postgresql://ana@db:5432/routedesk"

    // The setting as it may be shown, logged or saved: the setting with the password of a URL taken out
    // ("postgresql://ana:s3cret@db/x" -> "postgresql://ana@db/x"), also when it does not parse; a file path as it
    // is. Passwords belong in ~/.pgpass (or the file PGPASSFILE names), which libpq reads (docs/store.md).
    static QString withoutPassword(const QString &setting);
};

// A ticket as the queue shows it: the ticket (messages may be omitted, see QueueOptions), its latest decision
// and where it stands after its latest effective action.
struct QueueEntry
{
    Ticket ticket;
    std::optional<RoutingDecision> decision; // latest decision, if routed
    TicketState state = TicketState::New;
    std::optional<AgentAction> lastAction; // latest effective action (not undone, not an undo)
    QString writeback; // "none", "pending", "done", "failed" or "conflict"
};

struct QueueOptions
{
    bool withMessages = false; // the queue view does not need the conversation; the ticket pane loads history()
    // false reads what the queue list shows and nothing more: the ticket's id, external id, subject, requester's
    // name and address, priority and creation time; the latest decision's id, category, confidence and flags; the
    // effective action's id, type and category (so the state and final category); the write-back state. Every other
    // field is empty. With withMessages the whole ticket and decision are read, less the long texts (body, draft,
    // alternatives, secondary intents, explanation, cited articles, rules fired). Several times less to read for
    // a 100,000-ticket queue; queueEntry() and history() always give everything.
    bool withDetails = true;
    std::optional<TicketState> state;
    QString source; // empty: every source
};

// Everything known about one ticket, oldest first.
// A ticket moved from one helpdesk queue (or group) to another, as a sync saw it: by RouteDesk's own write-back or
// by someone working in the helpdesk.
struct QueueMove
{
    QString fromQueue;
    QString toQueue;
    QDateTime seenAt; // when the sync that saw it stored the ticket

    friend bool operator==(const QueueMove &, const QueueMove &) = default;
};

struct TicketHistory
{
    Ticket ticket;
    QList<RoutingDecision> decisions;
    QList<AgentAction> actions; // including undos and the actions they took back
    QList<QueueMove> moves; // oldest first
};

// One override with what was suggested, for the team lead's review.
struct OverrideRecord
{
    AgentAction action;
    QString suggestedCategory;
    double confidence = 0.0;
    QString ticketSubject;
    QString ticketSource;
    QString ticketExternalId;
    bool undone = false; // a later Undo took this override back (it is still listed: every override counts)
};

struct PeriodFilter
{
    QDateTime from; // inclusive; invalid: unbounded
    QDateTime to; // exclusive; invalid: unbounded
    QString agent; // empty: every agent
    QString category; // empty: every category (matches suggested or final)
};

// Predicted (the decision the agent saw) against final (what the effective latest accept/override settled on).
struct ConfusionCount
{
    QString predicted;
    QString final;
    int count = 0;
};

// A ticket whose latest effective action settled its category: what learning trains on.
struct LabelledTicket
{
    Ticket ticket;
    QString finalCategory;
    QString predictedCategory; // of the decision the agent saw
    double confidence = 0.0;
    ActionType settledBy = ActionType::Accept; // Accept or Override
    QDateTime settledAt;
    QString agent; // who took the settling action
    // Escalation codes a person gave the ticket: the reason code of an agent's escalation (empty for accepts and
    // overrides, which say the ticket needed nobody). What the risk detectors learn from the store.
    QStringList reasons;
};

// A write-back waiting to go to the helpdesk (durable outbox). Created in the same transaction as the action.
struct OutboxItem
{
    enum class State { Pending, Done, Failed, Conflict };
    qint64 id = 0;
    qint64 ticketId = 0;
    qint64 actionId = 0;
    QString source; // the ticket's source: tells which connector delivers it
    QString externalId;
    QByteArray payload; // JSON built by the connector's writeback code; opaque to the store
    QString idempotencyKey; // unique; the connector puts it in the note so a retry can detect an earlier delivery
    State state = State::Pending;
    int attempts = 0;
    QString lastError;
    QDateTime nextAttemptAt;
    QDateTime createdAt;
    QDateTime updatedAt;
};
QString outboxStateName(OutboxItem::State state); // "pending", "done", "failed", "conflict"

// One CSV field as exportCsv() writes it (RFC 4180: quoted when it holds a comma, a quote or a line break).
QString csvField(const QString &value);

struct OutboxCounts
{
    int pending = 0;
    int done = 0;
    int failed = 0;
    int conflict = 0;
};

// The decision store: tickets, routing decisions, agent actions, the write-back outbox and sync cursors,
// over Qt Sql with two backends chosen by StoreLocation: SQLite (embedded default, WAL journal) and PostgreSQL
// (a team's shared store).
//
// Decisions and actions are append-only: never updated or deleted; a later action supersedes an earlier one and
// an Undo takes one back by reference. Tickets are the helpdesk's data and are updated in place when re-synced.
//
// Threading: a store object and its connection belong to the thread that opened it. Another thread opens its
// own store with open() on the same location. Several processes may write to one store at once.
//
// Errors: no exceptions; calls return false (or an empty result) and errorString() says why in words a user can
// act on. A failed write changes nothing (each call is one transaction).
class DecisionStore
{
public:
    ~DecisionStore();
    DecisionStore(const DecisionStore &) = delete;
    DecisionStore &operator=(const DecisionStore &) = delete;

    // Opens (creating if needed) and migrates the schema to the current version. Refuses, leaving the store
    // untouched: a store written by a newer RouteDesk, a file that is not a SQLite database or is corrupt,
    // an unreachable server. Returns nullptr and sets *error then.
    static std::unique_ptr<DecisionStore> open(const QString &setting, QString *error);
    static std::unique_ptr<DecisionStore> open(const StoreLocation &location, QString *error);

    static int currentSchemaVersion();
    int schemaVersion() const;
    const StoreLocation &location() const;
    QString errorString() const;
    // A random id created with the store; part of every write-back idempotency key
    // ("routedesk-<storeId>-action-<actionId>") so keys from two stores never collide in one helpdesk.
    QString storeId() const;
    // The store's own connection, for areas that keep their tables in the same database (core/learn: model
    // versions, reviewed rules). Same thread rule as the store; valid while the store lives.
    QSqlDatabase connection() const;

    // --- tickets -------------------------------------------------------------------------------------------
    // Inserts or updates by (source, externalId) and sets each ticket's id. One transaction for the whole list.
    bool upsertTickets(QList<Ticket> *tickets);
    bool upsertTicket(Ticket *ticket);
    std::optional<Ticket> ticket(qint64 id);
    std::optional<Ticket> ticketByExternalId(const QString &source, const QString &externalId);
    int ticketCount();
    // Tickets without any decision yet, oldest first (what routing still has to do). Cheap on a large routed queue:
    // it reads ids only.
    QList<qint64> unroutedTicketIds();

    // --- decisions (append-only) -----------------------------------------------------------------------------
    // Sets each decision's id. The whole list is one transaction: the bulk path for routing a queue.
    bool recordDecisions(QList<RoutingDecision> *decisions);
    bool recordDecision(RoutingDecision *decision);
    std::optional<RoutingDecision> latestDecision(qint64 ticketId);

    // --- agent actions (append-only, durable) ------------------------------------------------------------------
    // Commits the action durably before returning true (synchronous commit) and sets action->id and action->at
    // (if invalid). When `writebackPayload` is given, an outbox item for the ticket's source is created in the
    // same transaction. Refuses an Undo whose undoesActionId is not an effective action of the same ticket.
    bool recordAction(AgentAction *action, const std::optional<QByteArray> &writebackPayload = std::nullopt);
    // The latest effective action of the ticket (for undo and the queue).
    std::optional<AgentAction> lastEffectiveAction(qint64 ticketId);

    // --- queries ---------------------------------------------------------------------------------------------
    // Ordered by ticket id. A large SQLite queue is read in slices on several threads, each slice through its own
    // read-only connection and snapshot: a write committed meanwhile may show for some tickets and not others.
    QList<QueueEntry> queue(const QueueOptions &options = {});
    std::optional<QueueEntry> queueEntry(qint64 ticketId);
    std::optional<TicketHistory> history(qint64 ticketId);
    QList<OverrideRecord> overrides(const PeriodFilter &filter = {});
    // Over tickets whose effective latest action is an accept or override within the period.
    QList<ConfusionCount> confusion(const PeriodFilter &filter = {});
    // Ticket ids behind one confusion cell.
    QList<qint64> confusionTickets(const QString &predicted, const QString &final, const PeriodFilter &filter = {});
    QList<LabelledTicket> labelledTickets(const PeriodFilter &filter = {});
    // Tickets whose latest effective action is an escalation with an escalation code as its reason: category as
    // the agent saw it (settledBy Escalate), reasons the code. For learning the detectors.
    QList<LabelledTicket> escalatedTickets(const PeriodFilter &filter = {});
    // Every action in the period, oldest first (reports, override rate over time, escalations by reason).
    QList<AgentAction> actions(const PeriodFilter &filter = {});

    // --- export ----------------------------------------------------------------------------------------------
    // One JSON object per ticket: {"ticket_id","source","external_id","subject","decision":{...},"actions":[...],
    // "state","final_category","writeback":"none|pending|done|failed|conflict"} (decision as modeljson writes it,
    // null when unrouted; actions the whole trail, undos included).
    bool exportJsonLines(QIODevice *out);
    // One row per ticket with its latest decision, state and final category (RFC 4180, UTF-8, header row).
    bool exportCsv(QIODevice *out);

    // --- write-back outbox -------------------------------------------------------------------------------------
    // Items in state Pending whose nextAttemptAt has come, oldest first.
    QList<OutboxItem> dueOutbox(int limit = 100);
    QList<OutboxItem> outbox(std::optional<OutboxItem::State> state = std::nullopt);
    // Records the outcome of one delivery attempt (attempts is incremented).
    bool updateOutbox(qint64 id, OutboxItem::State state, const QString &lastError, const QDateTime &nextAttemptAt);
    OutboxCounts outboxCounts();

    // --- sync cursors ------------------------------------------------------------------------------------------
    // Opaque per-source text a connector uses to resume an incremental pull.
    QString syncCursor(const QString &source);
    bool setSyncCursor(const QString &source, const QString &cursor);

private:
    class Private;
    explicit DecisionStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace RouteDesk
