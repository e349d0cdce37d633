// routedesk-cli backtest: replay stored tickets through a candidate (a model file, a stored version or the active
// model) with the workspace and its accepted rules, before anything is switched on.

#include "cmd_learn.h"

#include "learn/backtest.h"
#include "learn/learnstore.h"

#include <QSaveFile>

using namespace RouteDesk;

namespace {

int backtestCommand(const QStringList &arguments)
{
    const QString name = QStringLiteral("backtest");
    QCommandLineParser parser;
    LearnCli::addStoreOption(parser);
    parser.addOption({QStringLiteral("model"),
                      QStringLiteral("The candidate model file (default: the store's active model, else the "
                                     "workspace's bundled one)."),
                      QStringLiteral("MODEL")});
    parser.addOption({QStringLiteral("version"), QStringLiteral("The candidate: a model version kept in the store."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("bundled-model"),
                      QStringLiteral("The workspace's bundled model (default: the demo model, for the demo "
                                     "workspace)."),
                      QStringLiteral("MODEL")});
    parser.addOption({QStringLiteral("workspace"), QStringLiteral("Workspace JSON (default: the demo workspace)."),
                      QStringLiteral("WS")});
    parser.addOption({QStringLiteral("labelled-only"), QStringLiteral("Replay only tickets with a final category.")});
    parser.addOption({QStringLiteral("include-trained"),
                      QStringLiteral("Also replay tickets a retrained model learns from (the training part and "
                                     "escalated tickets): shows what changes on the whole store, flatters a model.")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Also write the results as JSON to this file."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("show"), QStringLiteral("Changed tickets to list (default 20)."),
                      QStringLiteral("N"), QStringLiteral("20")});
    int code = Cli::Ok;
    if (!Cli::parse(parser, arguments, name, &code))
        return code;
    if (parser.isSet(QStringLiteral("model")) && parser.isSet(QStringLiteral("version")))
        return Cli::fail(name, QStringLiteral("give --model or --version, not both"), Cli::UsageError);
    bool ok = false;
    const int show = parser.value(QStringLiteral("show")).toInt(&ok);
    if (!ok || show < 0)
        return Cli::fail(name, QStringLiteral("--show must be a whole number"), Cli::UsageError);

    QString error;
    const std::unique_ptr<DecisionStore> store = LearnCli::openStore(parser, &error);
    if (!store)
        return Cli::fail(name, error, Cli::Failed);
    LearningSetup setup;
    setup.workspacePath = parser.value(QStringLiteral("workspace"));
    setup.modelPath = parser.value(QStringLiteral("bundled-model"));
    std::shared_ptr<const TextClassifier> candidate;
    QString candidateDescription;
    if (parser.isSet(QStringLiteral("model"))) {
        candidate = TextClassifier::load(parser.value(QStringLiteral("model")), &error);
        if (!candidate)
            return Cli::fail(name, error, Cli::BadInput);
        candidateDescription = parser.value(QStringLiteral("model"));
        // The bundled model is not needed: a non-demo workspace may come without one here.
        if (setup.modelPath.isEmpty() && !setup.workspacePath.isEmpty())
            setup.modelPath = parser.value(QStringLiteral("model"));
    } else if (parser.isSet(QStringLiteral("version"))) {
        const qint64 id = parser.value(QStringLiteral("version")).toLongLong(&ok);
        if (!ok || id <= 0)
            return Cli::fail(name, QStringLiteral("--version needs a model version id"), Cli::UsageError);
        LearnStore learn(*store);
        candidate = learn.loadModel(id, &error);
        if (!candidate)
            return Cli::fail(name, error, Cli::Failed);
        candidateDescription = QStringLiteral("model version %1").arg(id);
        if (setup.modelPath.isEmpty() && !setup.workspacePath.isEmpty())
            setup.modelPath = QStringLiteral("-"); // placeholder, replaced below
    }
    LearningContext context;
    if (setup.modelPath == QLatin1String("-")) {
        // A stored candidate with a non-demo workspace and no bundled model: the candidate stands in.
        context.workspace = Workspace::load(setup.workspacePath, &error);
        if (!context.workspace)
            return Cli::fail(name, error, Cli::BadInput);
        context.bundledModel = candidate;
        context.bundledDescription = candidateDescription;
    } else if (!loadLearningContext(setup, &context, &error)) {
        return Cli::fail(name, error, Cli::BadInput);
    }
    QString activeDescription;
    const std::shared_ptr<const Pipeline> replayed
        = candidatePipeline(*store, context, candidate, &activeDescription, &error);
    if (!replayed)
        return Cli::fail(name, error, Cli::Failed);
    if (!candidate)
        candidateDescription = QStringLiteral("the active model: %1").arg(activeDescription);
    const Pipeline &pipeline = *replayed;
    BacktestOptions options;
    options.labelledOnly = parser.isSet(QStringLiteral("labelled-only"));
    options.includeTrained = parser.isSet(QStringLiteral("include-trained"));
    BacktestResult result;
    if (!runBacktest(*store, pipeline, options, {}, &result, &error))
        return Cli::fail(name, error, Cli::Failed);
    Cli::out() << "candidate: " << candidateDescription << '\n' << result.toText(show) << Qt::flush;
    if (parser.isSet(QStringLiteral("json"))) {
        QSaveFile file(parser.value(QStringLiteral("json")));
        const QByteArray json = QByteArray::fromStdString(result.toJson().dump(2)) + '\n';
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
            return Cli::fail(name, QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()),
                             Cli::Failed);
    }
    return Cli::Ok;
}

const Cli::Registration registration(
    {QStringLiteral("backtest"), QStringLiteral("Replay stored tickets through a candidate model and rules"),
     QStringLiteral("--store STORE [--model MODEL | --version ID] [--workspace WS] [--bundled-model MODEL] "
                    "[--labelled-only] [--include-trained] [--json FILE] [--show N]"),
     backtestCommand});

} // namespace
