#pragma once

#include <QFile>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>

namespace RouteDesk {

struct JsonParseResult;

// One input record: a JSON object (CSV cells become strings keyed by the header) and where it starts.
struct Record
{
    qint64 line = 0; // 1-based line of the file where the record starts (record number for .json arrays)
    qint64 index = 0; // 0-based position among the records
    nlohmann::json fields = nlohmann::json::object();

    // The field as text: strings as they are, numbers and booleans printed, absent or null as empty.
    QString text(const QString &key) const;
    bool has(const QString &key) const;
};

// Streams records from a CSV (RFC 4180: quoted fields, doubled quotes, newlines inside quotes, CRLF or LF,
// UTF-8 with or without BOM, first row is the header), JSON Lines (one object a line) or JSON file (an array of
// objects, or an object with a "tickets" array), chosen by the file's extension.
//
// Never throws. On bad input next() returns false and errorString() names the file, the line and what is
// wrong ("tickets.csv:12: unterminated quoted field"). Binary data and text that is not UTF-8 are errors.
class RecordReader
{
public:
    enum class Format { Csv, JsonLines, Json };

    RecordReader() = default;
    ~RecordReader();
    RecordReader(const RecordReader &) = delete;
    RecordReader &operator=(const RecordReader &) = delete;

    // Format from the extension: .csv, .jsonl or .ndjson, .json. Unknown extensions are an error.
    bool open(const QString &path);
    bool open(const QString &path, Format format);
    // Reads from memory (for sources that fetch a file over the network and for tests); `name` appears in errors.
    bool openData(const QByteArray &data, Format format, const QString &name);

    // The next record; false at the end or on error (tell them apart with hasError()).
    bool next(Record *record);

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QStringList header() const { return m_header; } // CSV only
    Format format() const { return m_format; }
    QString name() const { return m_name; }

    static std::optional<Format> formatForPath(const QString &path);

    // Reads every record; false with *error on the first bad one. Records read before it stay in *records.
    static bool readAll(const QString &path, QList<Record> *records, QString *error);

private:
    bool fail(qint64 line, const QString &what);
    bool failJson(const JsonParseResult &parsed);
    bool readByte(char *c);
    bool peekByte(char *c);
    bool nextCsv(Record *record);
    bool nextJsonLine(Record *record);
    bool nextJsonArrayItem(Record *record);
    bool decodeUtf8(const QByteArray &bytes, qint64 line, QString *out);
    bool readCsvRow(QList<QByteArray> *fields, qint64 *startLine, bool *atEnd);

    std::unique_ptr<QIODevice> m_device;
    Format m_format = Format::Csv;
    QString m_name;
    QString m_error;
    QStringList m_header;
    qint64 m_line = 1;
    qint64 m_index = 0;
    bool m_started = false;
    nlohmann::json m_array; // for Format::Json
    size_t m_arrayPos = 0;
    QByteArray m_buffer;
    qsizetype m_bufferPos = 0;
    bool m_eof = false;
};

} // namespace RouteDesk
