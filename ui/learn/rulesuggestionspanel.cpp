#include "rulesuggestionspanel.h"

#include "learn/activemodel.h"
#include "learn/learnstore.h"
#include "learn/ruleeditdialog.h"
#include "widgets/messagebanner.h"
#include "widgets/tables.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QtConcurrent>
#include <QVBoxLayout>

namespace RouteDesk {

using Tables::item;

RuleSuggestionsPanel::RuleSuggestionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
    , m_status(new QLabel(this))
    , m_find(new QPushButton(this))
    , m_model(new QStandardItemModel(this))
    , m_table(Tables::makeReadOnlyTable(this, QStringLiteral("ruleSuggestionsTable"), m_model))
    , m_changesLabel(new QLabel(this))
    , m_changes(new QStandardItemModel(this))
    , m_changesTable(Tables::makeReadOnlyTable(this, QStringLiteral("ruleChangesTable"), m_changes))
    , m_note(new QLineEdit(this))
    , m_accept(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_reject(new QPushButton(this))
{
    setObjectName(QStringLiteral("ruleSuggestionsPanel"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection); // accept, edit and reject act on one suggestion
    m_changesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_find->setObjectName(QStringLiteral("ruleSuggestionsFind"));
    m_status->setObjectName(QStringLiteral("ruleSuggestionsStatus"));
    m_note->setObjectName(QStringLiteral("ruleSuggestionsNote"));
    m_accept->setObjectName(QStringLiteral("ruleSuggestionsAccept"));
    m_edit->setObjectName(QStringLiteral("ruleSuggestionsEdit"));
    m_reject->setObjectName(QStringLiteral("ruleSuggestionsReject"));
    m_banner->hide();
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_find);
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_changesLabel);
    detailsLayout->addWidget(m_changesTable);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_note, 1);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_find, &QPushButton::clicked, this, &RuleSuggestionsPanel::refresh);
    connect(m_accept, &QPushButton::clicked, this, &RuleSuggestionsPanel::acceptSelected);
    connect(m_edit, &QPushButton::clicked, this, &RuleSuggestionsPanel::editSelected);
    connect(m_reject, &QPushButton::clicked, this, &RuleSuggestionsPanel::rejectSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showChanges();
        updateButtons();
    });
    retranslateUi();
    // Room for the phrase and the ticket's subject; the last column takes what is left.
    m_table->setColumnWidth(1, 220);
    m_changesTable->setColumnWidth(1, 320);
    m_changesTable->setColumnWidth(2, 150);
    for (int column = 3; column < 5; ++column)
        m_changesTable->setColumnWidth(column, 150);
    m_table->setColumnWidth(2, 150);
    updateButtons();
}

RuleSuggestionsPanel::~RuleSuggestionsPanel()
{
    if (m_watcher) {
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
}

void RuleSuggestionsPanel::setSession(const StoreLocation &location, std::shared_ptr<const Workspace> workspace,
                                      const QString &actor)
{
    m_location = location;
    m_hasStore = true;
    m_workspace = std::move(workspace);
    m_actor = actor;
    m_store.reset();
    m_suggestions.clear();
    m_labelled.clear();
    m_model->removeRows(0, m_model->rowCount());
    m_changes->removeRows(0, m_changes->rowCount());
    m_status->setText(tr("Find phrases that mark the categories agents chose where the model was wrong."));
    updateButtons();
}

DecisionStore *RuleSuggestionsPanel::store()
{
    if (!m_store && m_hasStore) {
        QString error;
        m_store = DecisionStore::open(m_location, &error);
        if (!m_store)
            m_banner->showMessage(tr("The store cannot be opened: %1").arg(error));
    }
    return m_store.get();
}

QString RuleSuggestionsPanel::errorText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void RuleSuggestionsPanel::refresh()
{
    if (!m_hasStore || m_watcher)
        return;
    m_banner->hide();
    m_find->setEnabled(false);
    m_status->setText(tr("Reading the overrides…"));
    m_watcher = new QFutureWatcher<LearnJobs::MiningOutcome>(this);
    connect(m_watcher, &QFutureWatcherBase::progressTextChanged, m_status, &QLabel::setText);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        LearnJobs::MiningOutcome outcome;
        if (m_watcher->future().resultCount() > 0)
            outcome = m_watcher->future().takeResult();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        m_find->setEnabled(true);
        show(outcome);
        emit refreshed();
    });
    m_watcher->setFuture(QtConcurrent::run(&LearnJobs::mineRules, m_location, RuleMiningOptions()));
}

void RuleSuggestionsPanel::show(const LearnJobs::MiningOutcome &outcome)
{
    if (!outcome.error.isEmpty()) {
        m_banner->showMessage(tr("No suggestions: %1").arg(outcome.error));
        m_status->clear();
        return;
    }
    m_suggestions = outcome.suggestions;
    m_labelled = outcome.labelled;
    m_model->removeRows(0, m_model->rowCount());
    for (const RuleSuggestion &s : std::as_const(m_suggestions)) {
        m_model->appendRow({item(s.key), item(s.phrase), item(categoryName(s.category), s.category),
                            item(QString::number(s.support), s.support),
                            item(Tables::percent(s.precision()), s.precision()),
                            item(tr("%1 (%2 right, %3 wrong)").arg(s.changes.size()).arg(s.fixes()).arg(s.breaks()),
                                 int(s.changes.size()))});
    }
    m_status->setText(tr("%n ticket(s) with a final category", nullptr, int(m_labelled.size())) + QStringLiteral(": ")
                      + tr("%n suggestion(s)", nullptr, int(m_suggestions.size())));
    if (!m_suggestions.isEmpty())
        m_table->selectRow(0);
    showChanges();
    updateButtons();
}

const RuleSuggestion *RuleSuggestionsPanel::selected() const
{
    const QString key = selectedKey();
    for (const RuleSuggestion &s : m_suggestions) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

QString RuleSuggestionsPanel::selectedKey() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->item(rows.first().row(), 0)->text();
}

void RuleSuggestionsPanel::selectSuggestion(const QString &key)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, 0)->text() == key) {
            m_table->selectRow(row);
            return;
        }
    }
}

void RuleSuggestionsPanel::showChanges()
{
    m_changes->removeRows(0, m_changes->rowCount());
    const RuleSuggestion *s = selected();
    if (!s)
        return;
    for (const RuleChange &change : s->changes)
        m_changes->appendRow({item(change.externalId, change.ticketId), item(change.subject),
                              item(categoryName(change.before), change.before),
                              item(categoryName(change.after), change.after),
                              item(categoryName(change.finalCategory), change.finalCategory),
                              item(change.right() ? tr("right") : tr("wrong"), change.right())});
}

QString RuleSuggestionsPanel::categoryName(const QString &id) const
{
    return m_workspace ? m_workspace->taxonomy().displayName(id, interfaceLanguage()) : id;
}

void RuleSuggestionsPanel::updateButtons()
{
    const bool any = selected() != nullptr;
    m_accept->setEnabled(any);
    m_edit->setEnabled(any);
    m_reject->setEnabled(any);
}

void RuleSuggestionsPanel::removeSuggestion(const QString &key)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, 0)->text() == key) {
            m_model->removeRow(row);
            break;
        }
    }
    m_suggestions.removeIf([&](const RuleSuggestion &s) { return s.key == key; });
    showChanges();
    updateButtons();
}

bool RuleSuggestionsPanel::acceptSelected()
{
    const RuleSuggestion *s = selected();
    if (!s)
        return false;
    return acceptEdited(*s, RuleEdit());
}

bool RuleSuggestionsPanel::editSelected()
{
    const RuleSuggestion *s = selected();
    if (!s)
        return false;
    RuleEditDialog dialog(*s, m_workspace ? m_workspace->taxonomy().ids() : QStringList(), m_labelled, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return acceptEdited(dialog.measured(), dialog.edit());
}

bool RuleSuggestionsPanel::acceptEdited(const RuleSuggestion &measured, const RuleEdit &edit)
{
    DecisionStore *s = store();
    if (!s)
        return false;
    LearnStore learn(*s);
    const nlohmann::json rule = suggestionRule(measured, edit, m_actor, QDateTime::currentDateTimeUtc());
    if (m_workspace) {
        // The rule must fit the workspace with the rules already accepted.
        QList<nlohmann::json> rules;
        for (const AcceptedRule &accepted : learn.acceptedRules())
            rules.append(accepted.rule);
        rules.append(rule);
        QString error;
        if (!workspaceWithRules(m_workspace, rules, &error)) {
            m_banner->showMessage(tr("The rule does not fit the workspace: %1").arg(error));
            return false;
        }
    }
    if (!learn.acceptRule(measured.key, measured.category, measured.phrase, measured.support, measured.precision(),
                          rule, m_actor, m_note->text())) {
        m_banner->showMessage(learn.errorString());
        return false;
    }
    m_banner->showMessage(tr("Accepted: tickets with \"%1\" now go to %2.").arg(measured.phrase, measured.category),
                          MessageBanner::Kind::Information);
    m_note->clear();
    removeSuggestion(measured.key);
    emit rulesChanged();
    return true;
}

bool RuleSuggestionsPanel::rejectSelected()
{
    const RuleSuggestion *selectedSuggestion = selected();
    DecisionStore *s = store();
    if (!selectedSuggestion || !s)
        return false;
    const RuleSuggestion suggestion = *selectedSuggestion;
    LearnStore learn(*s);
    if (!learn.rejectSuggestion(suggestion.key, suggestion.category, suggestion.phrase, suggestion.support,
                                suggestion.precision(), m_actor, m_note->text())) {
        m_banner->showMessage(learn.errorString());
        return false;
    }
    m_banner->hide();
    m_note->clear();
    removeSuggestion(suggestion.key);
    return true;
}

void RuleSuggestionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RuleSuggestionsPanel::retranslateUi()
{
    m_find->setText(tr("&Find suggestions"));
    m_accept->setText(tr("Accept"));
    m_accept->setToolTip(tr("Add the rule to this store's rules (team leads)"));
    m_edit->setText(tr("Edit…"));
    m_reject->setText(tr("Reject"));
    m_reject->setToolTip(tr("Never suggest this again (team leads)"));
    m_note->setPlaceholderText(tr("Why (kept with your decision)"));
    m_changesLabel->setText(tr("Stored tickets the selected rule would change:"));
    m_model->setHorizontalHeaderLabels(
        {tr("Id"), tr("Phrase"), tr("Category"), tr("Support"), tr("Precision"), tr("Would change")});
    m_changes->setHorizontalHeaderLabels(
        {tr("Ticket"), tr("Subject"), tr("Suggested"), tr("Rule"), tr("Final category"), tr("Result")});
}

} // namespace RouteDesk
