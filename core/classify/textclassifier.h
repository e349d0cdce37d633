#pragma once

// The learned classifier: the contract the pipeline, the command-line tool and learning rely on.
// Implementation and training live beside this header (core/classify/).

#include "model/routingdecision.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <functional>
#include <limits>
#include <memory>

namespace RouteDesk {

// One labelled example for training or evaluation. `weight` lets learning weigh recent overrides up.
struct LabelledText
{
    QString text;
    QString label;
    double weight = 1.0;
    // Escalation codes a person gave the ticket ("security_incident", ...) and the other categories it raises:
    // the labels of the risk detectors. Empty when the data has none.
    QStringList reasons;
    QStringList secondary;
};

// A feature that pushed the prediction towards a category, for the explanation ("refund" +1.42).
struct FeatureContribution
{
    QString feature; // readable: a word, a word pair or a character n-gram as it appears in the text
    QString category;
    double weight = 0.0; // contribution to that category's score
};

struct Prediction
{
    QList<ScoredCategory> ranked; // every category with its calibrated probability, highest first; sums to 1
    QList<FeatureContribution> evidence; // strongest features for the top category, strongest first (at most 8)
    // How well the text fits any category: the top category's raw score. A model with a scope threshold calls
    // a text out of scope below it. NaN for models without one.
    double scope = std::numeric_limits<double>::quiet_NaN();
    double scopeThreshold = std::numeric_limits<double>::quiet_NaN();
    QList<DetectorScore> detectors; // every learned detector of the model, in the model's order

    bool outOfScope() const { return scope < scopeThreshold; }
    const DetectorScore *detector(const QString &code) const;

    QString category() const { return ranked.isEmpty() ? QString() : ranked.first().category; }
    double confidence() const { return ranked.isEmpty() ? 0.0 : ranked.first().p; }
    // p(top) - p(second); 1 when there is one category.
    double margin() const;
};

// A trained model. Immutable: predict() is const and safe to call from several threads at once.
// Loaded and saved as a versioned JSON document that records its categories, its training data summary,
// its metrics and the thresholds chosen from data.
class TextClassifier
{
public:
    virtual ~TextClassifier() = default;

    // nullptr with *error for a missing, malformed, altered or newer-format file (the message says which).
    // *badInput (when given) tells a file that was read but is no good model (malformed, altered, newer format)
    // from one that could not be read at all.
    // A model file records a version that is a hash of its content (see LinearTextClassifier::fromData); a file
    // whose content no longer matches it was changed after it was written and is refused.
    static std::unique_ptr<TextClassifier> load(const QString &path, QString *error, bool *badInput = nullptr);
    static std::unique_ptr<TextClassifier> fromJson(const QByteArray &json, QString *error);
    virtual QByteArray toJson() const = 0;
    bool save(const QString &path, QString *error) const; // atomic (QSaveFile)

    virtual Prediction predict(const QString &text) const = 0;
    // predict() without the evidence: the same ranking, cheaper (evaluation, backtests).
    virtual Prediction rank(const QString &text) const { return predict(text); }

    virtual QStringList categories() const = 0;
    // Identifies the trained weights: changes whenever training data, options or seed change.
    virtual QString version() const = 0;
    // Below this calibrated confidence the ticket goes to a person (chosen by cross-validation for the
    // target accuracy at training time).
    virtual double threshold() const = 0;
    virtual double targetAccuracy() const = 0;
    // A category other than the top one is a secondary intent when its probability reaches this.
    virtual double secondaryThreshold(const QString &category) const = 0;
    // Training summary and metrics, as stored in the model file.
    virtual nlohmann::json metadata() const = 0;
    // The escalation codes this model has learned detectors for (empty when its data had no such labels).
    virtual QStringList detectorCodes() const { return {}; }
};

// What a detector's threshold is chosen for: a recall (the share of labelled tickets it must catch in
// cross-validation) or, when `precision` is set, the lowest threshold whose precision reaches it.
struct DetectorTarget
{
    double recall = 0.95;
    double precision = 0.0; // 0: choose for recall
};

// Predicts many texts on `threads` threads (0: every core); results in input order, as predict() (or rank()
// when `evidence` is false) would give them one by one.
QList<Prediction> predictAll(const TextClassifier &classifier, const QStringList &texts, bool evidence = true,
                             int threads = 0);

// What the rest of the escalation policy would see of a training example out of fold: the joint choice of the
// detectors' thresholds asks whether something else already sends it to a person.
struct OutOfFoldView
{
    const LabelledText *example = nullptr;
    QList<ScoredCategory> ranked; // calibrated out-of-fold probabilities, highest first
    double threshold = 0.0; // the model's confidence threshold
    double scope = std::numeric_limits<double>::quiet_NaN(); // top raw score and the scope threshold (NaN: none)
    double scopeThreshold = std::numeric_limits<double>::quiet_NaN();
};

// True when flags other than the learned detectors' (phrase lists, confidence, ambiguity, scope) escalate the
// example. Called from several threads at once.
using OtherFlags = std::function<bool(const OutOfFoldView &)>;

struct TrainOptions
{
    quint64 seed = 1; // the same data, options and seed give the same model, byte for byte
    double targetAccuracy = 0.95; // accuracy wanted among tickets routed without a person
    int folds = 5; // cross-validation folds for calibration and the threshold
    QString name; // recorded in the model file and its version

    // Model options (defaults chosen by cross-validation on banking77, see docs/classifier.md).
    double c = 0.5; // SVM cost: higher fits the training data more closely
    int minDf = 1; // a term must occur in this many training texts to become a feature
    int maxFeatures = 0; // keep at most this many features, the most frequent (0: no limit)
    int wordMaxN = 2; // word n-grams 1..wordMaxN
    int charMinN = 2; // character n-grams charMinN..charMaxN inside words (charMinN 0: none)
    int charMaxN = 5;
    int threads = 0; // 0: every core; the model does not depend on it

    // Risk detectors: one per escalation code with at least `minDetectorExamples` labelled examples (and as many
    // without). Codes without a target use `defaultDetectorTarget`.
    QStringList detectorCodes = defaultDetectorCodes();
    QHash<QString, DetectorTarget> detectorTargets = defaultDetectorTargets();
    DetectorTarget defaultDetectorTarget;
    int minDetectorExamples = 10;
    // Joint thresholds: starting from each detector's own threshold, raise them while every reason's union
    // recall (any flag, out of fold) keeps its target recall, so that fewer tickets that need nobody are
    // flagged (see jointthresholds.h). `otherFlags` tells which examples the rest of the policy flags anyway;
    // without it, the model's own low-confidence and scope thresholds.
    bool jointThresholds = true;
    OtherFlags otherFlags;
    // Scope: the share of in-scope training tickets (out of fold) whose fit must pass the scope threshold.
    // 0 turns the scope threshold off.
    double scopePass = 0.95;

    static QStringList defaultDetectorCodes();
    static QHash<QString, DetectorTarget> defaultDetectorTargets();
};

// Progress from 0 to total; return false to cancel (train then fails with "cancelled"). Called from the
// training threads, never two calls at once.
using TrainProgress = std::function<bool(int done, int total)>;

// Trains, calibrates and chooses thresholds. nullptr with *error when the data cannot make a model
// (fewer than two categories, empty texts only, cancelled). *report receives what `train` prints:
// cross-validated accuracy, the chosen threshold and the share of tickets it routes automatically.
std::unique_ptr<TextClassifier> trainClassifier(const QList<LabelledText> &examples, const TrainOptions &options,
                                                nlohmann::json *report, const TrainProgress &progress, QString *error);

} // namespace RouteDesk
