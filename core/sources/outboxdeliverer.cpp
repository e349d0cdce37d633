#include "outboxdeliverer.h"

#include "syncrunner.h"
#include "writeback.h"

#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

namespace RouteDesk {

Q_LOGGING_CATEGORY(lcOutbox, "routedesk.sources.outbox", QtInfoMsg)

SourceFactory storedSourceFactory(DecisionStore *store, const std::optional<SourceConfig> &override, HttpClock *clock)
{
    return [store, override, clock](const QString &sourceId, QString *error) -> std::unique_ptr<TicketSource> {
        if (override && override->sourceId() == sourceId)
            return createTicketSource(*override, error, clock);
        const SyncState state = SyncState::read(store, sourceId);
        if (state.document.is_null() || !state.document.is_object()) {
            if (error)
                *error = QStringLiteral("no source document is stored for %1: sync it once, or pass its SOURCE.json")
                             .arg(sourceId);
            return nullptr;
        }
        SourceConfig config;
        QString why;
        if (!SourceConfig::parse(state.document, {}, &config, &why)) {
            if (error)
                *error = QStringLiteral("the stored source document of %1 is invalid: %2").arg(sourceId, why);
            return nullptr;
        }
        return createTicketSource(config, error, clock);
    };
}

OutboxDeliverer::OutboxDeliverer(DecisionStore *store, SourceFactory factory)
    : m_store(store)
    , m_factory(std::move(factory))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{ }

TicketSource *OutboxDeliverer::sourceFor(const QString &sourceId, QString *error)
{
    if (const auto it = m_sources.find(sourceId); it != m_sources.end())
        return it->second.get();
    if (const auto it = m_sourceErrors.constFind(sourceId); it != m_sourceErrors.constEnd()) {
        *error = it.value();
        return nullptr;
    }
    QString why;
    std::unique_ptr<TicketSource> source = m_factory ? m_factory(sourceId, &why) : nullptr;
    if (!source) {
        *error = why.isEmpty() ? QStringLiteral("no connector for %1").arg(sourceId) : why;
        m_sourceErrors.insert(sourceId, *error);
        return nullptr;
    }
    source->setCancellation(m_cancellation);
    TicketSource *raw = source.get();
    m_sources.emplace(sourceId, std::move(source));
    return raw;
}

DeliveryReport OutboxDeliverer::deliverDue(int limit)
{
    const QList<OutboxItem> items = m_store->dueOutbox(limit);
    if (!m_store->errorString().isEmpty()) {
        DeliveryReport report;
        report.storeError = m_store->errorString();
        return report;
    }
    return deliver(items);
}

DeliveryReport OutboxDeliverer::deliverAllPending()
{
    const QList<OutboxItem> items = m_store->outbox(OutboxItem::State::Pending);
    if (!m_store->errorString().isEmpty()) {
        DeliveryReport report;
        report.storeError = m_store->errorString();
        return report;
    }
    return deliver(items);
}

DeliveryReport OutboxDeliverer::deliver(const QList<OutboxItem> &items)
{
    DeliveryReport report;
    for (const OutboxItem &item : items) {
        if (Cancellation::isSet(m_cancellation))
            break;
        if (item.state != OutboxItem::State::Pending)
            continue;
        ++report.attempted;
        const QString label
            = QStringLiteral("write-back %1 (%2 ticket %3)").arg(item.id).arg(item.source, item.externalId);

        WritebackResult result;
        QString error;
        WritebackPayload payload;
        if (!WritebackPayload::fromJson(item.payload, &payload, &error)) {
            result = WritebackResult::failed(error);
        } else if (!sourceTakesWriteback(item.source)) {
            result = WritebackResult::failed(QStringLiteral("%1 takes no write-backs").arg(item.source));
        } else if (TicketSource *source = sourceFor(item.source, &error)) {
            result = source->writeBack({item.externalId, item.idempotencyKey, payload});
        } else {
            result = WritebackResult::retry(error); // the configuration or secret may appear; back off meanwhile
        }
        if (result.outcome == WritebackResult::Outcome::Retry && Cancellation::isSet(m_cancellation))
            break; // a cancelled attempt is no attempt: leave the item as it was

        const QDateTime now = m_now();
        bool recorded = true;
        switch (result.outcome) {
        case WritebackResult::Outcome::Done:
            // Delivered without an optional part: the item is done, and keeps what was left out.
            recorded = m_store->updateOutbox(item.id, OutboxItem::State::Done,
                                             result.skipped.isEmpty() ? QString() : result.message, now);
            ++report.done;
            if (result.alreadyDelivered)
                ++report.alreadyDelivered;
            if (!result.skipped.isEmpty()) {
                ++report.partial;
                report.notes.append(
                    QStringLiteral("%1 delivered without %2").arg(label, result.skipped.join(QStringLiteral("; "))));
            }
            break;
        case WritebackResult::Outcome::Retry: {
            const int attempts = item.attempts + 1;
            if (attempts >= m_maxAttempts) {
                const QString message
                    = QStringLiteral("gave up after %1 attempts: %2").arg(attempts).arg(result.message);
                recorded = m_store->updateOutbox(item.id, OutboxItem::State::Failed, message, now);
                ++report.failed;
                report.messages.append(QStringLiteral("%1 failed: %2").arg(label, message));
            } else {
                const double raw = static_cast<double>(m_baseDelayMs) * std::pow(2.0, std::min(attempts - 1, 30));
                const qint64 delay = static_cast<qint64>(std::min(raw, static_cast<double>(m_maxDelayMs)));
                recorded
                    = m_store->updateOutbox(item.id, OutboxItem::State::Pending, result.message, now.addMSecs(delay));
                ++report.retrying;
                report.messages.append(QStringLiteral("%1 will be retried in %2 s: %3")
                                           .arg(label, QString::number(delay / 1000), result.message));
            }
            break;
        }
        case WritebackResult::Outcome::Failed:
            recorded = m_store->updateOutbox(item.id, OutboxItem::State::Failed, result.message, now);
            ++report.failed;
            report.messages.append(QStringLiteral("%1 failed: %2").arg(label, result.message));
            break;
        case WritebackResult::Outcome::Conflict:
            if (result.freshTicket) {
                // The app shows the fresh ticket; the agent decides again on what is really there.
                Ticket fresh = *result.freshTicket;
                fresh.source = item.source;
                recorded = m_store->upsertTicket(&fresh);
                if (recorded && !result.freshRevision.isEmpty())
                    recorded = m_store->setSyncCursor(revisionKey(item.source, item.externalId), result.freshRevision);
            }
            recorded = recorded && m_store->updateOutbox(item.id, OutboxItem::State::Conflict, result.message, now);
            ++report.conflicts;
            report.messages.append(QStringLiteral("%1: conflict: %2").arg(label, result.message));
            break;
        }
        qCInfo(lcOutbox).noquote() << label << writebackOutcomeName(result.outcome) << result.message;
        if (!recorded) {
            report.storeError = m_store->errorString();
            break;
        }
    }
    return report;
}

bool sourceTakesWriteback(const QString &sourceId)
{
    return sourceId.startsWith(QLatin1String("rt:")) || sourceId.startsWith(QLatin1String("zendesk:"));
}

bool recordAgentAction(DecisionStore *store, AgentAction *action, ActionOutcome *outcome, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const std::optional<Ticket> ticket = store->ticket(action->ticketId);
    if (!ticket)
        return fail(store->errorString().isEmpty() ? QStringLiteral("no ticket %1 in the store").arg(action->ticketId)
                                                   : store->errorString());
    const std::optional<RoutingDecision> decision = store->latestDecision(ticket->id);
    if (action->decisionId == 0 && decision)
        action->decisionId = decision->id;
    if (action->type == ActionType::Accept && action->category.isEmpty() && decision)
        action->category = decision->category;
    if (action->type == ActionType::Accept && action->specialist.isEmpty() && decision)
        action->specialist = decision->specialist;
    if (!action->at.isValid())
        action->at = QDateTime::currentDateTimeUtc();

    ActionOutcome result;
    std::optional<QByteArray> payload;
    if (action->type == ActionType::Undo) {
        result.note = QStringLiteral("an undo is not written back (the helpdesk keeps the earlier note)");
    } else if (!sourceTakesWriteback(ticket->source)) {
        result.note = QStringLiteral("%1 takes no write-backs").arg(ticket->source);
    } else {
        const QString revision = store->syncCursor(revisionKey(ticket->source, ticket->externalId));
        payload = WritebackPayload::build(*ticket, decision, *action, revision).toJson();
        result.queued = true;
    }
    if (!store->recordAction(action, payload))
        return fail(store->errorString());
    if (outcome)
        *outcome = result;
    return true;
}

} // namespace RouteDesk
