#include "filesource.h"

#include "htmltext.h"

#include "io/jsonparse.h"
#include "model/modeljson.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace RouteDesk {

using nlohmann::json;

namespace {

// CSV cells are strings: a "messages" cell may hold the JSON list of messages.
bool normaliseCsvFields(json *fields, QString *error)
{
    const auto it = fields->find("messages");
    if (it == fields->end() || !it->is_string())
        return true;
    const std::string text = it->get<std::string>();
    const QString trimmed = QString::fromStdString(text).trimmed();
    if (trimmed.isEmpty()) {
        fields->erase(it);
        return true;
    }
    if (!trimmed.startsWith(QLatin1Char('[')))
        return true; // not meant as a list: fromJson() names the field
    JsonParseResult parsed = parseJson(QByteArrayView(text.data(), qsizetype(text.size())), QStringLiteral("messages"));
    if (!parsed.ok || !parsed.value.is_array()) {
        if (error)
            *error = parsed.ok ? QStringLiteral("messages: expected a JSON list of message objects in the cell")
                               : QStringLiteral("messages: expected a JSON list of message objects in the cell (%1)")
                                     .arg(parsed.detail());
        return false;
    }
    *it = std::move(parsed.value);
    return true;
}

QString contentId(const Ticket &ticket)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &part : {ticket.subject, ticket.body, ticket.requesterEmail, isoTime(ticket.createdAt)}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return QStringLiteral("sha1-") + QString::fromLatin1(hash.result().toHex().left(16));
}

bool openReader(const SourceConfig &config, RecordReader *reader)
{
    if (config.format.isEmpty())
        return reader->open(config.path);
    const RecordReader::Format format = config.format == QLatin1String("csv")
        ? RecordReader::Format::Csv
        : (config.format == QLatin1String("json") ? RecordReader::Format::Json : RecordReader::Format::JsonLines);
    return reader->open(config.path, format);
}

SourcePage pageError(SourcePage page, SourcePage::Error kind, const QString &message)
{
    page.error = kind;
    page.errorString = message;
    return page;
}

} // namespace

FileSource::FileSource(SourceConfig config)
    : m_config(std::move(config))
{ }

FileSource::~FileSource() = default;

bool FileSource::ticketFromRecord(const Record &record, const QString &source, Ticket *ticket, QString *error)
{
    json fields = record.fields;
    if (!normaliseCsvFields(&fields, error))
        return false;
    Ticket result;
    if (!fromJson(fields, &result, error))
        return false;
    result.id = 0;
    result.source = source;
    const QString contentType = record.text(QStringLiteral("content_type"));
    result.subject = result.subject.simplified();
    result.body = plainTextBody(result.body, contentType);
    for (Message &message : result.messages)
        message.body = plainTextBody(message.body);
    if (result.subject.isEmpty() && result.body.isEmpty()) {
        if (error)
            *error = QStringLiteral("the record has neither a subject nor a body");
        return false;
    }
    if (result.externalId.isEmpty())
        result.externalId = contentId(result);
    *ticket = std::move(result);
    return true;
}

bool FileSource::openAt(qint64 records, qint64 knownSize, QString *error, SourcePage::Error *kind)
{
    const QFileInfo info(m_config.path);
    if (!info.exists()) {
        *kind = SourcePage::Error::BadInput;
        *error = QStringLiteral("%1: no such file").arg(m_config.path);
        return false;
    }
    const qint64 size = info.size();
    // Reuse the open reader when the cursor is where it stopped (the next page of the same pull).
    if (m_reader && m_position == records && size >= m_fileSize && !m_reader->hasError()) {
        m_fileSize = size;
        return true;
    }
    if (size < knownSize)
        records = 0; // the file was replaced or truncated: pull it again from the start

    auto reader = std::make_unique<RecordReader>();
    if (!openReader(m_config, reader.get())) {
        *kind = SourcePage::Error::BadInput;
        *error = reader->errorString();
        return false;
    }
    Record skipped;
    for (qint64 i = 0; i < records; ++i) {
        if (!reader->next(&skipped)) {
            if (reader->hasError()) {
                *kind = SourcePage::Error::BadInput;
                *error = reader->errorString();
                return false;
            }
            // Fewer records than before: the file changed under us; start over.
            return openAt(0, std::numeric_limits<qint64>::max(), error, kind);
        }
    }
    m_reader = std::move(reader);
    m_position = records;
    m_fileSize = size;
    return true;
}

SourcePage FileSource::fetchPage(const QString &cursor)
{
    SourcePage page;
    qint64 records = 0;
    qint64 knownSize = 0;
    if (!cursor.isEmpty()) {
        json state;
        const QByteArray cursorBytes = cursor.toUtf8();
        if (!parseJson(cursorBytes, QStringLiteral("cursor"), &state, nullptr) || !state.is_object()
            || !state.contains("records"))
            return pageError(page, SourcePage::Error::Failed,
                             QStringLiteral("the stored sync cursor of %1 is not a file cursor").arg(m_config.path));
        records = state.value("records", qint64(0));
        knownSize = state.value("size", qint64(0));
    }
    QString error;
    SourcePage::Error kind = SourcePage::Error::None;
    if (!openAt(records, knownSize, &error, &kind)) {
        m_reader.reset();
        return pageError(page, kind, error);
    }

    const QString source = m_config.sourceId();
    const QString name = QFileInfo(m_config.path).fileName();
    auto cursorText = [&] {
        return QString::fromStdString(json {{"records", m_position}, {"size", m_fileSize}}.dump());
    };
    Record record;
    while (page.tickets.size() < m_config.pageSize) {
        if (cancelled()) {
            page.cursor = cursorText();
            return pageError(page, SourcePage::Error::Cancelled, QStringLiteral("cancelled"));
        }
        if (!m_reader->next(&record)) {
            page.cursor = cursorText();
            if (m_reader->hasError()) {
                const QString message = m_reader->errorString();
                m_reader.reset();
                return pageError(page, SourcePage::Error::BadInput, message);
            }
            page.atEnd = true;
            page.remaining = 0;
            return page;
        }
        Ticket ticket;
        QString why;
        if (!ticketFromRecord(record, source, &ticket, &why)) {
            page.cursor = cursorText();
            m_reader.reset();
            return pageError(page, SourcePage::Error::BadInput,
                             QStringLiteral("%1:%2: %3").arg(name, QString::number(record.line), why));
        }
        page.revisions.insert(ticket.externalId, isoTime(ticket.updatedAt));
        page.tickets.append(std::move(ticket));
        ++m_position;
        itemDone(static_cast<int>(page.tickets.size()));
    }
    page.cursor = cursorText();
    return page;
}

std::optional<Ticket> FileSource::fetchTicket(const QString &externalId, QString *revision, QString *error)
{
    RecordReader reader;
    if (!openReader(m_config, &reader)) {
        if (error)
            *error = reader.errorString();
        return std::nullopt;
    }
    Record record;
    while (reader.next(&record)) {
        Ticket ticket;
        if (ticketFromRecord(record, m_config.sourceId(), &ticket, nullptr) && ticket.externalId == externalId) {
            if (revision)
                *revision = isoTime(ticket.updatedAt);
            return ticket;
        }
    }
    if (error)
        *error = reader.hasError() ? reader.errorString()
                                   : QStringLiteral("%1: no ticket %2").arg(m_config.path, externalId);
    return std::nullopt;
}

WritebackResult FileSource::writeBack(const WritebackRequest &)
{
    return WritebackResult::failed(QStringLiteral("a file source cannot take write-backs"));
}

} // namespace RouteDesk
