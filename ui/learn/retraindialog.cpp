#include "retraindialog.h"

#include "learn/learnstore.h"
#include "widgets/confirm.h"
#include "widgets/messagebanner.h"
#include "widgets/tables.h"

#include <QDialogButtonBox>
#include <QEvent>
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

RetrainDialog::RetrainDialog(const StoreLocation &location, const LearningSetup &setup, const QString &actor,
                             QWidget *parent)
    : QDialog(parent)
    , m_location(location)
    , m_setup(setup)
    , m_actor(actor)
    , m_banner(new MessageBanner(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_categories(new QStandardItemModel(this))
    , m_categoriesView(Tables::makeReadOnlyTable(this, QStringLiteral("retrainCategories"), m_categories))
    , m_changed(new QStandardItemModel(this))
    , m_changedView(Tables::makeReadOnlyTable(this, QStringLiteral("retrainChanged"), m_changed))
    , m_changedLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_activate(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
    , m_discard(m_buttons->addButton(QString(), QDialogButtonBox::DestructiveRole))
{
    setObjectName(QStringLiteral("retrainDialog"));
    m_status->setObjectName(QStringLiteral("retrainStatus"));
    m_progress->setObjectName(QStringLiteral("retrainProgress"));
    m_cancel->setObjectName(QStringLiteral("retrainCancel"));
    m_summary->setObjectName(QStringLiteral("retrainSummary"));
    m_activate->setObjectName(QStringLiteral("retrainActivate"));
    m_discard->setObjectName(QStringLiteral("retrainDiscard"));
    m_banner->hide();
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_status->setTextFormat(Qt::PlainText);
    m_activate->setEnabled(false);
    // Enter closes: activating changes the whole team's routing and is a deliberate click.
    m_activate->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Close)->setDefault(true);
    m_discard->setEnabled(false);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_categoriesView, 1);
    layout->addWidget(m_changedLabel);
    layout->addWidget(m_changedView, 2);
    layout->addWidget(m_buttons);

    // Activate and Discard decide; Close leaves the candidate in the store for later.
    connect(m_activate, &QPushButton::clicked, this, &RetrainDialog::activate);
    connect(m_discard, &QPushButton::clicked, this, &RetrainDialog::discard);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        cancel();
        reject();
    });
    connect(m_cancel, &QPushButton::clicked, this, &RetrainDialog::cancel);
    resize(820, 640);
    retranslateUi();
}

RetrainDialog::~RetrainDialog()
{
    if (m_watcher) {
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
}

QString RetrainDialog::errorText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void RetrainDialog::start(const RetrainOptions &options)
{
    if (m_watcher)
        return;
    m_done = false;
    m_banner->hide();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_status->setText(tr("Training a candidate from the history and the agents' final categories…"));
    m_watcher = new QFutureWatcher<LearnJobs::RetrainOutcome>(this);
    connect(m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcherBase::progressTextChanged, m_status, &QLabel::setText);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        LearnJobs::RetrainOutcome outcome;
        if (m_watcher->future().resultCount() > 0)
            outcome = m_watcher->future().takeResult();
        else
            outcome.error = QStringLiteral("cancelled");
        m_watcher->deleteLater();
        m_watcher = nullptr;
        showResult(outcome);
    });
    m_watcher->setFuture(QtConcurrent::run(&LearnJobs::retrain, m_location, m_setup, options));
}

void RetrainDialog::cancel()
{
    if (m_watcher) {
        m_watcher->cancel();
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling…"));
    }
}

void RetrainDialog::showResult(const LearnJobs::RetrainOutcome &outcome)
{
    m_progress->hide();
    m_cancel->hide();
    m_done = true;
    if (!outcome.error.isEmpty() || !outcome.result.candidate) {
        const bool cancelled = outcome.error == QLatin1String("cancelled");
        m_status->setText(cancelled ? tr("Retraining was cancelled.") : tr("Retraining failed."));
        if (!cancelled)
            m_banner->showMessage(tr("No candidate was trained: %1").arg(outcome.error));
        emit finished(false);
        return;
    }
    m_result = outcome.result;
    const ModelComparison &c = m_result.comparison;
    const TrainingSummary &s = m_result.summary;
    m_status->setText(tr("Trained on %n ticket(s)", nullptr, s.historyExamples + s.storedAccepts + s.storedOverrides)
                      + QStringLiteral(" ")
                      + tr("(%1 from the history, %2 accepted and %3 overridden in the store) in %4 s.")
                            .arg(s.historyExamples)
                            .arg(s.storedAccepts)
                            .arg(s.storedOverrides)
                            .arg(QLocale().toString(m_result.seconds, 'f', 1)));
    if (c.heldOut() == 0) {
        m_summary->setText(tr("There are no held-out tickets to compare on: the store has too few tickets with a "
                              "final category."));
    } else {
        m_summary->setText(
            tr("On %n held-out ticket(s) that the candidate never saw, accuracy goes from %1 (active "
               "model: %2) to %3.",
               nullptr, int(c.heldOut()))
                .arg(percent(c.before.accuracy), c.activeDescription, percent(c.after.accuracy))
            + QLatin1Char(' ')
            + tr("%n ticket(s) would be routed differently: %1 fixed, %2 broken.", nullptr, int(c.changed.size()))
                  .arg(c.fixed)
                  .arg(c.broken));
        if (c.tooFewHeldOut())
            m_banner->showMessage(tr("Only %n held-out ticket(s): these figures say little until the store has "
                                     "at least %1 settled tickets to hold out.",
                                     nullptr, int(c.heldOut()))
                                      .arg(ModelComparison::MinimumHeldOut),
                                  MessageBanner::Kind::Information);
    }
    m_categories->removeRows(0, m_categories->rowCount());
    for (const CategoryComparison &category : c.categories) {
        m_categories->appendRow(
            {item(m_taxonomy.displayName(category.category, interfaceLanguage()), category.category),
             item(QString::number(category.tickets), category.tickets), item(percent(category.before), category.before),
             item(percent(category.after), category.after),
             item(QStringLiteral("%1%2")
                      .arg(category.after >= category.before ? QStringLiteral("+") : QString())
                      .arg(QLocale().toString((category.after - category.before) * 100, 'f', 1)),
                  category.after - category.before)});
    }
    m_changed->removeRows(0, m_changed->rowCount());
    for (const ChangedTicket &ticket : c.changed) {
        const QString outcomeText
            = ticket.fixed() ? tr("fixed") : (ticket.broken() ? tr("broken") : tr("wrong before and after"));
        m_changed->appendRow(
            {item(ticket.externalId, ticket.ticketId), item(ticket.subject),
             item(m_taxonomy.displayName(ticket.before, interfaceLanguage()), ticket.before),
             item(m_taxonomy.displayName(ticket.after, interfaceLanguage()), ticket.after),
             item(m_taxonomy.displayName(ticket.finalCategory, interfaceLanguage()), ticket.finalCategory),
             item(outcomeText)});
    }
    retranslateUi();
    keepCandidate();
    emit finished(true);
}

// Every candidate is kept (with its metrics), whatever the lead then decides.
void RetrainDialog::keepCandidate()
{
    QString error;
    if (!m_store)
        m_store = DecisionStore::open(m_location, &error);
    if (!m_store) {
        m_banner->showMessage(tr("The candidate cannot be kept: %1").arg(error));
        return;
    }
    LearnStore learn(*m_store);
    const TrainingSummary &s = m_result.summary;
    if (!learn.addModelVersion(*m_result.candidate, m_result.metrics(), m_actor,
                               tr("retrained in the desktop app on %n ticket(s)", nullptr,
                                  s.historyExamples + s.storedAccepts + s.storedOverrides),
                               &m_versionId)) {
        m_versionId = 0;
        m_banner->showMessage(learn.errorString());
        return;
    }
    m_activate->setEnabled(true);
    m_discard->setEnabled(true);
    m_status->setText(m_status->text() + QLatin1Char(' ') + tr("Kept as candidate model version %1.").arg(m_versionId));
}

void RetrainDialog::activate()
{
    if (m_versionId == 0 || !m_store)
        return;
    const ModelComparison &c = m_result.comparison;
    QString question = tr("Route the team's new tickets with candidate model version %1?").arg(m_versionId);
    if (c.heldOut() > 0)
        question += QLatin1Char('\n')
            + tr("On %n held-out ticket(s), accuracy goes from %1 to %2.", nullptr, int(c.heldOut()))
                  .arg(percent(c.before.accuracy), percent(c.after.accuracy));
    if (c.tooFewHeldOut())
        question += QLatin1Char('\n') + tr("That is too few tickets to tell whether it is better.");
    if (!confirm(this, tr("Activate the candidate"), question, tr("&Activate")))
        return;
    LearnStore learn(*m_store);
    if (!learn.activate(m_versionId, m_actor)) {
        m_banner->showMessage(learn.errorString());
        return;
    }
    emit modelActivated(m_versionId);
    accept();
}

void RetrainDialog::discard()
{
    if (m_versionId == 0 || !m_store)
        return;
    LearnStore learn(*m_store);
    if (!learn.discard(m_versionId, m_actor)) {
        m_banner->showMessage(learn.errorString());
        return;
    }
    reject();
}

void RetrainDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RetrainDialog::retranslateUi()
{
    setWindowTitle(tr("Retrain the model"));
    m_cancel->setText(tr("Cancel"));
    m_activate->setText(tr("&Activate"));
    m_activate->setToolTip(tr("Make the candidate the model the team's pipeline uses (team leads)"));
    m_discard->setText(tr("&Discard"));
    m_discard->setToolTip(tr("Throw the candidate away; it stays listed with its metrics"));
    m_categories->setHorizontalHeaderLabels(
        {tr("Final category"), tr("Held-out tickets"), tr("Active model"), tr("Candidate"), tr("Change (points)")});
    m_changed->setHorizontalHeaderLabels(
        {tr("Ticket"), tr("Subject"), tr("Active model"), tr("Candidate"), tr("Final category"), tr("Outcome")});
    m_changedLabel->setText(tr("Held-out tickets whose routing would change:"));
}

} // namespace RouteDesk
