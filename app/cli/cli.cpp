#include "cli.h"

#include "pipeline/batch.h"
#include "triage/triageservice.h"
#include "workspace/workspace.h"

#include <cstdio>

namespace RouteDesk::Cli {

namespace {
QList<Command> &registry()
{
    static QList<Command> commands;
    return commands;
}
} // namespace

Registration::Registration(Command command)
{
    registry().append(std::move(command));
    std::sort(registry().begin(), registry().end(), [](const Command &a, const Command &b) { return a.name < b.name; });
}

const QList<Command> &commands()
{
    return registry();
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

static QString usageLine(const QString &commandName)
{
    for (const Command &command : commands()) {
        if (command.name == commandName)
            return QStringLiteral("usage: routedesk-cli %1 %2").arg(command.name, command.usage);
    }
    return {};
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &commandName, int *exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        err() << "routedesk-cli " << commandName << ": " << parser.errorText() << '\n'
              << usageLine(commandName) << Qt::endl;
        *exitCode = UsageError;
        return false;
    }
    if (parser.isSet(help)) {
        out() << usageLine(commandName) << "\n\n" << parser.helpText().section(QLatin1Char('\n'), 2) << Qt::flush;
        *exitCode = Ok;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << "routedesk-cli " << commandName << ": unexpected argument '" << parser.positionalArguments().first()
              << "'\n"
              << usageLine(commandName) << Qt::endl;
        *exitCode = UsageError;
        return false;
    }
    return true;
}

bool requireOptions(const QCommandLineParser &parser, const QStringList &names, const QString &commandName,
                    int *exitCode)
{
    for (const QString &name : names) {
        if (!parser.isSet(name) || parser.value(name).isEmpty()) {
            err() << "routedesk-cli " << commandName << ": --" << name << " is required\n"
                  << usageLine(commandName) << Qt::endl;
            *exitCode = UsageError;
            return false;
        }
    }
    return true;
}

std::shared_ptr<const Workspace> workspaceOption(const QCommandLineParser &parser, const QString &commandName,
                                                 int *exitCode)
{
    QString error;
    const bool given = parser.isSet(QStringLiteral("workspace"));
    std::shared_ptr<const Workspace> workspace
        = given ? Workspace::load(parser.value(QStringLiteral("workspace")), &error) : Workspace::demo(&error);
    if (!workspace)
        *exitCode = fail(commandName, error, given ? BadInput : Failed);
    return workspace;
}

std::shared_ptr<const Pipeline> pipelineOption(const QCommandLineParser &parser, const QString &commandName,
                                               std::shared_ptr<const Workspace> workspace, bool drafting, int *exitCode)
{
    PipelineSetup setup;
    if (parser.isSet(QStringLiteral("model")))
        setup.modelPath = parser.value(QStringLiteral("model"));
    if (drafting)
        setup.drafting = configuredDrafting();
    QString error;
    SetupFailure failure = SetupFailure::None;
    std::shared_ptr<const Pipeline> pipeline = buildPipeline(std::move(workspace), setup, &error, &failure);
    if (!pipeline) {
        *exitCode = fail(commandName, error,
                         failure == SetupFailure::BadInput       ? BadInput
                             : failure == SetupFailure::Mismatch ? UsageError
                                                                 : Failed);
    }
    return pipeline;
}

void addTopOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("top"),
         QStringLiteral("List the N most probable categories per ticket (default %1).").arg(DefaultTopCategories),
         QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("all-probabilities"), QStringLiteral("List every category with its probability.")});
}

bool topOption(const QCommandLineParser &parser, const QString &commandName, int *top, int *exitCode)
{
    const bool all = parser.isSet(QStringLiteral("all-probabilities"));
    if (parser.isSet(QStringLiteral("top"))) {
        if (all) {
            *exitCode
                = fail(commandName, QStringLiteral("--top and --all-probabilities exclude each other"), UsageError);
            return false;
        }
        bool ok = false;
        *top = parser.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || *top < 1) {
            *exitCode = fail(commandName, QStringLiteral("--top: expected a positive whole number"), UsageError);
            return false;
        }
        return true;
    }
    *top = all ? 0 : DefaultTopCategories;
    return true;
}

int fail(const QString &command, const QString &message, int code)
{
    err() << "routedesk-cli " << command << ": " << message << Qt::endl;
    return code;
}

} // namespace RouteDesk::Cli
