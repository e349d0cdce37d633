// routedesk-cli report: the offline review of a store over a period as HTML (self-contained, inline SVG), JSON or
// CSV.

#include "cmd_learn.h"

#include "learn/report.h"

#include <QSaveFile>

using namespace RouteDesk;

namespace {

int reportCommand(const QStringList &arguments)
{
    const QString name = QStringLiteral("report");
    QCommandLineParser parser;
    LearnCli::addStoreOption(parser);
    parser.addOption({QStringLiteral("from"), QStringLiteral("First day (YYYY-MM-DD, UTC) or time (ISO 8601)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"),
                      QStringLiteral("Last day, included (YYYY-MM-DD, UTC), or an end time "
                                     "(ISO 8601, excluded)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("html, json or csv."), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("output"), QStringLiteral("The report file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("threshold"),
                      QStringLiteral("Confidence threshold for the automation rate (default: the workspace's "
                                     "policy, else the active model's)."),
                      QStringLiteral("T")});
    LearnCli::addContextOptions(parser);
    int code = Cli::Ok;
    if (!Cli::parse(parser, arguments, name, &code)
        || !Cli::requireOptions(parser, {QStringLiteral("format"), QStringLiteral("output")}, name, &code))
        return code;
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("html") && format != QLatin1String("json") && format != QLatin1String("csv"))
        return Cli::fail(name, QStringLiteral("--format must be html, json or csv"), Cli::UsageError);
    ReportOptions options;
    if (parser.isSet(QStringLiteral("from"))
        && !LearnCli::parseBound(parser.value(QStringLiteral("from")), false, &options.from))
        return Cli::fail(name, QStringLiteral("--from must be a date (YYYY-MM-DD) or an ISO 8601 time"),
                         Cli::UsageError);
    if (parser.isSet(QStringLiteral("to"))
        && !LearnCli::parseBound(parser.value(QStringLiteral("to")), true, &options.to))
        return Cli::fail(name, QStringLiteral("--to must be a date (YYYY-MM-DD) or an ISO 8601 time"), Cli::UsageError);
    if (options.from.isValid() && options.to.isValid() && options.to <= options.from)
        return Cli::fail(name, QStringLiteral("--to must come after --from"), Cli::UsageError);

    QString error;
    const std::unique_ptr<DecisionStore> store = LearnCli::openStore(parser, &error);
    if (!store)
        return Cli::fail(name, error, Cli::Failed);
    if (parser.isSet(QStringLiteral("threshold"))) {
        bool ok = false;
        options.threshold = parser.value(QStringLiteral("threshold")).toDouble(&ok);
        if (!ok || options.threshold < 0.0 || options.threshold > 1.0)
            return Cli::fail(name, QStringLiteral("--threshold must be a number from 0 to 1"), Cli::UsageError);
        options.thresholdSource = QStringLiteral("--threshold");
    } else {
        LearningContext context;
        if (!loadLearningContext(LearnCli::contextSetup(parser), &context, &error))
            return Cli::fail(name, error, Cli::BadInput);
        if (const std::optional<double> policy = context.workspace->escalation().confidenceThreshold) {
            options.threshold = *policy;
            options.thresholdSource = QStringLiteral("the workspace's escalation policy");
        } else {
            ActiveModel active;
            if (!resolveActiveModel(*store, context.bundledModel, context.bundledDescription, &active, &error))
                return Cli::fail(name, error, Cli::Failed);
            options.threshold = active.classifier->threshold();
            options.thresholdSource = QStringLiteral("the threshold of %1").arg(active.description);
        }
    }
    Report report;
    if (!buildReport(*store, options, &report, &error))
        return Cli::fail(name, error, Cli::Failed);
    const QByteArray data = format == QLatin1String("html")
        ? report.toHtml()
        : (format == QLatin1String("json") ? report.toJson() : report.toCsv());
    QSaveFile file(parser.value(QStringLiteral("output")));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Cli::fail(name, QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()),
                         Cli::Failed);
    const ReportSummary &s = report.summary;
    Cli::out() << "report of " << s.tickets << " tickets, " << s.decisions << " decisions: " << s.accepted
               << " accepted, " << s.overrides << " overridden, " << s.escalations << " escalations; suggestion "
               << "accuracy " << LearnCli::percent(s.accuracy()) << "; automation rate "
               << LearnCli::percent(report.automation.rate()) << " at threshold "
               << QString::number(report.automation.threshold, 'f', 3) << "\nwrote " << file.fileName() << Qt::endl;
    return Cli::Ok;
}

const Cli::Registration registration(
    {QStringLiteral("report"), QStringLiteral("Write the review report of a store as HTML, JSON or CSV"),
     QStringLiteral("--store STORE [--from DATE] [--to DATE] --format html|json|csv --output FILE [--threshold T] "
                    "[--workspace WS] [--model MODEL]"),
     reportCommand});

} // namespace
