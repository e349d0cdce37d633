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
QString detectorWords(const DetectorScore &detector)
{
    return detector.words.isEmpty() ? QStringLiteral("the wording as a whole") : quoted(detector.words, 4);
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
    auto add = [&outcome, &flagged](const char *code, const QString &reason) {
        if (flagged(code))
            return;
        outcome.flags.append(EscalationFlag {QLatin1String(code), reason});
        outcome.explanation.append(QStringLiteral("Flag %1: %2").arg(QLatin1String(code), reason));
    };

    // Confidence and ambiguity: the model's judgement, unless a rule decided the category.
    const double threshold = thresholdFor(input.category, input.modelThreshold);
    if (input.setByRule) {
        outcome.explanation.append(
            QStringLiteral("Confidence checks skipped: a rule set the category to %1").arg(input.category));
    } else if (!input.category.isEmpty()) {
        if (input.confidence < threshold) {
            const bool highRisk = policy.highRiskCategories.contains(input.category);
            add(EscalationCode::LowConfidence,
                QStringLiteral("Confidence %1 for %2 is below the %3threshold %4")
                    .arg(probability(input.confidence), m_workspace.taxonomy().displayName(input.category),
                         highRisk ? QStringLiteral("high-risk ") : QString(), probability(threshold)));
        }
        if (input.ranked.size() > 1) {
            const double margin = input.ranked.at(0).p - input.ranked.at(1).p;
            if (margin < policy.ambiguityMargin)
                add(EscalationCode::Ambiguous,
                    QStringLiteral("%1 (%2) and %3 (%4) are within %5 of each other")
                        .arg(m_workspace.taxonomy().displayName(input.ranked.at(0).category),
                             probability(input.ranked.at(0).p),
                             m_workspace.taxonomy().displayName(input.ranked.at(1).category),
                             probability(input.ranked.at(1).p), probability(policy.ambiguityMargin)));
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
            if (multiDetector)
                break; // the detector says there is another issue; the strongest candidate names it
        }
        if (multiDetector && !multiDetector->fired()) {
            if (!others.isEmpty())
                outcome.explanation.append(QStringLiteral("Not multi-intent: %1 reads as a possible second intent, "
                                                          "but the learned detector scores %2 (below %3)")
                                               .arg(others.join(QStringLiteral(", ")), percent(multiDetector->score),
                                                    percent(multiDetector->threshold)));
        } else if (!others.isEmpty()) {
            QString reason
                = QStringLiteral("Also asks about %1 besides %2")
                      .arg(others.join(QStringLiteral(", ")), m_workspace.taxonomy().displayName(input.category));
            if (multiDetector && !multiDetector->words.isEmpty())
                reason += QStringLiteral(" (learned: %1)").arg(quoted(multiDetector->words, 4));
            add(EscalationCode::MultiIntent, reason);
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
                QStringLiteral("Possible crisis: the ticket says \"%1\"; a person must answer it").arg(hit->phrase));
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
                outcome.explanation.append(QStringLiteral("Ignored \"%1\" (%2): negated by \"%3\"")
                                               .arg(finding.phrase, finding.code, finding.negation));
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
        {EscalationCode::SecurityIncident, "Possible security incident: the ticket mentions %1"},
        {EscalationCode::LegalThreat, "Legal threat: the ticket mentions %1"},
        {EscalationCode::Abuse, "Abusive language: %1"},
        {EscalationCode::Urgent, "Urgent: the ticket says %1"},
        {EscalationCode::EmotionalDistress, "The customer sounds distressed: %1"},
        {EscalationCode::RefundReview, "Refunds and chargebacks always get a person: the ticket mentions %1"},
    };
    for (const PhraseFlag &entry : phraseFlags) {
        const QStringList found = hits.value(QLatin1String(entry.code));
        if (!found.isEmpty())
            add(entry.code, QString::fromLatin1(entry.reason).arg(quoted(found)));
    }

    // Learned detectors: what the phrase lists did not catch, in words they have never seen.
    struct LearnedFlag
    {
        const char *code;
        const char *reason;
    };
    static const LearnedFlag learnedFlags[] = {
        {EscalationCode::SecurityIncident, "Possible security incident (learned detector %1, threshold %2): %3"},
        {EscalationCode::LegalThreat, "Possible legal threat (learned detector %1, threshold %2): %3"},
        {EscalationCode::Abuse, "Possibly abusive (learned detector %1, threshold %2): %3"},
        {EscalationCode::Urgent, "Sounds urgent (learned detector %1, threshold %2): %3"},
        {EscalationCode::EmotionalDistress, "The customer may be distressed (learned detector %1, threshold %2): %3"},
        {EscalationCode::RefundReview, "Asks for money back (learned detector %1, threshold %2): %3"},
        {EscalationCode::PolicyException, "May need an exception to the terms (learned detector %1, threshold %2): %3"},
    };
    for (const LearnedFlag &entry : learnedFlags) {
        const DetectorScore *d = findDetector(input.detectors, entry.code);
        if (!d || !d->fired() || !policy.detector(d->code).enabled)
            continue;
        if (flagged(entry.code))
            outcome.explanation.append(QStringLiteral("Learned detector %1 agrees (%2): %3")
                                           .arg(d->code, percent(d->score), detectorWords(*d)));
        else
            add(entry.code,
                QString::fromLatin1(entry.reason).arg(percent(d->score), percent(d->threshold), detectorWords(*d)));
    }

    // Policy exceptions: waived terms, and refunds beyond the limit in money or in days.
    if (const QStringList waived = hits.value(QLatin1String(EscalationCode::PolicyException)); !waived.isEmpty())
        add(EscalationCode::PolicyException,
            QStringLiteral("Asks for an exception to the terms: %1").arg(quoted(waived)));
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
                        QStringLiteral("%1 cannot be compared with the %2 refund limit (no rate for %3)")
                            .arg(amount.text, money(limit.amount, limit.currency), amount.currency));
                    break;
                }
                if (*converted > limit.amount + 1e-9) {
                    const QString shown = amount.currency == limit.currency
                        ? money(amount.amount, amount.currency)
                        : QStringLiteral("%1 (about %2)")
                              .arg(money(amount.amount, amount.currency), money(*converted, limit.currency));
                    add(EscalationCode::PolicyException,
                        QStringLiteral("Refund of %1 is above the %2 limit")
                            .arg(shown, money(limit.amount, limit.currency)));
                    break;
                }
            }
        }
        if (specialist && specialist->policies.refundMaxDays > 0) {
            for (const MentionedDate &date : entities.dates) {
                const qint64 age = date.date.daysTo(reference.toUTC().date());
                if (age > specialist->policies.refundMaxDays) {
                    add(EscalationCode::PolicyException,
                        QStringLiteral("The charge (\"%1\", %2) is %3 days old, beyond the %4-day refund window")
                            .arg(date.text, date.date.toString(Qt::ISODate))
                            .arg(age)
                            .arg(specialist->policies.refundMaxDays));
                    break;
                }
            }
        }
    }

    // VIP tiers and routing loops.
    if (input.ticket && !policy.vipTiers.isEmpty()
        && policy.vipTiers.contains(foldText(input.ticket->customerTier.trimmed())))
        add(EscalationCode::Vip, QStringLiteral("Customer tier \"%1\" is a VIP tier").arg(input.ticket->customerTier));
    if (input.routingLoop)
        add(EscalationCode::RoutingLoop, input.routingLoopReason);

    // Out of scope: spam and wrong-company mail from phrases, backed by a weak best guess.
    const QStringList scope = hits.value(QLatin1String(EscalationCode::OutOfScope));
    const double top = input.ranked.isEmpty() ? 0.0 : input.ranked.first().p;
    if (!input.setByRule) {
        if (scope.size() >= policy.outOfScope.strongHits)
            add(EscalationCode::OutOfScope,
                QStringLiteral("Looks unrelated to %1 (spam or meant for another company): %2")
                    .arg(m_workspace.company().isEmpty() ? QStringLiteral("this workspace") : m_workspace.company(),
                         quoted(scope)));
        else if (!scope.isEmpty() && top < policy.outOfScope.maxProbability)
            add(EscalationCode::OutOfScope,
                QStringLiteral("Fits no category well (best %1) and mentions %2").arg(probability(top), quoted(scope)));
        else if (const DetectorScore *d = findDetector(input.detectors, EscalationCode::OutOfScope);
                 d && d->fired() && policy.detector(d->code).enabled)
            add(EscalationCode::OutOfScope,
                QStringLiteral("Looks unrelated to %1 (learned detector %2, threshold %3): %4")
                    .arg(m_workspace.company().isEmpty() ? QStringLiteral("this workspace") : m_workspace.company(),
                         percent(d->score), percent(d->threshold), detectorWords(*d)));
        else if (policy.outOfScope.learned && input.scope < input.scopeThreshold)
            add(EscalationCode::OutOfScope,
                QStringLiteral("Fits no category well: its best score %1 is below the scope threshold %2")
                    .arg(percent(input.scope), percent(input.scopeThreshold)));
        else if (policy.outOfScope.floor > 0 && top < policy.outOfScope.floor)
            add(EscalationCode::OutOfScope,
                QStringLiteral("Fits no category: the best probability %1 is below %2")
                    .arg(probability(top), probability(policy.outOfScope.floor)));
    }
    // Mail for another company is not this company's refund or policy question.
    if (flagged(EscalationCode::OutOfScope)) {
        const auto removed = outcome.flags.removeIf([](const EscalationFlag &f) {
            return f.code == QLatin1String(EscalationCode::RefundReview)
                || f.code == QLatin1String(EscalationCode::PolicyException);
        });
        if (removed > 0)
            outcome.explanation.append(
                QStringLiteral("Out of scope: refund and policy flags dropped (they concern %1's own charges)")
                    .arg(m_workspace.company().isEmpty() ? QStringLiteral("the workspace") : m_workspace.company()));
    }
    return outcome;
}

} // namespace RouteDesk
