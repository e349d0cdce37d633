// The window's sessions and background work, driven as an agent would: re-opening a session while a job runs,
// closing the window with a job running, moving through the queue without waiting on the store, what "Send
// write-backs" reports, and LLM drafting configured in the Settings against a loopback chat-completions server.

#include "chatserver.h"
#include "testsupport.h"

#include "mainwindow.h"
#include "queue/queueview.h"
#include "settings/appsettings.h"
#include "settings/language.h"
#include "settings/settingsdialog.h"
#include "sources/outboxdeliverer.h"
#include "ticket/ticketpane.h"
#include "widgets/messagebanner.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

#include <memory>

using namespace RouteDesk;

namespace {

const QString LlmKey = QStringLiteral("sk-app-test-3c9e51a0");
const QString LlmAnswer = QStringLiteral("Hello Maria, here is how to export your board to CSV: Project > Export.");

} // namespace

class TestMainWindowSession : public QObject
{
    Q_OBJECT

public:
    TestMainWindowSession() { QApplication::setStyle(QStringLiteral("Fusion")); }

private:
    QTemporaryDir m_home;

    SessionConfig demoOn(const QString &name) const
    {
        SessionConfig config;
        config.demo = true;
        config.store = m_home.filePath(name);
        config.agent = QStringLiteral("tester");
        return config;
    }

    std::unique_ptr<MainWindow> showWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("the window was not exposed");
        return window;
    }

    static bool open(MainWindow *window, const SessionConfig &config)
    {
        QSignalSpy opened(window, &MainWindow::sessionOpened);
        if (!window->openSession(config) || !opened.wait(120000))
            return false;
        return opened.first().first().toString().isEmpty();
    }

    static int ticketsIn(const QString &path)
    {
        StoreLocation location;
        QString error;
        if (!StoreLocation::parse(path, &location, &error))
            return -1;
        std::unique_ptr<DecisionStore> store = DecisionStore::open(location, &error);
        return store ? store->ticketCount() : -1;
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
        for (const char *name : {"ROUTEDESK_LLM_URL", "ROUTEDESK_LLM_MODEL", "ROUTEDESK_LLM_API_KEY"})
            qunsetenv(name);
        Language::apply(QStringLiteral("en"));
    }

    // Open demo (or new settings) while the first session still opens: the old job is dropped, the new one keeps
    // its progress, no "Cancelled" reaches the new session, and the queue is the new store's.
    void reopeningWhileAJobRunsLeavesTheNewSessionAlone()
    {
        std::unique_ptr<MainWindow> window = showWindow();
        QSignalSpy opened(window.get(), &MainWindow::sessionOpened);
        QVERIFY(window->openSession(demoOn(QStringLiteral("first.sqlite"))));
        QVERIFY(window->isBusy());
        QVERIFY(window->openSession(demoOn(QStringLiteral("second.sqlite"))));
        QVERIFY(window->isBusy());
        // Whatever the first job still hands back arrives now.
        QTest::qWait(100);
        QVERIFY2(opened.isEmpty(), opened.isEmpty() ? "" : qPrintable(opened.first().first().toString()));
        QVERIFY2(window->isBusy(), "the new session's job is no longer tracked");
        QVERIFY(window->findChild<QProgressBar *>(QStringLiteral("jobProgress"))->isVisible());

        QVERIFY(opened.wait(120000));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), QString());
        QTest::qWait(200);
        QCOMPARE(opened.size(), 1);
        QVERIFY(!window->isBusy());
        QCOMPARE(window->store()->location().path, m_home.filePath(QStringLiteral("second.sqlite")));
        QCOMPARE(window->queueView()->model()->size(), window->store()->ticketCount());
        QVERIFY(window->queueView()->model()->size() > 0);
    }

    // Closing the window with a job running cancels it and waits: nothing of the window runs on afterwards.
    void closingTheWindowEndsItsJobs()
    {
        const QString path = m_home.filePath(QStringLiteral("closed.sqlite"));
        {
            std::unique_ptr<MainWindow> window = showWindow();
            QVERIFY(window->openSession(demoOn(QStringLiteral("abandoned.sqlite"))));
            QVERIFY(window->openSession(demoOn(QStringLiteral("closed.sqlite"))));
            QTest::qWait(100);
            QVERIFY(window->isBusy());
            window->close();
        }
        QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
        const int tickets = ticketsIn(path);
        QTest::qWait(1500);
        QCOMPARE(ticketsIn(path), tickets);
    }

    // J/K and clicks return before the store is read; the pane shows the ticket when its history arrives, and an
    // answer for a ticket the agent has already left is dropped.
    void movingThroughTheQueueDoesNotWaitForTheStore()
    {
        std::unique_ptr<MainWindow> window = showWindow();
        QVERIFY(open(window.get(), demoOn(QStringLiteral("browse.sqlite"))));
        QueueView *queue = window->queueView();
        TicketPane *pane = window->ticketPane();
        QTRY_COMPARE(pane->ticketId(), queue->currentTicketId());

        queue->selectRow(0);
        QTRY_COMPARE(pane->ticketId(), queue->currentTicketId());
        const qint64 first = pane->ticketId();
        queue->table()->setFocus();
        QTest::keyClick(queue->table(), Qt::Key_J);
        const qint64 second = queue->currentTicketId();
        QVERIFY(second != first);
        QCOMPARE(pane->ticketId(), first); // not read on the GUI thread
        QVERIFY2(!window->acceptAction()->isEnabled(), "accept would act on a ticket that is no longer selected");
        QTRY_COMPARE(pane->ticketId(), second);
        QVERIFY(window->acceptAction()->isEnabled());
        QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("ticketSubject"))->text(),
                 window->store()->ticket(second)->subject);

        // Three rows in a row: only the last one is shown.
        QList<qint64> shown;
        connect(window.get(), &MainWindow::ticketShown, this, [&shown](qint64 id) { shown << id; });
        queue->selectRow(3);
        queue->selectRow(4);
        queue->selectRow(5);
        const qint64 last = queue->currentTicketId();
        QTRY_COMPARE(pane->ticketId(), last);
        QTest::qWait(300);
        QCOMPARE(shown, QList<qint64>({last}));
        QCOMPARE(pane->ticketId(), last);
    }

    // "Send write-backs" says what the delivery did: a write-back that could not go out is not "sent".
    void deliveryShowsWhatTheReportSays()
    {
        std::unique_ptr<MainWindow> window = showWindow();
        QVERIFY(open(window.get(), demoOn(QStringLiteral("outbox.sqlite"))));
        DecisionStore *store = window->store();
        Ticket ticket;
        ticket.source = QStringLiteral("rt:http://127.0.0.1:9/");
        ticket.externalId = QStringLiteral("4711");
        ticket.subject = QStringLiteral("Printer on fire");
        ticket.body = QStringLiteral("The office printer smokes.");
        QVERIFY2(store->upsertTicket(&ticket), qPrintable(store->errorString()));
        AgentAction action;
        action.ticketId = ticket.id;
        action.type = ActionType::Escalate;
        action.agent = QStringLiteral("tester");
        action.escalationTarget = QStringLiteral("team_lead");
        action.reasonCode = QStringLiteral("other");
        ActionOutcome outcome;
        QString error;
        QVERIFY2(recordAgentAction(store, &action, &outcome, &error), qPrintable(error));
        QVERIFY2(outcome.queued, qPrintable(outcome.note));

        // The first ticket's read has to be on screen first: showing another ticket hides the pane's banner, and
        // that read may otherwise land after the delivery's message.
        QTRY_VERIFY_WITH_TIMEOUT(window->queueView()->currentTicketId() != 0
                                     && window->ticketPane()->ticketId() == window->queueView()->currentTicketId(),
                                 30000);
        MessageBanner *banner = window->ticketPane()->banner();
        banner->hide();
        window->findChild<QAction *>(QStringLiteral("deliverAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
        const QString text = banner->text();
        QVERIFY2(text.contains(QLatin1String("1 will be retried")) || text.contains(QLatin1String("1 failed")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("4711")), qPrintable(text)); // which write-back, from the report
        QVERIFY2(!window->statusBar()->currentMessage().contains(QLatin1String("sent")),
                 qPrintable(window->statusBar()->currentMessage()));
    }

    // The Settings name an endpoint and a model, the key comes from the environment: the app's drafts come from
    // that server, and the key is sent but never saved.
    void settingsConfigureLlmDrafting()
    {
        Test::ChatServer server(Test::ChatServer::Mode::Ok);
        qputenv("ROUTEDESK_LLM_API_KEY", LlmKey.toUtf8());
        std::unique_ptr<MainWindow> window = showWindow();
        QSignalSpy opened(window.get(), &MainWindow::sessionOpened);

        window->settingsAction()->trigger();
        auto *dialog = window->findChild<SettingsDialog *>();
        QVERIFY(dialog);
        auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("llmUrl"));
        auto *model = dialog->findChild<QLineEdit *>(QStringLiteral("llmModel"));
        QVERIFY(url && model);
        url->setText(server.url().toString());
        QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled()); // no model yet
        model->setText(QStringLiteral("tiny-test-model"));
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        ok->click();

        QVERIFY(opened.wait(120000));
        qunsetenv("ROUTEDESK_LLM_API_KEY");
        QCOMPARE(opened.first().first().toString(), QString());
        QVERIFY(server.requests > 0);
        QCOMPARE(server.authorization, QByteArray("Bearer ") + LlmKey.toUtf8());
        QCOMPARE(QString::fromStdString(server.body.value("model", std::string())), QStringLiteral("tiny-test-model"));

        // A draft in the pane is the model's answer.
        QueueView *queue = window->queueView();
        TicketPane *pane = window->ticketPane();
        bool fromLlm = false;
        for (int r = 0; r < std::min(20, queue->proxy()->rowCount()) && !fromLlm; ++r) {
            queue->selectRow(r);
            QTRY_COMPARE(pane->ticketId(), queue->currentTicketId());
            fromLlm = pane->findChild<QPlainTextEdit *>(QStringLiteral("draftEditor"))->toPlainText() == LlmAnswer;
        }
        QVERIFY2(fromLlm, "no draft in the first rows came from the LLM");

        // The endpoint and model are settings; the key is not.
        const AppSettings saved = AppSettings::load();
        QCOMPARE(saved.llmUrl, server.url().toString());
        QCOMPARE(saved.llmModel, QStringLiteral("tiny-test-model"));
        QFile file(QSettings().fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(LlmKey.toUtf8()));
    }
};

QTEST_MAIN(TestMainWindowSession)
#include "test_mainwindow_session.moc"
