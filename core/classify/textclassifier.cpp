#include "textclassifier.h"

#include "linearclassifier.h"
#include "parallel.h"

#include "io/jsonparse.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace RouteDesk {

const DetectorScore *Prediction::detector(const QString &code) const
{
    for (const DetectorScore &d : detectors) {
        if (d.code == code)
            return &d;
    }
    return nullptr;
}

QStringList TrainOptions::defaultDetectorCodes()
{
    using namespace EscalationCode;
    return {QLatin1String(RefundReview),      QLatin1String(PolicyException), QLatin1String(SecurityIncident),
            QLatin1String(LegalThreat),       QLatin1String(Abuse),           QLatin1String(Urgent),
            QLatin1String(EmotionalDistress), QLatin1String(OutOfScope),      QLatin1String(MultiIntent)};
}

QHash<QString, DetectorTarget> TrainOptions::defaultDetectorTargets()
{
    // Missing a distressed customer or a security incident costs the most.
    return {{QLatin1String(EscalationCode::EmotionalDistress), DetectorTarget {0.98, 0.0}},
            {QLatin1String(EscalationCode::SecurityIncident), DetectorTarget {0.98, 0.0}}};
}

double Prediction::margin() const
{
    if (ranked.size() < 2)
        return 1.0;
    return ranked.at(0).p - ranked.at(1).p;
}

namespace {

// The version a model records is the start of the SHA-256 of its content without the version: the document as
// the trainer built it, printed compactly with its keys in order (LinearTextClassifier::fromData). Reading the
// file and printing it the same way gives the same bytes (nlohmann prints each number so that it reads back
// exactly), so any other layout of the same content passes and any changed weight, bias or threshold does not.
// Where the top-level "version" member of a JSON object sits, with one of its commas: [begin, end) and the
// recorded value. False when there is none, or more than one, or the value is no plain string.
bool findVersionMember(const QByteArray &bytes, qsizetype *begin, qsizetype *end, QByteArrayView *value)
{
    const char *p = bytes.constData();
    const qsizetype n = bytes.size();
    int depth = 0;
    bool found = false;
    qsizetype lastComma = -1; // the last comma at depth 1
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        if (c == '"') {
            const qsizetype start = i;
            for (++i; i < n && p[i] != '"'; ++i) {
                if (p[i] == '\\')
                    ++i;
            }
            if (i >= n)
                return false;
            if (depth != 1 || QByteArrayView(p + start, i + 1 - start) != QByteArrayView("\"version\""))
                continue;
            // A key at depth 1 (a string value would follow a colon, and "version" is no value here).
            qsizetype k = i + 1;
            while (k < n && (p[k] == ' ' || p[k] == '\n' || p[k] == '\r' || p[k] == '\t'))
                ++k;
            if (k >= n || p[k] != ':')
                continue;
            ++k;
            while (k < n && (p[k] == ' ' || p[k] == '\n' || p[k] == '\r' || p[k] == '\t'))
                ++k;
            if (k >= n || p[k] != '"' || found)
                return false;
            const qsizetype valueStart = k + 1;
            qsizetype valueEnd = valueStart;
            while (valueEnd < n && p[valueEnd] != '"' && p[valueEnd] != '\\')
                ++valueEnd;
            if (valueEnd >= n || p[valueEnd] != '"')
                return false;
            *value = QByteArrayView(p + valueStart, valueEnd - valueStart);
            found = true;
            if (lastComma >= 0) {
                *begin = lastComma; // ,"version":"..."
                *end = valueEnd + 1;
            } else {
                *begin = start; // "version":"...", (the first member)
                qsizetype after = valueEnd + 1;
                while (after < n && p[after] != ',' && p[after] != '}')
                    ++after;
                *end = after < n && p[after] == ',' ? after + 1 : after;
            }
            i = valueEnd;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',' && depth == 1) {
            lastComma = i;
        }
    }
    return found;
}

bool contentMatchesVersion(const QByteArray &bytes, QString *error)
{
    // The file as the trainer wrote it: the bytes without the version member are the canonical print itself, and
    // hashing them needs no parse (parsing and printing 5 MB again cost a fifth of a second per process). Any
    // other layout, or a changed file, takes the full check below.
    qsizetype begin = 0;
    qsizetype end = 0;
    QByteArrayView recordedVersion;
    if (findVersionMember(bytes, &begin, &end, &recordedVersion) && recordedVersion.size() >= 16) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(QByteArrayView(bytes).first(begin));
        hash.addData(QByteArrayView(bytes).sliced(end));
        if (hash.result().toHex().left(recordedVersion.size()) == recordedVersion)
            return true;
    }

    JsonParseResult parsed = parseJson(bytes, QStringLiteral("model"));
    if (!parsed.ok || !parsed.value.is_object()) {
        *error = parsed.ok ? QStringLiteral("not a RouteDesk model (the file is not a JSON object)") : parsed.error;
        return false;
    }
    nlohmann::json &document = parsed.value;
    const auto recorded = document.find("version");
    if (recorded == document.end() || !recorded->is_string()) {
        *error = QStringLiteral("malformed model: \"version\" is missing");
        return false;
    }
    const QString version = QString::fromStdString(recorded->get<std::string>());
    document.erase(recorded);
    const std::string canonical = document.dump();
    const QString actual
        = QString::fromLatin1(QCryptographicHash::hash(QByteArrayView(canonical.data(), qsizetype(canonical.size())),
                                                       QCryptographicHash::Sha256)
                                  .toHex()
                                  .left(version.size() >= 16 ? version.size() : 16));
    if (actual != version) {
        *error = QStringLiteral("the model file was changed after it was written: its content does not match the "
                                "version it records (%1). Use the file as the trainer wrote it, or train again.")
                     .arg(version);
        return false;
    }
    return true;
}

} // namespace

std::unique_ptr<TextClassifier> TextClassifier::load(const QString &path, QString *error, bool *badInput)
{
    if (badInput)
        *badInput = false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot open the model: %2").arg(path, file.errorString());
        return nullptr;
    }
    if (QFileInfo(path).isDir()) {
        if (error)
            *error = QStringLiteral("%1: is a folder, not a model file").arg(path);
        return nullptr;
    }
    QString message;
    auto model = fromJson(file.readAll(), &message);
    if (!model) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, message);
        if (badInput)
            *badInput = true;
    }
    return model;
}

std::unique_ptr<TextClassifier> TextClassifier::fromJson(const QByteArray &json, QString *error)
{
    // Decoding first keeps its precise messages (empty file, newer format, missing fields); the content check
    // then refuses a well-formed file that was changed.
    std::unique_ptr<TextClassifier> model = LinearTextClassifier::fromBytes(json, error);
    if (!model)
        return nullptr;
    QString problem;
    if (!contentMatchesVersion(json, &problem)) {
        if (error)
            *error = problem;
        return nullptr;
    }
    return model;
}

bool TextClassifier::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot write the model: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = toJson();
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: cannot write the model: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QList<Prediction> predictAll(const TextClassifier &classifier, const QStringList &texts, bool evidence, int threads)
{
    QList<Prediction> out(texts.size());
    Prediction *results = out.data(); // detached once, here, not from the workers
    // Chunks keep the shared counter cold; each chunk writes only its own slots.
    constexpr qsizetype Chunk = 64;
    const qsizetype chunks = (texts.size() + Chunk - 1) / Chunk;
    parallelFor(chunks, threads > 0 ? threads : defaultThreadCount(), [&](qsizetype chunk) {
        const qsizetype end = std::min(texts.size(), (chunk + 1) * Chunk);
        for (qsizetype i = chunk * Chunk; i < end; ++i)
            results[i] = evidence ? classifier.predict(texts.at(i)) : classifier.rank(texts.at(i));
    });
    return out;
}

} // namespace RouteDesk
