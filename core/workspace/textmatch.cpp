#include "textmatch.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace RouteDesk {

namespace {

bool isClausePunctuation(QChar c)
{
    switch (c.unicode()) {
    case '.':
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case '(':
    case ')':
    case '\n':
    case 0x2014: // em dash
        return true;
    default:
        return false;
    }
}

// French elisions that end a token at the apostrophe: "n'est" -> "n'" "est".
bool isElision(QStringView word)
{
    static const QSet<QString> elisions
        = {QStringLiteral("l"),     QStringLiteral("d"),     QStringLiteral("n"),      QStringLiteral("j"),
           QStringLiteral("m"),     QStringLiteral("t"),     QStringLiteral("s"),      QStringLiteral("c"),
           QStringLiteral("qu"),    QStringLiteral("jusqu"), QStringLiteral("lorsqu"), QStringLiteral("puisqu"),
           QStringLiteral("quelqu")};
    return elisions.contains(word.toString());
}

const QSet<QString> &clauseConjunctions()
{
    static const QSet<QString> words
        = {QStringLiteral("but"),  QStringLiteral("however"), QStringLiteral("aber"), QStringLiteral("jedoch"),
           QStringLiteral("mais"), QStringLiteral("pero"),    QStringLiteral("sino")};
    return words;
}

QList<MatchToken> tokenize(const QString &folded)
{
    QList<MatchToken> tokens;
    bool clauseStart = true;
    qsizetype i = 0;
    const qsizetype n = folded.size();
    while (i < n) {
        const QChar c = folded.at(i);
        if (!c.isLetterOrNumber()) {
            if (isClausePunctuation(c))
                clauseStart = true;
            ++i;
            continue;
        }
        // Every character read joins the word, so the word is the slice start..i of the folded text.
        const qsizetype start = i;
        while (i < n) {
            const QChar d = folded.at(i);
            if (d.isLetterOrNumber()) {
                ++i;
                continue;
            }
            if (d == QLatin1Char('\'') && i + 1 < n && folded.at(i + 1).isLetter() && i > start) {
                if (isElision(QStringView(folded).mid(start, i - start))) {
                    ++i;
                    break;
                }
                ++i;
                continue;
            }
            break;
        }
        tokens.append(MatchToken {folded.mid(start, i - start), start, clauseStart});
        clauseStart = false;
    }
    return tokens;
}

// Small words that do not count towards the negation window: "don't want a refund", "not at all urgent".
const QSet<QString> &negationFillers()
{
    static const QSet<QString> words
        = {QStringLiteral("a"),        QStringLiteral("an"),       QStringLiteral("the"),      QStringLiteral("my"),
           QStringLiteral("any"),      QStringLiteral("so"),       QStringLiteral("really"),   QStringLiteral("very"),
           QStringLiteral("too"),      QStringLiteral("at"),       QStringLiteral("all"),      QStringLiteral("that"),
           QStringLiteral("ein"),      QStringLiteral("eine"),     QStringLiteral("einen"),    QStringLiteral("sehr"),
           QStringLiteral("wirklich"), QStringLiteral("mein"),     QStringLiteral("meine"),    QStringLiteral("un"),
           QStringLiteral("une"),      QStringLiteral("le"),       QStringLiteral("la"),       QStringLiteral("les"),
           QStringLiteral("si"),       QStringLiteral("tres"),     QStringLiteral("vraiment"), QStringLiteral("du"),
           QStringLiteral("una"),      QStringLiteral("el"),       QStringLiteral("muy"),      QStringLiteral("tan"),
           QStringLiteral("mi"),       QStringLiteral("realmente")};
    return words;
}

} // namespace

QString foldText(const QString &text)
{
    // ASCII has nothing to decompose, no marks, no sharp s and no typographic apostrophes: folding is all.
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return text.toCaseFolded();
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing
            || category == QChar::Mark_SpacingCombining)
            continue;
        switch (c.unicode()) {
        case 0x00DF: // ß
        case 0x1E9E: // ẞ
            result.append(QLatin1String("ss"));
            continue;
        case 0x2019: // ’
        case 0x2018: // ‘
        case 0x02BC: // ʼ
            result.append(QLatin1Char('\''));
            continue;
        default:
            break;
        }
        result.append(c);
    }
    return result.toCaseFolded();
}

MatchText::MatchText(const QString &text, qsizetype maxChars)
{
    // The stages of one ticket each prepare the requester's words again (rules, escalation, crisis check,
    // retrieval, templates): the last few texts a thread prepared are kept, and a repeat shares their result
    // (implicitly shared, so a copy costs a reference count).
    struct Prepared
    {
        QString input;
        qsizetype maxChars = 0;
        QString folded;
        QList<MatchToken> tokens;
    };
    constexpr int Kept = 4;
    thread_local std::array<Prepared, Kept> recent;
    thread_local int next = 0;
    const QStringView input = text.size() > maxChars ? QStringView(text).left(maxChars) : QStringView(text);
    for (const Prepared &p : recent) {
        if (p.maxChars == maxChars && p.input.size() == input.size() && QStringView(p.input) == input) {
            m_folded = p.folded;
            m_tokens = p.tokens;
            return;
        }
    }
    Prepared &slot = recent[size_t(next)];
    next = (next + 1) % Kept;
    slot.input = text.size() > maxChars ? text.left(maxChars) : text;
    slot.maxChars = maxChars;
    m_folded = foldText(slot.input);
    m_tokens = tokenize(m_folded);
    slot.folded = m_folded;
    slot.tokens = m_tokens;
}

std::optional<PhraseMatcher> PhraseMatcher::compile(const QStringList &phrases, QString *error)
{
    PhraseMatcher matcher;
    for (int i = 0; i < phrases.size(); ++i) {
        const QString &phrase = phrases.at(i);
        Compiled compiled;
        compiled.source = i;
        // "..." on its own stands for one to three words of any kind.
        for (const QString &part : phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (part == QLatin1String("...")) {
                if (!compiled.words.isEmpty() && compiled.words.last() != QLatin1String("..."))
                    compiled.words.append(part);
                continue;
            }
            const MatchText text(part);
            for (const MatchToken &token : text.tokens()) {
                const qsizetype end = token.start + token.text.size();
                const bool prefix = end < text.folded().size() && text.folded().at(end) == QLatin1Char('*');
                compiled.words.append(prefix ? token.text + QLatin1Char('*') : token.text);
            }
        }
        while (!compiled.words.isEmpty() && compiled.words.last() == QLatin1String("..."))
            compiled.words.removeLast();
        if (compiled.words.isEmpty()) {
            if (error)
                *error = QStringLiteral("[%1]: empty phrase (needs at least one letter or digit)").arg(i);
            return std::nullopt;
        }
        const QString &first = compiled.words.first();
        const int index = int(matcher.m_compiled.size());
        if (first.endsWith(QLatin1Char('*'))) {
            const QStringView prefix = QStringView(first).chopped(1);
            matcher.m_firstPrefixes.insert(qHash(prefix), index);
            if (!matcher.m_prefixLengths.contains(prefix.size()))
                matcher.m_prefixLengths.append(prefix.size());
        } else {
            matcher.m_firstWords.insert(qHash(QStringView(first)), index);
        }
        matcher.m_phrases.append(phrase);
        matcher.m_compiled.append(compiled);
    }
    std::sort(matcher.m_prefixLengths.begin(), matcher.m_prefixLengths.end());
    return matcher;
}

void PhraseMatcher::candidates(const QString &token, QList<int> *out) const
{
    out->clear();
    const QStringView view(token);
    for (auto it = m_firstWords.constFind(qHash(view)); it != m_firstWords.cend() && it.key() == qHash(view); ++it)
        out->append(it.value());
    for (const qsizetype length : m_prefixLengths) {
        if (length > view.size())
            break;
        const size_t key = qHash(view.left(length));
        for (auto it = m_firstPrefixes.constFind(key); it != m_firstPrefixes.cend() && it.key() == key; ++it)
            out->append(it.value());
    }
    if (out->size() > 1) {
        std::sort(out->begin(), out->end());
        out->erase(std::unique(out->begin(), out->end()), out->end());
    }
}

static bool wordMatches(const QString &pattern, const QString &word)
{
    if (pattern.endsWith(QLatin1Char('*')))
        return word.startsWith(QStringView(pattern).chopped(1));
    return pattern == word;
}

// Matches words[w..] against tokens[t..]; "..." skips one to three tokens.
static bool matchFrom(const QStringList &words, qsizetype w, const QList<MatchToken> &tokens, qsizetype t)
{
    if (w == words.size())
        return true;
    if (words.at(w) == QLatin1String("...")) {
        for (qsizetype skip = 1; skip <= 3 && t + skip <= tokens.size(); ++skip) {
            if (matchFrom(words, w + 1, tokens, t + skip))
                return true;
        }
        return false;
    }
    if (t >= tokens.size() || !wordMatches(words.at(w), tokens.at(t).text))
        return false;
    return matchFrom(words, w + 1, tokens, t + 1);
}

bool isNegated(const MatchText &text, qsizetype token, const NegationCues &negation, QString *cue)
{
    const QList<MatchToken> &tokens = text.tokens();
    if (negation.isEmpty() || token <= 0 || token >= tokens.size() || tokens.at(token).clauseStart)
        return false;
    int counted = 0;
    for (qsizetype j = token - 1; j >= 0 && j >= token - negation.window - 3 && counted < negation.window; --j) {
        const QString &word = tokens.at(j).text;
        if (!negationFillers().contains(word))
            ++counted;
        if (clauseConjunctions().contains(word))
            return false;
        if (negation.words.contains(word)) {
            if (cue)
                *cue = word;
            return true;
        }
        if (tokens.at(j).clauseStart)
            return false;
    }
    return false;
}

QList<PhraseMatcher::Hit> PhraseMatcher::find(const MatchText &text, const NegationCues *negation) const
{
    QList<Hit> hits;
    if (m_compiled.isEmpty())
        return hits;
    const QList<MatchToken> &tokens = text.tokens();
    QList<int> candidates;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        this->candidates(tokens.at(i).text, &candidates);
        for (const int c : std::as_const(candidates)) {
            const Compiled &compiled = m_compiled.at(c);
            if (!wordMatches(compiled.words.first(), tokens.at(i).text) || !matchFrom(compiled.words, 1, tokens, i + 1))
                continue;
            Hit hit;
            hit.phrase = m_phrases.at(compiled.source);
            hit.token = i;
            if (negation)
                hit.negated = isNegated(text, i, *negation, &hit.negation);
            hits.append(hit);
        }
    }
    return hits;
}

std::optional<PhraseMatcher::Hit> PhraseMatcher::first(const MatchText &text, const NegationCues *negation) const
{
    const QList<Hit> hits = find(text, negation);
    for (const Hit &hit : hits) {
        if (!hit.negated)
            return hit;
    }
    return std::nullopt;
}

// Refuses quantified groups that contain a quantifier or an alternation: the shapes that backtrack
// exponentially ("(a+)+", "(\w+\s?)*", "(a|aa)+"). Also refuses back-references and huge repeat counts.
static bool checkPattern(const QString &pattern, QString *why)
{
    struct Group
    {
        bool hasQuantifier = false;
        bool hasAlternation = false;
    };
    QList<Group> stack;
    stack.append(Group {});
    bool inClass = false;
    Group lastClosed;
    bool lastWasGroup = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\\')) {
            if (i + 1 < pattern.size()) {
                const QChar next = pattern.at(i + 1);
                if (!inClass && next.isDigit() && next != QLatin1Char('0')) {
                    *why = QStringLiteral("back-references are not allowed");
                    return false;
                }
                if (!inClass && (next == QLatin1Char('k') || next == QLatin1Char('g'))) {
                    *why = QStringLiteral("back-references are not allowed");
                    return false;
                }
            }
            ++i;
            lastWasGroup = false;
            continue;
        }
        if (inClass) {
            if (c == QLatin1Char(']'))
                inClass = false;
            continue;
        }
        const bool quantifier
            = c == QLatin1Char('*') || c == QLatin1Char('+') || c == QLatin1Char('{') || c == QLatin1Char('?');
        if (quantifier) {
            // "(?" opens a group modifier, not a quantifier.
            if (c == QLatin1Char('?') && i > 0 && pattern.at(i - 1) == QLatin1Char('(')) {
                continue;
            }
            const bool repeats = c != QLatin1Char('?');
            if (c == QLatin1Char('{')) {
                const qsizetype close = pattern.indexOf(QLatin1Char('}'), i);
                if (close > i) {
                    const QStringList bounds = pattern.mid(i + 1, close - i - 1).split(QLatin1Char(','));
                    for (const QString &bound : bounds) {
                        if (bound.trimmed().toInt() > 1000) {
                            *why = QStringLiteral("repeat counts above 1000 are not allowed");
                            return false;
                        }
                    }
                    i = close;
                }
            }
            if (repeats && lastWasGroup && (lastClosed.hasQuantifier || lastClosed.hasAlternation)) {
                *why = QStringLiteral("nested quantifiers (a repeated group that repeats or alternates inside) "
                                      "can run for too long");
                return false;
            }
            if (repeats)
                stack.last().hasQuantifier = true;
            lastWasGroup = false;
            continue;
        }
        lastWasGroup = false;
        if (c == QLatin1Char('[')) {
            inClass = true;
            if (i + 1 < pattern.size() && pattern.at(i + 1) == QLatin1Char(']'))
                ++i;
        } else if (c == QLatin1Char('(')) {
            stack.append(Group {});
        } else if (c == QLatin1Char(')')) {
            if (stack.size() > 1) {
                lastClosed = stack.takeLast();
                if (lastClosed.hasQuantifier)
                    stack.last().hasQuantifier = true;
                if (lastClosed.hasAlternation)
                    stack.last().hasAlternation = true;
                lastWasGroup = true;
            }
        } else if (c == QLatin1Char('|')) {
            stack.last().hasAlternation = true;
        }
    }
    return true;
}

std::optional<BoundedRegex> BoundedRegex::compile(const QString &pattern, QString *error)
{
    if (pattern.isEmpty()) {
        if (error)
            *error = QStringLiteral("empty regular expression");
        return std::nullopt;
    }
    if (pattern.size() > MaxRegexPatternChars) {
        if (error)
            *error = QStringLiteral("regular expression longer than %1 characters").arg(MaxRegexPatternChars);
        return std::nullopt;
    }
    QString why;
    if (!checkPattern(pattern, &why)) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    BoundedRegex result;
    result.m_pattern = pattern;
    const QString limit = QStringLiteral("(*LIMIT_MATCH=%1)").arg(MaxRegexMatchSteps);
    result.m_regex = QRegularExpression(
        limit + pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (!result.m_regex.isValid()) {
        if (error)
            *error
                = QStringLiteral("invalid regular expression at offset %1: %2")
                      .arg(QString::number(std::max<qsizetype>(0, result.m_regex.patternErrorOffset() - limit.size())),
                           result.m_regex.errorString());
        return std::nullopt;
    }
    result.m_regex.optimize();
    return result;
}

bool BoundedRegex::matches(const QString &text) const
{
    if (!m_regex.isValid() || m_pattern.isEmpty())
        return false;
    const QStringView view
        = text.size() > MaxRegexInputChars ? QStringView(text).left(MaxRegexInputChars) : QStringView(text);
    return m_regex.match(view).hasMatch();
}

QString detectLanguage(const MatchText &text)
{
    static const std::array<std::pair<const char *, QSet<QString>>, 4> words = {{
        {"en", {QStringLiteral("the"),  QStringLiteral("and"),    QStringLiteral("is"),   QStringLiteral("to"),
                QStringLiteral("my"),   QStringLiteral("i"),      QStringLiteral("you"),  QStringLiteral("it"),
                QStringLiteral("of"),   QStringLiteral("for"),    QStringLiteral("have"), QStringLiteral("with"),
                QStringLiteral("this"), QStringLiteral("please"), QStringLiteral("can"),  QStringLiteral("was"),
                QStringLiteral("we"),   QStringLiteral("our"),    QStringLiteral("hi"),   QStringLiteral("thanks")}},
        {"de", {QStringLiteral("der"),   QStringLiteral("die"),   QStringLiteral("das"), QStringLiteral("und"),
                QStringLiteral("ist"),   QStringLiteral("nicht"), QStringLiteral("ich"), QStringLiteral("sie"),
                QStringLiteral("mein"),  QStringLiteral("meine"), QStringLiteral("mit"), QStringLiteral("bitte"),
                QStringLiteral("ein"),   QStringLiteral("eine"),  QStringLiteral("wir"), QStringLiteral("fur"),
                QStringLiteral("auf"),   QStringLiteral("zu"),    QStringLiteral("es"),  QStringLiteral("haben"),
                QStringLiteral("hallo"), QStringLiteral("danke"), QStringLiteral("uns"), QStringLiteral("wurde"),
                QStringLiteral("keine"), QStringLiteral("konto")}},
        {"fr", {QStringLiteral("le"),      QStringLiteral("la"),   QStringLiteral("les"),   QStringLiteral("et"),
                QStringLiteral("est"),     QStringLiteral("je"),   QStringLiteral("vous"),  QStringLiteral("mon"),
                QStringLiteral("ma"),      QStringLiteral("pas"),  QStringLiteral("une"),   QStringLiteral("des"),
                QStringLiteral("pour"),    QStringLiteral("avec"), QStringLiteral("sur"),   QStringLiteral("ne"),
                QStringLiteral("n'"),      QStringLiteral("j'"),   QStringLiteral("merci"), QStringLiteral("nous"),
                QStringLiteral("bonjour"), QStringLiteral("c'"),   QStringLiteral("d'"),    QStringLiteral("l'"),
                QStringLiteral("mes"),     QStringLiteral("votre")}},
        {"es", {QStringLiteral("el"),      QStringLiteral("los"),  QStringLiteral("las"),  QStringLiteral("y"),
                QStringLiteral("es"),      QStringLiteral("mi"),   QStringLiteral("una"),  QStringLiteral("por"),
                QStringLiteral("para"),    QStringLiteral("con"),  QStringLiteral("que"),  QStringLiteral("gracias"),
                QStringLiteral("hola"),    QStringLiteral("mis"),  QStringLiteral("pero"), QStringLiteral("tengo"),
                QStringLiteral("cuenta"),  QStringLiteral("del"),  QStringLiteral("su"),   QStringLiteral("nuestro"),
                QStringLiteral("nuestra"), QStringLiteral("esta"), QStringLiteral("como"), QStringLiteral("muy")}},
    }};
    std::array<int, 4> scores {};
    const qsizetype limit = std::min<qsizetype>(text.tokens().size(), 400);
    for (qsizetype i = 0; i < limit; ++i) {
        const QString &word = text.tokens().at(i).text;
        for (size_t l = 0; l < words.size(); ++l) {
            if (words[l].second.contains(word))
                ++scores[l];
        }
    }
    size_t best = 0;
    for (size_t l = 1; l < words.size(); ++l) {
        if (scores[l] > scores[best])
            best = l;
    }
    if (scores[best] < 2)
        return QStringLiteral("en");
    return QLatin1String(words[best].first);
}

} // namespace RouteDesk
