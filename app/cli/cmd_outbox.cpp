// routedesk-cli outbox: list the write-backs waiting for the helpdesk, or deliver them now.

#include "cli.h"

#include "sources/outboxdeliverer.h"
#include "store/decisionstore.h"

#include "model/modeljson.h"

#include <QCommandLineParser>
#include <QDir>

using namespace RouteDesk;

namespace {

void printItem(const OutboxItem &item)
{
    Cli::out() << item.id << '\t' << outboxStateName(item.state) << '\t' << item.source << " #" << item.externalId
               << "\tattempts " << item.attempts;
    if (item.state == OutboxItem::State::Pending && item.attempts > 0)
        Cli::out() << "\tnext " << isoTime(item.nextAttemptAt);
    if (!item.lastError.isEmpty())
        Cli::out() << '\t' << item.lastError;
    Cli::out() << '\n';
}

int outboxCommand(const QStringList &arguments)
{
    const QString name = QStringLiteral("outbox");
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("store"),
                      QStringLiteral("SQLite file or postgresql:// URL (default: %1).")
                          .arg(QDir::toNativeSeparators(StoreLocation::defaultSqlitePath())),
                      QStringLiteral("STORE")});
    parser.addOption({QStringLiteral("flush"), QStringLiteral("Deliver every pending write-back now.")});
    parser.addOption({QStringLiteral("all"), QStringLiteral("List failed and conflicting write-backs too.")});
    parser.addOption({QStringLiteral("source"),
                      QStringLiteral("Source document to deliver with (default: the one the last sync stored)."),
                      QStringLiteral("SOURCE.json")});
    int code = Cli::Ok;
    if (!Cli::parse(parser, arguments, name, &code))
        return code;

    QString error;
    std::optional<SourceConfig> override;
    if (parser.isSet(QStringLiteral("source"))) {
        SourceConfig config;
        if (!SourceConfig::load(parser.value(QStringLiteral("source")), &config, &error))
            return Cli::fail(name, error, Cli::BadInput);
        override = config;
    }
    const QString storeSetting = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store"))
                                                                       : StoreLocation::defaultSqlitePath();
    const std::unique_ptr<DecisionStore> store = DecisionStore::open(storeSetting, &error);
    if (!store)
        return Cli::fail(name, error, Cli::Failed);

    if (parser.isSet(QStringLiteral("flush"))) {
        OutboxDeliverer deliverer(store.get(), storedSourceFactory(store.get(), override));
        const DeliveryReport report = deliverer.deliverAllPending();
        for (const QString &message : report.messages)
            Cli::err() << "routedesk-cli outbox: " << message << '\n';
        for (const QString &note : report.notes)
            Cli::err() << "routedesk-cli outbox: " << note << '\n';
        Cli::out() << report.attempted << " write-backs attempted: " << report.done << " delivered";
        if (report.alreadyDelivered > 0)
            Cli::out() << " (" << report.alreadyDelivered << " had already arrived)";
        Cli::out() << ", " << report.retrying << " to retry, " << report.failed << " failed, " << report.conflicts
                   << " in conflict" << Qt::endl;
        if (!report.storeError.isEmpty())
            return Cli::fail(name, report.storeError, Cli::Failed);
        if (report.retrying > 0 || report.failed > 0 || report.conflicts > 0)
            return Cli::Failed;
        return Cli::Ok;
    }

    QList<OutboxItem> items = store->outbox(OutboxItem::State::Pending);
    if (parser.isSet(QStringLiteral("all"))) {
        items += store->outbox(OutboxItem::State::Failed);
        items += store->outbox(OutboxItem::State::Conflict);
    }
    if (!store->errorString().isEmpty())
        return Cli::fail(name, store->errorString(), Cli::Failed);
    for (const OutboxItem &item : std::as_const(items))
        printItem(item);
    const OutboxCounts counts = store->outboxCounts();
    Cli::out() << "pending " << counts.pending << ", failed " << counts.failed << ", conflict " << counts.conflict
               << ", done " << counts.done << Qt::endl;
    return Cli::Ok;
}

const Cli::Registration registration({QStringLiteral("outbox"),
                                      QStringLiteral("List pending write-backs, or deliver them now"),
                                      QStringLiteral("--store STORE [--flush] [--all] [--source SOURCE.json]"),
                                      outboxCommand});

} // namespace
