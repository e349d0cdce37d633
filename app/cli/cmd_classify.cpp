// routedesk-cli classify: the learned classifier alone on a file of tickets.

#include "cli.h"

#include "pipeline/batch.h"

#include "classify/textclassifier.h"

#include <QCommandLineParser>
#include <QSaveFile>

using namespace RouteDesk;

namespace {

int classifyCommand(const QStringList &arguments)
{
    const QString name = QStringLiteral("classify");
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("model"), QStringLiteral("The model file (from train)."), QStringLiteral("MODEL")});
    parser.addOption(
        {QStringLiteral("input"), QStringLiteral("Tickets: .csv, .jsonl or .json."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("output"), QStringLiteral("Where to write one JSON object per ticket."),
                      QStringLiteral("OUT.jsonl")});
    parser.addOption({QStringLiteral("text-column"), QStringLiteral("Field with the text (default: subject + body)."),
                      QStringLiteral("C")});
    parser.addOption({QStringLiteral("id-column"),
                      QStringLiteral("Field with the id (default: id, else the row number)."), QStringLiteral("C")});
    Cli::addTopOptions(parser);
    int code = Cli::Ok;
    if (!Cli::parse(parser, arguments, name, &code)
        || !Cli::requireOptions(parser, {QStringLiteral("model"), QStringLiteral("input"), QStringLiteral("output")},
                                name, &code))
        return code;
    int top = DefaultTopCategories;
    if (!Cli::topOption(parser, name, &top, &code))
        return code;

    QString error;
    bool badModel = false; // malformed or altered: bad input
    const std::unique_ptr<TextClassifier> model
        = TextClassifier::load(parser.value(QStringLiteral("model")), &error, &badModel);
    if (!model)
        return Cli::fail(name, error, badModel ? Cli::BadInput : Cli::Failed);

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
    BatchStats stats;
    bool badInput = false;
    const TextClassifier &classifier = *model;
    if (!runBatch(
            reader, output, options,
            [&classifier, top](const BatchItem &item, std::string *line) {
                return writeClassificationLine(item, classifier, top, line);
            },
            &stats, &error, &badInput)) {
        output.cancelWriting();
        return Cli::fail(name, error, badInput ? Cli::BadInput : Cli::Failed);
    }
    if (!output.commit())
        return Cli::fail(name, QStringLiteral("%1: cannot write: %2").arg(output.fileName(), output.errorString()),
                         Cli::Failed);
    Cli::err() << "routedesk-cli classify: " << stats.records << " tickets, " << stats.escalated
               << " below the model's threshold" << Qt::endl;
    return Cli::Ok;
}

const Cli::Registration registration({QStringLiteral("classify"), QStringLiteral("Classify tickets with a model"),
                                      QStringLiteral("--model MODEL --input FILE --output OUT.jsonl [--text-column C] "
                                                     "[--id-column C] [--top N | --all-probabilities]"),
                                      classifyCommand});

} // namespace
