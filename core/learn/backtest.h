#pragma once

// Backtest: replays stored tickets through a pipeline (a candidate model, the workspace with its accepted rules)
// before anything is switched on, and compares with what the store holds: accuracy against final categories,
// escalation rate by reason, and which tickets would be routed differently.
//
// Only tickets a retrained candidate did not learn from are replayed: unsettled tickets and the held-out part of
// the settled ones (RetrainOptions::heldOutPercent, chosen by the same hash of source and helpdesk id). Settled
// tickets of the training part and tickets agents escalated with a reason (which train the risk detectors) are
// left out and counted, so a candidate is never judged on its own training data.

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
    int heldOutPercent = 25; // the retrain's held-out share (RetrainOptions::heldOutPercent)
    // Also replay the tickets a candidate learns from. Their figures flatter it; for checking what changes on the
    // whole store (`backtest --include-trained`), never for judging a model.
    bool includeTrained = false;
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
    int leftOut = 0; // routed tickets left out because a retrained candidate learns from them
    // Below this many labelled tickets an accuracy says little: the result says so.
    static constexpr int MinimumLabelled = 30;
    BacktestSide stored; // the latest stored decisions
    BacktestSide replay; // the replay
    Evaluation evaluation; // the replay's categories against the final ones (per-category figures, confusion)
    QList<ChangedTicket> changed; // replayed category differs from the latest stored decision's, in ticket order

    double accuracyStored() const { return labelled ? double(stored.correct) / labelled : 0.0; }
    double accuracyReplay() const { return labelled ? double(replay.correct) / labelled : 0.0; }
    double escalationRate(const BacktestSide &side) const { return replayed ? double(side.escalated) / replayed : 0.0; }
    bool tooFewLabelled() const { return labelled < MinimumLabelled; }
    QString warning() const; // empty, or why the figures say little
    nlohmann::json toJson() const;
    QString toText(int maxChanged = 20) const;
};

// `progress(done, total)` returns false to cancel (runBacktest then fails with "cancelled").
bool runBacktest(DecisionStore &store, const Pipeline &pipeline, const BacktestOptions &options,
                 const std::function<bool(int, int)> &progress, BacktestResult *result, QString *error);

} // namespace RouteDesk
