#pragma once

// Backtest: replays stored tickets through a pipeline (a candidate model, the workspace with its accepted rules)
// before anything is switched on, and compares with what the store holds: accuracy against final categories,
// escalation rate by reason, and which tickets would be routed differently.

#include "retrainer.h"

#include "classify/evaluation.h"
#include "pipeline/pipeline.h"
#include "store/decisionstore.h"

#include <QList>
#include <QMap>
#include <QString>

#include <nlohmann/json.hpp>

#include <functional>

namespace RouteDesk {

struct BacktestOptions
{
    int threads = 0; // 0: every core
    bool labelledOnly = false; // replay only tickets with a final category
};

struct BacktestSide
{
    int correct = 0; // of the labelled tickets, routed to their final category
    int escalated = 0; // tickets with at least one flag
    QMap<QString, int> flags; // escalation code -> tickets with that flag
};

struct BacktestResult
{
    QString modelVersion;
    QString workspaceVersion;
    int replayed = 0; // stored tickets run through the pipeline (those with a stored decision)
    int labelled = 0; // of those, with a final category
    BacktestSide stored; // the latest stored decisions
    BacktestSide replay; // the replay
    Evaluation evaluation; // the replay's categories against the final ones (per-category figures, confusion)
    QList<ChangedTicket> changed; // replayed category differs from the latest stored decision's, in ticket order

    double accuracyStored() const { return labelled ? double(stored.correct) / labelled : 0.0; }
    double accuracyReplay() const { return labelled ? double(replay.correct) / labelled : 0.0; }
    double escalationRate(const BacktestSide &side) const { return replayed ? double(side.escalated) / replayed : 0.0; }
    nlohmann::json toJson() const;
    QString toText(int maxChanged = 20) const;
};

// `progress(done, total)` returns false to cancel (runBacktest then fails with "cancelled").
bool runBacktest(DecisionStore &store, const Pipeline &pipeline, const BacktestOptions &options,
                 const std::function<bool(int, int)> &progress, BacktestResult *result, QString *error);

} // namespace RouteDesk
