#include "evaluation.h"

#include "calibration.h"

#include <QHash>

#include <algorithm>

namespace RouteDesk {

Evaluation evaluate(const QStringList &categories, const QList<EvaluatedExample> &examples, double threshold)
{
    Evaluation e;
    e.examples = examples.size();
    e.threshold = threshold;
    e.labels = categories;
    e.predictions = categories;
    QHash<QString, qsizetype> labelRow;
    QHash<QString, qsizetype> predictionColumn;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        labelRow.insert(categories.at(i), i);
        predictionColumn.insert(categories.at(i), i);
    }
    // Labels the model does not know become extra rows (and prediction columns, should a model predict them).
    for (const EvaluatedExample &example : examples) {
        if (!labelRow.contains(example.label)) {
            labelRow.insert(example.label, e.labels.size());
            e.labels.append(example.label);
        }
        if (!predictionColumn.contains(example.predicted)) {
            predictionColumn.insert(example.predicted, e.predictions.size());
            e.predictions.append(example.predicted);
        }
    }
    e.confusion = QList<QList<qsizetype>>(e.labels.size(), QList<qsizetype>(e.predictions.size(), 0));
    std::vector<double> confidence;
    std::vector<bool> correct;
    confidence.reserve(examples.size());
    correct.reserve(examples.size());
    qsizetype right = 0;
    for (const EvaluatedExample &example : examples) {
        ++e.confusion[labelRow.value(example.label)][predictionColumn.value(example.predicted)];
        const bool ok = example.label == example.predicted;
        right += ok ? 1 : 0;
        if (!categories.contains(example.label))
            ++e.unknownLabels;
        confidence.push_back(example.confidence);
        correct.push_back(ok);
    }
    e.accuracy = examples.isEmpty() ? 0.0 : double(right) / double(examples.size());
    e.ece = expectedCalibrationError(confidence, correct, 15);
    const ThresholdChoice at = measureThreshold(confidence, correct, threshold);
    e.coverage = at.coverage;
    e.accuracyAtThreshold = at.accuracy;

    QStringList all = e.labels;
    for (const QString &p : std::as_const(e.predictions)) {
        if (!all.contains(p))
            all.append(p);
    }
    double f1Sum = 0.0;
    int f1Count = 0;
    for (const QString &category : all) {
        CategoryMetrics m;
        m.category = category;
        const qsizetype row = labelRow.value(category, -1);
        const qsizetype column = predictionColumn.value(category, -1);
        qsizetype truePositive = 0;
        if (row >= 0) {
            for (qsizetype v : e.confusion.at(row))
                m.support += v;
            if (column >= 0)
                truePositive = e.confusion.at(row).at(column);
        }
        if (column >= 0) {
            for (const QList<qsizetype> &r : std::as_const(e.confusion))
                m.predicted += r.at(column);
        }
        m.precision = m.predicted > 0 ? double(truePositive) / double(m.predicted) : 0.0;
        m.recall = m.support > 0 ? double(truePositive) / double(m.support) : 0.0;
        m.f1 = m.precision + m.recall > 0 ? 2 * m.precision * m.recall / (m.precision + m.recall) : 0.0;
        if (m.support > 0 || m.predicted > 0) {
            f1Sum += m.f1;
            ++f1Count;
        }
        e.perCategory.append(m);
    }
    e.macroF1 = f1Count > 0 ? f1Sum / f1Count : 0.0;
    return e;
}

nlohmann::json Evaluation::toJson() const
{
    nlohmann::json j;
    j["examples"] = examples;
    j["accuracy"] = accuracy;
    j["macroF1"] = macroF1;
    j["ece"] = ece;
    j["threshold"] = threshold;
    j["coverage"] = coverage;
    j["accuracyAtThreshold"] = accuracyAtThreshold;
    j["unknownLabels"] = unknownLabels;
    nlohmann::json categoriesJson = nlohmann::json::array();
    for (const CategoryMetrics &m : perCategory) {
        categoriesJson.push_back({{"category", m.category.toStdString()},
                                  {"support", m.support},
                                  {"predicted", m.predicted},
                                  {"precision", m.precision},
                                  {"recall", m.recall},
                                  {"f1", m.f1}});
    }
    j["perCategory"] = categoriesJson;
    nlohmann::json labelsJson = nlohmann::json::array();
    for (const QString &l : labels)
        labelsJson.push_back(l.toStdString());
    nlohmann::json predictionsJson = nlohmann::json::array();
    for (const QString &p : predictions)
        predictionsJson.push_back(p.toStdString());
    nlohmann::json matrix = nlohmann::json::array();
    for (const QList<qsizetype> &row : confusion) {
        nlohmann::json r = nlohmann::json::array();
        for (qsizetype v : row)
            r.push_back(v);
        matrix.push_back(r);
    }
    j["confusion"] = {{"labels", labelsJson}, {"predictions", predictionsJson}, {"matrix", matrix}};
    return j;
}

QString Evaluation::toText() const
{
    QString s;
    auto pct = [](double v) -> QString {
        return QString::number(100.0 * v, 'f', 1) + u'%';
    };
    s += QStringLiteral("examples: %1\n").arg(examples);
    s += QStringLiteral("accuracy: %1\n").arg(pct(accuracy));
    s += QStringLiteral("macro-F1: %1\n").arg(QString::number(macroF1, 'f', 3));
    s += QStringLiteral("expected calibration error: %1\n").arg(QString::number(ece, 'f', 3));
    s += QStringLiteral("threshold: %1, routed automatically: %2, accuracy among them: %3\n")
             .arg(QString::number(threshold, 'f', 3), pct(coverage), pct(accuracyAtThreshold));
    if (unknownLabels > 0)
        s += QStringLiteral("labels the model does not know: %1 examples\n").arg(unknownLabels);

    qsizetype width = 8;
    for (const CategoryMetrics &m : perCategory)
        width = std::max(width, m.category.size());
    s += u'\n' + QStringLiteral("category").leftJustified(width)
        + QStringLiteral("  precision  recall     f1  support\n");
    for (const CategoryMetrics &m : perCategory) {
        s += m.category.leftJustified(width)
            + QStringLiteral("  %1  %2  %3  %4\n")
                  .arg(m.precision, 9, 'f', 3)
                  .arg(m.recall, 6, 'f', 3)
                  .arg(m.f1, 5, 'f', 3)
                  .arg(m.support, 7);
    }

    s += QStringLiteral("\nconfusion matrix (rows: label, columns: prediction in the order above)\n");
    qsizetype cell = 3;
    for (const QList<qsizetype> &row : confusion) {
        for (qsizetype v : row)
            cell = std::max<qsizetype>(cell, QString::number(v).size());
    }
    for (qsizetype r = 0; r < confusion.size(); ++r) {
        QString line = labels.at(r).leftJustified(width);
        for (qsizetype v : confusion.at(r))
            line += u' ' + QString::number(v).rightJustified(cell);
        s += line + u'\n';
    }
    return s;
}

} // namespace RouteDesk
