#pragma once

#include "model/agentaction.h"
#include "model/routingdecision.h"
#include "model/ticket.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace RouteDesk {

// What goes back to the helpdesk for one agent action: the outbox item's payload (JSON, built when the action is
// recorded, read when it is delivered). Helpdesk-neutral: each connector maps it onto its own API.
struct WritebackPayload
{
    ActionType action = ActionType::Accept; // accept, override or escalate (undo is not written back)
    QString category; // the final category after the action
    QString suggestedCategory; // what RouteDesk suggested
    double confidence = 0.0; // of the suggestion
    QList<EscalationFlag> flags; // of the decision the agent saw
    QString reasonCode;
    QString reason; // the agent's words
    QString agent;
    QString escalationTarget;
    QDateTime actedAt;
    // The ticket as the agent saw it: the helpdesk changing it after this is a conflict.
    QString baseRevision; // RT: ETag (latest transaction id); Zendesk: updated_at as the API wrote it
    QDateTime baseUpdatedAt;

    QByteArray toJson() const;
    // False with *error for a payload that is not one of ours.
    static bool fromJson(const QByteArray &json, WritebackPayload *payload, QString *error);
    // The payload for an action on a ticket; `revision` is what the sync stored (revisionKey()).
    static WritebackPayload build(const Ticket &ticket, const std::optional<RoutingDecision> &decision,
                                  const AgentAction &action, const QString &revision);
};

struct WritebackRequest
{
    QString externalId;
    QString idempotencyKey; // the outbox item's key: the note carries it so a retry can see an earlier delivery
    WritebackPayload payload;
};

struct WritebackResult
{
    enum class Outcome {
        Done, // the helpdesk has it (now, or from an earlier attempt whose answer was lost)
        Retry, // a transient fault: try again later
        Failed, // will not work without a person (credentials, unknown ticket, unknown queue)
        Conflict, // the ticket changed since the agent saw it: nothing was written; freshTicket has it
    };
    Outcome outcome = Outcome::Failed;
    QString message;
    std::optional<Ticket> freshTicket; // for Conflict
    QString freshRevision; // the fresh ticket's revision
    bool alreadyDelivered = false; // Done because the note with the key was already there
    // Done, but without these optional parts, which the helpdesk lacks ("the custom field 'Category' (RT has no such
    // field on the queue Billing)"). Required parts (the move, the note) failing fail the item instead.
    QStringList skipped;

    static WritebackResult done(const QString &message = {}) { return make(Outcome::Done, message); }
    static WritebackResult retry(const QString &message) { return make(Outcome::Retry, message); }
    static WritebackResult failed(const QString &message) { return make(Outcome::Failed, message); }
    static WritebackResult make(Outcome outcome, const QString &message)
    {
        WritebackResult result;
        result.outcome = outcome;
        result.message = message;
        return result;
    }
};
QString writebackOutcomeName(WritebackResult::Outcome outcome);

// "[routedesk:<key>]": the marker the note ends with; a note containing it proves an earlier delivery.
QString idempotencyMarker(const QString &key);

// The internal note: what the agent decided and why, with the suggestion, confidence, flags and the marker.
// `target` is the queue or group the ticket is moved to (empty: not moved); `skipped` the optional parts the helpdesk
// lacks (WritebackResult::skipped), one "Not set: ..." line each.
QString writebackNote(const WritebackRequest &request, const QString &target, const QStringList &skipped = {});

// The sync cursor key under which the revision a ticket was synced at is kept ("<source>#<externalId>").
QString revisionKey(const QString &source, const QString &externalId);

} // namespace RouteDesk
