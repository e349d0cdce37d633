#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace RouteDesk {

// One message of a ticket's conversation, as plain text (HTML is converted by the source).
struct Message
{
    QString authorName;
    QString authorEmail;
    QDateTime createdAt;
    QString body;
    bool fromRequester = true; // false for agents and automations
    bool isPublic = true; // false for internal notes

    friend bool operator==(const Message &, const Message &) = default;
};

// A support ticket as RouteDesk sees it, whatever helpdesk it came from.
// Plain value: copy freely. `id` is the store's key and is 0 until the store has the ticket;
// (source, externalId) identifies the ticket in its helpdesk.
struct Ticket
{
    qint64 id = 0;
    QString source; // "demo", "file:tickets.jsonl", "rt:http://127.0.0.1:8091", "zendesk:acme", ...
    QString externalId; // the helpdesk's own id
    QString subject;
    QString body; // first message in plain text
    QList<Message> messages; // the whole conversation, oldest first (may repeat body as its first entry)
    QString requesterName;
    QString requesterEmail;
    QString customerTier; // free text defined by the workspace ("free", "pro", "enterprise", ...)
    QString language; // BCP 47 tag if known ("en", "de", ...), empty if unknown
    QString channel; // "email", "web", "chat", "phone", ...
    QString priority; // "low", "normal", "high", "urgent" or the helpdesk's own word
    QString status; // the helpdesk's status ("new", "open", ...)
    QString queue; // the helpdesk's queue (RT) or group (Zendesk) the ticket is in, as last seen; empty: none
    QStringList tags;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Subject and body joined: what the classifier reads.
    QString text() const;
    // Everything the requester wrote (subject, body and later requester messages): what risk detection reads.
    QString requesterText() const;
    // The requester's latest message after the first (what a reply must answer); empty when they wrote only once.
    QString latestFollowUp() const;

    friend bool operator==(const Ticket &, const Ticket &) = default;
};

} // namespace RouteDesk
