#include "learningsections.h"

#include "learn/backtestview.h"
#include "learn/modelversionspanel.h"
#include "learn/retraindialog.h"
#include "learn/rulesuggestionspanel.h"
#include "review/reviewview.h"
#include "widgets/icons.h"

#include <QAction>
#include <QEvent>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QToolBar>

namespace RouteDesk {

LearningSections::LearningSections(ReviewView *review)
    : QObject(review)
    , m_review(review)
    , m_retrain(new QAction(review))
    , m_models(new ModelVersionsPanel(review))
    , m_rules(new RuleSuggestionsPanel(review))
    , m_backtest(new BacktestView(review))
{
    setObjectName(QStringLiteral("learningSections"));
    m_retrain->setObjectName(QStringLiteral("reviewRetrain"));
    m_retrain->setIcon(Icons::named(QStringLiteral("refresh")));
    m_retrain->setEnabled(false);
    review->toolBar()->addAction(m_retrain);
    review->addSection(m_models, QString(), m_models->model());
    review->addSection(m_rules, QString(), m_rules->model());
    review->addSection(m_backtest, QString(), m_backtest->changedModel());
    connect(m_retrain, &QAction::triggered, this, &LearningSections::retrain);
    connect(m_models, &ModelVersionsPanel::activeModelChanged, this, [this] {
        m_backtest->reloadCandidates();
        emit pipelineChanged();
    });
    connect(m_rules, &RuleSuggestionsPanel::rulesChanged, this, &LearningSections::pipelineChanged);
    // The section titles follow the application's language like the review's own.
    review->installEventFilter(this);
    retranslateUi();
}

LearningSections::~LearningSections() = default;

void LearningSections::setSession(const StoreLocation &location, const LearningSetup &setup, const QString &actor)
{
    m_location = location;
    m_setup = setup;
    m_actor = actor;
    m_hasSession = true;
    m_retrain->setEnabled(true);
    m_models->setStore(location, actor);
    QString error;
    std::shared_ptr<const Workspace> workspace = setup.workspacePath.isEmpty()
        ? std::shared_ptr<const Workspace>(Workspace::demo(&error))
        : std::shared_ptr<const Workspace>(Workspace::load(setup.workspacePath, &error));
    m_taxonomy = workspace ? workspace->taxonomy() : Taxonomy();
    m_rules->setSession(location, workspace, actor);
    m_backtest->setTaxonomy(m_taxonomy);
    m_backtest->setSession(location, setup);
}

RetrainDialog *LearningSections::retrain()
{
    if (!m_hasSession)
        return nullptr;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    m_dialog = new RetrainDialog(m_location, m_setup, m_actor, m_review);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setTaxonomy(m_taxonomy);
    connect(m_dialog, &RetrainDialog::modelActivated, this, [this] {
        m_models->refresh();
        m_backtest->reloadCandidates();
        emit pipelineChanged();
    });
    connect(m_dialog, &RetrainDialog::finished, this, [this](bool ok) {
        if (ok) {
            m_models->refresh();
            m_backtest->reloadCandidates();
        }
    });
    m_dialog->show();
    m_dialog->start();
    return m_dialog;
}

RetrainDialog *LearningSections::retrainDialog() const
{
    return m_dialog;
}

bool LearningSections::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_review && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void LearningSections::retranslateUi()
{
    m_retrain->setText(tr("Retrain…"));
    m_retrain->setToolTip(tr("Train a candidate model from the agents' decisions and compare it with the active one"));
    QTabWidget *sections = m_review->sections();
    sections->setTabText(sections->indexOf(m_models), tr("Model versions"));
    sections->setTabText(sections->indexOf(m_rules), tr("Rule suggestions"));
    sections->setTabText(sections->indexOf(m_backtest), tr("Backtest"));
}

} // namespace RouteDesk
