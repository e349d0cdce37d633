#include "decisionstore.h"

#include "migrations.h"
#include "storecolumns.h"

#include "model/modeljson.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <functional>
#include <map>
#include <thread>
#include <vector>

namespace RouteDesk {

using StoreSchema::Backend;
using namespace StoreColumns;

namespace {

// SQLite files this process found intact, by path, size and modification time (see the quick_check in open()).
class CheckedFiles
{
public:
    bool contains(const QString &key)
    {
        QMutexLocker lock(&m_mutex);
        return m_keys.contains(key);
    }
    void insert(const QString &key)
    {
        QMutexLocker lock(&m_mutex);
        m_keys.insert(key);
    }

private:
    QMutex m_mutex;
    QSet<QString> m_keys;
};

CheckedFiles &quickCheckedFiles()
{
    static CheckedFiles files;
    return files;
}

constexpr int kBusyTimeoutMs = 15000;
// pg_advisory_xact_lock key that serialises schema upgrades of one PostgreSQL database ("RDsk").
constexpr qint64 kMigrationLockKey = 0x5244736b;

std::atomic<quint64> g_connectionCounter {0};

// Below this many tickets per slice a queue is read on the calling thread alone.
constexpr int kRowsPerQueueSlice = 10000;

int idealReaders()
{
    return std::min(QThread::idealThreadCount(), 4);
}

// Column lists in the order the read*() functions below expect them.
const QString kTicketColumns = QStringLiteral(
    "t.id, t.source, t.external_id, t.subject, t.body, t.requester_name, t.requester_email, t.customer_tier, "
    "t.language, t.channel, t.priority, t.status, t.tags, t.created_at, t.updated_at, t.queue");
constexpr int kTicketColumnCount = 16; // + t.messages when asked for
// The decision's columns with the long texts replaced by empty values (withDetails = false with messages).
const QString kDecisionSummaryColumns = QStringLiteral(
    "d.id, d.ticket_id, d.category, d.confidence, '[]', '[]', d.specialist, '', '[]', d.flags, "
    "'[]', '[]', d.model_version, d.workspace_version, d.decided_at, d.escalation_target, d.previous_owner, "
    "d.reroutes");
// What the queue list shows (QueueOptions::withDetails = false without messages), read by readListRow(): every
// column a row of 100,000 reads costs a value, a conversion and an allocation in the driver, so none more.
const QString kListColumns
    = QStringLiteral("t.id, t.external_id, t.subject, t.requester_name, t.requester_email, t.priority, t.created_at, "
                     "d.id, d.category, d.confidence, d.flags, a.id, a.action_type, a.category");
constexpr int kListColumnCount = 14;
const QString kDecisionColumns = QStringLiteral(
    "d.id, d.ticket_id, d.category, d.confidence, d.alternatives, d.secondary_intents, d.specialist, d.draft, "
    "d.cited_articles, d.flags, d.explanation, d.rules_fired, d.model_version, d.workspace_version, d.decided_at, "
    "d.escalation_target, d.previous_owner, d.reroutes");
constexpr int kDecisionColumnCount = 18;
const QString kActionColumns
    = QStringLiteral("a.id, a.ticket_id, a.decision_id, a.action_type, a.category, a.specialist, a.reason_code, "
                     "a.reason, a.escalation_target, a.agent, a.acted_at, a.undoes_action_id");
constexpr int kActionColumnCount = 12;
const QString kOutboxColumns
    = QStringLiteral("o.id, o.ticket_id, o.action_id, o.source, o.external_id, o.payload, o.idempotency_key, o.state, "
                     "o.attempts, o.last_error, o.next_attempt_at, o.created_at, o.updated_at");

// The decision an agent saw when acting: the one the action names, else the ticket's latest decision made no
// later than the action (decisions without a time count as earlier).
const QString kSeenDecisionOfA
    = QStringLiteral("COALESCE(a.decision_id, (SELECT max(y.id) FROM decisions y WHERE y.ticket_id = a.ticket_id "
                     "AND COALESCE(y.decided_at, 0) <= a.acted_at))");

QString str(const QSqlQuery &query, int column)
{
    return query.value(column).toString();
}

qint64 id(const QSqlQuery &query, int column)
{
    return query.value(column).toLongLong();
}

Ticket readTicket(const QSqlQuery &q, int c, bool withMessages, StringPool *pool = nullptr)
{
    Ticket ticket;
    ticket.id = id(q, c);
    ticket.source = str(q, c + 1);
    ticket.externalId = str(q, c + 2);
    ticket.subject = str(q, c + 3);
    ticket.body = unpacked(q.value(c + 4));
    ticket.requesterName = str(q, c + 5);
    ticket.requesterEmail = str(q, c + 6);
    ticket.customerTier = str(q, c + 7);
    ticket.language = str(q, c + 8);
    ticket.channel = str(q, c + 9);
    ticket.priority = str(q, c + 10);
    ticket.status = str(q, c + 11);
    ticket.tags = decodeStringList(str(q, c + 12), pool);
    ticket.createdAt = timeFrom(q.value(c + 13));
    ticket.updatedAt = timeFrom(q.value(c + 14));
    ticket.queue = str(q, c + 15);
    if (withMessages)
        ticket.messages = decodeMessages(unpacked(q.value(c + kTicketColumnCount)), ticket.body);
    return ticket;
}

RoutingDecision readDecision(const QSqlQuery &q, int c, StringPool *pool = nullptr)
{
    RoutingDecision decision;
    decision.id = id(q, c);
    decision.ticketId = id(q, c + 1);
    decision.category = str(q, c + 2);
    decision.confidence = q.value(c + 3).toDouble();
    decision.alternatives = decodeScored(unpacked(q.value(c + 4)), pool);
    decision.secondaryIntents = decodeStringList(str(q, c + 5), pool);
    decision.specialist = str(q, c + 6);
    decision.draft = unpacked(q.value(c + 7));
    decision.citedArticles = decodeStringList(str(q, c + 8), pool);
    decision.flags = decodeFlags(str(q, c + 9), pool);
    Explanation explanation = decodeExplanation(unpacked(q.value(c + 10)));
    decision.explanation = std::move(explanation.lines);
    decision.explanationTexts = std::move(explanation.texts);
    decision.rulesFired = decodeStringList(str(q, c + 11), pool);
    decision.modelVersion = str(q, c + 12);
    decision.workspaceVersion = str(q, c + 13);
    decision.decidedAt = timeFrom(q.value(c + 14));
    decision.escalationTarget = str(q, c + 15);
    decision.previousOwner = str(q, c + 16);
    decision.reroutes = q.value(c + 17).toInt();
    return decision;
}

AgentAction readAction(const QSqlQuery &q, int c)
{
    AgentAction action;
    action.id = id(q, c);
    action.ticketId = id(q, c + 1);
    action.decisionId = id(q, c + 2);
    action.type = actionTypeFromName(str(q, c + 3)).value_or(ActionType::Accept);
    action.category = str(q, c + 4);
    action.specialist = str(q, c + 5);
    action.reasonCode = str(q, c + 6);
    action.reason = str(q, c + 7);
    action.escalationTarget = str(q, c + 8);
    action.agent = str(q, c + 9);
    action.at = timeFrom(q.value(c + 10));
    action.undoesActionId = id(q, c + 11);
    return action;
}

std::optional<OutboxItem::State> outboxStateFromName(const QString &name)
{
    for (auto state : {OutboxItem::State::Pending, OutboxItem::State::Done, OutboxItem::State::Failed,
                       OutboxItem::State::Conflict}) {
        if (outboxStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

OutboxItem readOutbox(const QSqlQuery &q)
{
    OutboxItem item;
    item.id = id(q, 0);
    item.ticketId = id(q, 1);
    item.actionId = id(q, 2);
    item.source = str(q, 3);
    item.externalId = str(q, 4);
    item.payload = q.value(5).toByteArray();
    item.idempotencyKey = str(q, 6);
    item.state = outboxStateFromName(str(q, 7)).value_or(OutboxItem::State::Failed);
    item.attempts = q.value(8).toInt();
    item.lastError = str(q, 9);
    item.nextAttemptAt = timeFrom(q.value(10));
    item.createdAt = timeFrom(q.value(11));
    item.updatedAt = timeFrom(q.value(12));
    return item;
}

// One row of the list query (kListColumns, then the write-back state).
bool readListRow(const QSqlQuery &q, const std::optional<TicketState> &state, StringPool *pool, QueueEntry *entry)
{
    if (!q.isNull(11)) {
        AgentAction action;
        action.id = id(q, 11);
        action.type = actionTypeFromName(str(q, 12)).value_or(ActionType::Accept);
        entry->state = stateAfter(action.type);
        if (state && entry->state != *state)
            return false;
        action.category = pool->intern(str(q, 13));
        entry->lastAction = std::move(action);
    } else if (state && entry->state != *state) {
        return false;
    }
    Ticket &ticket = entry->ticket;
    ticket.id = id(q, 0);
    ticket.externalId = str(q, 1);
    ticket.subject = str(q, 2);
    ticket.requesterName = str(q, 3);
    ticket.requesterEmail = str(q, 4);
    ticket.priority = pool->intern(str(q, 5));
    ticket.createdAt = timeFrom(q.value(6));
    if (!q.isNull(7)) {
        RoutingDecision decision;
        decision.id = id(q, 7);
        decision.ticketId = ticket.id;
        decision.category = pool->intern(str(q, 8));
        decision.confidence = q.value(9).toDouble();
        decision.flags = decodeFlags(str(q, 10), pool);
        entry->decision = std::move(decision);
    }
    if (entry->lastAction)
        entry->lastAction->ticketId = ticket.id;
    entry->writeback = q.isNull(kListColumnCount) ? QStringLiteral("none") : pool->intern(str(q, kListColumnCount));
    return true;
}

// Turns the rows of an executed queue query into entries; no store state, so reader threads use it too.
// `withDetails` false with messages: the query read the body (the conversation may refer to it), the entry leaves
// it out all the same.
bool readQueueRows(QSqlQuery *query, bool withMessages, bool withDetails, const std::optional<TicketState> &state,
                   QList<QueueEntry> *entries, QSqlError *error)
{
    const int decisionColumn = kTicketColumnCount + (withMessages ? 1 : 0);
    const int actionColumn = decisionColumn + kDecisionColumnCount;
    const int writebackColumn = actionColumn + kActionColumnCount;
    StringPool pool;
    if (!withDetails && !withMessages) {
        while (query->next()) {
            QueueEntry entry;
            if (readListRow(*query, state, &pool, &entry))
                entries->append(std::move(entry));
        }
        *error = query->lastError();
        query->finish();
        return !error->isValid();
    }
    while (query->next()) {
        QueueEntry entry;
        if (!query->isNull(actionColumn)) {
            entry.lastAction = readAction(*query, actionColumn);
            entry.state = stateAfter(entry.lastAction->type);
        }
        if (state && entry.state != *state)
            continue;
        entry.ticket = readTicket(*query, 0, withMessages, &pool);
        if (!withDetails)
            entry.ticket.body.clear();
        if (!query->isNull(decisionColumn)) {
            entry.decision = readDecision(*query, decisionColumn, &pool);
            if (!withDetails) {
                RoutingDecision &d = *entry.decision;
                d.alternatives.clear();
                d.secondaryIntents.clear();
                d.draft.clear();
                d.citedArticles.clear();
                d.explanation.clear();
                d.rulesFired.clear();
            }
        }
        entry.writeback = query->isNull(writebackColumn) ? QStringLiteral("none") : str(*query, writebackColumn);
        entries->append(std::move(entry));
    }
    *error = query->lastError();
    query->finish();
    return !error->isValid();
}

// One slice of a large SQLite queue, read on its own thread through its own read-only connection.
struct QueueSlice
{
    QList<QueueEntry> entries;
    QString error;
};

void readQueueSlice(const QString &path, const QString &connectionName, const QString &sql, const QVariantList &values,
                    bool withMessages, bool withDetails, std::optional<TicketState> state, qsizetype expectedRows,
                    QueueSlice *slice)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!db.open()) {
            slice->error = db.lastError().text();
        } else {
            QSqlQuery setup(db);
            setup.exec(QStringLiteral("PRAGMA mmap_size = 1073741824"));
            QSqlQuery query(db);
            query.setForwardOnly(true);
            QSqlError sqlError;
            slice->entries.reserve(expectedRows);
            if (!query.prepare(sql)) {
                slice->error = query.lastError().text();
            } else {
                for (int i = 0; i < values.size(); ++i)
                    query.bindValue(i, values.at(i));
                if (!query.exec()
                    || !readQueueRows(&query, withMessages, withDetails, state, &slice->entries, &sqlError))
                    slice->error = sqlError.isValid() ? sqlError.text() : query.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QVariant idValue(qint64 value)
{
    return value != 0 ? QVariant(value) : QVariant(QMetaType(QMetaType::LongLong));
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// A WHERE clause assembled from fixed fragments; values only ever travel as bound parameters.
struct Conditions
{
    QStringList clauses;
    QVariantList values;

    void add(const QString &clause, const QVariantList &bound = {})
    {
        clauses.append(clause);
        values.append(bound);
    }
    QString sql() const
    {
        return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    }
};

// Period, agent and category of a PeriodFilter on the action aliased `a` and the decision aliased `d`.
void addPeriodFilter(const PeriodFilter &filter, Conditions *where)
{
    if (filter.from.isValid())
        where->add(QStringLiteral("a.acted_at >= ?"), {filter.from.toMSecsSinceEpoch()});
    if (filter.to.isValid())
        where->add(QStringLiteral("a.acted_at < ?"), {filter.to.toMSecsSinceEpoch()});
    if (!filter.agent.isEmpty())
        where->add(QStringLiteral("a.agent = ?"), {filter.agent});
    if (!filter.category.isEmpty())
        where->add(QStringLiteral("(a.category = ? OR COALESCE(d.category, '') = ?)"),
                   {filter.category, filter.category});
}

} // namespace

// RFC 4180: quote a field that holds a comma, a quote or a line break, doubling the quotes inside.
QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString outboxStateName(OutboxItem::State state)
{
    switch (state) {
    case OutboxItem::State::Pending:
        return QStringLiteral("pending");
    case OutboxItem::State::Done:
        return QStringLiteral("done");
    case OutboxItem::State::Failed:
        return QStringLiteral("failed");
    case OutboxItem::State::Conflict:
        return QStringLiteral("conflict");
    }
    return {};
}

class DecisionStore::Private
{
public:
    explicit Private(const StoreLocation &where)
        : location(where)
        , backend(where.kind == StoreLocation::Kind::Postgres ? Backend::Postgres : Backend::Sqlite)
        , connectionName(QStringLiteral("routedesk-store-%1-%2")
                             .arg(g_connectionCounter.fetch_add(1))
                             .arg(QRandomGenerator::global()->generate64(), 0, 16))
    { }

    ~Private()
    {
        statements.clear(); // queries must go before their connection
        if (db.isValid())
            db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
    }

    StoreLocation location;
    Backend backend;
    QString connectionName;
    QSqlDatabase db;
    int version = 0;
    QString storeId;
    QString error;
    std::map<QString, std::unique_ptr<QSqlQuery>> statements;

    bool postgres() const { return backend == Backend::Postgres; }

    bool fail(const QString &message)
    {
        error = message;
        qCWarning(lcStore).noquote() << message;
        return false;
    }
    bool fail(const QString &what, const QSqlError &sqlError)
    {
        QString detail = sqlError.databaseText().trimmed();
        if (detail.isEmpty())
            detail = sqlError.text().trimmed();
        return fail(QStringLiteral("%1 (%2): %3").arg(what, location.display(), detail));
    }

    // A prepared statement, prepared once per connection and reused. Callers finish() it when done so that a
    // SQLite read snapshot is never kept open between calls.
    QSqlQuery *prepared(const QString &sql)
    {
        auto it = statements.find(sql);
        if (it != statements.end())
            return it->second.get();
        auto query = std::make_unique<QSqlQuery>(db);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            fail(QStringLiteral("the store could not prepare a query"), query->lastError());
            return nullptr;
        }
        return statements.emplace(sql, std::move(query)).first->second.get();
    }

    bool run(QSqlQuery *query, const QVariantList &values, const QString &what)
    {
        for (int i = 0; i < values.size(); ++i)
            query->bindValue(i, values.at(i));
        if (query->exec())
            return true;
        const QSqlError sqlError = query->lastError();
        query->finish();
        return fail(what, sqlError);
    }

    // The id of a new row: SQLite knows the rowid of the last insert for free, PostgreSQL says it with RETURNING
    // (returningId() ends the INSERT statement).
    QString returningId() const { return postgres() ? QStringLiteral(" RETURNING id") : QString(); }
    bool insert(QSqlQuery *query, const QVariantList &values, const QString &what, qint64 *newId)
    {
        if (!run(query, values, what))
            return false;
        bool ok = true;
        if (postgres()) {
            ok = query->next();
            *newId = ok ? query->value(0).toLongLong() : 0;
        } else {
            const QVariant rowid = query->lastInsertId();
            ok = rowid.isValid();
            *newId = rowid.toLongLong();
        }
        const QSqlError sqlError = query->lastError();
        query->finish();
        return ok || fail(what, sqlError);
    }

    // Appends many rows to `table` inside the caller's transaction, up to kBatchRows per INSERT statement (one
    // statement per row spends most of its time on per-statement work), and gives their ids in order. SQLite hands
    // out consecutive rowids within one statement while this connection holds the write lock, so the ids follow from
    // the last one; PostgreSQL draws the ids from the table's identity sequence first and inserts them explicitly.
    static constexpr qsizetype kBatchRows = 64;
    bool insertRows(const QString &table, const QString &columns, int columnCount, qsizetype rowCount,
                    const std::function<void(qsizetype row, QVariantList *values)> &valuesOf, QList<qint64> *ids,
                    const QString &what)
    {
        QVariantList values;
        for (qsizetype first = 0; first < rowCount; first += kBatchRows) {
            const qsizetype rows = std::min(kBatchRows, rowCount - first);
            QList<qint64> batchIds;
            if (postgres()) {
                QSqlQuery *draw = prepared(
                    QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) FROM generate_series(1, ?)")
                        .arg(table));
                if (!draw || !run(draw, {rows}, what))
                    return false;
                while (draw->next())
                    batchIds.append(draw->value(0).toLongLong());
                draw->finish();
                std::sort(batchIds.begin(), batchIds.end());
                if (batchIds.size() != rows)
                    return fail(QStringLiteral("%1: the id sequence of %2 gave %3 ids for %4 rows")
                                    .arg(what, table)
                                    .arg(batchIds.size())
                                    .arg(rows));
            }
            const int perRow = columnCount + (postgres() ? 1 : 0);
            QString placeholders = QStringLiteral("(?") + QStringLiteral(", ?").repeated(perRow - 1) + QLatin1Char(')');
            QStringList tuples(rows, placeholders);
            QSqlQuery *query
                = prepared(postgres() ? QStringLiteral("INSERT INTO %1 (id, %2) OVERRIDING SYSTEM VALUE VALUES %3")
                                            .arg(table, columns, tuples.join(QStringLiteral(", ")))
                                      : QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                            .arg(table, columns, tuples.join(QStringLiteral(", "))));
            if (!query)
                return false;
            values.clear();
            values.reserve(rows * perRow);
            for (qsizetype row = 0; row < rows; ++row) {
                if (postgres())
                    values.append(batchIds.at(row));
                valuesOf(first + row, &values);
            }
            if (!run(query, values, what))
                return false;
            if (!postgres()) {
                const qint64 last = query->lastInsertId().toLongLong();
                for (qsizetype row = 0; row < rows; ++row)
                    batchIds.append(last - rows + 1 + row);
            }
            query->finish();
            ids->append(batchIds);
        }
        return true;
    }

    bool execute(const QString &sql, const QString &what)
    {
        QSqlQuery query(db);
        if (query.exec(sql))
            return true;
        return fail(what, query.lastError());
    }

    // Write transactions. SQLite takes the write lock up front (BEGIN IMMEDIATE) so a transaction that reads
    // before it writes never fails half-way with SQLITE_BUSY; other processes wait up to the busy timeout.
    bool begin(const QString &what)
    {
        return execute(postgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"), what);
    }
    bool commit(const QString &what)
    {
        if (execute(QStringLiteral("COMMIT"), what))
            return true;
        rollback();
        return false;
    }
    void rollback()
    {
        QSqlQuery query(db);
        query.exec(QStringLiteral("ROLLBACK"));
    }

    // --- opening -------------------------------------------------------------------------------------------
    bool open();
    bool openSqlite();
    bool inspectSqliteFile();
    bool openPostgres();
    bool migrate();
    int readVersion(QSqlDatabase &connection, QString *errorText);
    QString newerStoreMessage(int found) const;

    // --- shared query parts ----------------------------------------------------------------------------------
    QString queueSql(bool withMessages, bool withDetails, const QString &where) const;
    bool readQueue(QSqlQuery *query, bool withMessages, bool withDetails, const std::optional<TicketState> &state,
                   QList<QueueEntry> *entries);
    QString settledFrom() const;
    bool actionsOfTicket(qint64 ticketId, QList<AgentAction> *actions);
    bool allActionsByTicket(QHash<qint64, QList<AgentAction>> *byTicket);
    bool insertAction(AgentAction *action, const std::optional<QByteArray> &payload);
};

// --- opening ---------------------------------------------------------------------------------------------------

QString DecisionStore::Private::newerStoreMessage(int found) const
{
    return QStringLiteral("%1 was written by a newer RouteDesk (schema %2, this one understands %3); it was left "
                          "untouched. Use a newer RouteDesk or choose another store.")
        .arg(location.display(), QString::number(found), QString::number(StoreSchema::latestVersion()));
}

bool DecisionStore::Private::open()
{
    return postgres() ? openPostgres() : openSqlite();
}

int DecisionStore::Private::readVersion(QSqlDatabase &connection, QString *errorText)
{
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    const QString exists = postgres()
        ? QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() "
                         "AND table_name = 'schema_migrations'")
        : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'");
    if (!query.exec(exists) || !query.next()) {
        *errorText = query.lastError().text();
        return -1;
    }
    if (query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(QStringLiteral("SELECT COALESCE(max(version), 0) FROM schema_migrations")) || !query.next()) {
        *errorText = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

// Looks at an existing SQLite file without the power to change it: that it is a SQLite database, an integrity
// check and the schema version. Anything wrong here refuses the open before a read-write connection could touch
// the file. Only ever through SQLite: a second handle of the file (QFile, fopen) closed while this process holds
// other connections to it drops every POSIX lock the process has on it, so another program takes itself for the
// last user, checkpoints and deletes the -wal under our connections ("How To Corrupt An SQLite Database File",
// 2.2). SQLite's own connections in one process share their locks. Nor immutable=1: that reads without locks
// while another process may be starting to write.
bool DecisionStore::Private::inspectSqliteFile()
{
    const QString shown = location.display();
    const QString walPath = location.path + QStringLiteral("-wal");
    const QString shmPath = location.path + QStringLiteral("-shm");
    const bool hadSidecars = QFileInfo::exists(walPath) || QFileInfo::exists(shmPath);
    const QString name = connectionName + QStringLiteral("-inspect");
    QString problem;
    int found = 0;
    {
        QSqlDatabase inspect = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // Read through the WAL: it holds committed transactions the file does not have yet. A read-only connection
        // to a WAL store creates the -wal and -shm if they are missing (the read-write open that follows needs them
        // anyway); a refusal takes them away again below.
        inspect.setDatabaseName(location.path);
        inspect.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        // SQLITE_NOTADB: the file does not start with a SQLite header.
        const auto notADatabase = [](const QSqlError &sqlError) {
            return sqlError.nativeErrorCode() == QLatin1String("26");
        };
        const QString notSqlite = QStringLiteral("%1 is not a RouteDesk store: it is not a SQLite database file. It "
                                                 "was left untouched; choose another file or a new path.")
                                      .arg(shown);
        if (!inspect.open()) {
            problem = QStringLiteral("%1 cannot be opened: %2").arg(shown, inspect.lastError().text());
        } else {
            QSqlQuery query(inspect);
            query.setForwardOnly(true);
            // The whole-file check reads every page (a third of a second for 100,000 tickets); each background job
            // opens its own connection, so a file is checked once per process. Damage after that still shows as
            // an error on the read that meets it.
            const QFileInfo file(location.path);
            const QString checkKey = file.absoluteFilePath() + QLatin1Char('|') + QString::number(file.size())
                + QLatin1Char('|') + QString::number(file.lastModified().toMSecsSinceEpoch());
            if (quickCheckedFiles().contains(checkKey)) {
                // checked already by this process
            } else if (!query.exec(QStringLiteral("PRAGMA mmap_size = 1073741824")) // pages read in place
                       || !query.exec(QStringLiteral("PRAGMA quick_check"))) {
                problem = notADatabase(query.lastError())
                    ? notSqlite
                    : QStringLiteral("%1 is damaged and cannot be read as a SQLite database (%2). It was left "
                                     "untouched; restore it from a backup or choose another store.")
                          .arg(shown, query.lastError().databaseText());
            } else {
                QStringList findings;
                while (query.next() && findings.size() < 3)
                    findings.append(query.value(0).toString());
                if (findings != QStringList {QStringLiteral("ok")}) {
                    problem = QStringLiteral("%1 is damaged (SQLite integrity check: %2). It was left untouched; "
                                             "restore it from a backup or choose another store.")
                                  .arg(shown, findings.join(QStringLiteral("; ")));
                } else {
                    quickCheckedFiles().insert(checkKey);
                }
            }
            query.finish();
            if (problem.isEmpty()) {
                QString errorText;
                found = readVersion(inspect, &errorText);
                if (found < 0) {
                    problem = QStringLiteral("%1 cannot be read: %2").arg(shown, errorText);
                } else if (found == 0
                           && query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                                        "'table' AND name NOT LIKE 'sqlite_%'"))
                           && query.next() && query.value(0).toInt() > 0) {
                    problem = QStringLiteral("%1 is a SQLite database but not a RouteDesk store (it has other "
                                             "tables and no schema version). It was left untouched.")
                                  .arg(shown);
                } else if (found > StoreSchema::latestVersion()) {
                    problem = newerStoreMessage(found);
                }
                query.finish();
            }
        }
        inspect.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (problem.isEmpty())
        return true;

    // A read-only connection cannot take the -wal and -shm it created away when it closes. Leave the folder as it
    // was found the way SQLite itself does: a connection that only reads and, closing as the last user (nobody
    // else holds the file), checkpoints the empty -wal (nothing to copy) and removes both. While another process
    // uses the store, SQLite leaves them in place.
    if (!hadSidecars && (QFileInfo::exists(walPath) || QFileInfo::exists(shmPath))) {
        const QString tidy = connectionName + QStringLiteral("-tidy");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), tidy);
            db.setDatabaseName(location.path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
            if (db.open()) {
                QSqlQuery query(db);
                query.exec(QStringLiteral("PRAGMA query_only = ON"));
                query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
                query.finish();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(tidy);
    }
    return fail(problem);
}

bool DecisionStore::Private::openSqlite()
{
    const QFileInfo info(location.path);
    if (info.exists()) {
        if (info.isDir())
            return fail(QStringLiteral("%1 is a folder, not a store file").arg(location.display()));
        if (info.size() > 0 && !inspectSqliteFile())
            return false;
    } else if (!QDir().mkpath(info.absolutePath())) {
        return fail(QStringLiteral("cannot create the folder %1 for the store")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(location.path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open())
        return fail(QStringLiteral("cannot open the store"), db.lastError());

    // WAL lets readers (the desktop app) work while another process writes. synchronous=FULL syncs the WAL
    // on every commit: an acknowledged action survives a power cut, not only a crash of the process.
    // Switching a new file to WAL needs a moment alone with it; when several processes create the store at once
    // SQLite answers "locked" at once instead of waiting, so wait here.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // A new store gets 8 KB pages: a ticket row (about 700 bytes with its texts compressed) or a decision row
    // leaves on average half a row unused at the end of each page, a smaller share of a larger page. SQLite takes
    // the size only while the file is still empty, so an existing store keeps its own.
    if (info.size() == 0
        && !execute(QStringLiteral("PRAGMA page_size = 8192"), QStringLiteral("cannot create the store")))
        return false;
    QElapsedTimer waited;
    waited.start();
    while (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()) {
        const QSqlError sqlError = query.lastError();
        query.finish();
        if (waited.elapsed() > kBusyTimeoutMs || !sqlError.databaseText().contains(QLatin1String("locked")))
            return fail(QStringLiteral("cannot switch the store to WAL journal mode"), sqlError);
        QThread::msleep(5 + QRandomGenerator::global()->bounded(20));
    }
    if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail(QStringLiteral("%1: the store refused WAL journal mode (it stays in %2 mode); is it on a "
                                   "network or read-only file system?")
                        .arg(location.display(), query.value(0).toString()));
    query.finish();
    if (!execute(QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("cannot configure the store"))
        || !execute(QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("cannot configure the store"))
        || !execute(QStringLiteral("PRAGMA cache_size = -65536"), QStringLiteral("cannot configure the store"))
        || !execute(QStringLiteral("PRAGMA mmap_size = 1073741824"), QStringLiteral("cannot configure the store")))
        return false;
    return migrate();
}

bool DecisionStore::Private::openPostgres()
{
    db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(location.host);
    db.setPort(location.port);
    db.setDatabaseName(location.database);
    db.setUserName(location.user);
    db.setPassword(location.password);
    db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (!db.open())
        return fail(QStringLiteral("cannot connect to the store"), db.lastError());
    // Each commit waits for its WAL flush on the server: an acknowledged action is durable.
    if (!execute(QStringLiteral("SET synchronous_commit TO on"), QStringLiteral("cannot configure the store"))
        || !execute(QStringLiteral("SET client_min_messages TO warning"), QStringLiteral("cannot configure the store")))
        return false;
    return migrate();
}

// Brings the schema to the current version in one transaction: a failed step leaves the store as it was.
// Several processes may open a new store at once; the write lock (SQLite) or an advisory lock (PostgreSQL)
// lets one of them migrate and the others find the work done.
bool DecisionStore::Private::migrate()
{
    QString errorText;
    int found = readVersion(db, &errorText);
    if (found < 0)
        return fail(QStringLiteral("%1 cannot be read: %2").arg(location.display(), errorText));
    if (found > StoreSchema::latestVersion())
        return fail(newerStoreMessage(found));

    if (found < StoreSchema::latestVersion()) {
        const QString what = QStringLiteral("cannot upgrade the store");
        if (!begin(what))
            return false;
        if (postgres()) {
            QSqlQuery lock(db);
            if (!lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLockKey))) {
                fail(what, lock.lastError());
                rollback();
                return false;
            }
        }
        found = readVersion(db, &errorText);
        if (found < 0 || found > StoreSchema::latestVersion()) {
            rollback();
            return fail(found < 0 ? QStringLiteral("%1 cannot be read: %2").arg(location.display(), errorText)
                                  : newerStoreMessage(found));
        }
        for (const StoreSchema::Migration &migration : StoreSchema::migrations()) {
            if (migration.version <= found)
                continue;
            const QString step = QStringLiteral("cannot upgrade the store to schema %1 (%2)")
                                     .arg(migration.version)
                                     .arg(migration.description);
            bool ok = true;
            for (const QString &statement : postgres() ? migration.postgres : migration.sqlite) {
                QSqlQuery query(db);
                if (!query.exec(statement)) {
                    ok = fail(step, query.lastError());
                    break;
                }
            }
            if (ok && migration.hook) {
                QString hookError;
                if (!migration.hook(db, backend, &hookError))
                    ok = fail(QStringLiteral("%1: %2").arg(step, hookError));
            }
            if (ok) {
                QSqlQuery record(db);
                record.prepare(QStringLiteral(
                    "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"));
                record.addBindValue(migration.version);
                record.addBindValue(migration.description);
                record.addBindValue(nowMs());
                if (!record.exec())
                    ok = fail(step, record.lastError());
            }
            if (!ok) {
                rollback();
                return false;
            }
            qCInfo(lcStore).noquote() << location.display() << "upgraded to schema" << migration.version;
        }
        if (!commit(what))
            return false;
    }
    version = StoreSchema::latestVersion();

    // A store made from a hand-written older schema may lack its identity; give it one once.
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT value FROM store_info WHERE name = 'store_id'")))
            return fail(QStringLiteral("cannot read the store's identity"), query.lastError());
        if (query.next()) {
            storeId = query.value(0).toString();
            return true;
        }
        query.finish();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO store_info (name, value) VALUES ('store_id', ?) ON CONFLICT (name) DO NOTHING"));
        insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!insert.exec())
            return fail(QStringLiteral("cannot give the store an identity"), insert.lastError());
    }
    return fail(QStringLiteral("cannot read the store's identity (%1)").arg(location.display()));
}

// --- DecisionStore: opening and properties ----------------------------------------------------------------------

DecisionStore::DecisionStore(std::unique_ptr<Private> p)
    : d(std::move(p))
{ }

DecisionStore::~DecisionStore() = default;

std::unique_ptr<DecisionStore> DecisionStore::open(const QString &setting, QString *error)
{
    StoreLocation location;
    if (!StoreLocation::parse(setting, &location, error))
        return nullptr;
    return open(location, error);
}

std::unique_ptr<DecisionStore> DecisionStore::open(const StoreLocation &location, QString *error)
{
    auto d = std::make_unique<Private>(location);
    if (!d->open()) {
        if (error)
            *error = d->error;
        return nullptr;
    }
    d->error.clear();
    return std::unique_ptr<DecisionStore>(new DecisionStore(std::move(d)));
}

int DecisionStore::currentSchemaVersion()
{
    return StoreSchema::latestVersion();
}

int DecisionStore::schemaVersion() const
{
    return d->version;
}

const StoreLocation &DecisionStore::location() const
{
    return d->location;
}

QString DecisionStore::errorString() const
{
    return d->error;
}

QString DecisionStore::storeId() const
{
    return d->storeId;
}

QSqlDatabase DecisionStore::connection() const
{
    return d->db;
}

// --- tickets ----------------------------------------------------------------------------------------------------

bool DecisionStore::upsertTickets(QList<Ticket> *tickets)
{
    d->error.clear();
    for (const Ticket &ticket : std::as_const(*tickets)) {
        if (ticket.source.isEmpty() || ticket.externalId.isEmpty())
            return d->fail(QStringLiteral("a ticket needs a source and an external id (got '%1', '%2')")
                               .arg(ticket.source, ticket.externalId));
    }
    const QString what = QStringLiteral("cannot store %1 ticket(s)").arg(tickets->size());

    // A ticket listed twice is stored as its last occurrence (as if the list were stored one by one) and both get
    // the id. One statement may not touch a row twice, so only last occurrences are written.
    using Key = QPair<QString, QString>;
    QHash<Key, qsizetype> lastOf;
    lastOf.reserve(tickets->size());
    for (qsizetype i = 0; i < tickets->size(); ++i)
        lastOf.insert({tickets->at(i).source, tickets->at(i).externalId}, i);
    QList<qsizetype> written;
    written.reserve(lastOf.size());
    for (qsizetype i = 0; i < tickets->size(); ++i) {
        if (lastOf.value({tickets->at(i).source, tickets->at(i).externalId}) == i)
            written.append(i);
    }

    if (!d->begin(what))
        return false;
    // Several rows per statement; RETURNING names each row's key, so the ids never depend on the order rows come
    // back in.
    QHash<Key, qint64> idOf;
    idOf.reserve(written.size());
    const qint64 now = nowMs();
    const bool compress = !d->postgres();
    constexpr int kColumns = 17;
    QVariantList values;
    for (qsizetype first = 0; first < written.size(); first += Private::kBatchRows) {
        const qsizetype rows = std::min(Private::kBatchRows, written.size() - first);
        const QString tuple = QStringLiteral("(?") + QStringLiteral(", ?").repeated(kColumns - 1) + QLatin1Char(')');
        QSqlQuery *query = d->prepared(
            QStringLiteral("INSERT INTO tickets (source, external_id, subject, body, messages, requester_name, "
                           "requester_email, customer_tier, language, channel, priority, status, tags, created_at, "
                           "updated_at, stored_at, queue) VALUES %1 "
                           "ON CONFLICT (source, external_id) DO UPDATE SET subject = excluded.subject, "
                           "body = excluded.body, messages = excluded.messages, "
                           "requester_name = excluded.requester_name, requester_email = excluded.requester_email, "
                           "customer_tier = excluded.customer_tier, language = excluded.language, "
                           "channel = excluded.channel, priority = excluded.priority, status = excluded.status, "
                           "tags = excluded.tags, created_at = excluded.created_at, "
                           "updated_at = excluded.updated_at, stored_at = excluded.stored_at, "
                           "queue = excluded.queue "
                           "RETURNING id, source, external_id")
                .arg(QStringList(rows, tuple).join(QStringLiteral(", "))));
        if (!query) {
            d->rollback();
            return false;
        }
        values.clear();
        values.reserve(rows * kColumns);
        for (qsizetype row = 0; row < rows; ++row) {
            const Ticket &ticket = tickets->at(written.at(first + row));
            values.append({ticket.source, ticket.externalId, text(ticket.subject), packed(ticket.body, compress),
                           packed(encode(ticket.messages, ticket.body), compress), text(ticket.requesterName),
                           text(ticket.requesterEmail), text(ticket.customerTier), text(ticket.language),
                           text(ticket.channel), text(ticket.priority), text(ticket.status), encode(ticket.tags),
                           timeValue(ticket.createdAt), timeValue(ticket.updatedAt), now, text(ticket.queue)});
        }
        if (!d->run(query, values, what)) {
            d->rollback();
            return false;
        }
        while (query->next())
            idOf.insert({str(*query, 1), str(*query, 2)}, id(*query, 0));
        query->finish();
    }
    if (idOf.size() != written.size()) {
        d->rollback();
        return d->fail(QStringLiteral("%1: the database returned %2 ids for %3 tickets")
                           .arg(what)
                           .arg(idOf.size())
                           .arg(written.size()));
    }
    if (!d->commit(what))
        return false;
    for (Ticket &ticket : *tickets)
        ticket.id = idOf.value({ticket.source, ticket.externalId});
    return true;
}

bool DecisionStore::upsertTicket(Ticket *ticket)
{
    QList<Ticket> list {*ticket};
    if (!upsertTickets(&list))
        return false;
    ticket->id = list.constFirst().id;
    return true;
}

std::optional<Ticket> DecisionStore::ticket(qint64 ticketId)
{
    d->error.clear();
    QSqlQuery *query
        = d->prepared(QStringLiteral("SELECT %1, t.messages FROM tickets t WHERE t.id = ?").arg(kTicketColumns));
    if (!query || !d->run(query, {ticketId}, QStringLiteral("cannot read a ticket")))
        return std::nullopt;
    std::optional<Ticket> result;
    if (query->next())
        result = readTicket(*query, 0, true);
    query->finish();
    return result;
}

std::optional<Ticket> DecisionStore::ticketByExternalId(const QString &source, const QString &externalId)
{
    d->error.clear();
    QSqlQuery *query
        = d->prepared(QStringLiteral("SELECT %1, t.messages FROM tickets t WHERE t.source = ? AND t.external_id = ?")
                          .arg(kTicketColumns));
    if (!query || !d->run(query, {text(source), text(externalId)}, QStringLiteral("cannot read a ticket")))
        return std::nullopt;
    std::optional<Ticket> result;
    if (query->next())
        result = readTicket(*query, 0, true);
    query->finish();
    return result;
}

int DecisionStore::ticketCount()
{
    d->error.clear();
    QSqlQuery *query = d->prepared(QStringLiteral("SELECT count(*) FROM tickets"));
    if (!query || !d->run(query, {}, QStringLiteral("cannot count tickets")) || !query->next())
        return 0;
    const int count = query->value(0).toInt();
    query->finish();
    return count;
}

QList<qint64> DecisionStore::unroutedTicketIds()
{
    d->error.clear();
    QSqlQuery *query = d->prepared(QStringLiteral(
        "SELECT t.id FROM tickets t WHERE NOT EXISTS (SELECT 1 FROM decisions d WHERE d.ticket_id = t.id) "
        "ORDER BY t.id"));
    QList<qint64> ids;
    if (!query || !d->run(query, {}, QStringLiteral("cannot find the tickets without a decision")))
        return ids;
    while (query->next())
        ids << query->value(0).toLongLong();
    query->finish();
    return ids;
}

// --- decisions --------------------------------------------------------------------------------------------------

bool DecisionStore::recordDecisions(QList<RoutingDecision> *decisions)
{
    d->error.clear();
    const QString what = QStringLiteral("cannot record %1 decision(s)").arg(decisions->size());
    if (!d->begin(what))
        return false;
    QList<qint64> ids;
    ids.reserve(decisions->size());
    const qint64 now = nowMs();
    const bool compress = !d->postgres();
    const bool ok = d->insertRows(
        QStringLiteral("decisions"),
        QStringLiteral("ticket_id, category, confidence, alternatives, secondary_intents, specialist, draft, "
                       "cited_articles, flags, explanation, rules_fired, model_version, workspace_version, "
                       "decided_at, recorded_at, escalation_target, previous_owner, reroutes"),
        18, decisions->size(),
        [&](qsizetype i, QVariantList *values) {
            const RoutingDecision &decision = decisions->at(i);
            // The top categories only (kStoredAlternatives), as route writes them by default.
            const QList<ScoredCategory> top
                = decision.alternatives.first(std::min(kStoredAlternatives, decision.alternatives.size()));
            values->append({decision.ticketId, text(decision.category), decision.confidence,
                            packed(encode(top), compress), encode(decision.secondaryIntents), text(decision.specialist),
                            packed(decision.draft, compress), encode(decision.citedArticles), encode(decision.flags),
                            packed(encodeExplanation(decision.explanation, decision.explanationTexts), compress),
                            encode(decision.rulesFired), text(decision.modelVersion), text(decision.workspaceVersion),
                            timeValue(decision.decidedAt), now, text(decision.escalationTarget),
                            text(decision.previousOwner), decision.reroutes});
        },
        &ids, what);
    if (!ok) {
        d->rollback();
        return false;
    }
    if (!d->commit(what))
        return false;
    for (qsizetype i = 0; i < decisions->size(); ++i)
        (*decisions)[i].id = ids.at(i);
    return true;
}

bool DecisionStore::recordDecision(RoutingDecision *decision)
{
    QList<RoutingDecision> list {*decision};
    if (!recordDecisions(&list))
        return false;
    decision->id = list.constFirst().id;
    return true;
}

std::optional<RoutingDecision> DecisionStore::latestDecision(qint64 ticketId)
{
    d->error.clear();
    QSqlQuery *query
        = d->prepared(QStringLiteral("SELECT %1 FROM decisions d WHERE d.ticket_id = ? ORDER BY d.id DESC LIMIT 1")
                          .arg(kDecisionColumns));
    if (!query || !d->run(query, {ticketId}, QStringLiteral("cannot read the latest decision")))
        return std::nullopt;
    std::optional<RoutingDecision> result;
    if (query->next())
        result = readDecision(*query, 0);
    query->finish();
    return result;
}

// --- actions ----------------------------------------------------------------------------------------------------

bool DecisionStore::Private::insertAction(AgentAction *action, const std::optional<QByteArray> &payload)
{
    const QString what
        = QStringLiteral("cannot record the %1 of ticket %2").arg(actionTypeName(action->type)).arg(action->ticketId);

    // Serialises every writer of this ticket's trail (SQLite already holds the database write lock).
    QSqlQuery *ticketQuery = prepared(QStringLiteral("SELECT source, external_id FROM tickets WHERE id = ?")
                                      + (postgres() ? QStringLiteral(" FOR UPDATE") : QString()));
    if (!ticketQuery || !run(ticketQuery, {action->ticketId}, what))
        return false;
    if (!ticketQuery->next()) {
        ticketQuery->finish();
        return fail(QStringLiteral("%1: there is no such ticket in %2").arg(what, location.display()));
    }
    const QString source = str(*ticketQuery, 0);
    const QString externalId = str(*ticketQuery, 1);
    ticketQuery->finish();

    if (action->decisionId != 0) {
        QSqlQuery *decisionQuery = prepared(QStringLiteral("SELECT ticket_id FROM decisions WHERE id = ?"));
        if (!decisionQuery || !run(decisionQuery, {action->decisionId}, what))
            return false;
        const bool found = decisionQuery->next();
        const qint64 owner = found ? id(*decisionQuery, 0) : 0;
        decisionQuery->finish();
        if (owner != action->ticketId)
            return fail(found ? QStringLiteral("%1: decision %2 belongs to ticket %3")
                                    .arg(what)
                                    .arg(action->decisionId)
                                    .arg(owner)
                              : QStringLiteral("%1: there is no decision %2").arg(what).arg(action->decisionId));
    }

    if (action->type == ActionType::Undo) {
        QSqlQuery *effective = prepared(QStringLiteral("SELECT %1").arg(effectiveActionOf(QStringLiteral("?"))));
        if (!effective || !run(effective, {action->ticketId}, what) || !effective->next())
            return false;
        const qint64 effectiveId = id(*effective, 0);
        effective->finish();
        if (effectiveId != action->undoesActionId) {
            QSqlQuery *target
                = prepared(QStringLiteral("SELECT a.ticket_id, a.action_type, EXISTS (SELECT 1 FROM actions u WHERE "
                                          "u.undoes_action_id = a.id) FROM actions a WHERE a.id = ?"));
            if (!target || !run(target, {action->undoesActionId}, what))
                return false;
            QString why;
            if (!target->next())
                why = QStringLiteral("there is no action %1").arg(action->undoesActionId);
            else if (id(*target, 0) != action->ticketId)
                why = QStringLiteral("action %1 belongs to ticket %2").arg(action->undoesActionId).arg(id(*target, 0));
            else if (str(*target, 1) == QLatin1String("undo"))
                why = QStringLiteral("action %1 is itself an undo; record the action again instead")
                          .arg(action->undoesActionId);
            else if (target->value(2).toBool())
                why = QStringLiteral("action %1 was already undone").arg(action->undoesActionId);
            else
                why = QStringLiteral("action %1 is not the ticket's latest effective action (action %2 is); undo "
                                     "that one first")
                          .arg(action->undoesActionId)
                          .arg(effectiveId);
            target->finish();
            return fail(QStringLiteral("%1: %2").arg(what, why));
        }
    }

    const QDateTime at = action->at.isValid() ? action->at : QDateTime::currentDateTimeUtc();
    QSqlQuery *actionInsert = prepared(
        QStringLiteral(
            "INSERT INTO actions (ticket_id, decision_id, action_type, category, specialist, reason_code, reason, "
            "escalation_target, agent, acted_at, undoes_action_id, recorded_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        + returningId());
    const qint64 now = nowMs();
    const QVariantList values {action->ticketId,       idValue(action->decisionId),     actionTypeName(action->type),
                               text(action->category), text(action->specialist),        text(action->reasonCode),
                               text(action->reason),   text(action->escalationTarget),  text(action->agent),
                               at.toMSecsSinceEpoch(), idValue(action->undoesActionId), now};
    qint64 actionId = 0;
    if (!actionInsert || !insert(actionInsert, values, what, &actionId))
        return false;

    if (payload) {
        QSqlQuery *outbox = prepared(QStringLiteral(
            "INSERT INTO outbox (ticket_id, action_id, source, external_id, payload, idempotency_key, state, "
            "attempts, last_error, next_attempt_at, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, '', ?, ?, ?)"));
        const QVariantList outboxValues {action->ticketId,
                                         actionId,
                                         source,
                                         externalId,
                                         payload->isNull() ? QByteArray("", 0) : *payload,
                                         QStringLiteral("routedesk-%1-action-%2").arg(storeId).arg(actionId),
                                         now,
                                         now,
                                         now};
        if (!outbox || !run(outbox, outboxValues, what))
            return false;
        outbox->finish();
    }
    action->id = actionId;
    action->at = at;
    return true;
}

bool DecisionStore::recordAction(AgentAction *action, const std::optional<QByteArray> &writebackPayload)
{
    d->error.clear();
    const QString what
        = QStringLiteral("cannot record the %1 of ticket %2").arg(actionTypeName(action->type)).arg(action->ticketId);
    if (action->ticketId == 0)
        return d->fail(QStringLiteral("%1: the action names no ticket").arg(what));
    if (action->type == ActionType::Undo && action->undoesActionId == 0)
        return d->fail(QStringLiteral("%1: an undo must name the action it takes back").arg(what));
    if (action->type != ActionType::Undo && action->undoesActionId != 0)
        return d->fail(QStringLiteral("%1: only an undo may name an action to take back").arg(what));

    AgentAction recorded = *action;
    if (!d->begin(what))
        return false;
    if (!d->insertAction(&recorded, writebackPayload)) {
        d->rollback();
        return false;
    }
    if (!d->commit(what))
        return false;
    *action = recorded;
    return true;
}

std::optional<AgentAction> DecisionStore::lastEffectiveAction(qint64 ticketId)
{
    d->error.clear();
    QSqlQuery *query = d->prepared(QStringLiteral("SELECT %1 FROM actions a WHERE a.id = %2")
                                       .arg(kActionColumns, effectiveActionOf(QStringLiteral("?"))));
    if (!query || !d->run(query, {ticketId}, QStringLiteral("cannot read the ticket's actions")))
        return std::nullopt;
    std::optional<AgentAction> result;
    if (query->next())
        result = readAction(*query, 0);
    query->finish();
    return result;
}

// --- queue and history -------------------------------------------------------------------------------------------

QString DecisionStore::Private::queueSql(bool withMessages, bool withDetails, const QString &where) const
{
    // The latest decision and the effective action of every ticket. SQLite evaluates the correlated subqueries
    // once per ticket and seeks the row by id; PostgreSQL plans the same condition as a hash join that runs the
    // subqueries twice per row, so it gets the equivalent LATERAL form.
    const QString joins = postgres()
        ? QStringLiteral("LEFT JOIN LATERAL (SELECT * FROM decisions z WHERE z.ticket_id = t.id ORDER BY z.id DESC "
                         "LIMIT 1) d ON TRUE "
                         "LEFT JOIN LATERAL (SELECT * FROM actions x WHERE x.ticket_id = t.id AND x.action_type <> "
                         "'undo' AND NOT EXISTS (SELECT 1 FROM actions u WHERE u.undoes_action_id = x.id) "
                         "ORDER BY x.id DESC LIMIT 1) a ON TRUE")
        : QStringLiteral("LEFT JOIN decisions d ON d.id = (SELECT max(z.id) FROM decisions z WHERE z.ticket_id = t.id) "
                         "LEFT JOIN actions a ON a.id = %1")
              .arg(effectiveActionOf(QStringLiteral("t.id")));
    const QString writeback
        = QStringLiteral("(SELECT o.state FROM outbox o WHERE o.ticket_id = t.id ORDER BY o.id DESC LIMIT 1)");
    if (!withDetails && !withMessages)
        return QStringLiteral("SELECT %1, %2 FROM tickets t %3%4 ORDER BY t.id")
            .arg(kListColumns, writeback, joins, where);
    // Without details but with the conversation: the whole rows (the messages refer to the body), the long texts
    // left out by readQueueRows.
    return QStringLiteral("SELECT %1%2, %3, %4, %5 FROM tickets t %6%7 ORDER BY t.id")
        .arg(kTicketColumns, withMessages ? QStringLiteral(", t.messages") : QString(),
             withDetails ? kDecisionColumns : kDecisionSummaryColumns, kActionColumns, writeback, joins, where);
}

bool DecisionStore::Private::readQueue(QSqlQuery *query, bool withMessages, bool withDetails,
                                       const std::optional<TicketState> &state, QList<QueueEntry> *entries)
{
    QSqlError sqlError;
    if (readQueueRows(query, withMessages, withDetails, state, entries, &sqlError))
        return true;
    return fail(QStringLiteral("cannot read the queue"), sqlError);
}

QList<QueueEntry> DecisionStore::queue(const QueueOptions &options)
{
    d->error.clear();
    Conditions where;
    if (!options.source.isEmpty())
        where.add(QStringLiteral("t.source = ?"), {options.source});
    const int total = ticketCount();
    QList<QueueEntry> entries;

    // A large SQLite queue is read in slices of the id range, one per processor, each on its own thread with its
    // own read-only connection (WAL lets readers run side by side): turning rows into entries is the work, and it
    // divides. Each slice reads its own snapshot, so a write committed meanwhile may show for some tickets and not
    // others; every ticket's entry is consistent in itself.
    const int slices = d->postgres() ? 1 : std::clamp(total / kRowsPerQueueSlice, 1, std::max(1, idealReaders()));
    if (slices > 1) {
        QSqlQuery bounds(d->db);
        bounds.setForwardOnly(true);
        if (!bounds.exec(QStringLiteral("SELECT min(id), max(id) FROM tickets")) || !bounds.next()) {
            d->fail(QStringLiteral("cannot read the queue"), bounds.lastError());
            return entries;
        }
        const qint64 low = bounds.value(0).toLongLong();
        const qint64 high = bounds.value(1).toLongLong();
        bounds.finish();
        const qint64 step = (high - low) / slices + 1;
        std::vector<QueueSlice> parts(static_cast<size_t>(slices));
        std::vector<std::thread> readers;
        for (int i = 0; i < slices; ++i) {
            Conditions slice = where;
            slice.add(QStringLiteral("t.id BETWEEN ? AND ?"), {low + i * step, low + (i + 1) * step - 1});
            const QString sql = d->queueSql(options.withMessages, options.withDetails, slice.sql());
            const QString name = QStringLiteral("%1-reader-%2").arg(d->connectionName).arg(i);
            readers.emplace_back(readQueueSlice, d->location.path, name, sql, slice.values, options.withMessages,
                                 options.withDetails, options.state, qsizetype(total / slices + 16), &parts[size_t(i)]);
        }
        for (std::thread &reader : readers)
            reader.join();
        entries.reserve(total);
        for (QueueSlice &part : parts) {
            if (!part.error.isEmpty()) {
                d->fail(QStringLiteral("cannot read the queue (%1): %2").arg(d->location.display(), part.error));
                return {};
            }
            for (QueueEntry &entry : part.entries)
                entries.append(std::move(entry));
        }
        return entries;
    }

    QSqlQuery *query = d->prepared(d->queueSql(options.withMessages, options.withDetails, where.sql()));
    // Growing a list of 100,000 large entries step by step moves every entry several times.
    entries.reserve(total);
    if (!query || !d->run(query, where.values, QStringLiteral("cannot read the queue")))
        return entries;
    if (!d->readQueue(query, options.withMessages, options.withDetails, options.state, &entries))
        entries.clear();
    return entries;
}

std::optional<QueueEntry> DecisionStore::queueEntry(qint64 ticketId)
{
    d->error.clear();
    QSqlQuery *query = d->prepared(d->queueSql(true, true, QStringLiteral(" WHERE t.id = ?")));
    QList<QueueEntry> entries;
    if (!query || !d->run(query, {ticketId}, QStringLiteral("cannot read the queue"))
        || !d->readQueue(query, true, true, std::nullopt, &entries) || entries.isEmpty())
        return std::nullopt;
    return entries.constFirst();
}

bool DecisionStore::Private::actionsOfTicket(qint64 ticketId, QList<AgentAction> *actions)
{
    QSqlQuery *query
        = prepared(QStringLiteral("SELECT %1 FROM actions a WHERE a.ticket_id = ? ORDER BY a.id").arg(kActionColumns));
    if (!query || !run(query, {ticketId}, QStringLiteral("cannot read the ticket's actions")))
        return false;
    while (query->next())
        actions->append(readAction(*query, 0));
    query->finish();
    return true;
}

bool DecisionStore::Private::allActionsByTicket(QHash<qint64, QList<AgentAction>> *byTicket)
{
    QSqlQuery *query
        = prepared(QStringLiteral("SELECT %1 FROM actions a ORDER BY a.ticket_id, a.id").arg(kActionColumns));
    if (!query || !run(query, {}, QStringLiteral("cannot read the actions")))
        return false;
    while (query->next()) {
        AgentAction action = readAction(*query, 0);
        (*byTicket)[action.ticketId].append(std::move(action));
    }
    query->finish();
    return true;
}

std::optional<TicketHistory> DecisionStore::history(qint64 ticketId)
{
    d->error.clear();
    const std::optional<Ticket> found = ticket(ticketId);
    if (!found)
        return std::nullopt;
    TicketHistory result;
    result.ticket = *found;
    QSqlQuery *query = d->prepared(
        QStringLiteral("SELECT %1 FROM decisions d WHERE d.ticket_id = ? ORDER BY d.id").arg(kDecisionColumns));
    if (!query || !d->run(query, {ticketId}, QStringLiteral("cannot read the ticket's decisions")))
        return std::nullopt;
    while (query->next())
        result.decisions.append(readDecision(*query, 0));
    query->finish();
    if (!d->actionsOfTicket(ticketId, &result.actions))
        return std::nullopt;
    query = d->prepared(
        QStringLiteral("SELECT from_queue, to_queue, seen_at FROM ticket_moves WHERE ticket_id = ? ORDER BY id"));
    if (!query || !d->run(query, {ticketId}, QStringLiteral("cannot read the ticket's queue moves")))
        return std::nullopt;
    while (query->next())
        result.moves.append({str(*query, 0), str(*query, 1), timeFrom(query->value(2))});
    query->finish();
    return result;
}

// --- reports -----------------------------------------------------------------------------------------------------

QList<OverrideRecord> DecisionStore::overrides(const PeriodFilter &filter)
{
    d->error.clear();
    Conditions where;
    where.add(QStringLiteral("a.action_type = 'override'"));
    addPeriodFilter(filter, &where);
    QSqlQuery *query
        = d->prepared(QStringLiteral("SELECT %1, d.category, d.confidence, t.subject, t.source, t.external_id, "
                                     "EXISTS (SELECT 1 FROM actions u WHERE u.undoes_action_id = a.id) "
                                     "FROM actions a JOIN tickets t ON t.id = a.ticket_id "
                                     "LEFT JOIN decisions d ON d.id = %2%3 ORDER BY a.acted_at, a.id")
                          .arg(kActionColumns, kSeenDecisionOfA, where.sql()));
    QList<OverrideRecord> result;
    if (!query || !d->run(query, where.values, QStringLiteral("cannot read the overrides")))
        return result;
    constexpr int c = kActionColumnCount;
    while (query->next()) {
        OverrideRecord record;
        record.action = readAction(*query, 0);
        record.suggestedCategory = str(*query, c);
        record.confidence = query->value(c + 1).toDouble();
        record.ticketSubject = str(*query, c + 2);
        record.ticketSource = str(*query, c + 3);
        record.ticketExternalId = str(*query, c + 4);
        record.undone = query->value(c + 5).toBool();
        result.append(record);
    }
    query->finish();
    return result;
}

// Tickets settled by their effective action (an accept or an override), with the decision the agent saw.
QString DecisionStore::Private::settledFrom() const
{
    return QStringLiteral(" FROM tickets t JOIN actions a ON a.id = %1 LEFT JOIN decisions d ON d.id = %2")
        .arg(effectiveActionOf(QStringLiteral("t.id")), kSeenDecisionOfA);
}

QList<ConfusionCount> DecisionStore::confusion(const PeriodFilter &filter)
{
    d->error.clear();
    Conditions where;
    where.add(QStringLiteral("a.action_type IN ('accept', 'override')"));
    addPeriodFilter(filter, &where);
    QSqlQuery *query = d->prepared(QStringLiteral("SELECT COALESCE(d.category, ''), a.category, count(*)%1%2 "
                                                  "GROUP BY COALESCE(d.category, ''), a.category "
                                                  "ORDER BY COALESCE(d.category, ''), a.category")
                                       .arg(d->settledFrom(), where.sql()));
    QList<ConfusionCount> result;
    if (!query || !d->run(query, where.values, QStringLiteral("cannot count predicted against final categories")))
        return result;
    while (query->next())
        result.append({str(*query, 0), str(*query, 1), query->value(2).toInt()});
    query->finish();
    return result;
}

QList<qint64> DecisionStore::confusionTickets(const QString &predicted, const QString &final,
                                              const PeriodFilter &filter)
{
    d->error.clear();
    Conditions where;
    where.add(QStringLiteral("a.action_type IN ('accept', 'override')"));
    addPeriodFilter(filter, &where);
    where.add(QStringLiteral("COALESCE(d.category, '') = ?"), {text(predicted)});
    where.add(QStringLiteral("a.category = ?"), {text(final)});
    QSqlQuery *query = d->prepared(QStringLiteral("SELECT t.id%1%2 ORDER BY t.id").arg(d->settledFrom(), where.sql()));
    QList<qint64> result;
    if (!query || !d->run(query, where.values, QStringLiteral("cannot read the tickets of a confusion cell")))
        return result;
    while (query->next())
        result.append(id(*query, 0));
    query->finish();
    return result;
}

namespace {

// After the ticket's columns, its messages and the final category: what a labelled ticket reads.
const QString kLabelledColumns
    = QStringLiteral("COALESCE(d.category, ''), COALESCE(d.confidence, 0), a.action_type, a.acted_at, a.agent");

LabelledTicket readLabelled(const QSqlQuery &query)
{
    constexpr int c = kTicketColumnCount + 1;
    LabelledTicket labelled;
    labelled.ticket = readTicket(query, 0, true);
    labelled.finalCategory = str(query, c);
    labelled.predictedCategory = str(query, c + 1);
    labelled.confidence = query.value(c + 2).toDouble();
    labelled.settledBy = actionTypeFromName(str(query, c + 3)).value_or(ActionType::Accept);
    labelled.settledAt = timeFrom(query.value(c + 4));
    labelled.agent = str(query, c + 5);
    return labelled;
}

} // namespace

QList<LabelledTicket> DecisionStore::labelledTickets(const PeriodFilter &filter)
{
    d->error.clear();
    Conditions where;
    where.add(QStringLiteral("a.action_type IN ('accept', 'override')"));
    addPeriodFilter(filter, &where);
    QSqlQuery *query = d->prepared(QStringLiteral("SELECT %1, t.messages, a.category, %2%3%4 ORDER BY t.id")
                                       .arg(kTicketColumns, kLabelledColumns, d->settledFrom(), where.sql()));
    QList<LabelledTicket> result;
    if (!query || !d->run(query, where.values, QStringLiteral("cannot read the labelled tickets")))
        return result;
    while (query->next())
        result.append(readLabelled(*query));
    query->finish();
    return result;
}

QList<LabelledTicket> DecisionStore::escalatedTickets(const PeriodFilter &filter)
{
    d->error.clear();
    Conditions where;
    where.add(QStringLiteral("a.action_type = 'escalate'"));
    addPeriodFilter(filter, &where);
    QSqlQuery *query
        = d->prepared(QStringLiteral("SELECT %1, t.messages, COALESCE(NULLIF(a.category, ''), d.category, ''), "
                                     "%2, a.reason_code%3%4 ORDER BY t.id")
                          .arg(kTicketColumns, kLabelledColumns, d->settledFrom(), where.sql()));
    QList<LabelledTicket> result;
    if (!query || !d->run(query, where.values, QStringLiteral("cannot read the escalated tickets")))
        return result;
    while (query->next()) {
        const QString code = str(*query, kTicketColumnCount + 7);
        if (!EscalationCode::all().contains(code))
            continue; // "other": no code to learn
        LabelledTicket labelled = readLabelled(*query);
        labelled.reasons = {code};
        result.append(std::move(labelled));
    }
    query->finish();
    return result;
}

QList<AgentAction> DecisionStore::actions(const PeriodFilter &filter)
{
    d->error.clear();
    Conditions where;
    addPeriodFilter(filter, &where);
    QSqlQuery *query = d->prepared(QStringLiteral("SELECT %1 FROM actions a LEFT JOIN decisions d ON d.id = %2%3 "
                                                  "ORDER BY a.acted_at, a.id")
                                       .arg(kActionColumns, kSeenDecisionOfA, where.sql()));
    QList<AgentAction> result;
    if (!query || !d->run(query, where.values, QStringLiteral("cannot read the actions")))
        return result;
    while (query->next())
        result.append(readAction(*query, 0));
    query->finish();
    return result;
}

// --- export ------------------------------------------------------------------------------------------------------

bool DecisionStore::exportJsonLines(QIODevice *out)
{
    d->error.clear();
    const QList<QueueEntry> entries = queue();
    if (!d->error.isEmpty())
        return false;
    QHash<qint64, QList<AgentAction>> actionsByTicket;
    if (!d->allActionsByTicket(&actionsByTicket))
        return false;
    for (const QueueEntry &entry : entries) {
        nlohmann::json actions = nlohmann::json::array();
        for (const AgentAction &action : actionsByTicket.value(entry.ticket.id))
            actions.push_back(toJson(action));
        const bool settled = entry.lastAction
            && (entry.lastAction->type == ActionType::Accept || entry.lastAction->type == ActionType::Override);
        nlohmann::json line = {
            {"ticket_id", entry.ticket.id},
            {"source", toStd(entry.ticket.source)},
            {"external_id", toStd(entry.ticket.externalId)},
            {"subject", toStd(entry.ticket.subject)},
            {"decision", entry.decision ? toJson(*entry.decision) : nlohmann::json(nullptr)},
            {"actions", actions},
            {"state", toStd(ticketStateName(entry.state))},
            {"final_category", settled ? toStd(entry.lastAction->category) : std::string()},
            {"writeback", toStd(entry.writeback)},
        };
        const std::string text = line.dump() + '\n';
        if (out->write(text.data(), qint64(text.size())) != qint64(text.size()))
            return d->fail(QStringLiteral("cannot write the export: %1").arg(out->errorString()));
    }
    return true;
}

bool DecisionStore::exportCsv(QIODevice *out)
{
    d->error.clear();
    const QList<QueueEntry> entries = queue();
    if (!d->error.isEmpty())
        return false;
    const QStringList header {
        QStringLiteral("ticket_id"),      QStringLiteral("source"),           QStringLiteral("external_id"),
        QStringLiteral("subject"),        QStringLiteral("priority"),         QStringLiteral("customer_tier"),
        QStringLiteral("created_at"),     QStringLiteral("category"),         QStringLiteral("confidence"),
        QStringLiteral("specialist"),     QStringLiteral("escalate"),         QStringLiteral("flags"),
        QStringLiteral("model_version"),  QStringLiteral("decided_at"),       QStringLiteral("state"),
        QStringLiteral("final_category"), QStringLiteral("final_specialist"), QStringLiteral("agent"),
        QStringLiteral("action_at"),      QStringLiteral("writeback")};
    auto writeRow = [&](const QStringList &fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &field : fields)
            quoted.append(csvField(field));
        const QByteArray line = (quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
        return out->write(line) == line.size();
    };
    if (!writeRow(header))
        return d->fail(QStringLiteral("cannot write the export: %1").arg(out->errorString()));
    for (const QueueEntry &entry : entries) {
        const Ticket &t = entry.ticket;
        QStringList row {QString::number(t.id), t.source, t.externalId, t.subject, t.priority, t.customerTier,
                         isoTime(t.createdAt)};
        if (entry.decision) {
            QStringList codes;
            for (const EscalationFlag &flag : entry.decision->flags)
                codes.append(flag.code);
            row << entry.decision->category << QString::number(entry.decision->confidence, 'g', 6)
                << entry.decision->specialist
                << (entry.decision->escalate() ? QStringLiteral("yes") : QStringLiteral("no"))
                << codes.join(QLatin1Char(';')) << entry.decision->modelVersion << isoTime(entry.decision->decidedAt);
        } else {
            row << QString() << QString() << QString() << QString() << QString() << QString() << QString();
        }
        const bool settled = entry.lastAction
            && (entry.lastAction->type == ActionType::Accept || entry.lastAction->type == ActionType::Override);
        row << ticketStateName(entry.state) << (settled ? entry.lastAction->category : QString())
            << (settled ? entry.lastAction->specialist : QString())
            << (entry.lastAction ? entry.lastAction->agent : QString())
            << (entry.lastAction ? isoTime(entry.lastAction->at) : QString()) << entry.writeback;
        if (!writeRow(row))
            return d->fail(QStringLiteral("cannot write the export: %1").arg(out->errorString()));
    }
    return true;
}

// --- outbox ------------------------------------------------------------------------------------------------------

QList<OutboxItem> DecisionStore::dueOutbox(int limit)
{
    d->error.clear();
    QSqlQuery *query = d->prepared(QStringLiteral("SELECT %1 FROM outbox o WHERE o.state = 'pending' AND "
                                                  "o.next_attempt_at <= ? ORDER BY o.id LIMIT ?")
                                       .arg(kOutboxColumns));
    QList<OutboxItem> result;
    if (!query || !d->run(query, {nowMs(), qMax(0, limit)}, QStringLiteral("cannot read the write-back outbox")))
        return result;
    while (query->next())
        result.append(readOutbox(*query));
    query->finish();
    return result;
}

QList<OutboxItem> DecisionStore::outbox(std::optional<OutboxItem::State> state)
{
    d->error.clear();
    Conditions where;
    if (state)
        where.add(QStringLiteral("o.state = ?"), {outboxStateName(*state)});
    QSqlQuery *query
        = d->prepared(QStringLiteral("SELECT %1 FROM outbox o%2 ORDER BY o.id").arg(kOutboxColumns, where.sql()));
    QList<OutboxItem> result;
    if (!query || !d->run(query, where.values, QStringLiteral("cannot read the write-back outbox")))
        return result;
    while (query->next())
        result.append(readOutbox(*query));
    query->finish();
    return result;
}

bool DecisionStore::updateOutbox(qint64 itemId, OutboxItem::State state, const QString &lastError,
                                 const QDateTime &nextAttemptAt)
{
    d->error.clear();
    const QString what = QStringLiteral("cannot update write-back item %1").arg(itemId);
    QSqlQuery *query = d->prepared(QStringLiteral("UPDATE outbox SET state = ?, attempts = attempts + 1, "
                                                  "last_error = ?, next_attempt_at = ?, updated_at = ? WHERE id = ?"));
    const qint64 now = nowMs();
    if (!query
        || !d->run(query,
                   {outboxStateName(state), text(lastError),
                    nextAttemptAt.isValid() ? nextAttemptAt.toMSecsSinceEpoch() : now, now, itemId},
                   what))
        return false;
    const int affected = query->numRowsAffected();
    query->finish();
    if (affected != 1)
        return d->fail(QStringLiteral("%1: there is no such item").arg(what));
    return true;
}

OutboxCounts DecisionStore::outboxCounts()
{
    d->error.clear();
    OutboxCounts counts;
    QSqlQuery *query = d->prepared(QStringLiteral("SELECT state, count(*) FROM outbox GROUP BY state"));
    if (!query || !d->run(query, {}, QStringLiteral("cannot count the write-back outbox")))
        return counts;
    while (query->next()) {
        const int n = query->value(1).toInt();
        switch (outboxStateFromName(str(*query, 0)).value_or(OutboxItem::State::Failed)) {
        case OutboxItem::State::Pending:
            counts.pending += n;
            break;
        case OutboxItem::State::Done:
            counts.done += n;
            break;
        case OutboxItem::State::Failed:
            counts.failed += n;
            break;
        case OutboxItem::State::Conflict:
            counts.conflict += n;
            break;
        }
    }
    query->finish();
    return counts;
}

// --- sync cursors ------------------------------------------------------------------------------------------------

QString DecisionStore::syncCursor(const QString &source)
{
    d->error.clear();
    QSqlQuery *query = d->prepared(QStringLiteral("SELECT cursor_text FROM sync_cursors WHERE source = ?"));
    if (!query || !d->run(query, {text(source)}, QStringLiteral("cannot read the sync cursor")))
        return {};
    QString cursor;
    if (query->next())
        cursor = str(*query, 0);
    query->finish();
    return cursor;
}

bool DecisionStore::setSyncCursor(const QString &source, const QString &cursor)
{
    d->error.clear();
    QSqlQuery *query = d->prepared(QStringLiteral(
        "INSERT INTO sync_cursors (source, cursor_text, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (source) DO UPDATE SET cursor_text = excluded.cursor_text, updated_at = excluded.updated_at"));
    if (!query
        || !d->run(query, {text(source), text(cursor), nowMs()},
                   QStringLiteral("cannot save the sync cursor of %1").arg(source)))
        return false;
    query->finish();
    return true;
}

} // namespace RouteDesk
