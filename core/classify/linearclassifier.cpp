#include "linearclassifier.h"

#include "calibration.h"
#include "parallel.h"
#include "rowsweep.h"

#include "io/jsonparse.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

Q_LOGGING_CATEGORY(lcClassifier, "routedesk.classify", QtWarningMsg)

namespace RouteDesk {

namespace {

constexpr auto FormatName = "routedesk-classifier";
constexpr auto WeightEncoding = "sparse-int8";

std::string toBase64(const QByteArray &bytes)
{
    return bytes.toBase64().toStdString();
}

QByteArray floatsToBytes(const std::vector<float> &values)
{
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(values.size() * 4));
    for (float v : values) {
        quint32 bits;
        std::memcpy(&bits, &v, 4);
        for (int k = 0; k < 4; ++k)
            bytes.append(static_cast<char>((bits >> (8 * k)) & 0xFF));
    }
    return bytes;
}

bool bytesToFloats(const QByteArray &bytes, qsizetype count, std::vector<float> *values)
{
    if (bytes.size() != count * 4)
        return false;
    values->resize(count);
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    for (qsizetype i = 0; i < count; ++i) {
        const quint32 bits = quint32(p[4 * i]) | (quint32(p[4 * i + 1]) << 8) | (quint32(p[4 * i + 2]) << 16)
            | (quint32(p[4 * i + 3]) << 24);
        float v;
        std::memcpy(&v, &bits, 4);
        if (!std::isfinite(v))
            return false;
        (*values)[i] = v;
    }
    return true;
}

void appendVarint(QByteArray *out, quint32 v)
{
    while (v >= 0x80) {
        out->append(static_cast<char>((v & 0x7F) | 0x80));
        v >>= 7;
    }
    out->append(static_cast<char>(v));
}

bool readVarint(const uchar *&p, const uchar *end, quint32 *v)
{
    quint32 result = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        if (p >= end)
            return false;
        const uchar b = *p++;
        result |= quint32(b & 0x7F) << shift;
        if (!(b & 0x80)) {
            *v = result;
            return true;
        }
    }
    return false;
}

inline quint64 slotOf(quint64 hash)
{
    return mixSeed(hash);
}

// How many terms ahead vectorize() prefetches hash table slots.
constexpr size_t LookupAhead = 8;

nlohmann::json stringArray(const QStringList &list)
{
    nlohmann::json a = nlohmann::json::array();
    for (const QString &s : list)
        a.push_back(s.toStdString());
    return a;
}

// 8-bit weights with one scale per row (category or detector); weights that round to 0 are not stored. `weights`
// is row-major with the bias at column `features`.
nlohmann::json packWeights(const std::vector<double> &weights, int rows, qsizetype features)
{
    const qsizetype stride = features + 1;
    std::vector<double> scales(rows, 0.0);
    nlohmann::json bias = nlohmann::json::array();
    for (int c = 0; c < rows; ++c) {
        double top = 0.0;
        for (qsizetype f = 0; f < features; ++f)
            top = std::max(top, std::fabs(weights[c * stride + f]));
        scales[c] = top > 0 ? top / 127.0 : 1.0;
        bias.push_back(weights[c * stride + features]);
    }
    QByteArray packed;
    packed.reserve(features * 8);
    std::vector<std::pair<int, qint8>> entries;
    for (qsizetype f = 0; f < features; ++f) {
        entries.clear();
        for (int c = 0; c < rows; ++c) {
            const long q = std::lround(weights[c * stride + f] / scales[c]);
            if (q != 0)
                entries.emplace_back(c, static_cast<qint8>(std::clamp(q, -127L, 127L)));
        }
        appendVarint(&packed, static_cast<quint32>(entries.size()));
        int previous = -1;
        for (const auto &[c, q] : entries) {
            appendVarint(&packed, static_cast<quint32>(c - previous - 1));
            packed.append(static_cast<char>(q));
            previous = c;
        }
    }
    return {{"encoding", WeightEncoding}, {"scales", scales}, {"bias", bias}, {"data", toBase64(packed)}};
}

} // namespace

std::vector<int> stratifiedFolds(const std::vector<int> &labels, int folds, quint64 seed)
{
    std::vector<int> fold(labels.size(), 0);
    if (folds < 2 || labels.empty())
        return fold;
    const int classes = *std::max_element(labels.begin(), labels.end()) + 1;
    std::vector<std::vector<qsizetype>> members(classes);
    for (size_t i = 0; i < labels.size(); ++i)
        members[labels[i]].push_back(static_cast<qsizetype>(i));
    Random random(mixSeed(seed ^ 0x5EEDF01DULL));
    qsizetype dealt = 0;
    for (std::vector<qsizetype> &m : members) {
        for (qsizetype i = static_cast<qsizetype>(m.size()) - 1; i > 0; --i)
            std::swap(m[i], m[random.below(i + 1)]);
        for (qsizetype index : m)
            fold[index] = static_cast<int>(dealt++ % folds);
    }
    return fold;
}

std::unique_ptr<LinearTextClassifier> LinearTextClassifier::fromData(const LinearModelData &data, QString *error)
{
    const int classes = static_cast<int>(data.categories.size());
    const qsizetype features = data.words.size() + data.chars.size();
    if (classes < 2 || static_cast<qsizetype>(data.idf.size()) != features
        || static_cast<qsizetype>(data.weights.size()) != classes * (features + 1)) {
        if (error)
            *error = QStringLiteral("inconsistent model data");
        return nullptr;
    }

    nlohmann::json doc;
    doc["format"] = FormatName;
    doc["formatVersion"] = FormatVersion;
    doc["name"] = data.name.toStdString();
    doc["categories"] = stringArray(data.categories);
    doc["options"] = data.options.is_object() ? data.options : nlohmann::json::object();
    doc["options"]["features"] = {{"wordMaxN", data.features.wordMaxN},
                                  {"charMinN", data.features.charMinN},
                                  {"charMaxN", data.features.charMaxN}};
    doc["training"] = data.training.is_object() ? data.training : nlohmann::json::object();
    doc["metrics"] = data.metrics.is_object() ? data.metrics : nlohmann::json::object();
    doc["calibration"] = {{"method", "temperature"}, {"inverseTemperature", data.inverseTemperature}};
    nlohmann::json secondary = nlohmann::json::object();
    for (int c = 0; c < classes; ++c)
        secondary[data.categories.at(c).toStdString()] = c < int(data.secondary.size()) ? data.secondary[c] : 0.5;
    doc["thresholds"]
        = {{"confidence", data.threshold}, {"targetAccuracy", data.targetAccuracy}, {"secondary", secondary}};
    doc["vocabulary"] = {{"words", stringArray(data.words)},
                         {"chars", stringArray(data.chars)},
                         {"idf", toBase64(floatsToBytes(data.idf))}};

    doc["weights"] = packWeights(data.weights, classes, features);
    if (!data.detectorCodes.isEmpty()) {
        const int heads = static_cast<int>(data.detectorCodes.size());
        if (static_cast<qsizetype>(data.detectorWeights.size()) != heads * (features + 1)
            || static_cast<int>(data.detectorThresholds.size()) != heads) {
            if (error)
                *error = QStringLiteral("inconsistent detector data");
            return nullptr;
        }
        nlohmann::json thresholds = nlohmann::json::object();
        for (int h = 0; h < heads; ++h)
            thresholds[data.detectorCodes.at(h).toStdString()] = data.detectorThresholds[h];
        doc["detectors"] = {{"codes", stringArray(data.detectorCodes)},
                            {"thresholds", thresholds},
                            {"metrics", data.detectorMetrics},
                            {"weights", packWeights(data.detectorWeights, heads, features)}};
    }
    if (std::isfinite(data.scopeThreshold)) {
        doc["scope"] = data.scopeMetrics.is_object() ? data.scopeMetrics : nlohmann::json::object();
        doc["scope"]["score"] = "top raw score";
        doc["scope"]["threshold"] = data.scopeThreshold;
    }

    // The version names the content: any change of data, options, seed or weights changes it.
    const std::string canonical = doc.dump();
    const QByteArray digest
        = QCryptographicHash::hash(QByteArray::fromRawData(canonical.data(), static_cast<qsizetype>(canonical.size())),
                                   QCryptographicHash::Sha256);
    doc["version"] = digest.toHex().left(16).toStdString();
    const std::string bytes = doc.dump();
    return fromBytes(QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())), error);
}

std::unique_ptr<LinearTextClassifier> LinearTextClassifier::fromBytes(const QByteArray &json, QString *error)
{
    std::unique_ptr<LinearTextClassifier> model(new LinearTextClassifier);
    QString message;
    bool ok = false;
    try {
        ok = model->decode(json, &message);
    } catch (const std::exception &e) {
        message = QStringLiteral("malformed model: %1").arg(QString::fromUtf8(e.what()));
    }
    if (!ok) {
        if (error)
            *error = message;
        return nullptr;
    }
    model->m_raw = json;
    return model;
}

namespace {

// Reads the model with Qt's JSON parser: several times faster than nlohmann's on the long base64 strings and
// vocabulary arrays, which matters for a command-line process that loads the model for every run.
class Reader
{
public:
    explicit Reader(QString *error)
        : m_error(error)
    { }

    bool fail(const QString &what)
    {
        *m_error = QStringLiteral("malformed model: %1").arg(what);
        return false;
    }

    bool object(const QJsonObject &parent, const char *key, const QString &where, QJsonObject *out)
    {
        const QJsonValue v = parent.value(QLatin1String(key));
        if (!v.isObject())
            return fail(missingOrWrong(v, where, key, QStringLiteral("an object")));
        *out = v.toObject();
        return true;
    }

    bool array(const QJsonObject &parent, const char *key, const QString &where, QJsonArray *out)
    {
        const QJsonValue v = parent.value(QLatin1String(key));
        if (!v.isArray())
            return fail(missingOrWrong(v, where, key, QStringLiteral("an array")));
        *out = v.toArray();
        return true;
    }

    bool string(const QJsonObject &parent, const char *key, const QString &where, QString *out)
    {
        const QJsonValue v = parent.value(QLatin1String(key));
        if (!v.isString())
            return fail(missingOrWrong(v, where, key, QStringLiteral("a string")));
        *out = v.toString();
        return true;
    }

    bool number(const QJsonObject &parent, const char *key, const QString &where, double *out)
    {
        const QJsonValue v = parent.value(QLatin1String(key));
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return fail(missingOrWrong(v, where, key, QStringLiteral("a number")));
        *out = v.toDouble();
        return true;
    }

    bool integer(const QJsonObject &parent, const char *key, const QString &where, qint64 *out)
    {
        double d = 0;
        if (!number(parent, key, where, &d))
            return false;
        if (d != std::floor(d) || std::fabs(d) > 1e15)
            return fail(QStringLiteral("\"%1%2\" must be an integer").arg(where, QLatin1String(key)));
        *out = static_cast<qint64>(d);
        return true;
    }

    static bool strings(const QJsonArray &array, QStringList *out)
    {
        out->clear();
        out->reserve(array.size());
        for (const QJsonValue &v : array) {
            if (!v.isString())
                return false;
            out->append(v.toString());
        }
        return true;
    }

private:
    static QString missingOrWrong(const QJsonValue &v, const QString &where, const char *key, const QString &what)
    {
        return v.isUndefined() ? QStringLiteral("\"%1%2\" is missing").arg(where, QLatin1String(key))
                               : QStringLiteral("\"%1%2\" must be %3").arg(where, QLatin1String(key), what);
    }

    QString *m_error;
};

nlohmann::json toNlohmann(const QJsonValue &value)
{
    const QByteArray bytes = value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
        : value.isArray()                     ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                              : QByteArray();
    if (bytes.isEmpty())
        return value.isDouble() ? nlohmann::json(value.toDouble())
            : value.isString()  ? nlohmann::json(value.toString().toStdString())
            : value.isBool()    ? nlohmann::json(value.toBool())
                                : nlohmann::json();
    return nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
}

bool fromBase64(const QString &text, QByteArray *out)
{
    auto result = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    *out = std::move(result.decoded);
    return true;
}

} // namespace

bool LinearTextClassifier::decode(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &what) {
        *error = what;
        return false;
    };
    if (json.trimmed().isEmpty())
        return fail(QStringLiteral("the model file is empty"));
    if (const JsonParseResult checked = parseJson(json, QStringLiteral("model")); !checked.ok)
        return fail(QStringLiteral("not a model file (invalid JSON at line %1: %2)")
                        .arg(QString::number(checked.line), checked.detail()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("not a model file (invalid JSON at byte %1: %2)")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!document.isObject())
        return fail(QStringLiteral("not a RouteDesk model (the file is not a JSON object)"));
    const QJsonObject doc = document.object();
    if (doc.value(QLatin1String("format")).toString() != QLatin1String(FormatName))
        return fail(QStringLiteral("not a RouteDesk model (\"format\" is not \"%1\")").arg(QLatin1String(FormatName)));
    Reader read(error);
    qint64 formatVersion = 0;
    if (!read.integer(doc, "formatVersion", QString(), &formatVersion))
        return false;
    if (formatVersion > FormatVersion)
        return fail(QStringLiteral("model format version %1 is newer than this RouteDesk reads (%2): update RouteDesk "
                                   "or retrain the model")
                        .arg(formatVersion)
                        .arg(FormatVersion));
    if (formatVersion < 1)
        return read.fail(QStringLiteral("format version %1 does not exist").arg(formatVersion));

    QJsonArray categories;
    QJsonObject options;
    QJsonObject features;
    QJsonObject calibration;
    QJsonObject thresholds;
    QJsonObject secondary;
    QJsonObject vocabulary;
    if (!read.string(doc, "version", QString(), &m_version) || !read.array(doc, "categories", QString(), &categories)
        || !read.object(doc, "options", QString(), &options)
        || !read.object(options, "features", QStringLiteral("options."), &features)
        || !read.object(doc, "calibration", QString(), &calibration)
        || !read.object(doc, "thresholds", QString(), &thresholds)
        || !read.object(thresholds, "secondary", QStringLiteral("thresholds."), &secondary)
        || !read.object(doc, "vocabulary", QString(), &vocabulary))
        return false;
    if (!Reader::strings(categories, &m_categories) || m_categories.size() < 2)
        return read.fail(QStringLiteral("\"categories\" must list at least two names"));
    if (QSet<QString>(m_categories.begin(), m_categories.end()).size() != m_categories.size())
        return read.fail(QStringLiteral("\"categories\" has duplicates"));
    const int classes = static_cast<int>(m_categories.size());
    m_categoryIndex.clear();
    for (int c = 0; c < classes; ++c)
        m_categoryIndex.insert(m_categories.at(c), c);

    FeatureOptions featureOptions;
    qint64 wordMaxN = 0;
    qint64 charMinN = 0;
    qint64 charMaxN = 0;
    if (!read.integer(features, "wordMaxN", QStringLiteral("options.features."), &wordMaxN)
        || !read.integer(features, "charMinN", QStringLiteral("options.features."), &charMinN)
        || !read.integer(features, "charMaxN", QStringLiteral("options.features."), &charMaxN))
        return false;
    if (wordMaxN < 1 || wordMaxN > 2 || charMinN < 0 || charMaxN > 16 || (charMinN > 0 && charMaxN < charMinN))
        return read.fail(QStringLiteral("options.features are out of range"));
    featureOptions.wordMaxN = static_cast<int>(wordMaxN);
    featureOptions.charMinN = static_cast<int>(charMinN);
    featureOptions.charMaxN = static_cast<int>(charMaxN);
    m_extractor = FeatureExtractor(featureOptions);

    if (!read.number(calibration, "inverseTemperature", QStringLiteral("calibration."), &m_inverseTemperature))
        return false;
    if (!(m_inverseTemperature > 0))
        return read.fail(QStringLiteral("calibration.inverseTemperature must be positive"));
    if (!read.number(thresholds, "confidence", QStringLiteral("thresholds."), &m_threshold)
        || !read.number(thresholds, "targetAccuracy", QStringLiteral("thresholds."), &m_targetAccuracy))
        return false;
    if (!(m_threshold >= 0 && m_threshold <= 1) || !(m_targetAccuracy >= 0 && m_targetAccuracy <= 1))
        return read.fail(QStringLiteral("thresholds must lie between 0 and 1"));
    m_secondary.assign(classes, SecondaryCeiling);
    for (int c = 0; c < classes; ++c) {
        const QJsonValue v = secondary.value(m_categories.at(c));
        if (v.isDouble())
            m_secondary[c] = v.toDouble();
    }

    QJsonArray wordsJson;
    QJsonArray charsJson;
    QString idfText;
    if (!read.array(vocabulary, "words", QStringLiteral("vocabulary."), &wordsJson)
        || !read.array(vocabulary, "chars", QStringLiteral("vocabulary."), &charsJson)
        || !read.string(vocabulary, "idf", QStringLiteral("vocabulary."), &idfText))
        return false;
    QStringList chars;
    if (!Reader::strings(wordsJson, &m_terms) || !Reader::strings(charsJson, &chars))
        return read.fail(QStringLiteral("the vocabulary must hold strings"));
    m_wordCount = m_terms.size();
    m_terms += chars;
    const qsizetype featureCount = m_terms.size();
    QByteArray idfBytes;
    if (!fromBase64(idfText, &idfBytes) || !bytesToFloats(idfBytes, featureCount, &m_idf))
        return read.fail(QStringLiteral("vocabulary.idf does not hold one number per term"));

    // Hash table from term hash to feature.
    quint64 size = 16;
    while (size < quint64(featureCount) * 2)
        size <<= 1;
    m_tableMask = size - 1;
    m_table.assign(size, TableSlot());
    for (qsizetype f = 0; f < featureCount; ++f) {
        const QString &term = m_terms.at(f);
        const TermKind kind = f >= m_wordCount ? TermKind::Chars
            : term.contains(u' ')              ? TermKind::WordPair
                                               : TermKind::Word;
        const quint64 hash = FeatureExtractor::hashTerm(kind, term);
        quint64 slot = slotOf(hash) & m_tableMask;
        while (m_table[slot].value >= 0) {
            if (m_table[slot].key == hash)
                return read.fail(QStringLiteral("the vocabulary term \"%1\" is listed twice").arg(term));
            slot = (slot + 1) & m_tableMask;
        }
        m_table[slot] = {hash, static_cast<qint32>(f)};
    }

    // Detectors share the feature sweep: their weights are columns after the categories'.
    QJsonObject detectors;
    const bool hasDetectors = doc.contains(QLatin1String("detectors"));
    if (hasDetectors) {
        QJsonArray codes;
        QJsonObject detectorThresholds;
        if (!read.object(doc, "detectors", QString(), &detectors)
            || !read.array(detectors, "codes", QStringLiteral("detectors."), &codes)
            || !read.object(detectors, "thresholds", QStringLiteral("detectors."), &detectorThresholds))
            return false;
        if (!Reader::strings(codes, &m_detectorCodes)
            || QSet<QString>(m_detectorCodes.begin(), m_detectorCodes.end()).size() != m_detectorCodes.size())
            return read.fail(QStringLiteral("\"detectors.codes\" must list distinct names"));
        for (const QString &code : std::as_const(m_detectorCodes)) {
            if (!EscalationCode::all().contains(code))
                return read.fail(
                    QStringLiteral("\"detectors.codes\" names an unknown escalation code \"%1\"").arg(code));
            double threshold = 0;
            if (!read.number(detectorThresholds, code.toUtf8().constData(), QStringLiteral("detectors.thresholds."),
                             &threshold))
                return false;
            m_detectorThresholds.push_back(threshold);
        }
    }
    if (doc.contains(QLatin1String("scope"))) {
        QJsonObject scope;
        if (!read.object(doc, "scope", QString(), &scope)
            || !read.number(scope, "threshold", QStringLiteral("scope."), &m_scopeThreshold))
            return false;
    }

    m_classes = classes;
    const int heads = static_cast<int>(m_detectorCodes.size());
    m_stride = (classes + heads + 7) / 8 * 8;
    m_bias.assign(m_stride, 0.0f);
    m_weights.assign(featureCount * m_stride, 0.0f);
    auto unpack = [&](const QJsonObject &weights, const QString &where, int rows, int offset) {
        QString encoding;
        QJsonArray scalesJson;
        QJsonArray biasJson;
        QString dataText;
        if (!read.string(weights, "encoding", where, &encoding) || !read.array(weights, "scales", where, &scalesJson)
            || !read.array(weights, "bias", where, &biasJson) || !read.string(weights, "data", where, &dataText))
            return false;
        if (encoding != QLatin1String(WeightEncoding))
            return read.fail(QStringLiteral("unknown %1encoding \"%2\"").arg(where, encoding));
        if (scalesJson.size() != rows || biasJson.size() != rows)
            return read.fail(QStringLiteral("%1scales and %1bias need one number per %2")
                                 .arg(where, offset == 0 ? QStringLiteral("category") : QStringLiteral("detector")));
        std::vector<double> scales(rows);
        for (int c = 0; c < rows; ++c) {
            if (!scalesJson.at(c).isDouble() || !biasJson.at(c).isDouble())
                return read.fail(QStringLiteral("%1scales and %1bias must be numbers").arg(where));
            scales[c] = scalesJson.at(c).toDouble();
            m_bias[offset + c] = static_cast<float>(biasJson.at(c).toDouble());
        }
        QByteArray packed;
        if (!fromBase64(dataText, &packed))
            return read.fail(QStringLiteral("%1data is not base64").arg(where));
        const auto *p = reinterpret_cast<const uchar *>(packed.constData());
        const uchar *end = p + packed.size();
        for (qsizetype f = 0; f < featureCount; ++f) {
            quint32 count;
            if (!readVarint(p, end, &count) || count > quint32(rows))
                return read.fail(QStringLiteral("%1data is truncated or corrupt").arg(where));
            qint64 c = -1;
            for (quint32 k = 0; k < count; ++k) {
                quint32 gap;
                if (!readVarint(p, end, &gap) || p >= end)
                    return read.fail(QStringLiteral("%1data is truncated or corrupt").arg(where));
                c += qint64(gap) + 1;
                if (c >= rows)
                    return read.fail(QStringLiteral("%1data names a column that does not exist").arg(where));
                const auto q = static_cast<qint8>(*p++);
                m_weights[f * m_stride + offset + c] = static_cast<float>(q * scales[c]);
            }
        }
        if (p != end)
            return read.fail(QStringLiteral("%1data has trailing bytes").arg(where));
        return true;
    };
    QJsonObject weights;
    if (!read.object(doc, "weights", QString(), &weights) || !unpack(weights, QStringLiteral("weights."), classes, 0))
        return false;
    if (hasDetectors) {
        QJsonObject detectorWeights;
        if (!read.object(detectors, "weights", QStringLiteral("detectors."), &detectorWeights)
            || !unpack(detectorWeights, QStringLiteral("detectors.weights."), heads, classes))
            return false;
    }

    // What metadata() returns: everything but the weights and the vocabulary.
    m_metadata = nlohmann::json::object();
    for (const char *key : {"format", "formatVersion", "name", "version", "categories", "options", "training",
                            "metrics", "calibration", "thresholds", "scope"}) {
        if (doc.contains(QLatin1String(key)))
            m_metadata[key] = toNlohmann(doc.value(QLatin1String(key)));
    }
    m_metadata["features"] = {{"words", m_wordCount}, {"chars", featureCount - m_wordCount}};
    if (hasDetectors) {
        nlohmann::json d = toNlohmann(QJsonValue(detectors));
        d.erase("weights");
        m_metadata["detectors"] = d;
    }
    return true;
}

QByteArray LinearTextClassifier::toJson() const
{
    return m_raw;
}

double LinearTextClassifier::secondaryThreshold(const QString &category) const
{
    const auto it = m_categoryIndex.constFind(category);
    return it == m_categoryIndex.constEnd() ? 1.0 : m_secondary[size_t(it.value())];
}

nlohmann::json LinearTextClassifier::metadata() const
{
    return m_metadata;
}

qint32 LinearTextClassifier::lookup(quint64 hash) const
{
    quint64 slot = slotOf(hash) & m_tableMask;
    for (;;) {
        const TableSlot &entry = m_table[slot];
        if (entry.value < 0 || entry.key == hash)
            return entry.value;
        slot = (slot + 1) & m_tableMask;
    }
}

void LinearTextClassifier::vectorize(const ExtractedText &text, std::vector<std::pair<qint32, float>> *vector,
                                     std::vector<qint32> *ids) const
{
    // Term counts without sorting: a per-thread slot per feature remembers where the feature sits in *vector.
    thread_local std::vector<qint32> position;
    if (position.size() < m_idf.size())
        position.assign(m_idf.size(), -1);
    vector->clear();
    if (ids)
        ids->resize(text.terms.size());
    std::vector<float> counts;
    counts.reserve(text.terms.size());
    const size_t termCount = text.terms.size();
    for (size_t k = 0; k < termCount; ++k) {
#if defined(__GNUC__)
        // The table is larger than the caches: start the load of a later term's slot now.
        if (k + LookupAhead < termCount)
            __builtin_prefetch(&m_table[slotOf(text.terms[k + LookupAhead].hash) & m_tableMask]);
#endif
        const qint32 id = lookup(text.terms[k].hash);
        if (ids)
            (*ids)[k] = id;
        if (id < 0)
            continue;
        qint32 &at = position[id];
        if (at < 0) {
            at = static_cast<qint32>(vector->size());
            vector->emplace_back(id, 0.0f);
            counts.push_back(0.0f);
        }
        counts[at] += 1.0f;
    }
    double wordNorm = 0.0;
    double charNorm = 0.0;
    for (size_t k = 0; k < vector->size(); ++k) {
        auto &[id, v] = (*vector)[k];
        position[id] = -1;
        v = static_cast<float>((1.0 + std::log(double(counts[k]))) * m_idf[id]);
        (id < m_wordCount ? wordNorm : charNorm) += double(v) * v;
    }
    const float wordScale = wordNorm > 0 ? static_cast<float>(1.0 / std::sqrt(wordNorm)) : 0.0f;
    const float charScale = charNorm > 0 ? static_cast<float>(1.0 / std::sqrt(charNorm)) : 0.0f;
    for (auto &[id, v] : *vector)
        v *= id < m_wordCount ? wordScale : charScale;
}

namespace {

ROUTEDESK_VECTOR_CLONES
void sweepScores(const std::vector<std::pair<qint32, float>> &vector, const float *bias, const float *weights,
                 int stride, float *out)
{
    const std::pair<qint32, float> *entries = vector.data();
    sweepRows(
        bias, weights, stride, [entries](qsizetype k) { return entries[k].first; },
        [entries](qsizetype k) { return entries[k].second; }, static_cast<qsizetype>(vector.size()), out);
}

} // namespace

void LinearTextClassifier::score(const std::vector<std::pair<qint32, float>> &vector, float *out) const
{
    sweepScores(vector, m_bias.data(), m_weights.data(), m_stride, out);
}

std::vector<float> LinearTextClassifier::scores(const QString &text) const
{
    std::vector<std::pair<qint32, float>> vector;
    vectorize(m_extractor.extract(text), &vector, nullptr);
    std::vector<float> out(m_stride);
    score(vector, out.data());
    out.resize(m_classes);
    return out;
}

Prediction LinearTextClassifier::predict(const QString &text) const
{
    return predictDetailed(text, true);
}

Prediction LinearTextClassifier::rank(const QString &text) const
{
    return predictDetailed(text, false);
}

Prediction LinearTextClassifier::predictDetailed(const QString &text, bool explain) const
{
    const int classes = m_classes;
    const ExtractedText extracted = m_extractor.extract(text);
    std::vector<std::pair<qint32, float>> vector;
    std::vector<qint32> ids;
    vectorize(extracted, &vector, explain ? &ids : nullptr);
    std::vector<float> s(m_stride);
    score(vector, s.data());
    std::vector<double> p(classes);
    softmax(s.data(), classes, m_inverseTemperature, p.data());
    std::vector<int> order(classes);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return p[a] > p[b] || (p[a] == p[b] && a < b); });

    Prediction prediction;
    prediction.ranked.reserve(classes);
    for (int c : order)
        prediction.ranked.append({m_categories.at(c), p[c]});
    if (std::isfinite(m_scopeThreshold)) {
        // A text with no known term fits nothing, whatever the biases say.
        prediction.scope = vector.empty() ? -std::numeric_limits<double>::infinity()
                                          : *std::max_element(s.begin(), s.begin() + classes);
        prediction.scopeThreshold = m_scopeThreshold;
    }
    prediction.detectors.reserve(m_detectorCodes.size());
    for (qsizetype h = 0; h < m_detectorCodes.size(); ++h)
        prediction.detectors.append({m_detectorCodes.at(h), s[classes + h], m_detectorThresholds[h], {}});
    if (!explain || vector.empty())
        return prediction;

    // Evidence for a column (the top category, a detector that fired): each feature's contribution to its score,
    // with character n-grams and single words credited to the word they occur in (shared equally between
    // occurrences) so that a person reads "refund" rather than five overlapping fragments of it.
    // What does not depend on the column is worked out once: where each occurrence's feature sits in `vector`,
    // how often it occurs, and which readable key (a word, or a word pair) it is credited to, keys in order of
    // first occurrence.
    std::vector<qint32> slot(ids.size(), -1);
    std::vector<int> occurrences(vector.size(), 0);
    {
        // A per-thread slot per feature, as in vectorize(), set for this text's features and reset after.
        thread_local std::vector<qint32> at;
        if (at.size() < m_idf.size())
            at.assign(m_idf.size(), -1);
        for (size_t k = 0; k < vector.size(); ++k)
            at[size_t(vector[k].first)] = qint32(k);
        for (size_t i = 0; i < ids.size(); ++i) {
            if (ids[i] >= 0) {
                slot[i] = at[size_t(ids[i])];
                ++occurrences[size_t(slot[i])];
            }
        }
        for (const auto &entry : vector)
            at[size_t(entry.first)] = -1;
    }
    QStringList keys;
    std::vector<qint32> keyOf(ids.size(), -1);
    {
        QHash<QString, qint32> keyIndex;
        std::vector<qint32> tokenKey(size_t(extracted.tokens.size()), -1);
        auto indexOf = [&](const QString &key) {
            auto it = keyIndex.constFind(key);
            if (it != keyIndex.constEnd())
                return it.value();
            const qint32 index = qint32(keys.size());
            keys.append(key);
            keyIndex.insert(key, index);
            return index;
        };
        for (size_t i = 0; i < ids.size(); ++i) {
            if (slot[i] < 0)
                continue;
            const TermOccurrence &term = extracted.terms[i];
            if (term.kind == TermKind::WordPair) {
                keyOf[i] = indexOf(extracted.termText(term));
            } else {
                qint32 &known = tokenKey[size_t(term.token)];
                if (known < 0)
                    known = indexOf(extracted.tokens.at(term.token));
                keyOf[i] = known;
            }
        }
    }
    auto strongest = [&](int column, int count) {
        std::vector<double> contribution(vector.size());
        for (size_t k = 0; k < vector.size(); ++k)
            contribution[k] = double(vector[k].second) * m_weights[qsizetype(vector[k].first) * m_stride + column];
        std::vector<double> byKey(size_t(keys.size()), 0.0);
        for (size_t i = 0; i < ids.size(); ++i) {
            if (slot[i] >= 0)
                byKey[size_t(keyOf[i])] += contribution[size_t(slot[i])] / occurrences[size_t(slot[i])];
        }
        std::vector<qint32> ranking(size_t(keys.size()));
        std::iota(ranking.begin(), ranking.end(), 0);
        std::stable_sort(ranking.begin(), ranking.end(), [&](qint32 a, qint32 b) { return byKey[a] > byKey[b]; });
        QList<std::pair<QString, double>> result;
        for (const qint32 key : ranking) {
            const double w = byKey[size_t(key)];
            if (w <= 0 || result.size() >= count)
                break;
            result.append({keys.at(key), w});
        }
        return result;
    };
    const int top = order.front();
    for (const auto &[key, w] : strongest(top, 8))
        prediction.evidence.append({key, m_categories.at(top), w});
    for (qsizetype h = 0; h < prediction.detectors.size(); ++h) {
        DetectorScore &detector = prediction.detectors[h];
        if (!detector.fired())
            continue;
        for (const auto &entry : strongest(classes + static_cast<int>(h), 4))
            detector.words.append(entry.first);
    }
    return prediction;
}

} // namespace RouteDesk
