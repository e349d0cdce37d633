#include "batch.h"

#include "model/modeljson.h"

#include <QThread>

#include <thread>
#include <vector>

namespace RouteDesk {

using nlohmann::json;

bool batchItemFromRecord(const Record &record, const BatchOptions &options, BatchItem *item, QString *error)
{
    BatchItem result;
    if (!options.textColumn.isEmpty() && !record.has(options.textColumn)) {
        *error = QStringLiteral("no field \"%1\" (from --text-column)").arg(options.textColumn);
        return false;
    }
    if (!options.idColumn.isEmpty() && !record.has(options.idColumn)) {
        *error = QStringLiteral("no field \"%1\" (from --id-column)").arg(options.idColumn);
        return false;
    }
    QString why;
    if (!fromJson(record.fields, &result.ticket, &why)) {
        *error = why;
        return false;
    }
    if (!options.textColumn.isEmpty()) {
        result.ticket.subject.clear();
        result.ticket.body = record.text(options.textColumn);
        result.ticket.messages.clear();
    }
    result.text = result.ticket.text();
    if (result.text.trimmed().isEmpty() && options.textColumn.isEmpty()) {
        // As train and sync: a ticket must say something.
        *error = QStringLiteral("empty ticket: neither subject nor body has text");
        return false;
    }
    if (!options.idColumn.isEmpty())
        result.id = record.text(options.idColumn).toStdString();
    else if (record.has(QStringLiteral("id")) && !record.text(QStringLiteral("id")).isEmpty())
        result.id = record.text(QStringLiteral("id")).toStdString();
    else
        result.id = record.index + 1;
    if (result.ticket.externalId.isEmpty() && result.id.is_string())
        result.ticket.externalId = QString::fromStdString(result.id.get<std::string>());
    *item = std::move(result);
    return true;
}

static json featureList(const QList<FeatureContribution> &evidence, const QString &category)
{
    QStringList lines;
    for (const FeatureContribution &feature : evidence) {
        if (feature.category != category || lines.size() >= 8)
            continue;
        lines.append(QStringLiteral("feature \"%1\" %2%3 for %4")
                         .arg(feature.feature, feature.weight >= 0 ? QStringLiteral("+") : QString(),
                              QString::number(feature.weight, 'f', 2), feature.category));
    }
    return toJson(lines);
}

json classificationJson(const BatchItem &item, const TextClassifier &classifier)
{
    const Prediction prediction = classifier.predict(item.text.left(100000));
    const QString category = prediction.category();
    QStringList secondary;
    for (const ScoredCategory &scored : prediction.ranked) {
        if (scored.category != category && scored.p > 0 && scored.p >= classifier.secondaryThreshold(scored.category))
            secondary.append(scored.category);
    }
    QList<EscalationFlag> flags;
    if (prediction.confidence() < classifier.threshold())
        flags.append(EscalationFlag {QLatin1String(EscalationCode::LowConfidence),
                                     QStringLiteral("Confidence %1 is below the model's threshold %2")
                                         .arg(QString::number(prediction.confidence(), 'f', 2),
                                              QString::number(classifier.threshold(), 'f', 2))});
    // Scope: a text that fits no category is out of scope even when the model is confident enough for its
    // accuracy target; so is one its learned out_of_scope detector recognises (spam, mail for another company).
    if (prediction.outOfScope())
        flags.append(EscalationFlag {
            QLatin1String(EscalationCode::OutOfScope),
            QStringLiteral("Fits no category well: its best score %1 is below the scope "
                           "threshold %2")
                .arg(QString::number(prediction.scope, 'f', 2), QString::number(prediction.scopeThreshold, 'f', 2))});
    else if (const DetectorScore *d = prediction.detector(QLatin1String(EscalationCode::OutOfScope)); d && d->fired())
        flags.append(
            EscalationFlag {QLatin1String(EscalationCode::OutOfScope),
                            QStringLiteral("Looks unrelated (learned detector %1, threshold %2)")
                                .arg(QString::number(d->score, 'f', 2), QString::number(d->threshold, 'f', 2))});
    json explanation = featureList(prediction.evidence, category);
    for (const EscalationFlag &flag : flags)
        explanation.push_back(toStd(QStringLiteral("Flag %1: %2").arg(flag.code, flag.reason)));
    return {{"id", item.id},
            {"category", toStd(category)},
            {"confidence", prediction.confidence()},
            {"top", toJson(prediction.ranked)},
            {"secondary", toJson(secondary)},
            {"escalate", !flags.isEmpty()},
            {"flags", toJson(flags)},
            {"explanation", explanation}};
}

json routingJson(const BatchItem &item, const PipelineResult &result)
{
    const RoutingDecision &decision = result.decision;
    return {{"id", item.id},
            {"category", toStd(decision.category)},
            {"confidence", decision.confidence},
            {"top", toJson(decision.alternatives)},
            {"secondary", toJson(decision.secondaryIntents)},
            {"escalate", decision.escalate()},
            {"flags", toJson(decision.flags)},
            {"explanation", toJson(decision.explanation)},
            {"specialist", toStd(decision.specialist)},
            {"draft", toStd(decision.draft)},
            {"rules_fired", toJson(decision.rulesFired)},
            {"cited_articles", toJson(decision.citedArticles)},
            {"escalation_target", toStd(decision.escalationTarget)}};
}

bool runBatch(RecordReader &reader, QIODevice &output, const BatchOptions &options,
              const std::function<json(const BatchItem &)> &work, BatchStats *stats, QString *error, bool *badInput)
{
    *badInput = false;
    const int threads = std::max(1, options.threads > 0 ? options.threads : QThread::idealThreadCount());
    const int batchSize = std::max(1, options.batchSize);
    QList<BatchItem> items;
    items.reserve(batchSize);
    std::vector<std::string> lines;
    std::vector<char> escalated;

    auto flush = [&]() -> bool {
        lines.assign(size_t(items.size()), std::string());
        escalated.assign(size_t(items.size()), 0);
        auto one = [&](qsizetype i) {
            const json value = work(items.at(i));
            escalated[size_t(i)] = value.value("escalate", false) ? 1 : 0;
            // Invalid UTF-8 cannot reach here (the reader refuses it); replace anyway rather than throw.
            lines[size_t(i)] = value.dump(-1, ' ', false, json::error_handler_t::replace);
        };
        auto worker = [&](int first) {
            for (qsizetype i = first; i < items.size(); i += threads)
                one(i);
        };
        if (threads == 1 || items.size() < 8) {
            for (qsizetype i = 0; i < items.size(); ++i)
                one(i);
        } else {
            std::vector<std::thread> pool;
            for (int t = 0; t < threads; ++t)
                pool.emplace_back(worker, t);
            for (std::thread &thread : pool)
                thread.join();
        }
        for (const std::string &line : lines) {
            if (output.write(line.data(), qint64(line.size())) != qint64(line.size()) || !output.putChar('\n')) {
                *error = QStringLiteral("cannot write the output: %1").arg(output.errorString());
                return false;
            }
        }
        if (stats) {
            stats->records += items.size();
            for (const char flag : escalated)
                stats->escalated += flag;
        }
        items.clear();
        return true;
    };

    Record record;
    while (reader.next(&record)) {
        BatchItem item;
        QString why;
        if (!batchItemFromRecord(record, options, &item, &why)) {
            if (!flush())
                return false;
            *error = QStringLiteral("%1:%2: %3").arg(reader.name()).arg(record.line).arg(why);
            *badInput = true;
            return false;
        }
        items.append(std::move(item));
        if (items.size() >= batchSize && !flush())
            return false;
    }
    if (!flush())
        return false;
    if (reader.hasError()) {
        *error = reader.errorString();
        *badInput = true;
        return false;
    }
    return true;
}

} // namespace RouteDesk
