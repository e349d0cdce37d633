#pragma once

// Quality figures for a classifier on labelled examples: what `routedesk-cli eval` prints, what training
// reports from cross-validation, and what learning (backtests) compares between model versions.

#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace RouteDesk {

// One judged example: its true label, the predicted category and the calibrated confidence of that prediction.
struct EvaluatedExample
{
    QString label;
    QString predicted;
    double confidence = 0.0;
};

struct CategoryMetrics
{
    QString category;
    qsizetype support = 0; // examples labelled with it
    qsizetype predicted = 0; // examples predicted as it
    double precision = 0.0;
    double recall = 0.0;
    double f1 = 0.0;
};

struct Evaluation
{
    qsizetype examples = 0;
    double accuracy = 0.0;
    // Unweighted mean of F1 over every category that occurs as a label or a prediction (as scikit-learn's
    // f1_score(average="macro")).
    double macroF1 = 0.0;
    QList<CategoryMetrics> perCategory; // the model's categories first, in its order, then unknown labels
    // confusion[i][j]: examples labelled labels[i] predicted as predictions[j].
    QStringList labels;
    QStringList predictions;
    QList<QList<qsizetype>> confusion;
    qsizetype unknownLabels = 0; // examples whose label the model does not know (always counted wrong)
    double ece = 0.0; // expected calibration error, 15 equal-width bins on the confidence
    double threshold = 0.0; // the model's confidence threshold
    double coverage = 0.0; // share of examples at or above it (routed without a person)
    double accuracyAtThreshold = 0.0; // accuracy among those

    nlohmann::json toJson() const;
    // A readable report: summary, per-category table and confusion matrix.
    QString toText() const;
};

// Computes every figure. `categories` are the model's categories (the confusion matrix columns).
Evaluation evaluate(const QStringList &categories, const QList<EvaluatedExample> &examples, double threshold);

} // namespace RouteDesk
