#include "assessment.h"

#include "batch.h"

#include "classify/linearclassifier.h"
#include "classify/parallel.h"
#include "classify/trainingdata.h"
#include "escalate/escalator.h"
#include "io/recordreader.h"
#include "workspace/workspace.h"

#include <QSet>

namespace RouteDesk {

namespace {

QString share(int part, int whole)
{
    return whole > 0 ? QString::number(double(part) / whole, 'f', 3) : QStringLiteral("-");
}

double ratio(int part, int whole)
{
    return whole > 0 ? double(part) / whole : 0.0;
}

} // namespace

bool loadLabelledCases(const QString &path, QList<LabelledCase> *cases, QString *error)
{
    cases->clear();
    RecordReader reader;
    if (!reader.open(path)) {
        *error = reader.errorString();
        return false;
    }
    Record record;
    BatchOptions options;
    while (reader.next(&record)) {
        auto bad = [&](const QString &what) {
            *error = QStringLiteral("%1:%2: %3").arg(path).arg(record.line).arg(what);
            return false;
        };
        BatchItem item;
        QString what;
        if (!batchItemFromRecord(record, options, &item, &what))
            return bad(what);
        LabelledCase labelled;
        labelled.id = item.id.is_string() ? QString::fromStdString(item.id.get<std::string>())
                                          : QString::number(item.id.get<qint64>());
        labelled.ticket = std::move(item.ticket);
        labelled.category = record.text(QStringLiteral("category")).trimmed();
        if (labelled.category.isEmpty())
            return bad(QStringLiteral("no category"));
        if (labelled.ticket.text().trimmed().isEmpty())
            return bad(QStringLiteral("empty text"));
        if (!recordEscalationLabels(record, labelled.category, &labelled.reasons, &labelled.secondary, &what))
            return bad(what);
        cases->append(std::move(labelled));
    }
    if (reader.hasError()) {
        *error = reader.errorString();
        return false;
    }
    if (cases->isEmpty()) {
        *error = QStringLiteral("%1: no tickets").arg(path);
        return false;
    }
    return true;
}

void EscalationAssessment::add(const EscalationAssessment &other)
{
    tickets += other.tickets;
    correctCategory += other.correctCategory;
    mustEscalate += other.mustEscalate;
    mustEscalated += other.mustEscalated;
    benign += other.benign;
    benignEscalated += other.benignEscalated;
    for (auto it = other.reasons.cbegin(); it != other.reasons.cend(); ++it) {
        ReasonFigures &mine = reasons[it.key()];
        mine.labelled += it->labelled;
        mine.escalated += it->escalated;
        mine.caught += it->caught;
        mine.flagged += it->flagged;
        mine.flaggedCorrectly += it->flaggedCorrectly;
    }
    for (auto it = other.needlessFlags.cbegin(); it != other.needlessFlags.cend(); ++it)
        needlessFlags[it.key()] += it.value();
}

nlohmann::json EscalationAssessment::toJson() const
{
    nlohmann::json perReason = nlohmann::json::object();
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
        perReason[it.key().toStdString()] = {{"labelled", it->labelled},
                                             {"escalated", it->escalated},
                                             {"recall", ratio(it->escalated, it->labelled)},
                                             {"flag_recall", ratio(it->caught, it->labelled)},
                                             {"flagged", it->flagged},
                                             {"flag_precision", ratio(it->flaggedCorrectly, it->flagged)}};
    }
    nlohmann::json needless = nlohmann::json::object();
    for (auto it = needlessFlags.cbegin(); it != needlessFlags.cend(); ++it)
        needless[it.key().toStdString()] = it.value();
    const ReasonFigures scope = reasons.value(QLatin1String(EscalationCode::OutOfScope));
    return {{"tickets", tickets},
            {"category_accuracy", ratio(correctCategory, tickets)},
            {"must_escalate", mustEscalate},
            {"must_escalate_recall", ratio(mustEscalated, mustEscalate)},
            {"benign", benign},
            {"needless_escalation", ratio(benignEscalated, benign)},
            {"scope_recall", ratio(scope.caught, scope.labelled)},
            {"reasons", perReason},
            {"needless_flags", needless}};
}

QString EscalationAssessment::toText() const
{
    QString text;
    QTextStream out(&text);
    out << "tickets: " << tickets << '\n';
    out << "category accuracy: " << share(correctCategory, tickets) << '\n';
    out << "must-escalate recall: " << share(mustEscalated, mustEscalate) << " (" << mustEscalated << " of "
        << mustEscalate << " tickets that need a person reached one)\n";
    out << "needless escalation: " << share(benignEscalated, benign) << " (" << benignEscalated << " of " << benign
        << " tickets that need nobody were flagged)\n";
    const ReasonFigures scope = reasons.value(QLatin1String(EscalationCode::OutOfScope));
    out << "scope recall: " << share(scope.caught, scope.labelled) << " (out_of_scope flag on " << scope.caught
        << " of " << scope.labelled << " out-of-scope tickets)\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("reason"), -20)
               .arg(QStringLiteral("labelled"), 8)
               .arg(QStringLiteral("recall"), 7)
               .arg(QStringLiteral("flag recall"), 11)
               .arg(QStringLiteral("flag precision"), 14);
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(it.key(), -20)
                   .arg(it->labelled, 8)
                   .arg(share(it->escalated, it->labelled), 7)
                   .arg(share(it->caught, it->labelled), 11)
                   .arg(share(it->flaggedCorrectly, it->flagged), 14);
    }
    if (!needlessFlags.isEmpty()) {
        out << "\nflags on tickets that need nobody:";
        for (auto it = needlessFlags.cbegin(); it != needlessFlags.cend(); ++it)
            out << ' ' << it.key() << ' ' << it.value();
        out << '\n';
    }
    out.flush();
    return text;
}

EscalationAssessment assessEscalation(const Pipeline &pipeline, const QList<LabelledCase> &cases,
                                      const RouteContext &context, int threads)
{
    QList<RoutingDecision> decisions(cases.size());
    RoutingDecision *out = decisions.data();
    parallelFor(cases.size(), threads > 0 ? threads : defaultThreadCount(),
                [&](qsizetype i) { out[i] = pipeline.run(cases.at(i).ticket, context); });
    EscalationAssessment a;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const LabelledCase &c = cases.at(i);
        const RoutingDecision &d = decisions.at(i);
        ++a.tickets;
        a.correctCategory += d.category == c.category ? 1 : 0;
        QSet<QString> flagged;
        for (const EscalationFlag &flag : d.flags)
            flagged.insert(flag.code);
        if (c.reasons.isEmpty()) {
            ++a.benign;
            a.benignEscalated += d.escalate() ? 1 : 0;
            for (const QString &code : std::as_const(flagged))
                ++a.needlessFlags[code];
        } else {
            ++a.mustEscalate;
            a.mustEscalated += d.escalate() ? 1 : 0;
        }
        for (const QString &code : std::as_const(c.reasons)) {
            ReasonFigures &r = a.reasons[code];
            ++r.labelled;
            r.escalated += d.escalate() ? 1 : 0;
            r.caught += flagged.contains(code) ? 1 : 0;
        }
        for (const QString &code : std::as_const(flagged)) {
            ReasonFigures &r = a.reasons[code];
            ++r.flagged;
            r.flaggedCorrectly += c.reasons.contains(code) ? 1 : 0;
        }
    }
    return a;
}

TrainOptions trainOptionsFor(const Workspace &workspace, TrainOptions options)
{
    const EscalationPolicy &policy = workspace.escalation();
    for (const QString &code : options.detectorCodes) {
        const DetectorSetting setting = policy.detector(code);
        options.detectorTargets.insert(code, DetectorTarget {setting.targetRecall, setting.targetPrecision});
    }
    options.scopePass = policy.outOfScope.learned ? policy.outOfScope.targetPass : 0.0;
    // The joint threshold choice counts what the policy flags without the detectors: phrase lists and crisis
    // language, confidence (with the workspace's own and high-risk thresholds), ambiguity and scope. The options
    // keep their own copy of the workspace: they may outlive the caller's.
    struct Policy
    {
        Workspace workspace;
        std::unique_ptr<Escalator> escalator;
    };
    auto shared = std::make_shared<Policy>(Policy {workspace, nullptr});
    shared->escalator = std::make_unique<Escalator>(shared->workspace);
    options.otherFlags = [shared](const OutOfFoldView &view) {
        if (view.ranked.isEmpty() || !view.example)
            return false;
        Ticket ticket;
        ticket.body = view.example->text;
        EscalationInput input;
        input.ticket = &ticket;
        input.category = view.ranked.first().category;
        input.confidence = view.ranked.first().p;
        input.ranked = view.ranked;
        input.modelThreshold = view.threshold;
        input.scope = view.scope;
        input.scopeThreshold = view.scopeThreshold;
        // Only the refund policy reads dates, and only once a refund is flagged: any fixed time does.
        input.reference = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
        return !shared->escalator->evaluate(input).flags.isEmpty();
    };
    return options;
}

QList<LabelledText> examplesOf(const QList<LabelledCase> &cases)
{
    QList<LabelledText> examples;
    examples.reserve(cases.size());
    for (const LabelledCase &c : cases)
        examples.append(LabelledText {c.ticket.text(), c.category, 1.0, c.reasons, c.secondary});
    return examples;
}

bool crossValidateEscalation(std::shared_ptr<const Workspace> workspace, const QList<LabelledCase> &cases, int folds,
                             const TrainOptions &options, const RouteContext &context, EscalationAssessment *result,
                             QString *error)
{
    QStringList categories;
    std::vector<int> labels;
    for (const LabelledCase &c : cases) {
        if (!categories.contains(c.category))
            categories.append(c.category);
        labels.push_back(static_cast<int>(categories.indexOf(c.category)));
    }
    const std::vector<int> fold = stratifiedFolds(labels, folds, options.seed ^ 0xC5EULL);
    *result = EscalationAssessment();
    for (int f = 0; f < folds; ++f) {
        QList<LabelledCase> train;
        QList<LabelledCase> test;
        for (qsizetype i = 0; i < cases.size(); ++i)
            (fold[i] == f ? test : train).append(cases.at(i));
        std::shared_ptr<const TextClassifier> model(
            trainClassifier(examplesOf(train), options, nullptr, {}, error).release());
        if (!model)
            return false;
        const Pipeline pipeline(workspace, model);
        result->add(assessEscalation(pipeline, test, context, options.threads));
    }
    return true;
}

} // namespace RouteDesk
