#pragma once

// Turning linear scores into probabilities people can trust, and choosing thresholds from held-out data.
// Everything here works on out-of-fold results: scores of examples by a model that did not see them.

#include <QList>

#include <vector>

namespace RouteDesk {

// Probabilities p = softmax(inverseTemperature * scores); `scores` and `out` have `classes` entries.
void softmax(const float *scores, int classes, double inverseTemperature, double *out);

// Temperature scaling (Guo et al., 2017): the inverse temperature that minimises the negative log-likelihood
// of the true labels under softmax(beta * scores). `scores` is row-major, rows x classes. Convex in beta;
// solved by safeguarded Newton steps. Returns 1 when there is nothing to fit.
double fitInverseTemperature(const std::vector<float> &scores, const std::vector<int> &labels, int classes);

// Expected calibration error over `bins` equal-width bins of the top probability:
// sum over bins of (bin size / n) * |accuracy in bin - mean confidence in bin|.
double expectedCalibrationError(const std::vector<double> &confidence, const std::vector<bool> &correct, int bins = 15);

struct ThresholdChoice
{
    double threshold = 1.0; // route automatically when confidence >= threshold
    double coverage = 0.0; // share of examples at or above it
    double accuracy = 0.0; // accuracy among them (0 when none)
    bool reached = false; // false when even the most confident examples miss the target
};

// The smallest threshold t among the observed confidences such that accuracy among examples with
// confidence >= t reaches `target`. When none does, threshold 1 (nothing is routed automatically unless
// it is certain).
ThresholdChoice chooseThreshold(const std::vector<double> &confidence, const std::vector<bool> &correct, double target);

// Accuracy and coverage at a given threshold.
ThresholdChoice measureThreshold(const std::vector<double> &confidence, const std::vector<bool> &correct,
                                 double threshold);

// Secondary-intent threshold per class from out-of-fold probabilities (row-major rows x classes): for class c,
// the SecondaryQuantile quantile of p(c) over the examples that are neither labelled c nor predicted c (how high
// c climbs on tickets that are not about it), clamped to [SecondaryFloor, SecondaryCeiling].
inline constexpr double SecondaryQuantile = 0.98;
inline constexpr double SecondaryFloor = 0.15;
inline constexpr double SecondaryCeiling = 0.5;
std::vector<double> secondaryThresholds(const std::vector<double> &probabilities, const std::vector<int> &labels,
                                        int classes);

} // namespace RouteDesk
