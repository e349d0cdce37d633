// routedesk-cli export: every ticket with its latest decision, the agents' actions and the write-back state.

#include "cli.h"

#include "store/decisionstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace RouteDesk;

namespace {

int exportCommand(const QStringList &arguments)
{
    const QString name = QStringLiteral("export");
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("store"),
                      QStringLiteral("SQLite file or postgresql:// URL (default: %1).")
                          .arg(QDir::toNativeSeparators(StoreLocation::defaultSqlitePath())),
                      QStringLiteral("STORE")});
    parser.addOption({QStringLiteral("output"), QStringLiteral("JSON Lines file to write (\"-\": standard output)."),
                      QStringLiteral("FILE.jsonl")});
    int code = Cli::Ok;
    if (!Cli::parse(parser, arguments, name, &code)
        || !Cli::requireOptions(parser, {QStringLiteral("output")}, name, &code))
        return code;

    QString error;
    const QString storeSetting = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store"))
                                                                       : StoreLocation::defaultSqlitePath();
    const std::unique_ptr<DecisionStore> store = DecisionStore::open(storeSetting, &error);
    if (!store)
        return Cli::fail(name, error, Cli::Failed);

    const QString path = parser.value(QStringLiteral("output"));
    if (path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return Cli::fail(name, QStringLiteral("cannot write to standard output"), Cli::Failed);
        Cli::out().flush();
        if (!store->exportJsonLines(&out))
            return Cli::fail(name, store->errorString(), Cli::Failed);
        return Cli::Ok;
    }
    // Written to a temporary file and renamed: a failed export never leaves half a file behind.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Cli::fail(name, QStringLiteral("%1: cannot write: %2").arg(path, out.errorString()), Cli::Failed);
    if (!store->exportJsonLines(&out)) {
        out.cancelWriting();
        return Cli::fail(name, store->errorString(), Cli::Failed);
    }
    if (!out.commit())
        return Cli::fail(name, QStringLiteral("%1: cannot write: %2").arg(path, out.errorString()), Cli::Failed);
    Cli::err() << "routedesk-cli export: " << store->ticketCount() << " tickets written to " << path << Qt::endl;
    return Cli::Ok;
}

const Cli::Registration registration({QStringLiteral("export"),
                                      QStringLiteral("Write every ticket with its decision and actions as JSON Lines"),
                                      QStringLiteral("--store STORE --output FILE.jsonl"), exportCommand});

} // namespace
