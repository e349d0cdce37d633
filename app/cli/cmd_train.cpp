// routedesk-cli train: a classifier from labelled tickets, with its cross-validated quality and threshold.

#include "cli.h"

#include "pipeline/assessment.h"
#include "workspace/workspace.h"

#include "classify/textclassifier.h"
#include "classify/trainingdata.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

using namespace RouteDesk;

namespace {

QString percent(double v)
{
    return QString::number(100.0 * v, 'f', 1) + u'%';
}

int trainCommand(const QStringList &arguments)
{
    const QString name = QStringLiteral("train");
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("input"), QStringLiteral("Labelled tickets: .csv, .jsonl or .json."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("model-out"), QStringLiteral("Where to write the model."), QStringLiteral("MODEL")});
    parser.addOption({QStringLiteral("text-column"),
                      QStringLiteral("Field with the text (default: text, else subject + body)."),
                      QStringLiteral("C")});
    parser.addOption({QStringLiteral("label-column"),
                      QStringLiteral("Field with the category (default: category, else label)."), QStringLiteral("C")});
    parser.addOption({QStringLiteral("target-accuracy"),
                      QStringLiteral("Accuracy wanted among tickets routed without a person (default 0.95)."),
                      QStringLiteral("A"), QStringLiteral("0.95")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the folds and the solver (default 1)."),
                      QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("folds"), QStringLiteral("Cross-validation folds (default 5)."),
                      QStringLiteral("K"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("workspace"),
                      QStringLiteral("Workspace whose escalation settings give the detectors' target recall or "
                                     "precision and the scope's target pass rate."),
                      QStringLiteral("WS.json")});
    parser.addOption({QStringLiteral("scope-pass"),
                      QStringLiteral("Share of in-scope tickets the scope threshold lets through (default 0.95; 0: "
                                     "no scope threshold)."),
                      QStringLiteral("P")});
    int code = Cli::Ok;
    if (!Cli::parse(parser, arguments, name, &code)
        || !Cli::requireOptions(parser, {QStringLiteral("input"), QStringLiteral("model-out")}, name, &code))
        return code;

    TrainOptions options;
    if (parser.isSet(QStringLiteral("workspace"))) {
        QString error;
        const std::unique_ptr<Workspace> workspace = Workspace::load(parser.value(QStringLiteral("workspace")), &error);
        if (!workspace)
            return Cli::fail(name, error, Cli::BadInput);
        options = trainOptionsFor(*workspace, options);
    }
    bool ok = false;
    options.targetAccuracy = parser.value(QStringLiteral("target-accuracy")).toDouble(&ok);
    if (!ok || !(options.targetAccuracy > 0.0 && options.targetAccuracy <= 1.0))
        return Cli::fail(name, QStringLiteral("--target-accuracy must be a number above 0 and at most 1"),
                         Cli::UsageError);
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return Cli::fail(name, QStringLiteral("--seed must be a non-negative integer"), Cli::UsageError);
    options.folds = parser.value(QStringLiteral("folds")).toInt(&ok);
    if (!ok || options.folds < 2 || options.folds > 100)
        return Cli::fail(name, QStringLiteral("--folds must be an integer from 2 to 100"), Cli::UsageError);
    if (parser.isSet(QStringLiteral("scope-pass"))) {
        options.scopePass = parser.value(QStringLiteral("scope-pass")).toDouble(&ok);
        if (!ok || options.scopePass < 0 || options.scopePass >= 1)
            return Cli::fail(name, QStringLiteral("--scope-pass must be a number from 0 to below 1"), Cli::UsageError);
    }

    const QString input = parser.value(QStringLiteral("input"));
    const QString modelPath = parser.value(QStringLiteral("model-out"));
    TextColumns columns;
    columns.text = parser.value(QStringLiteral("text-column"));
    columns.label = parser.value(QStringLiteral("label-column"));
    QList<LabelledText> examples;
    QString error;
    if (!loadLabelledTexts(input, columns, &examples, &error))
        return Cli::fail(name, error, Cli::BadInput);

    QElapsedTimer timer;
    timer.start();
    nlohmann::json report;
    const std::unique_ptr<TextClassifier> model = trainClassifier(examples, options, &report, {}, &error);
    if (!model) {
        // The data cannot make a model (one category only): that is the input's fault.
        return Cli::fail(name, QStringLiteral("%1: %2").arg(input, error), Cli::BadInput);
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!model->save(modelPath, &error))
        return Cli::fail(name, error, Cli::Failed);

    const nlohmann::json features = report.value("features", nlohmann::json::object());
    QTextStream &out = Cli::out();
    out << "examples: " << examples.size() << " in " << report.value("categories", 0) << " categories\n";
    out << "cross-validated accuracy (" << options.folds << " folds): " << percent(report.value("cvAccuracy", 0.0))
        << ", macro-F1 " << QString::number(report.value("cvMacroF1", 0.0), 'f', 3) << '\n';
    out << "expected calibration error: " << QString::number(report.value("ece", 0.0), 'f', 3)
        << " (before calibration " << QString::number(report.value("eceBeforeCalibration", 0.0), 'f', 3) << ")\n";
    out << "confidence threshold for " << percent(options.targetAccuracy)
        << " accuracy: " << QString::number(report.value("threshold", 1.0), 'f', 3) << '\n';
    out << "routed automatically at that threshold: " << percent(report.value("coverage", 0.0))
        << " of tickets (accuracy among them " << percent(report.value("accuracyAtThreshold", 0.0)) << ")";
    if (!report.value("thresholdReached", false))
        out << " - the target is out of reach: every ticket goes to a person unless the model is certain";
    out << '\n';
    if (report.contains("scope")) {
        const nlohmann::json scope = report["scope"];
        out << "scope threshold (top score) " << QString::number(scope.value("threshold", 0.0), 'f', 3) << ": lets "
            << percent(scope.value("inScopePass", 0.0)) << " of in-scope tickets through (target "
            << percent(scope.value("targetPass", 0.0)) << ")";
        if (scope.contains("labelledOutOfScope"))
            out << ", catches " << percent(scope.value("labelledOutOfScopeCaught", 0.0)) << " of "
                << scope.value("labelledOutOfScope", 0) << " tickets labelled out_of_scope";
        out << '\n';
    }
    if (report.contains("detectors")) {
        out << "learned detectors (cross-validated):\n";
        for (auto it = report["detectors"].begin(); it != report["detectors"].end(); ++it) {
            const nlohmann::json &d = it.value();
            out << "  " << QString::fromStdString(it.key()).leftJustified(20) << " " << d.value("positives", 0)
                << " labelled, threshold " << QString::number(d.value("threshold", 0.0), 'f', 3) << ", recall "
                << percent(d.value("recall", 0.0)) << ", precision " << percent(d.value("precision", 0.0));
            if (d.contains("targetRecall"))
                out << " (target recall " << percent(d.value("targetRecall", 0.0)) << ")";
            else
                out << " (target precision " << percent(d.value("targetPrecision", 0.0)) << ")";
            if (!d.value("targetReached", true))
                out << " - target out of reach";
            if (d.contains("ownThreshold"))
                out << "; own threshold " << QString::number(d.value("ownThreshold", 0.0), 'f', 3)
                    << ", reached a person (any flag) " << percent(d.value("unionRecall", 0.0)) << " (with own "
                    << percent(d.value("ownUnionRecall", 0.0)) << ")";
            out << '\n';
        }
    }
    if (report.contains("jointThresholds")) {
        const nlohmann::json joint = report["jointThresholds"];
        out << "joint thresholds: tickets that need nobody flagged out of fold "
            << percent(joint.value("needlessBefore", 0.0)) << " with each detector's own threshold, "
            << percent(joint.value("needlessAfter", 0.0)) << " jointly (" << joint.value("steps", 0) << " raises; "
            << percent(joint.value("needlessOtherFlags", 0.0))
            << " of them are flagged by phrases, confidence or scope whatever the detectors say)\n";
    }
    out << "features: " << features.value("words", 0) << " words and word pairs, " << features.value("chars", 0)
        << " character n-grams\n";
    out << "training time: " << QString::number(seconds, 'f', 2) << " s\n";
    out << "model: " << modelPath << " (version " << model->version() << ")" << Qt::endl;
    return Cli::Ok;
}

const Cli::Registration registration(
    {QStringLiteral("train"), QStringLiteral("Train a classifier from labelled tickets"),
     QStringLiteral("--input FILE --model-out MODEL [--text-column C] [--label-column C] [--target-accuracy A] "
                    "[--seed N] [--folds K] [--workspace WS.json] [--scope-pass P]"),
     trainCommand});

} // namespace
