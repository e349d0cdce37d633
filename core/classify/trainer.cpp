// trainClassifier(): features, k-fold cross-validation for calibration and thresholds, the final fit.

#include "calibration.h"
#include "evaluation.h"
#include "featureextractor.h"
#include "jointthresholds.h"
#include "linearclassifier.h"
#include "linearsvm.h"
#include "parallel.h"
#include "textclassifier.h"

#include <QLoggingCategory>
#include <QMap>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <numeric>

Q_DECLARE_LOGGING_CATEGORY(lcClassifier)

namespace RouteDesk {

namespace {

constexpr double SvmEpsilon = 0.1;

struct Candidate
{
    quint64 hash = 0;
    TermKind kind = TermKind::Word;
    QString text;
    int df = 0;
};

// Every term seen in the training texts (the candidates for the vocabulary) and each text as term counts.
struct Corpus
{
    std::vector<Candidate> terms;
    std::vector<std::vector<std::pair<qint32, qint32>>> docs; // (candidate, count), sorted by candidate
};

// Open addressing from term hash to candidate index; grows at half load.
class HashIndex
{
public:
    HashIndex() { rehash(1 << 16); }

    qint32 find(quint64 hash) const
    {
        quint64 slot = mixSeed(hash) & m_mask;
        while (m_values[slot] >= 0) {
            if (m_keys[slot] == hash)
                return m_values[slot];
            slot = (slot + 1) & m_mask;
        }
        return -1;
    }

    // The index of `hash`, inserting `next` when new; *inserted tells which.
    qint32 insert(quint64 hash, qint32 next, bool *inserted)
    {
        if (quint64(m_size + 1) * 2 > m_mask + 1)
            rehash((m_mask + 1) * 2);
        quint64 slot = mixSeed(hash) & m_mask;
        while (m_values[slot] >= 0) {
            if (m_keys[slot] == hash) {
                *inserted = false;
                return m_values[slot];
            }
            slot = (slot + 1) & m_mask;
        }
        m_keys[slot] = hash;
        m_values[slot] = next;
        ++m_size;
        *inserted = true;
        return next;
    }

private:
    void rehash(quint64 size)
    {
        std::vector<quint64> keys(size, 0);
        std::vector<qint32> values(size, -1);
        const quint64 mask = size - 1;
        for (size_t i = 0; i < m_values.size(); ++i) {
            if (m_values[i] < 0)
                continue;
            quint64 slot = mixSeed(m_keys[i]) & mask;
            while (values[slot] >= 0)
                slot = (slot + 1) & mask;
            keys[slot] = m_keys[i];
            values[slot] = m_values[i];
        }
        m_keys.swap(keys);
        m_values.swap(values);
        m_mask = mask;
    }

    std::vector<quint64> m_keys;
    std::vector<qint32> m_values;
    quint64 m_mask = 0;
    qsizetype m_size = 0;
};

Corpus buildCorpus(const QList<LabelledText> &examples, const FeatureExtractor &extractor, int threads)
{
    const qsizetype n = examples.size();
    // Extraction is the expensive part and independent per text; the dictionary is then built in input
    // order so that candidate numbers do not depend on threads.
    struct Local
    {
        ExtractedText text;
        std::vector<std::pair<quint64, qint32>> unique; // (hash, first occurrence), sorted by hash
        std::vector<qint32> counts;
    };
    std::vector<Local> local(n);
    parallelFor(n, threads, [&](qsizetype i) {
        Local &l = local[i];
        l.text = extractor.extract(examples.at(i).text);
        std::vector<std::pair<quint64, qint32>> all;
        all.reserve(l.text.terms.size());
        for (size_t k = 0; k < l.text.terms.size(); ++k)
            all.emplace_back(l.text.terms[k].hash, static_cast<qint32>(k));
        std::sort(all.begin(), all.end());
        for (size_t k = 0; k < all.size();) {
            size_t j = k;
            while (j < all.size() && all[j].first == all[k].first)
                ++j;
            l.unique.push_back(all[k]);
            l.counts.push_back(static_cast<qint32>(j - k));
            k = j;
        }
    });

    Corpus corpus;
    corpus.docs.resize(n);
    HashIndex index;
    for (qsizetype i = 0; i < n; ++i) {
        Local &l = local[i];
        auto &doc = corpus.docs[i];
        doc.reserve(l.unique.size());
        for (size_t k = 0; k < l.unique.size(); ++k) {
            bool inserted = false;
            const qint32 id = index.insert(l.unique[k].first, static_cast<qint32>(corpus.terms.size()), &inserted);
            if (inserted) {
                const TermOccurrence &occurrence = l.text.terms[l.unique[k].second];
                corpus.terms.push_back({occurrence.hash, occurrence.kind, l.text.termText(occurrence), 0});
            }
            ++corpus.terms[id].df;
            doc.emplace_back(id, l.counts[k]);
        }
        std::sort(doc.begin(), doc.end());
        l = Local();
    }
    return corpus;
}

// One fit's feature space: which candidates are features, in which column, with which idf.
struct Vocabulary
{
    std::vector<qint32> candidates; // column -> candidate
    std::vector<qint32> column; // candidate -> column or -1
    std::vector<float> idf; // per column
    qsizetype wordCount = 0; // columns [0, wordCount) are the word block
};

Vocabulary chooseVocabulary(const Corpus &corpus, const std::vector<int> &df, qsizetype documents,
                            const TrainOptions &options)
{
    Vocabulary v;
    std::vector<qint32> kept;
    for (qint32 id = 0; id < static_cast<qint32>(corpus.terms.size()); ++id) {
        if (df[id] >= std::max(1, options.minDf))
            kept.push_back(id);
    }
    if (options.maxFeatures > 0 && static_cast<qsizetype>(kept.size()) > options.maxFeatures) {
        std::stable_sort(kept.begin(), kept.end(), [&](qint32 a, qint32 b) {
            if (df[a] != df[b])
                return df[a] > df[b];
            return corpus.terms[a].text < corpus.terms[b].text;
        });
        kept.resize(options.maxFeatures);
    }
    // Words block first, each block sorted by text: the vocabulary is the same whatever the input order.
    std::sort(kept.begin(), kept.end(), [&](qint32 a, qint32 b) {
        const bool wordA = corpus.terms[a].kind != TermKind::Chars;
        const bool wordB = corpus.terms[b].kind != TermKind::Chars;
        if (wordA != wordB)
            return wordA;
        return corpus.terms[a].text < corpus.terms[b].text;
    });
    v.candidates = kept;
    v.column.assign(corpus.terms.size(), -1);
    v.idf.resize(kept.size());
    for (size_t c = 0; c < kept.size(); ++c) {
        v.column[kept[c]] = static_cast<qint32>(c);
        v.idf[c] = static_cast<float>(std::log((1.0 + documents) / (1.0 + df[kept[c]])) + 1.0);
        if (corpus.terms[kept[c]].kind != TermKind::Chars)
            v.wordCount = static_cast<qsizetype>(c) + 1;
    }
    return v;
}

// Sublinear TF-IDF, each block (words, characters) scaled to unit length, as the model does at prediction.
void vectorizeDoc(const std::vector<std::pair<qint32, qint32>> &doc, const Vocabulary &v,
                  std::vector<std::pair<qint32, float>> *out)
{
    out->clear();
    double wordNorm = 0.0;
    double charNorm = 0.0;
    for (const auto &[id, count] : doc) {
        const qint32 column = v.column[id];
        if (column < 0)
            continue;
        const float value = static_cast<float>((1.0 + std::log(double(count))) * v.idf[column]);
        (column < v.wordCount ? wordNorm : charNorm) += double(value) * value;
        out->emplace_back(column, value);
    }
    std::sort(out->begin(), out->end());
    const float wordScale = wordNorm > 0 ? static_cast<float>(1.0 / std::sqrt(wordNorm)) : 0.0f;
    const float charScale = charNorm > 0 ? static_cast<float>(1.0 / std::sqrt(charNorm)) : 0.0f;
    for (auto &[column, value] : *out)
        value *= column < v.wordCount ? wordScale : charScale;
}

QString trimmedNumber(double v)
{
    return QString::number(v, 'f', 4);
}

} // namespace

std::unique_ptr<TextClassifier> trainClassifier(const QList<LabelledText> &examples, const TrainOptions &options,
                                                nlohmann::json *report, const TrainProgress &progress, QString *error)
{
    auto fail = [error](const QString &message) -> std::unique_ptr<TextClassifier> {
        if (error)
            *error = message;
        return nullptr;
    };
    if (options.folds < 2)
        return fail(QStringLiteral("cross-validation needs at least 2 folds"));
    if (!(options.targetAccuracy > 0.0 && options.targetAccuracy <= 1.0))
        return fail(QStringLiteral("the target accuracy must be above 0 and at most 1"));
    if (!(options.c > 0.0) || options.wordMaxN < 1 || options.wordMaxN > 2 || options.charMaxN > 16
        || options.charMinN < 0 || (options.charMinN > 0 && options.charMaxN < options.charMinN))
        return fail(QStringLiteral("invalid model options"));

    // Categories in sorted order so that the model does not depend on the order of the examples.
    QMap<QString, qsizetype> perCategory;
    for (qsizetype i = 0; i < examples.size(); ++i) {
        if (examples.at(i).label.trimmed().isEmpty())
            return fail(QStringLiteral("example %1 has no label").arg(i + 1));
        ++perCategory[examples.at(i).label];
    }
    const QStringList categories = perCategory.keys();
    if (categories.size() < 2)
        return fail(
            QStringLiteral("training needs examples of at least two categories (found %1)").arg(categories.size()));
    const int classes = static_cast<int>(categories.size());
    const qsizetype n = examples.size();
    const int folds = static_cast<int>(std::min<qsizetype>(options.folds, n));
    const int threads = options.threads > 0 ? options.threads : defaultThreadCount();
    const int totalSteps = folds + 2;
    if (progress && !progress(0, totalSteps))
        return fail(QStringLiteral("cancelled"));

    FeatureOptions featureOptions;
    featureOptions.wordMaxN = options.wordMaxN;
    featureOptions.charMinN = options.charMinN;
    featureOptions.charMaxN = options.charMaxN;
    const FeatureExtractor extractor(featureOptions);
    const Corpus corpus = buildCorpus(examples, extractor, threads);
    if (progress && !progress(1, totalSteps))
        return fail(QStringLiteral("cancelled"));

    std::vector<int> labels(n);
    std::vector<double> weights(n);
    qsizetype totalChars = 0;
    qsizetype longest = 0;
    for (qsizetype i = 0; i < n; ++i) {
        labels[i] = static_cast<int>(categories.indexOf(examples.at(i).label));
        weights[i] = examples.at(i).weight;
        totalChars += examples.at(i).text.size();
        longest = std::max(longest, examples.at(i).text.size());
    }
    const std::vector<int> fold = stratifiedFolds(labels, folds, options.seed);
    std::vector<int> dfTotal(corpus.terms.size());
    for (size_t id = 0; id < corpus.terms.size(); ++id)
        dfTotal[id] = corpus.terms[id].df;

    // Risk detectors: codes with enough labelled examples on both sides.
    QStringList heads;
    std::vector<qsizetype> headPositives;
    for (const QString &code : options.detectorCodes) {
        qsizetype positives = 0;
        for (const LabelledText &e : examples)
            positives += e.reasons.contains(code) ? 1 : 0;
        if (positives >= options.minDetectorExamples && n - positives >= options.minDetectorExamples) {
            heads.append(code);
            headPositives.push_back(positives);
        }
    }
    const int headCount = static_cast<int>(heads.size());
    std::vector<quint8> positive(size_t(n) * headCount, 0);
    for (qsizetype i = 0; i < n; ++i) {
        for (int h = 0; h < headCount; ++h)
            positive[i * headCount + h] = examples.at(i).reasons.contains(heads.at(h)) ? 1 : 0;
    }
    std::vector<float> oofDetector(size_t(n) * headCount, 0.0f);
    // Positives are rare: their violations cost more, by the square root of the imbalance.
    std::vector<float> positiveCost(headCount, 1.0f);
    for (int h = 0; h < headCount; ++h) {
        const double imbalance = double(n - headPositives[h]) / double(std::max<qsizetype>(headPositives[h], 1));
        positiveCost[h] = static_cast<float>(std::sqrt(std::max(1.0, imbalance)));
    }

    std::vector<float> oofScores(n * classes, 0.0f);
    LinearModelData data;
    std::atomic<bool> cancelled {false};
    std::mutex progressMutex;
    int fitsDone = 0;
    int maxEpochs = 0;
    // One task per fit, the final (largest) first; each writes only its own held-out rows, so the result does
    // not depend on the number of threads.
    parallelFor(folds + 1, threads, [&](qsizetype task) {
        if (cancelled.load())
            return;
        const int f = task == 0 ? folds : static_cast<int>(task) - 1;
        const bool final = f == folds;
        std::vector<int> df = dfTotal;
        std::vector<qsizetype> train;
        std::vector<qsizetype> heldOut;
        for (qsizetype i = 0; i < n; ++i) {
            if (!final && fold[i] == f) {
                heldOut.push_back(i);
                for (const auto &[id, count] : corpus.docs[i])
                    --df[id];
            } else {
                train.push_back(i);
            }
        }
        const Vocabulary vocabulary = chooseVocabulary(corpus, df, static_cast<qsizetype>(train.size()), options);
        const qsizetype features = static_cast<qsizetype>(vocabulary.candidates.size());

        SparseMatrix x;
        x.columns = static_cast<int>(features);
        x.rowStart.reserve(train.size() + 1);
        std::vector<int> trainLabels;
        std::vector<double> trainWeights;
        std::vector<std::pair<qint32, float>> row;
        for (qsizetype i : train) {
            vectorizeDoc(corpus.docs[i], vocabulary, &row);
            for (const auto &[column, value] : row) {
                x.index.push_back(column);
                x.value.push_back(value);
            }
            x.rowStart.push_back(static_cast<qint64>(x.index.size()));
            trainLabels.push_back(labels[i]);
            trainWeights.push_back(weights[i]);
        }

        SvmOptions svm;
        svm.c = options.c;
        svm.epsilon = SvmEpsilon;
        svm.seed = mixSeed(options.seed + 0x9E37ULL * quint64(f + 1));
        SvmModel model;
        if (!trainOneVsRest(x, trainLabels, trainWeights, classes, svm, &model, &cancelled))
            return;
        SvmModel detectors;
        if (headCount > 0) {
            std::vector<quint8> trainPositive;
            trainPositive.reserve(train.size() * headCount);
            for (qsizetype i : train)
                trainPositive.insert(trainPositive.end(), positive.begin() + i * headCount,
                                     positive.begin() + (i + 1) * headCount);
            SvmOptions detectorSvm = svm;
            detectorSvm.seed = mixSeed(svm.seed ^ 0xDE7EC7ULL);
            if (!trainBinaryProblems(x, trainPositive, trainWeights, headCount, detectorSvm, &detectors, &cancelled,
                                     positiveCost))
                return;
        }
        // Scores of a held-out row under a trained model.
        auto scoreRow = [&row, features](const SvmModel &m, std::vector<float> *out) {
            out->resize(m.stride);
            const float *b = m.weights.data() + features * m.stride;
            std::copy(b, b + m.stride, out->begin());
            for (const auto &[column, value] : row) {
                const float *w = m.weights.data() + qsizetype(column) * m.stride;
                for (int c = 0; c < m.stride; ++c)
                    (*out)[c] += value * w[c];
            }
        };

        if (!final) {
            std::vector<float> s;
            for (qsizetype i : heldOut) {
                vectorizeDoc(corpus.docs[i], vocabulary, &row);
                scoreRow(model, &s);
                std::copy(s.begin(), s.begin() + classes, oofScores.begin() + i * classes);
                if (headCount > 0) {
                    scoreRow(detectors, &s);
                    std::copy(s.begin(), s.begin() + headCount, oofDetector.begin() + i * headCount);
                }
            }
        } else {
            data.weights.resize(classes * (features + 1));
            for (int c = 0; c < classes; ++c) {
                for (qsizetype column = 0; column <= features; ++column)
                    data.weights[c * (features + 1) + column] = model.weight(column, c);
            }
            data.detectorWeights.resize(size_t(headCount) * (features + 1));
            for (int h = 0; h < headCount; ++h) {
                for (qsizetype column = 0; column <= features; ++column)
                    data.detectorWeights[h * (features + 1) + column] = detectors.weight(column, h);
            }
            data.idf = vocabulary.idf;
            for (qsizetype column = 0; column < features; ++column) {
                const QString &text = corpus.terms[vocabulary.candidates[column]].text;
                (column < vocabulary.wordCount ? data.words : data.chars).append(text);
            }
        }
        const std::lock_guard lock(progressMutex);
        maxEpochs = std::max(maxEpochs, model.epochs);
        ++fitsDone;
        if (progress && !cancelled.load() && !progress(fitsDone + 1, totalSteps))
            cancelled.store(true);
    });
    if (cancelled.load())
        return fail(QStringLiteral("cancelled"));

    // Calibration and thresholds from the out-of-fold scores.
    const double beta = fitInverseTemperature(oofScores, labels, classes);
    std::vector<double> probabilities(n * classes);
    std::vector<double> confidence(n);
    std::vector<bool> correct(n);
    std::vector<double> rawConfidence(n);
    QList<EvaluatedExample> judged;
    judged.reserve(n);
    std::vector<double> p(classes);
    for (qsizetype i = 0; i < n; ++i) {
        const float *s = oofScores.data() + i * classes;
        softmax(s, classes, 1.0, p.data());
        rawConfidence[i] = *std::max_element(p.begin(), p.end());
        softmax(s, classes, beta, probabilities.data() + i * classes);
        const double *q = probabilities.data() + i * classes;
        const int predicted = static_cast<int>(std::max_element(q, q + classes) - q);
        confidence[i] = q[predicted];
        correct[i] = predicted == labels[i];
        judged.append({categories.at(labels[i]), categories.at(predicted), confidence[i]});
    }
    const ThresholdChoice threshold = chooseThreshold(confidence, correct, options.targetAccuracy);
    const Evaluation cv = evaluate(categories, judged, threshold.threshold);
    const double rawEce = expectedCalibrationError(rawConfidence, correct, 15);

    // Detector thresholds from the out-of-fold scores: the highest threshold that keeps the target recall (or,
    // for a precision target, the lowest whose precision reaches it), with the figures it gives.
    data.detectorCodes = heads;
    nlohmann::json detectorReport = nlohmann::json::object();
    for (int h = 0; h < headCount; ++h) {
        const DetectorTarget target = options.detectorTargets.value(heads.at(h), options.defaultDetectorTarget);
        std::vector<std::pair<float, bool>> scored(n);
        const qsizetype positives = headPositives[h];
        for (qsizetype i = 0; i < n; ++i)
            scored[i] = {oofDetector[i * headCount + h], positive[i * headCount + h] != 0};
        std::sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        // Walk down the ranking; a threshold sits at a score where the next one is lower.
        qsizetype tp = 0;
        double chosen = scored.back().first;
        double recall = 1.0;
        double precision = double(positives) / n;
        bool reached = false;
        for (qsizetype k = 0; k < n; ++k) {
            tp += scored[k].second ? 1 : 0;
            if (k + 1 < n && scored[k + 1].first == scored[k].first)
                continue;
            const double r = double(tp) / positives;
            const double pr = double(tp) / (k + 1);
            const bool ok = target.precision > 0 ? pr >= target.precision : r >= target.recall;
            if (ok) {
                chosen = scored[k].first;
                recall = r;
                precision = pr;
                reached = true;
                if (target.precision <= 0)
                    break; // recall target: the first (highest) threshold that reaches it
            }
        }
        if (!reached) { // out of reach: flag everything the detector scores at all
            chosen = scored.back().first;
        }
        data.detectorThresholds.push_back(chosen);
        nlohmann::json m = {{"positives", positives},
                            {"threshold", chosen},
                            {"recall", recall},
                            {"precision", precision},
                            {"targetReached", reached}};
        if (target.precision > 0)
            m["targetPrecision"] = target.precision;
        else
            m["targetRecall"] = target.recall;
        detectorReport[heads.at(h).toStdString()] = m;
    }

    // Scope: the top raw score out of fold; the threshold lets `scopePass` of the in-scope tickets through.
    // Tickets labelled out_of_scope are not in scope, and show how many such tickets the threshold alone catches.
    if (options.scopePass > 0 && options.scopePass < 1) {
        const QString outOfScope = QLatin1String(EscalationCode::OutOfScope);
        std::vector<float> inScope;
        std::vector<float> outside;
        for (qsizetype i = 0; i < n; ++i) {
            const float *sc = oofScores.data() + i * classes;
            const float top = *std::max_element(sc, sc + classes);
            (examples.at(i).reasons.contains(outOfScope) ? outside : inScope).push_back(top);
        }
        if (!inScope.empty()) {
            std::sort(inScope.begin(), inScope.end());
            const auto cut = static_cast<size_t>(std::floor((1.0 - options.scopePass) * double(inScope.size())));
            data.scopeThreshold = inScope[std::min(cut, inScope.size() - 1)];
            const auto passed
                = std::count_if(inScope.begin(), inScope.end(), [&](float v) { return v >= data.scopeThreshold; });
            data.scopeMetrics
                = {{"targetPass", options.scopePass}, {"inScopePass", double(passed) / double(inScope.size())}};
            if (!outside.empty()) {
                const auto caught
                    = std::count_if(outside.begin(), outside.end(), [&](float v) { return v < data.scopeThreshold; });
                data.scopeMetrics["labelledOutOfScope"] = outside.size();
                data.scopeMetrics["labelledOutOfScopeCaught"] = double(caught) / double(outside.size());
            }
        }
    }

    // Joint thresholds: a ticket reaches a person when any flag is raised, so each detector's own threshold is
    // raised while every reason's union recall keeps the reason's target recall. A detector chosen for a precision
    // target keeps its threshold, and its reason sets no bound on the others (a precision says nothing of how many
    // of its tickets must reach a person).
    nlohmann::json jointReport;
    if (options.jointThresholds && headCount > 0) {
        JointThresholdProblem problem;
        problem.examples = n;
        problem.detectors = headCount;
        problem.reasons = headCount;
        problem.scores = oofDetector;
        problem.start = data.detectorThresholds;
        problem.positive = positive;
        problem.benign.resize(n);
        for (qsizetype i = 0; i < n; ++i)
            problem.benign[i] = examples.at(i).reasons.isEmpty() ? 1 : 0;
        for (int h = 0; h < headCount; ++h) {
            const DetectorTarget target = options.detectorTargets.value(heads.at(h), options.defaultDetectorTarget);
            problem.adjustable.push_back(target.precision <= 0);
            problem.targetRecall.push_back(target.precision > 0 ? 0.0 : target.recall);
        }
        problem.otherFlag.resize(n);
        parallelFor(n, threads, [&](qsizetype i) {
            OutOfFoldView view;
            view.example = &examples.at(i);
            view.threshold = threshold.threshold;
            const double *q = probabilities.data() + i * classes;
            for (int c = 0; c < classes; ++c)
                view.ranked.append(ScoredCategory {categories.at(c), q[c]});
            std::stable_sort(view.ranked.begin(), view.ranked.end(),
                             [](const ScoredCategory &a, const ScoredCategory &b) { return a.p > b.p; });
            if (std::isfinite(data.scopeThreshold)) {
                const float *sc = oofScores.data() + i * classes;
                view.scope = *std::max_element(sc, sc + classes);
                view.scopeThreshold = data.scopeThreshold;
            }
            problem.otherFlag[i] = options.otherFlags
                ? options.otherFlags(view)
                : view.ranked.first().p < view.threshold || view.scope < view.scopeThreshold;
        });
        const JointThresholdChoice joint = chooseJointThresholds(problem);
        for (int h = 0; h < headCount; ++h) {
            nlohmann::json &m = detectorReport[heads.at(h).toStdString()];
            m["ownThreshold"] = data.detectorThresholds[h];
            m["threshold"] = joint.thresholds[h];
            m["unionRecall"] = joint.unionRecall[h];
            m["ownUnionRecall"] = joint.startUnionRecall[h];
            qsizetype tp = 0;
            qsizetype fired = 0;
            for (qsizetype i = 0; i < n; ++i) {
                if (oofDetector[i * headCount + h] >= joint.thresholds[h]) {
                    ++fired;
                    tp += positive[i * headCount + h];
                }
            }
            m["recall"] = double(tp) / double(headPositives[h]);
            m["precision"] = fired > 0 ? double(tp) / double(fired) : 0.0;
            data.detectorThresholds[h] = joint.thresholds[h];
        }
        qsizetype benign = 0;
        qsizetype benignOther = 0;
        for (qsizetype i = 0; i < n; ++i) {
            benign += problem.benign[i];
            benignOther += problem.benign[i] && problem.otherFlag[i] ? 1 : 0;
        }
        jointReport = {{"needlessBefore", joint.startNeedless},
                       {"needlessAfter", joint.needless},
                       {"needlessOtherFlags", benign > 0 ? double(benignOther) / double(benign) : 0.0},
                       {"steps", joint.steps}};
    }
    data.detectorMetrics = detectorReport;

    data.name = options.name;
    data.categories = categories;
    data.features = featureOptions;
    data.inverseTemperature = beta;
    data.threshold = threshold.threshold;
    data.targetAccuracy = options.targetAccuracy;
    data.secondary = secondaryThresholds(probabilities, labels, classes);
    nlohmann::json targets = nlohmann::json::object();
    for (const QString &code : std::as_const(heads)) {
        const DetectorTarget t = options.detectorTargets.value(code, options.defaultDetectorTarget);
        targets[code.toStdString()]
            = t.precision > 0 ? nlohmann::json {{"precision", t.precision}} : nlohmann::json {{"recall", t.recall}};
    }
    data.options = {{"seed", options.seed},
                    {"folds", folds},
                    {"targetAccuracy", options.targetAccuracy},
                    {"model", "one-vs-rest linear SVM, squared hinge, dual coordinate descent"},
                    {"c", options.c},
                    {"epsilon", SvmEpsilon},
                    {"minDf", options.minDf},
                    {"maxFeatures", options.maxFeatures},
                    {"calibration", "temperature scaling on out-of-fold scores"}};
    if (!heads.isEmpty())
        data.options["detectorTargets"] = targets;
    if (std::isfinite(data.scopeThreshold))
        data.options["scopePass"] = options.scopePass;
    nlohmann::json counts = nlohmann::json::object();
    for (auto it = perCategory.cbegin(); it != perCategory.cend(); ++it)
        counts[it.key().toStdString()] = it.value();
    data.training = {{"examples", n},
                     {"categories", classes},
                     {"perCategory", counts},
                     {"characters", totalChars},
                     {"longestText", longest},
                     {"candidateTerms", corpus.terms.size()},
                     {"features", {{"words", data.words.size()}, {"chars", data.chars.size()}}}};
    data.metrics = {{"cvAccuracy", cv.accuracy},
                    {"cvMacroF1", cv.macroF1},
                    {"ece", cv.ece},
                    {"eceBeforeCalibration", rawEce},
                    {"inverseTemperature", beta},
                    {"threshold", threshold.threshold},
                    {"thresholdReached", threshold.reached},
                    {"coverage", threshold.coverage},
                    {"accuracyAtThreshold", threshold.accuracy},
                    {"targetAccuracy", options.targetAccuracy}};
    if (!jointReport.is_null()) {
        data.metrics["jointThresholds"] = jointReport;
        data.options["jointThresholds"] = true;
    }

    QString message;
    auto model = LinearTextClassifier::fromData(data, &message);
    if (!model)
        return fail(message);
    if (report) {
        *report = data.metrics;
        (*report)["examples"] = n;
        (*report)["categories"] = classes;
        (*report)["perCategory"] = counts;
        (*report)["features"] = data.training["features"];
        (*report)["maxEpochs"] = maxEpochs;
        (*report)["version"] = model->version().toStdString();
        if (!heads.isEmpty())
            (*report)["detectors"] = data.detectorMetrics;
        if (std::isfinite(data.scopeThreshold)) {
            (*report)["scope"] = data.scopeMetrics;
            (*report)["scope"]["threshold"] = data.scopeThreshold;
        }
    }
    qCDebug(lcClassifier) << "trained" << n << "examples," << classes << "categories, cv accuracy"
                          << trimmedNumber(cv.accuracy) << "ece" << trimmedNumber(cv.ece);
    return model;
}

} // namespace RouteDesk
