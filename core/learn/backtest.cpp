#include "backtest.h"

#include "learnlog.h"

#include "classify/parallel.h"

#include <QHash>
#include <QSet>
#include <QTextStream>

#include <algorithm>

namespace RouteDesk {

namespace {

constexpr qsizetype kChunk = 128;

std::string toStd(const QString &text)
{
    return text.toStdString();
}

QString percent(double value)
{
    return QString::number(100.0 * value, 'f', 1) + QLatin1Char('%');
}

void count(const RoutingDecision &decision, const QString &finalCategory, BacktestSide *side)
{
    if (!finalCategory.isEmpty() && decision.category == finalCategory)
        ++side->correct;
    if (decision.escalate())
        ++side->escalated;
    QSet<QString> codes;
    for (const EscalationFlag &flag : decision.flags)
        codes.insert(flag.code);
    for (const QString &code : std::as_const(codes))
        ++side->flags[code];
}

nlohmann::json sideJson(const BacktestResult &result, const BacktestSide &side, double accuracy)
{
    nlohmann::json flags = nlohmann::json::object();
    for (auto it = side.flags.cbegin(); it != side.flags.cend(); ++it)
        flags[toStd(it.key())]
            = {{"tickets", it.value()}, {"rate", result.replayed ? double(it.value()) / result.replayed : 0.0}};
    return {{"accuracy", accuracy},
            {"correct", side.correct},
            {"escalated", side.escalated},
            {"escalation_rate", result.escalationRate(side)},
            {"escalations_by_reason", flags}};
}

} // namespace

nlohmann::json BacktestResult::toJson() const
{
    nlohmann::json changedJson = nlohmann::json::array();
    for (const ChangedTicket &c : changed)
        changedJson.push_back(c.toJson());
    return {{"model_version", toStd(modelVersion)},
            {"workspace_version", toStd(workspaceVersion)},
            {"replayed", replayed},
            {"labelled", labelled},
            {"left_out_trained", leftOut},
            {"warning", toStd(warning())},
            {"stored", sideJson(*this, stored, accuracyStored())},
            {"replay", sideJson(*this, replay, accuracyReplay())},
            {"evaluation", evaluation.toJson()},
            {"changed", changedJson}};
}

QString BacktestResult::warning() const
{
    if (!tooFewLabelled())
        return {};
    return QStringLiteral("only %1 held-out tickets have a final category (at least %2 are needed for an accuracy "
                          "that means something)")
        .arg(labelled)
        .arg(MinimumLabelled);
}

QString BacktestResult::toText(int maxChanged) const
{
    QString text;
    QTextStream out(&text);
    out << "replayed " << replayed << " stored tickets (" << labelled << " with a final category) through model "
        << modelVersion << " and workspace " << workspaceVersion << '\n';
    out << "left out " << leftOut << " tickets a retrained model learns from (settled in the training part or "
        << "escalated with a reason)\n";
    if (!warning().isEmpty())
        out << "warning: " << warning() << '\n';
    out << "                          stored   replay\n";
    out << "accuracy (final category) " << percent(accuracyStored()).rightJustified(7) << "  "
        << percent(accuracyReplay()).rightJustified(7) << '\n';
    out << "escalation rate           " << percent(escalationRate(stored)).rightJustified(7) << "  "
        << percent(escalationRate(replay)).rightJustified(7) << '\n';
    QStringList codes = stored.flags.keys();
    for (const QString &code : replay.flags.keys()) {
        if (!codes.contains(code))
            codes.append(code);
    }
    codes.sort();
    for (const QString &code : std::as_const(codes)) {
        out << "  " << code.leftJustified(24)
            << percent(replayed ? double(stored.flags.value(code)) / replayed : 0.0).rightJustified(7) << "  "
            << percent(replayed ? double(replay.flags.value(code)) / replayed : 0.0).rightJustified(7) << '\n';
    }
    int fixed = 0;
    int broken = 0;
    for (const ChangedTicket &c : changed) {
        fixed += c.fixed() ? 1 : 0;
        broken += c.broken() ? 1 : 0;
    }
    out << "routing changes: " << changed.size() << " tickets (" << fixed << " now right, " << broken
        << " now wrong)\n";
    int shown = 0;
    for (const ChangedTicket &c : changed) {
        if (shown++ >= maxChanged) {
            out << "  ... and " << (changed.size() - maxChanged) << " more\n";
            break;
        }
        out << "  " << c.source << " #" << c.externalId << " \"" << c.subject.simplified().left(60)
            << "\": " << c.before << " -> " << c.after;
        if (!c.finalCategory.isEmpty())
            out << " (final " << c.finalCategory << (c.fixed() ? ", now right" : (c.broken() ? ", now wrong" : ""))
                << ")";
        out << '\n';
    }
    return text;
}

bool runBacktest(DecisionStore &store, const Pipeline &pipeline, const BacktestOptions &options,
                 const std::function<bool(int, int)> &progress, BacktestResult *result, QString *error)
{
    *result = BacktestResult();
    result->modelVersion = pipeline.classifier().version();
    result->workspaceVersion = pipeline.workspace().version();
    QHash<qint64, QString> finals;
    QSet<qint64> learnedFrom; // what a retrained candidate trains on (Retrainer's split)
    for (const LabelledTicket &labelled : store.labelledTickets()) {
        if (options.includeTrained || isHeldOut(labelled.ticket, options.heldOutPercent))
            finals.insert(labelled.ticket.id, labelled.finalCategory);
        else
            learnedFrom.insert(labelled.ticket.id);
    }
    if (!store.errorString().isEmpty()) {
        *error = store.errorString();
        return false;
    }
    for (const LabelledTicket &escalated :
         options.includeTrained ? QList<LabelledTicket>() : store.escalatedTickets()) {
        learnedFrom.insert(escalated.ticket.id);
        finals.remove(escalated.ticket.id);
    }
    if (!store.errorString().isEmpty()) {
        *error = store.errorString();
        return false;
    }
    QueueOptions queueOptions;
    queueOptions.withMessages = true;
    QList<QueueEntry> entries = store.queue(queueOptions);
    if (!store.errorString().isEmpty()) {
        *error = store.errorString();
        return false;
    }
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [&](const QueueEntry &e) {
                                     if (e.decision && !options.includeTrained && learnedFrom.contains(e.ticket.id)) {
                                         ++result->leftOut;
                                         return true;
                                     }
                                     return !e.decision || (options.labelledOnly && !finals.contains(e.ticket.id));
                                 }),
                  entries.end());
    std::sort(entries.begin(), entries.end(),
              [](const QueueEntry &a, const QueueEntry &b) { return a.ticket.id < b.ticket.id; });

    const qsizetype total = entries.size();
    QList<RoutingDecision> replayed(total);
    const int threads = options.threads > 0 ? options.threads : defaultThreadCount();
    for (qsizetype start = 0; start < total; start += kChunk) {
        if (progress && !progress(int(start), int(total))) {
            *error = QStringLiteral("cancelled");
            return false;
        }
        const qsizetype n = std::min(kChunk, total - start);
        parallelFor(n, threads, [&](qsizetype i) { replayed[start + i] = pipeline.run(entries.at(start + i).ticket); });
    }
    if (progress && !progress(int(total), int(total))) {
        *error = QStringLiteral("cancelled");
        return false;
    }

    QList<EvaluatedExample> examples;
    for (qsizetype i = 0; i < total; ++i) {
        const QueueEntry &entry = entries.at(i);
        const RoutingDecision &before = *entry.decision;
        const RoutingDecision &after = replayed.at(i);
        const QString finalCategory = finals.value(entry.ticket.id);
        ++result->replayed;
        if (!finalCategory.isEmpty()) {
            ++result->labelled;
            examples.append({finalCategory, after.category, after.confidence});
        }
        count(before, finalCategory, &result->stored);
        count(after, finalCategory, &result->replay);
        if (before.category != after.category) {
            ChangedTicket changed;
            changed.ticketId = entry.ticket.id;
            changed.source = entry.ticket.source;
            changed.externalId = entry.ticket.externalId;
            changed.subject = entry.ticket.subject;
            changed.finalCategory = finalCategory;
            changed.before = before.category;
            changed.after = after.category;
            changed.beforeConfidence = before.confidence;
            changed.afterConfidence = after.confidence;
            result->changed.append(changed);
        }
    }
    result->evaluation = evaluate(pipeline.workspace().taxonomy().ids(), examples, pipeline.classifier().threshold());
    qCInfo(lcLearn) << "backtest of" << result->replayed << "tickets:" << result->accuracyStored() << "->"
                    << result->accuracyReplay();
    return true;
}

} // namespace RouteDesk
