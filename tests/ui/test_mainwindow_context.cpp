// The customer context in the ticket pane (issue 13, "missing context"): on the demo, the requester's other ticket
// shows with its state, a ticket the agent settled shows as similar with how it was settled, and picking a listed
// ticket (click or Enter) selects it in the queue. Drives the real window offscreen.

#include "mainwindow.h"
#include "queue/queueview.h"
#include "settings/appsettings.h"
#include "settings/language.h"
#include "store/customercontext.h"
#include "ticket/ticketpane.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace RouteDesk;

class TestMainWindowContext : public QObject
{
    Q_OBJECT

public:
    TestMainWindowContext() { QApplication::setStyle(QStringLiteral("Fusion")); }

private:
    QTemporaryDir m_home;
    std::unique_ptr<MainWindow> m_window;

    QueueView *queue() const { return m_window->queueView(); }
    DecisionStore *store() const { return m_window->store(); }
    TicketPane *pane() const { return m_window->ticketPane(); }
    qint64 current() const { return queue()->currentTicketId(); }

    qint64 ticketByExternalId(const QString &externalId) const
    {
        for (int r = 0; r < queue()->model()->size(); ++r) {
            const qint64 id = queue()->model()->row(r).ticketId;
            const std::optional<Ticket> ticket = store()->ticket(id);
            if (ticket && ticket->externalId == externalId)
                return id;
        }
        return 0;
    }

    // Selects a ticket in the queue as the agent would and waits until the pane shows it with its context.
    void show(qint64 ticketId)
    {
        m_window->activateWindow();
        queue()->clearFilters();
        QVERIFY(queue()->selectTicket(ticketId));
        queue()->table()->setFocus();
        QTRY_COMPARE_WITH_TIMEOUT(pane()->ticketId(), ticketId, 10000);
        // The context is read with the ticket, on the same worker.
        QTRY_VERIFY_WITH_TIMEOUT(pane()->context() && pane()->context()->ticketId == ticketId, 10000);
    }

    static QListWidgetItem *itemOf(QListWidget *list, qint64 ticketId)
    {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toLongLong() == ticketId)
                return list->item(i);
        }
        return nullptr;
    }

    static QString texts(QListWidget *list)
    {
        QStringList lines;
        for (int i = 0; i < list->count(); ++i)
            lines << list->item(i)->text();
        return lines.join(QStringLiteral(" | "));
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
        m_window->resize(1280, 690);
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

    // Isabel Reyes wrote two demo tickets: each one's pane lists the other, with its state, and picking it opens it.
    void customerTabListsTheRequestersOtherTicket()
    {
        const qint64 locked = ticketByExternalId(QStringLiteral("Q-0057"));
        const qint64 moneyBack = ticketByExternalId(QStringLiteral("Q-0017"));
        QVERIFY(locked && moneyBack);
        show(locked);
        QCOMPARE(pane()->ticketId(), locked);
        QListWidget *list = pane()->requesterList();
        QTRY_VERIFY2(itemOf(list, moneyBack), qPrintable(texts(list)));
        QCOMPARE(list->count(), 1);
        QListWidgetItem *item = itemOf(list, moneyBack);
        QVERIFY2(item->text().contains(QLatin1String("#Q-0017 Money back for the charge in August")),
                 qPrintable(item->text()));
        QVERIFY2(item->text().contains(QLatin1String("new, suggested")), qPrintable(item->text()));
        QCOMPARE(pane()->ticketTabs()->tabText(1), QStringLiteral("Customer (1)"));

        // A click on the listed ticket selects it in the queue.
        pane()->ticketTabs()->setCurrentWidget(list);
        QTRY_VERIFY(list->isVisible());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
        QTRY_COMPARE(current(), moneyBack);
        QTRY_COMPARE(pane()->ticketId(), moneyBack);
        QTRY_VERIFY2(itemOf(pane()->requesterList(), locked), qPrintable(texts(pane()->requesterList())));

        // Enter on the listed ticket goes back.
        pane()->ticketTabs()->setCurrentWidget(pane()->requesterList());
        QTRY_VERIFY(pane()->requesterList()->isVisible());
        pane()->requesterList()->setFocus();
        pane()->requesterList()->setCurrentItem(itemOf(pane()->requesterList(), locked));
        QTest::keyClick(pane()->requesterList(), Qt::Key_Return);
        QTRY_COMPARE(current(), locked);
        pane()->ticketTabs()->setCurrentIndex(0);
    }

    // A ticket the agent has settled shows as similar on a ticket about the same thing, with how it was settled.
    void similarTabListsASettledTicket()
    {
        const qint64 moneyBack = ticketByExternalId(QStringLiteral("Q-0017"));
        show(moneyBack);
        QCOMPARE(pane()->ticketId(), moneyBack);
        // Before anything is settled nothing is similar.
        QTRY_COMPARE(pane()->similarList()->count(), 1);
        QCOMPARE(pane()->similarList()->item(0)->data(Qt::UserRole).toLongLong(), 0);
        QCOMPARE(pane()->ticketTabs()->tabText(2), QStringLiteral("Similar (0)"));

        // The team settles every other demo ticket (straight into the store, as colleagues' apps would).
        const std::optional<QueueEntry> entry = store()->queueEntry(moneyBack);
        QVERIFY(entry && entry->decision);
        for (int r = 0; r < queue()->model()->size(); ++r) {
            const std::optional<QueueEntry> other = store()->queueEntry(queue()->model()->row(r).ticketId);
            QVERIFY(other);
            if (other->ticket.id == moneyBack || !other->decision || other->lastAction)
                continue;
            AgentAction accept;
            accept.ticketId = other->ticket.id;
            accept.decisionId = other->decision->id;
            accept.type = ActionType::Accept;
            accept.category = other->decision->category;
            accept.specialist = other->decision->specialist;
            accept.agent = QStringLiteral("colleague");
            QVERIFY2(store()->recordAction(&accept), qPrintable(store()->errorString()));
        }
        const CustomerContext expected = customerContext(*store(), moneyBack);
        QVERIFY2(expected.ok(), qPrintable(expected.error));
        QVERIFY2(!expected.similarTickets.isEmpty(), "no settled demo ticket is similar to Q-0017");
        const ContextTicket best = expected.similarTickets.constFirst();
        const qint64 twin = best.ticketId;
        // Money back for a charge: the most similar is about a charge too (billing or refunds), not another topic.
        QVERIFY2(best.finalCategory == QLatin1String("billing")
                     || best.finalCategory == QLatin1String("refund_cancellation"),
                 qPrintable(best.subject + QLatin1Char(' ') + best.finalCategory));

        // Reading the ticket again shows them.
        show(ticketByExternalId(QStringLiteral("Q-0057")));
        show(moneyBack);
        QListWidget *list = pane()->similarList();
        QTRY_VERIFY2(itemOf(list, twin), qPrintable(texts(list)));
        QCOMPARE(list->count(), expected.similarTickets.size());
        QCOMPARE(list->item(0)->data(Qt::UserRole).toLongLong(), twin);
        const QString text = itemOf(list, twin)->text();
        qInfo("similar to Q-0017: %s", qPrintable(texts(list)));
        const QString category = m_window->workspace()->taxonomy().displayName(best.finalCategory);
        QVERIFY2(text.contains(best.subject), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("accepted as %1").arg(category)), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("% similar")), qPrintable(text));
        QVERIFY2(pane()->ticketTabs()->tabText(2) != QStringLiteral("Similar (0)"),
                 qPrintable(pane()->ticketTabs()->tabText(2)));

        // Enter on it selects it in the queue.
        pane()->ticketTabs()->setCurrentWidget(list);
        QTRY_VERIFY(list->isVisible());
        list->setFocus();
        list->setCurrentItem(itemOf(list, twin));
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_COMPARE(current(), twin);
        pane()->ticketTabs()->setCurrentIndex(0);
    }

    // The context shares the conversation's place: at 1280x720 the flags and why keep the room they had.
    void contextDoesNotCrampTheSuggestion()
    {
        QVERIFY(pane()->ticketTabs()->height() > 100);
        auto *details = pane()->findChild<QWidget *>(QStringLiteral("ticketDetails"));
        QVERIFY(details);
        QVERIFY2(details->height() > 150, qPrintable(QString::number(details->height())));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestMainWindowContext)
#include "test_mainwindow_context.moc"
