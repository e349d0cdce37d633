#include "rulemining.h"

#include "classify/textnormalizer.h"
#include "workspace/textmatch.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>

namespace RouteDesk {

namespace {

std::string toStd(const QString &text)
{
    return text.toStdString();
}

// The distinct 1..maxWords-grams of a text as the classifier's normaliser sees it; n-grams with a class token
// (<num>, <url>, ...) are left out: a rule cannot list them as a phrase.
QSet<QString> ngrams(const QString &text, int maxWords)
{
    const QStringList tokens = TextNormalizer::tokenize(TextNormalizer::normalize(text));
    QSet<QString> result;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        QString gram;
        for (int n = 0; n < maxWords && i + n < tokens.size(); ++n) {
            const QString &token = tokens.at(i + n);
            if (TextNormalizer::isClassToken(token))
                break;
            if (n > 0)
                gram += QLatin1Char(' ');
            gram += token;
            result.insert(gram);
        }
    }
    return result;
}

// True when one phrase's words appear contiguously in the other's.
bool overlaps(const QString &a, const QString &b)
{
    const QString paddedA = QLatin1Char(' ') + a + QLatin1Char(' ');
    const QString paddedB = QLatin1Char(' ') + b + QLatin1Char(' ');
    return paddedA.contains(paddedB) || paddedB.contains(paddedA);
}

QString normalisedPhrase(const QString &phrase)
{
    return TextNormalizer::tokenize(TextNormalizer::normalize(phrase)).join(QLatin1Char(' '));
}

bool wrongOverride(const LabelledTicket &ticket)
{
    return ticket.settledBy == ActionType::Override && !ticket.predictedCategory.isEmpty()
        && ticket.finalCategory != ticket.predictedCategory;
}

// Measures a phrase as the rule matches it (the workspace's PhraseMatcher on the text a "text" rule reads).
RuleSuggestion measure(const QList<LabelledTicket> &labelled, const QList<MatchText> &texts, const QString &category,
                       const QString &phrase)
{
    RuleSuggestion s;
    s.phrase = phrase;
    s.category = category;
    s.key = suggestionKey(category, phrase);
    QString error;
    const std::optional<PhraseMatcher> matcher = PhraseMatcher::compile({phrase}, &error);
    if (!matcher)
        return s;
    for (qsizetype i = 0; i < labelled.size(); ++i) {
        if (!matcher->matches(texts.at(i)))
            continue;
        const LabelledTicket &ticket = labelled.at(i);
        ++s.matches;
        if (ticket.finalCategory == category) {
            ++s.correct;
            if (wrongOverride(ticket))
                ++s.support;
        }
        if (ticket.predictedCategory != category) {
            RuleChange change;
            change.ticketId = ticket.ticket.id;
            change.source = ticket.ticket.source;
            change.externalId = ticket.ticket.externalId;
            change.subject = ticket.ticket.subject;
            change.before = ticket.predictedCategory;
            change.finalCategory = ticket.finalCategory;
            change.after = category;
            s.changes.append(change);
        }
    }
    return s;
}

double score(const RuleSuggestion &s)
{
    return s.support * s.precision();
}

} // namespace

int RuleSuggestion::fixes() const
{
    return int(std::count_if(changes.cbegin(), changes.cend(), [](const RuleChange &c) { return c.right(); }));
}

int RuleSuggestion::breaks() const
{
    return int(std::count_if(changes.cbegin(), changes.cend(),
                             [](const RuleChange &c) { return c.before == c.finalCategory && !c.right(); }));
}

nlohmann::json RuleSuggestion::toJson() const
{
    nlohmann::json changed = nlohmann::json::array();
    for (const RuleChange &c : changes)
        changed.push_back({{"ticket_id", c.ticketId},
                           {"source", toStd(c.source)},
                           {"external_id", toStd(c.externalId)},
                           {"subject", toStd(c.subject)},
                           {"before", toStd(c.before)},
                           {"after", toStd(c.after)},
                           {"final_category", toStd(c.finalCategory)},
                           {"right", c.right()}});
    return {{"id", toStd(key)},   {"phrase", toStd(phrase)}, {"category", toStd(category)}, {"support", support},
            {"matches", matches}, {"correct", correct},      {"precision", precision()},    {"fixes", fixes()},
            {"breaks", breaks()}, {"changes", changed}};
}

QString suggestionKey(const QString &category, const QString &phrase)
{
    const QByteArray digest = QCryptographicHash::hash(
        (category + QLatin1Char('\n') + normalisedPhrase(phrase)).toUtf8(), QCryptographicHash::Sha1);
    return QLatin1Char('s') + QString::fromLatin1(digest.toHex().left(10));
}

QList<RuleSuggestion> mineRuleSuggestions(const QList<LabelledTicket> &labelled, const QSet<QString> &reviewed,
                                          const QHash<QString, QStringList> &reviewedPhrases,
                                          const RuleMiningOptions &options)
{
    const int maxWords = std::clamp(options.maxWords, 1, 5);
    // 1. Candidates: n-grams of overrides where the model was wrong, counted per final category.
    QHash<QString, QHash<QString, int>> support; // category -> n-gram -> wrong overrides
    for (const LabelledTicket &ticket : labelled) {
        if (!wrongOverride(ticket))
            continue;
        QHash<QString, int> &counts = support[ticket.finalCategory];
        for (const QString &gram : ngrams(ticket.ticket.requesterText(), maxWords))
            ++counts[gram];
    }
    QHash<QString, int> candidateGrams; // n-gram -> number of categories it is a candidate for
    for (auto c = support.cbegin(); c != support.cend(); ++c) {
        for (auto g = c->cbegin(); g != c->cend(); ++g) {
            if (g.value() >= options.minSupport)
                ++candidateGrams[g.key()];
        }
    }
    if (candidateGrams.isEmpty())
        return {};

    // 2. Precision of the candidates on every stored ticket with a final category.
    QHash<QString, int> matches;
    QHash<QString, QHash<QString, int>> correct; // category -> n-gram -> tickets settled in it
    for (const LabelledTicket &ticket : labelled) {
        for (const QString &gram : ngrams(ticket.ticket.requesterText(), maxWords)) {
            if (!candidateGrams.contains(gram))
                continue;
            ++matches[gram];
            ++correct[ticket.finalCategory][gram];
        }
    }
    struct Candidate
    {
        QString category;
        QString gram;
        int support = 0;
        double precision = 0.0;
        int words = 1;
    };
    QList<Candidate> candidates;
    for (auto c = support.cbegin(); c != support.cend(); ++c) {
        for (auto g = c->cbegin(); g != c->cend(); ++g) {
            if (g.value() < options.minSupport)
                continue;
            const int total = matches.value(g.key());
            const double precision = total > 0 ? double(correct.value(c.key()).value(g.key())) / total : 0.0;
            if (precision < options.minPrecision)
                continue;
            candidates.append({c.key(), g.key(), g.value(), precision, int(g.key().count(QLatin1Char(' '))) + 1});
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        const double sa = a.support * a.precision;
        const double sb = b.support * b.precision;
        if (sa != sb)
            return sa > sb;
        if (a.words != b.words)
            return a.words < b.words;
        if (a.category != b.category)
            return a.category < b.category;
        return a.gram < b.gram;
    });

    // 3. Measure the best candidates as the rule would match them, leaving out reviewed ones and near copies of
    //    reviewed or already chosen phrases.
    QList<MatchText> texts;
    texts.reserve(labelled.size());
    for (const LabelledTicket &ticket : labelled)
        texts.append(MatchText(ticket.ticket.requesterText()));
    QList<RuleSuggestion> chosen;
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (chosen.size() >= options.maxSuggestions)
            break;
        if (reviewed.contains(suggestionKey(candidate.category, candidate.gram)))
            continue;
        const QStringList done = reviewedPhrases.value(candidate.category);
        if (std::any_of(done.cbegin(), done.cend(),
                        [&](const QString &phrase) { return overlaps(normalisedPhrase(phrase), candidate.gram); }))
            continue;
        if (std::any_of(chosen.cbegin(), chosen.cend(), [&](const RuleSuggestion &s) {
                return s.category == candidate.category && overlaps(s.phrase, candidate.gram);
            }))
            continue;
        RuleSuggestion s = measure(labelled, texts, candidate.category, candidate.gram);
        if (s.support < options.minSupport || s.precision() < options.minPrecision)
            continue;
        chosen.append(std::move(s));
    }
    std::stable_sort(chosen.begin(), chosen.end(),
                     [](const RuleSuggestion &a, const RuleSuggestion &b) { return score(a) > score(b); });
    return chosen;
}

RuleSuggestion measurePhrase(const QList<LabelledTicket> &labelled, const QString &category, const QString &phrase)
{
    QList<MatchText> texts;
    texts.reserve(labelled.size());
    for (const LabelledTicket &ticket : labelled)
        texts.append(MatchText(ticket.ticket.requesterText()));
    return measure(labelled, texts, category, phrase);
}

nlohmann::json suggestionRule(const RuleSuggestion &suggestion, const RuleEdit &edit, const QString &author,
                              const QDateTime &at)
{
    const QString phrase = edit.phrase.trimmed().isEmpty() ? suggestion.phrase : edit.phrase.trimmed();
    const QString category = edit.category.trimmed().isEmpty() ? suggestion.category : edit.category.trimmed();
    const QString when = at.toUTC().toString(Qt::ISODate);
    nlohmann::json action = {{"action", "set_category"}, {"category", toStd(category)}};
    if (edit.boost != 0.0)
        action = {{"action", "boost"}, {"category", toStd(category)}, {"by", edit.boost}};
    const QString description
        = QStringLiteral("Learned from overrides: \"%1\" marks %2 (support %3, precision %4% on %5 stored tickets). "
                         "Accepted by %6 on %7.")
              .arg(phrase, category)
              .arg(suggestion.support)
              .arg(100.0 * suggestion.precision(), 0, 'f', 1)
              .arg(suggestion.matches)
              .arg(author, when);
    return {{"id", toStd(QStringLiteral("learned-") + suggestion.key)},
            {"description", toStd(description)},
            {"author", toStd(author)},
            {"created_at", toStd(when)},
            {"suggestion", toStd(suggestion.key)},
            {"when", {{"field", "text"}, {"phrases", {toStd(phrase)}}}},
            {"then", {action}}};
}

} // namespace RouteDesk
