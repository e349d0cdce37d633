// routedesk-cli eval: a model's quality on labelled tickets it has not seen.

#include "cli.h"

#include "pipeline/assessment.h"
#include "workspace/workspace.h"

#include "classify/evaluation.h"
#include "classify/textclassifier.h"
#include "classify/trainingdata.h"

#include <QCommandLineParser>

using namespace RouteDesk;

namespace {

int escalationEval(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(QStringLiteral("input")))
        return Cli::fail(name, QStringLiteral("--escalation needs --input"), Cli::UsageError);
    const bool crossValidate = parser.isSet(QStringLiteral("cross-validate"));
    if (crossValidate == parser.isSet(QStringLiteral("model")))
        return Cli::fail(name, QStringLiteral("--escalation needs either --model or --cross-validate K"),
                         Cli::UsageError);
    QString error;
    int workspaceCode = Cli::Ok;
    const std::shared_ptr<const Workspace> workspace = Cli::workspaceOption(parser, name, &workspaceCode);
    if (!workspace)
        return workspaceCode;
    const QString input = parser.value(QStringLiteral("input"));
    QList<LabelledCase> cases;
    if (!loadLabelledCases(input, &cases, &error))
        return Cli::fail(name, error, Cli::BadInput);

    EscalationAssessment assessment;
    QString modelText;
    if (crossValidate) {
        bool ok = false;
        const int folds = parser.value(QStringLiteral("cross-validate")).toInt(&ok);
        if (!ok || folds < 2 || folds > 20)
            return Cli::fail(name, QStringLiteral("--cross-validate must be an integer from 2 to 20"), Cli::UsageError);
        TrainOptions options = trainOptionsFor(*workspace);
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return Cli::fail(name, QStringLiteral("--seed must be a non-negative integer"), Cli::UsageError);
        options.targetAccuracy = parser.value(QStringLiteral("target-accuracy")).toDouble(&ok);
        if (!ok || !(options.targetAccuracy > 0.0 && options.targetAccuracy <= 1.0))
            return Cli::fail(name, QStringLiteral("--target-accuracy must be a number above 0 and at most 1"),
                             Cli::UsageError);
        if (!crossValidateEscalation(workspace, cases, folds, options, {}, &assessment, &error))
            return Cli::fail(name, QStringLiteral("%1: %2").arg(input, error), Cli::BadInput);
        modelText
            = QStringLiteral("%1-fold cross-validation (each fold routed by a model trained without it)").arg(folds);
    } else {
        std::shared_ptr<const TextClassifier> model
            = TextClassifier::load(parser.value(QStringLiteral("model")), &error);
        if (!model)
            return Cli::fail(name, error, Cli::Failed);
        const Pipeline pipeline(workspace, model);
        assessment = assessEscalation(pipeline, cases);
        modelText
            = QStringLiteral("model %1 (version %2)").arg(parser.value(QStringLiteral("model")), model->version());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        nlohmann::json j = assessment.toJson();
        j["input"] = input.toStdString();
        j["workspace"] = workspace->version().toStdString();
        j["method"] = modelText.toStdString();
        Cli::out() << QString::fromStdString(j.dump()) << Qt::endl;
    } else {
        Cli::out() << "input: " << input << "\n"
                   << modelText << ", workspace " << workspace->name() << "\n"
                   << assessment.toText() << Qt::flush;
    }
    return Cli::Ok;
}

int evalCommand(const QStringList &arguments)
{
    const QString name = QStringLiteral("eval");
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("model"), QStringLiteral("The model file (from train)."), QStringLiteral("MODEL")});
    parser.addOption(
        {QStringLiteral("input"), QStringLiteral("Labelled tickets: .csv, .jsonl or .json."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("text-column"),
                      QStringLiteral("Field with the text (default: text, else subject + body)."),
                      QStringLiteral("C")});
    parser.addOption({QStringLiteral("label-column"),
                      QStringLiteral("Field with the category (default: category, else label)."), QStringLiteral("C")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object instead of a report.")});
    parser.addOption({QStringLiteral("escalation"),
                      QStringLiteral("Route every ticket through the whole pipeline and measure escalation: per-reason "
                                     "recall and precision, needless escalations, category accuracy, scope recall.")});
    parser.addOption({QStringLiteral("workspace"),
                      QStringLiteral("With --escalation: the workspace (default: the demo workspace)."),
                      QStringLiteral("WS.json")});
    parser.addOption({QStringLiteral("cross-validate"),
                      QStringLiteral("With --escalation and no --model: train on K-1 folds of the input and route the "
                                     "K-th, K times."),
                      QStringLiteral("K")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the cross-validation (default 1)."),
                      QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("target-accuracy"),
                      QStringLiteral("With --cross-validate: the models' target accuracy (default 0.95)."),
                      QStringLiteral("A"), QStringLiteral("0.95")});
    int code = Cli::Ok;
    if (!Cli::parse(parser, arguments, name, &code))
        return code;
    if (parser.isSet(QStringLiteral("escalation")))
        return escalationEval(parser, name);
    if (!Cli::requireOptions(parser, {QStringLiteral("model"), QStringLiteral("input")}, name, &code))
        return code;

    QString error;
    bool badModel = false; // malformed or altered: bad input
    const std::unique_ptr<TextClassifier> model
        = TextClassifier::load(parser.value(QStringLiteral("model")), &error, &badModel);
    if (!model)
        return Cli::fail(name, error, badModel ? Cli::BadInput : Cli::Failed);

    const QString input = parser.value(QStringLiteral("input"));
    TextColumns columns;
    columns.text = parser.value(QStringLiteral("text-column"));
    columns.label = parser.value(QStringLiteral("label-column"));
    QList<LabelledText> examples;
    if (!loadLabelledTexts(input, columns, &examples, &error))
        return Cli::fail(name, error, Cli::BadInput);

    QStringList texts;
    texts.reserve(examples.size());
    for (const LabelledText &e : std::as_const(examples))
        texts.append(e.text);
    const QList<Prediction> predictions = predictAll(*model, texts, false);
    QList<EvaluatedExample> judged;
    judged.reserve(examples.size());
    for (qsizetype i = 0; i < examples.size(); ++i)
        judged.append({examples.at(i).label, predictions.at(i).category(), predictions.at(i).confidence()});
    const Evaluation evaluation = evaluate(model->categories(), judged, model->threshold());

    if (parser.isSet(QStringLiteral("json"))) {
        nlohmann::json j = evaluation.toJson();
        j["model"] = model->version().toStdString();
        j["input"] = input.toStdString();
        j["targetAccuracy"] = model->targetAccuracy();
        Cli::out() << QString::fromStdString(j.dump()) << Qt::endl;
    } else {
        Cli::out() << "model: " << parser.value(QStringLiteral("model")) << " (version " << model->version()
                   << ", target accuracy " << QString::number(100.0 * model->targetAccuracy(), 'f', 1) << "%)\n"
                   << evaluation.toText() << Qt::flush;
    }
    return Cli::Ok;
}

const Cli::Registration registration(
    {QStringLiteral("eval"), QStringLiteral("Measure a model on labelled tickets"),
     QStringLiteral("--model MODEL --input FILE [--text-column C] [--label-column C] "
                    "[--json] | --escalation --input FILE (--model MODEL | "
                    "--cross-validate K [--seed N] [--target-accuracy A]) [--workspace WS.json] [--json]"),
     evalCommand});

} // namespace
