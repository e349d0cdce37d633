#include "linearsvm.h"

#include "parallel.h"
#include "rowsweep.h"

#include <cmath>
#include <limits>

namespace RouteDesk {

namespace {

// The solver of both forms: with `positive`, example i is a positive of problem c when positive[i * classes + c]
// is set; without it, when labels[i] == c.
ROUTEDESK_VECTOR_CLONES
bool solve(const SparseMatrix &x, const std::vector<int> &labels, const quint8 *positive, const float *positiveCost,
           const std::vector<double> &sampleWeights, int classes, const SvmOptions &options, SvmModel *model,
           const std::atomic<bool> *cancel)
{
    const qsizetype n = x.rows();
    const int stride = (classes + 7) / 8 * 8;
    model->classes = classes;
    model->stride = stride;
    model->columns = x.columns;
    model->epochs = 0;
    model->weights.assign(qsizetype(x.columns + 1) * stride, 0.0f);
    if (n == 0 || classes == 0)
        return true;
    float *w = model->weights.data();
    float *bias = w + qsizetype(x.columns) * stride;

    std::vector<float> alpha(n * stride, 0.0f);
    std::vector<float> qd(n);
    std::vector<float> diag(n);
    std::vector<qsizetype> order(n);
    for (qsizetype i = 0; i < n; ++i) {
        const double weight = sampleWeights.empty() ? 1.0 : std::max(sampleWeights[i], 1e-6);
        diag[i] = static_cast<float>(0.5 / (options.c * weight));
        double norm = 1.0; // the bias feature
        for (qint64 k = x.rowStart[i]; k < x.rowStart[i + 1]; ++k)
            norm += double(x.value[k]) * x.value[k];
        qd[i] = static_cast<float>(norm + diag[i]);
        order[i] = i;
    }

    constexpr float Inf = std::numeric_limits<float>::infinity();
    // Active (example, category) pairs, as liblinear's shrinking: a pair whose dual variable is 0 and whose
    // gradient lies beyond the last epoch's largest projected gradient leaves the active set; when the category
    // looks converged on what is left, all its pairs come back for a final check.
    std::vector<quint16> lists(n * classes);
    std::vector<int> listSize(n, classes);
    std::vector<quint8> inList(n * classes, 1);
    for (qsizetype i = 0; i < n; ++i) {
        for (int c = 0; c < classes; ++c)
            lists[i * classes + c] = static_cast<quint16>(c);
    }
    std::vector<float> pgMaxOld(classes, Inf);
    std::vector<float> pgMax(classes);
    std::vector<float> pgMin(classes);
    std::vector<qsizetype> shrunk(classes, 0);
    std::vector<quint8> done(classes, 0);
    int remaining = classes;
    std::vector<float> dense(stride);
    std::vector<float> sparse(classes);
    std::vector<float> deltas(stride, 0.0f);
    std::vector<std::pair<int, float>> updates;
    updates.reserve(classes);
    Random random(options.seed);

    while (model->epochs < options.maxEpochs && remaining > 0) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
        for (qsizetype i = n - 1; i > 0; --i)
            std::swap(order[i], order[random.below(quint64(i) + 1)]);
        std::fill(pgMax.begin(), pgMax.end(), -Inf);
        std::fill(pgMin.begin(), pgMin.end(), Inf);
        for (qsizetype s = 0; s < n; ++s) {
            const qsizetype i = order[s];
            quint16 *list = lists.data() + i * classes;
            int m = listSize[i];
            if (m == 0)
                continue;
            const qint64 begin = x.rowStart[i];
            const qint64 end = x.rowStart[i + 1];
            // Scores of the active categories: a dense sweep of the weight rows when many are active, else
            // a gather of the few that are.
            float *sc = sparse.data();
            if (m * 4 >= stride) {
                float *dn = dense.data();
                const qint32 *columns = x.index.data() + begin;
                const float *values = x.value.data() + begin;
                sweepRows(
                    bias, w, stride, [columns](qsizetype k) { return columns[k]; },
                    [values](qsizetype k) { return values[k]; }, end - begin, dn);
                for (int j = 0; j < m; ++j)
                    sc[j] = dn[list[j]];
            } else {
                for (int j = 0; j < m; ++j)
                    sc[j] = bias[list[j]];
                for (qint64 k = begin; k < end; ++k) {
                    if (k + RowPrefetchAhead < end)
                        prefetchRow(w + qsizetype(x.index[k + RowPrefetchAhead]) * stride, stride);
                    const float v = x.value[k];
                    const float *row = w + qsizetype(x.index[k]) * stride;
                    for (int j = 0; j < m; ++j)
                        sc[j] += v * row[list[j]];
                }
            }
            float *a = alpha.data() + i * stride;
            quint8 *member = inList.data() + i * classes;
            const int label = positive ? -1 : labels[i];
            const quint8 *positives = positive ? positive + i * classes : nullptr;
            const float d = diag[i];
            const float q = qd[i];
            updates.clear();
            for (int j = 0; j < m; ++j) {
                const int c = list[j];
                if (done[c]) {
                    member[c] = 0;
                    list[j] = list[m - 1];
                    sc[j] = sc[m - 1];
                    --m;
                    --j;
                    continue;
                }
                const bool isPositive = positives ? positives[c] != 0 : c == label;
                const float y = isPositive ? 1.0f : -1.0f;
                // A heavier positive has a smaller diagonal term (the squared hinge's 1 / 2C).
                const float dc = isPositive && positiveCost ? d / positiveCost[c] : d;
                const float qc = isPositive && positiveCost ? q - d + dc : q;
                const float g = y * sc[j] - 1.0f + a[c] * dc;
                float pg = g;
                if (a[c] == 0.0f) {
                    if (g > pgMaxOld[c]) {
                        member[c] = 0;
                        ++shrunk[c];
                        list[j] = list[m - 1];
                        sc[j] = sc[m - 1];
                        --m;
                        --j;
                        continue;
                    }
                    pg = std::min(g, 0.0f);
                }
                pgMax[c] = std::max(pgMax[c], pg);
                pgMin[c] = std::min(pgMin[c], pg);
                if (std::fabs(pg) > 1e-12f) {
                    const float old = a[c];
                    a[c] = std::max(old - g / qc, 0.0f);
                    const float change = (a[c] - old) * y;
                    if (change != 0.0f)
                        updates.emplace_back(c, change);
                }
            }
            listSize[i] = m;
            if (updates.empty())
                continue;
            if (static_cast<int>(updates.size()) * 16 >= stride) {
                // Several categories moved: a full-width sweep with 0 for the others. Adding v * 0 leaves a weight
                // as it is (weights are never -0: they start at +0 and a sum that cancels rounds to +0).
                float *delta = deltas.data();
                for (const auto &[c, change] : updates)
                    delta[c] = change;
                for (qint64 k = begin; k < end; ++k) {
                    const float v = x.value[k];
                    float *row = w + qsizetype(x.index[k]) * stride;
                    for (int c = 0; c < stride; ++c)
                        row[c] += v * delta[c];
                }
                for (const auto &[c, change] : updates)
                    delta[c] = 0.0f;
            } else {
                for (qint64 k = begin; k < end; ++k) {
                    const float v = x.value[k];
                    float *row = w + qsizetype(x.index[k]) * stride;
                    for (const auto &[c, change] : updates)
                        row[c] += v * change;
                }
            }
            for (const auto &[c, change] : updates)
                bias[c] += change;
        }
        ++model->epochs;
        for (int c = 0; c < classes; ++c) {
            if (done[c])
                continue;
            if (pgMax[c] - pgMin[c] <= options.epsilon) {
                if (shrunk[c] == 0) {
                    done[c] = 1;
                    --remaining;
                    continue;
                }
                // Converged on the active pairs only: bring the others back and check again.
                for (qsizetype i = 0; i < n; ++i) {
                    if (!inList[i * classes + c]) {
                        inList[i * classes + c] = 1;
                        lists[i * classes + listSize[i]++] = static_cast<quint16>(c);
                    }
                }
                shrunk[c] = 0;
                pgMaxOld[c] = Inf;
                continue;
            }
            pgMaxOld[c] = pgMax[c] <= 0.0f ? Inf : pgMax[c];
        }
    }
    return true;
}

} // namespace

bool trainOneVsRest(const SparseMatrix &x, const std::vector<int> &labels, const std::vector<double> &sampleWeights,
                    int classes, const SvmOptions &options, SvmModel *model, const std::atomic<bool> *cancel)
{
    return solve(x, labels, nullptr, nullptr, sampleWeights, classes, options, model, cancel);
}

bool trainBinaryProblems(const SparseMatrix &x, const std::vector<quint8> &positive,
                         const std::vector<double> &sampleWeights, int problems, const SvmOptions &options,
                         SvmModel *model, const std::atomic<bool> *cancel, const std::vector<float> &positiveCost)
{
    if (positive.size() != size_t(x.rows()) * size_t(std::max(problems, 0))
        || (!positiveCost.empty() && positiveCost.size() != size_t(problems)))
        return false;
    return solve(x, {}, positive.data(), positiveCost.empty() ? nullptr : positiveCost.data(), sampleWeights, problems,
                 options, model, cancel);
}

} // namespace RouteDesk
