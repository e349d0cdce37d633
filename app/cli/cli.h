#pragma once

// The command-line tool's plumbing: every command is a function registered under its name, gets its own
// arguments and returns one of the exit codes below. Messages go to stderr, results to stdout or files.

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace RouteDesk {
class Pipeline;
class Workspace;
} // namespace RouteDesk

namespace RouteDesk::Cli {

enum ExitCode : int {
    Ok = 0,
    Failed = 1, // the operation could not be done (store, server, model)
    UsageError = 2, // wrong arguments
    BadInput = 3, // an input file is malformed; the message names the file, the line and what is wrong
};

struct Command
{
    QString name;
    QString summary;
    QString usage; // one line: "--input FILE --model-out MODEL [...]"
    std::function<int(const QStringList &arguments)> run; // arguments[0] is "routedesk-cli <name>"
};

// Registers a command at start-up (use one static Registration per cmd_*.cpp).
struct Registration
{
    explicit Registration(Command command);
};

const QList<Command> &commands();

QTextStream &out();
QTextStream &err();

// Parses arguments with `parser` (options added by the caller, --help added here). On a usage problem prints
// the error and the command's usage to stderr and returns false with *exitCode set; on --help prints help and
// returns false with *exitCode Ok.
bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &commandName, int *exitCode);
// Fails with UsageError unless every named option was given.
bool requireOptions(const QCommandLineParser &parser, const QStringList &names, const QString &commandName,
                    int *exitCode);

// The workspace of --workspace, or the demo workspace without the option. Nullptr with the message printed and
// *exitCode set (BadInput for a bad file, Failed when the demo workspace is missing).
std::shared_ptr<const Workspace> workspaceOption(const QCommandLineParser &parser, const QString &commandName,
                                                 int *exitCode);

// The pipeline for --model (or the demo model, whose categories must be the workspace's) over `workspace`, with the
// LLM drafting the environment configures when `drafting` is set. Nullptr with the message printed and *exitCode
// set (BadInput for a malformed model, UsageError when a model must be named, Failed otherwise).
std::shared_ptr<const Pipeline> pipelineOption(const QCommandLineParser &parser, const QString &commandName,
                                               std::shared_ptr<const Workspace> workspace, bool drafting,
                                               int *exitCode);

// --top N and --all-probabilities, for the commands that write ranked categories per line.
void addTopOptions(QCommandLineParser &parser);
// How many categories a line lists: N, DefaultTopCategories without either option, 0 (all) with
// --all-probabilities. False with the message printed and *exitCode UsageError for a bad N or both options.
bool topOption(const QCommandLineParser &parser, const QString &commandName, int *top, int *exitCode);

// Prints "routedesk-cli <command>: <message>" to stderr and returns code.
int fail(const QString &command, const QString &message, int code);

} // namespace RouteDesk::Cli
