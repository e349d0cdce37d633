#include "calibration.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace RouteDesk {

void softmax(const float *scores, int classes, double inverseTemperature, double *out)
{
    double top = -INFINITY;
    for (int k = 0; k < classes; ++k)
        top = std::max(top, inverseTemperature * scores[k]);
    double sum = 0.0;
    for (int k = 0; k < classes; ++k) {
        out[k] = std::exp(inverseTemperature * scores[k] - top);
        sum += out[k];
    }
    for (int k = 0; k < classes; ++k)
        out[k] /= sum;
}

namespace {

// Negative log-likelihood and its first two derivatives in beta.
void nllDerivatives(const std::vector<float> &scores, const std::vector<int> &labels, int classes, double beta,
                    double *value, double *first, double *second)
{
    std::vector<double> p(classes);
    double f = 0.0;
    double g = 0.0;
    double h = 0.0;
    const qsizetype n = static_cast<qsizetype>(labels.size());
    for (qsizetype i = 0; i < n; ++i) {
        const float *s = scores.data() + i * classes;
        softmax(s, classes, beta, p.data());
        double mean = 0.0;
        double meanSquare = 0.0;
        for (int k = 0; k < classes; ++k) {
            mean += p[k] * s[k];
            meanSquare += p[k] * double(s[k]) * s[k];
        }
        const int y = labels[i];
        f -= std::log(std::max(p[y], 1e-300));
        g += mean - s[y];
        h += meanSquare - mean * mean;
    }
    *value = f;
    *first = g;
    *second = h;
}

} // namespace

double fitInverseTemperature(const std::vector<float> &scores, const std::vector<int> &labels, int classes)
{
    if (labels.empty() || classes < 2)
        return 1.0;
    double beta = 1.0;
    double f;
    double g;
    double h;
    nllDerivatives(scores, labels, classes, beta, &f, &g, &h);
    for (int iteration = 0; iteration < 100; ++iteration) {
        if (std::fabs(g) < 1e-9 * labels.size())
            break;
        double step = h > 1e-12 ? -g / h : (g > 0 ? -beta / 2 : beta);
        // Stay positive and take at most a factor of 4 per step.
        step = std::clamp(step, -0.75 * beta, 3.0 * beta);
        double next = beta + step;
        double nf;
        double ng;
        double nh;
        nllDerivatives(scores, labels, classes, next, &nf, &ng, &nh);
        int halvings = 0;
        while (nf > f && halvings < 30) {
            step /= 2;
            next = beta + step;
            nllDerivatives(scores, labels, classes, next, &nf, &ng, &nh);
            ++halvings;
        }
        if (nf > f)
            break;
        const bool done = std::fabs(next - beta) < 1e-10 * beta;
        beta = next;
        f = nf;
        g = ng;
        h = nh;
        if (done)
            break;
        if (beta > 1e6)
            break;
    }
    return beta;
}

double expectedCalibrationError(const std::vector<double> &confidence, const std::vector<bool> &correct, int bins)
{
    const qsizetype n = static_cast<qsizetype>(confidence.size());
    if (n == 0 || bins < 1)
        return 0.0;
    std::vector<double> sumConfidence(bins, 0.0);
    std::vector<double> hits(bins, 0.0);
    std::vector<qsizetype> count(bins, 0);
    for (qsizetype i = 0; i < n; ++i) {
        const int bin = std::clamp(static_cast<int>(std::ceil(confidence[i] * bins)) - 1, 0, bins - 1);
        sumConfidence[bin] += confidence[i];
        hits[bin] += correct[i] ? 1.0 : 0.0;
        ++count[bin];
    }
    double ece = 0.0;
    for (int b = 0; b < bins; ++b) {
        if (count[b] > 0)
            ece += std::fabs(hits[b] - sumConfidence[b]) / double(n);
    }
    return ece;
}

ThresholdChoice measureThreshold(const std::vector<double> &confidence, const std::vector<bool> &correct,
                                 double threshold)
{
    ThresholdChoice choice;
    choice.threshold = threshold;
    qsizetype covered = 0;
    qsizetype right = 0;
    for (size_t i = 0; i < confidence.size(); ++i) {
        if (confidence[i] >= threshold) {
            ++covered;
            right += correct[i] ? 1 : 0;
        }
    }
    choice.coverage = confidence.empty() ? 0.0 : double(covered) / double(confidence.size());
    choice.accuracy = covered == 0 ? 0.0 : double(right) / double(covered);
    return choice;
}

ThresholdChoice chooseThreshold(const std::vector<double> &confidence, const std::vector<bool> &correct, double target)
{
    const qsizetype n = static_cast<qsizetype>(confidence.size());
    std::vector<qsizetype> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return confidence[a] > confidence[b]; });
    // Walk down from the most confident; a threshold can only sit between distinct confidences.
    qsizetype right = 0;
    qsizetype best = -1;
    for (qsizetype m = 0; m < n; ++m) {
        right += correct[order[m]] ? 1 : 0;
        const bool boundary = m + 1 == n || confidence[order[m + 1]] < confidence[order[m]];
        if (boundary && double(right) >= target * double(m + 1) - 1e-12)
            best = m;
    }
    if (best < 0) {
        ThresholdChoice none = measureThreshold(confidence, correct, 1.0);
        none.reached = false;
        return none;
    }
    ThresholdChoice choice = measureThreshold(confidence, correct, confidence[order[best]]);
    choice.reached = true;
    return choice;
}

std::vector<double> secondaryThresholds(const std::vector<double> &probabilities, const std::vector<int> &labels,
                                        int classes)
{
    const qsizetype n = static_cast<qsizetype>(labels.size());
    std::vector<std::vector<double>> values(classes);
    for (qsizetype i = 0; i < n; ++i) {
        const double *p = probabilities.data() + i * classes;
        const int predicted = static_cast<int>(std::max_element(p, p + classes) - p);
        for (int c = 0; c < classes; ++c) {
            if (c != labels[i] && c != predicted)
                values[c].push_back(p[c]);
        }
    }
    std::vector<double> thresholds(classes, SecondaryFloor);
    for (int c = 0; c < classes; ++c) {
        std::vector<double> &v = values[c];
        if (v.empty())
            continue;
        std::sort(v.begin(), v.end());
        const size_t at = std::min(v.size() - 1, static_cast<size_t>(std::floor(SecondaryQuantile * (v.size() - 1))));
        thresholds[c] = std::clamp(v[at], SecondaryFloor, SecondaryCeiling);
    }
    return thresholds;
}

} // namespace RouteDesk
