#include "jointthresholds.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace RouteDesk {

JointThresholdChoice chooseJointThresholds(const JointThresholdProblem &problem)
{
    const qsizetype n = problem.examples;
    const int heads = problem.detectors;
    const int reasons = problem.reasons;
    Q_ASSERT(static_cast<qsizetype>(problem.scores.size()) == n * heads);
    Q_ASSERT(static_cast<int>(problem.start.size()) == heads && static_cast<int>(problem.adjustable.size()) == heads);
    Q_ASSERT(static_cast<qsizetype>(problem.positive.size()) == n * reasons);
    Q_ASSERT(static_cast<qsizetype>(problem.benign.size()) == n);
    Q_ASSERT(static_cast<int>(problem.targetRecall.size()) == reasons);
    Q_ASSERT(problem.otherFlag.empty() || static_cast<qsizetype>(problem.otherFlag.size()) == n);
    auto score = [&](qsizetype i, int h) {
        return problem.scores[i * heads + h];
    };

    // Each detector's examples from the lowest score up; pointer[h] is the first one that fires.
    std::vector<std::vector<qsizetype>> ascending(heads);
    std::vector<qsizetype> pointer(heads, 0);
    std::vector<int> flags(n, 0);
    for (qsizetype i = 0; i < n; ++i)
        flags[i] = !problem.otherFlag.empty() && problem.otherFlag[i] ? 1 : 0;
    JointThresholdChoice choice;
    choice.thresholds = problem.start;
    for (int h = 0; h < heads; ++h) {
        std::vector<qsizetype> &order = ascending[h];
        order.resize(n);
        std::iota(order.begin(), order.end(), qsizetype(0));
        std::stable_sort(order.begin(), order.end(),
                         [&](qsizetype a, qsizetype b) { return score(a, h) < score(b, h); });
        pointer[h] = std::lower_bound(order.begin(), order.end(), problem.start[h],
                                      [&](qsizetype i, double t) { return score(i, h) < t; })
            - order.begin();
        for (qsizetype k = pointer[h]; k < n; ++k)
            ++flags[order[k]];
    }

    std::vector<int> labelled(reasons, 0);
    std::vector<int> covered(reasons, 0);
    int benignCount = 0;
    int benignFlagged = 0;
    for (qsizetype i = 0; i < n; ++i) {
        for (int r = 0; r < reasons; ++r) {
            if (problem.positive[i * reasons + r]) {
                ++labelled[r];
                covered[r] += flags[i] > 0 ? 1 : 0;
            }
        }
        if (problem.benign[i]) {
            ++benignCount;
            benignFlagged += flags[i] > 0 ? 1 : 0;
        }
    }
    // What each reason must keep covered: its target, or what it had at the start when that is less.
    std::vector<int> required(reasons, 0);
    for (int r = 0; r < reasons; ++r) {
        const int target = static_cast<int>(std::ceil(problem.targetRecall[r] * labelled[r] - 1e-9));
        required[r] = std::min(target, covered[r]);
    }
    choice.startUnionRecall.resize(reasons);
    for (int r = 0; r < reasons; ++r)
        choice.startUnionRecall[r] = labelled[r] > 0 ? double(covered[r]) / labelled[r] : 1.0;
    choice.startNeedless = benignCount > 0 ? double(benignFlagged) / benignCount : 0.0;

    // Greedy: the raise with the best ratio of needless flags removed to positives uncovered. A ticket flagged k
    // times counts 1/k for each flag, so that removing the first of two flags on a needless ticket is worth half
    // of removing it from the union, and uncovering a positive that others still flag costs as much.
    constexpr double Free = 1e-6;
    std::vector<int> lost(reasons);
    for (;;) {
        int bestHead = -1;
        qsizetype bestEnd = 0;
        double bestRatio = 0.0;
        double bestGain = 0.0;
        for (int h = 0; h < heads; ++h) {
            if (!problem.adjustable[h])
                continue;
            const std::vector<qsizetype> &order = ascending[h];
            std::fill(lost.begin(), lost.end(), 0);
            double gain = 0.0;
            double cost = 0.0;
            qsizetype k = pointer[h];
            while (k < n) {
                // One group of equal scores at a time: a threshold sits between distinct scores.
                qsizetype end = k;
                const float value = score(order[k], h);
                bool feasible = true;
                while (end < n && score(order[end], h) == value) {
                    const qsizetype i = order[end];
                    // A ticket the rest of the policy flags stays flagged whatever this detector does.
                    const bool held = !problem.otherFlag.empty() && problem.otherFlag[i];
                    const double share = held ? 0.0 : 1.0 / flags[i];
                    if (problem.benign[i]) {
                        gain += share;
                    } else {
                        cost += share;
                        if (flags[i] == 1) {
                            for (int r = 0; r < reasons; ++r) {
                                if (problem.positive[i * reasons + r] && covered[r] - ++lost[r] < required[r])
                                    feasible = false;
                            }
                        }
                    }
                    ++end;
                }
                // Never past the top group: a detector keeps firing on what it scores highest.
                if (!feasible || end >= n)
                    break;
                const double ratio = gain / (cost + Free);
                if (gain > 0 && (ratio > bestRatio || (ratio == bestRatio && gain > bestGain))) {
                    bestHead = h;
                    bestEnd = end;
                    bestRatio = ratio;
                    bestGain = gain;
                }
                k = end;
            }
        }
        if (bestHead < 0)
            break;
        const std::vector<qsizetype> &order = ascending[bestHead];
        for (qsizetype k = pointer[bestHead]; k < bestEnd; ++k) {
            const qsizetype i = order[k];
            if (--flags[i] == 0) {
                for (int r = 0; r < reasons; ++r)
                    covered[r] -= problem.positive[i * reasons + r] ? 1 : 0;
                benignFlagged -= problem.benign[i] ? 1 : 0;
            }
        }
        pointer[bestHead] = bestEnd;
        choice.thresholds[bestHead] = score(order[bestEnd], bestHead);
        ++choice.steps;
    }

    choice.unionRecall.resize(reasons);
    for (int r = 0; r < reasons; ++r)
        choice.unionRecall[r] = labelled[r] > 0 ? double(covered[r]) / labelled[r] : 1.0;
    choice.needless = benignCount > 0 ? double(benignFlagged) / benignCount : 0.0;
    return choice;
}

} // namespace RouteDesk
