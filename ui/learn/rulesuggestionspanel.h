#pragma once

#include "learn/learnjobs.h"
#include "workspace/workspace.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace RouteDesk {

class MessageBanner;

// Rule suggestions mined from overrides (off the GUI thread): the phrase, the category, support, precision and the
// tickets each would change. A team lead accepts one as it is, edits it first, or rejects it for good; accepted
// rules join the workspace's rules for this store.
class RuleSuggestionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RuleSuggestionsPanel(QWidget *parent = nullptr);
    ~RuleSuggestionsPanel() override;

    void setSession(const StoreLocation &location, std::shared_ptr<const Workspace> workspace, const QString &actor);
    // Mines again (in the background; refreshed() when done).
    void refresh();
    bool isRunning() const { return m_watcher != nullptr; }

    const QList<RuleSuggestion> &suggestions() const { return m_suggestions; }
    QStandardItemModel *model() const { return m_model; }
    QStandardItemModel *changesModel() const { return m_changes; }
    QTableView *table() const { return m_table; }
    QLineEdit *noteEdit() const { return m_note; }
    QString errorText() const;

    void selectSuggestion(const QString &key);
    QString selectedKey() const;
    bool acceptSelected(); // as suggested
    bool editSelected(); // opens RuleEditDialog, accepts what the lead confirms
    bool acceptEdited(const RuleSuggestion &measured, const RuleEdit &edit);
    bool rejectSelected();

signals:
    void refreshed();
    void rulesChanged(); // a rule was accepted: pipelines of this store should be rebuilt

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString categoryName(const QString &id) const; // the workspace's name for a category id
    void show(const LearnJobs::MiningOutcome &outcome);
    void showChanges();
    void updateButtons();
    const RuleSuggestion *selected() const;
    void removeSuggestion(const QString &key);
    DecisionStore *store();

    StoreLocation m_location;
    bool m_hasStore = false;
    std::shared_ptr<const Workspace> m_workspace;
    QString m_actor;
    std::unique_ptr<DecisionStore> m_store;
    QFutureWatcher<LearnJobs::MiningOutcome> *m_watcher = nullptr;
    QList<RuleSuggestion> m_suggestions;
    QList<LabelledTicket> m_labelled;

    MessageBanner *m_banner;
    QLabel *m_status;
    QPushButton *m_find;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QLabel *m_changesLabel;
    QStandardItemModel *m_changes;
    QTableView *m_changesTable;
    QLineEdit *m_note;
    QPushButton *m_accept;
    QPushButton *m_edit;
    QPushButton *m_reject;
};

} // namespace RouteDesk
