#pragma once

// Retraining from what agents decided: a candidate classifier trained on the workspace's history plus the final
// categories stored for tickets (recent overrides weighted up), compared with the active model on the same
// held-out stored tickets, which the candidate never trains on. docs/learning.md describes the split and the
// weights.

#include "activemodel.h"

#include "classify/evaluation.h"
#include "classify/textclassifier.h"
#include "store/decisionstore.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

#include <memory>

namespace RouteDesk {

struct RetrainOptions
{
    // Share of stored labelled tickets held out for the comparison, chosen by a hash of the ticket's source and
    // helpdesk id (not the store id), so the same ticket is held out in every store and every retrain.
    int heldOutPercent = 25;
    // An override settled at the newest stored time weighs this much; the extra weight halves every
    // `overrideHalfLifeDays` before that (history and accepts weigh 1).
    double overrideWeight = 3.0;
    double overrideHalfLifeDays = 30.0;
    TrainOptions train; // seed, folds, model options; targetAccuracy < 0 takes the active model's
    int threads = 0; // predictions for the comparison (0: every core)

    RetrainOptions() { train.targetAccuracy = -1.0; }
};

// True when the ticket belongs to the held-out part (deterministic, see RetrainOptions::heldOutPercent).
bool isHeldOut(const Ticket &ticket, int heldOutPercent);
// The training weight of a stored labelled ticket; `newest` is the latest settledAt among the stored tickets.
double trainingWeight(const LabelledTicket &ticket, const QDateTime &newest, const RetrainOptions &options);

struct TrainingSummary
{
    int historyExamples = 0;
    int storedLabelled = 0; // every stored ticket with a final category
    int storedAccepts = 0; // of those used for training, settled by an accept
    int storedOverrides = 0; // ... by an override
    int storedEscalations = 0; // escalated with a reason code: labels for the detectors
    int heldOut = 0;
    double overrideWeightMax = 0.0; // the heaviest override weight used
    double overrideWeightMin = 0.0;
    nlohmann::json toJson() const;
};

// The training examples (history first, then the stored training part) and the held-out tickets.
QList<LabelledText> buildTrainingSet(const QList<LabelledText> &history, const QList<LabelledTicket> &stored,
                                     const RetrainOptions &options, QList<LabelledTicket> *heldOut,
                                     TrainingSummary *summary);

// A held-out ticket whose routing the candidate would change.
struct ChangedTicket
{
    qint64 ticketId = 0;
    QString source;
    QString externalId;
    QString subject;
    QString finalCategory; // what the agents settled on ("" when unknown)
    QString before;
    QString after;
    double beforeConfidence = 0.0;
    double afterConfidence = 0.0;

    bool fixed() const { return !finalCategory.isEmpty() && after == finalCategory && before != finalCategory; }
    bool broken() const { return !finalCategory.isEmpty() && before == finalCategory && after != finalCategory; }
    nlohmann::json toJson() const;
};

struct CategoryComparison
{
    QString category;
    qsizetype tickets = 0; // held-out tickets with this final category
    double before = 0.0; // share of them the active model gets right (recall)
    double after = 0.0;
};

struct ModelComparison
{
    QString activeDescription;
    QString activeVersion;
    QString candidateVersion;
    Evaluation before; // the active model on the held-out tickets
    Evaluation after; // the candidate on the same tickets
    QList<CategoryComparison> categories; // every final category of the held-out tickets, sorted by id
    QList<ChangedTicket> changed; // in ticket order
    int fixed = 0;
    int broken = 0;
    int stillWrong = 0; // changed, wrong before and after

    qsizetype heldOut() const { return before.examples; }
    // Below this many held-out tickets the accuracies say little (one ticket moves them by several points).
    static constexpr qsizetype MinimumHeldOut = 30;
    bool tooFewHeldOut() const { return heldOut() < MinimumHeldOut; }
    nlohmann::json toJson() const;
    // The comparison as `retrain` prints it (at most `maxChanged` changed tickets listed; the count is complete).
    QString toText(int maxChanged = 20) const;
};

ModelComparison compareModels(const TextClassifier &active, const TextClassifier &candidate,
                              const QList<LabelledTicket> &heldOut, int threads = 0);

struct RetrainResult
{
    std::shared_ptr<const TextClassifier> candidate;
    ActiveModel active;
    TrainingSummary summary;
    nlohmann::json trainReport; // what trainClassifier reported (cross-validated accuracy, threshold, ...)
    ModelComparison comparison;
    double seconds = 0.0;

    // What a model version stores as its metrics: summary, training report and the comparison figures.
    nlohmann::json metrics() const;
};

// Reads the stored labelled tickets and the active model from `store`, trains the candidate on
// `context.history` plus the training part and compares. `progress` is the training's (return false to cancel).
// False with *error when the store cannot be read, the data cannot make a model or training was cancelled.
bool retrain(DecisionStore &store, const LearningContext &context, const RetrainOptions &options,
             const TrainProgress &progress, RetrainResult *result, QString *error);

} // namespace RouteDesk
