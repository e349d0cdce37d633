// routedesk-cli retrain: a candidate model from the workspace's history plus the final categories agents settled,
// compared with the active model on the same held-out stored tickets, and kept in the store as a candidate.

#include "cmd_learn.h"

#include "learn/learnstore.h"
#include "learn/retrainer.h"

#include <QFile>
#include <QSaveFile>

using namespace RouteDesk;

namespace {

int retrainCommand(const QStringList &arguments)
{
    const QString name = QStringLiteral("retrain");
    QCommandLineParser parser;
    LearnCli::addStoreOption(parser);
    parser.addOption(
        {QStringLiteral("model-out"), QStringLiteral("Where to write the candidate model."), QStringLiteral("MODEL")});
    LearnCli::addContextOptions(parser);
    parser.addOption({QStringLiteral("held-out"),
                      QStringLiteral("Percent of stored labelled tickets held out for the comparison (default 25)."),
                      QStringLiteral("PCT"), QStringLiteral("25")});
    parser.addOption({QStringLiteral("override-weight"),
                      QStringLiteral("Weight of the newest override (default 3; history and accepts weigh 1)."),
                      QStringLiteral("W"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("half-life"),
                      QStringLiteral("Days after which an override's extra weight halves (default 30)."),
                      QStringLiteral("DAYS"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of training (default 1)."), QStringLiteral("N"),
                      QStringLiteral("1")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Also write the comparison as JSON to this file."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("no-store"),
                      QStringLiteral("Do not keep the candidate in the store (an agent may still compare).")});
    parser.addOption({QStringLiteral("activate"), QStringLiteral("Activate the candidate at once (team leads).")});
    LearnCli::addByOption(parser);
    int code = Cli::Ok;
    if (!Cli::parse(parser, arguments, name, &code)
        || !Cli::requireOptions(parser, {QStringLiteral("model-out")}, name, &code))
        return code;

    RetrainOptions options;
    bool ok = false;
    options.heldOutPercent = parser.value(QStringLiteral("held-out")).toInt(&ok);
    if (!ok || options.heldOutPercent < 1 || options.heldOutPercent > 90)
        return Cli::fail(name, QStringLiteral("--held-out must be a whole percent from 1 to 90"), Cli::UsageError);
    options.overrideWeight = parser.value(QStringLiteral("override-weight")).toDouble(&ok);
    if (!ok || options.overrideWeight < 1.0 || options.overrideWeight > 100.0)
        return Cli::fail(name, QStringLiteral("--override-weight must be a number from 1 to 100"), Cli::UsageError);
    options.overrideHalfLifeDays = parser.value(QStringLiteral("half-life")).toDouble(&ok);
    if (!ok || options.overrideHalfLifeDays <= 0.0)
        return Cli::fail(name, QStringLiteral("--half-life must be a positive number of days"), Cli::UsageError);
    options.train.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return Cli::fail(name, QStringLiteral("--seed must be a non-negative integer"), Cli::UsageError);
    if (parser.isSet(QStringLiteral("no-store")) && parser.isSet(QStringLiteral("activate")))
        return Cli::fail(name, QStringLiteral("--activate needs the candidate in the store (drop --no-store)"),
                         Cli::UsageError);

    QString error;
    LearningContext context;
    if (!loadLearningContext(LearnCli::contextSetup(parser), &context, &error))
        return Cli::fail(name, error, Cli::BadInput);
    const std::unique_ptr<DecisionStore> store = LearnCli::openStore(parser, &error);
    if (!store)
        return Cli::fail(name, error, Cli::Failed);

    RetrainResult result;
    if (!retrain(*store, context, options, {}, &result, &error))
        return Cli::fail(name, error, Cli::Failed);
    const QString modelPath = parser.value(QStringLiteral("model-out"));
    if (!result.candidate->save(modelPath, &error))
        return Cli::fail(name, error, Cli::Failed);

    QTextStream &out = Cli::out();
    const TrainingSummary &s = result.summary;
    out << "trained on " << (s.historyExamples + s.storedAccepts + s.storedOverrides)
        << " tickets: " << s.historyExamples << " from "
        << (context.historyDescription.isEmpty() ? QStringLiteral("no history") : context.historyDescription) << ", "
        << s.storedAccepts << " accepted and " << s.storedOverrides << " overridden in the store";
    if (s.storedOverrides > 0)
        out << " (override weights " << QString::number(s.overrideWeightMin, 'f', 2) << " to "
            << QString::number(s.overrideWeightMax, 'f', 2) << ")";
    out << "\nactive model: " << result.active.description << " (version " << result.active.classifier->version()
        << ")\ncandidate: " << modelPath << " (version " << result.candidate->version() << "), training "
        << QString::number(result.seconds, 'f', 1) << " s\n\n";
    out << result.comparison.toText();

    if (parser.isSet(QStringLiteral("json"))) {
        QSaveFile file(parser.value(QStringLiteral("json")));
        const QByteArray json = QByteArray::fromStdString(result.metrics().dump(2)) + '\n';
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
            return Cli::fail(name, QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()),
                             Cli::Failed);
    }
    if (parser.isSet(QStringLiteral("no-store"))) {
        out << "\nnot kept in the store (--no-store)" << Qt::endl;
        return Cli::Ok;
    }
    LearnStore learn(*store);
    qint64 id = 0;
    if (!learn.addModelVersion(
            *result.candidate, result.metrics(), LearnCli::by(parser),
            QStringLiteral("retrained on %1 tickets").arg(s.historyExamples + s.storedAccepts + s.storedOverrides),
            &id)) {
        out << Qt::flush;
        return Cli::fail(name,
                         learn.errorString()
                             + QStringLiteral(" (the candidate file was written; --no-store "
                                              "skips this step)"),
                         Cli::Failed);
    }
    out << "\nkept in the store as candidate model version " << id << '\n';
    if (parser.isSet(QStringLiteral("activate"))) {
        if (!learn.activate(id, LearnCli::by(parser))) {
            out << Qt::flush;
            return Cli::fail(name, learn.errorString(), Cli::Failed);
        }
        out << "activated model version " << id << Qt::endl;
    } else {
        out << "activate it with: routedesk-cli models --store " << store->location().display() << " --activate " << id
            << Qt::endl;
    }
    return Cli::Ok;
}

const Cli::Registration registration(
    {QStringLiteral("retrain"), QStringLiteral("Train a candidate from overrides and compare it with the active model"),
     QStringLiteral("--store STORE --model-out MODEL [--workspace WS] [--model MODEL] [--history FILE] "
                    "[--held-out PCT] [--override-weight W] [--half-life DAYS] [--json FILE] [--no-store] "
                    "[--activate] [--by NAME]"),
     retrainCommand});

} // namespace
