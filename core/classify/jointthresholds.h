#pragma once

// Joint choice of the risk detectors' thresholds on out-of-fold scores.
//
// A ticket reaches a person when ANY flag is raised, so what matters for a reason is the recall of the union of
// flags on its tickets, and what costs is the union's false-positive rate on tickets that need nobody. Thresholds
// chosen one detector at a time for its own recall add their false positives up. chooseJointThresholds() starts
// from such thresholds and raises them while every reason's union recall stays at its target: each step takes the
// raise of one detector that removes the most needless flags per positive ticket it uncovers.

#include <QtGlobal>

#include <vector>

namespace RouteDesk {

struct JointThresholdProblem
{
    qsizetype examples = 0;
    int detectors = 0;
    int reasons = 0;
    // Out-of-fold scores, example-major: scores[i * detectors + h]. A detector fires when score >= threshold.
    std::vector<float> scores;
    // Starting thresholds (each detector's own choice) and whether the joint choice may raise it.
    std::vector<double> start;
    std::vector<bool> adjustable;
    // Reason labels, example-major: positive[i * reasons + r]; benign[i]: the example needs nobody.
    std::vector<quint8> positive;
    std::vector<quint8> benign;
    // The union recall every reason must keep (share of its examples with any flag), per reason.
    std::vector<double> targetRecall;
    // Flags the rest of the policy raises whatever the detectors say (phrases, low confidence, scope), per example.
    std::vector<quint8> otherFlag;
};

struct JointThresholdChoice
{
    std::vector<double> thresholds; // per detector, never below its start
    std::vector<double> unionRecall; // per reason, at the chosen thresholds
    std::vector<double> startUnionRecall; // per reason, at the starting thresholds
    double needless = 0.0; // share of benign examples with any flag, at the chosen thresholds
    double startNeedless = 0.0; // ... at the starting thresholds
    int steps = 0;
};

// Raises thresholds greedily while every reason keeps max(its target, nothing more than it had at the start) of
// union recall: a reason whose start is below its target is not made worse. Deterministic; O(steps * n *
// detectors). The problem's vectors must have the sizes documented above (checked with Q_ASSERT).
JointThresholdChoice chooseJointThresholds(const JointThresholdProblem &problem);

} // namespace RouteDesk
