#pragma once

// Shared by the learning tests: the demo workspace and model, the demo queue with its expected categories, and a
// store filled as a team would fill it: tickets routed by the demo pipeline, then agents accepting, overriding
// and escalating, including a systematic error they correct (see ScenarioOptions).

#include "learn/activemodel.h"
#include "store/decisionstore.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace RouteDesk::Test {

// The demo workspace, its bundled model and history (loaded once per process).
const LearningContext &demoContext();

// resources/demo/queue.jsonl as tickets (source "demo", external id "Q-0001", ...).
QList<Ticket> demoQueue();
// tests/engine/data/demo_queue_expectations.jsonl: external id -> acceptable categories.
QHash<QString, QStringList> demoExpectations();

// The systematic error: tickets about the "Ledger" time-export add-on read like technical problems ("export is
// missing hours", "sync shows wrong totals"), and the demo model routes them to technical; the company has the
// billing team own Ledger, so agents move every one of them to billing. Deterministic for a given count.
QList<Ticket> ledgerTickets(int count);
inline constexpr auto LedgerCategory = "billing";

struct ScenarioOptions
{
    int ledgerTickets = 80;
    QDateTime start = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC); // first decision
    bool withEscalations = true; // a few escalations (one undone) and an undone accept
};

struct ScenarioCounts
{
    int tickets = 0;
    int decisions = 0;
    int actions = 0;
    int ledgerOverrides = 0;
};

// Stores the demo queue and the Ledger tickets, routes them with `pipeline` (decisions timed one hour apart from
// options.start), then records the agents' actions (alternating agents ana, ben, chloe): the Ledger tickets are
// overridden to billing; a demo ticket is accepted when the suggestion is among its expected categories, else
// overridden to the first of them; tickets without expectations are accepted.
bool fillScenario(DecisionStore &store, const Pipeline &pipeline, const ScenarioOptions &options,
                  ScenarioCounts *counts, QString *error);

// True when the ticket is one of ledgerTickets().
bool isLedgerTicket(const Ticket &ticket);

// Drops PostgreSQL roles (logins and groups a test made; they are cluster-wide) on the test server, best effort,
// over a plain connection (opening a DecisionStore there would create a store in the server's database).
void dropPostgresRoles(const QStringList &roles);
// `url` with another login: postgresql://<login>@host:port/db.
QString withLogin(const QString &url, const QString &login);

} // namespace RouteDesk::Test
