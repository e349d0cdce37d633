#include "learnjobs.h"

#include "learn/learnstore.h"

#include <QCoreApplication>

namespace RouteDesk::LearnJobs {

namespace {

// Progress texts, translated on the worker thread (QCoreApplication::translate is thread-safe).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(LearnJobs)
};

} // namespace

void retrain(QPromise<RetrainOutcome> &promise, const StoreLocation &location, const LearningSetup &setup,
             const RetrainOptions &options)
{
    RetrainOutcome outcome;
    promise.setProgressRange(0, 0);
    promise.setProgressValueAndText(0, Text::tr("Loading the workspace, its model and history…"));
    LearningContext context;
    if (!loadLearningContext(setup, &context, &outcome.error)) {
        promise.addResult(std::move(outcome));
        return;
    }
    std::unique_ptr<DecisionStore> store = DecisionStore::open(location, &outcome.error);
    if (!store) {
        promise.addResult(std::move(outcome));
        return;
    }
    promise.setProgressValueAndText(0, Text::tr("Training the candidate…"));
    const bool ok = RouteDesk::retrain(
        *store, context, options,
        [&](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValueAndText(done,
                                            Text::tr("Training the candidate: step %1 of %2").arg(done).arg(total));
            return !promise.isCanceled();
        },
        &outcome.result, &outcome.error);
    if (!ok && promise.isCanceled())
        outcome.error = QStringLiteral("cancelled");
    promise.addResult(std::move(outcome));
}

void mineRules(QPromise<MiningOutcome> &promise, const StoreLocation &location, const RuleMiningOptions &options)
{
    MiningOutcome outcome;
    promise.setProgressRange(0, 0);
    promise.setProgressValueAndText(0, Text::tr("Reading the overrides…"));
    std::unique_ptr<DecisionStore> store = DecisionStore::open(location, &outcome.error);
    if (!store) {
        promise.addResult(std::move(outcome));
        return;
    }
    outcome.labelled = store->labelledTickets();
    if (!store->errorString().isEmpty()) {
        outcome.error = store->errorString();
        promise.addResult(std::move(outcome));
        return;
    }
    LearnStore learn(*store);
    const QList<RuleReview> reviews = learn.ruleReviews();
    if (!learn.errorString().isEmpty()) {
        outcome.error = learn.errorString();
        promise.addResult(std::move(outcome));
        return;
    }
    QSet<QString> reviewed;
    QHash<QString, QStringList> phrases;
    for (const RuleReview &review : reviews) {
        reviewed.insert(review.suggestionKey);
        phrases[review.category].append(review.phrase);
    }
    if (promise.isCanceled())
        return;
    promise.setProgressValueAndText(0, Text::tr("Looking for phrases that mark the agents' categories…"));
    outcome.suggestions = mineRuleSuggestions(outcome.labelled, reviewed, phrases, options);
    promise.addResult(std::move(outcome));
}

void backtest(QPromise<BacktestOutcome> &promise, const BacktestRequest &request)
{
    BacktestOutcome outcome;
    promise.setProgressRange(0, 0);
    promise.setProgressValueAndText(0, Text::tr("Loading the candidate…"));
    std::unique_ptr<DecisionStore> store = DecisionStore::open(request.location, &outcome.error);
    if (!store) {
        promise.addResult(std::move(outcome));
        return;
    }
    LearningContext context;
    if (!loadLearningContext(request.setup, &context, &outcome.error)) {
        promise.addResult(std::move(outcome));
        return;
    }
    std::shared_ptr<const TextClassifier> candidate;
    if (request.modelVersion > 0) {
        LearnStore learn(*store);
        candidate = learn.loadModel(request.modelVersion, &outcome.error);
        outcome.candidate = Text::tr("model version %1").arg(request.modelVersion);
    } else if (!request.modelPath.isEmpty()) {
        candidate = TextClassifier::load(request.modelPath, &outcome.error);
        outcome.candidate = request.modelPath;
    }
    if (!candidate && (request.modelVersion > 0 || !request.modelPath.isEmpty())) {
        promise.addResult(std::move(outcome));
        return;
    }
    QString activeDescription;
    const std::shared_ptr<const Pipeline> replayed
        = candidatePipeline(*store, context, candidate, &activeDescription, &outcome.error);
    if (!replayed) {
        promise.addResult(std::move(outcome));
        return;
    }
    if (!candidate)
        outcome.candidate = Text::tr("the active model (%1)").arg(activeDescription);
    const Pipeline &pipeline = *replayed;
    const bool ok = runBacktest(
        *store, pipeline, {},
        [&](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValueAndText(done, Text::tr("Replaying tickets: %1 of %2").arg(done).arg(total));
            return !promise.isCanceled();
        },
        &outcome.result, &outcome.error);
    if (!ok && promise.isCanceled())
        outcome.error = QStringLiteral("cancelled");
    promise.addResult(std::move(outcome));
}

} // namespace RouteDesk::LearnJobs
