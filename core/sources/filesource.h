#pragma once

#include "ticketsource.h"

#include "io/recordreader.h"

#include <memory>

namespace RouteDesk {

// Tickets from a JSON Lines, CSV or JSON export file (core/io/recordreader.h), one record per ticket with the keys
// of modeljson's ticket form (subject, body, messages, requester_email, ...). HTML bodies become plain text.
// `external_id` (or `id`) identifies a ticket; a record without one gets a stable id from a hash of its content.
//
// The cursor counts the records already pulled, so a file that grows (an appended JSON Lines log) is pulled
// incrementally; a file that shrank is pulled again from the start (upserts keep that free of duplicates).
// A bad record ends the page with BadInput ("tickets.csv:12: ...") and the tickets before it.
class FileSource final : public TicketSource
{
public:
    explicit FileSource(SourceConfig config);
    ~FileSource() override;

    const SourceConfig &config() const override { return m_config; }
    SourcePage fetchPage(const QString &cursor) override;
    std::optional<Ticket> fetchTicket(const QString &externalId, QString *revision, QString *error) override;
    WritebackResult writeBack(const WritebackRequest &request) override;

    // Converts one record (for tests and other importers): false with *error naming the field.
    static bool ticketFromRecord(const Record &record, const QString &source, Ticket *ticket, QString *error);

private:
    bool openAt(qint64 records, qint64 knownSize, QString *error, SourcePage::Error *kind);

    SourceConfig m_config;
    std::unique_ptr<RecordReader> m_reader;
    qint64 m_position = -1; // records m_reader has consumed
    qint64 m_fileSize = 0;
};

} // namespace RouteDesk
