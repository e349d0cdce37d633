#include "syncrunner.h"

#include "writeback.h"

#include "io/jsonparse.h"
#include "model/modeljson.h"
#include "store/decisionstore.h"

#include <QLoggingCategory>

namespace RouteDesk {

Q_LOGGING_CATEGORY(lcSync, "routedesk.sources.sync", QtInfoMsg)

using nlohmann::json;

QString SyncState::toText() const
{
    const json state = {{"source", document}, {"cursor", toStd(cursor)}};
    return fromStd(state.dump(-1, ' ', false, json::error_handler_t::replace));
}

SyncState SyncState::fromText(const QString &text)
{
    SyncState state;
    if (text.isEmpty())
        return state;
    const json parsed = parseJsonOrDiscarded(text.toUtf8());
    if (parsed.is_object() && parsed.contains("cursor")) {
        state.document = parsed.value("source", json());
        if (parsed["cursor"].is_string())
            state.cursor = fromStd(parsed["cursor"].get<std::string>());
    } else {
        state.cursor = text; // a bare cursor
    }
    return state;
}

SyncState SyncState::read(DecisionStore *store, const QString &sourceId)
{
    return fromText(store->syncCursor(sourceId));
}

QStringList SyncReport::warningMessages() const
{
    QStringList messages;
    for (const SourceWarning &warning : warnings)
        messages.append(warning.message);
    return messages;
}

SyncRunner::SyncRunner(DecisionStore *store, TicketSource *source, TicketRouter router)
    : m_store(store)
    , m_source(source)
    , m_router(std::move(router))
{ }

void SyncRunner::setCancellation(const Cancellation *cancellation)
{
    m_cancellation = cancellation;
    m_source->setCancellation(cancellation);
}

SyncReport SyncRunner::run()
{
    SyncReport report;
    const QString sourceId = m_source->sourceId();
    SyncState state = SyncState::read(m_store, sourceId);
    if (!m_store->errorString().isEmpty()) {
        report.storeFailed = true;
        report.errorString = m_store->errorString();
        return report;
    }
    // Keep the (secret-free) source document with the cursor: the outbox needs it to deliver write-backs.
    json document = m_source->config().document;
    if (m_source->config().type == SourceConfig::Type::File)
        document["path"] = toStd(m_source->config().path);
    if (state.document != document) {
        state.document = document;
        if (!m_store->setSyncCursor(sourceId, state.toText())) {
            report.storeFailed = true;
            report.errorString = m_store->errorString();
            return report;
        }
    }

    // Before anything is pulled: what write-backs will need and the helpdesk lacks. Warnings only; the sync goes on.
    if (m_checkWriteback && m_source->config().supportsWriteback() && !Cancellation::isSet(m_cancellation)) {
        report.writebackChecked = m_source->checkWriteback(&report.warnings, &report.checkError);
        if (!report.writebackChecked)
            qCInfo(lcSync).noquote() << sourceId
                                     << "the write-back configuration could not be checked:" << report.checkError;
    }

    SyncProgress progress;
    for (;;) {
        if (Cancellation::isSet(m_cancellation)) {
            report.error = SourcePage::Error::Cancelled;
            report.errorString = QStringLiteral("cancelled");
            break;
        }
        SourcePage page = m_source->fetchPage(state.cursor);
        ++report.pages;

        if (!page.tickets.isEmpty()) {
            QList<bool> known;
            QList<bool> changed; // known, and the helpdesk has something new for it
            known.reserve(page.tickets.size());
            changed.reserve(page.tickets.size());
            for (const Ticket &ticket : std::as_const(page.tickets)) {
                const std::optional<Ticket> stored = m_store->ticketByExternalId(sourceId, ticket.externalId);
                known.append(stored.has_value());
                changed.append(stored
                               && (stored->updatedAt != ticket.updatedAt || stored->subject != ticket.subject
                                   || stored->body != ticket.body
                                   || stored->messages.size() != ticket.messages.size()));
            }
            if (!m_store->upsertTickets(&page.tickets)) {
                report.storeFailed = true;
                report.errorString = m_store->errorString();
                break;
            }
            for (qsizetype i = 0; i < page.tickets.size(); ++i)
                (known.at(i) ? report.updated : report.inserted) += 1;
            report.pulled += page.tickets.size();

            // The revision each ticket was pulled at: what a later write-back checks for concurrent edits.
            bool stored = true;
            for (auto it = page.revisions.constBegin(); stored && it != page.revisions.constEnd(); ++it)
                stored = m_store->setSyncCursor(revisionKey(sourceId, it.key()), it.value());
            if (!stored) {
                report.storeFailed = true;
                report.errorString = m_store->errorString();
                break;
            }

            if (m_router) {
                // New tickets, tickets never routed, and tickets that changed: a follow-up may change what a
                // ticket is about, and the router holds a ticket that would bounce between owners.
                QList<RoutingDecision> decisions;
                for (qsizetype i = 0; i < page.tickets.size(); ++i) {
                    const Ticket &ticket = page.tickets.at(i);
                    if (!changed.at(i) && m_store->latestDecision(ticket.id))
                        continue;
                    if (!m_store->errorString().isEmpty())
                        break;
                    RoutingDecision decision = m_router(ticket);
                    decision.id = 0;
                    decision.ticketId = ticket.id;
                    decisions.append(std::move(decision));
                }
                if (!m_store->errorString().isEmpty()
                    || (!decisions.isEmpty() && !m_store->recordDecisions(&decisions))) {
                    report.storeFailed = true;
                    report.errorString = m_store->errorString();
                    break;
                }
                report.routed += decisions.size();
            }
        }

        // Only now that the page is stored may the cursor move past it.
        if (!page.cursor.isEmpty() && page.cursor != state.cursor) {
            state.cursor = page.cursor;
            if (!m_store->setSyncCursor(sourceId, state.toText())) {
                report.storeFailed = true;
                report.errorString = m_store->errorString();
                break;
            }
        }

        progress.pulled = report.pulled;
        progress.remaining = page.remaining;
        progress.pages = report.pages;
        if (m_progress)
            m_progress(progress);
        qCDebug(lcSync).noquote() << sourceId << "page" << report.pages << ":" << page.tickets.size() << "tickets";

        if (!page.ok()) {
            report.error = page.error;
            report.errorString = page.errorString;
            break;
        }
        if (page.atEnd) {
            report.complete = true;
            break;
        }
        if (m_maxPages > 0 && report.pages >= m_maxPages)
            break;
    }
    qCInfo(lcSync).noquote() << QStringLiteral("%1: %2 pulled (%3 new, %4 updated), %5 routed%6")
                                    .arg(sourceId, QString::number(report.pulled), QString::number(report.inserted),
                                         QString::number(report.updated), QString::number(report.routed),
                                         report.ok() ? QString() : QStringLiteral("; stopped: ") + report.errorString);
    return report;
}

} // namespace RouteDesk
