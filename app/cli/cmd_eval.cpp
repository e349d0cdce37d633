// routedesk-cli eval: a model's quality on labelled tickets it has not seen.

#include "cli.h"

#include "classify/evaluation.h"
#include "classify/textclassifier.h"
#include "classify/trainingdata.h"

#include <QCommandLineParser>

using namespace RouteDesk;

namespace {

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
    int code = Cli::Ok;
    if (!Cli::parse(parser, arguments, name, &code)
        || !Cli::requireOptions(parser, {QStringLiteral("model"), QStringLiteral("input")}, name, &code))
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

const Cli::Registration registration({QStringLiteral("eval"), QStringLiteral("Measure a model on labelled tickets"),
                                      QStringLiteral("--model MODEL --input FILE [--text-column C] [--label-column C] "
                                                     "[--json]"),
                                      evalCommand});

} // namespace
