// Backtest numbers: replaying stored tickets through the same pipeline changes nothing and reproduces the stored
// figures; a candidate rule changes exactly the tickets it should; the figures match counts taken directly.

#include "learntestsupport.h"
#include "testsupport.h"

#include "learn/backtest.h"
#include "learn/rulemining.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace RouteDesk;

class TestBacktest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_store = DecisionStore::open(m_dir.filePath(QStringLiteral("backtest.sqlite")), &error);
        QVERIFY2(m_store, qPrintable(error));
        const LearningContext &context = Test::demoContext();
        m_pipeline = std::make_shared<Pipeline>(context.workspace, context.bundledModel);
        Test::ScenarioOptions options;
        options.ledgerTickets = 30;
        QVERIFY2(Test::fillScenario(*m_store, *m_pipeline, options, &m_counts, &error), qPrintable(error));
    }

    void replayingTheSamePipelineChangesNothing()
    {
        BacktestResult result;
        QString error;
        QVERIFY2(runBacktest(*m_store, *m_pipeline, everything(), {}, &result, &error), qPrintable(error));
        qInfo().noquote() << "\n" << result.toText();
        QCOMPARE(result.replayed, m_counts.tickets);
        QCOMPARE(result.leftOut, 0);
        QVERIFY(result.changed.isEmpty());
        QCOMPARE(result.replay.correct, result.stored.correct);
        QCOMPARE(result.replay.escalated, result.stored.escalated);
        QCOMPARE(result.replay.flags, result.stored.flags);

        // The stored side, counted with SQL: latest decision per ticket against the effective accept/override.
        QCOMPARE(result.labelled,
                 sql(QStringLiteral("SELECT count(*) FROM actions a WHERE a.action_type IN "
                                    "('accept', 'override') AND a.id = %1")
                         .arg(effective())));
        QCOMPARE(result.stored.correct,
                 sql(QStringLiteral("SELECT count(*) FROM actions a JOIN decisions d ON d.id = (SELECT max(z.id) FROM "
                                    "decisions z WHERE z.ticket_id = a.ticket_id) WHERE a.action_type IN ('accept', "
                                    "'override') AND a.category = d.category AND a.id = %1")
                         .arg(effective())));
        QCOMPARE(result.stored.escalated,
                 sql(QStringLiteral("SELECT count(*) FROM decisions d WHERE d.flags <> '[]' "
                                    "AND d.id = (SELECT max(z.id) FROM decisions z WHERE "
                                    "z.ticket_id = d.ticket_id)")));
        for (auto it = result.stored.flags.cbegin(); it != result.stored.flags.cend(); ++it)
            QCOMPARE(it.value(),
                     sql(QStringLiteral("SELECT count(*) FROM decisions d WHERE d.flags LIKE "
                                        "'%\"code\":\"%1\"%' AND d.id = (SELECT max(z.id) FROM decisions "
                                        "z WHERE z.ticket_id = d.ticket_id)")
                             .arg(it.key())));
        QCOMPARE(result.evaluation.examples, qsizetype(result.labelled));
        QCOMPARE(qRound(result.evaluation.accuracy * result.labelled), result.replay.correct);
    }

    void aCandidateRuleChangesExactlyItsTickets()
    {
        RuleSuggestion suggestion
            = measurePhrase(m_store->labelledTickets(), QStringLiteral("billing"), QStringLiteral("ledger"));
        QCOMPARE(suggestion.support, m_counts.ledgerOverrides);
        const nlohmann::json rule
            = suggestionRule(suggestion, {}, QStringLiteral("lena"), QDateTime::currentDateTimeUtc());
        QString error;
        const auto workspace = workspaceWithRules(Test::demoContext().workspace, {rule}, &error);
        QVERIFY2(workspace, qPrintable(error));
        const Pipeline candidate(workspace, Test::demoContext().bundledModel);
        BacktestResult result;
        QVERIFY2(runBacktest(*m_store, candidate, everything(), {}, &result, &error), qPrintable(error));
        qInfo().noquote() << "\n" << result.toText(5);
        QCOMPARE(result.workspaceVersion, workspace->version());

        // Changed: the Ledger tickets the stored decisions sent elsewhere, each now right.
        QCOMPARE(int(result.changed.size()), m_counts.ledgerOverrides);
        for (const ChangedTicket &changed : result.changed) {
            QVERIFY2(changed.externalId.startsWith(QLatin1String("L-")), qPrintable(changed.externalId));
            QVERIFY(changed.fixed());
        }
        QCOMPARE(result.replay.correct, result.stored.correct + m_counts.ledgerOverrides);
        QVERIFY(result.accuracyReplay() > result.accuracyStored());

        // Escalations by reason, counted ticket by ticket with the candidate here.
        QMap<QString, int> flags;
        int escalated = 0;
        QueueOptions options;
        options.withMessages = true;
        for (const QueueEntry &entry : m_store->queue(options)) {
            const RoutingDecision decision = candidate.run(entry.ticket);
            escalated += decision.escalate() ? 1 : 0;
            QSet<QString> codes;
            for (const EscalationFlag &flag : decision.flags)
                codes.insert(flag.code);
            for (const QString &code : std::as_const(codes))
                ++flags[code];
        }
        QCOMPARE(result.replay.escalated, escalated);
        QCOMPARE(result.replay.flags, flags);
        const nlohmann::json json = result.toJson();
        QCOMPARE(json["changed"].size(), size_t(m_counts.ledgerOverrides));
        QCOMPARE(json["replay"]["escalated"].get<int>(), escalated);
    }

    // By default a backtest replays only what a retrained candidate did not learn from: the held-out part of the
    // settled tickets (the retrain's split) and unsettled ones; escalated tickets train the detectors.
    void leavesOutWhatACandidateLearnsFrom()
    {
        BacktestResult all;
        BacktestResult honest;
        QString error;
        QVERIFY2(runBacktest(*m_store, *m_pipeline, everything(), {}, &all, &error), qPrintable(error));
        QVERIFY2(runBacktest(*m_store, *m_pipeline, {}, {}, &honest, &error), qPrintable(error));
        qInfo().noquote() << "\n" << honest.toText(0);
        QSet<qint64> trained;
        int heldOutLabelled = 0;
        for (const LabelledTicket &ticket : m_store->labelledTickets()) {
            if (isHeldOut(ticket.ticket, RetrainOptions().heldOutPercent))
                ++heldOutLabelled;
            else
                trained.insert(ticket.ticket.id);
        }
        for (const LabelledTicket &ticket : m_store->escalatedTickets())
            trained.insert(ticket.ticket.id);
        QVERIFY(!trained.isEmpty());
        QCOMPARE(honest.leftOut, int(trained.size()));
        QCOMPARE(honest.replayed + honest.leftOut, all.replayed);
        QCOMPARE(honest.labelled, heldOutLabelled);
        QVERIFY(honest.labelled < all.labelled);
        for (const ChangedTicket &changed : honest.changed)
            QVERIFY(!trained.contains(changed.ticketId));
        // A handful of held-out tickets is said to be a handful.
        QCOMPARE(honest.tooFewLabelled(), honest.labelled < BacktestResult::MinimumLabelled);
        if (honest.tooFewLabelled())
            QVERIFY(honest.toText().contains(QLatin1String("warning: only")));
        QCOMPARE(honest.toJson()["left_out_trained"].get<int>(), honest.leftOut);
    }

    void labelledOnlyAndCancel()
    {
        BacktestOptions options = everything();
        options.labelledOnly = true;
        BacktestResult result;
        QString error;
        QVERIFY(runBacktest(*m_store, *m_pipeline, options, {}, &result, &error));
        QCOMPARE(result.replayed, result.labelled);
        QVERIFY(result.labelled < m_counts.tickets); // escalated and undone tickets have no final category
        int calls = 0;
        QVERIFY(!runBacktest(
            *m_store, *m_pipeline, {}, [&](int, int) { return ++calls < 2; }, &result, &error));
        QCOMPARE(error, QStringLiteral("cancelled"));
    }

private:
    // Every routed ticket, also the ones a candidate learns from: for checking the counts against SQL.
    static BacktestOptions everything()
    {
        BacktestOptions options;
        options.includeTrained = true;
        return options;
    }
    static QString effective()
    {
        return QStringLiteral("(SELECT max(x.id) FROM actions x WHERE x.ticket_id = a.ticket_id AND x.action_type <> "
                              "'undo' AND x.id NOT IN (SELECT undoes_action_id FROM actions WHERE undoes_action_id IS "
                              "NOT NULL))");
    }
    int sql(const QString &text)
    {
        QSqlQuery query(m_store->connection());
        if (!query.exec(text) || !query.next())
            qFatal("%s: %s", qPrintable(text), qPrintable(query.lastError().text()));
        return query.value(0).toInt();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<DecisionStore> m_store;
    std::shared_ptr<Pipeline> m_pipeline;
    Test::ScenarioCounts m_counts;
};

QTEST_GUILESS_MAIN(TestBacktest)
#include "test_backtest.moc"
