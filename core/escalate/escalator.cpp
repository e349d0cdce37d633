#include "escalator.h"

#include <QRegularExpression>
#include <QSet>

namespace RouteDesk {

namespace {

QString percent(double p)
{
    return QString::number(p, 'f', 2);
}

QString money(double amount, const QString &currency)
{
    const bool whole = std::abs(amount - std::round(amount)) < 0.005;
    return QStringLiteral("%1 %2").arg(QString::number(amount, 'f', whole ? 0 : 2), currency);
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

bool isMoneyWord(const QString &word, bool ticketMentionsMoney)
{
    static const QSet<QString> words
        = {QStringLiteral("money"),      QStringLiteral("charge"),    QStringLiteral("charges"),
           QStringLiteral("payment"),    QStringLiteral("payments"),  QStringLiteral("fee"),
           QStringLiteral("fees"),       QStringLiteral("amount"),    QStringLiteral("unused"),
           QStringLiteral("difference"), QStringLiteral("usd"),       QStringLiteral("eur"),
           QStringLiteral("dollars"),    QStringLiteral("euros"),     QStringLiteral("paid"),
           QStringLiteral("cost"),       QStringLiteral("costs"),     QStringLiteral("deposit"),
           QStringLiteral("balance"),    QStringLiteral("overcharge")};
    if (words.contains(word) || word.startsWith(QLatin1String("month")))
        return true;
    bool number = false;
    word.toDouble(&number);
    return number && ticketMentionsMoney;
}

bool isPronoun(const QString &word)
{
    static const QSet<QString> words = {QStringLiteral("it"),         QStringLiteral("that"),  QStringLiteral("them"),
                                        QStringLiteral("this"),       QStringLiteral("all"),   QStringLiteral("of"),
                                        QStringLiteral("everything"), QStringLiteral("those"), QStringLiteral("these")};
    return words.contains(word);
}

// English money-back phrasing that fixed phrase lists cannot hold: "pay it back", "get the 57 USD back",
// "want the unused months back", "get back what we paid", "return the November charge", "reverse it".
// A verb of getting or returning, "back" within five words in the same clause, and money named in between (or
// only pronouns in between while the ticket mentions a charge). Negated verbs ("I don't want it back") do not count.
std::optional<QString> moneyBack(const MatchText &text, bool ticketMentionsMoney, const NegationCues &negation)
{
    static const QSet<QString> backVerbs
        = {QStringLiteral("get"), QStringLiteral("getting"), QStringLiteral("want"), QStringLiteral("have"),
           QStringLiteral("pay"), QStringLiteral("give"),    QStringLiteral("send"), QStringLiteral("paid")};
    static const QSet<QString> returnVerbs
        = {QStringLiteral("return"), QStringLiteral("reverse"), QStringLiteral("undo")};
    const QList<MatchToken> &tokens = text.tokens();
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &verb = tokens.at(i).text;
        const bool back = backVerbs.contains(verb);
        if (!back && !returnVerbs.contains(verb))
            continue;
        if (isNegated(text, i, negation))
            continue;
        bool money = false, pronounsOnly = true, found = false;
        for (qsizetype j = i + 1; j < tokens.size() && j <= i + 6 && !tokens.at(j).clauseStart; ++j) {
            const QString &word = tokens.at(j).text;
            if (back && word == QLatin1String("back")) {
                if (j == i + 1) { // "get back ...": money must follow
                    for (qsizetype k = j + 1; k < tokens.size() && k <= j + 4 && !tokens.at(k).clauseStart; ++k)
                        money = money || isMoneyWord(tokens.at(k).text, ticketMentionsMoney);
                    pronounsOnly = false;
                }
                found = true;
                break;
            }
            money = money || isMoneyWord(word, ticketMentionsMoney);
            pronounsOnly = pronounsOnly && isPronoun(word);
            if (!back && j <= i + 4 && (money || (pronounsOnly && ticketMentionsMoney))) {
                found = true;
                break;
            }
        }
        if (found && (money || (pronounsOnly && ticketMentionsMoney)))
            return back ? QStringLiteral("%1 ... back").arg(verb) : QStringLiteral("%1 the charge").arg(verb);
    }
    return std::nullopt;
}

} // namespace

Escalator::Escalator(const Workspace &workspace)
    : m_workspace(workspace)
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
    auto add = [&outcome](const char *code, const QString &reason) {
        for (const EscalationFlag &flag : std::as_const(outcome.flags)) {
            if (flag.code == QLatin1String(code))
                return;
        }
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
                    .arg(percent(input.confidence), m_workspace.taxonomy().displayName(input.category),
                         highRisk ? QStringLiteral("high-risk ") : QString(), percent(threshold)));
        }
        if (input.ranked.size() > 1) {
            const double margin = input.ranked.at(0).p - input.ranked.at(1).p;
            if (margin < policy.ambiguityMargin)
                add(EscalationCode::Ambiguous,
                    QStringLiteral("%1 (%2) and %3 (%4) are within %5 of each other")
                        .arg(m_workspace.taxonomy().displayName(input.ranked.at(0).category),
                             percent(input.ranked.at(0).p),
                             m_workspace.taxonomy().displayName(input.ranked.at(1).category),
                             percent(input.ranked.at(1).p), percent(policy.ambiguityMargin)));
        }
    }

    // Several intents owned by different specialists.
    if (policy.multiIntent.enabled && !input.category.isEmpty()) {
        const Specialist *owner = m_workspace.specialistForCategory(input.category);
        QStringList others;
        for (const QString &category : input.secondaryIntents) {
            if (category == input.category || others.contains(category))
                continue;
            const Specialist *other = m_workspace.specialistForCategory(category);
            if (policy.multiIntent.distinctSpecialists && other == owner)
                continue;
            others.append(m_workspace.taxonomy().displayName(category));
        }
        if (!others.isEmpty())
            add(EscalationCode::MultiIntent,
                QStringLiteral("Also asks about %1 besides %2")
                    .arg(others.join(QStringLiteral(", ")), m_workspace.taxonomy().displayName(input.category)));
    }

    // Phrases in the requester's own words, negation-aware.
    const QString text = input.ticket ? input.ticket->requesterText() : QString();
    const MatchText matchText(text);
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
    if (input.ticket && !hits.contains(QLatin1String(EscalationCode::RefundReview))
        && policy.phraseMatchers.contains(QLatin1String(EscalationCode::RefundReview))) {
        static const QRegularExpression moneyMention(
            QStringLiteral("\\b(charged?|charges|payments?|paid|invoice|billed|usd|eur)\\b|[$€£]\\s?\\d"),
            QRegularExpression::CaseInsensitiveOption);
        const bool mentionsMoney = moneyMention.match(text.left(MaxMatchChars)).hasMatch();
        if (const auto phrase = moneyBack(matchText, mentionsMoney, policy.negation))
            hits[QLatin1String(EscalationCode::RefundReview)].append(*phrase);
    }
    auto quoted = [](const QStringList &phrases) {
        QStringList result;
        for (qsizetype i = 0; i < phrases.size() && i < 3; ++i)
            result.append(QLatin1Char('"') + phrases.at(i) + QLatin1Char('"'));
        return result.join(QStringLiteral(", "));
    };
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

    // Policy exceptions: waived terms, and refunds beyond the limit in money or in days.
    if (const QStringList waived = hits.value(QLatin1String(EscalationCode::PolicyException)); !waived.isEmpty())
        add(EscalationCode::PolicyException,
            QStringLiteral("Asks for an exception to the terms: %1").arg(quoted(waived)));
    const bool refundContext = hits.contains(QLatin1String(EscalationCode::RefundReview));
    if (refundContext && input.ticket) {
        const Specialist *specialist = policySpecialist(m_workspace, input.specialist);
        const QDateTime reference = input.ticket->createdAt.isValid()
            ? input.ticket->createdAt
            : (input.reference.isValid() ? input.reference : QDateTime::currentDateTimeUtc());
        const Entities entities
            = extractEntities(text, input.ticket->requesterName, reference, m_workspace.vocabulary());
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
                QStringLiteral("Fits no category well (best %1) and mentions %2").arg(percent(top), quoted(scope)));
        else if (policy.outOfScope.floor > 0 && top < policy.outOfScope.floor)
            add(EscalationCode::OutOfScope,
                QStringLiteral("Fits no category: the best probability %1 is below %2")
                    .arg(percent(top), percent(policy.outOfScope.floor)));
    }
    // Mail for another company is not this company's refund or policy question.
    if (std::any_of(outcome.flags.cbegin(), outcome.flags.cend(),
                    [](const EscalationFlag &f) { return f.code == QLatin1String(EscalationCode::OutOfScope); })) {
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
