#pragma once

#include "learn/activemodel.h"
#include "learn/learnjobs.h"
#include "learn/retrainer.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace RouteDesk {

class MessageBanner;

// "Retrain": trains a candidate off the GUI thread (progress, Cancel), shows how it compares with the active model
// on the held-out tickets (overall and per category, the tickets whose routing changes), keeps it in the store as
// a candidate and lets a team lead activate or discard it. A login that may not store or activate models sees
// the database's refusal and can only close.
class RetrainDialog : public QDialog
{
    Q_OBJECT

public:
    RetrainDialog(const StoreLocation &location, const LearningSetup &setup, const QString &actor,
                  QWidget *parent = nullptr);
    ~RetrainDialog() override;

    // Starts training (called by the constructor's owner once the dialog is shown, or by tests).
    void start(const RetrainOptions &options = RetrainOptions());
    bool isRunning() const { return m_watcher != nullptr; }
    void cancel();
    // Category names for the tables (ids are shown without one).
    void setTaxonomy(const Taxonomy &taxonomy) { m_taxonomy = taxonomy; }

    qint64 candidateVersion() const { return m_versionId; } // 0 until kept in the store
    const RetrainResult &result() const { return m_result; }
    QString errorText() const;
    QStandardItemModel *categoriesModel() const { return m_categories; }
    QStandardItemModel *changedModel() const { return m_changed; }

    void activate();
    void discard();

signals:
    void finished(bool ok); // training ended (ok false: failed or cancelled)
    void modelActivated(qint64 versionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showResult(const LearnJobs::RetrainOutcome &outcome);
    void keepCandidate();

    StoreLocation m_location;
    LearningSetup m_setup;
    Taxonomy m_taxonomy;
    QString m_actor;
    std::unique_ptr<DecisionStore> m_store; // GUI-thread connection for keeping and activating
    QFutureWatcher<LearnJobs::RetrainOutcome> *m_watcher = nullptr;
    RetrainResult m_result;
    qint64 m_versionId = 0;
    bool m_done = false;

    MessageBanner *m_banner;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_summary;
    QStandardItemModel *m_categories;
    QTableView *m_categoriesView;
    QStandardItemModel *m_changed;
    QTableView *m_changedView;
    QLabel *m_changedLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_activate;
    QPushButton *m_discard;
};

} // namespace RouteDesk
