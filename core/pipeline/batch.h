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
#include <string>

namespace RouteDesk {

struct BatchOptions
{
    QString textColumn; // read the text from this field instead of subject + body
    QString idColumn; // the id from this field; default "id" when present, else the row number
    int threads = 0; // 0: QThread::idealThreadCount()
    int batchSize = 256; // records held in memory at once
};

// How many of the ranked categories a line lists in "top" unless asked for all (`--top`, `--all-probabilities`).
inline constexpr int DefaultTopCategories = 5;

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

// The output line of `classify`, appended to *line (no newline): id, category, confidence, top (the `top` most
// probable categories, highest first; all of them when `top` <= 0), secondary, escalate, flags (low_confidence at
// the model's threshold, out_of_scope), explanation (top features, then the flags). Keys in alphabetical order,
// as nlohmann::json::dump() writes them. Returns whether the ticket is escalated.
bool writeClassificationLine(const BatchItem &item, const TextClassifier &classifier, int top, std::string *line);
// The output line of `route`: the classify fields from the whole pipeline plus specialist, draft, rules_fired,
// cited_articles and escalation_target. Returns whether the ticket is escalated.
bool writeRoutingLine(const BatchItem &item, const PipelineResult &result, int top, std::string *line);

struct BatchStats
{
    qint64 records = 0;
    qint64 escalated = 0;
};

// Writes one record's output line: appends it to *line (without the newline) and returns whether the ticket is
// escalated. Called from several threads at once, each with its own line.
using BatchWork = std::function<bool(const BatchItem &item, std::string *line)>;

// Reads every record of `reader`, runs `work` on each (on several threads, while the next records are read) and
// writes one line per record to `output` in input order. False with *error on the first bad record (the
// reader's message: file, line, what) or a write error; lines of the records before it stay written. `badInput`
// tells the two apart.
bool runBatch(RecordReader &reader, QIODevice &output, const BatchOptions &options, const BatchWork &work,
              BatchStats *stats, QString *error, bool *badInput);

} // namespace RouteDesk
