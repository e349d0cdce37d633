// Drives the real main window offscreen as an agent and a team lead would: opens the demo workspace with a
// throw-away store, moves through the queue with the keyboard, accepts, overrides, escalates and undoes, checks
// what the store recorded, makes the store fail, compares the review's numbers with the store's and switches the
// interface language.

#include "testsupport.h"

#include "learn/learningsections.h"
#include "learn/learnstore.h"
#include "mainwindow.h"
#include "queue/queueview.h"
#include "review/reviewmodels.h"
#include "review/reviewview.h"
#include "settings/appsettings.h"
#include "settings/language.h"
#include "settings/settingsdialog.h"
#include "ticket/escalatedialog.h"
#include "ticket/overridedialog.h"
#include "ticket/ticketpane.h"
#include "widgets/messagebanner.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <memory>

using namespace RouteDesk;

class TestMainWindow : public QObject
{
    Q_OBJECT

public:
    TestMainWindow() { QApplication::setStyle(QStringLiteral("Fusion")); }

private:
    QTemporaryDir m_home;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    QueueView *queue() const { return m_window->queueView(); }
    DecisionStore *store() const { return m_window->store(); }
    QTableView *table() const { return queue()->table(); }
    qint64 current() const { return queue()->currentTicketId(); }
    QString stateText(qint64 ticketId) const
    {
        const QueueModel *model = queue()->model();
        return model->index(model->rowOfTicket(ticketId), QueueModel::StateColumn).data().toString();
    }

    // Makes a new ticket with a decision current, with the focus in the queue. Unless `flagged`, a ticket whose
    // accept needs no confirmation (no flag of the workspace's triage.confirm_accept), so Ctrl+Return records it.
    qint64 selectNewTicket(bool flagged = false)
    {
        // Shortcuts reach an active window only; a closed dialog may leave none active offscreen.
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            qWarning("the main window did not become active");
        queue()->clearFilters();
        for (int r = 0; r < queue()->proxy()->rowCount(); ++r) {
            const QModelIndex index = queue()->proxy()->index(r, 0);
            if (index.data(QueueModel::StateRole).toInt() == int(TicketState::New)
                && index.data(QueueModel::ConfidenceRole).toDouble() >= 0
                && (flagged ? !index.data(QueueModel::FlagCodesRole).toStringList().isEmpty()
                            : !needsConfirmation(index.data(QueueModel::FlagCodesRole).toStringList()))) {
                queue()->selectRow(r);
                table()->setFocus();
                waitForPane();
                return queue()->proxy()->ticketAt(r);
            }
        }
        return 0;
    }

    // The pane shows the selected ticket once its history has been read on a worker.
    void waitForPane() { QTRY_COMPARE(m_window->ticketPane()->ticketId(), current()); }

    bool needsConfirmation(const QStringList &codes) const
    {
        for (const QString &code : codes) {
            if (m_window->workspace()->triage().confirmAccept.contains(code))
                return true;
        }
        return false;
    }

    void setStoreFailure(bool fail)
    {
        const QString name = QStringLiteral("test-sabotage");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(store()->location().path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            const QString sql = fail ? QStringLiteral("CREATE TRIGGER test_fail BEFORE INSERT ON actions BEGIN "
                                                      "SELECT RAISE(ABORT, 'simulated disk failure'); END")
                                     : QStringLiteral("DROP TRIGGER test_fail");
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void waitForReview()
    {
        ReviewView *review = m_window->reviewView();
        QTRY_VERIFY_WITH_TIMEOUT(!review->isRefreshing(), 20000);
        QSignalSpy refreshed(review, &ReviewView::refreshed);
        review->refresh();
        QVERIFY(refreshed.wait(20000));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Settings and the demo store go into the temporary folder, never into the user's own.
        qputenv("HOME", QFile::encodeName(m_home.path()));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("RouteDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("RouteDesk"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.filePath(QStringLiteral("config")));
        QVERIFY2(AppSettings::demoStorePath().startsWith(m_home.path()), qPrintable(AppSettings::demoStorePath()));
        Language::apply(QStringLiteral("en"));

        m_window = std::make_unique<MainWindow>();
        for (QAbstractItemModel *model :
             {static_cast<QAbstractItemModel *>(queue()->model()), static_cast<QAbstractItemModel *>(queue()->proxy()),
              static_cast<QAbstractItemModel *>(m_window->reviewView()->overridesModel()),
              static_cast<QAbstractItemModel *>(m_window->reviewView()->confusionModel()),
              static_cast<QAbstractItemModel *>(m_window->reviewView()->categoriesModel()),
              static_cast<QAbstractItemModel *>(m_window->reviewView()->rateModel()),
              static_cast<QAbstractItemModel *>(m_window->reviewView()->escalationsModel())})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

        SessionConfig config;
        config.demo = true;
        config.store = AppSettings::demoStorePath();
        config.agent = QStringLiteral("tester");
        QSignalSpy opened(m_window.get(), &MainWindow::sessionOpened);
        QVERIFY(m_window->openSession(config));
        QVERIFY(m_window->isBusy()); // the import and routing run in the background
        QVERIFY(opened.wait(120000));
        QCOMPARE(opened.first().first().toString(), QString());
    }

    void opensTheDemoQueueRouted()
    {
        QFile demo(QStringLiteral(":/demo/queue.jsonl"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        int lines = 0;
        for (const QByteArray &line : demo.readAll().split('\n'))
            lines += line.trimmed().isEmpty() ? 0 : 1;
        QVERIFY(lines >= 150);
        QVERIFY2(m_window->windowTitle().endsWith(QStringLiteral(" \u2014 RouteDesk")),
                 qPrintable(m_window->windowTitle()));
        QCOMPARE(store()->ticketCount(), lines);
        QCOMPARE(queue()->model()->size(), lines);
        QCOMPARE(queue()->proxy()->rowCount(), lines);
        for (int r = 0; r < queue()->model()->size(); ++r)
            QVERIFY2(queue()->model()->row(r).routed, qPrintable(queue()->model()->row(r).subject));
        QVERIFY(current() != 0);
        QTRY_COMPARE(m_window->ticketPane()->ticketId(), current());
        const std::optional<Ticket> ticket = store()->ticket(current());
        QVERIFY(ticket);
        QCOMPARE(m_window->ticketPane()->findChild<QLabel *>(QStringLiteral("ticketSubject"))->text(), ticket->subject);
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("countsLabel"))
                    ->text()
                    .contains(QStringLiteral("%1 tickets").arg(lines)));
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("storeLabel"))->text().contains(QLatin1String("demo")));
        QVERIFY(!m_window->isBusy());
    }

    void movesThroughTheQueueWithTheKeyboard()
    {
        queue()->selectRow(0);
        table()->setFocus();
        const qint64 first = current();
        QTest::keyClick(table(), Qt::Key_J);
        QCOMPARE(table()->currentIndex().row(), 1);
        const qint64 second = current();
        QVERIFY(second != first);
        QTRY_COMPARE(m_window->ticketPane()->ticketId(), second);
        QTest::keyClick(table(), Qt::Key_Down);
        QCOMPARE(table()->currentIndex().row(), 2);
        QTest::keyClick(table(), Qt::Key_K);
        QTest::keyClick(table(), Qt::Key_Up);
        QCOMPARE(current(), first);
        // Typing a J into the filter field filters; it does not move.
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(queue()->searchField()->hasFocus());
        QTest::keyClicks(queue()->searchField(), QStringLiteral("j"));
        QCOMPARE(queue()->searchField()->text(), QStringLiteral("j"));
        queue()->clearFilters();
    }

    void acceptsWithCtrlReturn()
    {
        const qint64 ticket = selectNewTicket();
        QVERIFY(ticket);
        const std::optional<RoutingDecision> decision = store()->latestDecision(ticket);
        QVERIFY(decision);
        QSignalSpy recorded(m_window.get(), &MainWindow::actionRecorded);
        QTest::keyClick(table(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(recorded.count(), 1);
        const std::optional<AgentAction> action = store()->lastEffectiveAction(ticket);
        QVERIFY(action);
        QCOMPARE(action->type, ActionType::Accept);
        QCOMPARE(action->category, decision->category);
        QCOMPARE(action->specialist, decision->specialist);
        QCOMPARE(action->decisionId, decision->id);
        QCOMPARE(action->agent, QStringLiteral("tester"));
        QCOMPARE(action->id, recorded.first().first().toLongLong());
        QCOMPARE(stateText(ticket), QStringLiteral("Accepted"));
        QVERIFY(current() != ticket); // moved on to the next ticket
    }

    void overridesThroughTheDialog()
    {
        const qint64 ticket = selectNewTicket();
        const std::optional<RoutingDecision> decision = store()->latestDecision(ticket);
        QVERIFY(decision);
        QTest::keyClick(table(), Qt::Key_O, Qt::ControlModifier);
        OverrideDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<OverrideDialog *>(QApplication::activeModalWidget())));
        QComboBox *category = dialog->categoryBox();
        QTRY_VERIFY(category->hasFocus());
        // Walk the category list with the keyboard to a category other than the suggestion.
        QString target;
        for (int i = 0; i < category->count() && target.isEmpty(); ++i) {
            if (category->itemData(i).toString() != decision->category)
                target = category->itemData(i).toString();
        }
        QTest::keyClick(category, Qt::Key_Home);
        for (int i = 0; i < category->count() && category->currentData().toString() != target; ++i)
            QTest::keyClick(category, Qt::Key_Down);
        QCOMPARE(category->currentData().toString(), target);
        QTest::keyClick(dialog->reasonBox(), Qt::Key_Down);
        const QString reasonCode = dialog->reasonBox()->currentData().toString();
        QTest::keyClicks(dialog->reasonText(), QStringLiteral("customer says it is about %1").arg(target));
        QTest::keyClick(dialog->reasonText(), Qt::Key_Return);
        QTRY_VERIFY(!m_window->findChild<OverrideDialog *>());

        const std::optional<AgentAction> action = store()->lastEffectiveAction(ticket);
        QVERIFY(action);
        QCOMPARE(action->type, ActionType::Override);
        QCOMPARE(action->category, target);
        QCOMPARE(action->reasonCode, reasonCode);
        QCOMPARE(action->reason, QStringLiteral("customer says it is about %1").arg(target));
        QVERIFY(!action->specialist.isEmpty());
        QCOMPARE(stateText(ticket), QStringLiteral("Overridden"));
    }

    void escalatesThroughTheDialog()
    {
        const qint64 ticket = selectNewTicket(true);
        QVERIFY(ticket);
        QTest::keyClick(table(), Qt::Key_E, Qt::ControlModifier);
        EscalateDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<EscalateDialog *>(QApplication::activeModalWidget())));
        const QString reason = dialog->reasonBox()->currentData().toString();
        const RoutingDecision decision = *store()->latestDecision(ticket);
        QVERIFY(decision.hasFlag(reason)); // its own flag comes first
        // The target the pipeline chose is preselected, with the flag that chose it as the reason.
        QVERIFY(!decision.escalationTarget.isEmpty());
        QCOMPARE(dialog->targetBox()->currentData().toString(), decision.escalationTarget);
        QTest::keyClick(dialog->targetBox(), Qt::Key_End);
        const QString target = dialog->targetBox()->currentData().toString();
        QVERIFY(!target.isEmpty());
        QTest::keyClicks(dialog->reasonText(), QStringLiteral("needs a person"));
        QTest::keyClick(dialog->reasonText(), Qt::Key_Return);
        QTRY_VERIFY(!m_window->findChild<EscalateDialog *>());

        const std::optional<AgentAction> action = store()->lastEffectiveAction(ticket);
        QVERIFY(action);
        QCOMPARE(action->type, ActionType::Escalate);
        QCOMPARE(action->reasonCode, reason);
        QCOMPARE(action->escalationTarget, target);
        QCOMPARE(action->reason, QStringLiteral("needs a person"));
        QCOMPARE(stateText(ticket), QStringLiteral("Escalated"));
    }

    void undoRecordsAnUndo()
    {
        const qint64 ticket = selectNewTicket();
        QTest::keyClick(table(), Qt::Key_Return, Qt::ControlModifier);
        const std::optional<AgentAction> accepted = store()->lastEffectiveAction(ticket);
        QVERIFY(accepted);
        QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(current(), ticket); // undo brings the agent back to the ticket
        QVERIFY(!store()->lastEffectiveAction(ticket));
        const std::optional<TicketHistory> history = store()->history(ticket);
        QVERIFY(history);
        QCOMPARE(history->actions.size(), 2); // nothing erased: the accept and the undo
        QCOMPARE(history->actions.last().type, ActionType::Undo);
        QCOMPARE(history->actions.last().undoesActionId, accepted->id);
        QCOMPARE(stateText(ticket), QStringLiteral("New"));
    }

    void storeFailureShowsWhyAndKeepsInput()
    {
        const qint64 ticket = selectNewTicket();
        const int before = int(store()->actions().size());
        setStoreFailure(true);

        QTest::keyClick(table(), Qt::Key_Return, Qt::ControlModifier);
        MessageBanner *banner = m_window->ticketPane()->banner();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("simulated disk failure")), qPrintable(banner->text()));
        QCOMPARE(stateText(ticket), QStringLiteral("New"));
        QCOMPARE(current(), ticket); // not shown as done, not moved on

        QTest::keyClick(table(), Qt::Key_O, Qt::ControlModifier);
        OverrideDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<OverrideDialog *>(QApplication::activeModalWidget())));
        QTest::keyClick(dialog->reasonBox(), Qt::Key_End);
        QTest::keyClicks(dialog->reasonText(), QStringLiteral("keep what I typed"));
        const QString category = dialog->categoryBox()->currentData().toString();
        QTest::keyClick(dialog->reasonText(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        auto *dialogBanner = dialog->findChild<MessageBanner *>();
        QVERIFY(dialogBanner && dialogBanner->isVisible());
        QVERIFY(dialogBanner->text().contains(QLatin1String("simulated disk failure")));
        QCOMPARE(dialog->reasonText()->text(), QStringLiteral("keep what I typed"));
        QCOMPARE(dialog->categoryBox()->currentData().toString(), category);
        QCOMPARE(int(store()->actions().size()), before);

        setStoreFailure(false);
        QTest::keyClick(dialog->reasonText(), Qt::Key_Return);
        QTRY_VERIFY(!m_window->findChild<OverrideDialog *>());
        const std::optional<AgentAction> action = store()->lastEffectiveAction(ticket);
        QVERIFY(action);
        QCOMPARE(action->type, ActionType::Override);
        QCOMPARE(action->reason, QStringLiteral("keep what I typed"));
        QCOMPARE(action->category, category);
        QCOMPARE(int(store()->actions().size()), before + 1);
    }

    void helpdeskTicketActionsGoToTheOutbox()
    {
        // A ticket synced from Request Tracker, routed: accepting it queues a write-back in the same transaction.
        Ticket ticket;
        ticket.source = QStringLiteral("rt:http://127.0.0.1:8091");
        ticket.externalId = QStringLiteral("4711");
        ticket.subject = QStringLiteral("Invoice for October is missing");
        ticket.body = QStringLiteral("Please resend the October invoice.");
        ticket.requesterEmail = QStringLiteral("ops@example.org");
        ticket.createdAt = QDateTime::currentDateTimeUtc();
        QVERIFY(store()->upsertTicket(&ticket));
        RoutingDecision decision;
        decision.ticketId = ticket.id;
        decision.category = QStringLiteral("billing");
        decision.confidence = 0.93;
        decision.specialist = QStringLiteral("billing");
        QVERIFY(store()->recordDecision(&decision));
        const int pending = store()->outboxCounts().pending;

        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        table()->setFocus();
        QSignalSpy finished(m_window.get(), &MainWindow::jobFinished);
        QTest::keyClick(table(), Qt::Key_F5); // reload the queue from the store
        QVERIFY(finished.wait(20000));
        QVERIFY(queue()->selectTicket(ticket.id));
        table()->setFocus();
        waitForPane();
        QTest::keyClick(table(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(store()->lastEffectiveAction(ticket.id)->type, ActionType::Accept);
        QCOMPARE(store()->outboxCounts().pending, pending + 1);
        const QList<OutboxItem> items = store()->outbox(OutboxItem::State::Pending);
        QCOMPARE(items.last().externalId, QStringLiteral("4711"));
        QVERIFY(items.last().payload.contains("billing"));
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("outboxLabel"))
                    ->text()
                    .contains(QStringLiteral("%1 write-back").arg(pending + 1)));
    }

    void syncsFromTheHelpdeskSource()
    {
        // A file source: the sync pulls its tickets in the background, routes them, and the queue shows them.
        QFile tickets(m_home.filePath(QStringLiteral("incoming.jsonl")));
        QVERIFY(tickets.open(QIODevice::WriteOnly));
        tickets.write("{\"id\": \"N-1\", \"subject\": \"Cannot log in after password reset\", \"body\": \"The reset "
                      "link says expired.\"}\n{\"id\": \"N-2\", \"subject\": \"Refund for duplicate charge\", "
                      "\"body\": \"I was charged twice this month.\"}\n");
        tickets.close();
        QFile document(m_home.filePath(QStringLiteral("source.json")));
        QVERIFY(document.open(QIODevice::WriteOnly));
        document.write("{\"type\": \"file\", \"path\": \"incoming.jsonl\"}");
        document.close();
        AppSettings settings = AppSettings::load();
        settings.agent = QStringLiteral("tester");
        settings.sourcePath = document.fileName();
        m_window->applySettings(settings);

        const int before = queue()->model()->size();
        QSignalSpy synced(m_window.get(), &MainWindow::syncFinished);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(table(), Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(synced.wait(30000));
        QCOMPARE(synced.first().first().toString(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(queue()->model()->size(), before + 2, 20000);
        const std::optional<Ticket> pulled = store()->ticketByExternalId(
            QStringLiteral("file:") + QFileInfo(tickets.fileName()).absoluteFilePath(), QStringLiteral("N-1"));
        QVERIFY(pulled);
        QVERIFY(store()->latestDecision(pulled->id)); // routed by the sync
        QVERIFY(queue()->model()->row(queue()->model()->rowOfTicket(pulled->id)).routed);
    }

    void reviewNumbersEqualTheStore()
    {
        // A second agent's override, recorded straight in the store, for the agent filter.
        const qint64 other = selectNewTicket();
        const std::optional<RoutingDecision> decision = store()->latestDecision(other);
        AgentAction action;
        action.ticketId = other;
        action.decisionId = decision->id;
        action.type = ActionType::Override;
        action.category = decision->alternatives.size() > 1 ? decision->alternatives[1].category : QString();
        action.reasonCode = QStringLiteral("wrong_category");
        action.agent = QStringLiteral("someone-else");
        QVERIFY(store()->recordAction(&action));

        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        ReviewView *review = m_window->reviewView();
        QCOMPARE(m_window->tabs()->currentWidget(), review);
        waitForReview();

        QCOMPARE(review->overridesModel()->rowCount(), int(store()->overrides().size()));
        QVERIFY(review->overridesModel()->rowCount() >= 3);
        int confusionTotal = 0;
        for (const ConfusionCount &c : store()->confusion()) {
            QCOMPARE(review->confusionModel()->count(c.predicted, c.final), c.count);
            confusionTotal += c.count;
        }
        int shown = 0;
        for (int r = 0; r < review->confusionModel()->rowCount(); ++r) {
            for (int c = 0; c < review->confusionModel()->columnCount(); ++c)
                shown += review->confusionModel()->index(r, c).data(ConfusionModel::CountRole).toInt();
        }
        QCOMPARE(shown, confusionTotal);

        const QList<LabelledTicket> labelled = store()->labelledTickets();
        for (const CategoryStats &stats : review->data().categories) {
            int settled = 0, correct = 0, overrides = 0;
            for (const LabelledTicket &t : labelled) {
                if (t.predictedCategory != stats.category)
                    continue;
                ++settled;
                correct += t.finalCategory == t.predictedCategory ? 1 : 0;
                overrides += t.settledBy == ActionType::Override ? 1 : 0;
            }
            QCOMPARE(stats.settled, settled);
            QCOMPARE(stats.correct, correct);
            QCOMPARE(stats.overrides, overrides);
        }
        QCOMPARE(review->data().settled, int(labelled.size()));

        const QList<AgentAction> actions = store()->actions();
        QSet<qint64> undone;
        for (const AgentAction &a : actions) {
            if (a.type == ActionType::Undo)
                undone.insert(a.undoesActionId);
        }
        int escalations = 0;
        for (const AgentAction &a : actions)
            escalations += a.type == ActionType::Escalate && !undone.contains(a.id) ? 1 : 0;
        int shownEscalations = 0;
        for (int r = 0; r < review->escalationsModel()->rowCount(); ++r)
            shownEscalations += review->escalationsModel()->index(r, 1).data(ReportTableModel::ValueRole).toInt();
        QCOMPARE(shownEscalations, escalations);
        QCOMPARE(escalations, 1);

        review->setAgent(QStringLiteral("someone-else"));
        waitForReview();
        PeriodFilter filter;
        filter.agent = QStringLiteral("someone-else");
        QCOMPARE(review->overridesModel()->rowCount(), int(store()->overrides(filter).size()));
        QCOMPARE(review->overridesModel()->rowCount(), 1);
        QCOMPARE(review->overridesModel()->index(0, 1).data().toString(), QStringLiteral("someone-else"));
        review->setAgent(QString());
        waitForReview();
    }

    void confusionCellOpensItsTickets()
    {
        ReviewView *review = m_window->reviewView();
        review->sections()->setCurrentIndex(1);
        ConfusionModel *model = review->confusionModel();
        QModelIndex cell;
        for (int r = 0; r < model->rowCount() && !cell.isValid(); ++r) {
            for (int c = 0; c < model->columnCount() && !cell.isValid(); ++c) {
                if (r != c && model->index(r, c).data(ConfusionModel::CountRole).toInt() > 0)
                    cell = model->index(r, c);
            }
        }
        QVERIFY(cell.isValid());
        const QList<qint64> expected = store()->confusionTickets(cell.data(ConfusionModel::PredictedRole).toString(),
                                                                 cell.data(ConfusionModel::FinalRole).toString());
        QCOMPARE(int(expected.size()), cell.data(ConfusionModel::CountRole).toInt());
        review->confusionView()->setFocus();
        review->confusionView()->setCurrentIndex(cell);
        QTest::keyClick(review->confusionView(), Qt::Key_Return);
        QCOMPARE(m_window->tabs()->currentIndex(), 0);
        QCOMPARE(queue()->proxy()->rowCount(), int(expected.size()));
        for (qint64 id : expected)
            QVERIFY(queue()->proxy()->rowOfTicket(id) >= 0);
        QTest::mouseClick(queue()->findChild<QToolButton *>(QStringLiteral("clearOnlyFilter")), Qt::LeftButton);
        QCOMPARE(queue()->proxy()->rowCount(), queue()->model()->size());
    }

    void exportsTheShownSectionAsCsv()
    {
        ReviewView *review = m_window->reviewView();
        review->sections()->setCurrentIndex(0);
        const QString path = m_home.filePath(QStringLiteral("overrides.csv"));
        QString error;
        QVERIFY2(review->exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("When,Agent,Ticket,Suggested,Final,Confidence,Reason,Undone"));
        QCOMPARE(int(lines.size()) - 2, review->overridesModel()->rowCount()); // header + rows + trailing newline
        QVERIFY(file.seek(0));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY(csv.contains(QLatin1String("someone-else")));
        // What the screen shows: the category's name and the confidence as a percentage.
        QVERIFY(review->overridesModel()->rowCount() > 0);
        for (int column : {3, 5}) {
            const QString shown = review->overridesModel()->index(0, column).data().toString();
            QVERIFY2(csv.contains(shown), qPrintable(shown));
        }

        review->sections()->setCurrentIndex(1);
        const QString matrix = m_home.filePath(QStringLiteral("confusion.csv"));
        QVERIFY2(review->exportCsv(matrix, &error), qPrintable(error));
        QFile matrixFile(matrix);
        QVERIFY(matrixFile.open(QIODevice::ReadOnly));
        QCOMPARE(int(matrixFile.readAll().count('\n')), review->confusionModel()->rowCount() + 1);
    }

    void switchingLanguageRetranslates()
    {
        AppSettings settings = AppSettings::load();
        settings.agent = QStringLiteral("tester");
        settings.language = QStringLiteral("de");
        m_window->applySettings(settings);
        QCOMPARE(Language::current(), QStringLiteral("de"));
        // Qt posts QEvent::LanguageChange to every window: the strings change once events are processed.
        QTRY_COMPARE(m_window->acceptAction()->text(), QStringLiteral("&Annehmen"));
        QCOMPARE(m_window->tabs()->tabText(0), QStringLiteral("&Warteschlange"));
        QCOMPARE(table()->model()->headerData(QueueModel::PriorityColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Priorität"));
        QVERIFY(
            m_window->findChild<QLabel *>(QStringLiteral("countsLabel"))->text().contains(QLatin1String("Tickets")));
        QCOMPARE(AppSettings::load().language, QStringLiteral("de"));
        QCOMPARE(m_window->agent(), QStringLiteral("tester"));

        settings.language = QStringLiteral("fr");
        m_window->applySettings(settings);
        QTRY_COMPARE(m_window->acceptAction()->text(), QStringLiteral("&Accepter"));

        settings.language = QStringLiteral("en");
        m_window->applySettings(settings);
        QTRY_COMPARE(m_window->acceptAction()->text(), QStringLiteral("&Accept"));
        QCOMPARE(table()->model()->headerData(QueueModel::PriorityColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Priority"));
    }

    // A lead's accepted rule (through the review's learning sections, here straight into the store) changes how the
    // window routes tickets from then on; decisions already stored stay as they were.
    void learningAppliesToNewTickets()
    {
        QTabWidget *sections = m_window->reviewView()->sections();
        QStringList titles;
        for (int i = 0; i < sections->count(); ++i)
            titles << sections->tabText(i);
        QVERIFY2(titles.contains(QStringLiteral("Model versions")), qPrintable(titles.join(u',')));
        QVERIFY(titles.contains(QStringLiteral("Rule suggestions")));
        QVERIFY(titles.contains(QStringLiteral("Backtest")));
        QVERIFY(m_window->learning()->retrainAction()->isEnabled());

        const QString phrase = QStringLiteral("quokka ledger");
        const nlohmann::json rule = {{"id", "learned-test-quokka"},
                                     {"description", "test rule"},
                                     {"when", {{"field", "text"}, {"phrases", {phrase.toStdString()}}}},
                                     {"then", {{{"action", "set_category"}, {"category", "general"}}}}};
        LearnStore learn(*store());
        QVERIFY2(learn.acceptRule(QStringLiteral("test-quokka"), QStringLiteral("general"), phrase, 5, 1.0, rule,
                                  QStringLiteral("lena"), QString()),
                 qPrintable(learn.errorString()));
        emit m_window->learning()->pipelineChanged();

        Ticket ticket;
        ticket.source = QStringLiteral("demo");
        ticket.externalId = QStringLiteral("T-QUOKKA");
        ticket.subject = QStringLiteral("Invoice for the quokka ledger add-on");
        ticket.body = QStringLiteral("Please send the invoice for the quokka ledger add-on we bought last week.");
        ticket.requesterName = QStringLiteral("Sam Tester");
        ticket.requesterEmail = QStringLiteral("sam@example.org");
        ticket.createdAt = QDateTime::currentDateTimeUtc();
        QVERIFY2(store()->upsertTicket(&ticket), qPrintable(store()->errorString()));

        QSignalSpy finished(m_window.get(), &MainWindow::jobFinished);
        m_window->findChild<QAction *>(QStringLiteral("routeNewAction"))->trigger();
        QVERIFY(finished.wait(60000));
        const std::optional<RoutingDecision> decision = store()->latestDecision(ticket.id);
        QVERIFY(decision);
        QCOMPARE(decision->category, QStringLiteral("general"));
        QVERIFY2(decision->rulesFired.contains(QStringLiteral("learned-test-quokka")),
                 qPrintable(decision->rulesFired.join(u',')));
    }

    // The app has its store open (and its background jobs opened their own store objects on it) while the
    // command-line tool reads it and closes, several times: the tool must never take itself for the last user and
    // delete the -wal and -shm under the app (they showed as "(deleted)" in /proc/<app>/fd).
    void cliWorksBesideTheOpenApp()
    {
        const QString path = store()->location().path;
        const QString cli = qEnvironmentVariable("ROUTEDESK_BINARY_DIR") + QStringLiteral("/bin/routedesk-cli");
        QVERIFY2(QFileInfo(cli).isExecutable(), qPrintable(cli));
        for (int round = 0; round < 3; ++round) {
            QProcess report;
            report.start(cli,
                         {QStringLiteral("report"), QStringLiteral("--store"), path, QStringLiteral("--format"),
                          QStringLiteral("json"), QStringLiteral("--output"),
                          m_home.filePath(QStringLiteral("report.json"))});
            QVERIFY(report.waitForFinished(120000));
            QVERIFY2(report.exitCode() == 0, report.readAllStandardError().constData());
            QVERIFY2(QFileInfo::exists(path + QStringLiteral("-wal")), "the -wal was deleted under the app");
            const QDir fds(QStringLiteral("/proc/self/fd"));
            for (const QFileInfo &fd : fds.entryInfoList(QDir::System | QDir::Files | QDir::NoDotAndDotDot)) {
                const QString target = fd.symLinkTarget();
                QVERIFY2(!(target.contains(QFileInfo(path).fileName()) && target.endsWith(QLatin1String("(deleted)"))),
                         qPrintable(target));
            }
            const QueueRow &row = queue()->model()->row(round);
            AgentAction action;
            action.ticketId = row.ticketId;
            action.type = ActionType::Accept;
            action.category = row.category;
            action.agent = QStringLiteral("beside-the-cli");
            QVERIFY2(store()->recordAction(&action), qPrintable(store()->errorString()));
        }
    }

    // A PostgreSQL password is never shown (the error banner, the Settings field) and never saved in the settings
    // file; it comes from ~/.pgpass or PGPASSFILE.
    void storePasswordNeverShownOrSaved()
    {
        const QString withPassword = QStringLiteral("postgresql://ana:s3cret-pw@127.0.0.1:1/teamstore");
        SessionConfig config;
        config.demo = true;
        config.store = withPassword; // nothing listens on port 1
        config.agent = QStringLiteral("tester");
        auto *review = m_window->findChild<ReviewView *>();
        QVERIFY(review);
        auto *summary = review->findChild<QLabel *>(QStringLiteral("reviewSummary"));
        QVERIFY(summary);
        QVERIFY(!m_window->openSession(config));
        // The review shows nothing of the store before, says why, and so does Refresh.
        QVERIFY2(summary->text().contains(QLatin1String("No store is open")), qPrintable(summary->text()));
        QVERIFY2(!summary->text().contains(QLatin1String("s3cret")), qPrintable(summary->text()));
        for (QTableView *view : review->findChildren<QTableView *>()) {
            // Every table is empty (the confusion matrix keeps its category rows, with no counts).
            if (view->model() && !qobject_cast<const ConfusionModel *>(view->model()))
                QCOMPARE(view->model()->rowCount(), 0);
        }
        review->findChild<QAction *>(QStringLiteral("reviewRefresh"))->trigger();
        QVERIFY2(summary->text().contains(QLatin1String("No store is open")), qPrintable(summary->text()));
        MessageBanner *banner = m_window->ticketPane()->banner();
        QVERIFY2(banner->text().contains(QLatin1String("postgresql://ana@127.0.0.1:1/teamstore")),
                 qPrintable(banner->text()));
        QVERIFY2(!banner->text().contains(QLatin1String("s3cret")), qPrintable(banner->text()));

        AppSettings settings = AppSettings::load();
        settings.useDemo = false;
        settings.workspacePath = Test::sourceDir() + QStringLiteral("/resources/demo/workspace.json");
        settings.store = withPassword;
        {
            SettingsDialog dialog(settings);
            auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("storeLocation"));
            QVERIFY(field);
            QCOMPARE(field->text(), QStringLiteral("postgresql://ana@127.0.0.1:1/teamstore"));
            QCOMPARE(dialog.settings().store, withPassword); // unchanged: the session keeps what it was given
            auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(ok->isEnabled());
            field->setText(QStringLiteral("postgresql://ben:other-pw@db.example/teamstore"));
            QVERIFY(!ok->isEnabled()); // a typed password is refused with a hint to ~/.pgpass
        }
        settings.save();
        QSettings raw;
        QCOMPARE(raw.value(QStringLiteral("store/location")).toString(),
                 QStringLiteral("postgresql://ana@127.0.0.1:1/teamstore"));
        QFile file(raw.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cret"));
        raw.remove(QStringLiteral("store/location"));
        raw.setValue(QStringLiteral("workspace/demo"), true);
        raw.sync();

        config.store = AppSettings::demoStorePath();
        QSignalSpy opened(m_window.get(), &MainWindow::sessionOpened);
        QVERIFY(m_window->openSession(config));
        QVERIFY(opened.wait(120000));
    }

    void cleanupTestCase()
    {
        m_testers.clear();
        m_window.reset();
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
