#include "textclassifier.h"

#include "linearclassifier.h"
#include "parallel.h"

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

std::unique_ptr<TextClassifier> TextClassifier::load(const QString &path, QString *error)
{
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
    if (!model && error)
        *error = QStringLiteral("%1: %2").arg(path, message);
    return model;
}

std::unique_ptr<TextClassifier> TextClassifier::fromJson(const QByteArray &json, QString *error)
{
    return LinearTextClassifier::fromBytes(json, error);
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
