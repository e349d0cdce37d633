// routedesk-cli sync: pull new and changed tickets from a helpdesk or file into the store and route the new ones.

#include "cli.h"

#include "pipeline/pipeline.h"
#include "sources/syncrunner.h"
#include "sources/ticketsource.h"
#include "store/decisionstore.h"
#include "triage/triageservice.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <csignal>

using namespace RouteDesk;

namespace {

Cancellation &interrupt()
{
    static Cancellation cancellation;
    return cancellation;
}

extern "C" void onInterrupt(int)
{
    interrupt().cancel(); // a lock-free atomic store: safe in a signal handler
}

int syncCommand(const QStringList &arguments)
{
    const QString name = QStringLiteral("sync");
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("source"), QStringLiteral("The source document (docs/connectors.md)."),
                      QStringLiteral("SOURCE.json")});
    parser.addOption({QStringLiteral("store"),
                      QStringLiteral("SQLite file or postgresql:// URL (default: %1).")
                          .arg(QDir::toNativeSeparators(StoreLocation::defaultSqlitePath())),
                      QStringLiteral("STORE")});
    parser.addOption({QStringLiteral("workspace"), QStringLiteral("Workspace JSON (default: the demo workspace)."),
                      QStringLiteral("WS")});
    parser.addOption({QStringLiteral("model"),
                      QStringLiteral("Model file (default: the demo model, when the workspace's categories match it)."),
                      QStringLiteral("MODEL")});
    parser.addOption({QStringLiteral("no-route"), QStringLiteral("Only pull; leave the tickets unrouted.")});
    parser.addOption({QStringLiteral("max-pages"), QStringLiteral("Stop after N pages (the next sync resumes)."),
                      QStringLiteral("N")});
    int code = Cli::Ok;
    if (!Cli::parse(parser, arguments, name, &code)
        || !Cli::requireOptions(parser, {QStringLiteral("source")}, name, &code))
        return code;

    int maxPages = 0;
    if (parser.isSet(QStringLiteral("max-pages"))) {
        bool ok = false;
        maxPages = parser.value(QStringLiteral("max-pages")).toInt(&ok);
        if (!ok || maxPages < 1)
            return Cli::fail(name, QStringLiteral("--max-pages: expected a positive number"), Cli::UsageError);
    }

    QString error;
    SourceConfig config;
    if (!SourceConfig::load(parser.value(QStringLiteral("source")), &config, &error))
        return Cli::fail(name, error, Cli::BadInput);

    // The router, unless --no-route: the store's pipeline (its active model and accepted rules) over --workspace
    // and --model, routing with each ticket's ownership history.
    std::shared_ptr<const Pipeline> bundled;
    if (!parser.isSet(QStringLiteral("no-route"))) {
        int setupCode = Cli::Ok;
        const std::shared_ptr<const Workspace> workspace = Cli::workspaceOption(parser, name, &setupCode);
        if (!workspace)
            return setupCode;
        bundled = Cli::pipelineOption(parser, name, workspace, false, &setupCode);
        if (!bundled)
            return setupCode;
    }

    const QString storeSetting = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store"))
                                                                       : StoreLocation::defaultSqlitePath();
    const std::unique_ptr<DecisionStore> store = DecisionStore::open(storeSetting, &error);
    if (!store)
        return Cli::fail(name, error, Cli::Failed);

    const std::unique_ptr<TicketSource> source = createTicketSource(config, &error);
    if (!source)
        return Cli::fail(name, error, Cli::Failed);

    std::unique_ptr<TriageService> triage;
    TicketRouter router;
    if (bundled) {
        triage = TriageService::create(store.get(), bundled, &error);
        if (!triage)
            return Cli::fail(name, error, Cli::Failed);
        triage->setQueueOwners(queueOwnersFor(config.routeMap, config.escalationTarget, bundled->workspace()));
        router = triage->syncRouter();
    }
    SyncRunner runner(store.get(), source.get(), router);
    runner.setCancellation(&interrupt());
    runner.setMaxPages(maxPages);
    runner.setProgress([](const SyncProgress &progress) {
        Cli::err() << "routedesk-cli sync: " << progress.pulled << " tickets pulled";
        if (progress.remaining > 0)
            Cli::err() << ", about " << progress.remaining << " to go";
        Cli::err() << Qt::endl;
    });
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const SyncReport report = runner.run();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    for (const QString &warning : report.warningMessages())
        Cli::err() << "routedesk-cli sync: warning: " << warning << Qt::endl;
    Cli::out() << source->sourceId() << ": " << report.pulled << " tickets pulled (" << report.inserted << " new, "
               << report.updated << " updated), " << report.routed << " routed"
               << (report.complete ? QString() : QStringLiteral(", more to pull")) << Qt::endl;
    if (report.storeFailed)
        return Cli::fail(name, report.errorString, Cli::Failed);
    switch (report.error) {
    case SourcePage::Error::None:
        return Cli::Ok;
    case SourcePage::Error::BadInput:
        return Cli::fail(name, report.errorString + QStringLiteral(" (the tickets before it are stored)"),
                         Cli::BadInput);
    case SourcePage::Error::Cancelled:
        return Cli::fail(name, QStringLiteral("interrupted; the next sync resumes where this one stopped"),
                         Cli::Failed);
    default:
        return Cli::fail(name,
                         report.errorString
                             + QStringLiteral(" (what was pulled before is stored; the next sync resumes from there)"),
                         Cli::Failed);
    }
}

const Cli::Registration registration({QStringLiteral("sync"),
                                      QStringLiteral("Pull and route new tickets from a helpdesk or file"),
                                      QStringLiteral("--source SOURCE.json [--store STORE] [--workspace WS] "
                                                     "[--model MODEL] [--no-route] [--max-pages N]"),
                                      syncCommand});

} // namespace
