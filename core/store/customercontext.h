#pragma once

// What a specialist should know before answering a ticket: the requester's other tickets and how similar tickets
// were settled (issue 13, the "missing context" failure). Read-only queries over a DecisionStore, portable to
// SQLite and PostgreSQL, bounded so that one call stays fast on a store of 100,000 tickets.

#include "model/agentaction.h"
#include "store/decisionstore.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace RouteDesk {

// One other ticket as the context lists it.
struct ContextTicket
{
    qint64 ticketId = 0;
    QString source;
    QString externalId;
    QString subject;
    QDateTime createdAt;
    // The category the ticket ended with: its effective action's (an override's correction, an accept's or an
    // escalation's category), else its latest decision's; empty when it was never routed.
    QString finalCategory;
    TicketState state = TicketState::New;
    // The effective action (not undone, not an undo) that gave the state: its type, agent, reason code and reason.
    std::optional<AgentAction> settledBy;
    QStringList flagCodes; // escalation codes of the latest decision
    // For similar tickets: cosine similarity of the two texts' weighted word vectors, in (0, 1]; 0 otherwise.
    double similarity = 0.0;
};

struct CustomerContextOptions
{
    int requesterLimit = 10; // the requester's other tickets, newest first
    int similarLimit = 5;
    double minSimilarity = 0.12; // below this a settled ticket is not "similar"
    // The similar-ticket search reads at most this many of the most recently settled tickets whose final category
    // is the ticket's predicted one, plus `recentWindow` of the most recently settled tickets of any category (a
    // misrouted twin still shows). Each candidate is read as subject and the first `bodyChars` of the body.
    int categoryWindow = 1500;
    int recentWindow = 500;
    int bodyChars = 2000;
};

struct CustomerContext
{
    qint64 ticketId = 0;
    QString requesterEmail; // as the ticket gives it; empty: no requester list
    QList<ContextTicket> requesterTickets;
    QList<ContextTicket> similarTickets; // best first
    int candidatesCompared = 0; // settled tickets the similar-ticket search scored
    // Empty on success. A failed read says why and leaves both lists empty: an empty list never stands for an
    // error.
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// The context of ticket `ticketId` in `store` (read through the store's own connection, so on the store's
// thread). Requester: other tickets with the same e-mail address, compared case-insensitively (ASCII letters on
// SQLite), none when the ticket has no address. Similar: tickets whose effective action is an accept, override
// or escalation, compared by the words of subject and body (TextNormalizer: folded case and accents, word
// tokens, folded to their first six letters, weighted by rarity among the candidates). The compared tickets' words
// are kept per process (by store and ticket, up to 50,000 tickets per store), so moving through the queue reads
// only tickets settled since; a settled ticket's subject and body are taken as first read.
CustomerContext customerContext(DecisionStore &store, qint64 ticketId, const CustomerContextOptions &options = {});
// The same for a ticket whose queue entry the caller has just read (the ticket pane's read): not read again.
CustomerContext customerContext(DecisionStore &store, const QueueEntry &entry,
                                const CustomerContextOptions &options = {});

} // namespace RouteDesk
