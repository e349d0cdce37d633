#pragma once

#include "learn/learnjobs.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace RouteDesk {

class MessageBanner;

// Backtest in the review: replays the stored tickets through a candidate (the active model, a stored version or
// a model file) with the store's rules, off the GUI thread with progress and Cancel, and shows accuracy against
// final categories, the escalation rate by reason (stored against replay) and the tickets that would change.
class BacktestView : public QWidget
{
    Q_OBJECT

public:
    explicit BacktestView(QWidget *parent = nullptr);
    ~BacktestView() override;

    void setSession(const StoreLocation &location, const LearningSetup &setup);
    // Category names for the tables (ids are shown without one).
    void setTaxonomy(const Taxonomy &taxonomy) { m_taxonomy = taxonomy; }
    // Fills the candidate list: the active model and every stored version.
    void reloadCandidates();
    // Starts a backtest of the chosen candidate; `modelPath` (when not empty) replays that file instead.
    void run(const QString &modelPath = QString());
    void cancel();
    bool isRunning() const { return m_watcher != nullptr; }

    QComboBox *candidateBox() const { return m_candidate; }
    QStandardItemModel *reasonsModel() const { return m_reasons; }
    QStandardItemModel *changedModel() const { return m_changed; }
    QString summaryText() const;
    QString errorText() const;
    const BacktestResult &result() const { return m_result; }

signals:
    void finished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void renderResult();
    void show(const LearnJobs::BacktestOutcome &outcome);

    StoreLocation m_location;
    LearningSetup m_setup;
    Taxonomy m_taxonomy;
    bool m_hasStore = false;
    QFutureWatcher<LearnJobs::BacktestOutcome> *m_watcher = nullptr;
    BacktestResult m_result;
    QString m_candidateName;
    bool m_hasResult = false;

    MessageBanner *m_banner;
    QLabel *m_candidateLabel;
    QComboBox *m_candidate;
    QPushButton *m_run;
    QPushButton *m_file;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_summary;
    QStandardItemModel *m_reasons;
    QTableView *m_reasonsView;
    QStandardItemModel *m_changed;
    QTableView *m_changedView;
};

} // namespace RouteDesk
