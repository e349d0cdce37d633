#pragma once

#include "learn/activemodel.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace RouteDesk {

class BacktestView;
class ModelVersionsPanel;
class RetrainDialog;
class ReviewView;
class RuleSuggestionsPanel;

// Learning in the team lead's review (issue 6), installed with one call: a "Retrain…" action on the review's
// tool bar and three sections: model versions, rule suggestions and backtest. The main window tells it which
// store, workspace and agent the session has.
class LearningSections : public QObject
{
    Q_OBJECT

public:
    explicit LearningSections(ReviewView *review);
    ~LearningSections() override;

    void setSession(const StoreLocation &location, const LearningSetup &setup, const QString &actor);

    QAction *retrainAction() const { return m_retrain; }
    ModelVersionsPanel *models() const { return m_models; }
    RuleSuggestionsPanel *rules() const { return m_rules; }
    BacktestView *backtest() const { return m_backtest; }
    // Opens the retrain dialog (non-modal, deleted on close) and starts training.
    RetrainDialog *retrain();
    RetrainDialog *retrainDialog() const;

signals:
    // The store's active model or its accepted rules changed: pipelines for this store should be rebuilt.
    void pipelineChanged();

private:
    void retranslateUi();
    bool eventFilter(QObject *watched, QEvent *event) override;

    ReviewView *m_review;
    StoreLocation m_location;
    LearningSetup m_setup;
    Taxonomy m_taxonomy;
    QString m_actor;
    bool m_hasSession = false;
    QAction *m_retrain;
    ModelVersionsPanel *m_models;
    RuleSuggestionsPanel *m_rules;
    BacktestView *m_backtest;
    QPointer<RetrainDialog> m_dialog;
};

} // namespace RouteDesk
