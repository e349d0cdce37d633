// The triage service over a real SQLite store: the pipeline it routes with is the store's (its active model), each
// ticket's ownership history is the route context, so a ticket passed back and forth is held with one owner and
// flagged, and a decision keeps its escalation target.

#include "enginetestsupport.h"

#include "classify/textclassifier.h"
#include "learn/learnstore.h"
#include "sources/filesource.h"
#include "sources/sourceconfig.h"
#include "sources/syncrunner.h"
#include "triage/triageservice.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace RouteDesk;

namespace {

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 11, 20), QTime(10, minute), QTimeZone::utc());
}

RoutingDecision decisionFor(const QString &specialist, int minute)
{
    RoutingDecision decision;
    decision.specialist = specialist;
    decision.decidedAt = at(minute);
    return decision;
}

AgentAction action(qint64 id, ActionType type, const QString &specialist, int minute, qint64 undoes = 0)
{
    AgentAction a;
    a.id = id;
    a.type = type;
    a.specialist = specialist;
    a.at = at(minute);
    a.undoesActionId = undoes;
    return a;
}

nlohmann::json ticketJson(const QStringList &followUps, const QString &queue = {})
{
    nlohmann::json messages = nlohmann::json::array();
    for (qsizetype i = 0; i < followUps.size(); ++i)
        messages.push_back({{"author_email", "pat@example.org"},
                            {"at", QStringLiteral("2026-11-2%1T09:00:00Z").arg(i + 1).toStdString()},
                            {"body", followUps.at(i).toStdString()}});
    return {{"id", "T-1"},
            {"subject", "Charged twice for invoice INV-2026-0042"},
            {"body",
             "Hello, my card was charged twice for invoice INV-2026-0042 this month. Could you check the "
             "duplicate payment on our billing account?"},
            {"requester_email", "pat@example.org"},
            {"created_at", "2026-11-20T08:00:00Z"},
            {"updated_at", QStringLiteral("2026-11-2%1T09:00:00Z").arg(followUps.size()).toStdString()},
            {"queue", queue.toStdString()},
            {"messages", messages}};
}

} // namespace

class TestTriage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DecisionStore> m_store;

    // Appends the ticket as it stands after `followUps` to the helpdesk's JSON Lines log.
    bool writeQueue(const QStringList &followUps, const QString &queue = {})
    {
        QFile file(m_dir.filePath(QStringLiteral("queue-%1.jsonl").arg(QLatin1String(QTest::currentTestFunction()))));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
            return false;
        file.write(QByteArray::fromStdString(ticketJson(followUps, queue).dump()) + '\n');
        return true;
    }

    SyncReport sync(const TriageService &triage)
    {
        SourceConfig config;
        QString error;
        if (!SourceConfig::parse(
                {{"type", "file"},
                 {"path",
                  QStringLiteral("queue-%1.jsonl").arg(QLatin1String(QTest::currentTestFunction())).toStdString()}},
                m_dir.path(), &config, &error))
            qFatal("%s", qPrintable(error));
        FileSource source(config);
        SyncRunner runner(m_store.get(), &source, triage.syncRouter());
        return runner.run();
    }

    // The latest decision of the one ticket in the store.
    RoutingDecision latest()
    {
        const QList<QueueEntry> queue = m_store->queue();
        if (queue.size() != 1)
            return {};
        return m_store->latestDecision(queue.constFirst().ticket.id).value_or(RoutingDecision());
    }

private slots:
    void init()
    {
        QString error;
        m_store = DecisionStore::open(
            m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))), &error);
        QVERIFY2(m_store, qPrintable(error));
    }

    void cleanup() { m_store.reset(); }

    void ownershipHistoryMergesDecisionsAndOverrides()
    {
        TicketHistory history;
        history.decisions = {decisionFor(QStringLiteral("billing"), 0), decisionFor(QStringLiteral("technical"), 30)};
        history.actions
            = {action(1, ActionType::Override, QStringLiteral("access"), 10),
               action(2, ActionType::Override, QStringLiteral("refunds"), 20), action(3, ActionType::Undo, {}, 21, 2)};
        const QList<OwnershipStep> steps = ownershipHistory(history);
        QStringList owners;
        for (const OwnershipStep &step : steps)
            owners << step.owner;
        // The undone override never owned the ticket.
        QCOMPARE(owners,
                 (QStringList {QStringLiteral("billing"), QStringLiteral("access"), QStringLiteral("technical")}));
        QCOMPARE(steps.at(1).kind, OwnershipStep::Kind::Overridden);
        QCOMPARE(routeContextFor(steps).previousOwners, owners);
    }

    // Escalations hand the ticket to a person; helpdesk queue moves to whoever owns the queue; our own write-back's
    // move lands on the owner the action chose and changes nothing.
    void ownershipHistoryCountsEscalationsAndQueueMoves()
    {
        TicketHistory history;
        history.decisions = {decisionFor(QStringLiteral("billing"), 0)};
        AgentAction escalation = action(1, ActionType::Escalate, {}, 10);
        escalation.escalationTarget = QStringLiteral("security_team");
        AgentAction undone = action(2, ActionType::Escalate, {}, 40);
        history.actions = {escalation, undone, action(3, ActionType::Undo, {}, 41, 2)};
        history.moves = {{QStringLiteral("General"), QStringLiteral("Escalations"), at(11)},
                         {QStringLiteral("Escalations"), QStringLiteral("Technical"), at(20)},
                         {QStringLiteral("Technical"), QStringLiteral("Sales"), at(30)}};
        QueueOwners queues;
        queues.specialistOfQueue.insert(QStringLiteral("Technical"), QStringLiteral("technical"));
        queues.escalationQueue = QStringLiteral("Escalations");
        const QList<OwnershipStep> steps = ownershipHistory(history, queues);
        QStringList owners;
        for (const OwnershipStep &step : steps)
            owners << step.owner;
        QCOMPARE(owners,
                 (QStringList {QStringLiteral("billing"), QStringLiteral("person:security_team"),
                               QStringLiteral("person:security_team"), QStringLiteral("technical"),
                               QStringLiteral("queue:Sales")}));
        QCOMPARE(steps.at(1).kind, OwnershipStep::Kind::Escalated);
        QCOMPARE(steps.at(3).kind, OwnershipStep::Kind::Moved);
        // Without the source's map a move names its queue.
        QCOMPARE(ownershipHistory(history).at(3).owner, QStringLiteral("queue:Technical"));
    }

    // End to end over the store's trigger: someone moves the ticket to another queue in the helpdesk; the next
    // sync records the move, and when the model would send the ticket back to the specialist it came from, it
    // stays with the queue's owner, flagged routing_loop.
    void aTicketMovedInTheHelpdeskChangesHands()
    {
        QString error;
        const std::unique_ptr<TriageService> triage
            = TriageService::create(m_store.get(), Test::demoPipeline(), &error);
        QVERIFY2(triage, qPrintable(error));
        triage->setQueueOwners(queueOwnersFor({{QStringLiteral("billing"), QStringLiteral("Billing")},
                                               {QStringLiteral("technical"), QStringLiteral("Technical")}},
                                              QStringLiteral("Escalations"), triage->pipeline()->workspace()));
        QVERIFY(writeQueue({}, QStringLiteral("General")));
        SyncReport report = sync(*triage);
        QVERIFY2(report.ok(), qPrintable(report.errorString));
        QCOMPARE(latest().specialist, QStringLiteral("billing"));

        // A person in the helpdesk moves it to Technical, and the customer writes again about the charge.
        QVERIFY(writeQueue({QStringLiteral("Any news about the duplicate charge on INV-2026-0042? The invoice still "
                                           "shows two payments on my card.")},
                           QStringLiteral("Technical")));
        report = sync(*triage);
        QVERIFY2(report.ok(), qPrintable(report.errorString));
        QCOMPARE(report.routed, 1);
        const std::optional<TicketHistory> history = m_store->history(latest().ticketId);
        QVERIFY(history);
        QCOMPARE(history->ticket.queue, QStringLiteral("Technical"));
        QCOMPARE(history->moves.size(), 1);
        QCOMPARE(history->moves.constFirst().fromQueue, QStringLiteral("General"));
        const RoutingDecision held = latest();
        QVERIFY2(held.hasFlag(QLatin1String(EscalationCode::RoutingLoop)),
                 qPrintable(held.explanation.join(QLatin1Char(10))));
        QCOMPARE(held.specialist, QStringLiteral("technical"));
        QCOMPARE(held.previousOwner, QStringLiteral("technical"));
    }

    // End to end: a ticket is routed on sync, an agent passes it to another specialist, the customer writes again
    // and the model would send it back: it stays with its owner, flagged routing_loop, with no draft.
    void aTicketPassedBackAndForthIsHeldOnSync()
    {
        QString error;
        const std::unique_ptr<TriageService> triage
            = TriageService::create(m_store.get(), Test::demoPipeline(), &error);
        QVERIFY2(triage, qPrintable(error));
        QVERIFY(writeQueue({}));
        SyncReport report = sync(*triage);
        QVERIFY2(report.ok(), qPrintable(report.errorString));
        QCOMPARE(report.routed, 1);
        const RoutingDecision first = latest();
        QCOMPARE(first.specialist, QStringLiteral("billing"));
        QVERIFY(first.previousOwner.isEmpty());

        AgentAction handOver;
        handOver.ticketId = first.ticketId;
        handOver.type = ActionType::Override;
        handOver.category = QStringLiteral("technical");
        handOver.specialist = QStringLiteral("technical");
        handOver.reasonCode = QStringLiteral("wrong_category");
        handOver.at = QDateTime::currentDateTimeUtc();
        QVERIFY2(triage->record(&handOver, nullptr, &error), qPrintable(error));

        // Nothing changed at the helpdesk: nothing is routed again.
        report = sync(*triage);
        QVERIFY2(report.ok(), qPrintable(report.errorString));
        QCOMPARE(report.routed, 0);

        // A follow-up about the same charge: the model says billing again, which already had the ticket.
        QVERIFY(writeQueue({QStringLiteral("Any news about the duplicate charge on INV-2026-0042? The invoice still "
                                           "shows two payments on my card.")}));
        report = sync(*triage);
        QVERIFY2(report.ok(), qPrintable(report.errorString));
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.routed, 1);
        const RoutingDecision held = latest();
        QVERIFY2(held.hasFlag(QLatin1String(EscalationCode::RoutingLoop)),
                 qPrintable(held.explanation.join(QLatin1Char(10))));
        QCOMPARE(held.specialist, QStringLiteral("technical"));
        QCOMPARE(held.previousOwner, QStringLiteral("technical"));
        QVERIFY(held.draft.isEmpty());
        QVERIFY(!held.escalationTarget.isEmpty());
    }

    // Passed on as often as the workspace allows (max_reroutes), a ticket that would go to a new owner stays put.
    void reroutesBeyondTheLimitAreHeld()
    {
        QString error;
        const std::unique_ptr<TriageService> triage
            = TriageService::create(m_store.get(), Test::demoPipeline(), &error);
        QVERIFY2(triage, qPrintable(error));
        QCOMPARE(Test::demoWorkspace()->escalation().maxReroutes, 2);
        Ticket ticket = Test::ticketWith(QStringLiteral("Charged twice for invoice INV-2026-0042"),
                                         QStringLiteral("My card was charged twice for invoice INV-2026-0042. Please "
                                                        "check the duplicate payment on our billing account."));
        ticket.source = QStringLiteral("test");
        ticket.externalId = QStringLiteral("T-2");
        QVERIFY(m_store->upsertTicket(&ticket));
        std::optional<RoutingDecision> decision = triage->route(ticket, &error);
        QVERIFY2(decision, qPrintable(error));
        QCOMPARE(decision->specialist, QStringLiteral("billing"));
        QVERIFY(!decision->hasFlag(QLatin1String(EscalationCode::RoutingLoop)));
        QVERIFY(m_store->recordDecision(&*decision));
        for (const QString &owner : {QStringLiteral("access"), QStringLiteral("technical")}) {
            AgentAction handOver;
            handOver.ticketId = ticket.id;
            handOver.type = ActionType::Override;
            handOver.category = owner == QLatin1String("access") ? QStringLiteral("account_access") : owner;
            handOver.specialist = owner;
            QVERIFY2(triage->record(&handOver, nullptr, &error), qPrintable(error));
        }
        // Owners billing -> access -> technical: two changes of hands already; billing would be a third (and a
        // bounce back), and the ticket stays with technical.
        decision = triage->route(ticket, &error);
        QVERIFY2(decision, qPrintable(error));
        QVERIFY(decision->hasFlag(QLatin1String(EscalationCode::RoutingLoop)));
        QCOMPARE(decision->specialist, QStringLiteral("technical"));
        QCOMPARE(decision->reroutes, 2);

        // A new ticket has no history: routed as new.
        Ticket fresh = ticket;
        fresh.id = 0;
        decision = triage->route(fresh, &error);
        QVERIFY2(decision, qPrintable(error));
        QVERIFY(!decision->hasFlag(QLatin1String(EscalationCode::RoutingLoop)));
    }

    // The decision keeps the target the pipeline chose, and the store keeps it.
    void escalationTargetIsStored()
    {
        const std::shared_ptr<const Pipeline> pipeline = Test::demoPipeline();
        Ticket ticket = Test::ticketWith(QStringLiteral("Someone logged into our account from another country"),
                                         QStringLiteral("We got a sign-in alert from a country none of us has been "
                                                        "to and an API key we never created appeared. We think the "
                                                        "account is compromised."));
        ticket.source = QStringLiteral("test");
        ticket.externalId = QStringLiteral("T-3");
        QVERIFY(m_store->upsertTicket(&ticket));
        const PipelineResult result = pipeline->runDetailed(ticket);
        QVERIFY(!result.escalation.flags.isEmpty());
        QVERIFY(!result.escalation.target.isEmpty());
        RoutingDecision decision = result.decision;
        QCOMPARE(decision.escalationTarget, result.escalation.target);
        decision.ticketId = ticket.id;
        QVERIFY(m_store->recordDecision(&decision));
        const std::optional<RoutingDecision> stored = m_store->latestDecision(ticket.id);
        QVERIFY(stored);
        QCOMPARE(stored->escalationTarget, result.escalation.target);
        QCOMPARE(*stored, decision);
    }

    // The stages compose: classify, route, escalate, draft and decide by hand give what run() gives.
    void stagesComposeToRun()
    {
        const std::shared_ptr<const Pipeline> pipeline = Test::demoPipeline();
        RouteContext context;
        context.now = at(0);
        for (const Ticket &ticket : Test::readTickets(QStringLiteral(":/demo/queue.jsonl")).mid(0, 40)) {
            const ClassificationResult c = pipeline->classify(ticket);
            const RouteResult r = pipeline->route(ticket, c, context);
            const EscalationResult e = pipeline->escalate(ticket, c, r, context);
            const Draft d = pipeline->draft(ticket, c, r, e);
            QCOMPARE(pipeline->decide(c, r, e, d, context), pipeline->run(ticket, context));
        }
    }

    // A lead's activated model is the one the store's service routes with (sync, the app, route-new).
    void routesWithTheStoresActiveModel()
    {
        QList<LabelledText> examples;
        const QStringList billing {QStringLiteral("invoice copy please"), QStringLiteral("charged twice on my card"),
                                   QStringLiteral("update payment method"), QStringLiteral("vat number on invoice")};
        const QStringList technical {QStringLiteral("app crashes on start"), QStringLiteral("sync error calendar"),
                                     QStringLiteral("api returns 500"), QStringLiteral("board does not load")};
        for (int round = 0; round < 4; ++round) {
            for (const QString &text : billing)
                examples.append({text + QStringLiteral(" %1").arg(round), QStringLiteral("billing")});
            for (const QString &text : technical)
                examples.append({text + QStringLiteral(" %1").arg(round), QStringLiteral("technical")});
        }
        TrainOptions options;
        options.folds = 2;
        options.minDf = 1;
        options.name = QStringLiteral("lead's model");
        nlohmann::json report;
        QString error;
        const std::shared_ptr<const TextClassifier> model = trainClassifier(examples, options, &report, {}, &error);
        QVERIFY2(model, qPrintable(error));
        QVERIFY(model->version() != Test::demoClassifier()->version());
        LearnStore learn(*m_store);
        qint64 id = 0;
        QVERIFY2(learn.addModelVersion(*model, {}, QStringLiteral("lena"), {}, &id), qPrintable(learn.errorString()));
        QVERIFY2(learn.activate(id, QStringLiteral("lena")), qPrintable(learn.errorString()));

        const std::unique_ptr<TriageService> triage
            = TriageService::create(m_store.get(), Test::demoPipeline(), &error);
        QVERIFY2(triage, qPrintable(error));
        QCOMPARE(triage->pipeline()->classifier().version(), model->version());
        QCOMPARE(triage->bundled()->classifier().version(), Test::demoClassifier()->version());
        QVERIFY(writeQueue({}));
        const SyncReport synced = sync(*triage);
        QVERIFY2(synced.ok(), qPrintable(synced.errorString));
        QCOMPARE(synced.routed, 1);
        QCOMPARE(latest().modelVersion, model->version());
    }
};

QTEST_GUILESS_MAIN(TestTriage)
#include "test_triage.moc"
