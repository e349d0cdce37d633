#include "mainwindow.h"

#include "help/helpdialog.h"
#include "learn/activemodel.h"
#include "learn/learningsections.h"
#include "pipeline/pipeline.h"
#include "queue/queuemodel.h"
#include "queue/queueview.h"
#include "review/reviewview.h"
#include "session/jobrunner.h"
#include "session/jobs.h"
#include "settings/language.h"
#include "settings/settingsdialog.h"
#include "sources/outboxdeliverer.h"
#include "sources/sourceworker.h"
#include "ticket/escalatedialog.h"
#include "ticket/overridedialog.h"
#include "ticket/ticketpane.h"
#include "triage/triageservice.h"
#include "widgets/icons.h"
#include "widgets/messagebanner.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QtConcurrent>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

Q_LOGGING_CATEGORY(lcMainWindow, "routedesk.ui.mainwindow")

namespace RouteDesk {

SessionConfig SessionConfig::fromSettings(const AppSettings &settings)
{
    SessionConfig config;
    config.demo = settings.useDemo;
    config.workspacePath = settings.workspacePath;
    config.modelPath = settings.modelPath;
    config.store = settings.useDemo ? AppSettings::demoStorePath() : settings.effectiveStore();
    config.confidenceThreshold = settings.confidenceThreshold;
    config.agent = settings.effectiveAgent();
    config.sourcePath = settings.sourcePath;
    config.llmUrl = settings.llmUrl;
    config.llmModel = settings.llmModel;
    return config;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_queue(new QueueView(m_splitter))
    , m_pane(new TicketPane(m_splitter))
    , m_review(new ReviewView(this))
    , m_learning(new LearningSections(m_review))
    , m_storeLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
    , m_outboxLabel(new QLabel(this))
    , m_jobLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_ageTimer(new QTimer(this))
    , m_jobs(new JobRunner(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::app());
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_splitter->setObjectName(QStringLiteral("agentSplitter"));
    m_splitter->addWidget(m_queue);
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    // The ticket pane gets two fifths of the width: its boxes still read at 1280 pixels, and the queue keeps room
    // for the subject.
    m_splitter->setSizes({600, 400});
    m_tabs->addTab(m_splitter, Icons::named(QStringLiteral("queue")), QString());
    m_tabs->addTab(m_review, Icons::named(QStringLiteral("review")), QString());
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);

    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_outboxLabel->setObjectName(QStringLiteral("outboxLabel"));
    m_jobLabel->setObjectName(QStringLiteral("jobLabel"));
    m_progress->setObjectName(QStringLiteral("jobProgress"));
    m_cancel->setObjectName(QStringLiteral("cancelJob"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_cancel->setIcon(Icons::named(QStringLiteral("cancel")));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancel->setAutoRaise(true);
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addWidget(m_jobLabel);
    statusBar()->addWidget(m_progress);
    statusBar()->addWidget(m_cancel);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_outboxLabel);
    m_jobLabel->hide();
    m_progress->hide();
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_syncing && m_sourceWorker)
            m_sourceWorker->cancel();
        else
            m_jobs->cancel();
    });
    connect(m_jobs, &JobRunner::jobStarted, this, &MainWindow::jobStarted);
    connect(m_jobs, &JobRunner::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_jobs, &JobRunner::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_jobs, &JobRunner::progressTextChanged, m_jobLabel, &QLabel::setText);
    connect(m_jobs, &JobRunner::jobEnded, this, &MainWindow::jobEnded);
    connect(m_jobs, &JobRunner::jobHandled, this, &MainWindow::jobFinished);

    createActions();
    createMenus();
    for (QAction *action : {m_accept, m_override, m_escalate, m_undo})
        m_pane->addActionButton(action);

    connect(m_queue, &QueueView::currentTicketChanged, this, &MainWindow::currentTicketChanged);
    connect(m_pane, &TicketPane::contextTicketActivated, this, [this](qint64 ticketId) {
        if (m_queue->selectTicket(ticketId))
            m_queue->table()->setFocus();
        else
            statusBar()->showMessage(tr("That ticket is not in the queue."), 4000);
    });
    connect(m_review, &ReviewView::ticketsRequested, this, &MainWindow::showReviewTickets);
    connect(m_learning, &LearningSections::pipelineChanged, this, &MainWindow::applyLearning);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_review && m_sessionOpen)
            m_review->refresh();
        updateActions();
    });
    m_ageTimer->setInterval(60 * 1000);
    connect(m_ageTimer, &QTimer::timeout, this,
            [this] { m_queue->model()->refreshAges(QDateTime::currentDateTimeUtc()); });
    m_ageTimer->start();

    retranslateUi();
    updateActions();
    updateStatus();
    // As large as the screen allows, up to 1400x860; a 1280x720 screen gets the whole window with its frame.
    QSize size(1400, 860);
    if (const QScreen *shown = screen())
        size = size.boundedTo(shown->availableGeometry().size() - QSize(16, 40));
    resize(size.expandedTo(minimumSizeHint()));
}

MainWindow::~MainWindow()
{
    // No job outlives the window, and none of them reaches it while it is taken apart.
    m_jobs->shutdown();
    stopSourceWorker();
}

const Workspace *MainWindow::workspace() const
{
    return m_pipeline ? &m_pipeline->workspace() : nullptr;
}

void MainWindow::createActions()
{
    auto make = [this](const char *name, const QString &icon) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        if (!icon.isEmpty())
            action->setIcon(Icons::named(icon));
        addAction(action); // shortcuts work wherever the focus is in the window
        return action;
    };
    m_accept = make("acceptAction", QStringLiteral("accept"));
    m_accept->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_override = make("overrideAction", QStringLiteral("override"));
    m_override->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_escalate = make("escalateAction", QStringLiteral("escalate"));
    m_escalate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_undo = make("undoAction", QStringLiteral("undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_next = make("nextAction", QStringLiteral("next"));
    m_next->setShortcut(QKeySequence(Qt::Key_J));
    m_previous = make("previousAction", QStringLiteral("previous"));
    m_previous->setShortcut(QKeySequence(Qt::Key_K));
    m_find = make("findAction", QString());
    m_find->setShortcut(QKeySequence::Find);
    m_routeNew = make("routeNewAction", QStringLiteral("route"));
    m_routeNew->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_sync = make("syncAction", QStringLiteral("refresh"));
    m_sync->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_deliver = make("deliverAction", QStringLiteral("export"));
    m_reload = make("reloadAction", QStringLiteral("refresh"));
    m_reload->setShortcut(QKeySequence::Refresh);
    m_openDemo = make("openDemoAction", QStringLiteral("demo"));
    m_settings = make("settingsAction", QStringLiteral("settings"));
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_quit = make("quitAction", QString());
    m_quit->setShortcut(QKeySequence::Quit);
    m_showQueue = make("showQueueAction", QStringLiteral("queue"));
    m_showQueue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_showReview = make("showReviewAction", QStringLiteral("review"));
    m_showReview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_about = make("aboutAction", QString());
    m_shortcutsHelp = make("shortcutsHelpAction", QString());
    m_shortcutsHelp->setShortcut(QKeySequence::HelpContents);
    m_flagLegend = make("flagLegendAction", QString());

    connect(m_accept, &QAction::triggered, this, &MainWindow::acceptCurrent);
    connect(m_override, &QAction::triggered, this, &MainWindow::overrideCurrent);
    connect(m_escalate, &QAction::triggered, this, &MainWindow::escalateCurrent);
    connect(m_undo, &QAction::triggered, this, &MainWindow::undoLast);
    connect(m_next, &QAction::triggered, this, [this] {
        if (ticketOnScreen())
            m_queue->selectNext();
    });
    connect(m_previous, &QAction::triggered, this, [this] {
        if (ticketOnScreen())
            m_queue->selectPrevious();
    });
    connect(m_find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_queue->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_queue->searchField()->selectAll();
    });
    connect(m_routeNew, &QAction::triggered, this, &MainWindow::routeNew);
    connect(m_sync, &QAction::triggered, this, &MainWindow::syncNow);
    connect(m_deliver, &QAction::triggered, this, &MainWindow::deliverWritebacks);
    connect(m_reload, &QAction::triggered, this, [this] {
        if (m_store && !m_pipeline && !isBusy())
            openSession(m_config); // opening failed or was cancelled: try again
        else if (m_tabs->currentWidget() == m_review)
            m_review->refresh();
        else
            reloadQueue();
    });
    connect(m_openDemo, &QAction::triggered, this, [this] {
        SessionConfig config = m_config;
        config.demo = true;
        config.store = AppSettings::demoStorePath();
        openSession(config);
    });
    connect(m_settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_showQueue, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(0); });
    connect(m_showReview, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(1); });
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_shortcutsHelp, &QAction::triggered, this, [this] { showHelp(HelpDialog::Page::Shortcuts); });
    connect(m_flagLegend, &QAction::triggered, this, [this] { showHelp(HelpDialog::Page::Flags); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openDemo);
    m_fileMenu->addAction(m_reload);
    m_fileMenu->addAction(m_routeNew);
    m_fileMenu->addAction(m_sync);
    m_fileMenu->addAction(m_deliver);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settings);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_ticketMenu = menuBar()->addMenu(QString());
    m_ticketMenu->addAction(m_accept);
    m_ticketMenu->addAction(m_override);
    m_ticketMenu->addAction(m_escalate);
    m_ticketMenu->addSeparator();
    m_ticketMenu->addAction(m_undo);
    m_ticketMenu->addSeparator();
    m_ticketMenu->addAction(m_next);
    m_ticketMenu->addAction(m_previous);
    m_ticketMenu->addAction(m_find);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_showQueue);
    m_viewMenu->addAction(m_showReview);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcutsHelp);
    m_helpMenu->addAction(m_flagLegend);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_about);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->addAction(m_accept);
    m_toolBar->addAction(m_override);
    m_toolBar->addAction(m_escalate);
    m_toolBar->addAction(m_undo);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_previous);
    m_toolBar->addAction(m_next);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_routeNew);
    m_toolBar->addAction(m_reload);
    m_toolBar->addAction(m_settings);
}

void MainWindow::retranslateUi()
{
    m_tabs->setTabText(0, tr("&Queue"));
    m_tabs->setTabText(1, tr("&Review"));
    m_tabs->setTabToolTip(0, tr("The agent's queue and the selected ticket (Ctrl+1)"));
    m_tabs->setTabToolTip(1, tr("The team lead's review of overrides and escalations (Ctrl+2)"));
    m_fileMenu->setTitle(tr("&File"));
    m_ticketMenu->setTitle(tr("&Ticket"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Actions"));
    m_accept->setText(tr("&Accept"));
    m_accept->setToolTip(tr("Accept the suggested category and specialist (Ctrl+Return)"));
    m_override->setText(tr("&Override…"));
    m_override->setToolTip(tr("Correct the category or specialist (Ctrl+O)"));
    m_escalate->setText(tr("&Escalate…"));
    m_escalate->setToolTip(tr("Hand the ticket to the team lead or a queue (Ctrl+E)"));
    m_undo->setText(tr("&Undo"));
    m_undo->setToolTip(tr("Take back your last action; it stays in the history (Ctrl+Z)"));
    m_next->setText(tr("&Next ticket"));
    m_next->setToolTip(tr("Next ticket (J)"));
    m_previous->setText(tr("&Previous ticket"));
    m_previous->setToolTip(tr("Previous ticket (K)"));
    m_find->setText(tr("&Find in queue"));
    m_routeNew->setText(tr("&Route new tickets"));
    m_routeNew->setToolTip(tr("Route every ticket that has no suggestion yet (Ctrl+R)"));
    m_sync->setText(tr("S&ync with the helpdesk"));
    m_sync->setToolTip(tr("Pull new and changed tickets from the helpdesk source and route them (Ctrl+Shift+Y)"));
    m_deliver->setText(tr("Send &write-backs"));
    m_deliver->setToolTip(tr("Deliver the pending write-backs to the helpdesk now"));
    m_reload->setText(tr("Re&load"));
    m_reload->setToolTip(tr("Read the queue or the review again from the store (F5)"));
    m_openDemo->setText(tr("Open the &demo workspace"));
    m_settings->setText(tr("&Settings…"));
    m_quit->setText(tr("&Quit"));
    m_showQueue->setText(tr("&Queue"));
    m_showReview->setText(tr("&Review"));
    m_about->setText(tr("&About RouteDesk"));
    m_shortcutsHelp->setText(tr("&Keyboard shortcuts"));
    m_flagLegend->setText(tr("&Flag icons"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the background work; what is done so far is kept"));
    m_progress->setAccessibleName(tr("Progress of background work"));
    m_tabs->setAccessibleName(tr("Views"));
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Cancelled jobs stop at their next check (routing commits its finished batches); what they hand back is dropped.
    m_jobs->shutdown();
    jobEnded();
    stopSourceWorker();
    event->accept();
}

bool MainWindow::isBusy() const
{
    return m_jobs->isBusy();
}

bool MainWindow::openSession(const SessionConfig &config)
{
    // The old session's jobs are cancelled; nothing they hand back reaches this one. A cancelled job that writes
    // (opening, routing) is waited for, at most one batch: two sessions never route the same store side by side.
    m_jobs->startSession();
    m_jobs->waitForStaleForeground();
    jobEnded();
    stopSourceWorker();
    m_config = config;
    m_sessionOpen = false;
    m_undoStack.clear();
    m_pane->clear();
    m_pane->setWorkspace(nullptr);
    m_triage.reset(); // never route, record or reload with the old session's store and pipeline
    m_pipeline.reset();
    m_bundledPipeline.reset();
    m_queue->setRows({});

    QString error;
    StoreLocation location;
    if (!StoreLocation::parse(config.store, &location, &error) || !(m_store = DecisionStore::open(location, &error))) {
        m_store.reset();
        // Never the setting itself: a PostgreSQL URL may carry a password.
        m_lastError = tr("The store %1 cannot be opened: %2").arg(StoreLocation::withoutPassword(config.store), error);
        m_pane->banner()->showMessage(m_lastError);
        m_review->clearStore(m_lastError); // the review never goes on showing the store before
        updateStatus();
        updateActions();
        emit sessionOpened(m_lastError);
        return false;
    }
    m_review->setStore(m_store->location());
    m_learning->setSession(m_store->location(),
                           LearningSetup {config.demo ? QString() : config.workspacePath, config.modelPath, QString()},
                           config.agent);
    updateStatus();

    Jobs::OpenRequest request;
    request.demo = config.demo;
    request.workspacePath = config.workspacePath;
    request.modelPath = config.modelPath;
    request.confidenceThreshold = config.confidenceThreshold;
    request.location = m_store->location();
    request.llmUrl = config.llmUrl;
    request.llmModel = config.llmModel;
    m_jobs->run<Jobs::OpenResult>(
        config.demo ? tr("Opening the demo workspace") : tr("Opening the workspace"),
        QtConcurrent::run(m_jobs->pool(), &Jobs::openWorkspace, request),
        [this](Jobs::OpenResult result) {
            if (result.pipeline) {
                m_pipeline = result.pipeline;
                m_bundledPipeline = result.bundled ? result.bundled : result.pipeline;
                m_triage = TriageService::adopt(m_store.get(), m_bundledPipeline, m_pipeline);
                m_pane->setWorkspace(&m_pipeline->workspace());
                m_queue->setTaxonomy(m_pipeline->workspace().taxonomy());
                m_review->setTaxonomy(m_pipeline->workspace().taxonomy());
            }
            if (!result.error.isEmpty()) {
                m_lastError = tr("The workspace could not be opened: %1").arg(result.error);
                m_pane->banner()->showMessage(m_lastError);
                if (m_pipeline)
                    reloadQueue();
                emit sessionOpened(m_lastError);
                return;
            }
            m_sessionOpen = true;
            m_lastError.clear();
            m_queue->setRows(std::move(result.rows));
            if (m_queue->currentTicketId() == 0 && m_queue->proxy()->rowCount() > 0)
                m_queue->selectRow(0);
            loadCurrentTicket();
            m_queue->table()->setFocus();
            if (m_tabs->currentWidget() == m_review)
                m_review->refresh();
            if (result.routed > 0)
                statusBar()->showMessage(tr("Routed %n ticket(s).", nullptr, result.routed), 5000);
            updateStatus();
            updateActions();
            emit sessionOpened(QString());
        },
        [this] {
            // Routing keeps its finished batches; Reload opens the session again and routes the rest.
            m_pane->banner()->showMessage(tr("Opening was cancelled. Reload (F5) opens the workspace again."),
                                          MessageBanner::Kind::Information);
            updateActions();
            emit sessionOpened(tr("Cancelled"));
        });
    return true;
}

void MainWindow::jobStarted(const QString &title)
{
    m_jobLabel->setText(title);
    m_jobLabel->show();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    updateActions();
}

void MainWindow::jobEnded()
{
    m_jobLabel->hide();
    m_progress->hide();
    m_cancel->hide();
    updateActions();
}

// A lead activated or rolled back a model, or accepted a rule: tickets routed from now on use the store's new
// active model and rules. Decisions already stored stay as they were (the trail shows what the agent saw).
void MainWindow::applyLearning()
{
    if (!m_triage)
        return;
    QString error;
    if (!m_triage->reload(&error)) {
        m_lastError = tr("The store's model or rules could not be applied: %1").arg(error);
        m_pane->banner()->showMessage(m_lastError);
        return;
    }
    m_pipeline = m_triage->pipeline();
    m_pane->setWorkspace(&m_pipeline->workspace());
    statusBar()->showMessage(tr("New tickets are now routed with the store's active model and rules."), 5000);
}

void MainWindow::reloadQueue()
{
    if (!m_store || !m_pipeline || isBusy())
        return;
    m_jobs->run<Jobs::QueueLoad>(
        tr("Reading the queue"),
        QtConcurrent::run(m_jobs->pool(), &Jobs::loadQueue, m_store->location(), m_pipeline->workspace().taxonomy()),
        [this](Jobs::QueueLoad load) {
            if (!load.error.isEmpty()) {
                m_pane->banner()->showMessage(tr("The queue could not be read: %1").arg(load.error));
                return;
            }
            m_sessionOpen = true;
            m_queue->setRows(std::move(load.rows));
            loadCurrentTicket();
            updateStatus();
            updateActions();
        });
}

void MainWindow::routeNew()
{
    if (!m_store || !m_pipeline || isBusy())
        return;
    m_jobs->run<Jobs::RouteSummary>(
        tr("Routing new tickets"),
        QtConcurrent::run(
            m_jobs->pool(),
            qOverload<QPromise<Jobs::RouteSummary> &, const StoreLocation &, std::shared_ptr<const Pipeline>>(
                &Jobs::routeUnrouted),
            m_store->location(), m_bundledPipeline),
        [this](Jobs::RouteSummary summary) {
            if (!summary.error.isEmpty())
                m_pane->banner()->showMessage(tr("Routing stopped: %1").arg(summary.error));
            else
                statusBar()->showMessage(tr("Routed %n ticket(s).", nullptr, summary.routed), 5000);
            reloadQueue();
        },
        [this] { reloadQueue(); }); // a stop keeps what was routed: the queue shows it
}

SourceWorker *MainWindow::sourceWorker()
{
    if (m_sourceWorker || !m_store)
        return m_sourceWorker;
    // The worker opens its own store connection on its thread; results come back as queued signals.
    m_sourceThread = new QThread(this);
    m_sourceWorker = new SourceWorker(m_config.store);
    m_sourceWorker->moveToThread(m_sourceThread);
    // The worker's signals reach the window through a context of this session only: stopSourceWorker() deletes it,
    // and with it whatever the old worker had still queued for the window.
    QObject *context = new QObject(this);
    m_sourceContext = context;
    connect(m_sourceThread, &QThread::finished, m_sourceWorker, &QObject::deleteLater);
    connect(m_sourceWorker, &SourceWorker::syncProgress, context, [this](qint64 pulled, qint64 remaining) {
        m_progress->setRange(0, remaining > 0 ? int(pulled + remaining) : 0);
        m_progress->setValue(int(pulled));
        m_jobLabel->setText(tr("Syncing: %n ticket(s) pulled", nullptr, int(pulled)));
    });
    connect(m_sourceWorker, &SourceWorker::syncFinished, context, [this](const SyncReport &report) {
        m_syncing = false;
        jobEnded();
        QString error;
        if (!report.ok()) {
            error = report.errorString.isEmpty() ? tr("the helpdesk did not answer") : report.errorString;
            m_pane->banner()->showMessage(tr("Sync stopped: %1").arg(error));
        } else {
            statusBar()->showMessage(tr("Synced: %n ticket(s) pulled", nullptr, int(report.pulled)), 5000);
            // What the helpdesk lacks for write-backs (a queue, a custom field): said before any write-back fails.
            if (!report.warnings.isEmpty())
                m_pane->banner()->showMessage(tr("The helpdesk lacks what some write-backs need: %1")
                                                  .arg(report.warningMessages().join(QStringLiteral("; "))),
                                              MessageBanner::Kind::Information);
        }
        reloadQueue();
        emit syncFinished(error);
    });
    connect(m_sourceWorker, &SourceWorker::deliveryFinished, context,
            [this](const DeliveryReport &report) { showDelivery(report); });
    connect(m_sourceWorker, &SourceWorker::outboxChanged, context, [this] { updateStatus(); });
    connect(m_sourceWorker, &SourceWorker::failed, context, [this](const QString &message) {
        m_syncing = false;
        jobEnded();
        m_pane->banner()->showMessage(message);
        emit syncFinished(message);
    });
    m_sourceThread->start();
    return m_sourceWorker;
}

void MainWindow::stopSourceWorker()
{
    if (!m_sourceThread)
        return;
    if (m_sourceWorker)
        m_sourceWorker->cancel();
    m_sourceThread->quit();
    m_sourceThread->wait();
    delete m_sourceThread;
    m_sourceThread = nullptr;
    m_sourceWorker = nullptr; // deleted on its thread's finished()
    delete m_sourceContext;
    m_sourceContext = nullptr;
    m_syncing = false;
}

void MainWindow::syncNow()
{
    if (!m_store || !m_pipeline || isBusy() || m_syncing)
        return;
    if (m_config.sourcePath.isEmpty()) {
        m_pane->banner()->showMessage(tr("No helpdesk source is set: choose its document in the settings."),
                                      MessageBanner::Kind::Information);
        return;
    }
    QFile file(m_config.sourcePath);
    SourceConfig source;
    QString error;
    if (!file.open(QIODevice::ReadOnly)
        || !SourceConfig::parseText(file.readAll(), QFileInfo(m_config.sourcePath).absolutePath(), &source, &error)) {
        m_pane->banner()->showMessage(tr("The helpdesk source %1 cannot be used: %2")
                                          .arg(m_config.sourcePath, error.isEmpty() ? file.errorString() : error));
        return;
    }
    SourceWorker *worker = sourceWorker();
    if (!worker)
        return;
    m_syncing = true;
    m_jobLabel->setText(tr("Syncing with the helpdesk"));
    m_jobLabel->show();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    updateActions();
    // The worker's store routes with the store's pipeline over the bundled one and each ticket's ownership history.
    const std::shared_ptr<const Pipeline> bundled = m_bundledPipeline;
    const QueueOwners queues = queueOwnersFor(source.routeMap, source.escalationTarget, bundled->workspace());
    const SourceWorker::RouterFactory routerFor
        = [bundled, queues](DecisionStore &store, TicketRouter *router, QString *error) {
              return makeSyncRouter(store, bundled, queues, router, error);
          };
    QMetaObject::invokeMethod(worker, [worker, source, routerFor] { worker->sync(source, routerFor); });
}

void MainWindow::deliverWritebacks()
{
    if (SourceWorker *worker = sourceWorker())
        QMetaObject::invokeMethod(worker, [worker] { worker->deliver(true); });
}

// What the delivery reported, not what was hoped: delivered, to be retried, failed and conflicting write-backs.
void MainWindow::showDelivery(const DeliveryReport &report)
{
    updateStatus();
    if (!report.storeError.isEmpty()) {
        m_pane->banner()->showMessage(tr("The write-backs could not be delivered: %1").arg(report.storeError));
        return;
    }
    if (report.attempted == 0) {
        statusBar()->showMessage(tr("No write-backs were waiting."), 4000);
        return;
    }
    QStringList parts;
    if (report.done > 0)
        parts << tr("%n write-back(s) delivered", nullptr, report.done);
    if (report.retrying > 0)
        parts << tr("%n will be retried", nullptr, report.retrying);
    if (report.failed > 0)
        parts << tr("%n failed", nullptr, report.failed);
    if (report.conflicts > 0)
        parts << tr("%n conflict(s): the helpdesk changed the ticket", nullptr, report.conflicts);
    const int notDelivered = report.attempted - report.done;
    if (parts.isEmpty()) // cancelled before any outcome
        parts << tr("%n write-back(s) not delivered", nullptr, notDelivered);
    const QString text = parts.join(QStringLiteral(" \u00b7 "));
    if (notDelivered <= 0) {
        statusBar()->showMessage(text, 4000);
        return;
    }
    // Each item that did not go through, as the deliverer described it (no secrets: the connectors scrub them).
    QString details = text;
    if (!report.messages.isEmpty())
        details += QStringLiteral("\n") + report.messages.join(QLatin1Char('\n'));
    m_pane->banner()->showMessage(
        details, report.failed + report.conflicts > 0 ? MessageBanner::Kind::Error : MessageBanner::Kind::Information);
}

void MainWindow::currentTicketChanged(qint64 ticketId)
{
    if (ticketId == 0)
        m_pane->clear();
    else
        loadCurrentTicket();
    updateActions();
}

void MainWindow::loadCurrentTicket()
{
    const qint64 ticketId = m_queue->currentTicketId();
    if (!m_store || ticketId == 0) {
        m_jobs->dropLatest(QStringLiteral("ticket"));
        if (ticketId == 0)
            m_pane->clear();
        return;
    }
    m_jobs->runLatest<Jobs::TicketRead>(
        QStringLiteral("ticket"), QtConcurrent::run(m_jobs->pool(), &Jobs::readTicket, m_store->location(), ticketId),
        [this](Jobs::TicketRead read) {
            // An answer for a ticket the agent has moved away from is dropped.
            if (read.ticketId != m_queue->currentTicketId())
                return;
            if (read.entry)
                m_queue->model()->updateEntry(*read.entry);
            if (!read.history) {
                m_pane->banner()->showMessage(tr("The ticket could not be read: %1").arg(read.error));
                return;
            }
            m_pane->showTicket(*read.history);
            m_pane->showContext(read.context);
            updateActions();
            emit ticketShown(read.ticketId);
        });
}

bool MainWindow::paneIsCurrent() const
{
    return m_pane->ticketId() != 0 && m_pane->ticketId() == m_queue->currentTicketId();
}

// Re-reads one ticket from the store at once: its queue row and, when it is the current one, the pane. Only after
// the agent's own action, which the GUI thread's store has just recorded.
void MainWindow::refreshTicket(qint64 ticketId)
{
    if (!m_store || ticketId == 0) {
        if (ticketId == 0)
            m_pane->clear();
        return;
    }
    if (const std::optional<QueueEntry> entry = m_store->queueEntry(ticketId))
        m_queue->model()->updateEntry(*entry);
    if (ticketId == m_queue->currentTicketId()) {
        // A read started before the action would show the ticket as it was.
        m_jobs->dropLatest(QStringLiteral("ticket"));
        if (const std::optional<TicketHistory> history = m_store->history(ticketId)) {
            m_pane->showTicket(*history);
            emit ticketShown(ticketId);
        } else {
            m_pane->banner()->showMessage(tr("The ticket could not be read: %1").arg(m_store->errorString()));
        }
    }
    updateStatus();
}

QString MainWindow::failureText(const QString &storeError) const
{
    return tr("The store did not record this, nothing was changed: %1").arg(storeError);
}

bool MainWindow::record(AgentAction *action, QString *error)
{
    if (!m_triage) {
        *error = failureText(tr("no store is open"));
        return false;
    }
    action->agent = m_config.agent;
    // Core records the action and, for a helpdesk's ticket, its write-back in one transaction; when the ticket
    // cannot be read nothing is recorded.
    QString storeError;
    if (!m_triage->record(action, nullptr, &storeError)) {
        *error = failureText(storeError);
        m_lastError = *error;
        qCWarning(lcMainWindow) << "action not recorded:" << storeError;
        return false;
    }
    m_lastError.clear();
    if (action->type == ActionType::Undo) {
        for (qsizetype i = m_undoStack.size() - 1; i >= 0; --i) {
            if (m_undoStack[i].id == action->undoesActionId) {
                m_undoStack.removeAt(i);
                break;
            }
        }
    } else {
        m_undoStack << *action;
    }
    refreshTicket(action->ticketId);
    updateActions();
    emit actionRecorded(action->id);
    return true;
}

void MainWindow::acceptCurrent()
{
    const std::optional<RoutingDecision> &decision = m_pane->decision();
    if (!decision || !paneIsCurrent() || !ticketOnScreen() || findChild<QMessageBox *>(confirmAcceptName()))
        return;
    const QStringList risky
        = workspace() ? workspace()->triage().acceptNeedsConfirmation(decision->flags) : QStringList();
    if (!risky.isEmpty()) {
        confirmAccept(risky);
        return;
    }
    recordAccept();
}

// A risky ticket (the workspace's triage.confirm_accept flags) is not accepted with one key: a second, deliberate
// step, with Escalate as the default answer so that Enter never accepts it by habit.
void MainWindow::confirmAccept(const QStringList &codes)
{
    QStringList names;
    for (const QString &code : codes)
        names << QueueModel::flagText(code);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Accept a flagged ticket?"),
                                tr("This ticket is flagged: %1.").arg(names.join(QStringLiteral(", "))),
                                QMessageBox::NoButton, this);
    box->setObjectName(confirmAcceptName());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Accepting routes it to the suggested specialist without a person looking at it. "
                               "Escalate it instead, or accept it if you have checked it."));
    QPushButton *escalate = box->addButton(tr("&Escalate…"), QMessageBox::AcceptRole);
    escalate->setObjectName(QStringLiteral("confirmEscalateButton"));
    escalate->setIcon(Icons::named(QStringLiteral("escalate")));
    QPushButton *accept = box->addButton(tr("Accept &anyway"), QMessageBox::DestructiveRole);
    accept->setObjectName(QStringLiteral("confirmAcceptButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setText(tr("Cancel"));
    box->setDefaultButton(escalate);
    box->setEscapeButton(cancel);
    const qint64 ticketId = m_pane->ticketId();
    connect(box, &QMessageBox::finished, this, [this, box, escalate, accept, ticketId] {
        // The answer is for the ticket it was asked about; the queue may have moved on meanwhile.
        if (m_pane->ticketId() != ticketId)
            return;
        if (box->clickedButton() == escalate)
            QTimer::singleShot(0, this, &MainWindow::escalateCurrent);
        else if (box->clickedButton() == accept)
            recordAccept();
    });
    box->open();
}

void MainWindow::recordAccept()
{
    const std::optional<RoutingDecision> &decision = m_pane->decision();
    if (!decision || m_pane->ticketId() == 0)
        return;
    AgentAction action;
    action.ticketId = m_pane->ticketId();
    action.decisionId = decision->id;
    action.type = ActionType::Accept;
    action.category = decision->category;
    action.specialist = decision->specialist;
    QString error;
    if (!record(&action, &error)) {
        m_pane->banner()->showMessage(error);
        return;
    }
    statusBar()->showMessage(
        tr("Accepted: %1").arg(workspace()->taxonomy().displayName(action.category, interfaceLanguage())), 4000);
    m_queue->selectNext();
}

void MainWindow::overrideCurrent()
{
    const std::optional<RoutingDecision> &decision = m_pane->decision();
    if (!decision || !paneIsCurrent() || !workspace() || !ticketOnScreen() || findChild<OverrideDialog *>())
        return;
    auto *dialog = new OverrideDialog(*workspace(), *decision, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 ticketId = m_pane->ticketId();
    const qint64 decisionId = decision->id;
    connect(dialog, &OverrideDialog::submitted, this, [this, dialog, ticketId, decisionId] {
        AgentAction action;
        action.ticketId = ticketId;
        action.decisionId = decisionId;
        dialog->fillAction(&action);
        QString error;
        if (!record(&action, &error)) {
            dialog->showError(error);
            return;
        }
        dialog->finish();
        statusBar()->showMessage(
            tr("Overridden: %1").arg(workspace()->taxonomy().displayName(action.category, interfaceLanguage())), 4000);
        m_queue->selectNext();
    });
    dialog->open();
}

void MainWindow::escalateCurrent()
{
    const std::optional<RoutingDecision> &decision = m_pane->decision();
    if (!decision || !paneIsCurrent() || !workspace() || !ticketOnScreen() || findChild<EscalateDialog *>())
        return;
    auto *dialog = new EscalateDialog(*workspace(), *decision, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 ticketId = m_pane->ticketId();
    const qint64 decisionId = decision->id;
    connect(dialog, &EscalateDialog::submitted, this, [this, dialog, ticketId, decisionId] {
        AgentAction action;
        action.ticketId = ticketId;
        action.decisionId = decisionId;
        dialog->fillAction(&action);
        QString error;
        if (!record(&action, &error)) {
            dialog->showError(error);
            return;
        }
        dialog->finish();
        statusBar()->showMessage(tr("Escalated to %1").arg(action.escalationTarget), 4000);
        m_queue->selectNext();
    });
    dialog->open();
}

void MainWindow::undoLast()
{
    if (m_undoStack.isEmpty())
        return;
    const AgentAction last = m_undoStack.last();
    AgentAction undo;
    undo.ticketId = last.ticketId;
    undo.decisionId = last.decisionId;
    undo.type = ActionType::Undo;
    undo.undoesActionId = last.id;
    m_tabs->setCurrentIndex(0);
    m_queue->selectTicket(last.ticketId);
    QString error;
    if (!record(&undo, &error)) {
        m_pane->banner()->showMessage(error);
        return;
    }
    statusBar()->showMessage(tr("Undone: the ticket is back where it was"), 4000);
}

void MainWindow::showReviewTickets(const QList<qint64> &ticketIds, const QString &label)
{
    m_tabs->setCurrentIndex(0);
    m_queue->showOnly(ticketIds, label);
    m_queue->table()->setFocus();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(AppSettings::load(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applySettings(dialog->settings()); });
    dialog->open();
}

void MainWindow::applySettings(const AppSettings &settings)
{
    const AppSettings before = AppSettings::load();
    settings.save();
    if (settings.language != before.language || Language::current() != Language::resolve(settings.language))
        Language::apply(settings.language);
    const SessionConfig config = SessionConfig::fromSettings(settings);
    m_config.agent = config.agent;
    m_config.sourcePath = config.sourcePath;
    if (config.demo != m_config.demo || config.store != m_config.store || config.workspacePath != m_config.workspacePath
        || config.modelPath != m_config.modelPath || config.confidenceThreshold != m_config.confidenceThreshold
        || config.llmUrl != m_config.llmUrl || config.llmModel != m_config.llmModel)
        openSession(config);
    updateStatus();
}

void MainWindow::showHelp(HelpDialog::Page page)
{
    if (auto *open = findChild<HelpDialog *>()) {
        open->showPage(page);
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new HelpDialog(actions(), page, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About RouteDesk"),
                       tr("<p><b>RouteDesk</b> triages a support queue: it suggests a category and a specialist, "
                          "drafts a reply and flags what needs a person. You decide; every decision is kept.</p>"));
}

bool MainWindow::ticketOnScreen() const
{
    return m_tabs->currentWidget() == m_splitter;
}

void MainWindow::updateActions()
{
    // On the Review tab the ticket is hidden: its actions (and J/K) are off, so Ctrl+Return there never accepts a
    // ticket the agent cannot see, and the keys reach the review's own widgets.
    const bool onQueue = ticketOnScreen();
    // While the selected ticket is read, the pane still shows the one before: its actions wait for the new one.
    const bool hasDecision = m_sessionOpen && m_pane->decision().has_value() && paneIsCurrent();
    m_accept->setEnabled(onQueue && hasDecision);
    m_override->setEnabled(onQueue && hasDecision && workspace());
    m_escalate->setEnabled(onQueue && hasDecision && workspace());
    m_undo->setEnabled(!m_undoStack.isEmpty());
    m_routeNew->setEnabled(m_sessionOpen && !isBusy() && !m_syncing);
    m_sync->setEnabled(m_sessionOpen && !isBusy() && !m_syncing);
    m_deliver->setEnabled(m_sessionOpen);
    m_reload->setEnabled(m_store && !isBusy());
    m_next->setEnabled(onQueue && m_sessionOpen);
    m_previous->setEnabled(onQueue && m_sessionOpen);
}

// The title names what is open, so two windows (or a demo and a real store) are told apart in the task bar.
void MainWindow::updateTitle()
{
    QStringList parts;
    if (const Workspace *ws = workspace())
        parts << (ws->displayName().isEmpty() ? ws->name() : ws->displayName());
    if (m_store) {
        const StoreLocation &location = m_store->location();
        parts << (location.kind == StoreLocation::Kind::Sqlite ? QFileInfo(location.path).fileName()
                                                               : location.display());
    }
    parts << tr("RouteDesk");
    setWindowTitle(parts.join(QStringLiteral(" \u2014 ")));
}

void MainWindow::updateStatus()
{
    updateTitle();
    if (!m_store) {
        m_storeLabel->setText(tr("No store open"));
        m_countsLabel->clear();
        m_outboxLabel->clear();
        return;
    }
    const QString where = m_store->location().display();
    m_storeLabel->setText(m_config.demo ? tr("Demo store: %1").arg(where) : tr("Store: %1").arg(where));
    m_storeLabel->setToolTip(where);
    const QueueModel *model = m_queue->model();
    m_countsLabel->setText(tr("%n ticket(s)", nullptr, model->size()) + QStringLiteral(" \u00b7 ")
                           + tr("%n new", nullptr, model->countInState(TicketState::New)) + QStringLiteral(" \u00b7 ")
                           + tr("%n escalated", nullptr, model->countInState(TicketState::Escalated)));
    const OutboxCounts outbox = m_store->outboxCounts();
    QString text = tr("%n write-back(s) pending", nullptr, outbox.pending);
    if (outbox.failed + outbox.conflict > 0)
        text += QStringLiteral(" \u00b7 ") + tr("%n failed", nullptr, outbox.failed + outbox.conflict);
    m_outboxLabel->setText(text);
}

} // namespace RouteDesk
