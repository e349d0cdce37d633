#include "backtestview.h"

#include "learn/learnstore.h"
#include "learn/modelversionspanel.h"
#include "queue/queuemodel.h"
#include "widgets/messagebanner.h"
#include "widgets/tables.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QtConcurrent>
#include <QVBoxLayout>

namespace RouteDesk {

using Tables::item;
using Tables::percent;

BacktestView::BacktestView(QWidget *parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
    , m_candidateLabel(new QLabel(this))
    , m_candidate(new QComboBox(this))
    , m_run(new QPushButton(this))
    , m_file(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_reasons(new QStandardItemModel(this))
    , m_reasonsView(Tables::makeReadOnlyTable(this, QStringLiteral("backtestReasons"), m_reasons))
    , m_changed(new QStandardItemModel(this))
    , m_changedView(Tables::makeReadOnlyTable(this, QStringLiteral("backtestChanged"), m_changed))
{
    setObjectName(QStringLiteral("backtestView"));
    m_candidate->setObjectName(QStringLiteral("backtestCandidate"));
    m_run->setObjectName(QStringLiteral("backtestRun"));
    m_file->setObjectName(QStringLiteral("backtestFile"));
    m_cancel->setObjectName(QStringLiteral("backtestCancel"));
    m_summary->setObjectName(QStringLiteral("backtestSummary"));
    m_progress->setObjectName(QStringLiteral("backtestProgress"));
    m_banner->hide();
    m_progress->hide();
    m_cancel->hide();
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_candidate->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_candidateLabel->setBuddy(m_candidate);

    auto *top = new QHBoxLayout;
    top->addWidget(m_candidateLabel);
    top->addWidget(m_candidate);
    top->addWidget(m_run);
    top->addWidget(m_file);
    top->addStretch(1);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);
    auto *tables = new QHBoxLayout;
    tables->addWidget(m_reasonsView, 1);
    tables->addWidget(m_changedView, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addLayout(tables, 1);

    connect(m_run, &QPushButton::clicked, this, [this] { run(); });
    connect(m_file, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Model to backtest"), QString(), tr("Models (*.json)"));
        if (!path.isEmpty())
            run(path);
    });
    connect(m_cancel, &QPushButton::clicked, this, &BacktestView::cancel);
    retranslateUi();
}

BacktestView::~BacktestView()
{
    if (m_watcher) {
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
}

void BacktestView::setSession(const StoreLocation &location, const LearningSetup &setup)
{
    m_location = location;
    m_setup = setup;
    m_hasStore = true;
    reloadCandidates();
}

void BacktestView::reloadCandidates()
{
    m_candidate->clear();
    m_candidate->addItem(tr("The active model"), qint64(0));
    if (!m_hasStore)
        return;
    QString error;
    std::unique_ptr<DecisionStore> store = DecisionStore::open(m_location, &error);
    if (!store) {
        m_banner->showMessage(tr("The store cannot be opened: %1").arg(error));
        return;
    }
    LearnStore learn(*store);
    for (const ModelVersion &v : learn.modelVersions())
        m_candidate->addItem(tr("Model version %1 (%2)").arg(v.id).arg(ModelVersionsPanel::statusText(v.status)), v.id);
}

QString BacktestView::summaryText() const
{
    return m_summary->text();
}

QString BacktestView::errorText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void BacktestView::run(const QString &modelPath)
{
    if (!m_hasStore || m_watcher)
        return;
    LearnJobs::BacktestRequest request;
    request.location = m_location;
    request.setup = m_setup;
    request.modelPath = modelPath;
    if (modelPath.isEmpty())
        request.modelVersion = m_candidate->currentData().toLongLong();
    m_banner->hide();
    m_run->setEnabled(false);
    m_file->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_summary->setText(tr("Replaying the stored tickets…"));
    m_watcher = new QFutureWatcher<LearnJobs::BacktestOutcome>(this);
    connect(m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        LearnJobs::BacktestOutcome outcome;
        if (m_watcher->future().resultCount() > 0)
            outcome = m_watcher->future().takeResult();
        else
            outcome.error = QStringLiteral("cancelled");
        m_watcher->deleteLater();
        m_watcher = nullptr;
        show(outcome);
    });
    m_watcher->setFuture(QtConcurrent::run(&LearnJobs::backtest, request));
}

void BacktestView::cancel()
{
    if (m_watcher)
        m_watcher->cancel();
}

void BacktestView::show(const LearnJobs::BacktestOutcome &outcome)
{
    m_progress->hide();
    m_cancel->hide();
    m_run->setEnabled(true);
    m_file->setEnabled(true);
    if (!outcome.error.isEmpty()) {
        const bool cancelled = outcome.error == QLatin1String("cancelled");
        m_summary->setText(cancelled ? tr("The backtest was cancelled.") : QString());
        if (!cancelled)
            m_banner->showMessage(tr("The backtest failed: %1").arg(outcome.error));
        emit finished(false);
        return;
    }
    m_result = outcome.result;
    m_candidateName = outcome.candidate;
    m_hasResult = true;
    renderResult();
    emit finished(true);
}

// The result's texts in the interface language (again after a language change).
void BacktestView::renderResult()
{
    const BacktestResult &r = m_result;
    int fixed = 0;
    int broken = 0;
    for (const ChangedTicket &c : r.changed) {
        fixed += c.fixed() ? 1 : 0;
        broken += c.broken() ? 1 : 0;
    }
    m_summary->setText(
        tr("Replayed %n stored ticket(s) through %1.", nullptr, r.replayed).arg(m_candidateName) + QLatin1Char(' ')
        + tr("Accuracy against the final categories: %1 stored, %2 replayed (%n ticket(s) with a "
             "final category).",
             nullptr, int(r.labelled))
              .arg(percent(r.accuracyStored()), percent(r.accuracyReplay()))
        + QLatin1Char(' ')
        + tr("Escalation rate: %1 stored, %2 replayed.")
              .arg(percent(r.escalationRate(r.stored)), percent(r.escalationRate(r.replay)))
        + QLatin1Char(' ')
        + tr("%n ticket(s) would be routed differently: %1 now right, %2 now wrong.", nullptr, int(r.changed.size()))
              .arg(fixed)
              .arg(broken));
    m_reasons->removeRows(0, m_reasons->rowCount());
    QStringList codes = r.stored.flags.keys();
    for (const QString &code : r.replay.flags.keys()) {
        if (!codes.contains(code))
            codes.append(code);
    }
    codes.sort();
    for (const QString &code : std::as_const(codes)) {
        const double before = r.replayed ? double(r.stored.flags.value(code)) / r.replayed : 0.0;
        const double after = r.replayed ? double(r.replay.flags.value(code)) / r.replayed : 0.0;
        m_reasons->appendRow(
            {item(QueueModel::flagText(code), code), item(percent(before), before), item(percent(after), after)});
    }
    m_changed->removeRows(0, m_changed->rowCount());
    for (const ChangedTicket &c : r.changed) {
        const QString verdict = c.finalCategory.isEmpty()
            ? QString()
            : (c.fixed() ? tr("now right") : (c.broken() ? tr("now wrong") : tr("wrong before and after")));
        m_changed->appendRow({item(c.externalId, c.ticketId), item(c.subject),
                              item(m_taxonomy.displayName(c.before, interfaceLanguage()), c.before),
                              item(m_taxonomy.displayName(c.after, interfaceLanguage()), c.after),
                              item(m_taxonomy.displayName(c.finalCategory, interfaceLanguage()), c.finalCategory),
                              item(verdict)});
    }
}

void BacktestView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_hasResult)
            renderResult();
    }
    QWidget::changeEvent(event);
}

void BacktestView::retranslateUi()
{
    m_candidateLabel->setText(tr("Candidate:"));
    m_run->setText(tr("&Run backtest"));
    m_file->setText(tr("Model file…"));
    m_cancel->setText(tr("Cancel"));
    if (m_candidate->count() > 0)
        m_candidate->setItemText(0, tr("The active model"));
    m_reasons->setHorizontalHeaderLabels({tr("Escalation reason"), tr("Stored"), tr("Replay")});
    m_changed->setHorizontalHeaderLabels(
        {tr("Ticket"), tr("Subject"), tr("Stored"), tr("Replay"), tr("Final category"), tr("Result")});
}

} // namespace RouteDesk
