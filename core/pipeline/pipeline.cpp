#include "pipeline.h"

#include "escalate/escalator.h"
#include "specialist/drafter.h"

#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

Q_LOGGING_CATEGORY(lcPipeline, "routedesk.pipeline")

namespace RouteDesk {

namespace {

// The classifier reads at most this much of a ticket: the start of a 10 MB body says what it is about.
constexpr qsizetype MaxClassifyChars = 100000;
constexpr int MaxSegments = 12;

QString p2(double p)
{
    return QString::number(p, 'f', 2);
}

// Sentences (long ones cut again at ", and", " but", " also"), short pieces merged until each has `minWords` words.
QStringList segmentsOf(const QString &text, int minWords)
{
    static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.!?])\\s+|\\n+"));
    static const QRegularExpression clauseBreak(
        QStringLiteral(",\\s+and\\s+|\\s+and while\\s+|\\s+but\\s+|\\s+also\\s+|;\\s+"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList pieces;
    for (const QString &sentence : text.left(MaxClassifyChars).split(sentenceEnd, Qt::SkipEmptyParts)) {
        const QString trimmed = sentence.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (trimmed.split(space, Qt::SkipEmptyParts).size() > 2 * minWords)
            pieces += trimmed.split(clauseBreak, Qt::SkipEmptyParts);
        else
            pieces.append(trimmed);
    }
    QStringList segments;
    QString current;
    int words = 0;
    for (const QString &piece : std::as_const(pieces)) {
        current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + piece;
        words += int(piece.split(space, Qt::SkipEmptyParts).size());
        if (words >= minWords) {
            segments.append(current);
            current.clear();
            words = 0;
        }
    }
    if (!current.isEmpty()) {
        if (segments.isEmpty())
            segments.append(current);
        else
            segments.last() += QLatin1Char(' ') + current;
    }
    while (segments.size() > MaxSegments) {
        segments[segments.size() - 2] += QLatin1Char(' ') + segments.last();
        segments.removeLast();
    }
    return segments;
}

} // namespace

Pipeline::Pipeline(std::shared_ptr<const Workspace> workspace, std::shared_ptr<const TextClassifier> classifier,
                   std::shared_ptr<const DraftingBackend> drafting)
    : m_workspace(std::move(workspace))
    , m_classifier(std::move(classifier))
    , m_drafting(std::move(drafting))
    , m_escalator(std::make_unique<Escalator>(*m_workspace))
    , m_drafter(std::make_unique<Drafter>(*m_workspace, m_drafting))
{ }

Pipeline::~Pipeline() = default;

std::unique_ptr<TextClassifier> Pipeline::demoModel(QString *error)
{
    return TextClassifier::load(QStringLiteral(":/demo/model.json"), error);
}

std::unique_ptr<Pipeline> Pipeline::demo(QString *error)
{
    std::shared_ptr<const Workspace> workspace = Workspace::demo(error);
    if (!workspace)
        return nullptr;
    std::shared_ptr<const TextClassifier> model = demoModel(error);
    if (!model)
        return nullptr;
    return std::make_unique<Pipeline>(workspace, model);
}

ClassificationResult Pipeline::classify(const Ticket &ticket) const
{
    ClassificationResult result;
    const Taxonomy &taxonomy = m_workspace->taxonomy();
    auto explain = [&result](EngineText line) {
        result.explanation.append(line.text);
        result.explanationTexts.append(std::move(line));
    };
    // Category ids as the engine writes them; the UI shows the workspace's name in its language.
    auto category = [](const QString &id) {
        return EngineArg {EngineArg::Kind::Category, id, {id}};
    };
    const QString text = ticket.text().left(MaxClassifyChars);

    // (1) The classifier's calibrated probabilities, on the workspace's categories.
    const Prediction prediction = m_classifier->predict(text);
    result.modelVersion = m_classifier->version();
    result.evidence = prediction.evidence;
    result.scope = prediction.scope;
    result.scopeThreshold = prediction.scopeThreshold;
    // Detectors judge what the requester wrote (later messages included, agents' replies not).
    if (!prediction.detectors.isEmpty()) {
        const QString requester = ticket.requesterText().left(MaxClassifyChars);
        result.detectors = requester == text ? prediction.detectors : m_classifier->predict(requester).detectors;
    }
    QHash<QString, double> p;
    double modelMass = 0.0;
    for (const ScoredCategory &scored : prediction.ranked) {
        if (taxonomy.contains(scored.category)) {
            p.insert(scored.category, scored.p);
            modelMass += scored.p;
        }
    }
    for (const QString &id : taxonomy.ids()) {
        if (!p.contains(id))
            p.insert(id, 0.0);
        result.modelRanked.append(ScoredCategory {id, p.value(id)});
    }
    if (modelMass < 0.999)
        explain(EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine",
                                                   "The model knows other categories than the workspace: %1 of its "
                                                   "probability falls outside it"),
                                 {EngineArg::plain(p2(1.0 - modelMass))}));
    std::stable_sort(result.modelRanked.begin(), result.modelRanked.end(),
                     [](const ScoredCategory &a, const ScoredCategory &b) { return a.p > b.p; });
    if (!result.modelRanked.isEmpty()) {
        QStringList features;
        for (const FeatureContribution &feature : prediction.evidence) {
            if (feature.category != result.modelRanked.first().category || features.size() >= 6)
                continue;
            features.append(QStringLiteral("\"%1\" %2%3")
                                .arg(feature.feature, feature.weight >= 0 ? QStringLiteral("+") : QString(),
                                     QString::number(feature.weight, 'f', 2)));
        }
        const QList<EngineArg> args {category(result.modelRanked.first().category),
                                     EngineArg::plain(p2(result.modelRanked.first().p))};
        explain(
            features.isEmpty()
                ? EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine", "Model: %1 %2"), args)
                : EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine", "Model: %1 %2, driven by %3"),
                                   args + QList<EngineArg> {EngineArg::plain(features.join(QStringLiteral(", ")))}));
    }

    // (2) Rules in file order: boosts add to probabilities, "set" decides the category (last one wins).
    const RuleTicket ruleTicket(ticket);
    QString setCategory;
    for (const Rule &rule : m_workspace->rules()) {
        if (!rule.enabled)
            continue;
        QStringList matched;
        if (!rule.when.evaluate(ruleTicket, &matched))
            continue;
        result.rulesFired.append(rule.id);
        const QString why
            = matched.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(matched.join(QStringLiteral("; ")));
        const EngineArg ruleArg = EngineArg::plain(rule.id + why);
        for (const RuleAction &action : rule.actions) {
            RuleEffect effect;
            effect.rule = rule.id;
            effect.category = action.category;
            effect.amount = action.amount;
            effect.code = action.code;
            switch (action.kind) {
            case RuleAction::Kind::Boost:
                p[action.category] = p.value(action.category) + action.amount;
                effect.action = QStringLiteral("boost");
                effect.detailText = EngineText::make(
                    QT_TRANSLATE_NOOP("RouteDesk::Engine", "Rule %1: %2 to %3"),
                    {ruleArg,
                     EngineArg::plain((action.amount >= 0 ? QStringLiteral("+") : QString()) + p2(action.amount)),
                     category(action.category)});
                break;
            case RuleAction::Kind::SetCategory:
                setCategory = action.category;
                result.setByRule = rule.id;
                effect.action = QStringLiteral("set");
                effect.detailText
                    = EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine", "Rule %1: sets the category to %2"),
                                       {ruleArg, category(action.category)});
                break;
            case RuleAction::Kind::Flag:
                effect.action = QStringLiteral("flag");
                effect.detailText = EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine", "Rule %1: flags %2"),
                                                     {ruleArg, {EngineArg::Kind::Flag, action.code, {action.code}}});
                result.ruleFlags.append(EscalationFlag {action.code, action.reason});
                break;
            case RuleAction::Kind::Escalate:
                effect.action = QStringLiteral("escalate");
                effect.detailText = EngineText::make(
                    QT_TRANSLATE_NOOP("RouteDesk::Engine", "Rule %1: escalates to %2 (%3)"),
                    {ruleArg, EngineArg::plain(action.target), {EngineArg::Kind::Flag, action.code, {action.code}}});
                result.ruleFlags.append(EscalationFlag {action.code, action.reason});
                if (result.ruleTarget.isEmpty())
                    result.ruleTarget = action.target;
                break;
            }
            effect.detail = effect.detailText.text;
            result.ruleEffects.append(effect);
            explain(effect.detailText);
        }
    }

    // (3) Renormalise (negative results count as zero), summed in taxonomy order so that the result does not
    // depend on the hash's order (QHash seeds differ between runs).
    double sum = 0.0;
    for (auto it = p.begin(); it != p.end(); ++it)
        it.value() = std::max(0.0, it.value());
    for (const QString &id : taxonomy.ids())
        sum += p.value(id);
    for (const QString &id : taxonomy.ids())
        result.ranked.append(ScoredCategory {id, sum > 0 ? p.value(id) / sum : 1.0 / double(taxonomy.ids().size())});
    std::stable_sort(result.ranked.begin(), result.ranked.end(),
                     [](const ScoredCategory &a, const ScoredCategory &b) { return a.p > b.p; });
    if (!setCategory.isEmpty()) {
        // The rule's category leads the list; the others keep their order.
        const auto it = std::find_if(result.ranked.begin(), result.ranked.end(),
                                     [&](const ScoredCategory &s) { return s.category == setCategory; });
        if (it != result.ranked.end() && it != result.ranked.begin())
            std::rotate(result.ranked.begin(), it, it + 1);
    }
    result.category = result.ranked.isEmpty() ? QString() : result.ranked.first().category;
    result.confidence = result.ranked.isEmpty() ? 0.0 : result.ranked.first().p;
    result.margin = result.ranked.size() > 1 ? result.ranked.at(0).p - result.ranked.at(1).p : 1.0;
    result.threshold = m_escalator->thresholdFor(result.category, m_classifier->threshold());
    if (!result.ruleEffects.isEmpty() && result.category != result.modelRanked.value(0).category)
        explain(EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine", "After rules: %1 %2"),
                                 {category(result.category), EngineArg::plain(p2(result.confidence))}));

    // Secondary intents: the model's own thresholds, and single paragraphs that clearly belong elsewhere.
    const MultiIntentRule &multi = m_workspace->escalation().multiIntent;
    if (multi.useModelSecondary) {
        for (const ScoredCategory &scored : std::as_const(result.ranked)) {
            if (scored.category != result.category && scored.p >= m_classifier->secondaryThreshold(scored.category)
                && scored.p > 0)
                result.secondaryIntents.append(scored.category);
        }
    }
    if (multi.enabled) {
        const QStringList segments = segmentsOf(ticket.requesterText(), multi.minSegmentWords);
        double segmentThreshold = multi.segmentConfidence;
        if (!multi.cueMatcher.isEmpty()) {
            const MatchText requester(ticket.requesterText().left(MaxClassifyChars));
            if (const auto cue = multi.cueMatcher.first(requester, &m_workspace->escalation().negation)) {
                segmentThreshold = std::min(segmentThreshold, multi.cueSegmentConfidence);
                explain(EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine",
                                                           "\"%1\" announces another issue: parts of the text need %2 "
                                                           "to count as a second intent"),
                                         {EngineArg::plain(cue->phrase), EngineArg::plain(p2(segmentThreshold))}));
            }
        }
        if (segments.size() >= 2) {
            for (const QString &segment : segments) {
                const Prediction part = m_classifier->rank(segment);
                if (part.ranked.isEmpty())
                    continue;
                const ScoredCategory &top = part.ranked.first();
                if (top.category == result.category || !taxonomy.contains(top.category) || top.p < segmentThreshold)
                    continue;
                if (!result.segmentIntents.contains(top.category)) {
                    result.segmentIntents.append(top.category);
                    explain(EngineText::make(
                        QT_TRANSLATE_NOOP("RouteDesk::Engine", "A part of the text reads as %1 (%2): \"%3\""),
                        {category(top.category), EngineArg::plain(p2(top.p)),
                         EngineArg::plain(segment.left(80).simplified())}));
                }
                if (!result.secondaryIntents.contains(top.category))
                    result.secondaryIntents.append(top.category);
            }
        }
    }
    result.language = ticket.language.isEmpty() ? detectLanguage(MatchText(text.left(5000)))
                                                : ticket.language.section(QLatin1Char('-'), 0, 0).toLower();
    return result;
}

RouteResult Pipeline::route(const Ticket &ticket, const ClassificationResult &classification,
                            const RouteContext &context) const
{
    Q_UNUSED(ticket) // the owner follows from the category and the ticket's ownership history alone
    return Router(*m_workspace).route(classification.category, context);
}

bool EscalationResult::hasFlag(const char *code) const
{
    return std::any_of(flags.cbegin(), flags.cend(),
                       [code](const EscalationFlag &f) { return f.code == QLatin1String(code); });
}

EscalationResult Pipeline::escalate(const Ticket &ticket, const ClassificationResult &classification,
                                    const RouteResult &route, const RouteContext &context) const
{
    EscalationInput input;
    input.ticket = &ticket;
    input.category = classification.category;
    input.confidence = classification.confidence;
    input.ranked = classification.ranked;
    input.setByRule = !classification.setByRule.isEmpty();
    input.modelThreshold = m_classifier->threshold();
    input.secondaryIntents = classification.secondaryIntents;
    input.specialist = route.specialist;
    input.routingLoop = route.loop;
    input.routingLoopReason = route.loopReason;
    input.routingLoopMessage = route.loopMessage;
    input.reference = context.now;
    input.detectors = classification.detectors;
    input.scope = classification.scope;
    input.scopeThreshold = classification.scopeThreshold;
    // (4) the escalation policy, then (5) the flags rules added.
    EscalationOutcome outcome = m_escalator->evaluate(input);
    EscalationResult result;
    result.flags = std::move(outcome.flags);
    result.explanation = std::move(outcome.explanation);
    result.explanationTexts = alignedTexts(result.explanation, outcome.explanationTexts);
    auto explain = [&result](EngineText text) {
        result.explanation.append(text.text);
        result.explanationTexts.append(std::move(text));
    };
    for (const EscalationFlag &flag : classification.ruleFlags) {
        const bool present = std::any_of(result.flags.cbegin(), result.flags.cend(),
                                         [&](const EscalationFlag &f) { return f.code == flag.code; });
        if (present)
            continue;
        result.flags.append(flag);
        explain(EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine", "Flag %1 (rule): %2"),
                                 {{EngineArg::Kind::Flag, flag.code, {flag.code}}, EngineArg::plain(flag.reason)}));
    }
    if (result.flags.isEmpty())
        return result;

    // Who should take it: a rule's target, else the queue of the most serious flag, else the team lead.
    static const char *const severity[] = {EscalationCode::SecurityIncident,
                                           EscalationCode::LegalThreat,
                                           EscalationCode::Abuse,
                                           EscalationCode::PolicyException,
                                           EscalationCode::EmotionalDistress,
                                           EscalationCode::RoutingLoop,
                                           EscalationCode::Vip,
                                           EscalationCode::RefundReview,
                                           EscalationCode::Urgent,
                                           EscalationCode::OutOfScope,
                                           EscalationCode::MultiIntent,
                                           EscalationCode::Ambiguous,
                                           EscalationCode::LowConfidence};
    result.target = classification.ruleTarget;
    for (const char *code : severity) {
        if (!result.target.isEmpty())
            break;
        if (result.hasFlag(code))
            result.target = m_workspace->targetFor(QLatin1String(code)).id;
    }
    if (result.target.isEmpty())
        result.target = m_workspace->teamLead().id;
    QString name = m_workspace->teamLead().name;
    for (const EscalationTarget &queue : m_workspace->queues()) {
        if (queue.id == result.target)
            name = queue.name;
    }
    explain(EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine", "Escalate to %1"),
                             {EngineArg::plain(name.isEmpty() ? result.target : name)}));
    return result;
}

Draft Pipeline::draft(const Ticket &ticket, const ClassificationResult &classification, const RouteResult &route,
                      const EscalationResult &escalation) const
{
    Draft none; // no specialist: what decide() reads as "nothing was drafted"
    if (escalation.hasFlag(EscalationCode::OutOfScope)) {
        none.noteTexts.append(
            EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine", "No draft: the ticket fits no category")));
        none.notes.append(none.noteTexts.last().text);
        return none;
    }
    if (route.loop) {
        none.noteTexts.append(
            EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine", "No draft: the ticket stays with %1"),
                             {{EngineArg::Kind::Specialist, route.specialist, {route.specialist}}}));
        none.notes.append(none.noteTexts.last().text);
        return none;
    }
    if (route.specialist.isEmpty()) {
        none.noteTexts.append(
            EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine", "No draft: no specialist owns the ticket")));
        none.notes.append(none.noteTexts.last().text);
        return none;
    }
    DraftInput input;
    input.ticket = &ticket;
    input.specialist = route.specialist;
    input.category = classification.category;
    input.language = classification.language;
    input.flags = escalation.flags;
    return m_drafter->draft(input);
}

RoutingDecision Pipeline::decide(const ClassificationResult &classification, const RouteResult &route,
                                 const EscalationResult &escalation, const Draft &draft,
                                 const RouteContext &context) const
{
    RoutingDecision decision;
    const bool outOfScope = escalation.hasFlag(EscalationCode::OutOfScope);
    const QString outOfScopeCategory = m_workspace->escalation().outOfScope.category;
    decision.category = outOfScope ? outOfScopeCategory : classification.category;
    decision.confidence = classification.confidence;
    decision.alternatives = classification.ranked;
    decision.secondaryIntents = classification.secondaryIntents;
    if (outOfScope && !route.loop) {
        const Specialist *owner = m_workspace->specialistForCategory(outOfScopeCategory);
        decision.specialist = owner ? owner->id : QString();
    } else {
        decision.specialist = route.specialist;
    }
    decision.previousOwner = route.previousOwner;
    decision.reroutes = route.reroutes;
    decision.draft = draft.text;
    decision.citedArticles = draft.citedArticles;
    decision.flags = escalation.flags;
    decision.escalationTarget = escalation.target;
    QList<EngineText> draftNotes;
    for (const EngineText &note : alignedTexts(draft.notes, draft.noteTexts)) {
        if (draft.specialist.isEmpty()) {
            draftNotes.append(note); // "No draft: ..."
        } else {
            draftNotes.append(EngineText::framed(QT_TRANSLATE_NOOP("RouteDesk::Engine", "Draft: %1"), {}, note));
        }
    }
    if (!draft.citedArticles.isEmpty())
        draftNotes.append(EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine", "Draft cites %1"),
                                           {EngineArg::plain(draft.citedArticles.join(QStringLiteral(", ")))}));
    // The target's line closes the escalation's explanation; the draft's notes come before it.
    QList<EngineText> escalationLines = alignedTexts(escalation.explanation, escalation.explanationTexts);
    std::optional<EngineText> targetLine;
    if (!escalation.target.isEmpty() && !escalationLines.isEmpty())
        targetLine = escalationLines.takeLast();
    decision.explanationTexts = alignedTexts(classification.explanation, classification.explanationTexts)
        + alignedTexts(route.explanation, route.explanationTexts) + escalationLines + draftNotes;
    if (targetLine)
        decision.explanationTexts.append(*targetLine);
    for (const EngineText &line : std::as_const(decision.explanationTexts))
        decision.explanation.append(line.text);
    decision.rulesFired = classification.rulesFired;
    decision.modelVersion = classification.modelVersion;
    decision.workspaceVersion = m_workspace->version();
    decision.decidedAt = context.now.isValid() ? context.now.toUTC() : QDateTime::currentDateTimeUtc();
    return decision;
}

PipelineResult Pipeline::runDetailed(const Ticket &ticket, const RouteContext &context) const
{
    PipelineResult result;
    result.classification = classify(ticket);
    result.route = route(ticket, result.classification, context);
    result.escalation = escalate(ticket, result.classification, result.route, context);
    result.draft = draft(ticket, result.classification, result.route, result.escalation);
    result.decision = decide(result.classification, result.route, result.escalation, result.draft, context);
    return result;
}

RoutingDecision Pipeline::run(const Ticket &ticket, const RouteContext &context) const
{
    return runDetailed(ticket, context).decision;
}

} // namespace RouteDesk
