#pragma once

// The TextClassifier RouteDesk trains: TF-IDF over word 1-2-grams and character 2-5-grams, one linear scorer per
// category, a softmax with a fitted temperature on top. See docs/classifier.md for the model file format.

#include "featureextractor.h"
#include "textclassifier.h"

#include <vector>

namespace RouteDesk {

// Everything a trained model consists of, before it is packed into its file form.
struct LinearModelData
{
    QString name;
    QStringList categories;
    FeatureOptions features;
    // Vocabulary: word entries (unigrams, "first second" pairs) then character n-grams, each block sorted.
    QStringList words;
    QStringList chars;
    std::vector<float> idf; // words.size() + chars.size()
    // Class-major: weights[c * (features + 1) + f], the bias at f == features.
    std::vector<double> weights;
    double inverseTemperature = 1.0;
    double threshold = 1.0;
    double targetAccuracy = 0.95;
    std::vector<double> secondary; // per category
    nlohmann::json options; // training options as recorded
    nlohmann::json training; // data summary
    nlohmann::json metrics; // cross-validated figures

    // Learned risk detectors: one binary linear scorer per escalation code on the same features, laid out as
    // `weights` (code-major, the bias last). Thresholds and cross-validated figures per code.
    QStringList detectorCodes;
    std::vector<double> detectorWeights;
    std::vector<double> detectorThresholds;
    nlohmann::json detectorMetrics = nlohmann::json::object();
    // Scope: a text whose top raw score is below this fits no category (NaN: no scope threshold).
    double scopeThreshold = std::numeric_limits<double>::quiet_NaN();
    nlohmann::json scopeMetrics = nlohmann::json::object();
};

class LinearTextClassifier final : public TextClassifier
{
public:
    static constexpr int FormatVersion = 1;

    // Packs `data` into the file form (weights quantised to 8 bits per category) and builds the model from it,
    // so a trained model predicts exactly as the same model loaded from its file.
    static std::unique_ptr<LinearTextClassifier> fromData(const LinearModelData &data, QString *error);
    // Reads the file form; nullptr with *error naming what is wrong.
    static std::unique_ptr<LinearTextClassifier> fromBytes(const QByteArray &json, QString *error);

    QByteArray toJson() const override;
    Prediction predict(const QString &text) const override;
    Prediction rank(const QString &text) const override;
    QStringList categories() const override { return m_categories; }
    QString version() const override { return m_version; }
    double threshold() const override { return m_threshold; }
    double targetAccuracy() const override { return m_targetAccuracy; }
    double secondaryThreshold(const QString &category) const override;
    nlohmann::json metadata() const override;
    QStringList detectorCodes() const override { return m_detectorCodes; }

    // Raw scores (before the softmax) for every category, in categories() order.
    std::vector<float> scores(const QString &text) const;
    qsizetype featureCount() const { return static_cast<qsizetype>(m_idf.size()); }
    double inverseTemperature() const { return m_inverseTemperature; }

private:
    LinearTextClassifier() = default;
    bool decode(const QByteArray &json, QString *error);
    Prediction predictDetailed(const QString &text, bool explain) const;
    qint32 lookup(quint64 hash) const;
    // Sparse TF-IDF vector of a text: (feature, value) in order of first occurrence.
    // *ids (optional) receives the feature of every term occurrence, -1 for unknown terms.
    void vectorize(const ExtractedText &text, std::vector<std::pair<qint32, float>> *vector,
                   std::vector<qint32> *ids) const;
    void score(const std::vector<std::pair<qint32, float>> &vector, float *out) const;

    QByteArray m_raw; // the file form, as read or written
    nlohmann::json m_metadata;
    QString m_version;
    QStringList m_categories;
    QHash<QString, int> m_categoryIndex; // category -> its index in m_categories
    FeatureExtractor m_extractor;
    QStringList m_terms; // words then chars
    qsizetype m_wordCount = 0;
    std::vector<float> m_idf;
    std::vector<float> m_weights; // feature-major: m_weights[f * m_stride + c]
    int m_stride = 0; // categories rounded up to 8
    std::vector<float> m_bias;
    struct TableSlot
    {
        quint64 key = 0;
        qint32 value = -1; // feature; -1 marks an empty slot
    };
    std::vector<TableSlot> m_table; // open addressing, hash -> feature
    quint64 m_tableMask = 0;
    int m_classes = 0;
    QStringList m_detectorCodes; // scored in columns [m_classes, m_classes + codes) of m_weights
    std::vector<double> m_detectorThresholds;
    double m_scopeThreshold = std::numeric_limits<double>::quiet_NaN();
    double m_inverseTemperature = 1.0;
    double m_threshold = 1.0;
    double m_targetAccuracy = 0.95;
    std::vector<double> m_secondary;
};

// Stratified k-fold assignment: examples of each label are shuffled with `seed` and dealt round-robin, so every
// fold gets its share of every label. Labels are indices; returns a fold per example.
std::vector<int> stratifiedFolds(const std::vector<int> &labels, int folds, quint64 seed);

} // namespace RouteDesk
