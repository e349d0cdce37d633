// routedesk-cli: the routing engine for scripts, servers and offline review.

#include "cli.h"

#include <QCoreApplication>

using namespace RouteDesk;

static void printUsage(QTextStream &stream)
{
    stream << "usage: routedesk-cli <command> [options]\n\ncommands:\n";
    for (const Cli::Command &command : Cli::commands())
        stream << "  " << command.name.leftJustified(10) << command.summary << '\n';
    stream << "\n'routedesk-cli <command> --help' shows a command's options.\n" << Qt::flush;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("RouteDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("RouteDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROUTEDESK_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        printUsage(Cli::err());
        return Cli::UsageError;
    }
    const QString name = arguments.at(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printUsage(Cli::out());
        return Cli::Ok;
    }
    if (name == QLatin1String("--version")) {
        Cli::out() << "routedesk-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Cli::Ok;
    }
    for (const Cli::Command &command : Cli::commands()) {
        if (command.name == name) {
            QStringList rest = arguments.mid(2);
            rest.prepend(QStringLiteral("routedesk-cli ") + name);
            return command.run(rest);
        }
    }
    Cli::err() << "routedesk-cli: unknown command '" << name << "'\n";
    printUsage(Cli::err());
    return Cli::UsageError;
}
