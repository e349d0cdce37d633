// routedesk-cli decide: record an agent's accept, override or escalate, and queue its write-back.

#include "cli.h"

#include "sources/outboxdeliverer.h"
#include "store/decisionstore.h"
#include "triage/triageservice.h"

#include <QCommandLineParser>
#include <QDir>

using namespace RouteDesk;

namespace {

// A store id, else the helpdesk's id (unique across the store's sources), unless --external forces the latter.
std::optional<Ticket> findTicket(DecisionStore *store, const QString &reference, bool external, QString *error)
{
    bool numeric = false;
    const qint64 id = reference.toLongLong(&numeric);
    if (numeric && !external) {
        if (std::optional<Ticket> ticket = store->ticket(id))
            return ticket;
        if (!store->errorString().isEmpty()) {
            *error = store->errorString();
            return std::nullopt;
        }
    }
    QList<Ticket> matches;
    const QList<QueueEntry> entries = store->queue();
    if (!store->errorString().isEmpty()) {
        *error = store->errorString();
        return std::nullopt;
    }
    for (const QueueEntry &entry : entries) {
        if (entry.ticket.externalId == reference)
            matches.append(entry.ticket);
    }
    if (matches.size() == 1)
        return matches.constFirst();
    if (matches.isEmpty()) {
        *error = QStringLiteral("no ticket '%1' in the store (neither a store id nor a helpdesk id)").arg(reference);
        return std::nullopt;
    }
    QStringList where;
    for (const Ticket &ticket : std::as_const(matches))
        where.append(QStringLiteral("%1 (store id %2)").arg(ticket.source, QString::number(ticket.id)));
    *error = QStringLiteral("'%1' is the helpdesk id of several tickets: %2; give the store id")
                 .arg(reference, where.join(QStringLiteral(", ")));
    return std::nullopt;
}

int decideCommand(const QStringList &arguments)
{
    const QString name = QStringLiteral("decide");
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("store"),
                      QStringLiteral("SQLite file or postgresql:// URL (default: %1).")
                          .arg(QDir::toNativeSeparators(StoreLocation::defaultSqlitePath())),
                      QStringLiteral("STORE")});
    parser.addOption({QStringLiteral("ticket"), QStringLiteral("Store id, or the helpdesk's id of the ticket."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("external"), QStringLiteral("Read ID as the helpdesk's id only.")});
    parser.addOption({QStringLiteral("accept"), QStringLiteral("Accept the suggested category.")});
    parser.addOption({QStringLiteral("override"), QStringLiteral("Correct the category."), QStringLiteral("CATEGORY")});
    parser.addOption({QStringLiteral("escalate"), QStringLiteral("Hand the ticket to a person.")});
    parser.addOption({QStringLiteral("target"),
                      QStringLiteral("Who takes an escalation (\"team_lead\" or a queue id; default team_lead)."),
                      QStringLiteral("TARGET")});
    parser.addOption({QStringLiteral("agent"), QStringLiteral("Who decides."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("reason"), QStringLiteral("Why, in the agent's words."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("reason-code"),
                      QStringLiteral("Short-list reason (wrong_category, needs_person, ...)."),
                      QStringLiteral("CODE")});
    int code = Cli::Ok;
    if (!Cli::parse(parser, arguments, name, &code)
        || !Cli::requireOptions(parser, {QStringLiteral("ticket"), QStringLiteral("agent")}, name, &code))
        return code;
    const int choices = int(parser.isSet(QStringLiteral("accept"))) + int(parser.isSet(QStringLiteral("override")))
        + int(parser.isSet(QStringLiteral("escalate")));
    if (choices != 1)
        return Cli::fail(name, QStringLiteral("give exactly one of --accept, --override CATEGORY, --escalate"),
                         Cli::UsageError);
    if (parser.isSet(QStringLiteral("override")) && parser.value(QStringLiteral("override")).trimmed().isEmpty())
        return Cli::fail(name, QStringLiteral("--override needs a category"), Cli::UsageError);

    QString error;
    const QString storeSetting = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store"))
                                                                       : StoreLocation::defaultSqlitePath();
    const std::unique_ptr<DecisionStore> store = DecisionStore::open(storeSetting, &error);
    if (!store)
        return Cli::fail(name, error, Cli::Failed);
    const std::optional<Ticket> ticket = findTicket(store.get(), parser.value(QStringLiteral("ticket")).trimmed(),
                                                    parser.isSet(QStringLiteral("external")), &error);
    if (!ticket)
        return Cli::fail(name, error, Cli::Failed);
    const std::optional<RoutingDecision> decision = store->latestDecision(ticket->id);

    AgentAction action;
    action.ticketId = ticket->id;
    action.agent = parser.value(QStringLiteral("agent")).trimmed();
    action.reason = parser.value(QStringLiteral("reason"));
    action.reasonCode = parser.value(QStringLiteral("reason-code"));
    if (parser.isSet(QStringLiteral("accept"))) {
        if (!decision)
            return Cli::fail(name,
                             QStringLiteral("ticket %1 has no suggestion to accept (sync it with routing, or use "
                                            "--override)")
                                 .arg(ticket->id),
                             Cli::Failed);
        action.type = ActionType::Accept;
    } else if (parser.isSet(QStringLiteral("override"))) {
        action.type = ActionType::Override;
        action.category = parser.value(QStringLiteral("override")).trimmed();
        if (action.reasonCode.isEmpty())
            action.reasonCode = QStringLiteral("wrong_category");
        if (decision) {
            bool known = decision->category == action.category;
            for (const ScoredCategory &scored : decision->alternatives)
                known = known || scored.category == action.category;
            if (!known && !decision->alternatives.isEmpty())
                Cli::err() << "routedesk-cli decide: warning: '" << action.category
                           << "' is not among the decision's top categories" << Qt::endl;
        }
    } else {
        action.type = ActionType::Escalate;
        action.category = decision ? decision->category : QString();
        action.escalationTarget = parser.isSet(QStringLiteral("target")) ? parser.value(QStringLiteral("target"))
                                                                         : QStringLiteral("team_lead");
    }

    // Recording needs no pipeline: the decision the agent acts on is already stored.
    const std::unique_ptr<TriageService> triage = TriageService::adopt(store.get(), nullptr, nullptr);
    ActionOutcome outcome;
    if (!triage->record(&action, &outcome, &error))
        return Cli::fail(name, error, Cli::Failed);

    Cli::out() << "ticket " << ticket->id << " (" << ticket->source << " #" << ticket->externalId
               << "): " << actionTypeName(action.type)
               << (action.category.isEmpty() ? QString() : QStringLiteral(" ") + action.category) << " by "
               << action.agent << "; "
               << (outcome.queued ? QStringLiteral("write-back queued")
                                  : QStringLiteral("no write-back: ") + outcome.note)
               << Qt::endl;
    return Cli::Ok;
}

const Cli::Registration registration({QStringLiteral("decide"),
                                      QStringLiteral("Record an agent's decision and queue its write-back"),
                                      QStringLiteral("--store STORE --ticket ID (--accept | --override CATEGORY | "
                                                     "--escalate) --agent NAME [--reason TEXT]"),
                                      decideCommand});

} // namespace
