// Retraining on the demo workspace after agents corrected a systematic error: the candidate fixes it on held-out
// tickets without hurting the rest, and the comparison says so.

#include "learntestsupport.h"
#include "testsupport.h"

#include "learn/learnstore.h"
#include "learn/retrainer.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace RouteDesk;

class TestRetrain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_store = DecisionStore::open(m_dir.filePath(QStringLiteral("team.sqlite")), &error);
        QVERIFY2(m_store, qPrintable(error));
        const LearningContext &context = Test::demoContext();
        m_pipeline = std::make_shared<Pipeline>(context.workspace, context.bundledModel);
        Test::ScenarioCounts counts;
        QVERIFY2(Test::fillScenario(*m_store, *m_pipeline, {}, &counts, &error), qPrintable(error));
        // The error is systematic: the demo model sends (nearly) every Ledger ticket elsewhere.
        QVERIFY2(counts.ledgerOverrides >= 70, qPrintable(QString::number(counts.ledgerOverrides)));
    }

    void heldOutSplitIsDeterministicAndByTicketIdentity()
    {
        Ticket a;
        a.source = QStringLiteral("demo");
        a.externalId = QStringLiteral("Q-0042");
        Ticket b = a;
        b.id = 999; // the store id does not matter
        b.subject = QStringLiteral("different text");
        QCOMPARE(isHeldOut(a, 25), isHeldOut(b, 25));
        int held = 0;
        for (int i = 0; i < 2000; ++i) {
            Ticket t;
            t.source = QStringLiteral("s");
            t.externalId = QString::number(i);
            held += isHeldOut(t, 25) ? 1 : 0;
            QVERIFY(!isHeldOut(t, 0));
            QVERIFY(isHeldOut(t, 100));
        }
        QVERIFY2(held > 400 && held < 600, qPrintable(QString::number(held)));
    }

    void recentOverridesWeighMore()
    {
        RetrainOptions options;
        const QDateTime newest(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
        LabelledTicket accept;
        accept.settledBy = ActionType::Accept;
        accept.settledAt = newest;
        LabelledTicket fresh;
        fresh.settledBy = ActionType::Override;
        fresh.settledAt = newest;
        LabelledTicket month = fresh;
        month.settledAt = newest.addDays(-30);
        LabelledTicket old = fresh;
        old.settledAt = newest.addDays(-365);
        QCOMPARE(trainingWeight(accept, newest, options), 1.0);
        QCOMPARE(trainingWeight(fresh, newest, options), 3.0);
        QVERIFY(qAbs(trainingWeight(month, newest, options) - 2.0) < 1e-9);
        QVERIFY(trainingWeight(old, newest, options) > 1.0);
        QVERIFY(trainingWeight(old, newest, options) < 1.01);
    }

    void candidateNeverTrainsOnHeldOutTickets()
    {
        const QList<LabelledTicket> stored = m_store->labelledTickets();
        QList<LabelledTicket> heldOut;
        TrainingSummary summary;
        const QList<LabelledText> examples
            = buildTrainingSet(Test::demoContext().history, stored, RetrainOptions(), &heldOut, &summary);
        QCOMPARE(summary.storedLabelled, int(stored.size()));
        QCOMPARE(summary.storedAccepts + summary.storedOverrides + summary.heldOut, int(stored.size()));
        QCOMPARE(examples.size(), summary.historyExamples + summary.storedAccepts + summary.storedOverrides);
        QSet<QString> trained;
        for (qsizetype i = summary.historyExamples; i < examples.size(); ++i)
            trained.insert(examples.at(i).text);
        for (const LabelledTicket &ticket : std::as_const(heldOut)) {
            QVERIFY(isHeldOut(ticket.ticket, 25));
            QVERIFY2(!trained.contains(ticket.ticket.text()), qPrintable(ticket.ticket.externalId));
        }
        QVERIFY(summary.overrideWeightMax > summary.overrideWeightMin); // older overrides weigh less
    }

    // An agent's escalation with its reason code is a label for that code's detector; it trains and is never held
    // out (its category was not settled).
    void escalationsLabelTheDetectors()
    {
        LabelledTicket escalated;
        escalated.ticket.source = QStringLiteral("file");
        escalated.ticket.externalId = QStringLiteral("E-1");
        escalated.ticket.subject = QStringLiteral("someone added an admin we do not know");
        escalated.finalCategory = QStringLiteral("account_access");
        escalated.settledBy = ActionType::Escalate;
        escalated.reasons = {QLatin1String(EscalationCode::SecurityIncident)};
        LabelledTicket accepted = escalated;
        accepted.ticket.externalId = QStringLiteral("A-1");
        accepted.ticket.subject = QStringLiteral("how do I add an admin");
        accepted.settledBy = ActionType::Accept;
        accepted.reasons.clear();
        RetrainOptions options;
        options.heldOutPercent = 100; // every settled ticket would be held out
        QList<LabelledTicket> heldOut;
        TrainingSummary summary;
        const QList<LabelledText> examples = buildTrainingSet({}, {escalated, accepted}, options, &heldOut, &summary);
        QCOMPARE(examples.size(), 1);
        QCOMPARE(examples.first().reasons, escalated.reasons);
        QCOMPARE(summary.storedEscalations, 1);
        QCOMPARE(heldOut.size(), 1);
        QCOMPARE(heldOut.first().ticket.externalId, QStringLiteral("A-1"));
    }

    void retrainFixesTheSystematicErrorWithoutHurtingTheRest()
    {
        RetrainResult result;
        QString error;
        QVERIFY2(retrain(*m_store, Test::demoContext(), RetrainOptions(), {}, &result, &error), qPrintable(error));
        const ModelComparison &comparison = result.comparison;
        qInfo().noquote() << "\n" << comparison.toText(40);
        QCOMPARE(result.active.versionId, 0); // no version stored yet: the bundled model is the active one

        // The same held-out tickets for both models, judged here independently of compareModels().
        const QList<LabelledTicket> stored = m_store->labelledTickets();
        int ledger = 0, ledgerBefore = 0, ledgerAfter = 0, rest = 0, restBefore = 0, restAfter = 0, heldOut = 0;
        for (const LabelledTicket &ticket : stored) {
            if (!isHeldOut(ticket.ticket, 25))
                continue;
            ++heldOut;
            const QString text = ticket.ticket.text();
            const bool before = result.active.classifier->rank(text).category() == ticket.finalCategory;
            const bool after = result.candidate->rank(text).category() == ticket.finalCategory;
            if (Test::isLedgerTicket(ticket.ticket)) {
                ++ledger;
                ledgerBefore += before;
                ledgerAfter += after;
            } else {
                ++rest;
                restBefore += before;
                restAfter += after;
            }
        }
        QCOMPARE(comparison.heldOut(), qsizetype(heldOut));
        QCOMPARE(qRound(comparison.before.accuracy * heldOut), ledgerBefore + restBefore);
        QCOMPARE(qRound(comparison.after.accuracy * heldOut), ledgerAfter + restAfter);
        qInfo("held-out Ledger tickets: %d, right before %d, after %d; other held-out tickets: %d, right before %d, "
              "after %d",
              ledger, ledgerBefore, ledgerAfter, rest, restBefore, restAfter);
        QVERIFY(ledger >= 10);
        QVERIFY2(ledgerBefore * 10 <= ledger * 2, "the active model should get the Ledger tickets wrong");
        QVERIFY2(ledgerAfter * 10 >= ledger * 9, "the candidate should route the Ledger tickets to billing");
        QVERIFY2(restAfter >= restBefore - 1, "the candidate must not hurt the other tickets");
        QVERIFY(comparison.after.accuracy > comparison.before.accuracy);

        // Every changed held-out Ledger ticket is a fix; billing's per-category accuracy went up.
        int ledgerFixed = 0;
        for (const ChangedTicket &changed : comparison.changed) {
            if (changed.externalId.startsWith(QLatin1String("L-"))) {
                QVERIFY2(changed.fixed(), qPrintable(changed.externalId));
                QCOMPARE(changed.after, QStringLiteral("billing"));
                ++ledgerFixed;
            }
        }
        QCOMPARE(ledgerFixed, ledgerAfter - ledgerBefore);
        QCOMPARE(comparison.fixed + comparison.broken + comparison.stillWrong, int(comparison.changed.size()));
        bool sawBilling = false;
        for (const CategoryComparison &category : comparison.categories) {
            if (category.category == QLatin1String("billing")) {
                sawBilling = true;
                QVERIFY(category.after > category.before);
            }
        }
        QVERIFY(sawBilling);
        const QString text = comparison.toText();
        QVERIFY(text.contains(QStringLiteral("held-out tickets: %1").arg(heldOut)));
        QVERIFY(text.contains(QLatin1String("billing")));

        // Kept as a candidate with its metrics; activating it makes it the store's model.
        LearnStore learn(*m_store);
        qint64 id = 0;
        QVERIFY2(learn.addModelVersion(*result.candidate, result.metrics(), QStringLiteral("lena"), {}, &id),
                 qPrintable(learn.errorString()));
        const std::optional<ModelVersion> version = learn.modelVersion(id);
        QVERIFY(version);
        QCOMPARE(version->status, ModelStatus::Candidate);
        QCOMPARE(version->metrics["comparison"]["held_out"].get<int>(), heldOut);
        QVERIFY(learn.activate(id, QStringLiteral("lena")));
        ActiveModel active;
        QVERIFY2(
            resolveActiveModel(*m_store, Test::demoContext().bundledModel, QStringLiteral("bundled"), &active, &error),
            qPrintable(error));
        QCOMPARE(active.versionId, id);
        QCOMPARE(active.classifier->version(), result.candidate->version());
    }

    void cancelledTrainingFails()
    {
        RetrainResult result;
        QString error;
        const bool ok = retrain(
            *m_store, Test::demoContext(), RetrainOptions(), [](int done, int) { return done < 1; }, &result, &error);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QLatin1String("cancel")), qPrintable(error));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DecisionStore> m_store;
    std::shared_ptr<Pipeline> m_pipeline;
};

QTEST_GUILESS_MAIN(TestRetrain)
#include "test_retrain.moc"
