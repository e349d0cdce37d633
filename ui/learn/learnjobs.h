#pragma once

// Learning work that runs off the GUI thread (QtConcurrent::run with a QPromise): each job opens its own
// DecisionStore, reports progress, stops when cancelled and hands plain values back.

#include "learn/activemodel.h"
#include "learn/backtest.h"
#include "learn/retrainer.h"
#include "learn/rulemining.h"

#include <QPromise>

namespace RouteDesk::LearnJobs {

struct RetrainOutcome
{
    RetrainResult result;
    QString error; // empty on success; "cancelled" when cancelled
};
void retrain(QPromise<RetrainOutcome> &promise, const StoreLocation &location, const LearningSetup &setup,
             const RetrainOptions &options);

struct MiningOutcome
{
    QList<RuleSuggestion> suggestions;
    QList<LabelledTicket> labelled; // what they were mined from (edits are measured on it)
    QString error;
};
void mineRules(QPromise<MiningOutcome> &promise, const StoreLocation &location, const RuleMiningOptions &options);

struct BacktestRequest
{
    StoreLocation location;
    LearningSetup setup;
    qint64 modelVersion = 0; // > 0: this stored version
    QString modelPath; // else a model file; both empty: the store's active model
};
struct BacktestOutcome
{
    BacktestResult result;
    QString candidate; // what was replayed, in words
    QString error;
};
void backtest(QPromise<BacktestOutcome> &promise, const BacktestRequest &request);

} // namespace RouteDesk::LearnJobs
