// routedesk-cli route: the whole pipeline (classify, route, escalate, draft) on a file of tickets.

#include "cli.h"

#include "pipeline/batch.h"
#include "pipeline/pipeline.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QSaveFile>

using namespace RouteDesk;

namespace {

int routeCommand(const QStringList &arguments)
{
    const QString name = QStringLiteral("route");
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("input"), QStringLiteral("Tickets: .csv, .jsonl or .json."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("output"), QStringLiteral("Where to write one JSON object per ticket."),
                      QStringLiteral("OUT.jsonl")});
    parser.addOption({QStringLiteral("workspace"), QStringLiteral("Workspace JSON (default: the demo workspace)."),
                      QStringLiteral("WS.json")});
    parser.addOption({QStringLiteral("model"),
                      QStringLiteral("Model file (default: the demo model, when the workspace's categories match it)."),
                      QStringLiteral("MODEL")});
    parser.addOption({QStringLiteral("text-column"), QStringLiteral("Field with the text (default: subject + body)."),
                      QStringLiteral("C")});
    parser.addOption({QStringLiteral("id-column"),
                      QStringLiteral("Field with the id (default: id, else the row number)."), QStringLiteral("C")});
    parser.addOption({QStringLiteral("now"),
                      QStringLiteral("Reference time for tickets without created_at (ISO 8601; default: now)."),
                      QStringLiteral("TIME")});
    Cli::addTopOptions(parser);
    int code = Cli::Ok;
    if (!Cli::parse(parser, arguments, name, &code)
        || !Cli::requireOptions(parser, {QStringLiteral("input"), QStringLiteral("output")}, name, &code))
        return code;
    int top = DefaultTopCategories;
    if (!Cli::topOption(parser, name, &top, &code))
        return code;

    QString error;
    int workspaceCode = Cli::Ok;
    const std::shared_ptr<const Workspace> workspace = Cli::workspaceOption(parser, name, &workspaceCode);
    if (!workspace)
        return workspaceCode;
    int pipelineCode = Cli::Ok;
    const std::shared_ptr<const Pipeline> shared = Cli::pipelineOption(parser, name, workspace, true, &pipelineCode);
    if (!shared)
        return pipelineCode;
    const Pipeline &pipeline = *shared;
    RouteContext context;
    if (parser.isSet(QStringLiteral("now"))) {
        context.now = QDateTime::fromString(parser.value(QStringLiteral("now")), Qt::ISODate);
        if (!context.now.isValid())
            return Cli::fail(name, QStringLiteral("--now: not an ISO 8601 time"), Cli::UsageError);
    }

    RecordReader reader;
    if (!reader.open(parser.value(QStringLiteral("input"))))
        return Cli::fail(name, reader.errorString(), Cli::BadInput);
    QSaveFile output(parser.value(QStringLiteral("output")));
    if (!output.open(QIODevice::WriteOnly))
        return Cli::fail(name, QStringLiteral("%1: cannot write: %2").arg(output.fileName(), output.errorString()),
                         Cli::Failed);

    BatchOptions options;
    options.textColumn = parser.value(QStringLiteral("text-column"));
    options.idColumn = parser.value(QStringLiteral("id-column"));
    // A network backend is slow per call but light on the CPU: let more calls wait at once.
    if (pipeline.drafting())
        options.threads = 8;
    BatchStats stats;
    bool badInput = false;
    if (!runBatch(
            reader, output, options,
            [&pipeline, &context, top](const BatchItem &item, std::string *line) {
                return writeRoutingLine(item, pipeline.runDetailed(item.ticket, context), top, line);
            },
            &stats, &error, &badInput)) {
        output.cancelWriting();
        return Cli::fail(name, error, badInput ? Cli::BadInput : Cli::Failed);
    }
    if (!output.commit())
        return Cli::fail(name, QStringLiteral("%1: cannot write: %2").arg(output.fileName(), output.errorString()),
                         Cli::Failed);
    Cli::err() << "routedesk-cli route: " << stats.records << " tickets, " << stats.escalated
               << " need a person (workspace " << workspace->version() << ", model " << pipeline.classifier().version()
               << ")" << Qt::endl;
    return Cli::Ok;
}

const Cli::Registration registration({QStringLiteral("route"),
                                      QStringLiteral("Classify, route, escalate and draft replies for tickets"),
                                      QStringLiteral("--input FILE --output OUT.jsonl [--workspace WS.json] [--model "
                                                     "MODEL] [--text-column C] [--id-column C] [--now TIME] [--top N | "
                                                     "--all-probabilities]"),
                                      routeCommand});

} // namespace
