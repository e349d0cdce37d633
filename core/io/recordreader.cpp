#include "recordreader.h"

#include "jsonparse.h"

#include <QBuffer>
#include <QFileInfo>
#include <QStringDecoder>

namespace RouteDesk {

namespace {
constexpr qsizetype ChunkSize = 1 << 20;
// A record larger than this is refused rather than read into memory whole.
constexpr qsizetype MaxRecordBytes = 256 * 1024 * 1024;
} // namespace

QString Record::text(const QString &key) const
{
    const auto it = fields.find(key.toStdString());
    if (it == fields.end() || it->is_null())
        return {};
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>());
    if (it->is_number_integer())
        return QString::number(it->get<qint64>());
    if (it->is_number())
        return QString::number(it->get<double>(), 'g', 15);
    if (it->is_boolean())
        return it->get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::fromStdString(it->dump());
}

bool Record::has(const QString &key) const
{
    return fields.contains(key.toStdString());
}

RecordReader::~RecordReader() = default;

std::optional<RecordReader::Format> RecordReader::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return Format::JsonLines;
    if (suffix == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

bool RecordReader::open(const QString &path)
{
    const auto format = formatForPath(path);
    if (!format) {
        m_name = path;
        return fail(0, QStringLiteral("unknown file type (expected .csv, .jsonl, .ndjson or .json)"));
    }
    return open(path, *format);
}

bool RecordReader::open(const QString &path, Format format)
{
    m_name = path;
    m_format = format;
    m_error.clear();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return fail(0, QStringLiteral("cannot open: %1").arg(file->errorString()));
    if (QFileInfo(path).isDir())
        return fail(0, QStringLiteral("is a folder, not a file"));
    m_device = std::move(file);
    return true;
}

bool RecordReader::openData(const QByteArray &data, Format format, const QString &name)
{
    m_name = name;
    m_format = format;
    m_error.clear();
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    m_device = std::move(buffer);
    return true;
}

bool RecordReader::fail(qint64 line, const QString &what)
{
    m_error = line > 0 ? QStringLiteral("%1:%2: %3").arg(m_name, QString::number(line), what)
                       : QStringLiteral("%1: %2").arg(m_name, what);
    return false;
}

bool RecordReader::failJson(const JsonParseResult &parsed)
{
    m_error = parsed.error;
    return false;
}

bool RecordReader::peekByte(char *c)
{
    if (m_bufferPos >= m_buffer.size()) {
        if (m_eof || !m_device)
            return false;
        m_buffer = m_device->read(ChunkSize);
        m_bufferPos = 0;
        if (m_buffer.isEmpty()) {
            m_eof = true;
            return false;
        }
    }
    *c = m_buffer.at(m_bufferPos);
    return true;
}

bool RecordReader::readByte(char *c)
{
    if (!peekByte(c))
        return false;
    ++m_bufferPos;
    return true;
}

bool RecordReader::decodeUtf8(const QByteArray &bytes, qint64 line, QString *out)
{
    if (bytes.contains('\0'))
        return fail(line, QStringLiteral("binary data (a NUL byte), not text"));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    *out = decoder.decode(bytes);
    if (decoder.hasError())
        return fail(line, QStringLiteral("text is not valid UTF-8 (save the file as UTF-8)"));
    return true;
}

bool RecordReader::next(Record *record)
{
    if (hasError() || !m_device)
        return false;
    if (!m_started) {
        m_started = true;
        // Skip a UTF-8 byte order mark.
        const QByteArray head = m_device->peek(3);
        if (head == QByteArrayLiteral("\xEF\xBB\xBF"))
            m_device->read(3);
        if (m_format == Format::Csv) {
            QList<QByteArray> cells;
            qint64 line = 0;
            bool atEnd = false;
            if (!readCsvRow(&cells, &line, &atEnd))
                return false;
            // An empty file has no records, whatever its format (as an empty JSON Lines file).
            if (atEnd && cells.isEmpty())
                return false;
            for (const QByteArray &cell : std::as_const(cells)) {
                QString name;
                if (!decodeUtf8(cell, line, &name))
                    return false;
                m_header.append(name.trimmed());
            }
            if (m_header.size() != QSet<QString>(m_header.cbegin(), m_header.cend()).size())
                return fail(line, QStringLiteral("the header names a column twice"));
        } else if (m_format == Format::Json) {
            const QByteArray all = m_device->readAll();
            if (all.trimmed().isEmpty()) {
                m_array = nlohmann::json::array();
                m_arrayPos = 0;
                return false;
            }
            JsonParseResult parsed = parseJson(all, m_name);
            if (!parsed.ok)
                return failJson(parsed);
            m_array = std::move(parsed.value);
            if (m_array.is_object() && m_array.contains("tickets"))
                m_array = nlohmann::json(m_array["tickets"]);
            if (!m_array.is_array())
                return fail(0,
                            QStringLiteral("expected a JSON array of objects or an object with a \"tickets\" array"));
        }
    }
    switch (m_format) {
    case Format::Csv:
        return nextCsv(record);
    case Format::JsonLines:
        return nextJsonLine(record);
    case Format::Json:
        return nextJsonArrayItem(record);
    }
    return false;
}

// Reads one CSV row of raw cells. Tracks line numbers, including newlines inside quoted cells.
bool RecordReader::readCsvRow(QList<QByteArray> *fields, qint64 *startLine, bool *atEnd)
{
    fields->clear();
    *atEnd = false;
    *startLine = m_line;
    QByteArray cell;
    qsizetype rowBytes = 0;
    bool inQuotes = false;
    bool cellWasQuoted = false;
    bool any = false;
    char c = 0;
    while (true) {
        if (!readByte(&c)) {
            if (inQuotes)
                return fail(*startLine, QStringLiteral("unterminated quoted field"));
            if (any)
                fields->append(cell);
            *atEnd = !any;
            return true;
        }
        any = true;
        if (++rowBytes > MaxRecordBytes)
            return fail(*startLine, QStringLiteral("record larger than %1 MB").arg(MaxRecordBytes >> 20));
        if (inQuotes) {
            if (c == '"') {
                char n = 0;
                if (peekByte(&n) && n == '"') {
                    readByte(&n);
                    cell.append('"');
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                cell.append(c);
            }
            continue;
        }
        if (c == '"') {
            if (!cell.isEmpty() || cellWasQuoted)
                return fail(
                    m_line,
                    QStringLiteral("a quote inside an unquoted field (quote the whole field and double the quote)"));
            inQuotes = true;
            cellWasQuoted = true;
        } else if (c == ',') {
            fields->append(cell);
            cell.clear();
            cellWasQuoted = false;
        } else if (c == '\r') {
            char n = 0;
            if (peekByte(&n) && n == '\n')
                continue; // CRLF: the \n ends the row
            fields->append(cell);
            ++m_line;
            return true;
        } else if (c == '\n') {
            fields->append(cell);
            ++m_line;
            return true;
        } else {
            if (cellWasQuoted)
                return fail(m_line, QStringLiteral("text after a closing quote"));
            cell.append(c);
        }
    }
}

bool RecordReader::nextCsv(Record *record)
{
    while (true) {
        QList<QByteArray> cells;
        qint64 line = 0;
        bool atEnd = false;
        if (!readCsvRow(&cells, &line, &atEnd))
            return false;
        if (atEnd)
            return false;
        if (cells.size() == 1 && cells.first().trimmed().isEmpty())
            continue; // blank line
        if (cells.size() != m_header.size())
            return fail(
                line,
                QStringLiteral("expected %1 fields as in the header, found %2").arg(m_header.size()).arg(cells.size()));
        Record result;
        result.line = line;
        result.index = m_index++;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            QString value;
            if (!decodeUtf8(cells.at(i), line, &value))
                return false;
            result.fields[m_header.at(i).toStdString()] = value.toStdString();
        }
        *record = std::move(result);
        return true;
    }
}

bool RecordReader::nextJsonLine(Record *record)
{
    while (true) {
        QByteArray line;
        char c = 0;
        bool any = false;
        while (readByte(&c)) {
            any = true;
            if (c == '\n')
                break;
            line.append(c);
            if (line.size() > MaxRecordBytes)
                return fail(m_line, QStringLiteral("record larger than %1 MB").arg(MaxRecordBytes >> 20));
        }
        if (!any)
            return false;
        const qint64 lineNumber = m_line++;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        QString check;
        if (!decodeUtf8(line, lineNumber, &check))
            return false;
        JsonParseResult parsed = parseJson(line, m_name, lineNumber);
        if (!parsed.ok)
            return failJson(parsed);
        nlohmann::json value = std::move(parsed.value);
        if (!value.is_object())
            return fail(lineNumber, QStringLiteral("expected a JSON object"));
        record->line = lineNumber;
        record->index = m_index++;
        record->fields = std::move(value);
        return true;
    }
}

bool RecordReader::nextJsonArrayItem(Record *record)
{
    if (m_arrayPos >= m_array.size())
        return false;
    const qint64 number = qint64(m_arrayPos) + 1;
    nlohmann::json &value = m_array[m_arrayPos++];
    if (!value.is_object())
        return fail(number, QStringLiteral("record %1 is not a JSON object").arg(number));
    record->line = number;
    record->index = m_index++;
    record->fields = std::move(value);
    return true;
}

bool RecordReader::readAll(const QString &path, QList<Record> *records, QString *error)
{
    RecordReader reader;
    if (!reader.open(path)) {
        if (error)
            *error = reader.errorString();
        return false;
    }
    Record record;
    while (reader.next(&record))
        records->append(std::move(record));
    if (reader.hasError()) {
        if (error)
            *error = reader.errorString();
        return false;
    }
    return true;
}

} // namespace RouteDesk
