#pragma once

// Batch classification and routing of ticket files for the command-line tool (and exports): records in,
// one JSON object per record out, in input order, a bounded number of records in memory at a time, spread
// over the machine's cores.

#include "pipeline.h"

#include "io/recordreader.h"

#include <QIODevice>
#include <QString>

#include <nlohmann/json.hpp>

#include <functional>

namespace RouteDesk {

struct BatchOptions
{
    QString textColumn; // read the text from this field instead of subject + body
    QString idColumn; // the id from this field; default "id" when present, else the row number
    int threads = 0; // 0: QThread::idealThreadCount()
    int batchSize = 256; // records held in memory at once
};

// One input record as a ticket.
struct BatchItem
{
    nlohmann::json id; // string, or the 1-based row number
    Ticket ticket;
    QString text; // what the classifier reads
};

// Converts a record; false with *error ("no field \"body_text\"") when a named column is missing or the
// record's fields have the wrong types.
bool batchItemFromRecord(const Record &record, const BatchOptions &options, BatchItem *item, QString *error);

// The output object of `classify`: id, category, confidence, top, secondary, escalate, flags (low_confidence at
// the model's threshold), explanation (top features).
nlohmann::json classificationJson(const BatchItem &item, const TextClassifier &classifier);
// The output object of `route`: the classify fields from the whole pipeline plus specialist, draft,
// rules_fired, cited_articles and escalation_target.
nlohmann::json routingJson(const BatchItem &item, const PipelineResult &result);

struct BatchStats
{
    qint64 records = 0;
    qint64 escalated = 0;
};

// Reads every record of `reader`, runs `work` on each (on several threads) and writes one compact JSON line per
// record to `output` in input order. False with *error on the first bad record (the reader's message: file, line,
// what) or a write error; lines written before it stay written. `badInput` tells the two apart.
bool runBatch(RecordReader &reader, QIODevice &output, const BatchOptions &options,
              const std::function<nlohmann::json(const BatchItem &)> &work, BatchStats *stats, QString *error,
              bool *badInput);

} // namespace RouteDesk
