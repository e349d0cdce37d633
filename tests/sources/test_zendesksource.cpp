// The Zendesk connector against a local server that follows Zendesk's documented shapes: cursor paging, comments,
// 429 with Retry-After, 5xx, dropped connections, malformed and huge bodies, 401, and write-back with safe_update.

#include "fakeclock.h"
#include "fakezendesk.h"

#include "model/modeljson.h"
#include "sources/outboxdeliverer.h"
#include "sources/syncrunner.h"
#include "sources/zendesksource.h"
#include "store/decisionstore.h"

#include <QFile>
#include <QMutex>
#include <QTemporaryDir>
#include <QtTest>

using namespace RouteDesk;
using namespace RouteDesk::Test;

namespace {

const char *const kTokenEnv = "ROUTEDESK_TEST_ZENDESK_TOKEN";

QStringList captured;
QMutex capturedMutex;
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    const QMutexLocker lock(&capturedMutex);
    captured.append(message);
}

RoutingDecision fixedDecision(const Ticket &ticket)
{
    RoutingDecision decision;
    decision.category = ticket.subject.contains(QLatin1String("refund"), Qt::CaseInsensitive)
        ? QStringLiteral("refunds")
        : QStringLiteral("billing");
    decision.confidence = 0.82;
    decision.alternatives = {{decision.category, 0.82}, {QStringLiteral("technical"), 0.18}};
    decision.specialist = decision.category;
    decision.flags = {{QStringLiteral("refund_review"), QStringLiteral("Refund of 740 USD is above the limit")}};
    decision.decidedAt = QDateTime::currentDateTimeUtc();
    return decision;
}

} // namespace

class TestZendeskSource : public QObject
{
    Q_OBJECT

private:
    FakeZendesk *m_zendesk = nullptr;
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<DecisionStore> m_store;
    FakeClock m_clock;
    qint64 m_customer = 0;
    qint64 m_billingGroup = 0;
    qint64 m_escalationGroup = 0;

    SourceConfig config(const nlohmann::json &extra = nlohmann::json::object())
    {
        nlohmann::json document = m_zendesk->sourceDocument(QString::fromLatin1(kTokenEnv));
        document["page_size"] = 2;
        document["group_map"] = {{"billing", m_billingGroup}, {"refunds", "Refunds team"}};
        document["escalation_group"] = "Escalations";
        document["category_field_id"] = 9001;
        for (auto it = extra.begin(); it != extra.end(); ++it)
            document[it.key()] = it.value();
        SourceConfig result;
        QString error;
        if (!SourceConfig::parse(document, {}, &result, &error))
            qFatal("bad test source document: %s", qPrintable(error));
        return result;
    }

    std::unique_ptr<TicketSource> source(const SourceConfig &sourceConfig)
    {
        QString error;
        std::unique_ptr<TicketSource> made = createTicketSource(sourceConfig, &error, &m_clock);
        if (!made)
            qFatal("cannot make the source: %s", qPrintable(error));
        return made;
    }

    SyncReport sync(TicketSource *from)
    {
        SyncRunner runner(m_store.get(), from, fixedDecision);
        return runner.run();
    }

    QList<qint64> seed(int count)
    {
        QList<qint64> ids;
        for (int i = 0; i < count; ++i) {
            ids << m_zendesk->addTicket(QStringLiteral("Invoice question %1").arg(i), m_customer,
                                        {{QStringLiteral("I was charged twice for order %1.").arg(i)},
                                         {QStringLiteral("We are looking into it."), false, true, m_zendesk->agentId}});
        }
        return ids;
    }

private slots:
    void init()
    {
        m_zendesk = new FakeZendesk;
        QVERIFY(m_zendesk->start());
        qputenv(kTokenEnv, m_zendesk->token.toUtf8());
        m_customer = m_zendesk->addUser(QStringLiteral("Cara Customer"), QStringLiteral("cara@example.com"));
        m_billingGroup = m_zendesk->addGroup(QStringLiteral("Billing team"));
        m_zendesk->addGroup(QStringLiteral("Refunds team"));
        m_escalationGroup = m_zendesk->addGroup(QStringLiteral("Escalations"));
        m_zendesk->addTicketField(9001);
        m_dir = new QTemporaryDir;
        QString error;
        m_store = DecisionStore::open(m_dir->filePath(QStringLiteral("store.sqlite")), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_clock.sleeps.clear();
    }

    void cleanup()
    {
        m_store.reset();
        delete m_dir;
        delete m_zendesk;
        qunsetenv(kTokenEnv);
    }

    void pullsEveryPageWithItsComments()
    {
        seed(5);
        const qint64 html = m_zendesk->addTicket(
            QStringLiteral("Refund for <b>order</b>"), m_customer,
            {{QStringLiteral("<p>Please refund &amp; close.</p><script>steal()</script><p>Thanks<br>Cara</p>"), true}});
        const qint64 many = m_zendesk->addTicket(QStringLiteral("Long thread"), m_customer,
                                                 {{QStringLiteral("one")},
                                                  {QStringLiteral("two")},
                                                  {QStringLiteral("three")},
                                                  {QStringLiteral("internal four"), false, false, m_zendesk->agentId},
                                                  {QStringLiteral("five")}});
        m_zendesk->addTicket(QStringLiteral("Gone"), m_customer, {{QStringLiteral("x")}}, {},
                             QStringLiteral("deleted"));

        auto zendesk = source(config());
        const SyncReport report = sync(zendesk.get());
        QVERIFY2(report.ok(), qPrintable(report.errorString));
        QVERIFY(report.complete);
        QCOMPARE(report.pulled, 7);
        QCOMPARE(report.inserted, 7);
        QCOMPARE(report.routed, 7);
        QVERIFY(report.pages >= 4); // page_size 2
        QCOMPARE(m_store->ticketCount(), 7);

        const QString sourceId = zendesk->sourceId();
        const Ticket first = *m_store->ticketByExternalId(sourceId, QString::number(html));
        QCOMPARE(first.body, QStringLiteral("Please refund & close.\n\nThanks\nCara"));
        QCOMPARE(first.requesterEmail, QStringLiteral("cara@example.com"));
        QCOMPARE(first.channel, QStringLiteral("email"));

        const Ticket thread = *m_store->ticketByExternalId(sourceId, QString::number(many));
        QCOMPARE(thread.messages.size(), 5); // comments came in three pages
        QCOMPARE(thread.messages.at(3).body, QStringLiteral("internal four"));
        QVERIFY(!thread.messages.at(3).isPublic);
        QVERIFY(!thread.messages.at(3).fromRequester);
        QVERIFY(thread.messages.at(4).fromRequester);
        QVERIFY(!m_store->ticketByExternalId(sourceId, QStringLiteral("deleted")));

        // Nothing new: nothing pulled. One edit: that ticket only, updated in place and routed again (with its
        // ownership history: a ticket that changed may be about something else now).
        const SyncReport again = sync(zendesk.get());
        QVERIFY2(again.ok(), qPrintable(again.errorString));
        QCOMPARE(again.pulled, 0);
        m_zendesk->touch(many);
        const SyncReport edited = sync(zendesk.get());
        QCOMPARE(edited.pulled, 1);
        QCOMPARE(edited.updated, 1);
        QCOMPARE(edited.routed, 1);
        QCOMPARE(m_store->ticketCount(), 7);
        QVERIFY(
            m_store->ticketByExternalId(sourceId, QString::number(many))->subject.endsWith(QLatin1String("(edited)")));
    }

    void rateLimitedPagesWaitForRetryAfter()
    {
        seed(3);
        m_zendesk->addFault({"GET", QStringLiteral("/incremental/"),
                             FakeReply::json(429, {{"error", "APIRateLimitExceeded"}}).header("Retry-After", "13"), 1});
        m_zendesk->addFault({"GET", QStringLiteral("/comments.json"),
                             FakeReply::json(429, {{"error", "APIRateLimitExceeded"}}).header("Retry-After", "2"), 1});
        auto zendesk = source(config());
        const SyncReport report = sync(zendesk.get());
        QVERIFY2(report.ok(), qPrintable(report.errorString));
        QCOMPARE(report.pulled, 3);
        QVERIFY(m_clock.sleeps.contains(13'000));
        QVERIFY(m_clock.sleeps.contains(2'000));
    }

    void serverErrorsAndDroppedConnectionsAreRetried()
    {
        seed(4);
        m_zendesk->addFault({"GET", QStringLiteral("/incremental/"), FakeReply::json(503, {{"error", "down"}}), 2});
        const FakeReply drop = FakeReply::of(FakeReply::Kind::Drop);
        m_zendesk->addFault({"GET", QStringLiteral("/comments.json"), drop, 4}); // past Qt's own silent re-sends
        m_zendesk->addFault({"GET", QStringLiteral("/comments.json"), FakeReply::of(FakeReply::Kind::Garbage), 3});
        auto zendesk = source(config());
        const SyncReport report = sync(zendesk.get());
        QVERIFY2(report.ok(), qPrintable(report.errorString));
        QCOMPARE(report.pulled, 4);
        QVERIFY(m_clock.sleeps.size() >= 3);
        QCOMPARE(m_store->ticketCount(), 4);
    }

    void malformedPageIsAnErrorAndTheSyncResumes()
    {
        seed(5);
        auto zendesk = source(config());
        // Page 2 of the export comes back as broken JSON.
        int exports = 0;
        m_zendesk->setBeforeRequest([&](const FakeRequest &request) {
            if (request.path.contains(QLatin1String("/incremental/")) && ++exports == 2)
                m_zendesk->addFault({"GET", QStringLiteral("/incremental/"),
                                     FakeReply::text(200, "{\"tickets\": [{\"id\": 1,", "application/json"), 1});
        });
        const SyncReport broken = sync(zendesk.get());
        QCOMPARE(broken.error, SourcePage::Error::Failed);
        QVERIFY2(broken.errorString.contains(QLatin1String("malformed JSON")), qPrintable(broken.errorString));
        QCOMPARE(broken.pulled, 2); // page 1 is kept
        QCOMPARE(m_store->ticketCount(), 2);

        m_zendesk->setBeforeRequest({});
        const SyncReport resumed = sync(zendesk.get());
        QVERIFY2(resumed.ok(), qPrintable(resumed.errorString));
        QCOMPARE(resumed.pulled, 3); // resumed after page 1: nothing pulled twice
        QCOMPARE(m_store->ticketCount(), 5);
    }

    void hugePageIsAnErrorNotACrash()
    {
        seed(4);
        auto zendesk = source(config());
        HttpOptions options = static_cast<ZendeskSource *>(zendesk.get())->http().options();
        options.maxBodyBytes = 256 * 1024;
        static_cast<ZendeskSource *>(zendesk.get())->http().setOptions(options);
        int exports = 0;
        m_zendesk->setBeforeRequest([&](const FakeRequest &request) {
            if (request.path.contains(QLatin1String("/incremental/")) && ++exports == 2)
                m_zendesk->addFault(
                    {"GET", QStringLiteral("/incremental/"),
                     FakeReply::text(200, "{\"tickets\":[" + QByteArray(1024 * 1024, ' ') + "]}", "application/json"),
                     1});
        });
        const SyncReport report = sync(zendesk.get());
        QCOMPARE(report.error, SourcePage::Error::Failed);
        QVERIFY2(report.errorString.contains(QLatin1String("larger than the limit")), qPrintable(report.errorString));
        QCOMPARE(m_store->ticketCount(), 2);
    }

    void failureInsideAPageKeepsTheTicketsBeforeIt()
    {
        const QList<qint64> ids = seed(3);
        auto zendesk = source(config({{"page_size", 10}}));
        // The second ticket's comments fail every time (past the client's retries).
        m_zendesk->addFault({"GET", QStringLiteral("/tickets/%1/comments.json").arg(ids.at(1)),
                             FakeReply::json(502, {{"error", "bad gateway"}}), 100});
        const SyncReport report = sync(zendesk.get());
        QCOMPARE(report.error, SourcePage::Error::Transient);
        QCOMPARE(report.pulled, 1);
        QCOMPARE(m_store->ticketCount(), 1);

        m_zendesk->clearFaults();
        const SyncReport again = sync(zendesk.get());
        QVERIFY2(again.ok(), qPrintable(again.errorString));
        QCOMPARE(m_store->ticketCount(), 3); // the page was repeated: upserts, no duplicates
        QCOMPARE(again.inserted, 2);
        QCOMPARE(again.updated, 1);
    }

    void wrongTokenStopsWithoutARetryStorm()
    {
        seed(3);
        qputenv(kTokenEnv, "wrong-token");
        auto zendesk = source(config());
        const SyncReport report = sync(zendesk.get());
        QCOMPARE(report.error, SourcePage::Error::Authentication);
        // One request for the write-back check (the groups), one for the first page; neither is retried.
        QCOMPARE(m_zendesk->server().requests().size(), 2);
        QVERIFY(!report.writebackChecked);
        QVERIFY(m_clock.sleeps.isEmpty());
        QVERIFY(report.errorString.contains(QLatin1String("401")));
        QVERIFY(!report.errorString.contains(QLatin1String("wrong-token")));
    }

    void acceptMovesTheTicketAddsAPrivateNoteAndLabelsIt()
    {
        m_zendesk->addTicket(QStringLiteral("Charged twice"), m_customer, {{QStringLiteral("Two charges.")}},
                             {QStringLiteral("vip"), QStringLiteral("routedesk_technical")});
        auto zendesk = source(config());
        QVERIFY(sync(zendesk.get()).ok());
        const QList<QueueEntry> queue = m_store->queue();
        QCOMPARE(queue.size(), 1);
        const Ticket ticket = queue.constFirst().ticket;

        AgentAction action;
        action.ticketId = ticket.id;
        action.type = ActionType::Accept;
        action.agent = QStringLiteral("ana");
        action.reason = QStringLiteral("clearly an invoice question");
        ActionOutcome outcome;
        QString error;
        QVERIFY2(recordAgentAction(m_store.get(), &action, &outcome, &error), qPrintable(error));
        QVERIFY(outcome.queued);
        QCOMPARE(m_store->outboxCounts().pending, 1);

        OutboxDeliverer deliverer(m_store.get(), storedSourceFactory(m_store.get(), std::nullopt, &m_clock));
        const DeliveryReport report = deliverer.deliverDue();
        QCOMPARE(report.done, 1);
        QCOMPARE(m_store->outboxCounts().done, 1);
        QCOMPARE(m_store->outboxCounts().pending, 0);

        const qint64 id = ticket.externalId.toLongLong();
        const nlohmann::json &fresh = m_zendesk->ticket(id);
        QCOMPARE(fresh["group_id"].get<qint64>(), m_billingGroup);
        const QStringList tags = [&] {
            QStringList list;
            for (const auto &tag : fresh["tags"])
                list.append(QString::fromStdString(tag.get<std::string>()));
            return list;
        }();
        QCOMPARE(tags, (QStringList {QStringLiteral("vip"), QStringLiteral("routedesk_billing")}));
        QCOMPARE(fresh["custom_fields"][0]["id"].get<qint64>(), 9001);
        QCOMPARE(fresh["custom_fields"][0]["value"].get<std::string>(), "billing");
        const OutboxItem item = m_store->outbox(OutboxItem::State::Done).constFirst();
        QCOMPARE(m_zendesk->privateNotesContaining(id, idempotencyMarker(item.idempotencyKey)), 1);
        const QString note = QString::fromStdString(m_zendesk->comments(id).last()["body"].get<std::string>());
        QVERIFY2(note.contains(QLatin1String("Category: billing")) && note.contains(QLatin1String("confidence 0.82"))
                     && note.contains(QLatin1String("refund_review"))
                     && note.contains(QLatin1String("invoice question")),
                 qPrintable(note));
        // safe_update with the updated_at the agent saw.
        const FakeRequest put = [&] {
            for (const FakeRequest &request : m_zendesk->server().requests())
                if (request.method == "PUT")
                    return request;
            return FakeRequest();
        }();
        QCOMPARE(put.json()["ticket"]["safe_update"], true);
        const QString stamp = QString::fromStdString(put.json()["ticket"]["updated_stamp"].get<std::string>());
        QCOMPARE(stamp, m_store->syncCursor(revisionKey(ticket.source, ticket.externalId)));
        QCOMPARE(parseIsoTime(stamp), ticket.updatedAt);
    }

    // The first sync checks what write-backs need: a group the document names that Zendesk lacks (by name or id)
    // and a missing category field are warnings that name the document's field; the sync goes on.
    void syncNamesWhatZendeskLacks()
    {
        seed(1);
        SyncReport report = sync(source(config()).get());
        QVERIFY2(report.ok(), qPrintable(report.errorString));
        QVERIFY(report.writebackChecked);
        QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warningMessages().join(QLatin1Char('\n'))));

        report = sync(source(config({{"group_map", {{"billing", 999999}, {"refunds", "Refund squad"}}},
                                     {"category_field_id", 4242}}))
                          .get());
        QVERIFY2(report.ok(), qPrintable(report.errorString));
        QMap<QString, SourceWarning> byName;
        for (const SourceWarning &warning : std::as_const(report.warnings))
            byName.insert(warning.name, warning);
        QCOMPARE(byName.size(), 3);
        QCOMPARE(byName.value(QStringLiteral("Refund squad")).code, SourceWarning::Code::MissingQueue);
        QCOMPARE(byName.value(QStringLiteral("Refund squad")).fields,
                 QStringList {QStringLiteral("group_map.refunds")});
        QVERIFY2(byName.value(QStringLiteral("999999")).message.contains(QLatin1String("group_map.billing")),
                 qPrintable(byName.value(QStringLiteral("999999")).message));
        QCOMPARE(byName.value(QStringLiteral("4242")).code, SourceWarning::Code::MissingField);
    }

    void overrideAndEscalateUseGroupNames()
    {
        const qint64 refund = m_zendesk->addTicket(QStringLiteral("Money back"), m_customer, {{QStringLiteral("x")}});
        const qint64 angry = m_zendesk->addTicket(QStringLiteral("Lawyer"), m_customer, {{QStringLiteral("y")}});
        auto zendesk = source(config());
        QVERIFY(sync(zendesk.get()).ok());
        for (const QueueEntry &entry : m_store->queue()) {
            AgentAction action;
            action.ticketId = entry.ticket.id;
            action.agent = QStringLiteral("bo");
            if (entry.ticket.externalId == QString::number(refund)) {
                action.type = ActionType::Override;
                action.category = QStringLiteral("refunds");
            } else {
                action.type = ActionType::Escalate;
                action.escalationTarget = QStringLiteral("team_lead");
            }
            QString error;
            QVERIFY2(recordAgentAction(m_store.get(), &action, nullptr, &error), qPrintable(error));
        }
        OutboxDeliverer deliverer(m_store.get(), storedSourceFactory(m_store.get(), std::nullopt, &m_clock));
        QCOMPARE(deliverer.deliverDue().done, 2);
        QCOMPARE(QString::fromStdString(m_zendesk->ticket(refund)["tags"].back().get<std::string>()),
                 QStringLiteral("routedesk_refunds"));
        QCOMPARE(m_zendesk->ticket(angry)["group_id"].get<qint64>(), m_escalationGroup);
        QVERIFY(m_zendesk->ticket(angry)["tags"].dump().find("routedesk_escalated") != std::string::npos);
        QVERIFY(m_zendesk->ticket(refund)["group_id"].get<qint64>() != m_billingGroup);

        // The next sync sees each ticket in its group, by name (the queue its ownership history reads).
        QVERIFY(sync(zendesk.get()).ok());
        for (const QueueEntry &entry : m_store->queue()) {
            const bool escalated = entry.ticket.externalId == QString::number(angry);
            QCOMPARE(m_store->ticket(entry.ticket.id)->queue,
                     escalated ? QStringLiteral("Escalations") : QStringLiteral("Refunds team"));
        }
    }

    // Every pager follows the server's next page link only to the configured origin, checked before the request:
    // another port or scheme on the same host would otherwise receive the credentials.
    void pagersStayOnTheOrigin_data()
    {
        QTest::addColumn<QString>("pager");
        QTest::addColumn<QString>("elsewhere"); // "port" or "scheme"
        QTest::newRow("groups, another port") << QStringLiteral("groups") << QStringLiteral("port");
        QTest::newRow("groups, another scheme") << QStringLiteral("groups") << QStringLiteral("scheme");
        QTest::newRow("comments, another port") << QStringLiteral("comments") << QStringLiteral("port");
        QTest::newRow("comments, another scheme") << QStringLiteral("comments") << QStringLiteral("scheme");
    }
    void pagersStayOnTheOrigin()
    {
        QFETCH(QString, pager);
        QFETCH(QString, elsewhere);
        FakeHttpServer decoy; // what a leaked request would reach: same host, another port
        QVERIFY(decoy.listen());
        decoy.setHandler([](const FakeRequest &) {
            return FakeReply::json(200, {{"groups", nlohmann::json::array()}});
        });
        QUrl next = elsewhere == QLatin1String("port") ? decoy.url() : m_zendesk->url();
        if (elsewhere == QLatin1String("scheme"))
            next.setScheme(QStringLiteral("https"));
        next.setPath(pager == QLatin1String("groups") ? QStringLiteral("/api/v2/groups.json")
                                                      : QStringLiteral("/api/v2/tickets/1/comments.json"));
        next.setQuery(QStringLiteral("page=2"));
        const std::string link = next.toString().toStdString();

        m_zendesk->addTicket(QStringLiteral("Money back"), m_customer, {{QStringLiteral("x")}});
        if (pager == QLatin1String("comments")) {
            m_zendesk->addFault({"GET", QStringLiteral("/comments.json"),
                                 FakeReply::json(200, {{"comments", nlohmann::json::array()}, {"next_page", link}}),
                                 1});
            const SyncReport report = sync(source(config()).get());
            QVERIFY(!report.ok());
            QVERIFY2(report.errorString.contains(QLatin1String("not followed")), qPrintable(report.errorString));
        } else {
            QVERIFY(sync(source(config()).get()).ok());
            m_zendesk->addFault(
                {"GET", QStringLiteral("/groups.json"),
                 FakeReply::json(200, {{"groups", {{{"id", 1}, {"name", "Other team"}}}}, {"next_page", link}}), 1});
            AgentAction action;
            QCOMPARE(m_store->queue().size(), 1);
            action.ticketId = m_store->queue().first().ticket.id;
            action.type = ActionType::Override;
            action.category = QStringLiteral("refunds"); // a group given by name: the groups are listed
            action.agent = QStringLiteral("bo");
            QString error;
            QVERIFY2(recordAgentAction(m_store.get(), &action, nullptr, &error), qPrintable(error));
            OutboxDeliverer deliverer(m_store.get(), storedSourceFactory(m_store.get(), std::nullopt, &m_clock));
            const DeliveryReport report = deliverer.deliverDue();
            QCOMPARE(report.done, 0);
            QVERIFY2(report.messages.join(QLatin1Char(' ')).contains(QLatin1String("not followed")),
                     qPrintable(report.messages.join(QLatin1Char(' '))));
        }
        QVERIFY2(decoy.requests().isEmpty(), "a request went to another port");
    }

    void lostAnswerDoesNotAddASecondNote()
    {
        const qint64 id = m_zendesk->addTicket(QStringLiteral("Invoice"), m_customer, {{QStringLiteral("x")}});
        auto zendesk = source(config());
        QVERIFY(sync(zendesk.get()).ok());
        AgentAction action;
        action.ticketId = m_store->queue().constFirst().ticket.id;
        action.type = ActionType::Accept;
        action.agent = QStringLiteral("ana");
        QVERIFY(recordAgentAction(m_store.get(), &action, nullptr, nullptr));

        // The update lands, then the connection drops before the answer.
        m_zendesk->addFault({"PUT", QStringLiteral("/tickets/"), FakeReply::of(FakeReply::Kind::Drop), 1, true});
        OutboxDeliverer deliverer(m_store.get(), storedSourceFactory(m_store.get(), std::nullopt, &m_clock));
        const DeliveryReport first = deliverer.deliverAllPending();
        QCOMPARE(first.retrying, 1);
        QCOMPARE(m_store->outboxCounts().pending, 1);
        const OutboxItem pending = m_store->outbox(OutboxItem::State::Pending).constFirst();
        QCOMPARE(pending.attempts, 1);
        QVERIFY(pending.nextAttemptAt > QDateTime::currentDateTimeUtc());
        QVERIFY(m_store->dueOutbox().isEmpty()); // backing off

        const DeliveryReport second = deliverer.deliverAllPending();
        QCOMPARE(second.done, 1);
        QCOMPARE(second.alreadyDelivered, 1);
        QCOMPARE(m_zendesk->server().count("PUT", QStringLiteral("/api/v2/tickets/")), 1);
        QCOMPARE(m_zendesk->privateNotesContaining(id, idempotencyMarker(pending.idempotencyKey)), 1);
    }

    void ticketEditedAfterTheSyncIsAConflict()
    {
        const qint64 id = m_zendesk->addTicket(QStringLiteral("Invoice"), m_customer, {{QStringLiteral("x")}});
        auto zendesk = source(config());
        QVERIFY(sync(zendesk.get()).ok());
        const Ticket seen = m_store->queue().constFirst().ticket;
        m_zendesk->touch(id, QStringLiteral(" - customer added details"));

        AgentAction action;
        action.ticketId = seen.id;
        action.type = ActionType::Override;
        action.category = QStringLiteral("refunds");
        action.agent = QStringLiteral("ana");
        QVERIFY(recordAgentAction(m_store.get(), &action, nullptr, nullptr));
        OutboxDeliverer deliverer(m_store.get(), storedSourceFactory(m_store.get(), std::nullopt, &m_clock));
        const DeliveryReport report = deliverer.deliverDue();
        QCOMPARE(report.conflicts, 1);
        QCOMPARE(m_store->outboxCounts().conflict, 1);
        QCOMPARE(m_zendesk->server().count("PUT", QStringLiteral("/api/v2/tickets/")), 0); // nothing overwritten
        QVERIFY(m_zendesk->ticket(id)["group_id"].is_null());
        // The store now shows the fresh ticket.
        QCOMPARE(m_store->ticket(seen.id)->subject, QStringLiteral("Invoice - customer added details"));
        QVERIFY(m_store->outbox(OutboxItem::State::Conflict).constFirst().lastError.contains(QLatin1String("changed")));
    }

    void editBetweenReadAndWriteGives409Conflict()
    {
        const qint64 id = m_zendesk->addTicket(QStringLiteral("Invoice"), m_customer, {{QStringLiteral("x")}});
        auto zendesk = source(config());
        QVERIFY(sync(zendesk.get()).ok());
        AgentAction action;
        action.ticketId = m_store->queue().constFirst().ticket.id;
        action.type = ActionType::Accept;
        action.agent = QStringLiteral("ana");
        QVERIFY(recordAgentAction(m_store.get(), &action, nullptr, nullptr));
        // Someone saves the ticket right before our PUT arrives.
        m_zendesk->setBeforeRequest([&](const FakeRequest &request) {
            if (request.method == "PUT")
                m_zendesk->touch(id);
        });
        OutboxDeliverer deliverer(m_store.get(), storedSourceFactory(m_store.get(), std::nullopt, &m_clock));
        const DeliveryReport report = deliverer.deliverDue();
        QCOMPARE(report.conflicts, 1);
        QVERIFY(m_store->outbox(OutboxItem::State::Conflict).constFirst().lastError.contains(QLatin1String("409")));
        QCOMPARE(m_zendesk->comments(id).size(), 1);
    }

    void rateLimitedWriteWaitsAndGoesThrough()
    {
        const qint64 id = m_zendesk->addTicket(QStringLiteral("Invoice"), m_customer, {{QStringLiteral("x")}});
        auto zendesk = source(config());
        QVERIFY(sync(zendesk.get()).ok());
        AgentAction action;
        action.ticketId = m_store->queue().constFirst().ticket.id;
        action.type = ActionType::Accept;
        action.agent = QStringLiteral("ana");
        QVERIFY(recordAgentAction(m_store.get(), &action, nullptr, nullptr));
        m_zendesk->addFault({"PUT", QStringLiteral("/tickets/"),
                             FakeReply::json(429, {{"error", "TooManyRequests"}}).header("Retry-After", "31"), 1});
        OutboxDeliverer deliverer(m_store.get(), storedSourceFactory(m_store.get(), std::nullopt, &m_clock));
        QCOMPARE(deliverer.deliverDue().done, 1);
        QVERIFY(m_clock.sleeps.contains(31'000));
        QCOMPARE(m_zendesk->comments(id).size(), 2);
    }

    void outageKeepsItemsPendingAcrossARestart()
    {
        m_zendesk->addTicket(QStringLiteral("Invoice"), m_customer, {{QStringLiteral("x")}});
        auto zendesk = source(config());
        QVERIFY(sync(zendesk.get()).ok());
        AgentAction action;
        action.ticketId = m_store->queue().constFirst().ticket.id;
        action.type = ActionType::Accept;
        action.agent = QStringLiteral("ana");
        QVERIFY(recordAgentAction(m_store.get(), &action, nullptr, nullptr));

        m_zendesk->addFault({{}, QStringLiteral("/api/v2/"), FakeReply::json(503, {{"error", "maintenance"}}), 1000});
        {
            OutboxDeliverer deliverer(m_store.get(), storedSourceFactory(m_store.get(), std::nullopt, &m_clock));
            const DeliveryReport report = deliverer.deliverAllPending();
            QCOMPARE(report.retrying, 1);
        }
        QCOMPARE(m_store->outboxCounts().pending, 1);

        // RouteDesk restarts (a new store object on the same file); Zendesk is back.
        m_store.reset();
        QString error;
        m_store = DecisionStore::open(m_dir->filePath(QStringLiteral("store.sqlite")), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_zendesk->clearFaults();
        OutboxDeliverer deliverer(m_store.get(), storedSourceFactory(m_store.get(), std::nullopt, &m_clock));
        QCOMPARE(deliverer.deliverAllPending().done, 1);
        QCOMPARE(m_store->outboxCounts().done, 1);
        QCOMPARE(m_store->outbox(OutboxItem::State::Done).constFirst().attempts, 2);
    }

    void tokenNeverReachesLogsStoreOrErrors()
    {
        seed(2);
        captured.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("routedesk.*=true"));
        const QtMessageHandler previous = qInstallMessageHandler(capture);
        auto zendesk = source(config());
        QVERIFY(sync(zendesk.get()).ok());
        AgentAction action;
        action.ticketId = m_store->queue().constFirst().ticket.id;
        action.type = ActionType::Accept;
        action.agent = QStringLiteral("ana");
        QVERIFY(recordAgentAction(m_store.get(), &action, nullptr, nullptr));
        m_zendesk->addFault({"GET", QStringLiteral("/tickets/"), FakeReply::json(500, {{"error", "x"}}), 1});
        OutboxDeliverer deliverer(m_store.get(), storedSourceFactory(m_store.get(), std::nullopt, &m_clock));
        QStringList errors = deliverer.deliverAllPending().messages;
        qputenv(kTokenEnv, "another-secret-token");
        errors.append(sync(source(config()).get()).errorString);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        const QString token = m_zendesk->token;
        const QString basic
            = QString::fromLatin1((m_zendesk->email + QStringLiteral("/token:") + token).toUtf8().toBase64());
        QVERIFY(!captured.isEmpty());
        const QStringList everything = captured + errors;
        for (const QString &line : everything) {
            QVERIFY2(!line.contains(token) && !line.contains(basic) && !line.contains(QLatin1String("another-secret")),
                     qPrintable(line));
        }
        // The store holds the source document (to deliver later) but not the token.
        const QString state = m_store->syncCursor(zendesk->sourceId());
        QVERIFY(state.contains(QLatin1String(kTokenEnv)));
        m_store.reset();
        for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files)) {
            QFile file(m_dir->filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(token.toUtf8()) && !bytes.contains(basic.toLatin1()), qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestZendeskSource)
#include "test_zendesksource.moc"
