#include "testsupport.h"

#include "io/recordreader.h"
#include "model/modeljson.h"
#include "store/decisionstore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>
#include <set>

using namespace RouteDesk;

namespace {

const QDateTime kT0(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

QDateTime minutes(int m)
{
    return kT0.addSecs(60 * m);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QStringList folderListing(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

Ticket makeTicket(const QString &externalId, const QString &subject, const QString &source = QStringLiteral("demo"))
{
    Ticket ticket;
    ticket.source = source;
    ticket.externalId = externalId;
    ticket.subject = subject;
    ticket.body = subject + QStringLiteral(" (body)");
    ticket.createdAt = kT0;
    return ticket;
}

Ticket richTicket()
{
    Ticket ticket;
    ticket.source = QStringLiteral("rt:http://127.0.0.1:8091");
    ticket.externalId = QStringLiteral("1187");
    ticket.subject = QStringLiteral("Facture en double, \"urgent\" — Rechnung doppelt");
    ticket.queue = QStringLiteral("Général");
    ticket.body = QStringLiteral("Hi,\nI was charged twice: INV-2041 and INV-2042 (€49.00 each).\n\tTab\\slash 😀");
    ticket.messages
        = {{QStringLiteral("Ana Müller"), QStringLiteral("ana@example.com"), minutes(1), ticket.body, true, true},
           {QStringLiteral("Support"), QStringLiteral("help@acme.test"), minutes(5), QStringLiteral("Looking."), false,
            false}};
    ticket.requesterName = QStringLiteral("Ana Müller");
    ticket.requesterEmail = QStringLiteral("ana@example.com");
    ticket.customerTier = QStringLiteral("pro");
    ticket.language = QStringLiteral("de");
    ticket.channel = QStringLiteral("email");
    ticket.priority = QStringLiteral("high");
    ticket.status = QStringLiteral("new");
    ticket.tags = {QStringLiteral("invoice"), QStringLiteral("v\"a,t")};
    ticket.createdAt = minutes(1);
    ticket.updatedAt = minutes(5);
    return ticket;
}

RoutingDecision makeDecision(qint64 ticketId, const QString &category, double confidence, const QDateTime &at)
{
    RoutingDecision decision;
    decision.ticketId = ticketId;
    decision.category = category;
    decision.confidence = confidence;
    decision.alternatives = {{category, confidence}, {QStringLiteral("other"), 1.0 - confidence}};
    decision.specialist = category + QStringLiteral("-team");
    decision.decidedAt = at;
    return decision;
}

RoutingDecision richDecision(qint64 ticketId)
{
    RoutingDecision decision;
    decision.ticketId = ticketId;
    decision.category = QStringLiteral("billing");
    decision.confidence = 0.1 + 0.2; // not exactly 0.3: the store must keep every bit
    decision.alternatives = {{QStringLiteral("billing"), 0.1 + 0.2},
                             {QStringLiteral("refunds"), 1e-9},
                             {QStringLiteral("shipping"), 0.69999999999999996}};
    decision.secondaryIntents = {QStringLiteral("refunds")};
    decision.specialist = QStringLiteral("billing-desk");
    decision.draft = QStringLiteral("Hallo Ana,\n\n\"Sorry\" — we refunded INV-2042.\r\nRegards");
    decision.citedArticles = {QStringLiteral("kb-12"), QStringLiteral("kb-40")};
    decision.flags = {{QStringLiteral("refund_review"), QStringLiteral("Refund of 740 USD is above the 500 USD limit")},
                      {QStringLiteral("vip"), QStringLiteral("Tier \"enterprise\", back\\slash")}};
    decision.explanation = {QStringLiteral("'charged twice' +1.20 → billing"), QStringLiteral("threshold 0.40")};
    decision.rulesFired = {QStringLiteral("vip-tier"), QStringLiteral("refund-limit")};
    decision.modelVersion = QStringLiteral("model-7");
    decision.workspaceVersion = QStringLiteral("ws-3");
    decision.decidedAt = minutes(2);
    return decision;
}

AgentAction makeAction(qint64 ticketId, qint64 decisionId, ActionType type, const QString &category,
                       const QString &agent, const QDateTime &at, qint64 undoes = 0)
{
    AgentAction action;
    action.ticketId = ticketId;
    action.decisionId = decisionId;
    action.type = type;
    action.category = category;
    action.specialist = category.isEmpty() ? QString() : category + QStringLiteral("-team");
    action.agent = agent;
    action.at = at;
    action.undoesActionId = undoes;
    if (type == ActionType::Override)
        action.reasonCode = QStringLiteral("wrong_category");
    if (type == ActionType::Escalate)
        action.escalationTarget = QStringLiteral("team_lead");
    return action;
}

// A raw connection for what the store API must not offer (tampering, hand-made old schemas).
class RawConnection
{
public:
    explicit RawConnection(const QString &setting)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        StoreLocation location;
        QString error;
        if (!StoreLocation::parse(setting, &location, &error))
            return;
        QSqlDatabase db = location.kind == StoreLocation::Kind::Sqlite
            ? QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name)
            : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        if (location.kind == StoreLocation::Kind::Sqlite) {
            db.setDatabaseName(location.path);
        } else {
            db.setHostName(location.host);
            db.setPort(location.port);
            db.setUserName(location.user);
            db.setPassword(location.password);
            db.setDatabaseName(location.database);
        }
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql, QString *error = nullptr) const
    {
        QSqlQuery query(db());
        if (query.exec(sql))
            return true;
        if (error)
            *error = query.lastError().text();
        return false;
    }
    QVariant value(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

QList<qint64> parseIds(const QByteArray &output)
{
    QList<qint64> ids;
    for (const QByteArray &line : output.split('\n')) {
        if (!line.trimmed().isEmpty())
            ids.append(line.trimmed().toLongLong());
    }
    return ids;
}

QList<qint64> idsOf(const QList<AgentAction> &actions)
{
    QList<qint64> ids;
    for (const AgentAction &action : actions)
        ids.append(action.id);
    return ids;
}

} // namespace

// Opens a fresh store for the current data row ("sqlite" or "postgresql"); PostgreSQL rows skip (or fail when
// the test command promised a server) without ROUTEDESK_TEST_PG_URL.
#define NEW_STORE_SETTING(variable) \
    QFETCH(QString, backend); \
    if (backend == QLatin1String("postgresql")) \
        ROUTEDESK_REQUIRE_POSTGRES(); \
    const QString variable = newSetting(backend); \
    QVERIFY2(!variable.isEmpty(), qPrintable(m_setupError))

#define OPEN_STORE(store, setting) \
    QString openError_##store; \
    auto store = DecisionStore::open(setting, &openError_##store); \
    QVERIFY2(store, qPrintable(openError_##store))

class TestStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_databases;
    QString m_setupError;

    QString newSetting(const QString &backend)
    {
        if (backend == QLatin1String("sqlite"))
            return m_dir->filePath(QStringLiteral("store-%1.sqlite").arg(m_databases.size() + qrand()));
        const QString url = Test::createPostgresDatabase(&m_setupError);
        if (!url.isEmpty())
            m_databases.append(url);
        return url;
    }
    int qrand() { return ++m_counter; }
    int m_counter = 0;

    void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    // Starts store_writer processes; each prints the ids the store acknowledged.
    std::unique_ptr<QProcess> startWriter(const QString &setting, const QString &agent, int count, int tickets = 5)
    {
        auto process = std::make_unique<QProcess>();
        process->setProgram(QStringLiteral(ROUTEDESK_STORE_WRITER));
        process->setArguments({setting, agent, QString::number(count), QString::number(tickets)});
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->start();
        return process;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        for (const QString &url : std::as_const(m_databases))
            Test::dropPostgresDatabase(url);
        m_databases.clear();
        m_dir.reset();
    }

    // --- round-trips ---------------------------------------------------------------------------------------------

    void ticketRoundTrip_data() { backends(); }
    void ticketRoundTrip()
    {
        NEW_STORE_SETTING(setting);
        OPEN_STORE(store, setting);
        QCOMPARE(store->schemaVersion(), DecisionStore::currentSchemaVersion());
        QVERIFY(!store->storeId().isEmpty());

        Ticket ticket = richTicket();
        QVERIFY2(store->upsertTicket(&ticket), qPrintable(store->errorString()));
        QVERIFY(ticket.id > 0);
        const auto byId = store->ticket(ticket.id);
        QVERIFY(byId);
        QCOMPARE(*byId, ticket);
        const auto byExternal = store->ticketByExternalId(ticket.source, ticket.externalId);
        QVERIFY(byExternal);
        QCOMPARE(*byExternal, ticket);
        QVERIFY(!store->ticketByExternalId(ticket.source, QStringLiteral("nope")));
        QVERIFY(!store->ticket(ticket.id + 1000));

        // A re-sync updates in place and keeps the id; empty and unknown fields survive as empty.
        Ticket again = richTicket();
        again.subject = QStringLiteral("Updated subject");
        again.tags.clear();
        again.messages.clear();
        again.updatedAt = QDateTime();
        QVERIFY(store->upsertTicket(&again));
        QCOMPARE(again.id, ticket.id);
        QCOMPARE(*store->ticket(ticket.id), again);

        QList<Ticket> bulk {makeTicket(QStringLiteral("a"), QStringLiteral("A")),
                            makeTicket(QStringLiteral("b"), QStringLiteral("B"))};
        QVERIFY(store->upsertTickets(&bulk));
        QVERIFY(bulk.at(0).id > ticket.id);
        QVERIFY(bulk.at(1).id > bulk.at(0).id);
        QCOMPARE(store->ticketCount(), 3);

        // Many at once (several statements' worth), one of them listed twice: the last occurrence is stored and
        // both get its id.
        QList<Ticket> many;
        for (int i = 0; i < 150; ++i)
            many.append(makeTicket(QStringLiteral("m%1").arg(i), QStringLiteral("Many %1").arg(i)));
        many.append(makeTicket(QStringLiteral("m7"), QStringLiteral("Many 7, second version")));
        QVERIFY(store->upsertTickets(&many));
        QCOMPARE(store->ticketCount(), 153);
        QCOMPARE(many.at(7).id, many.constLast().id);
        QCOMPARE(store->ticket(many.at(7).id)->subject, QStringLiteral("Many 7, second version"));
        for (int i = 0; i < 150; ++i) {
            if (i != 7)
                QCOMPARE(store->ticket(many.at(i).id)->subject, QStringLiteral("Many %1").arg(i));
        }

        // A ticket without identity is refused and nothing of the batch is stored.
        QList<Ticket> bad {makeTicket(QStringLiteral("c"), QStringLiteral("C")), makeTicket(QString(), QString())};
        QVERIFY(!store->upsertTickets(&bad));
        QVERIFY(store->errorString().contains(QLatin1String("source and an external id")));
        QCOMPARE(store->ticketCount(), 153);
        QCOMPARE(bad.at(0).id, 0);

        // Reopening sees the same data.
        store.reset();
        OPEN_STORE(reopened, setting);
        QCOMPARE(*reopened->ticket(ticket.id), again);
    }

    // A sync that sees a ticket in another helpdesk queue records the move with the ticket, in the database's own
    // trigger; a first queue, the same queue again and a source without queues are no move. Moves are history.
    void queueMovesAreRecorded_data() { backends(); }
    void queueMovesAreRecorded()
    {
        NEW_STORE_SETTING(setting);
        OPEN_STORE(store, setting);
        Ticket ticket = makeTicket(QStringLiteral("1"), QStringLiteral("S"));
        QVERIFY(store->upsertTicket(&ticket));
        for (const QString &queue : {QStringLiteral("General"), QStringLiteral("General"), QStringLiteral("Billing"),
                                     QString(), QStringLiteral("Technical"), QStringLiteral("Billing")}) {
            ticket.queue = queue;
            QVERIFY2(store->upsertTicket(&ticket), qPrintable(store->errorString()));
        }
        std::optional<TicketHistory> history = store->history(ticket.id);
        QVERIFY2(history, qPrintable(store->errorString()));
        QCOMPARE(history->ticket.queue, QStringLiteral("Billing"));
        QCOMPARE(history->moves.size(), 2);
        QCOMPARE(history->moves.at(0).fromQueue, QStringLiteral("General"));
        QCOMPARE(history->moves.at(0).toQueue, QStringLiteral("Billing"));
        QCOMPARE(history->moves.at(1).fromQueue, QStringLiteral("Technical"));
        QCOMPARE(history->moves.at(1).toQueue, QStringLiteral("Billing"));
        QVERIFY(history->moves.at(0).seenAt.isValid());
        // Several tickets in one statement: each move lands on its own ticket.
        QList<Ticket> both {makeTicket(QStringLiteral("2"), QStringLiteral("A")),
                            makeTicket(QStringLiteral("3"), QStringLiteral("B"))};
        both[0].queue = QStringLiteral("General");
        both[1].queue = QStringLiteral("General");
        QVERIFY(store->upsertTickets(&both));
        both[1].queue = QStringLiteral("Refunds");
        QVERIFY(store->upsertTickets(&both));
        QCOMPARE(store->history(both.at(0).id)->moves.size(), 0);
        QCOMPARE(store->history(both.at(1).id)->moves.size(), 1);

        RawConnection raw(setting);
        QString error;
        QVERIFY(!raw.exec(QStringLiteral("DELETE FROM ticket_moves"), &error));
        QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
    }

    void decisionRoundTrip_data() { backends(); }
    void decisionRoundTrip()
    {
        NEW_STORE_SETTING(setting);
        OPEN_STORE(store, setting);
        Ticket ticket = richTicket();
        QVERIFY(store->upsertTicket(&ticket));
        QVERIFY(!store->latestDecision(ticket.id));
        Ticket waiting = makeTicket(QStringLiteral("waiting"), QStringLiteral("Not routed yet"));
        QVERIFY(store->upsertTicket(&waiting));
        QCOMPARE(store->unroutedTicketIds(), (QList<qint64> {ticket.id, waiting.id}));

        RoutingDecision decision = richDecision(ticket.id);
        QVERIFY2(store->recordDecision(&decision), qPrintable(store->errorString()));
        QVERIFY(decision.id > 0);
        QCOMPARE(store->unroutedTicketIds(), QList<qint64> {waiting.id});
        QCOMPARE(*store->latestDecision(ticket.id), decision);

        // Bulk: one transaction, ids in order; the latest is the last recorded.
        RoutingDecision empty;
        empty.ticketId = ticket.id; // no category (out of scope), no lists, no time
        QList<RoutingDecision> bulk {makeDecision(ticket.id, QStringLiteral("refunds"), 0.5, minutes(3)), empty};
        QVERIFY(store->recordDecisions(&bulk));
        QVERIFY(bulk.at(0).id > decision.id);
        QVERIFY(bulk.at(1).id > bulk.at(0).id);
        QCOMPARE(*store->latestDecision(ticket.id), bulk.at(1));

        const auto history = store->history(ticket.id);
        QVERIFY(history);
        QCOMPARE(history->decisions, (QList<RoutingDecision> {decision, bulk.at(0), bulk.at(1)}));

        // Many at once: every id belongs to its own decision.
        Ticket second = makeTicket(QStringLiteral("2"), QStringLiteral("Second"));
        QVERIFY(store->upsertTicket(&second));
        QList<RoutingDecision> many;
        for (int i = 0; i < 150; ++i)
            many.append(
                makeDecision(i % 2 ? second.id : ticket.id, QStringLiteral("c%1").arg(i), i / 1000.0, minutes(i)));
        QVERIFY(store->recordDecisions(&many));
        QHash<qint64, RoutingDecision> stored;
        for (qint64 t : {ticket.id, second.id}) {
            const auto history = store->history(t);
            for (const RoutingDecision &decision : history->decisions)
                stored.insert(decision.id, decision);
        }
        for (const RoutingDecision &decision : many)
            QCOMPARE(stored.value(decision.id), decision);
        QCOMPARE(*store->latestDecision(second.id), many.constLast());
        QCOMPARE(*store->latestDecision(ticket.id), many.at(148));

        // A decision for a ticket that does not exist is refused as a whole.
        QList<RoutingDecision> orphan {makeDecision(ticket.id, QStringLiteral("x"), 0.1, minutes(4)),
                                       makeDecision(ticket.id + 999, QStringLiteral("y"), 0.2, minutes(4))};
        QVERIFY(!store->recordDecisions(&orphan));
        QVERIFY(!store->errorString().isEmpty());
        QCOMPARE(store->history(ticket.id)->decisions.size(), 3 + 75);
        QCOMPARE(orphan.at(0).id, 0);
    }

    void actionRoundTrip_data() { backends(); }
    void actionRoundTrip()
    {
        NEW_STORE_SETTING(setting);
        OPEN_STORE(store, setting);
        Ticket ticket = richTicket();
        QVERIFY(store->upsertTicket(&ticket));
        RoutingDecision decision = richDecision(ticket.id);
        QVERIFY(store->recordDecision(&decision));

        QList<AgentAction> recorded;
        for (ActionType type : {ActionType::Accept, ActionType::Override, ActionType::Escalate}) {
            AgentAction action = makeAction(ticket.id, decision.id, type, QStringLiteral("refunds"),
                                            QStringLiteral("ana"), minutes(10 + int(recorded.size())));
            action.reason = QStringLiteral("Customer says \"refund\", not billing — ünïcode\nline two");
            QVERIFY2(store->recordAction(&action), qPrintable(store->errorString()));
            QVERIFY(action.id > 0);
            recorded.append(action);
        }
        AgentAction undo = makeAction(ticket.id, 0, ActionType::Undo, QString(), QStringLiteral("ana"), QDateTime(),
                                      recorded.constLast().id);
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        QVERIFY2(store->recordAction(&undo), qPrintable(store->errorString()));
        QVERIFY2(undo.at >= before && undo.at <= QDateTime::currentDateTimeUtc(), "an action without time gets now");
        recorded.append(undo);

        const auto history = store->history(ticket.id);
        QVERIFY(history);
        QCOMPARE(history->ticket, ticket);
        QCOMPARE(history->actions, recorded);
        QCOMPARE(*store->lastEffectiveAction(ticket.id), recorded.at(1)); // the escalation was undone
        QCOMPARE(store->actions(), recorded);
    }

    void outboxRoundTrip_data() { backends(); }
    void outboxRoundTrip()
    {
        NEW_STORE_SETTING(setting);
        OPEN_STORE(store, setting);
        Ticket ticket = richTicket();
        QVERIFY(store->upsertTicket(&ticket));
        QCOMPARE(store->queueEntry(ticket.id)->writeback, QStringLiteral("none"));

        const QByteArray payload("{\"note\":\"Routed to billing\"}\0\xff\xfe binary tail", 44);
        AgentAction action = makeAction(ticket.id, 0, ActionType::Accept, QStringLiteral("billing"),
                                        QStringLiteral("ana"), minutes(1));
        QVERIFY2(store->recordAction(&action, payload), qPrintable(store->errorString()));
        AgentAction silent = makeAction(ticket.id, 0, ActionType::Escalate, QStringLiteral("billing"),
                                        QStringLiteral("ana"), minutes(2));
        QVERIFY(store->recordAction(&silent)); // no payload: no outbox item

        QList<OutboxItem> items = store->outbox();
        QCOMPARE(items.size(), 1);
        OutboxItem item = items.constFirst();
        QVERIFY(item.id > 0);
        QCOMPARE(item.ticketId, ticket.id);
        QCOMPARE(item.actionId, action.id);
        QCOMPARE(item.source, ticket.source);
        QCOMPARE(item.externalId, ticket.externalId);
        QCOMPARE(item.payload, payload);
        QCOMPARE(item.idempotencyKey, QStringLiteral("routedesk-%1-action-%2").arg(store->storeId()).arg(action.id));
        QCOMPARE(item.state, OutboxItem::State::Pending);
        QCOMPARE(item.attempts, 0);
        QVERIFY(item.lastError.isEmpty());
        QVERIFY(item.createdAt.isValid());
        QVERIFY(item.nextAttemptAt <= QDateTime::currentDateTimeUtc());
        QCOMPARE(store->dueOutbox().size(), 1);
        QCOMPARE(store->outboxCounts().pending, 1);
        QCOMPARE(store->queueEntry(ticket.id)->writeback, QStringLiteral("pending"));

        // A failed attempt with a retry in the future is not due; its error and attempt count are kept.
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
        QVERIFY(store->updateOutbox(item.id, OutboxItem::State::Pending, QStringLiteral("HTTP 503"), later));
        QVERIFY(store->dueOutbox().isEmpty());
        item = store->outbox(OutboxItem::State::Pending).constFirst();
        QCOMPARE(item.attempts, 1);
        QCOMPARE(item.lastError, QStringLiteral("HTTP 503"));
        QCOMPARE(item.nextAttemptAt, later);

        QVERIFY(store->updateOutbox(item.id, OutboxItem::State::Conflict, QStringLiteral("ticket closed"), {}));
        QCOMPARE(store->outboxCounts().conflict, 1);
        QCOMPARE(store->queueEntry(ticket.id)->writeback, QStringLiteral("conflict"));
        QVERIFY(store->updateOutbox(item.id, OutboxItem::State::Done, QString(), {}));
        const OutboxCounts counts = store->outboxCounts();
        QCOMPARE(counts.pending, 0);
        QCOMPARE(counts.done, 1);
        QCOMPARE(counts.failed, 0);
        QCOMPARE(counts.conflict, 0);
        QCOMPARE(store->outbox(OutboxItem::State::Done).constFirst().attempts, 3);
        QVERIFY(store->outbox(OutboxItem::State::Failed).isEmpty());
        QCOMPARE(store->queueEntry(ticket.id)->writeback, QStringLiteral("done"));

        QVERIFY(!store->updateOutbox(item.id + 100, OutboxItem::State::Done, QString(), {}));
        QVERIFY(store->errorString().contains(QLatin1String("no such item")));
    }

    void syncCursors_data() { backends(); }
    void syncCursors()
    {
        NEW_STORE_SETTING(setting);
        OPEN_STORE(store, setting);
        QCOMPARE(store->syncCursor(QStringLiteral("rt:a")), QString());
        QVERIFY(store->setSyncCursor(QStringLiteral("rt:a"), QStringLiteral("2026-11-02T09:00:00Z#41")));
        QVERIFY(store->setSyncCursor(QStringLiteral("zendesk:acme"), QStringLiteral("{\"after\":\"x'; --\"}")));
        QVERIFY(store->setSyncCursor(QStringLiteral("rt:a"), QStringLiteral("2026-11-02T10:00:00Z#57")));
        QCOMPARE(store->syncCursor(QStringLiteral("rt:a")), QStringLiteral("2026-11-02T10:00:00Z#57"));
        QCOMPARE(store->syncCursor(QStringLiteral("zendesk:acme")), QStringLiteral("{\"after\":\"x'; --\"}"));
        store.reset();
        OPEN_STORE(reopened, setting);
        QCOMPARE(reopened->syncCursor(QStringLiteral("rt:a")), QStringLiteral("2026-11-02T10:00:00Z#57"));
    }

    // A large SQLite queue is read in slices on several threads; the result must be the same as one read.
    void largeQueueInSlices()
    {
        const QString path = m_dir->filePath(QStringLiteral("large.sqlite"));
        OPEN_STORE(store, path);
        constexpr int kTickets = 25000; // above the size read in one piece
        QList<Ticket> tickets;
        tickets.reserve(kTickets);
        for (int i = 0; i < kTickets; ++i) {
            Ticket ticket;
            ticket.source = i % 10 == 0 ? QStringLiteral("other") : QStringLiteral("demo");
            ticket.externalId = QString::number(i);
            ticket.subject = QStringLiteral("S%1").arg(i);
            tickets.append(ticket);
        }
        QVERIFY(store->upsertTickets(&tickets));
        QList<RoutingDecision> decisions;
        for (int i = 0; i < kTickets; i += 3)
            decisions.append(makeDecision(tickets.at(i).id, QStringLiteral("c%1").arg(i % 5), 0.5, kT0));
        QVERIFY(store->recordDecisions(&decisions));
        QList<qint64> accepted;
        for (int i = 0; i < kTickets; i += 2100) {
            AgentAction action = makeAction(tickets.at(i).id, 0, ActionType::Accept, QStringLiteral("c0"),
                                            QStringLiteral("ana"), minutes(1));
            QVERIFY(store->recordAction(&action));
            accepted.append(tickets.at(i).id);
        }

        const QList<QueueEntry> queue = store->queue();
        QVERIFY2(store->errorString().isEmpty(), qPrintable(store->errorString()));
        QCOMPARE(queue.size(), kTickets);
        QList<qint64> acceptedSeen;
        for (int i = 0; i < kTickets; ++i) {
            const QueueEntry &entry = queue.at(i);
            QCOMPARE(entry.ticket.id, tickets.at(i).id);
            QCOMPARE(entry.ticket.subject, tickets.at(i).subject);
            QCOMPARE(bool(entry.decision), i % 3 == 0);
            if (entry.decision)
                QCOMPARE(entry.decision->category, QStringLiteral("c%1").arg(i % 5));
            if (entry.state == TicketState::Accepted)
                acceptedSeen.append(entry.ticket.id);
        }
        QCOMPARE(acceptedSeen, accepted);

        QueueOptions onlyAccepted;
        onlyAccepted.state = TicketState::Accepted;
        QList<qint64> filtered;
        for (const QueueEntry &entry : store->queue(onlyAccepted))
            filtered.append(entry.ticket.id);
        QCOMPARE(filtered, accepted);
        QueueOptions other;
        other.source = QStringLiteral("other");
        other.withDetails = false;
        QCOMPARE(store->queue(other).size(), kTickets / 10);
    }

    // Rows written by another tool (or by hand) in any valid JSON layout read back; a broken list reads as empty
    // instead of making the queue unreadable.
    void readsHandWrittenJson_data() { backends(); }
    void readsHandWrittenJson()
    {
        NEW_STORE_SETTING(setting);
        OPEN_STORE(store, setting);
        Ticket ticket = makeTicket(QStringLiteral("1"), QStringLiteral("S"));
        QVERIFY(store->upsertTicket(&ticket));
        {
            RawConnection raw(setting);
            QSqlQuery insert(raw.db());
            QVERIFY(insert.prepare(QStringLiteral(
                "INSERT INTO decisions (ticket_id, category, confidence, alternatives, secondary_intents, flags, "
                "explanation, rules_fired, recorded_at) VALUES (?, 'billing', 0.5, ?, ?, ?, ?, ?, 0)")));
            insert.addBindValue(ticket.id);
            insert.addBindValue(QStringLiteral(
                "[ { \"p\" : 5e-1, \"category\" : \"bill\\u00e9ing\", \"extra\": {\"a\": [1, null, true]} },\n"
                "  {\"category\":\"x\\\"y\",\"p\":1E2} ]"));
            insert.addBindValue(QStringLiteral(" [ \"a\\nb\" , \"\\ud83d\\ude00\" ] "));
            insert.addBindValue(QStringLiteral("[{\"reason\":\"r\",\"code\":\"vip\"}]"));
            insert.addBindValue(QStringLiteral("not json at all"));
            insert.addBindValue(QStringLiteral("{\"an\":\"object\"}"));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        const auto decision = store->latestDecision(ticket.id);
        QVERIFY(decision);
        QCOMPARE(decision->alternatives,
                 (QList<ScoredCategory> {{QStringLiteral("bill\u00e9ing"), 0.5}, {QStringLiteral("x\"y"), 100.0}}));
        QCOMPARE(decision->secondaryIntents,
                 (QStringList {QStringLiteral("a\nb"), QString::fromUtf8("\xf0\x9f\x98\x80")}));
        QCOMPARE(decision->flags, (QList<EscalationFlag> {{QStringLiteral("vip"), QStringLiteral("r")}}));
        QVERIFY(decision->explanation.isEmpty());
        QVERIFY(decision->rulesFired.isEmpty());
        QCOMPARE(store->queue().constFirst().decision->alternatives, decision->alternatives);
    }

    // Issue 14: long texts are stored compactly (compressed on SQLite, a message that repeats the body without its
    // text, the top categories of a decision) and every reader gets them back as they were written: the ticket,
    // its history, the queue with and without details, one queue entry, what learning reads and the export.
    void compactTextsRoundTrip_data() { backends(); }
    void compactTextsRoundTrip()
    {
        NEW_STORE_SETTING(setting);
        OPEN_STORE(store, setting);
        Ticket ticket = richTicket();
        ticket.body
            = QStringLiteral("Hi,\nI was charged twice for INV-2041 — €49.00 — and again for INV-2042. ").repeated(8)
            + QString::fromUtf8("\xf0\x9f\x98\x80 \"quoted\" back\\slash");
        ticket.messages
            = {{QStringLiteral("Ana Müller"), QStringLiteral("ana@example.com"), minutes(1), ticket.body, true, true},
               {QStringLiteral("Support"), QStringLiteral("help@acme.test"), minutes(5),
                QStringLiteral("We are looking into the double charge and will refund one of them. ").repeated(4),
                false, false},
               {QStringLiteral("Ana Müller"), QStringLiteral("ana@example.com"), minutes(6), QString(), true, true},
               {QStringLiteral("Ana Müller"), QStringLiteral("ana@example.com"), minutes(7), ticket.body, true, true}};
        QVERIFY2(store->upsertTicket(&ticket), qPrintable(store->errorString()));
        Ticket shortOne = makeTicket(QStringLiteral("short"), QStringLiteral("Short"));
        shortOne.messages = {{QString(), QString(), minutes(1), shortOne.body, true, true}};
        QVERIFY(store->upsertTicket(&shortOne));

        RoutingDecision decision = richDecision(ticket.id);
        decision.alternatives.clear();
        double p = 0.5;
        for (int i = 0; i < 8; ++i) {
            decision.alternatives.append({QStringLiteral("category_%1").arg(i), p});
            p /= 3.0; // every bit of each probability must survive
        }
        decision.category = decision.alternatives.constFirst().category;
        decision.confidence = decision.alternatives.constFirst().p;
        decision.draft
            = QStringLiteral("Hallo Ana,\n\nwe refunded INV-2042 (€49.00). \"Sorry\" for the trouble.\r\n").repeated(6);
        decision.explanation
            = {QStringLiteral("'charged twice' +1.20 toward billing"), QStringLiteral("'refund' +0.80 toward billing"),
               QStringLiteral("threshold 0.40"), QStringLiteral("'invoice' +0.55 toward billing")};
        QVERIFY2(store->recordDecision(&decision), qPrintable(store->errorString()));
        RoutingDecision stored = decision;
        stored.alternatives = decision.alternatives.first(5); // the store keeps the top categories

        QCOMPARE(*store->ticket(ticket.id), ticket);
        QCOMPARE(*store->ticket(shortOne.id), shortOne);
        QCOMPARE(*store->ticketByExternalId(ticket.source, ticket.externalId), ticket);
        QCOMPARE(*store->latestDecision(ticket.id), stored);
        const auto history = store->history(ticket.id);
        QVERIFY(history);
        QCOMPARE(history->ticket, ticket);
        QCOMPARE(history->decisions, QList<RoutingDecision> {stored});
        QCOMPARE(store->queueEntry(ticket.id)->ticket, ticket);
        QCOMPARE(*store->queueEntry(ticket.id)->decision, stored);

        QueueOptions full;
        full.withMessages = true;
        const QList<QueueEntry> queue = store->queue(full);
        QCOMPARE(queue.size(), 2);
        QCOMPARE(queue.at(0).ticket, ticket);
        QCOMPARE(*queue.at(0).decision, stored);
        QCOMPARE(queue.at(1).ticket, shortOne);
        // Without details the body stays out, also when the conversation (which refers to it) is read.
        QueueOptions list;
        list.withDetails = false;
        list.withMessages = true;
        const QueueEntry summary = store->queue(list).constFirst();
        QVERIFY(summary.ticket.body.isEmpty());
        QCOMPARE(summary.ticket.messages, ticket.messages);
        QVERIFY(summary.decision->draft.isEmpty());
        QCOMPARE(summary.decision->flags, stored.flags);

        AgentAction accept = makeAction(ticket.id, decision.id, ActionType::Accept, decision.category,
                                        QStringLiteral("ana"), minutes(20));
        QVERIFY(store->recordAction(&accept));
        const QList<LabelledTicket> labelled = store->labelledTickets();
        QCOMPARE(labelled.size(), 1);
        QCOMPARE(labelled.constFirst().ticket, ticket);

        QBuffer jsonl;
        jsonl.open(QIODevice::WriteOnly);
        QVERIFY2(store->exportJsonLines(&jsonl), qPrintable(store->errorString()));
        const auto line = nlohmann::json::parse(jsonl.data().split('\n').constFirst().toStdString(), nullptr, false);
        QVERIFY(line.is_object());
        RoutingDecision exported;
        QString error;
        QVERIFY2(fromJson(line["decision"], &exported, &error), qPrintable(error));
        QCOMPARE(exported, stored);

        // What the rows hold: on SQLite the long texts compressed, the repeated body not written again.
        RawConnection raw(setting);
        const QVariant column = raw.value(QStringLiteral("SELECT messages FROM tickets WHERE id = %1").arg(ticket.id));
        const QString messages = column.typeId() == QMetaType::QByteArray
            ? QString::fromUtf8(qUncompress(column.toByteArray()))
            : column.toString();
        QCOMPARE(messages.count(QLatin1String("\"body_of_ticket\":true")), 2);
        QVERIFY2(!messages.contains(ticket.body.left(40)), qPrintable(messages));
        if (backend == QLatin1String("sqlite")) {
            for (const QString &column : {QStringLiteral("body"), QStringLiteral("messages")})
                QCOMPARE(
                    raw.value(QStringLiteral("SELECT typeof(%1) FROM tickets WHERE id = %2").arg(column).arg(ticket.id))
                        .toString(),
                    QStringLiteral("blob"));
            for (const QString &column : {QStringLiteral("draft"), QStringLiteral("alternatives")})
                QCOMPARE(raw.value(QStringLiteral("SELECT typeof(%1) FROM decisions WHERE id = %2")
                                       .arg(column)
                                       .arg(decision.id))
                             .toString(),
                         QStringLiteral("blob"));
            QCOMPARE(
                raw.value(QStringLiteral("SELECT typeof(body) FROM tickets WHERE id = %1").arg(shortOne.id)).toString(),
                QStringLiteral("text"));
            QVERIFY(raw.value(QStringLiteral("SELECT length(body) FROM tickets WHERE id = %1").arg(ticket.id)).toInt()
                    < ticket.body.toUtf8().size() / 2);
        } else {
            QCOMPARE(raw.value(QStringLiteral("SELECT body FROM tickets WHERE id = %1").arg(ticket.id)).toString(),
                     ticket.body);
        }

        // A compressed value that is damaged reads as empty (with a warning), never as garbage or a crash.
        if (backend == QLatin1String("sqlite")) {
            QVERIFY(raw.exec(QStringLiteral("UPDATE tickets SET body = x'00000100789c' WHERE id = %1").arg(ticket.id)));
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("does not uncompress")));
            QVERIFY(store->ticket(ticket.id)->body.isEmpty());
        }
    }

    // --- semantics -----------------------------------------------------------------------------------------------

    void undoSemantics_data() { backends(); }
    void undoSemantics()
    {
        NEW_STORE_SETTING(setting);
        OPEN_STORE(store, setting);
        Ticket ticket = makeTicket(QStringLiteral("1"), QStringLiteral("Parcel lost"));
        Ticket other = makeTicket(QStringLiteral("2"), QStringLiteral("Other"));
        QVERIFY(store->upsertTicket(&ticket));
        QVERIFY(store->upsertTicket(&other));
        RoutingDecision decision = makeDecision(ticket.id, QStringLiteral("shipping"), 0.6, minutes(0));
        QVERIFY(store->recordDecision(&decision));
        const QString ana = QStringLiteral("ana");

        AgentAction a1
            = makeAction(ticket.id, decision.id, ActionType::Accept, QStringLiteral("shipping"), ana, minutes(1));
        AgentAction a2
            = makeAction(ticket.id, decision.id, ActionType::Override, QStringLiteral("refunds"), ana, minutes(2));
        QVERIFY(store->recordAction(&a1));
        QVERIFY(store->recordAction(&a2));
        AgentAction foreign = makeAction(other.id, 0, ActionType::Escalate, QString(), ana, minutes(2));
        QVERIFY(store->recordAction(&foreign));
        QCOMPARE(store->queueEntry(ticket.id)->state, TicketState::Overridden);

        auto refuse = [&](qint64 undoes, const char *why) {
            AgentAction undo = makeAction(ticket.id, 0, ActionType::Undo, QString(), ana, minutes(3), undoes);
            const int before = int(store->history(ticket.id)->actions.size());
            if (store->recordAction(&undo))
                return QStringLiteral("undo of %1 was accepted").arg(undoes);
            if (!store->errorString().contains(QLatin1String(why)))
                return QStringLiteral("unexpected error: %1").arg(store->errorString());
            if (undo.id != 0 || store->history(ticket.id)->actions.size() != before)
                return QStringLiteral("a refused undo left a trace");
            return QString();
        };

        QCOMPARE(refuse(a1.id, "not the ticket's latest effective action"), QString());
        QCOMPARE(refuse(foreign.id, "belongs to ticket"), QString());
        QCOMPARE(refuse(a2.id + 1000, "there is no action"), QString());

        AgentAction undo2 = makeAction(ticket.id, 0, ActionType::Undo, QString(), ana, minutes(4), a2.id);
        QVERIFY2(store->recordAction(&undo2), qPrintable(store->errorString()));
        QCOMPARE(*store->lastEffectiveAction(ticket.id), a1);
        auto entry = store->queueEntry(ticket.id);
        QCOMPARE(entry->state, TicketState::Accepted);
        QCOMPARE(*entry->lastAction, a1);

        QCOMPARE(refuse(a2.id, "already undone"), QString());
        QCOMPARE(refuse(undo2.id, "itself an undo"), QString());

        AgentAction undo1 = makeAction(ticket.id, 0, ActionType::Undo, QString(), ana, minutes(5), a1.id);
        QVERIFY(store->recordAction(&undo1));
        QVERIFY(!store->lastEffectiveAction(ticket.id));
        entry = store->queueEntry(ticket.id);
        QCOMPARE(entry->state, TicketState::New);
        QVERIFY(!entry->lastAction);
        QCOMPARE(refuse(a1.id, "already undone"), QString());

        AgentAction a3 = makeAction(ticket.id, decision.id, ActionType::Escalate, QString(), ana, minutes(6));
        QVERIFY(store->recordAction(&a3));
        QCOMPARE(store->queueEntry(ticket.id)->state, TicketState::Escalated);

        // The whole trail stays: five actions of this ticket, in order.
        QCOMPARE(idsOf(store->history(ticket.id)->actions), (QList<qint64> {a1.id, a2.id, undo2.id, undo1.id, a3.id}));

        // Malformed actions are refused before touching the store.
        AgentAction noTicket = makeAction(0, 0, ActionType::Accept, QString(), ana, minutes(7));
        QVERIFY(!store->recordAction(&noTicket));
        AgentAction undoWithoutTarget = makeAction(ticket.id, 0, ActionType::Undo, QString(), ana, minutes(7));
        QVERIFY(!store->recordAction(&undoWithoutTarget));
        AgentAction acceptWithTarget = makeAction(ticket.id, 0, ActionType::Accept, QString(), ana, minutes(7), a3.id);
        QVERIFY(!store->recordAction(&acceptWithTarget));
        AgentAction wrongDecision = makeAction(other.id, decision.id, ActionType::Accept, QString(), ana, minutes(7));
        QVERIFY(!store->recordAction(&wrongDecision));
        QVERIFY(store->errorString().contains(QLatin1String("belongs to ticket")));
        AgentAction missingTicket = makeAction(other.id + 50, 0, ActionType::Accept, QString(), ana, minutes(7));
        QVERIFY(!store->recordAction(&missingTicket));
        QVERIFY(store->errorString().contains(QLatin1String("no such ticket")));
    }

    // A small hand-made team day with every query's exact answer.
    void reportsOnScenario_data() { backends(); }
    void reportsOnScenario()
    {
        NEW_STORE_SETTING(setting);
        OPEN_STORE(store, setting);
        QList<Ticket> t {makeTicket(QStringLiteral("101"), QStringLiteral("Charged twice, \"again\"\nplease fix")),
                         makeTicket(QStringLiteral("102"), QStringLiteral("Parcel lost")),
                         makeTicket(QStringLiteral("103"), QStringLiteral("Reset password")),
                         makeTicket(QStringLiteral("104"), QStringLiteral("Refund please")),
                         makeTicket(QStringLiteral("105"), QStringLiteral("Hello")),
                         makeTicket(QStringLiteral("106"), QStringLiteral("App crashes")),
                         makeTicket(QStringLiteral("107"), QStringLiteral("Invoice copy")),
                         makeTicket(QStringLiteral("7"), QStringLiteral("From RT"), QStringLiteral("rt:x"))};
        t[0].messages = {{QStringLiteral("Ana"), QStringLiteral("a@x"), kT0, QStringLiteral("hi"), true, true}};
        QVERIFY(store->upsertTickets(&t));
        const auto T = [&](int n) {
            return t.at(n - 1).id;
        };

        QList<RoutingDecision> d {makeDecision(T(1), QStringLiteral("billing"), 0.91, kT0),
                                  makeDecision(T(2), QStringLiteral("shipping"), 0.55, kT0),
                                  makeDecision(T(3), QStringLiteral("account"), 0.62, kT0),
                                  makeDecision(T(4), QStringLiteral("billing"), 0.40, kT0),
                                  makeDecision(T(4), QStringLiteral("refunds"), 0.80, minutes(30)),
                                  makeDecision(T(6), QStringLiteral("technical"), 0.70, minutes(24 * 60)),
                                  makeDecision(T(7), QStringLiteral("billing"), 0.88, minutes(5 * 60))};
        QVERIFY(store->recordDecisions(&d));
        const QString ana = QStringLiteral("ana"), ben = QStringLiteral("ben"), cara = QStringLiteral("cara");
        const auto record = [&](AgentAction action, std::optional<QByteArray> payload = std::nullopt) {
            const bool ok = store->recordAction(&action, payload);
            if (!ok)
                qWarning() << store->errorString();
            return action;
        };
        const AgentAction a1
            = record(makeAction(T(1), d[0].id, ActionType::Accept, QStringLiteral("billing"), ana, minutes(60)), "{}");
        const AgentAction a2 = record(
            makeAction(T(2), d[1].id, ActionType::Override, QStringLiteral("refunds"), ben, minutes(120)), "{}");
        const AgentAction a3
            = record(makeAction(T(3), d[2].id, ActionType::Override, QStringLiteral("security"), ana, minutes(180)));
        const AgentAction a4 = record(makeAction(T(3), 0, ActionType::Undo, QString(), ana, minutes(185), a3.id));
        const AgentAction a5
            = record(makeAction(T(3), d[2].id, ActionType::Accept, QStringLiteral("account"), ana, minutes(190)));
        AgentAction escalation
            = makeAction(T(4), d[4].id, ActionType::Escalate, QStringLiteral("refunds"), ben, minutes(240));
        escalation.reasonCode = QLatin1String(EscalationCode::SecurityIncident);
        const AgentAction a6 = record(escalation);
        // No decision named: the one decided before the action counts as seen.
        const AgentAction a7
            = record(makeAction(T(6), 0, ActionType::Override, QStringLiteral("account"), ben, minutes(25 * 60)));
        const AgentAction a8
            = record(makeAction(T(7), d[6].id, ActionType::Accept, QStringLiteral("billing"), cara, minutes(48 * 60)));
        for (const AgentAction &a : {a1, a2, a3, a4, a5, a6, a7, a8})
            QVERIFY(a.id > 0);
        const QList<OutboxItem> items = store->outbox();
        QCOMPARE(items.size(), 2);
        QVERIFY(store->updateOutbox(items.at(1).id, OutboxItem::State::Done, QString(), {}));

        // Queue.
        const QList<QueueEntry> queue = store->queue();
        QCOMPARE(queue.size(), 8);
        QList<TicketState> states;
        QStringList categories, writebacks;
        for (const QueueEntry &entry : queue) {
            states.append(entry.state);
            categories.append(entry.decision ? entry.decision->category : QStringLiteral("-"));
            writebacks.append(entry.writeback);
            QVERIFY(entry.ticket.messages.isEmpty()); // not asked for
        }
        QCOMPARE(states,
                 (QList<TicketState> {TicketState::Accepted, TicketState::Overridden, TicketState::Accepted,
                                      TicketState::Escalated, TicketState::New, TicketState::Overridden,
                                      TicketState::Accepted, TicketState::New}));
        QCOMPARE(categories.join(QLatin1Char(' ')),
                 QStringLiteral("billing shipping account refunds - technical billing -"));
        QCOMPARE(writebacks.join(QLatin1Char(' ')), QStringLiteral("pending done none none none none none none"));
        QCOMPARE(queue.at(3).decision->id, d[4].id);
        QCOMPARE(*queue.at(2).lastAction, a5);
        QCOMPARE(queue.at(0).ticket.subject, t.at(0).subject);

        // Without details: what the queue list shows, nothing more.
        QueueOptions summary;
        summary.withDetails = false;
        const QList<QueueEntry> light = store->queue(summary);
        QCOMPARE(light.size(), queue.size());
        for (qsizetype i = 0; i < light.size(); ++i) {
            const QueueEntry &full = queue.at(i), &brief = light.at(i);
            QCOMPARE(brief.ticket.id, full.ticket.id);
            QCOMPARE(brief.ticket.externalId, full.ticket.externalId);
            QCOMPARE(brief.ticket.subject, full.ticket.subject);
            QCOMPARE(brief.ticket.requesterName, full.ticket.requesterName);
            QCOMPARE(brief.ticket.requesterEmail, full.ticket.requesterEmail);
            QCOMPARE(brief.ticket.priority, full.ticket.priority);
            QCOMPARE(brief.ticket.createdAt, full.ticket.createdAt);
            QVERIFY(brief.ticket.body.isEmpty());
            QCOMPARE(brief.state, full.state);
            QCOMPARE(bool(brief.lastAction), bool(full.lastAction));
            if (brief.lastAction) {
                QCOMPARE(brief.lastAction->id, full.lastAction->id);
                QCOMPARE(brief.lastAction->type, full.lastAction->type);
                QCOMPARE(brief.lastAction->category, full.lastAction->category);
            }
            QCOMPARE(brief.writeback, full.writeback);
            QCOMPARE(bool(brief.decision), bool(full.decision));
            if (!brief.decision)
                continue;
            QCOMPARE(brief.decision->id, full.decision->id);
            QCOMPARE(brief.decision->category, full.decision->category);
            QCOMPARE(brief.decision->confidence, full.decision->confidence);
            QCOMPARE(brief.decision->flags, full.decision->flags);
            QVERIFY(!full.decision->alternatives.isEmpty());
            QVERIFY(brief.decision->alternatives.isEmpty());
        }

        QueueOptions overridden;
        overridden.state = TicketState::Overridden;
        QList<qint64> ids;
        for (const QueueEntry &entry : store->queue(overridden))
            ids.append(entry.ticket.id);
        QCOMPARE(ids, (QList<qint64> {T(2), T(6)}));
        QueueOptions rt;
        rt.source = QStringLiteral("rt:x");
        rt.withMessages = true;
        const QList<QueueEntry> rtQueue = store->queue(rt);
        QCOMPARE(rtQueue.size(), 1);
        QCOMPARE(rtQueue.constFirst().ticket, t.at(7));
        QueueOptions withMessages;
        withMessages.withMessages = true;
        QCOMPARE(store->queue(withMessages).constFirst().ticket, t.at(0));
        QCOMPARE(store->queueEntry(T(1))->ticket, t.at(0));
        QVERIFY(!store->queueEntry(T(8) + 100));

        // Overrides: every one, the undone one marked.
        const QList<OverrideRecord> overrides = store->overrides();
        QCOMPARE(overrides.size(), 3);
        QCOMPARE(overrides.at(0).action, a2);
        QCOMPARE(overrides.at(0).suggestedCategory, QStringLiteral("shipping"));
        QCOMPARE(overrides.at(0).confidence, 0.55);
        QCOMPARE(overrides.at(0).ticketSubject, QStringLiteral("Parcel lost"));
        QCOMPARE(overrides.at(0).ticketSource, QStringLiteral("demo"));
        QCOMPARE(overrides.at(0).ticketExternalId, QStringLiteral("102"));
        QVERIFY(!overrides.at(0).undone);
        QCOMPARE(overrides.at(1).action, a3);
        QCOMPARE(overrides.at(1).suggestedCategory, QStringLiteral("account"));
        QVERIFY(overrides.at(1).undone);
        QCOMPARE(overrides.at(2).action, a7);
        QCOMPARE(overrides.at(2).suggestedCategory, QStringLiteral("technical"));
        QCOMPARE(overrides.at(2).confidence, 0.70);

        const auto overrideIds = [&](const PeriodFilter &filter) {
            QList<qint64> result;
            for (const OverrideRecord &record : store->overrides(filter))
                result.append(record.action.id);
            return result;
        };
        PeriodFilter byBen;
        byBen.agent = ben;
        QCOMPARE(overrideIds(byBen), (QList<qint64> {a2.id, a7.id}));
        PeriodFilter refunds;
        refunds.category = QStringLiteral("refunds");
        QCOMPARE(overrideIds(refunds), (QList<qint64> {a2.id}));
        PeriodFilter technical;
        technical.category = QStringLiteral("technical"); // matches the suggestion
        QCOMPARE(overrideIds(technical), (QList<qint64> {a7.id}));
        PeriodFilter untilThree;
        untilThree.to = minutes(180); // exclusive
        QCOMPARE(overrideIds(untilThree), (QList<qint64> {a2.id}));

        // Confusion: predicted (seen decision) against final (effective accept/override).
        const auto cells = [&](const PeriodFilter &filter) {
            QStringList result;
            for (const ConfusionCount &cell : store->confusion(filter))
                result.append(QStringLiteral("%1>%2=%3").arg(cell.predicted, cell.final).arg(cell.count));
            return result.join(QLatin1Char(' '));
        };
        QCOMPARE(cells({}),
                 QStringLiteral("account>account=1 billing>billing=2 shipping>refunds=1 technical>account=1"));
        PeriodFilter fromDayTwo;
        fromDayTwo.from = minutes(24 * 60);
        QCOMPARE(cells(fromDayTwo), QStringLiteral("billing>billing=1 technical>account=1"));
        PeriodFilter byAna;
        byAna.agent = ana;
        QCOMPARE(cells(byAna), QStringLiteral("account>account=1 billing>billing=1"));
        PeriodFilter account;
        account.category = QStringLiteral("account");
        QCOMPARE(cells(account), QStringLiteral("account>account=1 technical>account=1"));
        QCOMPARE(store->confusionTickets(QStringLiteral("billing"), QStringLiteral("billing")),
                 (QList<qint64> {T(1), T(7)}));
        QCOMPARE(store->confusionTickets(QStringLiteral("billing"), QStringLiteral("billing"), fromDayTwo),
                 (QList<qint64> {T(7)}));
        QVERIFY(store->confusionTickets(QStringLiteral("account"), QStringLiteral("security")).isEmpty());

        // Labelled tickets: what learning trains on.
        const QList<LabelledTicket> labelled = store->labelledTickets();
        QStringList rows;
        for (const LabelledTicket &l : labelled)
            rows.append(QStringLiteral("%1:%2<-%3@%4 %5 %6")
                            .arg(l.ticket.externalId, l.finalCategory, l.predictedCategory)
                            .arg(l.confidence)
                            .arg(actionTypeName(l.settledBy), isoTime(l.settledAt)));
        QCOMPARE(rows,
                 (QStringList {QStringLiteral("101:billing<-billing@0.91 accept 2026-11-02T10:00:00.000Z"),
                               QStringLiteral("102:refunds<-shipping@0.55 override 2026-11-02T11:00:00.000Z"),
                               QStringLiteral("103:account<-account@0.62 accept 2026-11-02T12:10:00.000Z"),
                               QStringLiteral("106:account<-technical@0.7 override 2026-11-03T10:00:00.000Z"),
                               QStringLiteral("107:billing<-billing@0.88 accept 2026-11-04T09:00:00.000Z")}));
        // Escalations with a reason code: what the detectors learn from the store.
        const QList<LabelledTicket> escalated = store->escalatedTickets();
        QCOMPARE(escalated.size(), 1);
        QCOMPARE(escalated.first().ticket.externalId, QStringLiteral("104"));
        QCOMPARE(escalated.first().finalCategory, QStringLiteral("refunds"));
        QCOMPARE(escalated.first().settledBy, ActionType::Escalate);
        QCOMPARE(escalated.first().reasons, QStringList {QLatin1String(EscalationCode::SecurityIncident)});
        QVERIFY(labelled.first().reasons.isEmpty());
        QCOMPARE(labelled.constFirst().ticket, t.at(0)); // with its conversation

        // Actions: every one, oldest first, filtered.
        QCOMPARE(idsOf(store->actions()), (QList<qint64> {a1.id, a2.id, a3.id, a4.id, a5.id, a6.id, a7.id, a8.id}));
        QCOMPARE(idsOf(store->actions(byBen)), (QList<qint64> {a2.id, a6.id, a7.id}));
        PeriodFilter window;
        window.from = minutes(180);
        window.to = minutes(240);
        QCOMPARE(idsOf(store->actions(window)), (QList<qint64> {a3.id, a4.id, a5.id}));
        QCOMPARE(idsOf(store->actions(refunds)), (QList<qint64> {a2.id, a6.id}));

        // History: the whole trail of one ticket.
        const auto history = store->history(T(3));
        QCOMPARE(idsOf(history->actions), (QList<qint64> {a3.id, a4.id, a5.id}));
        QCOMPARE(history->decisions.size(), 1);
        QVERIFY(!store->history(T(8) + 100));

        // --- exports -----------------------------------------------------------------------------------------
        QBuffer jsonl;
        jsonl.open(QIODevice::WriteOnly);
        QVERIFY2(store->exportJsonLines(&jsonl), qPrintable(store->errorString()));
        const QList<QByteArray> lines = jsonl.data().trimmed().split('\n');
        QCOMPARE(lines.size(), 8);
        QList<nlohmann::json> objects;
        for (const QByteArray &line : lines) {
            const auto object = nlohmann::json::parse(line.toStdString(), nullptr, false);
            QVERIFY(object.is_object());
            objects.append(object);
        }
        QCOMPARE(objects.at(0)["ticket_id"].get<qint64>(), T(1));
        QCOMPARE(fromStd(objects.at(0)["subject"].get<std::string>()), t.at(0).subject);
        QCOMPARE(fromStd(objects.at(0)["writeback"].get<std::string>()), QStringLiteral("pending"));
        QCOMPARE(fromStd(objects.at(2)["state"].get<std::string>()), QStringLiteral("accepted"));
        QCOMPARE(fromStd(objects.at(2)["final_category"].get<std::string>()), QStringLiteral("account"));
        QCOMPARE(objects.at(2)["actions"].size(), size_t(3));
        AgentAction undoBack;
        QString error;
        QVERIFY(fromJson(objects.at(2)["actions"][1], &undoBack, &error));
        QCOMPARE(undoBack, a4);
        RoutingDecision decisionBack;
        QVERIFY(fromJson(objects.at(3)["decision"], &decisionBack, &error));
        QCOMPARE(decisionBack, d[4]);
        QVERIFY(objects.at(4)["decision"].is_null());
        QCOMPARE(fromStd(objects.at(4)["state"].get<std::string>()), QStringLiteral("new"));
        QCOMPARE(fromStd(objects.at(7)["source"].get<std::string>()), QStringLiteral("rt:x"));

        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QVERIFY2(store->exportCsv(&csv), qPrintable(store->errorString()));
        QVERIFY(csv.data().contains("\r\n"));
        RecordReader reader;
        QVERIFY(reader.openData(csv.data(), RecordReader::Format::Csv, QStringLiteral("export.csv")));
        QList<Record> records;
        Record row;
        while (reader.next(&row))
            records.append(row);
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(reader.header().mid(0, 4),
                 (QStringList {QStringLiteral("ticket_id"), QStringLiteral("source"), QStringLiteral("external_id"),
                               QStringLiteral("subject")}));
        QCOMPARE(records.size(), 8);
        QCOMPARE(records.at(0).text(QStringLiteral("subject")), t.at(0).subject); // comma, quotes, newline
        QCOMPARE(records.at(0).text(QStringLiteral("ticket_id")), QString::number(T(1)));
        QCOMPARE(records.at(1).text(QStringLiteral("category")), QStringLiteral("shipping"));
        QCOMPARE(records.at(1).text(QStringLiteral("state")), QStringLiteral("overridden"));
        QCOMPARE(records.at(1).text(QStringLiteral("final_category")), QStringLiteral("refunds"));
        QCOMPARE(records.at(1).text(QStringLiteral("agent")), ben);
        QCOMPARE(records.at(1).text(QStringLiteral("writeback")), QStringLiteral("done"));
        QCOMPARE(records.at(3).text(QStringLiteral("state")), QStringLiteral("escalated"));
        QCOMPARE(records.at(3).text(QStringLiteral("final_category")), QString());
        QCOMPARE(records.at(4).text(QStringLiteral("category")), QString());
        QCOMPARE(records.at(4).text(QStringLiteral("state")), QStringLiteral("new"));
    }

    // --- schema: append-only, migrations, refusals -------------------------------------------------------------

    void appendOnlyInTheDatabase_data() { backends(); }
    void appendOnlyInTheDatabase()
    {
        NEW_STORE_SETTING(setting);
        OPEN_STORE(store, setting);
        Ticket ticket = makeTicket(QStringLiteral("1"), QStringLiteral("S"));
        QVERIFY(store->upsertTicket(&ticket));
        RoutingDecision decision = makeDecision(ticket.id, QStringLiteral("billing"), 0.9, kT0);
        QVERIFY(store->recordDecision(&decision));
        AgentAction action = makeAction(ticket.id, decision.id, ActionType::Accept, QStringLiteral("billing"),
                                        QStringLiteral("ana"), minutes(1));
        QVERIFY(store->recordAction(&action));

        RawConnection raw(setting);
        QVERIFY(raw.db().isOpen());
        for (const QString &statement :
             {QStringLiteral("UPDATE decisions SET category = 'refunds'"), QStringLiteral("DELETE FROM decisions"),
              QStringLiteral("UPDATE actions SET agent = 'mallory'"), QStringLiteral("DELETE FROM actions")}) {
            QString error;
            QVERIFY2(!raw.exec(statement, &error), qPrintable(statement));
            QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
        }
        if (backend == QLatin1String("postgresql")) {
            QString error;
            QVERIFY(!raw.exec(QStringLiteral("TRUNCATE actions CASCADE"), &error));
            QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
        }
        QCOMPARE(*store->latestDecision(ticket.id), decision);
        QCOMPARE(store->history(ticket.id)->actions, QList<AgentAction> {action});
        // Tickets are the helpdesk's data and may change.
        QVERIFY(raw.exec(QStringLiteral("UPDATE tickets SET status = 'open'")));
    }

    void migratesFromVersion1_data() { backends(); }
    void migratesFromVersion1()
    {
        NEW_STORE_SETTING(setting);
        {
            RawConnection raw(setting);
            QVERIFY(raw.db().isOpen());
            QFile file(QStringLiteral(ROUTEDESK_STORE_TEST_DATA "/schema-v1-%1.sql").arg(backend));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString sql = QString::fromUtf8(file.readAll());
            for (const QString &chunk : sql.split(QStringLiteral("\n\n"))) {
                QStringList lines = chunk.split(QLatin1Char('\n'));
                lines.removeIf([](const QString &line) { return line.startsWith(QLatin1String("--")); });
                const QString statement = lines.join(QLatin1Char('\n')).trimmed();
                if (statement.isEmpty())
                    continue;
                QString error;
                QVERIFY2(raw.exec(statement, &error), qPrintable(statement + QStringLiteral("\n") + error));
            }
            // Rows as version 1 wrote them.
            for (const QString &statement : {
                     QStringLiteral("INSERT INTO tickets (source, external_id, subject, body, messages, tags, "
                                    "created_at, stored_at) VALUES ('demo', 'old-1', 'Old ticket', 'Old body', "
                                    "'[{\"author_name\":\"Ana\",\"body\":\"hi\",\"created_at\":"
                                    "\"2026-11-02T09:00:00.000Z\"}]', '[\"legacy\"]', 1793610000000, 1)"),
                     QStringLiteral("INSERT INTO decisions (ticket_id, category, confidence, alternatives, "
                                    "flags, decided_at, recorded_at) VALUES (1, 'billing', 0.75, "
                                    "'[{\"category\":\"billing\",\"p\":0.75}]', "
                                    "'[{\"code\":\"vip\",\"reason\":\"VIP\"}]', 1793610000000, 1)"),
                     QStringLiteral("INSERT INTO actions (ticket_id, decision_id, action_type, category, agent, "
                                    "acted_at, recorded_at) VALUES (1, 1, 'override', 'refunds', 'ana', "
                                    "1793613600000, 1)"),
                 }) {
                QString error;
                QVERIFY2(raw.exec(statement, &error), qPrintable(error));
            }
        }

        OPEN_STORE(store, setting);
        QCOMPARE(store->schemaVersion(), DecisionStore::currentSchemaVersion());
        QVERIFY(DecisionStore::currentSchemaVersion() > 1);
        QCOMPARE(store->storeId(), QStringLiteral("frozen-v1-store"));

        const auto history = store->history(1);
        QVERIFY(history);
        QCOMPARE(history->ticket.subject, QStringLiteral("Old ticket"));
        QCOMPARE(history->ticket.tags, QStringList {QStringLiteral("legacy")});
        QCOMPARE(history->ticket.messages.size(), 1);
        QCOMPARE(history->ticket.messages.constFirst().body, QStringLiteral("hi"));
        QCOMPARE(history->ticket.createdAt, QDateTime::fromMSecsSinceEpoch(1793610000000, Qt::UTC));
        QCOMPARE(history->decisions.size(), 1);
        QCOMPARE(history->decisions.constFirst().alternatives,
                 (QList<ScoredCategory> {{QStringLiteral("billing"), 0.75}}));
        QCOMPARE(history->decisions.constFirst().flags,
                 (QList<EscalationFlag> {{QStringLiteral("vip"), QStringLiteral("VIP")}}));
        QCOMPARE(history->actions.size(), 1);
        QCOMPARE(history->actions.constFirst().type, ActionType::Override);
        QCOMPARE(store->queueEntry(1)->state, TicketState::Overridden);

        // What later versions added works on the migrated store, and the trail is still append-only.
        AgentAction undo = makeAction(1, 0, ActionType::Undo, QString(), QStringLiteral("ana"), QDateTime(),
                                      history->actions.constFirst().id);
        QVERIFY2(store->recordAction(&undo, QByteArray("{}")), qPrintable(store->errorString()));
        QCOMPARE(store->outbox().constFirst().idempotencyKey,
                 QStringLiteral("routedesk-frozen-v1-store-action-%1").arg(undo.id));
        QVERIFY(store->setSyncCursor(QStringLiteral("demo"), QStringLiteral("c")));

        RawConnection raw(setting);
        QList<int> versions;
        QSqlQuery query(raw.db());
        QVERIFY(query.exec(QStringLiteral("SELECT version FROM schema_migrations ORDER BY version")));
        while (query.next())
            versions.append(query.value(0).toInt());
        QList<int> expected;
        for (int v = 1; v <= DecisionStore::currentSchemaVersion(); ++v)
            expected.append(v);
        QCOMPARE(versions, expected);
        QVERIFY(!raw.exec(QStringLiteral("DELETE FROM actions")));
    }

    void refusesNewerStore_data() { backends(); }
    void refusesNewerStore()
    {
        NEW_STORE_SETTING(setting);
        const int future = DecisionStore::currentSchemaVersion() + 4;
        {
            OPEN_STORE(store, setting);
            Ticket ticket = makeTicket(QStringLiteral("1"), QStringLiteral("S"));
            QVERIFY(store->upsertTicket(&ticket));
        }
        {
            RawConnection raw(setting);
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) "
                                            "VALUES (%1, 'from the future', 0)")
                                 .arg(future)));
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE future_table (x INTEGER)")));
        }
        const bool sqlite = backend == QLatin1String("sqlite");
        const QByteArray hash = sqlite ? fileHash(setting) : QByteArray();
        const QStringList listing = sqlite ? folderListing(m_dir->path()) : QStringList();
        QVERIFY(!sqlite || !hash.isEmpty());

        QString error;
        QVERIFY(!DecisionStore::open(setting, &error));
        QVERIFY2(error.contains(QStringLiteral("written by a newer RouteDesk (schema %1, this one understands %2)")
                                    .arg(future)
                                    .arg(DecisionStore::currentSchemaVersion())),
                 qPrintable(error));
        if (sqlite) {
            QCOMPARE(fileHash(setting), hash);
            QCOMPARE(folderListing(m_dir->path()), listing);
        } else {
            RawConnection raw(setting);
            QCOMPARE(raw.value(QStringLiteral("SELECT max(version) FROM schema_migrations")).toInt(), future);
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt(),
                     DecisionStore::currentSchemaVersion() + 1);
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM tickets")).toInt(), 1);
        }
    }

    void refusesDamagedFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("garbage") << QStringLiteral("garbage") << QStringLiteral("not a SQLite database");
        QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not a SQLite database");
        QTest::newRow("truncated store") << QStringLiteral("truncated") << QStringLiteral("damaged");
        QTest::newRow("header only") << QStringLiteral("header") << QStringLiteral("damaged");
        QTest::newRow("foreign database") << QStringLiteral("foreign") << QStringLiteral("not a RouteDesk store");
    }
    void refusesDamagedFile()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const QString path = m_dir->filePath(QStringLiteral("store.sqlite"));
        if (kind == QLatin1String("garbage") || kind == QLatin1String("text")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray bytes;
            if (kind == QLatin1String("text")) {
                bytes = QByteArrayLiteral("ticket_id,subject\n1,\"Charged twice\"\n");
            } else {
                for (int i = 0; i < 8192; ++i)
                    bytes.append(char((i * 7919 + 13) % 251));
            }
            file.write(bytes);
        } else if (kind == QLatin1String("foreign")) {
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO recipes VALUES ('bread')")));
        } else {
            {
                OPEN_STORE(store, path);
                QList<Ticket> tickets;
                for (int i = 0; i < 300; ++i)
                    tickets.append(makeTicket(QString::number(i), QStringLiteral("Ticket %1 ").arg(i).repeated(40)));
                QVERIFY(store->upsertTickets(&tickets));
            } // closing checkpoints the WAL into the file
            QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
            QFile file(path);
            QVERIFY(file.size() > 100000);
            QVERIFY(file.resize(kind == QLatin1String("header") ? 4096 : file.size() / 2));
        }
        const QByteArray hash = fileHash(path);
        const qint64 size = QFileInfo(path).size();
        const QStringList listing = folderListing(m_dir->path());

        QString error;
        QVERIFY(!DecisionStore::open(path, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("untouched")), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(fileHash(path), hash);
        QCOMPARE(QFileInfo(path).size(), size);
        QCOMPARE(folderListing(m_dir->path()), listing);
    }

    void clearErrorsForBadSettings()
    {
        QString error;
        QVERIFY(!DecisionStore::open(QString(), &error));
        QVERIFY(error.contains(QLatin1String("no store given")));
        QVERIFY(!DecisionStore::open(QStringLiteral("mysql://db/x"), &error));
        QVERIFY(error.contains(QLatin1String("unsupported store URL")));
        QVERIFY(!DecisionStore::open(m_dir->path(), &error));
        QVERIFY2(error.contains(QLatin1String("is a folder")), qPrintable(error));
        // Nothing listens on port 1: a clear error, quickly.
        QVERIFY(!DecisionStore::open(QStringLiteral("postgresql://nobody@127.0.0.1:1/routedesk"), &error));
        QVERIFY2(error.contains(QLatin1String("cannot connect")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("postgresql://nobody@127.0.0.1:1/routedesk")), qPrintable(error));

        StoreLocation location;
        QVERIFY(StoreLocation::parse(QStringLiteral("postgresql://ana:s3cret@db.example:6543/teamstore"), &location,
                                     &error));
        QCOMPARE(location.kind, StoreLocation::Kind::Postgres);
        QCOMPARE(location.port, 6543);
        QCOMPARE(location.password, QStringLiteral("s3cret"));
        QCOMPARE(location.display(), QStringLiteral("postgresql://ana@db.example:6543/teamstore"));
        // What may be shown or saved of a setting: never the password, also when the URL does not parse.
        QCOMPARE(StoreLocation::withoutPassword(QStringLiteral("postgresql://ana:s3cret@db.example:6543/teamstore")),
                 QStringLiteral("postgresql://ana@db.example:6543/teamstore"));
        QCOMPARE(StoreLocation::withoutPassword(QStringLiteral("postgres://ana:p@ss:w@rd@db/x?sslmode=require")),
                 QStringLiteral("postgres://ana@db/x?sslmode=require"));
        QCOMPARE(StoreLocation::withoutPassword(QStringLiteral("postgresql://ana:s3cret@[bad host/x")),
                 QStringLiteral("postgresql://ana@[bad host/x"));
        QCOMPARE(StoreLocation::withoutPassword(QStringLiteral("postgresql://ana:pa/ss@db/x")),
                 QStringLiteral("postgresql://ana@db/x"));
        QCOMPARE(StoreLocation::withoutPassword(QStringLiteral("postgresql://ana@db/x")),
                 QStringLiteral("postgresql://ana@db/x"));
        QCOMPARE(StoreLocation::withoutPassword(QStringLiteral("/home/a:b@c/store.sqlite")),
                 QStringLiteral("/home/a:b@c/store.sqlite"));
    }

    void newStoreInMissingFolder()
    {
        // Characters that need escaping in a SQLite URI must not confuse the read-only inspection.
        const QString path = m_dir->filePath(QStringLiteral("deep er/#1 ?ü%20/store.sqlite"));
        {
            OPEN_STORE(store, path);
            Ticket ticket = makeTicket(QStringLiteral("1"), QStringLiteral("S"));
            QVERIFY(store->upsertTicket(&ticket));
        }
        QVERIFY(QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        OPEN_STORE(reopened, path);
        QCOMPARE(reopened->ticketCount(), 1);
        RawConnection raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    }

    // --- several processes ---------------------------------------------------------------------------------------

    void concurrentWriters_data() { backends(); }
    void concurrentWriters()
    {
        NEW_STORE_SETTING(setting);
        constexpr int kWriters = 4;
        constexpr int kActionsEach = 40;
        // Every writer opens the new store at once: one migrates, the others wait and find it done.
        std::vector<std::unique_ptr<QProcess>> writers;
        for (int i = 0; i < kWriters; ++i)
            writers.push_back(startWriter(setting, QStringLiteral("agent%1").arg(i), kActionsEach));
        QList<qint64> acknowledged;
        for (auto &writer : writers) {
            QVERIFY(writer->waitForFinished(90000));
            QVERIFY2(writer->exitStatus() == QProcess::NormalExit && writer->exitCode() == 0,
                     writer->readAllStandardError().constData());
            const QList<qint64> ids = parseIds(writer->readAllStandardOutput());
            QCOMPARE(ids.size(), kActionsEach);
            acknowledged.append(ids);
        }
        OPEN_STORE(store, setting);
        const QList<AgentAction> all = store->actions();
        QCOMPARE(all.size(), kWriters * kActionsEach);
        std::set<qint64> stored;
        for (const AgentAction &action : all)
            stored.insert(action.id);
        QCOMPARE(int(stored.size()), kWriters * kActionsEach); // each exactly once
        for (qint64 id : acknowledged)
            QVERIFY2(stored.count(id) == 1, qPrintable(QString::number(id)));
        QCOMPARE(store->ticketCount(), 5);
        // Half of each writer's actions carried a write-back: one outbox item each, keys all distinct.
        const QList<OutboxItem> items = store->outbox();
        QCOMPARE(items.size(), kWriters * kActionsEach / 2);
        std::set<QString> keys;
        for (const OutboxItem &item : items)
            keys.insert(item.idempotencyKey);
        QCOMPARE(int(keys.size()), items.size());
    }

    // The app holds its store open and each background job opens one more store object on it, while commands of
    // the command-line tool open it, write and close, many times over. A second handle of the file in the app's
    // process would drop its locks: the tool would take itself for the last user and delete the -wal under the
    // app, whose later commits then go into a file nobody else sees.
    void sharedWithAnotherProcess_data() { backends(); }
    void sharedWithAnotherProcess()
    {
        NEW_STORE_SETTING(setting);
        const bool sqlite = backend == QLatin1String("sqlite");
        OPEN_STORE(app, setting);
        QList<Ticket> tickets {makeTicket(QStringLiteral("app-1"), QStringLiteral("Held open by the app"))};
        QVERIFY(app->upsertTickets(&tickets));
        const qint64 ticketId = tickets.first().id;
        std::set<qint64> expected;
        constexpr int kRounds = 10;
        for (int round = 0; round < kRounds; ++round) {
            AgentAction action = makeAction(ticketId, 0, ActionType::Accept, QStringLiteral("billing"),
                                            QStringLiteral("app"), QDateTime());
            QVERIFY2(app->recordAction(&action), qPrintable(app->errorString()));
            expected.insert(action.id);
            {
                OPEN_STORE(job, setting); // as a background job does
                auto writer = startWriter(setting, QStringLiteral("cli%1").arg(round), 3);
                QVERIFY(writer->waitForFinished(60000));
                QVERIFY2(writer->exitStatus() == QProcess::NormalExit && writer->exitCode() == 0,
                         writer->readAllStandardError().constData());
                for (qint64 id : parseIds(writer->readAllStandardOutput()))
                    expected.insert(id);
                if (sqlite)
                    QVERIFY2(QFileInfo::exists(setting + QStringLiteral("-wal")),
                             qPrintable(QStringLiteral("round %1: the -wal was deleted under the app").arg(round)));
                AgentAction fromJob = makeAction(ticketId, 0, ActionType::Override, QStringLiteral("access"),
                                                 QStringLiteral("job"), QDateTime());
                QVERIFY2(job->recordAction(&fromJob), qPrintable(job->errorString()));
                expected.insert(fromJob.id);
            }
        }
        QCOMPARE(int(expected.size()), kRounds * 5);
        // Another process sees every write of both, and the file is whole, while the app still has it open.
        QProcess lister;
        lister.start(QStringLiteral(ROUTEDESK_STORE_WRITER), {setting, QStringLiteral("--list")});
        QVERIFY(lister.waitForFinished(60000));
        QVERIFY2(lister.exitCode() == 0, lister.readAllStandardError().constData());
        QList<QByteArray> lines = lister.readAllStandardOutput().trimmed().split('\n');
        if (sqlite) {
            QCOMPARE(lines.takeLast(), QByteArrayLiteral("integrity: ok"));
        }
        std::set<qint64> seen;
        for (const QByteArray &line : std::as_const(lines))
            seen.insert(line.toLongLong());
        QVERIFY2(seen == expected,
                 qPrintable(
                     QStringLiteral("the other process sees %1 of %2 actions").arg(seen.size()).arg(expected.size())));
        app.reset();
        if (sqlite) {
            RawConnection raw(setting);
            QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM actions")).toInt(), kRounds * 5);
        }
    }

    void killedWriter_data() { backends(); }
    void killedWriter()
    {
        NEW_STORE_SETTING(setting);
        auto writer = startWriter(setting, QStringLiteral("doomed"), 1000000);
        QByteArray output;
        while (parseIds(output).size() < 25) {
            QVERIFY2(writer->waitForReadyRead(30000), writer->readAllStandardError().constData());
            output += writer->readAllStandardOutput();
        }
        writer->kill(); // SIGKILL: no destructor, no close, mid-transaction most likely
        QVERIFY(writer->waitForFinished(10000));
        QCOMPARE(writer->exitStatus(), QProcess::CrashExit);
        output += writer->readAllStandardOutput();
        // A partial last line was not acknowledged.
        if (!output.endsWith('\n'))
            output.truncate(output.lastIndexOf('\n') + 1);
        const QList<qint64> acknowledged = parseIds(output);
        QVERIFY(acknowledged.size() >= 25);

        OPEN_STORE(store, setting); // opens cleanly (the integrity check passes)
        std::set<qint64> stored;
        for (const AgentAction &action : store->actions())
            stored.insert(action.id);
        for (qint64 id : acknowledged)
            QVERIFY2(stored.count(id) == 1, qPrintable(QStringLiteral("acknowledged action %1 is missing").arg(id)));
        // At most the one in flight beyond what was acknowledged.
        QVERIFY(stored.size() <= size_t(acknowledged.size()) + 1);
        // And the store still takes writes.
        AgentAction action
            = makeAction(store->ticketByExternalId(QStringLiteral("writer"), QStringLiteral("writer-1"))->id, 0,
                         ActionType::Accept, QStringLiteral("billing"), QStringLiteral("ana"), QDateTime());
        QVERIFY2(store->recordAction(&action), qPrintable(store->errorString()));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
