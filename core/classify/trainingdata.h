#pragma once

// Labelled examples from a file, for `train`, `eval` and learning.

#include "io/recordreader.h"
#include "textclassifier.h"

namespace RouteDesk {

struct TextColumns
{
    // Empty: "text" when the record has it, else subject + "\n" + body.
    QString text;
    // Empty: "category" when the record has it, else "label".
    QString label;
};

// The text of a record; false with *what ("no column 'x'") when it has none.
bool recordText(const Record &record, const QString &textColumn, QString *text, QString *what);

// A list field: a JSON array of strings, or (CSV) one text with ';'-separated values; absent or null is empty.
// Values are trimmed and deduplicated. False with *what for any other type.
bool recordList(const Record &record, const QString &key, QStringList *out, QString *what);

// `escalation_reasons` (known escalation codes only) and `secondary_categories` (without `category` itself) of a
// record; false with *what naming the problem.
bool recordEscalationLabels(const Record &record, const QString &category, QStringList *reasons, QStringList *secondary,
                            QString *what);

// Reads every record of a CSV, JSON Lines or JSON file (by extension) into labelled examples. False with *error
// "file:line: what is wrong" on the first bad record (unreadable file, malformed record, binary data, a missing
// column, an empty text or label) or "file: no examples" for a file without records. The optional fields
// `escalation_reasons` (escalation codes) and `secondary_categories` become LabelledText::reasons and ::secondary.
bool loadLabelledTexts(const QString &path, const TextColumns &columns, QList<LabelledText> *examples, QString *error);

} // namespace RouteDesk
