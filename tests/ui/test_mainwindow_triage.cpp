// The agent's desk as issue 13 found it on a small screen and with the keyboard: the window fits 1280x720, the
// ticket pane shows every flag and opens the conversation at the newest message, a risky ticket is not accepted
// with one key, ticket shortcuts act only on the Queue tab, Enter and Escape leave the filter, the title names
// what is open and Help lists the shortcuts and the flag icons. Drives the real window offscreen on the demo.

#include "help/helpdialog.h"
#include "mainwindow.h"
#include "queue/queueview.h"
#include "settings/appsettings.h"
#include "settings/language.h"
#include "ticket/escalatedialog.h"
#include "ticket/overridedialog.h"
#include "ticket/ticketpane.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QtTest>

#include <memory>

using namespace RouteDesk;

namespace {
const QStringList riskyCodes
    = {QStringLiteral("security_incident"),  QStringLiteral("legal_threat"),  QStringLiteral("abuse"),
       QStringLiteral("emotional_distress"), QStringLiteral("refund_review"), QStringLiteral("policy_exception")};
}

class TestMainWindowTriage : public QObject
{
    Q_OBJECT

public:
    TestMainWindowTriage() { QApplication::setStyle(QStringLiteral("Fusion")); }

private:
    QTemporaryDir m_home;
    std::unique_ptr<MainWindow> m_window;

    QueueView *queue() const { return m_window->queueView(); }
    DecisionStore *store() const { return m_window->store(); }
    QTableView *table() const { return queue()->table(); }
    qint64 current() const { return queue()->currentTicketId(); }

    // The pane shows the selected ticket once its history has been read on a worker.
    void waitForPane() { QTRY_COMPARE(m_window->ticketPane()->ticketId(), current()); }

    void activate()
    {
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            qWarning("the main window did not become active");
    }

    // Makes a new routed ticket current with the focus in the queue; `risky`: with one of the risky flags, else
    // with none of them.
    qint64 selectNewTicket(bool risky)
    {
        activate();
        queue()->clearFilters();
        for (int r = 0; r < queue()->proxy()->rowCount(); ++r) {
            const QModelIndex index = queue()->proxy()->index(r, 0);
            if (index.data(QueueModel::StateRole).toInt() != int(TicketState::New)
                || index.data(QueueModel::ConfidenceRole).toDouble() < 0)
                continue;
            const QStringList codes = index.data(QueueModel::FlagCodesRole).toStringList();
            bool hasRisky = false;
            for (const QString &code : codes)
                hasRisky = hasRisky || riskyCodes.contains(code);
            if (hasRisky != risky)
                continue;
            queue()->selectRow(r);
            table()->setFocus();
            waitForPane();
            return queue()->proxy()->ticketAt(r);
        }
        return 0;
    }

    // Selects the ticket with `predicate` true; 0 when none.
    template<typename Predicate>
    qint64 selectTicketWhere(Predicate predicate)
    {
        activate();
        queue()->clearFilters();
        for (int r = 0; r < queue()->proxy()->rowCount(); ++r) {
            const qint64 id = queue()->proxy()->ticketAt(r);
            if (predicate(id)) {
                queue()->selectRow(r);
                table()->setFocus();
                waitForPane();
                return id;
            }
        }
        return 0;
    }

    QMessageBox *confirmBox() const
    {
        return m_window->findChild<QMessageBox *>(QStringLiteral("confirmAcceptDialog"));
    }

    int actionCount(qint64 ticket) const
    {
        const std::optional<TicketHistory> history = store()->history(ticket);
        return history ? int(history->actions.size()) : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("RouteDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("RouteDesk"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.filePath(QStringLiteral("config")));
        QVERIFY2(AppSettings::demoStorePath().startsWith(m_home.path()), qPrintable(AppSettings::demoStorePath()));
        Language::apply(QStringLiteral("en"));

        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        SessionConfig config;
        config.demo = true;
        config.store = AppSettings::demoStorePath();
        config.agent = QStringLiteral("tester");
        QSignalSpy opened(m_window.get(), &MainWindow::sessionOpened);
        QVERIFY(m_window->openSession(config));
        QVERIFY(opened.wait(120000));
        QCOMPARE(opened.first().first().toString(), QString());
        QVERIFY(current() != 0);
    }

    // 1280x720 is a common laptop screen: the window's minimum, with a ticket shown, must fit it (it was 769 high).
    void windowFitsA1280x720Screen()
    {
        QTRY_VERIFY(m_window->ticketPane()->ticketId() != 0);
        const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
        QVERIFY2(minimum.height() <= 720, qPrintable(QStringLiteral("minimum height %1").arg(minimum.height())));
        QVERIFY2(minimum.width() <= 1280, qPrintable(QStringLiteral("minimum width %1").arg(minimum.width())));
        m_window->resize(1280, 690);
        QTRY_COMPARE(m_window->size(), QSize(1280, 690));
    }

    void titleNamesTheWorkspaceAndTheStore()
    {
        const QString title = m_window->windowTitle();
        QVERIFY2(title.contains(m_window->workspace()->displayName()), qPrintable(title));
        QVERIFY2(title.contains(QLatin1String("demo.sqlite")), qPrintable(title));
        QVERIFY2(title.contains(QLatin1String("RouteDesk")), qPrintable(title));
    }

    // The thread opens at its newest message (in one demo ticket, the message with the legal threat).
    void conversationOpensAtTheNewestMessage()
    {
        // The longest thread of several messages: it cannot fit, so the top would hide its end.
        qint64 longest = 0;
        qsizetype longestText = 0;
        for (int r = 0; r < queue()->model()->size(); ++r) {
            const qint64 id = queue()->model()->row(r).ticketId;
            const std::optional<Ticket> ticket = store()->ticket(id);
            if (!ticket || ticket->messages.size() < 2)
                continue;
            qsizetype text = 0;
            for (const Message &m : ticket->messages)
                text += m.body.size();
            if (text > longestText) {
                longestText = text;
                longest = id;
            }
        }
        QVERIFY(longest);
        QVERIFY(selectTicketWhere([longest](qint64 id) { return id == longest; }));
        QCOMPARE(m_window->ticketPane()->ticketId(), longest);
        auto *conversation = m_window->ticketPane()->findChild<QPlainTextEdit *>(QStringLiteral("conversation"));
        QVERIFY(conversation);
        QApplication::processEvents();
        const std::optional<Ticket> ticket = store()->ticket(longest);
        const QString lastLine = ticket->messages.last().body.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
        QVERIFY(!lastLine.isEmpty());
        const QTextCursor found = conversation->document()->find(lastLine.left(40));
        QVERIFY2(!found.isNull(), qPrintable(lastLine));
        // The thread is taller than the box (else the test would prove nothing) and its newest message is in view.
        QVERIFY(conversation->verticalScrollBar()->maximum() > 0);
        const QRect where = conversation->cursorRect(found);
        QVERIFY2(conversation->viewport()->rect().intersects(where),
                 qPrintable(QStringLiteral("newest message at y=%1, view 0..%2")
                                .arg(where.top())
                                .arg(conversation->viewport()->height())));
        // Each message is shown under its author and time.
        const QString author = ticket->messages.last().authorName.isEmpty() ? ticket->messages.last().authorEmail
                                                                            : ticket->messages.last().authorName;
        if (!author.isEmpty())
            QVERIFY(conversation->toPlainText().contains(author));
    }

    // Every flag is shown whole, and the category is not clipped.
    void ticketPaneShowsEveryFlagWhole()
    {
        const qint64 ticket = selectTicketWhere([this](qint64 id) {
            const QueueModel *model = queue()->model();
            return model->index(model->rowOfTicket(id), QueueModel::FlagsColumn)
                       .data(QueueModel::FlagCodesRole)
                       .toStringList()
                       .size()
                >= 3;
        });
        QVERIFY(ticket);
        QApplication::processEvents();
        const std::optional<RoutingDecision> decision = store()->latestDecision(ticket);
        QWidget *flagBox = m_window->ticketPane()->findChild<QWidget *>(QStringLiteral("flagList"));
        QVERIFY(flagBox);
        QList<QLabel *> lines = flagBox->findChildren<QLabel *>(QStringLiteral("line"));
        QCOMPARE(lines.size(), decision->flags.size());
        for (QLabel *line : lines) {
            QVERIFY(line->isVisible());
            // As tall as its wrapped text once laid out: nothing cut off below.
            QTRY_VERIFY2(line->height() >= line->heightForWidth(line->width()),
                         qPrintable(QStringLiteral("%1: %2 px of %3")
                                        .arg(line->text())
                                        .arg(line->height())
                                        .arg(line->heightForWidth(line->width()))));
            QVERIFY(!line->text().isEmpty());
        }
        // One flag's name is not said twice ("Legal threat: Legal threat: ...").
        for (const EscalationFlag &flag : decision->flags) {
            const QString name = QueueModel::flagText(flag.code);
            const QString doubled = name + QStringLiteral(": ") + name;
            for (QLabel *line : lines)
                QVERIFY2(!line->text().contains(doubled, Qt::CaseInsensitive), qPrintable(line->text()));
            const QString tip = queue()
                                    ->model()
                                    ->index(queue()->model()->rowOfTicket(ticket), QueueModel::FlagsColumn)
                                    .data(Qt::ToolTipRole)
                                    .toString();
            QVERIFY2(!tip.contains(doubled, Qt::CaseInsensitive), qPrintable(tip));
        }
        auto *category = m_window->ticketPane()->findChild<QLabel *>(QStringLiteral("suggestedCategory"));
        QVERIFY(category);
        QVERIFY2(category->width() >= category->fontMetrics().horizontalAdvance(category->text()),
                 qPrintable(QStringLiteral("%1 drawn in %2 px").arg(category->text()).arg(category->width())));
    }

    // A risky ticket needs a second, deliberate step; Enter in the question escalates instead.
    void acceptingARiskyTicketAsksFirst()
    {
        QVERIFY(m_window->workspace()->triage().confirmAccept.contains(QStringLiteral("legal_threat")));
        const qint64 ticket = selectNewTicket(true);
        QVERIFY(ticket);
        const int before = actionCount(ticket);
        QTest::keyClick(table(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(confirmBox() && confirmBox()->isVisible());
        QCOMPARE(actionCount(ticket), before); // nothing recorded yet
        QMessageBox *box = confirmBox();
        QVERIFY(box->defaultButton());
        QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("confirmEscalateButton"));
        // Enter takes the default: the escalate dialog, not an accept.
        QTest::keyClick(box, Qt::Key_Return);
        EscalateDialog *escalate = nullptr;
        QTRY_VERIFY((escalate = m_window->findChild<EscalateDialog *>()) && escalate->isVisible());
        QCOMPARE(actionCount(ticket), before);
        escalate->reject();
        QTRY_VERIFY(!m_window->findChild<EscalateDialog *>());
        QCOMPARE(actionCount(ticket), before);

        // Accept anyway records the accept.
        selectTicketWhere([ticket](qint64 id) { return id == ticket; });
        QTest::keyClick(table(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(confirmBox() && confirmBox()->isVisible());
        auto *anyway = confirmBox()->findChild<QPushButton *>(QStringLiteral("confirmAcceptButton"));
        QVERIFY(anyway);
        QTest::mouseClick(anyway, Qt::LeftButton);
        QTRY_COMPARE(actionCount(ticket), before + 1);
        QCOMPARE(store()->lastEffectiveAction(ticket)->type, ActionType::Accept);
    }

    void acceptingAnOrdinaryTicketAsksNothing()
    {
        const qint64 ticket = selectNewTicket(false);
        QVERIFY(ticket);
        QSignalSpy recorded(m_window.get(), &MainWindow::actionRecorded);
        QTest::keyClick(table(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(recorded.count(), 1);
        QVERIFY(!confirmBox());
        QCOMPARE(store()->lastEffectiveAction(ticket)->type, ActionType::Accept);
    }

    // On the Review tab the ticket is hidden: Ctrl+Return, Ctrl+O, Ctrl+E, J and K do nothing to it.
    void ticketShortcutsActOnlyOnTheQueueTab()
    {
        const qint64 ticket = selectNewTicket(false);
        QVERIFY(ticket);
        const int before = actionCount(ticket);
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_window->tabs()->currentIndex(), 1);
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(focus, Qt::Key_Return, Qt::ControlModifier);
        QTest::keyClick(focus, Qt::Key_O, Qt::ControlModifier);
        QTest::keyClick(focus, Qt::Key_E, Qt::ControlModifier);
        QTest::keyClick(focus, Qt::Key_J);
        QTest::keyClick(focus, Qt::Key_K);
        QApplication::processEvents();
        QCOMPARE(actionCount(ticket), before);
        QVERIFY(!m_window->findChild<OverrideDialog *>());
        QVERIFY(!m_window->findChild<EscalateDialog *>());
        QVERIFY(!confirmBox());
        QCOMPARE(m_window->tabs()->currentIndex(), 1); // J did not pull the agent back to the queue
        QCOMPARE(current(), ticket);
        QVERIFY(!m_window->acceptAction()->isEnabled());

        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_window->tabs()->currentIndex(), 0);
        QVERIFY(m_window->acceptAction()->isEnabled());
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(actionCount(ticket), before + 1);
    }

    // After Ctrl+F, Enter and Escape give the keyboard back to the list, so J and K move again.
    void enterAndEscapeLeaveTheFilter()
    {
        selectNewTicket(false);
        QLineEdit *search = queue()->searchField();
        for (Qt::Key leave : {Qt::Key_Return, Qt::Key_Escape}) {
            QTest::keyClick(table(), Qt::Key_F, Qt::ControlModifier);
            QTRY_VERIFY(search->hasFocus());
            QTest::keyClicks(search, QStringLiteral("a"));
            QCOMPARE(search->text(), QStringLiteral("a"));
            QTest::keyClick(search, leave);
            QTRY_VERIFY2(table()->hasFocus(), leave == Qt::Key_Return ? "Enter" : "Escape");
            QCOMPARE(search->text(), QStringLiteral("a")); // the filter stays
            const int row = table()->currentIndex().row();
            QVERIFY(queue()->proxy()->rowCount() > row + 1);
            QTest::keyClick(table(), Qt::Key_J);
            QCOMPARE(table()->currentIndex().row(), row + 1);
            search->clear();
        }
        queue()->clearFilters();
    }

    // Help has the keyboard shortcuts (read from the actions) and a legend of every flag's icon.
    void helpListsShortcutsAndFlagIcons()
    {
        auto *shortcuts = m_window->findChild<QAction *>(QStringLiteral("shortcutsHelpAction"));
        auto *legend = m_window->findChild<QAction *>(QStringLiteral("flagLegendAction"));
        QVERIFY(shortcuts && legend);
        shortcuts->trigger();
        HelpDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<HelpDialog *>()) && dialog->isVisible());
        QTableWidget *keys = dialog->shortcutsTable();
        QStringList rows;
        for (int r = 0; r < keys->rowCount(); ++r)
            rows << keys->item(r, 0)->text() + QStringLiteral(" = ") + keys->item(r, 1)->text();
        const QString all = rows.join(QLatin1Char('\n'));
        for (const QAction *action :
             {m_window->acceptAction(), m_window->overrideAction(), m_window->escalateAction()}) {
            const QString keysText = action->shortcut().toString(QKeySequence::NativeText);
            const QString what = action->text().remove(QLatin1Char('&'));
            bool listed = false;
            for (int r = 0; r < keys->rowCount(); ++r)
                listed = listed || (keys->item(r, 0)->text().contains(keysText) && keys->item(r, 1)->text() == what);
            QVERIFY2(listed, qPrintable(all));
        }
        QVERIFY2(all.contains(QLatin1String("J = ")) && all.contains(QLatin1String("K = ")), qPrintable(all));
        legend->trigger();
        QTableWidget *flags = dialog->flagsTable();
        QCOMPARE(flags->rowCount(), int(EscalationCode::all().size()));
        for (int r = 0; r < flags->rowCount(); ++r) {
            QVERIFY(!flags->item(r, 0)->icon().isNull());
            QCOMPARE(flags->item(r, 0)->text(), QueueModel::flagText(EscalationCode::all().at(r)));
            QVERIFY(!flags->item(r, 2)->text().isEmpty());
        }
        dialog->close();
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestMainWindowTriage)
#include "test_mainwindow_triage.moc"
