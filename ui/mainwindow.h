#pragma once

#include "help/helpdialog.h"
#include "settings/appsettings.h"
#include "store/decisionstore.h"
#include "triage/triageservice.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QThread;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QTimer;
class QToolButton;

namespace RouteDesk {

struct DeliveryReport;
class EscalateDialog;
class JobRunner;
class LearningSections;
class OverrideDialog;
class Pipeline;
class QueueView;
class ReviewView;
class SourceWorker;
class TicketPane;
class Workspace;

// What the app opens: from the settings, overridden by the command line (--demo, --store, --workspace).
struct SessionConfig
{
    bool demo = true;
    QString workspacePath;
    QString modelPath;
    QString store; // the store setting (SQLite file or postgresql:// URL)
    double confidenceThreshold = 0.0;
    QString agent;
    QString sourcePath; // helpdesk source document for Sync and write-backs; empty: none
    QString llmUrl; // LLM drafting (LlmConfig::resolve); empty: template drafts unless the environment sets it
    QString llmModel;

    static SessionConfig fromSettings(const AppSettings &settings);
};

// The agent's window: the queue and the ticket pane, the team lead's review in a second tab, the status bar
// with the store, counts, pending write-backs and the progress of background work.
//
// Actions are recorded on the GUI thread's store connection and shown as done only once recordAction() has
// returned true (the store committed them). A failure leaves the row as it was, shows the store's reason, and
// keeps a dialog open with what the agent typed.
//
// Everything else that reads or writes the store runs on workers through a JobRunner: opening, routing, reading
// the queue, and reading the selected ticket, so moving through the queue never waits on the store. A job belongs
// to the session it was started for; re-opening a session drops the old one's jobs, and the window waits for its
// jobs when it closes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the store and starts loading the workspace and the queue in the background (routing whatever is not
    // routed yet). Returns false with the reason shown when the store cannot be opened.
    bool openSession(const SessionConfig &config);
    bool isBusy() const;

    QueueView *queueView() const { return m_queue; }
    TicketPane *ticketPane() const { return m_pane; }
    ReviewView *reviewView() const { return m_review; }
    LearningSections *learning() const { return m_learning; }
    QTabWidget *tabs() const { return m_tabs; }
    DecisionStore *store() const { return m_store.get(); }
    const Workspace *workspace() const;
    QString agent() const { return m_config.agent; }
    QString lastError() const { return m_lastError; }

    QAction *acceptAction() const { return m_accept; }
    QAction *overrideAction() const { return m_override; }
    QAction *escalateAction() const { return m_escalate; }
    QAction *undoAction() const { return m_undo; }
    QAction *settingsAction() const { return m_settings; }

    // True for tickets of a helpdesk that takes write-backs (Request Tracker, Zendesk).

    // Applies new settings: language at once, workspace or store changes re-open the session.
    void applySettings(const AppSettings &settings);

signals:
    // The workspace and queue are loaded (or failed: error is non-empty).
    void sessionOpened(const QString &error);
    // A background job ended (finished, failed or cancelled) and the window shows its outcome.
    void jobFinished();
    // The ticket pane shows the selected ticket as read from the store (after a selection, asynchronously).
    void ticketShown(qint64 ticketId);
    // A sync with the helpdesk ended; `error` is empty on success.
    void syncFinished(const QString &error);
    // The store has an action of the agent (after the row was updated).
    void actionRecorded(qint64 actionId);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void updateActions();
    void updateStatus();
    void updateTitle();

    void currentTicketChanged(qint64 ticketId);
    // Reads the selected ticket on a worker and shows it when it arrives (unless the selection moved on).
    void loadCurrentTicket();
    // Re-reads one ticket at once, after the agent's own action on the GUI thread: its row and, when current, the pane.
    void refreshTicket(qint64 ticketId);
    // The pane shows the selected ticket (not still the one before it while the new one is read).
    bool paneIsCurrent() const;
    bool record(AgentAction *action, QString *error);
    QString failureText(const QString &storeError) const;

    void acceptCurrent();
    void confirmAccept(const QStringList &codes);
    void recordAccept();
    static QString confirmAcceptName() { return QStringLiteral("confirmAcceptDialog"); }
    // True when the Queue tab, with the ticket pane, is the one shown: ticket shortcuts act only then.
    bool ticketOnScreen() const;
    void overrideCurrent();
    void escalateCurrent();
    void undoLast();
    void routeNew();
    void syncNow();
    void deliverWritebacks();
    void showDelivery(const DeliveryReport &report);
    SourceWorker *sourceWorker();
    void stopSourceWorker();
    void reloadQueue();
    void applyLearning();
    void showSettings();
    void showAbout();
    void showHelp(HelpDialog::Page page);
    void showReviewTickets(const QList<qint64> &ticketIds, const QString &label);

    void jobStarted(const QString &title);
    void jobEnded();

    SessionConfig m_config;
    std::unique_ptr<DecisionStore> m_store;
    std::shared_ptr<const Pipeline> m_pipeline;
    std::shared_ptr<const Pipeline> m_bundledPipeline; // without the store's active model and accepted rules
    // Records the agent's actions and rebuilds the store's pipeline; over m_store, so declared after it.
    std::unique_ptr<TriageService> m_triage;
    QList<AgentAction> m_undoStack; // this session's effective actions, newest last
    QString m_lastError;
    bool m_sessionOpen = false;

    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    QueueView *m_queue;
    TicketPane *m_pane;
    ReviewView *m_review;
    LearningSections *m_learning;
    QLabel *m_storeLabel;
    QLabel *m_countsLabel;
    QLabel *m_outboxLabel;
    QLabel *m_jobLabel;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QTimer *m_ageTimer;
    JobRunner *m_jobs; // the foreground job with the status bar's progress and Cancel, and the ticket reads
    QThread *m_sourceThread = nullptr;
    SourceWorker *m_sourceWorker = nullptr;
    QObject *m_sourceContext = nullptr; // receives the worker's signals; deleted with the worker's session
    bool m_syncing = false;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_ticketMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_accept = nullptr;
    QAction *m_override = nullptr;
    QAction *m_escalate = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_find = nullptr;
    QAction *m_routeNew = nullptr;
    QAction *m_sync = nullptr;
    QAction *m_deliver = nullptr;
    QAction *m_reload = nullptr;
    QAction *m_openDemo = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_showQueue = nullptr;
    QAction *m_showReview = nullptr;
    QAction *m_about = nullptr;
    QAction *m_shortcutsHelp = nullptr;
    QAction *m_flagLegend = nullptr;
};

} // namespace RouteDesk
