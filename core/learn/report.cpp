#include "report.h"

#include "learnlog.h"

#include "classify/calibration.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace RouteDesk {

namespace {

using ordered_json = nlohmann::ordered_json;

std::string toStd(const QString &text)
{
    return text.toStdString();
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

bool inPeriod(const QDateTime &time, const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() && !to.isValid())
        return true;
    if (!time.isValid())
        return false;
    return (!from.isValid() || time >= from) && (!to.isValid() || time < to);
}

// " AND <column> >= ? AND <column> < ?" for the bounds that are set, with their values.
QString periodSql(const QString &column, const ReportOptions &options, QVariantList *values)
{
    QString sql;
    if (options.from.isValid()) {
        sql += QStringLiteral(" AND %1 >= ?").arg(column);
        values->append(options.from.toMSecsSinceEpoch());
    }
    if (options.to.isValid()) {
        sql += QStringLiteral(" AND %1 < ?").arg(column);
        values->append(options.to.toMSecsSinceEpoch());
    }
    return sql;
}

bool count(DecisionStore &store, const QString &sql, const QVariantList &values, int *result, QString *error)
{
    QSqlQuery query(store.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = QStringLiteral("cannot count for the report (%1): %2")
                     .arg(store.location().display(), query.lastError().text());
        return false;
    }
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec() || !query.next()) {
        *error = QStringLiteral("cannot count for the report (%1): %2")
                     .arg(store.location().display(), query.lastError().text());
        return false;
    }
    *result = query.value(0).toInt();
    return true;
}

QList<ReasonRow> sortedReasons(const QHash<QString, int> &counts)
{
    QList<ReasonRow> rows;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        rows.append({it.key(), it.value()});
    std::sort(rows.begin(), rows.end(), [](const ReasonRow &a, const ReasonRow &b) {
        return a.count != b.count ? a.count > b.count : a.code < b.code;
    });
    return rows;
}

// --- HTML -------------------------------------------------------------------------------------------------------

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString pct(double value)
{
    return QString::number(100.0 * value, 'f', 1) + QLatin1Char('%');
}

QString num(double value)
{
    return QString::number(value, 'f', 1);
}

struct Bar
{
    QString label;
    double value = 0.0; // drawn length, 0..max
    QString text; // printed at the end of the bar
};

// A horizontal bar chart as inline SVG. Labels are escaped.
QString barChart(const QString &title, const QList<Bar> &bars, double max)
{
    const int rowHeight = 22;
    const int labelWidth = 190;
    const int barWidth = 360;
    const int height = 30 + rowHeight * int(std::max<qsizetype>(1, bars.size()));
    QString svg;
    QTextStream out(&svg);
    out << "<svg role=\"img\" width=\"" << (labelWidth + barWidth + 90) << "\" height=\"" << height
        << "\" viewBox=\"0 0 " << (labelWidth + barWidth + 90) << ' ' << height << "\"><title>" << esc(title)
        << "</title>";
    if (bars.isEmpty())
        out << "<text x=\"0\" y=\"20\" class=\"muted\">no data in the period</text>";
    int y = 10;
    for (const Bar &bar : bars) {
        const double length = max > 0.0 ? barWidth * std::clamp(bar.value / max, 0.0, 1.0) : 0.0;
        out << "<text x=\"" << (labelWidth - 8) << "\" y=\"" << (y + 15) << "\" text-anchor=\"end\">" << esc(bar.label)
            << "</text>";
        out << "<rect x=\"" << labelWidth << "\" y=\"" << (y + 3) << "\" width=\"" << num(length)
            << "\" height=\"16\" class=\"bar\"/>";
        out << "<text x=\"" << (labelWidth + length + 6) << "\" y=\"" << (y + 15) << "\">" << esc(bar.text)
            << "</text>";
        y += rowHeight;
    }
    out << "</svg>";
    return svg;
}

// Reliability diagram: accuracy against mean confidence per bin, the diagonal is perfect calibration.
QString reliabilityChart(const QList<CalibrationBin> &bins)
{
    const int size = 300;
    const int margin = 40;
    auto x = [&](double v) {
        return margin + v * size;
    };
    auto y = [&](double v) {
        return margin + (1.0 - v) * size;
    };
    QString svg;
    QTextStream out(&svg);
    const int full = size + 2 * margin;
    out << "<svg role=\"img\" width=\"" << full << "\" height=\"" << full << "\" viewBox=\"0 0 " << full << ' ' << full
        << "\"><title>Reliability diagram</title>";
    out << "<rect x=\"" << margin << "\" y=\"" << margin << "\" width=\"" << size << "\" height=\"" << size
        << "\" class=\"frame\"/>";
    for (int i = 0; i <= 4; ++i) {
        const double v = i / 4.0;
        out << "<text x=\"" << num(x(v)) << "\" y=\"" << (margin + size + 16) << "\" text-anchor=\"middle\">"
            << int(v * 100) << "%</text>";
        out << "<text x=\"" << (margin - 6) << "\" y=\"" << num(y(v) + 4) << "\" text-anchor=\"end\">" << int(v * 100)
            << "%</text>";
    }
    out << "<line x1=\"" << num(x(0)) << "\" y1=\"" << num(y(0)) << "\" x2=\"" << num(x(1)) << "\" y2=\"" << num(y(1))
        << "\" class=\"diagonal\"/>";
    int maxCount = 1;
    for (const CalibrationBin &bin : bins)
        maxCount = std::max(maxCount, bin.count);
    for (const CalibrationBin &bin : bins) {
        const double width = (bin.upper - bin.lower) * size;
        // The bin's accuracy as a bar over its confidence range; its opacity grows with the tickets in it.
        out << "<rect x=\"" << num(x(bin.lower) + 1) << "\" y=\"" << num(y(bin.accuracy)) << "\" width=\""
            << num(std::max(0.0, width - 2)) << "\" height=\"" << num(bin.accuracy * size) << "\" class=\"bin\" "
            << "fill-opacity=\"" << QString::number(bin.count ? 0.25 + 0.75 * bin.count / maxCount : 0.0, 'f', 2)
            << "\"><title>" << pct(bin.lower) << "-" << pct(bin.upper) << ": " << bin.count << " tickets, accuracy "
            << pct(bin.accuracy) << ", mean confidence " << pct(bin.meanConfidence) << "</title></rect>";
        if (bin.count > 0)
            out << "<circle cx=\"" << num(x(bin.meanConfidence)) << "\" cy=\"" << num(y(bin.accuracy))
                << "\" r=\"4\" class=\"point\"/>";
    }
    out << "<text x=\"" << (margin + size / 2) << "\" y=\"" << (full - 4)
        << "\" text-anchor=\"middle\">confidence of the suggestion</text>";
    out << "<text x=\"12\" y=\"" << (margin + size / 2) << "\" text-anchor=\"middle\" transform=\"rotate(-90 12 "
        << (margin + size / 2) << ")\">share right</text>";
    out << "</svg>";
    return svg;
}

} // namespace

QList<ReasonRow> effectiveEscalations(const QList<AgentAction> &counted, const QList<AgentAction> &all)
{
    const QSet<qint64> undone = undoneActionIds(all);
    QHash<QString, int> reasons;
    for (const AgentAction &action : counted) {
        if (action.type == ActionType::Escalate && !undone.contains(action.id))
            ++reasons[action.reasonCode];
    }
    return sortedReasons(reasons);
}

bool buildReport(DecisionStore &store, const ReportOptions &options, Report *report, QString *error)
{
    *report = Report();
    report->store = store.location().display();
    report->generatedAt = QDateTime::currentDateTimeUtc();
    report->from = options.from;
    report->to = options.to;

    // Counts the store API has no query for: decisions and tickets touched in the period.
    QVariantList decisionValues;
    const QString decisionPeriod = periodSql(QStringLiteral("d.decided_at"), options, &decisionValues);
    if (!count(store, QStringLiteral("SELECT count(*) FROM decisions d WHERE 1 = 1%1").arg(decisionPeriod),
               decisionValues, &report->summary.decisions, error))
        return false;
    QVariantList ticketValues = decisionValues;
    const QString actionPeriod = periodSql(QStringLiteral("a.acted_at"), options, &ticketValues);
    if (!count(store,
               QStringLiteral("SELECT count(*) FROM tickets t WHERE EXISTS (SELECT 1 FROM decisions d WHERE "
                              "d.ticket_id = t.id%1) OR EXISTS (SELECT 1 FROM actions a WHERE a.ticket_id = t.id%2)")
                   .arg(decisionPeriod, actionPeriod),
               ticketValues, &report->summary.tickets, error))
        return false;

    // Settled tickets: effective accept or override in the period, with the decision the agent saw.
    PeriodFilter filter;
    filter.from = options.from;
    filter.to = options.to;
    const QList<LabelledTicket> labelled = store.labelledTickets(filter);
    if (!store.errorString().isEmpty()) {
        *error = store.errorString();
        return false;
    }
    QMap<QString, RateRow> byCategory;
    QMap<QString, RateRow> byAgent;
    QHash<QPair<QString, QString>, ConfusionRow> confusions;
    std::vector<double> confidence;
    std::vector<bool> correct;
    QHash<qint64, const LabelledTicket *> settledById;
    for (const LabelledTicket &ticket : labelled) {
        settledById.insert(ticket.ticket.id, &ticket);
        const bool right = ticket.finalCategory == ticket.predictedCategory;
        const bool overridden = ticket.settledBy == ActionType::Override;
        if (overridden)
            ++report->summary.overrides;
        else
            ++report->summary.accepted;
        report->summary.correct += right ? 1 : 0;
        for (RateRow *row : {&byCategory[ticket.predictedCategory], &byAgent[ticket.agent]}) {
            ++row->settled;
            row->overrides += overridden ? 1 : 0;
            row->correct += right ? 1 : 0;
        }
        byCategory[ticket.predictedCategory].key = ticket.predictedCategory;
        byAgent[ticket.agent].key = ticket.agent;
        if (!right) {
            ConfusionRow &cell = confusions[qMakePair(ticket.predictedCategory, ticket.finalCategory)];
            cell.predicted = ticket.predictedCategory;
            cell.finalCategory = ticket.finalCategory;
            ++cell.count;
            if (cell.examples.size() < options.examplesPerConfusion)
                cell.examples.append(ticket.ticket.subject);
        }
        confidence.push_back(ticket.confidence);
        correct.push_back(right);
    }
    report->byCategory = byCategory.values();
    report->byAgent = byAgent.values();
    QList<ConfusionRow> cells = confusions.values();
    std::sort(cells.begin(), cells.end(), [](const ConfusionRow &a, const ConfusionRow &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.predicted != b.predicted ? a.predicted < b.predicted : a.finalCategory < b.finalCategory;
    });
    report->confusions = cells.mid(0, options.topConfusions);

    const int binCount = std::max(1, options.calibrationBins);
    for (int b = 0; b < binCount; ++b)
        report->calibration.append({double(b) / binCount, double(b + 1) / binCount, 0, 0.0, 0.0});
    for (size_t i = 0; i < confidence.size(); ++i) {
        const int b = std::clamp(int(std::floor(confidence[i] * binCount)), 0, binCount - 1);
        CalibrationBin &bin = report->calibration[b];
        ++bin.count;
        bin.meanConfidence += confidence[i];
        bin.accuracy += correct[i] ? 1.0 : 0.0;
    }
    for (CalibrationBin &bin : report->calibration) {
        if (bin.count > 0) {
            bin.meanConfidence /= bin.count;
            bin.accuracy /= bin.count;
        }
    }
    report->ece = expectedCalibrationError(confidence, correct, binCount);

    // Escalations: escalate actions in the period that no undo (at any time) took back, by the agent's reason.
    const QList<AgentAction> actions = store.actions();
    if (!store.errorString().isEmpty()) {
        *error = store.errorString();
        return false;
    }
    QList<AgentAction> inThePeriod;
    for (const AgentAction &action : actions) {
        if (inPeriod(action.at, options.from, options.to))
            inThePeriod.append(action);
    }
    report->agentEscalations = effectiveEscalations(inThePeriod, actions);
    for (const ReasonRow &row : std::as_const(report->agentEscalations))
        report->summary.escalations += row.count;

    // The latest decision of each ticket decided in the period: flags and the automation rate.
    const QList<QueueEntry> entries = store.queue();
    if (!store.errorString().isEmpty()) {
        *error = store.errorString();
        return false;
    }
    AutomationFigures &automation = report->automation;
    automation.threshold = options.threshold;
    automation.thresholdSource = options.thresholdSource;
    QHash<QString, int> flagCounts;
    for (const QueueEntry &entry : entries) {
        if (!entry.decision || !inPeriod(entry.decision->decidedAt, options.from, options.to))
            continue;
        const RoutingDecision &decision = *entry.decision;
        ++automation.decided;
        QSet<QString> codes;
        for (const EscalationFlag &flag : decision.flags)
            codes.insert(flag.code);
        for (const QString &code : std::as_const(codes))
            ++flagCounts[code];
        if (codes.isEmpty())
            ++automation.withoutFlags;
        if (decision.confidence >= options.threshold) {
            ++automation.atThreshold;
            // Right or wrong by the ticket's final category, whenever it was settled.
            if (entry.lastAction
                && (entry.lastAction->type == ActionType::Accept || entry.lastAction->type == ActionType::Override)) {
                ++automation.settledAtThreshold;
                automation.correctAtThreshold += entry.lastAction->category == decision.category ? 1 : 0;
            }
        }
    }
    report->pipelineEscalations = sortedReasons(flagCounts);
    qCInfo(lcLearn) << "report:" << report->summary.tickets << "tickets," << report->summary.decisions << "decisions";
    return true;
}

QByteArray Report::toJson() const
{
    ordered_json json;
    json["summary"] = ordered_json {{"tickets", summary.tickets},         {"decisions", summary.decisions},
                                    {"accepted", summary.accepted},       {"overrides", summary.overrides},
                                    {"escalations", summary.escalations}, {"accuracy", summary.accuracy()}};
    json["store"] = toStd(store);
    json["generated_at"] = toStd(isoTime(generatedAt));
    json["period"] = ordered_json {{"from", from.isValid() ? ordered_json(toStd(isoTime(from))) : ordered_json()},
                                   {"to", to.isValid() ? ordered_json(toStd(isoTime(to))) : ordered_json()}};
    auto rates = [](const QList<RateRow> &rows, const char *keyName) {
        ordered_json list = ordered_json::array();
        for (const RateRow &row : rows)
            list.push_back(ordered_json {{keyName, toStd(row.key)},
                                         {"settled", row.settled},
                                         {"overrides", row.overrides},
                                         {"override_rate", row.overrideRate()},
                                         {"correct", row.correct},
                                         {"accuracy", row.accuracy()}});
        return list;
    };
    json["by_category"] = rates(byCategory, "category");
    json["by_agent"] = rates(byAgent, "agent");
    auto reasons = [](const QList<ReasonRow> &rows) {
        ordered_json list = ordered_json::array();
        for (const ReasonRow &row : rows)
            list.push_back(ordered_json {{"code", toStd(row.code)}, {"count", row.count}});
        return list;
    };
    json["escalations_by_reason"]
        = ordered_json {{"agents", reasons(agentEscalations)}, {"pipeline", reasons(pipelineEscalations)}};
    ordered_json cells = ordered_json::array();
    for (const ConfusionRow &cell : confusions) {
        ordered_json examples = ordered_json::array();
        for (const QString &subject : cell.examples)
            examples.push_back(toStd(subject));
        cells.push_back(ordered_json {{"suggested", toStd(cell.predicted)},
                                      {"final", toStd(cell.finalCategory)},
                                      {"count", cell.count},
                                      {"examples", examples}});
    }
    json["top_confusions"] = cells;
    ordered_json bins = ordered_json::array();
    for (const CalibrationBin &bin : calibration)
        bins.push_back(ordered_json {{"lower", bin.lower},
                                     {"upper", bin.upper},
                                     {"tickets", bin.count},
                                     {"mean_confidence", bin.meanConfidence},
                                     {"accuracy", bin.accuracy}});
    json["calibration"] = ordered_json {{"ece", ece}, {"bins", bins}};
    json["automation"] = ordered_json {{"threshold", automation.threshold},
                                       {"threshold_source", toStd(automation.thresholdSource)},
                                       {"decided", automation.decided},
                                       {"at_threshold", automation.atThreshold},
                                       {"rate", automation.rate()},
                                       {"without_flags", automation.withoutFlags},
                                       {"settled_at_threshold", automation.settledAtThreshold},
                                       {"accuracy_at_threshold", automation.accuracy()}};
    return QByteArray::fromStdString(json.dump(2)) + '\n';
}

QByteArray Report::toCsv() const
{
    QString text;
    QTextStream out(&text);
    auto row = [&](const QString &section, const QString &key, const QString &metric, const QString &value) {
        out << csvField(section) << ',' << csvField(key) << ',' << csvField(metric) << ',' << csvField(value) << "\r\n";
    };
    auto number = [](double v) {
        return QString::number(v, 'g', 6);
    };
    row(QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("metric"), QStringLiteral("value"));
    const QString s = QStringLiteral("summary");
    row(s, {}, QStringLiteral("tickets"), QString::number(summary.tickets));
    row(s, {}, QStringLiteral("decisions"), QString::number(summary.decisions));
    row(s, {}, QStringLiteral("accepted"), QString::number(summary.accepted));
    row(s, {}, QStringLiteral("overrides"), QString::number(summary.overrides));
    row(s, {}, QStringLiteral("escalations"), QString::number(summary.escalations));
    row(s, {}, QStringLiteral("accuracy"), number(summary.accuracy()));
    row(QStringLiteral("period"), {}, QStringLiteral("from"), isoTime(from));
    row(QStringLiteral("period"), {}, QStringLiteral("to"), isoTime(to));
    for (const auto &[section, rows] :
         {std::pair {QStringLiteral("by_category"), &byCategory}, std::pair {QStringLiteral("by_agent"), &byAgent}}) {
        for (const RateRow &r : *rows) {
            row(section, r.key, QStringLiteral("settled"), QString::number(r.settled));
            row(section, r.key, QStringLiteral("overrides"), QString::number(r.overrides));
            row(section, r.key, QStringLiteral("override_rate"), number(r.overrideRate()));
            row(section, r.key, QStringLiteral("accuracy"), number(r.accuracy()));
        }
    }
    for (const ReasonRow &r : agentEscalations)
        row(QStringLiteral("escalations_agents"), r.code, QStringLiteral("count"), QString::number(r.count));
    for (const ReasonRow &r : pipelineEscalations)
        row(QStringLiteral("escalations_pipeline"), r.code, QStringLiteral("count"), QString::number(r.count));
    for (const ConfusionRow &c : confusions)
        row(QStringLiteral("top_confusions"), c.predicted + QStringLiteral(" -> ") + c.finalCategory,
            QStringLiteral("count"), QString::number(c.count));
    for (const CalibrationBin &b : calibration) {
        const QString key = number(b.lower) + QLatin1Char('-') + number(b.upper);
        row(QStringLiteral("calibration"), key, QStringLiteral("tickets"), QString::number(b.count));
        row(QStringLiteral("calibration"), key, QStringLiteral("mean_confidence"), number(b.meanConfidence));
        row(QStringLiteral("calibration"), key, QStringLiteral("accuracy"), number(b.accuracy));
    }
    row(QStringLiteral("calibration"), {}, QStringLiteral("ece"), number(ece));
    const QString a = QStringLiteral("automation");
    row(a, {}, QStringLiteral("threshold"), number(automation.threshold));
    row(a, {}, QStringLiteral("decided"), QString::number(automation.decided));
    row(a, {}, QStringLiteral("at_threshold"), QString::number(automation.atThreshold));
    row(a, {}, QStringLiteral("rate"), number(automation.rate()));
    row(a, {}, QStringLiteral("accuracy_at_threshold"), number(automation.accuracy()));
    out.flush();
    return text.toUtf8();
}

QByteArray Report::toHtml() const
{
    QString html;
    QTextStream out(&html);
    const QString period = QStringLiteral("%1 to %2")
                               .arg(from.isValid() ? from.toUTC().toString(Qt::ISODate) : QStringLiteral("the start"),
                                    to.isValid() ? to.toUTC().toString(Qt::ISODate) : QStringLiteral("now"));
    out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        << "<title>RouteDesk report</title><style>"
        << "body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:980px}"
        << "h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ddd}"
        << "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ddd;padding:.3em .6em;"
        << "text-align:left}td.n{text-align:right}.muted{fill:#888;color:#888}"
        << "svg text{font-size:12px;fill:#333}.bar{fill:#3b7dd8}.bin{fill:#3b7dd8}"
        << ".frame{fill:none;stroke:#999}.diagonal{stroke:#c33;stroke-dasharray:4 3}.point{fill:#123}"
        << ".cards{display:flex;flex-wrap:wrap;gap:1em}.card{border:1px solid #ddd;border-radius:6px;padding:.6em 1em}"
        << ".card b{display:block;font-size:1.4em}</style></head><body>\n";
    out << "<h1>RouteDesk report</h1><p class=\"muted\">Store " << esc(store) << ", " << esc(period) << ", generated "
        << esc(generatedAt.toUTC().toString(Qt::ISODate)) << ".</p>\n";

    out << "<div class=\"cards\">";
    const QList<std::pair<QString, QString>> cards {
        {QStringLiteral("tickets"), QString::number(summary.tickets)},
        {QStringLiteral("decisions"), QString::number(summary.decisions)},
        {QStringLiteral("accepted"), QString::number(summary.accepted)},
        {QStringLiteral("overrides"), QString::number(summary.overrides)},
        {QStringLiteral("escalations"), QString::number(summary.escalations)},
        {QStringLiteral("suggestion accuracy"), pct(summary.accuracy())},
        {QStringLiteral("automation rate"), pct(automation.rate())}};
    for (const auto &[label, value] : cards)
        out << "<div class=\"card\"><b>" << esc(value) << "</b>" << esc(label) << "</div>";
    out << "</div>\n";

    out << "<h2>Suggestion accuracy and override rate by suggested category</h2>";
    QList<Bar> bars;
    for (const RateRow &r : byCategory)
        bars.append({r.key.isEmpty() ? QStringLiteral("(none)") : r.key, r.overrideRate(),
                     QStringLiteral("%1 overridden of %2").arg(pct(r.overrideRate())).arg(r.settled)});
    out << barChart(QStringLiteral("Override rate by category"), bars, 1.0);
    out << "<table><tr><th>suggested category</th><th>settled</th><th>overrides</th><th>override rate</th>"
        << "<th>accuracy</th></tr>";
    for (const RateRow &r : byCategory)
        out << "<tr><td>" << esc(r.key) << "</td><td class=\"n\">" << r.settled << "</td><td class=\"n\">"
            << r.overrides << "</td><td class=\"n\">" << pct(r.overrideRate()) << "</td><td class=\"n\">"
            << pct(r.accuracy()) << "</td></tr>";
    out << "</table>\n";

    out << "<h2>Override rate by agent</h2>";
    bars.clear();
    for (const RateRow &r : byAgent)
        bars.append({r.key.isEmpty() ? QStringLiteral("(unnamed)") : r.key, r.overrideRate(),
                     QStringLiteral("%1 of %2").arg(pct(r.overrideRate())).arg(r.settled)});
    out << barChart(QStringLiteral("Override rate by agent"), bars, 1.0) << '\n';

    out << "<h2>Escalations by reason</h2><p>By agents (escalate actions not undone):</p>";
    bars.clear();
    int maxReason = 1;
    for (const ReasonRow &r : agentEscalations)
        maxReason = std::max(maxReason, r.count);
    for (const ReasonRow &r : agentEscalations)
        bars.append(
            {r.code.isEmpty() ? QStringLiteral("(no reason)") : r.code, double(r.count), QString::number(r.count)});
    out << barChart(QStringLiteral("Agent escalations by reason"), bars, maxReason);
    out << "<p>Flagged by the pipeline (latest decisions in the period):</p>";
    bars.clear();
    maxReason = 1;
    for (const ReasonRow &r : pipelineEscalations)
        maxReason = std::max(maxReason, r.count);
    for (const ReasonRow &r : pipelineEscalations)
        bars.append({r.code, double(r.count), QString::number(r.count)});
    out << barChart(QStringLiteral("Pipeline flags by reason"), bars, maxReason) << '\n';

    out << "<h2>Top confusions</h2><table><tr><th>suggested</th><th>final</th><th>tickets</th><th>examples</th></tr>";
    for (const ConfusionRow &c : confusions) {
        QStringList examples;
        for (const QString &subject : c.examples)
            examples.append(esc(subject));
        out << "<tr><td>" << esc(c.predicted) << "</td><td>" << esc(c.finalCategory) << "</td><td class=\"n\">"
            << c.count << "</td><td>" << examples.join(QStringLiteral("<br>")) << "</td></tr>";
    }
    if (confusions.isEmpty())
        out << "<tr><td colspan=\"4\" class=\"muted\">no overridden suggestion in the period</td></tr>";
    out << "</table>\n";

    out << "<h2>Reliability of the confidence</h2><p>Settled tickets by the confidence of their suggestion: bars "
           "are the share the suggestion got right, dots sit at the bin's mean confidence; on the dashed diagonal "
           "the confidence would be exact. Expected calibration error: "
        << QString::number(ece, 'f', 3) << ".</p>" << reliabilityChart(calibration) << '\n';

    out << "<h2>Automation at the current threshold</h2><p>Threshold " << QString::number(automation.threshold, 'f', 3)
        << " (" << esc(automation.thresholdSource) << "): " << automation.atThreshold << " of " << automation.decided
        << " tickets decided in the period (" << pct(automation.rate())
        << ") reach it and could be routed without a person on confidence alone; " << automation.withoutFlags
        << " had no escalation flag at all. Of those reaching it that agents settled, " << pct(automation.accuracy())
        << " were right (" << automation.correctAtThreshold << " of " << automation.settledAtThreshold << ").</p>\n";
    out << "</body></html>\n";
    out.flush();
    return html.toUtf8();
}

} // namespace RouteDesk
