// The joint choice of detector thresholds on out-of-fold scores: every reason keeps its union recall (any flag)
// at its target while fewer tickets that need nobody are flagged than with thresholds chosen one by one.

#include "classify/jointthresholds.h"

#include <QTest>

using namespace RouteDesk;

namespace {

// Two detectors (0: refunds, 1: security) and their two reasons. 40 tickets need nobody; each detector scores
// them low, spread over [0, 0.4). 10 refund tickets: 8 score high on the refund detector, 2 score like the
// ordinary tickets there (0.05, 0.25) but high on the security detector (a refund after a fraudulent charge).
// 10 security tickets score high on the security detector only. Chosen alone for full recall, the refund
// detector must come down to 0.05 and flags most ordinary tickets; jointly the security detector already
// covers its two hard tickets.
JointThresholdProblem twoDetectors()
{
    JointThresholdProblem p;
    p.detectors = 2;
    p.reasons = 2;
    auto add = [&p](float refund, float security, bool isRefund, bool isSecurity) {
        p.scores.push_back(refund);
        p.scores.push_back(security);
        p.positive.push_back(isRefund ? 1 : 0);
        p.positive.push_back(isSecurity ? 1 : 0);
        p.benign.push_back(!isRefund && !isSecurity ? 1 : 0);
        ++p.examples;
    };
    for (int i = 0; i < 40; ++i)
        add(float(i) * 0.01f, float((i * 7) % 40) * 0.01f, false, false);
    for (int i = 0; i < 8; ++i)
        add(1.0f + float(i) * 0.1f, 0.0f, true, false);
    add(0.05f, 1.5f, true, false);
    add(0.25f, 1.6f, true, false);
    for (int i = 0; i < 10; ++i)
        add(0.0f, 1.0f + float(i) * 0.05f, false, true);
    p.start = {0.05, 1.0}; // each detector's own threshold for full recall
    p.adjustable = {true, true};
    p.targetRecall = {1.0, 1.0};
    return p;
}

struct Figures
{
    std::vector<double> unionRecall;
    double needless = 0.0;
};

// Recomputed from scratch, independently of the implementation's bookkeeping.
Figures figures(const JointThresholdProblem &p, const std::vector<double> &thresholds)
{
    Figures f;
    std::vector<int> labelled(p.reasons, 0);
    std::vector<int> covered(p.reasons, 0);
    int benign = 0;
    int benignFlagged = 0;
    for (qsizetype i = 0; i < p.examples; ++i) {
        bool flagged = !p.otherFlag.empty() && p.otherFlag[i];
        for (int h = 0; h < p.detectors; ++h)
            flagged = flagged || p.scores[i * p.detectors + h] >= thresholds[h];
        for (int r = 0; r < p.reasons; ++r) {
            if (p.positive[i * p.reasons + r]) {
                ++labelled[r];
                covered[r] += flagged ? 1 : 0;
            }
        }
        if (p.benign[i]) {
            ++benign;
            benignFlagged += flagged ? 1 : 0;
        }
    }
    for (int r = 0; r < p.reasons; ++r)
        f.unionRecall.push_back(double(covered[r]) / labelled[r]);
    f.needless = double(benignFlagged) / benign;
    return f;
}

} // namespace

class TestJointThresholds : public QObject
{
    Q_OBJECT

private slots:
    void keepsUnionRecallAndFlagsFewerOrdinaryTickets()
    {
        const JointThresholdProblem p = twoDetectors();
        const Figures independent = figures(p, p.start);
        QVERIFY(independent.needless > 0.3);

        const JointThresholdChoice choice = chooseJointThresholds(p);
        const Figures joint = figures(p, choice.thresholds);
        for (int r = 0; r < p.reasons; ++r)
            QVERIFY2(joint.unionRecall[r] >= p.targetRecall[r], qPrintable(QString::number(r)));
        QVERIFY2(joint.needless < independent.needless / 2,
                 qPrintable(QStringLiteral("%1 -> %2").arg(independent.needless).arg(joint.needless)));
        for (int h = 0; h < p.detectors; ++h)
            QVERIFY(choice.thresholds[h] >= p.start[h]);
        // What the choice reports is what the thresholds give.
        QCOMPARE(choice.needless, joint.needless);
        QCOMPARE(choice.startNeedless, independent.needless);
        QCOMPARE(choice.unionRecall, joint.unionRecall);
    }

    // A reason's target is a floor: below full recall the choice may give up the hardest tickets, not more.
    void stopsAtTheTarget()
    {
        JointThresholdProblem p = twoDetectors();
        p.targetRecall = {0.8, 0.9};
        const JointThresholdChoice choice = chooseJointThresholds(p);
        const Figures joint = figures(p, choice.thresholds);
        QVERIFY(joint.unionRecall[0] >= 0.8);
        QVERIFY(joint.unionRecall[1] >= 0.9);
        QVERIFY(joint.needless <= figures(p, p.start).needless);
    }

    // A detector that may not move keeps its threshold; flags the rest of the policy raises count as covering.
    void fixedDetectorsAndOtherFlags()
    {
        JointThresholdProblem p = twoDetectors();
        p.adjustable = {true, false};
        JointThresholdChoice choice = chooseJointThresholds(p);
        QCOMPARE(choice.thresholds[1], p.start[1]);
        QVERIFY(figures(p, choice.thresholds).unionRecall[0] >= 1.0);

        // With the security detector switched off nothing covers the two hard refund tickets but the refund
        // detector itself: it cannot rise above them ...
        p.start[1] = 100.0;
        choice = chooseJointThresholds(p);
        QCOMPARE(figures(p, choice.thresholds).unionRecall[0], 1.0);
        QVERIFY(choice.thresholds[0] <= 0.05);
        // ... unless another flag (a phrase) covers them.
        p.otherFlag.assign(p.examples, 0);
        p.otherFlag[48] = 1;
        p.otherFlag[49] = 1;
        choice = chooseJointThresholds(p);
        QCOMPARE(figures(p, choice.thresholds).unionRecall[0], 1.0);
        QVERIFY(choice.thresholds[0] >= 1.0);
    }

    // A reason already below its target at the start is not made worse.
    void neverWorseThanTheStart()
    {
        JointThresholdProblem p = twoDetectors();
        // Misses both hard refund tickets on the refund detector; the security detector covers the second (1.6)
        // only, and none of the security tickets.
        p.start = {0.3, 1.55};
        const Figures start = figures(p, p.start);
        QVERIFY(start.unionRecall[0] < 1.0);
        const JointThresholdChoice choice = chooseJointThresholds(p);
        const Figures joint = figures(p, choice.thresholds);
        QVERIFY(joint.unionRecall[0] >= start.unionRecall[0]);
        QVERIFY(joint.unionRecall[1] >= start.unionRecall[1] || joint.unionRecall[1] >= p.targetRecall[1]);
    }
};

QTEST_GUILESS_MAIN(TestJointThresholds)
#include "test_jointthresholds.moc"
