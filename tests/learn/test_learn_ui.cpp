// The learning sections of the review, driven as a team lead would: Retrain (off the GUI thread, with Cancel),
// Activate, model versions with roll back, rule suggestions with reject and an edited accept, and a backtest.

#include "learntestsupport.h"
#include "testsupport.h"

#include "learn/backtestview.h"
#include "learn/learningsections.h"
#include "learn/learnstore.h"
#include "learn/modelversionspanel.h"
#include "learn/retraindialog.h"
#include "learn/ruleeditdialog.h"
#include "learn/rulesuggestionspanel.h"
#include "review/reviewview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QtTest>

using namespace RouteDesk;

namespace {

// Answers the next confirmation question (widgets/confirm.h) once it is on screen: `yes` clicks its yes button,
// otherwise Enter, which must pick its default, Cancel. *asked says whether one came.
void answerConfirmation(bool yes, bool *asked)
{
    *asked = false;
    auto *poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, yes, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("confirmDialog"))
            return;
        *asked = true;
        poll->stop();
        poll->deleteLater();
        if (yes)
            box->findChild<QPushButton *>(QStringLiteral("confirmYes"))->click();
        else
            QTest::keyClick(box, Qt::Key_Return);
    });
    poll->start();
}

} // namespace

class TestLearnUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_path = m_dir.filePath(QStringLiteral("ui.sqlite"));
        m_store = DecisionStore::open(m_path, &error);
        QVERIFY2(m_store, qPrintable(error));
        const LearningContext &context = Test::demoContext();
        const Pipeline pipeline(context.workspace, context.bundledModel);
        Test::ScenarioOptions options;
        options.ledgerTickets = 60;
        Test::ScenarioCounts counts;
        QVERIFY2(Test::fillScenario(*m_store, pipeline, options, &counts, &error), qPrintable(error));
        m_setup.modelPath = m_dir.filePath(QStringLiteral("bundled.json"));
        QVERIFY(context.bundledModel->save(m_setup.modelPath, &error));

        m_review = std::make_unique<ReviewView>();
        m_sections = new LearningSections(m_review.get());
        QVERIFY(!m_sections->retrainAction()->isEnabled()); // nothing to retrain before a session
        m_sections->setSession(m_store->location(), m_setup, QStringLiteral("lena"));
        m_review->resize(1100, 700);
        m_review->setVisible(true); // ReviewView::show(data) hides QWidget::show()
        QVERIFY(QTest::qWaitForWindowExposed(m_review.get()));
    }

    void sectionsAreInstalled()
    {
        QTabWidget *sections = m_review->sections();
        QStringList titles;
        for (int i = 0; i < sections->count(); ++i)
            titles << sections->tabText(i);
        QVERIFY2(titles.contains(QStringLiteral("Model versions")), qPrintable(titles.join(u',')));
        QVERIFY(titles.contains(QStringLiteral("Rule suggestions")));
        QVERIFY(titles.contains(QStringLiteral("Backtest")));
        QAction *retrain = m_review->findChild<QAction *>(QStringLiteral("reviewRetrain"));
        QVERIFY(retrain);
        QVERIFY(retrain->isEnabled());
        QVERIFY(m_review->toolBar()->actions().contains(retrain));
    }

    void retrainCanBeCancelled()
    {
        RetrainDialog *dialog = m_sections->retrain();
        QVERIFY(dialog);
        QVERIFY(dialog->isRunning());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("retrainCancel")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 120000);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("retrainStatus"))->text(),
                 QStringLiteral("Retraining was cancelled."));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("retrainActivate"))->isEnabled());
        QCOMPARE(dialog->candidateVersion(), 0);
        dialog->close();
        QTRY_VERIFY(!m_sections->retrainDialog());
        LearnStore learn(*m_store);
        QVERIFY(learn.modelVersions().isEmpty());
    }

    void retrainShowsTheComparisonAndActivates()
    {
        QSignalSpy changed(m_sections, &LearningSections::pipelineChanged);
        m_sections->retrainAction()->trigger();
        RetrainDialog *dialog = m_sections->retrainDialog();
        QVERIFY(dialog);
        QSignalSpy finished(dialog, &RetrainDialog::finished);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 180000);
        QCOMPARE(finished.size(), 1);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(dialog->errorText()));
        QAbstractItemModelTester categoriesTester(dialog->categoriesModel(),
                                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester changedTester(dialog->changedModel(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString summary = dialog->findChild<QLabel *>(QStringLiteral("retrainSummary"))->text();
        QVERIFY2(summary.contains(QLatin1String("held-out ticket")), qPrintable(summary));
        const ModelComparison &comparison = dialog->result().comparison;
        QVERIFY(comparison.after.accuracy > comparison.before.accuracy);
        QCOMPARE(dialog->categoriesModel()->rowCount(), int(comparison.categories.size()));
        QCOMPARE(dialog->changedModel()->rowCount(), int(comparison.changed.size()));
        QVERIFY(dialog->changedModel()->rowCount() > 0);
        QCOMPARE(dialog->candidateVersion(), 1); // kept as a candidate right away

        QPushButton *activate = dialog->findChild<QPushButton *>(QStringLiteral("retrainActivate"));
        QVERIFY(activate->isEnabled());
        QVERIFY(!activate->isDefault()); // Enter closes; activating is a deliberate click
        // Activation asks first; Enter there keeps the active model.
        bool asked = false;
        answerConfirmation(false, &asked);
        QTest::mouseClick(activate, Qt::LeftButton);
        QVERIFY(asked);
        QCOMPARE(changed.size(), 0);
        QVERIFY(!LearnStore(*m_store).activeModelVersion());
        answerConfirmation(true, &asked);
        QTest::mouseClick(activate, Qt::LeftButton);
        QVERIFY(asked);
        QCOMPARE(changed.size(), 1);
        LearnStore learn(*m_store);
        QCOMPARE(learn.activeModelVersion()->id, 1);
        QCOMPARE(learn.activeModelVersion()->activatedBy, QStringLiteral("lena"));
        QTRY_VERIFY(!m_sections->retrainDialog());

        // The versions section shows it active.
        ModelVersionsPanel *models = m_sections->models();
        QAbstractItemModelTester tester(models->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(models->model()->rowCount(), 1);
        QCOMPARE(models->model()->item(0, 1)->data(Qt::UserRole).toString(), QStringLiteral("active"));
        QVERIFY(models->findChild<QLabel *>(QStringLiteral("modelVersionsActive"))
                    ->text()
                    .contains(QLatin1String("model version 1")));
    }

    void rollBackFromTheVersionsSection()
    {
        ModelVersionsPanel *models = m_sections->models();
        QSignalSpy changed(models, &ModelVersionsPanel::activeModelChanged);
        QPushButton *rollback = models->findChild<QPushButton *>(QStringLiteral("modelVersionsRollback"));
        QVERIFY(rollback->isEnabled());
        bool asked = false;
        answerConfirmation(true, &asked);
        QTest::mouseClick(rollback, Qt::LeftButton);
        QVERIFY(asked);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toLongLong(), 0);
        LearnStore learn(*m_store);
        QVERIFY(!learn.activeModelVersion());
        QVERIFY(!rollback->isEnabled());
        QCOMPARE(models->model()->item(0, 1)->data(Qt::UserRole).toString(), QStringLiteral("retired"));
        // Activate it again by selecting the row.
        models->selectVersion(1);
        QPushButton *activate = models->findChild<QPushButton *>(QStringLiteral("modelVersionsActivate"));
        QVERIFY(activate->isEnabled());
        answerConfirmation(true, &asked);
        QTest::mouseClick(activate, Qt::LeftButton);
        QVERIFY(asked);
        QCOMPARE(learn.activeModelVersion()->id, 1);
        QVERIFY(models->errorText().isEmpty());
    }

    void ruleSuggestionsRejectAndAcceptEdited()
    {
        RuleSuggestionsPanel *rules = m_sections->rules();
        QSignalSpy refreshed(rules, &RuleSuggestionsPanel::refreshed);
        QTest::mouseClick(rules->findChild<QPushButton *>(QStringLiteral("ruleSuggestionsFind")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() == 1, 60000);
        QAbstractItemModelTester tester(rules->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester changesTester(rules->changesModel(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString ledger;
        for (const RuleSuggestion &s : rules->suggestions()) {
            if (s.category == QLatin1String("billing") && s.phrase.contains(QLatin1String("ledger")))
                ledger = s.key;
        }
        QVERIFY2(!ledger.isEmpty(), qPrintable(rules->errorText()));
        QCOMPARE(rules->model()->rowCount(), int(rules->suggestions().size()));
        rules->selectSuggestion(ledger);
        QVERIFY(rules->changesModel()->rowCount() > 0);
        const int before = rules->model()->rowCount();
        QTest::keyClicks(rules->noteEdit(), QStringLiteral("wait for the Ledger launch"));
        QTest::mouseClick(rules->findChild<QPushButton *>(QStringLiteral("ruleSuggestionsReject")), Qt::LeftButton);
        QCOMPARE(rules->model()->rowCount(), before - 1);
        LearnStore learn(*m_store);
        QCOMPARE(learn.ruleReviews().size(), 1);
        QCOMPARE(learn.ruleReviews().constFirst().suggestionKey, ledger);
        QCOMPARE(learn.ruleReviews().constFirst().note, QStringLiteral("wait for the Ledger launch"));
        QCOMPARE(learn.ruleReviews().constFirst().reviewer, QStringLiteral("lena"));

        // Mining again leaves it out.
        QTest::mouseClick(rules->findChild<QPushButton *>(QStringLiteral("ruleSuggestionsFind")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() == 2, 60000);
        for (const RuleSuggestion &s : rules->suggestions())
            QVERIFY(s.key != ledger);

        // The edit dialog measures what the lead types.
        RuleSuggestion base;
        base.key = QStringLiteral("sedited0001");
        base.phrase = QStringLiteral("ledger export");
        base.category = QStringLiteral("billing");
        const QList<LabelledTicket> labelled = m_store->labelledTickets();
        RuleEditDialog edit(base, Test::demoContext().workspace->taxonomy().ids(), labelled);
        QVERIFY(edit.findChild<QLabel *>(QStringLiteral("ruleEditFigures"))->text().contains(QLatin1String("support")));
        edit.phraseEdit()->setText(QStringLiteral("ledger"));
        edit.actionBox()->setCurrentIndex(1);
        QVERIFY(edit.boostBox()->isEnabled());
        edit.boostBox()->setValue(0.4);
        QCOMPARE(edit.edit().boost, 0.4);
        const RuleSuggestion measured = edit.measured();
        QCOMPARE(measured.key, base.key);
        QCOMPARE(measured.phrase, QStringLiteral("ledger"));
        QVERIFY(measured.support >= 40);

        QSignalSpy rulesChanged(rules, &RuleSuggestionsPanel::rulesChanged);
        QVERIFY2(rules->acceptEdited(measured, edit.edit()), qPrintable(rules->errorText()));
        QCOMPARE(rulesChanged.size(), 1);
        const QList<AcceptedRule> accepted = learn.acceptedRules();
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(accepted.constFirst().author, QStringLiteral("lena"));
        QCOMPARE(accepted.constFirst().rule["then"][0]["action"].get<std::string>(), std::string("boost"));
        QCOMPARE(accepted.constFirst().rule["then"][0]["by"].get<double>(), 0.4);
    }

    void backtestRunsOffTheGuiThread()
    {
        BacktestView *backtest = m_sections->backtest();
        backtest->reloadCandidates();
        QCOMPARE(backtest->candidateBox()->count(), 2); // the active model and version 1
        QSignalSpy finished(backtest, &BacktestView::finished);
        QTest::mouseClick(backtest->findChild<QPushButton *>(QStringLiteral("backtestRun")), Qt::LeftButton);
        QVERIFY(backtest->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 120000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(backtest->errorText()));
        QAbstractItemModelTester reasons(backtest->reasonsModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester changed(backtest->changedModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(backtest->summaryText().contains(QLatin1String("Replayed")), qPrintable(backtest->summaryText()));
        QVERIFY(backtest->summaryText().contains(QLatin1String("model version 1")));
        const BacktestResult &result = backtest->result();
        QCOMPARE(backtest->changedModel()->rowCount(), int(result.changed.size()));
        QVERIFY(result.accuracyReplay() > result.accuracyStored()); // the retrained model fixes the Ledger error
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<DecisionStore> m_store;
    LearningSetup m_setup;
    std::unique_ptr<ReviewView> m_review;
    LearningSections *m_sections = nullptr;
};

QTEST_MAIN(TestLearnUi)
#include "test_learn_ui.moc"
