#include "batch.h"

#include "io/jsonwriter.h"
#include "model/modeljson.h"

#include <QThread>

#include <atomic>
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

namespace {

void writeScored(JsonWriter &out, const QList<ScoredCategory> &ranked, int top)
{
    const qsizetype count = top > 0 ? std::min<qsizetype>(top, ranked.size()) : ranked.size();
    out.beginArray();
    for (qsizetype i = 0; i < count; ++i) {
        out.beginObject();
        out.key("category");
        out.value(ranked.at(i).category);
        out.key("p");
        out.value(ranked.at(i).p);
        out.endObject();
    }
    out.endArray();
}

void writeFlags(JsonWriter &out, const QList<EscalationFlag> &flags)
{
    out.beginArray();
    for (const EscalationFlag &flag : flags) {
        out.beginObject();
        out.key("code");
        out.value(flag.code);
        out.key("reason");
        out.value(flag.reason);
        out.endObject();
    }
    out.endArray();
}

void writeStrings(JsonWriter &out, const QStringList &list)
{
    out.beginArray();
    for (const QString &s : list)
        out.value(s);
    out.endArray();
}

void writeId(JsonWriter &out, const json &id)
{
    if (id.is_string())
        out.value(std::string_view(id.get_ref<const std::string &>()));
    else if (id.is_number_integer())
        out.value(qint64(id.get<qint64>()));
    else
        out.null();
}

} // namespace

bool writeClassificationLine(const BatchItem &item, const TextClassifier &classifier, int top, std::string *line)
{
    const Prediction prediction = classifier.predict(item.text.left(100000));
    const QString category = prediction.category();
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

    JsonWriter out(line);
    out.beginObject();
    out.key("category");
    out.value(category);
    out.key("confidence");
    out.value(prediction.confidence());
    out.key("escalate");
    out.value(!flags.isEmpty());
    out.key("explanation");
    out.beginArray();
    int features = 0;
    for (const FeatureContribution &feature : prediction.evidence) {
        if (feature.category != category || features >= 8)
            continue;
        ++features;
        out.beginString();
        out.part(QLatin1StringView("feature \""));
        out.part(feature.feature);
        out.part(QLatin1StringView(feature.weight >= 0 ? "\" +" : "\" "));
        out.part(QString::number(feature.weight, 'f', 2));
        out.part(QLatin1StringView(" for "));
        out.part(feature.category);
        out.endString();
    }
    for (const EscalationFlag &flag : std::as_const(flags)) {
        out.beginString();
        out.part(QLatin1StringView("Flag "));
        out.part(flag.code);
        out.part(QLatin1StringView(": "));
        out.part(flag.reason);
        out.endString();
    }
    out.endArray();
    out.key("flags");
    writeFlags(out, flags);
    out.key("id");
    writeId(out, item.id);
    out.key("secondary");
    out.beginArray();
    for (const ScoredCategory &scored : prediction.ranked) {
        if (scored.category != category && scored.p > 0 && scored.p >= classifier.secondaryThreshold(scored.category))
            out.value(scored.category);
    }
    out.endArray();
    out.key("top");
    writeScored(out, prediction.ranked, top);
    out.endObject();
    return !flags.isEmpty();
}

bool writeRoutingLine(const BatchItem &item, const PipelineResult &result, int top, std::string *line)
{
    const RoutingDecision &decision = result.decision;
    JsonWriter out(line);
    out.beginObject();
    out.key("category");
    out.value(decision.category);
    out.key("cited_articles");
    writeStrings(out, decision.citedArticles);
    out.key("confidence");
    out.value(decision.confidence);
    out.key("draft");
    out.value(decision.draft);
    out.key("escalate");
    out.value(decision.escalate());
    out.key("escalation_target");
    out.value(decision.escalationTarget);
    out.key("explanation");
    writeStrings(out, decision.explanation);
    out.key("flags");
    writeFlags(out, decision.flags);
    out.key("id");
    writeId(out, item.id);
    out.key("rules_fired");
    writeStrings(out, decision.rulesFired);
    out.key("secondary");
    writeStrings(out, decision.secondaryIntents);
    out.key("specialist");
    out.value(decision.specialist);
    out.key("top");
    writeScored(out, decision.alternatives, top);
    out.endObject();
    return decision.escalate();
}

namespace {

// One batch of records and what became of them; its buffers keep their capacity from batch to batch.
struct Batch
{
    std::vector<BatchItem> items;
    std::vector<std::string> lines;
    std::vector<char> escalated;
    qsizetype size = 0;

    void clear()
    {
        for (qsizetype i = 0; i < size; ++i)
            lines[size_t(i)].clear();
        size = 0;
    }
    void append(BatchItem &&item)
    {
        if (size_t(size) == items.size()) {
            items.push_back(std::move(item));
            lines.emplace_back();
            escalated.push_back(0);
        } else {
            items[size_t(size)] = std::move(item);
        }
        ++size;
    }
};

// Runs `work` over a batch on `threads` threads (the calling thread is not one of them); join() waits.
class BatchJob
{
public:
    void start(Batch *batch, const BatchWork &work, int threads)
    {
        m_next = 0;
        auto run = [this, batch, &work] {
            for (;;) {
                const qsizetype i = m_next.fetch_add(1, std::memory_order_relaxed);
                if (i >= batch->size)
                    return;
                batch->escalated[size_t(i)] = work(batch->items[size_t(i)], &batch->lines[size_t(i)]) ? 1 : 0;
            }
        };
        const int count = int(std::min<qsizetype>(threads, std::max<qsizetype>(1, batch->size)));
        for (int t = 0; t < count; ++t)
            m_pool.emplace_back(run);
    }
    void join()
    {
        for (std::thread &thread : m_pool)
            thread.join();
        m_pool.clear();
    }
    ~BatchJob() { join(); }

private:
    std::atomic<qsizetype> m_next {0};
    std::vector<std::thread> m_pool;
};

} // namespace

bool runBatch(RecordReader &reader, QIODevice &output, const BatchOptions &options, const BatchWork &work,
              BatchStats *stats, QString *error, bool *badInput)
{
    *badInput = false;
    const int threads = std::max(1, options.threads > 0 ? options.threads : QThread::idealThreadCount());
    const int batchSize = std::max(1, options.batchSize);

    // Two batches: the workers run one while this thread reads the next, then this thread writes the first.
    Batch batches[2];
    Batch *running = nullptr;
    Batch *reading = &batches[0];
    BatchJob job;

    std::string chunk; // a batch's lines, written with one call
    auto write = [&](Batch &batch) -> bool {
        chunk.clear();
        for (qsizetype i = 0; i < batch.size; ++i) {
            chunk += batch.lines[size_t(i)];
            chunk.push_back('\n');
        }
        if (output.write(chunk.data(), qint64(chunk.size())) != qint64(chunk.size())) {
            *error = QStringLiteral("cannot write the output: %1").arg(output.errorString());
            return false;
        }
        if (stats) {
            stats->records += batch.size;
            for (qsizetype i = 0; i < batch.size; ++i)
                stats->escalated += batch.escalated[size_t(i)];
        }
        batch.clear();
        return true;
    };
    // Waits for the running batch and writes it.
    auto finishRunning = [&]() -> bool {
        if (!running)
            return true;
        job.join();
        Batch *done = running;
        running = nullptr;
        return write(*done);
    };
    // Hands the batch just read to the workers, after the one they ran before is written.
    auto submit = [&]() -> bool {
        if (!finishRunning())
            return false;
        if (reading->size == 0)
            return true;
        running = reading;
        reading = running == &batches[0] ? &batches[1] : &batches[0];
        job.start(running, work, threads);
        return true;
    };

    Record record;
    while (reader.next(&record)) {
        BatchItem item;
        QString why;
        if (!batchItemFromRecord(record, options, &item, &why)) {
            // The records before this one are still written.
            if (!submit() || !finishRunning())
                return false;
            *error = QStringLiteral("%1:%2: %3").arg(reader.name()).arg(record.line).arg(why);
            *badInput = true;
            return false;
        }
        reading->append(std::move(item));
        if (reading->size >= batchSize && !submit())
            return false;
    }
    if (!submit() || !finishRunning())
        return false;
    if (reader.hasError()) {
        *error = reader.errorString();
        *badInput = true;
        return false;
    }
    return true;
}

} // namespace RouteDesk
