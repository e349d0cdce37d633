#pragma once

// One-vs-rest linear support vector machines with the squared hinge loss, trained by dual coordinate descent
// (Hsieh et al., ICML 2008; the method of liblinear's L2R_L2LOSS_SVC_DUAL). A constant bias feature (value 1,
// regularised like the others) is appended to every example.
//
// The binary problems share one pass over the data: for each example (in a seeded random order per epoch) the
// scores of all categories are computed at once from a feature-major weight matrix, and each category takes its
// own coordinate step. Every category's problem evolves exactly as if solved alone with that order, and stops on
// its own when its projected-gradient spread falls below epsilon.

#include <QtGlobal>

#include <atomic>
#include <vector>

namespace RouteDesk {

// Rows are examples; each row's indices are ascending and unique.
struct SparseMatrix
{
    std::vector<qint64> rowStart {0}; // rows() + 1 entries
    std::vector<qint32> index;
    std::vector<float> value;
    int columns = 0;

    qsizetype rows() const { return static_cast<qsizetype>(rowStart.size()) - 1; }
};

struct SvmOptions
{
    double c = 1.0; // cost of a margin violation (times the example's weight)
    double epsilon = 0.1; // a category stops when its projected gradient spread is below this
    int maxEpochs = 200;
    quint64 seed = 1; // order of the examples in each epoch
};

struct SvmModel
{
    int classes = 0;
    int stride = 0; // classes rounded up for vector loads
    int columns = 0;
    // Feature-major: weights[f * stride + c]; row `columns` holds the bias.
    std::vector<float> weights;
    int epochs = 0; // epochs until the last category stopped

    float weight(qsizetype feature, int c) const { return weights[feature * stride + c]; }
};

// labels[i] in [0, classes). sampleWeights may be empty (all 1). Deterministic for the same inputs.
// Returns false (and stops early) when *cancel becomes true.
bool trainOneVsRest(const SparseMatrix &x, const std::vector<int> &labels, const std::vector<double> &sampleWeights,
                    int classes, const SvmOptions &options, SvmModel *model, const std::atomic<bool> *cancel = nullptr);

// Independent binary problems on the same rows (multi-label): example i is a positive of problem c when
// positive[i * problems + c] is non-zero. The risk detectors are trained this way.
// `positiveCost` (one per problem, may be empty) multiplies the cost of a positive's margin violation: rare
// positives weighed up.
bool trainBinaryProblems(const SparseMatrix &x, const std::vector<quint8> &positive,
                         const std::vector<double> &sampleWeights, int problems, const SvmOptions &options,
                         SvmModel *model, const std::atomic<bool> *cancel = nullptr,
                         const std::vector<float> &positiveCost = {});

} // namespace RouteDesk
