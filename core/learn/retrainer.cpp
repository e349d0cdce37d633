#include "retrainer.h"

#include "pipeline/assessment.h"

#include "learnlog.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QMap>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace RouteDesk {

namespace {

std::string toStd(const QString &text)
{
    return text.toStdString();
}

QString percent(double value)
{
    return QString::number(100.0 * value, 'f', 1) + QLatin1Char('%');
}

QString points(double delta)
{
    return QStringLiteral("%1%2 points")
        .arg(delta >= 0 ? QStringLiteral("+") : QString())
        .arg(100.0 * delta, 0, 'f', 1);
}

QString shortSubject(const QString &subject)
{
    QString line = subject.simplified();
    if (line.size() > 60)
        line = line.left(57) + QStringLiteral("...");
    return line;
}

} // namespace

bool isHeldOut(const Ticket &ticket, int heldOutPercent)
{
    if (heldOutPercent <= 0)
        return false;
    if (heldOutPercent >= 100)
        return true;
    const QByteArray key = (ticket.source + QLatin1Char('\x1f') + ticket.externalId).toUtf8();
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha1);
    const quint32 value = (quint32(quint8(digest[0])) << 24) | (quint32(quint8(digest[1])) << 16)
        | (quint32(quint8(digest[2])) << 8) | quint32(quint8(digest[3]));
    return int(value % 100U) < heldOutPercent;
}

double trainingWeight(const LabelledTicket &ticket, const QDateTime &newest, const RetrainOptions &options)
{
    if (ticket.settledBy != ActionType::Override)
        return 1.0;
    double ageDays = 0.0;
    if (newest.isValid() && ticket.settledAt.isValid())
        ageDays = std::max<qint64>(0, ticket.settledAt.msecsTo(newest)) / 86400000.0;
    const double halfLife = options.overrideHalfLifeDays > 0.0 ? options.overrideHalfLifeDays : 1e9;
    return 1.0 + (std::max(1.0, options.overrideWeight) - 1.0) * std::exp2(-ageDays / halfLife);
}

nlohmann::json TrainingSummary::toJson() const
{
    return {{"history_examples", historyExamples},      {"stored_labelled", storedLabelled},
            {"stored_accepts", storedAccepts},          {"stored_overrides", storedOverrides},
            {"stored_escalations", storedEscalations},  {"held_out", heldOut},
            {"override_weight_max", overrideWeightMax}, {"override_weight_min", overrideWeightMin}};
}

QList<LabelledText> buildTrainingSet(const QList<LabelledText> &history, const QList<LabelledTicket> &stored,
                                     const RetrainOptions &options, QList<LabelledTicket> *heldOut,
                                     TrainingSummary *summary)
{
    TrainingSummary s;
    QList<LabelledText> examples;
    examples.reserve(history.size() + stored.size());
    for (const LabelledText &example : history) {
        LabelledText copy = example;
        copy.weight = 1.0;
        examples.append(copy);
    }
    s.historyExamples = int(history.size());
    s.storedLabelled = int(stored.size());
    QDateTime newest;
    for (const LabelledTicket &ticket : stored) {
        if (ticket.settledAt.isValid() && (!newest.isValid() || ticket.settledAt > newest))
            newest = ticket.settledAt;
    }
    heldOut->clear();
    for (const LabelledTicket &ticket : stored) {
        if (ticket.finalCategory.isEmpty())
            continue;
        if (ticket.settledBy != ActionType::Escalate && isHeldOut(ticket.ticket, options.heldOutPercent)) {
            heldOut->append(ticket);
            continue;
        }
        const QString text = ticket.ticket.text();
        if (text.trimmed().isEmpty())
            continue;
        const double weight = trainingWeight(ticket, newest, options);
        examples.append(LabelledText {text, ticket.finalCategory, weight, ticket.reasons, {}});
        if (ticket.settledBy == ActionType::Escalate) {
            ++s.storedEscalations;
        } else if (ticket.settledBy == ActionType::Override) {
            s.overrideWeightMax = s.storedOverrides == 0 ? weight : std::max(s.overrideWeightMax, weight);
            s.overrideWeightMin = s.storedOverrides == 0 ? weight : std::min(s.overrideWeightMin, weight);
            ++s.storedOverrides;
        } else {
            ++s.storedAccepts;
        }
    }
    s.heldOut = int(heldOut->size());
    if (summary)
        *summary = s;
    return examples;
}

nlohmann::json ChangedTicket::toJson() const
{
    return {{"ticket_id", ticketId},
            {"source", toStd(source)},
            {"external_id", toStd(externalId)},
            {"subject", toStd(subject)},
            {"final_category", toStd(finalCategory)},
            {"before", toStd(before)},
            {"after", toStd(after)},
            {"before_confidence", beforeConfidence},
            {"after_confidence", afterConfidence},
            {"outcome", fixed() ? "fixed" : (broken() ? "broken" : "still_wrong")}};
}

ModelComparison compareModels(const TextClassifier &active, const TextClassifier &candidate,
                              const QList<LabelledTicket> &heldOut, int threads)
{
    ModelComparison comparison;
    comparison.activeVersion = active.version();
    comparison.candidateVersion = candidate.version();
    QStringList texts;
    texts.reserve(heldOut.size());
    for (const LabelledTicket &ticket : heldOut)
        texts.append(ticket.ticket.text());
    const QList<Prediction> before = predictAll(active, texts, false, threads);
    const QList<Prediction> after = predictAll(candidate, texts, false, threads);
    QList<EvaluatedExample> beforeExamples;
    QList<EvaluatedExample> afterExamples;
    for (qsizetype i = 0; i < heldOut.size(); ++i) {
        const LabelledTicket &ticket = heldOut.at(i);
        beforeExamples.append({ticket.finalCategory, before.at(i).category(), before.at(i).confidence()});
        afterExamples.append({ticket.finalCategory, after.at(i).category(), after.at(i).confidence()});
        if (before.at(i).category() == after.at(i).category())
            continue;
        ChangedTicket changed;
        changed.ticketId = ticket.ticket.id;
        changed.source = ticket.ticket.source;
        changed.externalId = ticket.ticket.externalId;
        changed.subject = ticket.ticket.subject;
        changed.finalCategory = ticket.finalCategory;
        changed.before = before.at(i).category();
        changed.after = after.at(i).category();
        changed.beforeConfidence = before.at(i).confidence();
        changed.afterConfidence = after.at(i).confidence();
        if (changed.fixed())
            ++comparison.fixed;
        else if (changed.broken())
            ++comparison.broken;
        else
            ++comparison.stillWrong;
        comparison.changed.append(changed);
    }
    comparison.before = evaluate(active.categories(), beforeExamples, active.threshold());
    comparison.after = evaluate(candidate.categories(), afterExamples, candidate.threshold());

    QMap<QString, CategoryComparison> byCategory;
    for (const LabelledTicket &ticket : heldOut)
        byCategory[ticket.finalCategory].category = ticket.finalCategory;
    for (const CategoryMetrics &m : std::as_const(comparison.before.perCategory)) {
        if (byCategory.contains(m.category)) {
            byCategory[m.category].tickets = m.support;
            byCategory[m.category].before = m.recall;
        }
    }
    for (const CategoryMetrics &m : std::as_const(comparison.after.perCategory)) {
        if (byCategory.contains(m.category)) {
            byCategory[m.category].tickets = m.support;
            byCategory[m.category].after = m.recall;
        }
    }
    comparison.categories = byCategory.values();
    return comparison;
}

nlohmann::json ModelComparison::toJson() const
{
    nlohmann::json categoriesJson = nlohmann::json::array();
    for (const CategoryComparison &c : categories)
        categoriesJson.push_back({{"category", toStd(c.category)},
                                  {"tickets", c.tickets},
                                  {"active_accuracy", c.before},
                                  {"candidate_accuracy", c.after}});
    nlohmann::json changedJson = nlohmann::json::array();
    for (const ChangedTicket &c : changed)
        changedJson.push_back(c.toJson());
    return {{"held_out", heldOut()},
            {"too_few_held_out", tooFewHeldOut()},
            {"active",
             {{"description", toStd(activeDescription)},
              {"version", toStd(activeVersion)},
              {"accuracy", before.accuracy},
              {"macro_f1", before.macroF1},
              {"ece", before.ece}}},
            {"candidate",
             {{"version", toStd(candidateVersion)},
              {"accuracy", after.accuracy},
              {"macro_f1", after.macroF1},
              {"ece", after.ece}}},
            {"categories", categoriesJson},
            {"changed", changedJson},
            {"fixed", fixed},
            {"broken", broken},
            {"still_wrong", stillWrong}};
}

QString ModelComparison::toText(int maxChanged) const
{
    QString text;
    QTextStream out(&text);
    out << "held-out tickets: " << heldOut() << " (stored tickets with a final category that no candidate trains on)\n";
    if (heldOut() == 0) {
        out << "nothing to compare on: the store has too few tickets with a final category\n";
        return text;
    }
    if (tooFewHeldOut())
        out << "warning: only " << heldOut() << " held-out tickets; at least " << MinimumHeldOut
            << " are needed before these figures mean much\n";
    out << "                   active   candidate\n";
    out << "accuracy         " << percent(before.accuracy).rightJustified(8) << "  "
        << percent(after.accuracy).rightJustified(9) << "   (" << points(after.accuracy - before.accuracy) << ")\n";
    out << "macro-F1         " << QString::number(before.macroF1, 'f', 3).rightJustified(8) << "  "
        << QString::number(after.macroF1, 'f', 3).rightJustified(9) << '\n';
    out << "per category (accuracy on the held-out tickets agents settled in it):\n";
    int width = 8;
    for (const CategoryComparison &c : categories)
        width = std::max(width, int(c.category.size()));
    for (const CategoryComparison &c : categories) {
        out << "  " << c.category.leftJustified(width) << "  n=" << QString::number(c.tickets).leftJustified(5)
            << percent(c.before).rightJustified(7) << " -> " << percent(c.after).rightJustified(6) << "   ("
            << points(c.after - c.before) << ")\n";
    }
    out << "routing changes: " << changed.size() << " tickets (" << fixed << " fixed, " << broken << " broken, "
        << stillWrong << " wrong before and after)\n";
    int shown = 0;
    for (const ChangedTicket &c : changed) {
        if (shown++ >= maxChanged) {
            out << "  ... and " << (changed.size() - maxChanged) << " more\n";
            break;
        }
        out << "  " << c.source << " #" << c.externalId << " \"" << shortSubject(c.subject) << "\": " << c.before
            << " -> " << c.after << " (final " << c.finalCategory
            << "): " << (c.fixed() ? "fixed" : (c.broken() ? "broken" : "still wrong")) << '\n';
    }
    return text;
}

nlohmann::json RetrainResult::metrics() const
{
    return {{"training", summary.toJson()},
            {"train_report", trainReport},
            {"comparison", comparison.toJson()},
            {"seconds", seconds}};
}

bool retrain(DecisionStore &store, const LearningContext &context, const RetrainOptions &options,
             const TrainProgress &progress, RetrainResult *result, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    *result = RetrainResult();
    if (!resolveActiveModel(store, context.bundledModel, context.bundledDescription, &result->active, error))
        return false;
    // Accepted and overridden tickets teach categories (and that they needed nobody); escalations with a reason
    // code teach the detectors.
    QList<LabelledTicket> stored = store.labelledTickets();
    if (store.errorString().isEmpty())
        stored += store.escalatedTickets();
    if (!store.errorString().isEmpty()) {
        *error = store.errorString();
        return false;
    }
    QList<LabelledTicket> heldOut;
    const QList<LabelledText> examples = buildTrainingSet(context.history, stored, options, &heldOut, &result->summary);
    if (examples.isEmpty()) {
        *error = QStringLiteral("nothing to train on: no history and no stored ticket with a final category");
        return false;
    }
    TrainOptions train = context.workspace ? trainOptionsFor(*context.workspace, options.train) : options.train;
    if (train.targetAccuracy <= 0.0 || train.targetAccuracy > 1.0)
        train.targetAccuracy
            = result->active.classifier->targetAccuracy() > 0.0 ? result->active.classifier->targetAccuracy() : 0.95;
    if (train.name.isEmpty())
        train.name = QStringLiteral("retrained");
    std::unique_ptr<TextClassifier> candidate = trainClassifier(examples, train, &result->trainReport, progress, error);
    if (!candidate)
        return false;
    result->candidate = std::move(candidate);
    result->comparison = compareModels(*result->active.classifier, *result->candidate, heldOut, options.threads);
    result->comparison.activeDescription = result->active.description;
    result->seconds = timer.nsecsElapsed() / 1e9;
    qCInfo(lcLearn) << "retrained on" << examples.size() << "examples in" << result->seconds << "s; held-out accuracy"
                    << result->comparison.before.accuracy << "->" << result->comparison.after.accuracy;
    return true;
}

} // namespace RouteDesk
