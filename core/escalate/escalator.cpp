#include "escalator.h"

#include <QSet>

namespace RouteDesk {

namespace {

QString percent(double p)
{
    return QString::number(p, 'f', 2);
}

// Scores of detectors and the scope are not probabilities: they keep two decimals (percent()).
// A probability as the desktop app shows confidence everywhere: a whole percent ("60 %").
QString probability(double p)
{
    return QStringLiteral("%1 %").arg(qRound(p * 100));
}

QString money(double amount, const QString &currency)
{
    const bool whole = std::abs(amount - std::round(amount)) < 0.005;
    return QStringLiteral("%1 %2").arg(QString::number(amount, 'f', whole ? 0 : 2), currency);
}

// The first `limit` entries in quotes: "refund*", "money back".
QString quoted(const QStringList &entries, qsizetype limit = 3)
{
    QStringList result;
    for (qsizetype i = 0; i < entries.size() && i < limit; ++i)
        result.append(QLatin1Char('"') + entries.at(i) + QLatin1Char('"'));
    return result.join(QStringLiteral(", "));
}

// A detector's words for a reason (at most four).
EngineArg detectorWords(const DetectorScore &detector)
{
    return detector.words.isEmpty()
        ? EngineArg::phrase(QT_TRANSLATE_NOOP("RouteDesk::Engine", "the wording as a whole"))
        : EngineArg::plain(quoted(detector.words, 4));
}

EngineArg plain(QString text)
{
    return EngineArg::plain(std::move(text));
}

// The company the workspace serves, or a phrase when it names none.
EngineArg company(const Workspace &workspace, const char *fallback)
{
    return workspace.company().isEmpty() ? EngineArg::phrase(fallback) : plain(workspace.company());
}

const DetectorScore *findDetector(const QList<DetectorScore> &detectors, const char *code)
{
    for (const DetectorScore &d : detectors) {
        if (d.code == QLatin1String(code))
            return &d;
    }
    return nullptr;
}

const Specialist *policySpecialist(const Workspace &workspace, const QString &routed)
{
    if (const Specialist *specialist = workspace.specialist(routed); specialist && specialist->policies.refundLimit)
        return specialist;
    for (const Specialist &specialist : workspace.specialists()) {
        if (specialist.policies.refundLimit || specialist.policies.refundMaxDays > 0)
            return &specialist;
    }
    return nullptr;
}

} // namespace

Escalator::Escalator(const Workspace &workspace)
    : m_workspace(workspace)
    , m_entities(workspace.vocabulary())
{ }

double Escalator::thresholdFor(const QString &category, double modelThreshold) const
{
    const EscalationPolicy &policy = m_workspace.escalation();
    double threshold = policy.confidenceThreshold.value_or(modelThreshold);
    if (policy.highRiskCategories.contains(category))
        threshold = std::max(threshold, policy.highRiskConfidence);
    return threshold;
}

QList<PhraseFinding> Escalator::findPhrases(const MatchText &text) const
{
    const EscalationPolicy &policy = m_workspace.escalation();
    QList<PhraseFinding> findings;
    for (const QString &code : EscalationCode::all()) {
        const auto it = policy.phraseMatchers.constFind(code);
        if (it == policy.phraseMatchers.constEnd())
            continue;
        for (const PhraseMatcher::Hit &hit : it->find(text, &policy.negation))
            findings.append(PhraseFinding {code, hit.phrase, hit.negated, hit.negation});
    }
    return findings;
}

std::optional<double> Escalator::convert(const MoneyAmount &amount, const QString &currency) const
{
    if (amount.currency == currency)
        return amount.amount;
    const auto &rates = m_workspace.escalation().currencyRates;
    // Rates are "units of the policy currency per unit of the other currency".
    if (rates.contains(amount.currency))
        return amount.amount * rates.value(amount.currency);
    return std::nullopt;
}

EscalationOutcome Escalator::evaluate(const EscalationInput &input) const
{
    EscalationOutcome outcome;
    const EscalationPolicy &policy = m_workspace.escalation();
    auto flagged = [&outcome](const char *code) {
        return std::any_of(outcome.flags.cbegin(), outcome.flags.cend(),
                           [code](const EscalationFlag &f) { return f.code == QLatin1String(code); });
    };
    auto explain = [&outcome](EngineText text) {
        outcome.explanation.append(text.text);
        outcome.explanationTexts.append(std::move(text));
    };
    auto add = [&outcome, &flagged, &explain](const char *code, const EngineText &reason) {
        if (flagged(code))
            return;
        outcome.flags.append(EscalationFlag {QLatin1String(code), reason.text, reason});
        explain(EngineText::flagLine(QLatin1String(code), reason));
    };
    auto category = [this](const QString &id) {
        return EngineArg {EngineArg::Kind::Category, m_workspace.taxonomy().displayName(id), {id}};
    };

    // Confidence and ambiguity: the model's judgement, unless a rule decided the category.
    const double threshold = thresholdFor(input.category, input.modelThreshold);
    if (input.setByRule) {
        explain(EngineText::make(
            QT_TRANSLATE_NOOP("RouteDesk::Engine", "Confidence checks skipped: a rule set the category to %1"),
            {{EngineArg::Kind::Category, input.category, {input.category}}}));
    } else if (!input.category.isEmpty()) {
        if (input.confidence < threshold) {
            const bool highRisk = policy.highRiskCategories.contains(input.category);
            const QList<EngineArg> args {plain(probability(input.confidence)), category(input.category),
                                         plain(probability(threshold))};
            add(EscalationCode::LowConfidence,
                highRisk ? EngineText::make(
                    QT_TRANSLATE_NOOP("RouteDesk::Engine", "Confidence %1 for %2 is below the high-risk threshold %3"),
                    args)
                         : EngineText::make(
                             QT_TRANSLATE_NOOP("RouteDesk::Engine", "Confidence %1 for %2 is below the threshold %3"),
                             args));
        }
        if (input.ranked.size() > 1) {
            const double margin = input.ranked.at(0).p - input.ranked.at(1).p;
            if (margin < policy.ambiguityMargin)
                add(EscalationCode::Ambiguous,
                    EngineText::make(
                        QT_TRANSLATE_NOOP("RouteDesk::Engine", "%1 (%2) and %3 (%4) are within %5 of each other"),
                        {category(input.ranked.at(0).category), plain(probability(input.ranked.at(0).p)),
                         category(input.ranked.at(1).category), plain(probability(input.ranked.at(1).p)),
                         plain(probability(policy.ambiguityMargin))}));
        }
    }

    // Several intents owned by different specialists. With a learned multi_intent detector, the detector decides
    // and the secondary intents name what else the ticket asks; without one, any secondary intent flags.
    const DetectorScore *multiDetector = findDetector(input.detectors, EscalationCode::MultiIntent);
    if (multiDetector && !(policy.multiIntent.learned && policy.detector(multiDetector->code).enabled))
        multiDetector = nullptr;
    if (policy.multiIntent.enabled && !input.category.isEmpty()) {
        const Specialist *owner = m_workspace.specialistForCategory(input.category);
        QStringList others;
        QStringList otherIds;
        QStringList candidates = input.secondaryIntents;
        if (multiDetector && multiDetector->fired() && input.ranked.size() > 1)
            candidates.append(input.ranked.at(input.ranked.at(0).category == input.category ? 1 : 0).category);
        for (const QString &category : std::as_const(candidates)) {
            const QString name = m_workspace.taxonomy().displayName(category);
            if (category == input.category || others.contains(name))
                continue;
            const Specialist *other = m_workspace.specialistForCategory(category);
            if (policy.multiIntent.distinctSpecialists && other == owner)
                continue;
            others.append(name);
            otherIds.append(category);
            if (multiDetector)
                break; // the detector says there is another issue; the strongest candidate names it
        }
        if (multiDetector && !multiDetector->fired()) {
            if (!others.isEmpty())
                explain(EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine",
                                                           "Not multi-intent: %1 reads as a possible second intent, "
                                                           "but the learned detector scores %2 (below %3)"),
                                         {{EngineArg::Kind::Category, others.join(QStringLiteral(", ")), otherIds},
                                          plain(percent(multiDetector->score)),
                                          plain(percent(multiDetector->threshold))}));
        } else if (!others.isEmpty()) {
            const QList<EngineArg> args {{EngineArg::Kind::Category, others.join(QStringLiteral(", ")), otherIds},
                                         category(input.category)};
            if (multiDetector && !multiDetector->words.isEmpty())
                add(EscalationCode::MultiIntent,
                    EngineText::make(
                        QT_TRANSLATE_NOOP("RouteDesk::Engine", "Also asks about %1 besides %2 (learned: %3)"),
                        args + QList<EngineArg> {plain(quoted(multiDetector->words, 4))}));
            else
                add(EscalationCode::MultiIntent,
                    EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine", "Also asks about %1 besides %2"), args));
        }
    }

    // Phrases in the requester's own words, negation-aware.
    const QString text = input.ticket ? input.ticket->requesterText() : QString();
    const MatchText matchText(text);
    // Crisis language always goes to a person, whatever else the ticket says; it is never negated.
    if (!policy.crisis.matcher.isEmpty()) {
        if (const auto hit = policy.crisis.matcher.first(matchText)) {
            outcome.crisis = true;
            add(EscalationCode::EmotionalDistress,
                EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine",
                                                   "Possible crisis: the ticket says \"%1\"; a person must answer it"),
                                 {plain(hit->phrase)}));
        }
    }
    outcome.phrases = findPhrases(matchText);
    QHash<QString, QStringList> hits; // code -> distinct phrases (not negated)
    QSet<QString> negatedReported;
    for (const PhraseFinding &finding : std::as_const(outcome.phrases)) {
        if (finding.negated) {
            const QString key = finding.code + finding.phrase;
            if (!negatedReported.contains(key)) {
                negatedReported.insert(key);
                explain(
                    EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine", "Ignored \"%1\" (%2): negated by \"%3\""),
                                     {plain(finding.phrase), plain(finding.code), plain(finding.negation)}));
            }
            continue;
        }
        QStringList &list = hits[finding.code];
        if (!list.contains(finding.phrase))
            list.append(finding.phrase);
    }
    struct PhraseFlag
    {
        const char *code;
        const char *reason;
    };
    static const PhraseFlag phraseFlags[] = {
        {EscalationCode::SecurityIncident,
         QT_TRANSLATE_NOOP("RouteDesk::Engine", "Possible security incident: the ticket mentions %1")},
        {EscalationCode::LegalThreat, QT_TRANSLATE_NOOP("RouteDesk::Engine", "Legal threat: the ticket mentions %1")},
        {EscalationCode::Abuse, QT_TRANSLATE_NOOP("RouteDesk::Engine", "Abusive language: %1")},
        {EscalationCode::Urgent, QT_TRANSLATE_NOOP("RouteDesk::Engine", "Urgent: the ticket says %1")},
        {EscalationCode::EmotionalDistress,
         QT_TRANSLATE_NOOP("RouteDesk::Engine", "The customer sounds distressed: %1")},
        {EscalationCode::RefundReview,
         QT_TRANSLATE_NOOP("RouteDesk::Engine", "Refunds and chargebacks always get a person: the ticket mentions %1")},
    };
    for (const PhraseFlag &entry : phraseFlags) {
        const QStringList found = hits.value(QLatin1String(entry.code));
        if (!found.isEmpty())
            add(entry.code, EngineText::make(entry.reason, {plain(quoted(found))}));
    }

    // Learned detectors: what the phrase lists did not catch, in words they have never seen.
    struct LearnedFlag
    {
        const char *code;
        const char *reason;
    };
    static const LearnedFlag learnedFlags[] = {
        {EscalationCode::SecurityIncident,
         QT_TRANSLATE_NOOP("RouteDesk::Engine", "Possible security incident (learned detector %1, threshold %2): %3")},
        {EscalationCode::LegalThreat,
         QT_TRANSLATE_NOOP("RouteDesk::Engine", "Possible legal threat (learned detector %1, threshold %2): %3")},
        {EscalationCode::Abuse,
         QT_TRANSLATE_NOOP("RouteDesk::Engine", "Possibly abusive (learned detector %1, threshold %2): %3")},
        {EscalationCode::Urgent,
         QT_TRANSLATE_NOOP("RouteDesk::Engine", "Sounds urgent (learned detector %1, threshold %2): %3")},
        {EscalationCode::EmotionalDistress,
         QT_TRANSLATE_NOOP("RouteDesk::Engine",
                           "The customer may be distressed (learned detector %1, threshold %2): %3")},
        {EscalationCode::RefundReview,
         QT_TRANSLATE_NOOP("RouteDesk::Engine", "Asks for money back (learned detector %1, threshold %2): %3")},
        {EscalationCode::PolicyException,
         QT_TRANSLATE_NOOP("RouteDesk::Engine",
                           "May need an exception to the terms (learned detector %1, threshold %2): %3")},
    };
    for (const LearnedFlag &entry : learnedFlags) {
        const DetectorScore *d = findDetector(input.detectors, entry.code);
        if (!d || !d->fired() || !policy.detector(d->code).enabled)
            continue;
        if (flagged(entry.code))
            explain(EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine", "Learned detector %1 agrees (%2): %3"),
                                     {plain(d->code), plain(percent(d->score)), detectorWords(*d)}));
        else
            add(entry.code,
                EngineText::make(entry.reason,
                                 {plain(percent(d->score)), plain(percent(d->threshold)), detectorWords(*d)}));
    }

    // Policy exceptions: waived terms, and refunds beyond the limit in money or in days.
    if (const QStringList waived = hits.value(QLatin1String(EscalationCode::PolicyException)); !waived.isEmpty())
        add(EscalationCode::PolicyException,
            EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine", "Asks for an exception to the terms: %1"),
                             {plain(quoted(waived))}));
    if (flagged(EscalationCode::RefundReview) && input.ticket) {
        const Specialist *specialist = policySpecialist(m_workspace, input.specialist);
        const QDateTime reference = input.ticket->createdAt.isValid()
            ? input.ticket->createdAt
            : (input.reference.isValid() ? input.reference : QDateTime::currentDateTimeUtc());
        const Entities entities = m_entities.extract(text, input.ticket->requesterName, reference);
        if (specialist && specialist->policies.refundLimit) {
            const Money &limit = *specialist->policies.refundLimit;
            for (const MoneyAmount &amount : entities.amounts) {
                const auto converted = convert(amount, limit.currency);
                if (!converted) {
                    add(EscalationCode::PolicyException,
                        EngineText::make(
                            QT_TRANSLATE_NOOP("RouteDesk::Engine",
                                              "%1 cannot be compared with the %2 refund limit (no rate for %3)"),
                            {plain(amount.text), plain(money(limit.amount, limit.currency)), plain(amount.currency)}));
                    break;
                }
                if (*converted > limit.amount + 1e-9) {
                    if (amount.currency == limit.currency)
                        add(EscalationCode::PolicyException,
                            EngineText::make(
                                QT_TRANSLATE_NOOP("RouteDesk::Engine", "Refund of %1 is above the %2 limit"),
                                {plain(money(amount.amount, amount.currency)),
                                 plain(money(limit.amount, limit.currency))}));
                    else
                        add(EscalationCode::PolicyException,
                            EngineText::make(
                                QT_TRANSLATE_NOOP("RouteDesk::Engine", "Refund of %1 (about %2) is above the %3 limit"),
                                {plain(money(amount.amount, amount.currency)), plain(money(*converted, limit.currency)),
                                 plain(money(limit.amount, limit.currency))}));
                    break;
                }
            }
        }
        if (specialist && specialist->policies.refundMaxDays > 0) {
            for (const MentionedDate &date : entities.dates) {
                const qint64 age = date.date.daysTo(reference.toUTC().date());
                if (age > specialist->policies.refundMaxDays) {
                    add(EscalationCode::PolicyException,
                        EngineText::make(QT_TRANSLATE_NOOP(
                                             "RouteDesk::Engine",
                                             "The charge (\"%1\", %2) is %3 days old, beyond the %4-day refund window"),
                                         {plain(date.text), plain(date.date.toString(Qt::ISODate)),
                                          EngineArg::number(age),
                                          EngineArg::number(specialist->policies.refundMaxDays)}));
                    break;
                }
            }
        }
    }

    // VIP tiers and routing loops.
    if (input.ticket && !policy.vipTiers.isEmpty()
        && policy.vipTiers.contains(foldText(input.ticket->customerTier.trimmed())))
        add(EscalationCode::Vip,
            EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine", "Customer tier \"%1\" is a VIP tier"),
                             {plain(input.ticket->customerTier)}));
    if (input.routingLoop)
        add(EscalationCode::RoutingLoop,
            input.routingLoopMessage.isStructured() ? input.routingLoopMessage
                                                    : EngineText::plain(input.routingLoopReason));

    // Out of scope: spam and wrong-company mail from phrases, backed by a weak best guess.
    const QStringList scope = hits.value(QLatin1String(EscalationCode::OutOfScope));
    const double top = input.ranked.isEmpty() ? 0.0 : input.ranked.first().p;
    if (!input.setByRule) {
        if (scope.size() >= policy.outOfScope.strongHits)
            add(EscalationCode::OutOfScope,
                EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine",
                                                   "Looks unrelated to %1 (spam or meant for another company): %2"),
                                 {company(m_workspace, QT_TRANSLATE_NOOP("RouteDesk::Engine", "this workspace")),
                                  plain(quoted(scope))}));
        else if (!scope.isEmpty() && top < policy.outOfScope.maxProbability)
            add(EscalationCode::OutOfScope,
                EngineText::make(
                    QT_TRANSLATE_NOOP("RouteDesk::Engine", "Fits no category well (best %1) and mentions %2"),
                    {plain(probability(top)), plain(quoted(scope))}));
        else if (const DetectorScore *d = findDetector(input.detectors, EscalationCode::OutOfScope);
                 d && d->fired() && policy.detector(d->code).enabled)
            add(EscalationCode::OutOfScope,
                EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine",
                                                   "Looks unrelated to %1 (learned detector %2, threshold %3): %4"),
                                 {company(m_workspace, QT_TRANSLATE_NOOP("RouteDesk::Engine", "this workspace")),
                                  plain(percent(d->score)), plain(percent(d->threshold)), detectorWords(*d)}));
        else if (policy.outOfScope.learned && input.scope < input.scopeThreshold)
            add(EscalationCode::OutOfScope,
                EngineText::make(
                    QT_TRANSLATE_NOOP("RouteDesk::Engine",
                                      "Fits no category well: its best score %1 is below the scope threshold %2"),
                    {plain(percent(input.scope)), plain(percent(input.scopeThreshold))}));
        else if (policy.outOfScope.floor > 0 && top < policy.outOfScope.floor)
            add(EscalationCode::OutOfScope,
                EngineText::make(
                    QT_TRANSLATE_NOOP("RouteDesk::Engine", "Fits no category: the best probability %1 is below %2"),
                    {plain(probability(top)), plain(probability(policy.outOfScope.floor))}));
    }
    // Mail for another company is not this company's refund or policy question.
    if (flagged(EscalationCode::OutOfScope)) {
        const auto removed = outcome.flags.removeIf([](const EscalationFlag &f) {
            return f.code == QLatin1String(EscalationCode::RefundReview)
                || f.code == QLatin1String(EscalationCode::PolicyException);
        });
        if (removed > 0)
            explain(EngineText::make(
                QT_TRANSLATE_NOOP("RouteDesk::Engine",
                                  "Out of scope: refund and policy flags dropped (they concern %1's own charges)"),
                {company(m_workspace, QT_TRANSLATE_NOOP("RouteDesk::Engine", "the workspace"))}));
    }
    return outcome;
}

} // namespace RouteDesk
