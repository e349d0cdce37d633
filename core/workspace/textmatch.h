#pragma once

// Text matching shared by rules, phrase-based escalation and article retrieval: case- and accent-insensitive
// words and phrases on word boundaries, simple negation, and regular expressions that cannot run away.

#include <QList>
#include <QMultiHash>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace RouteDesk {

// Matching reads at most this many characters of a field: a 10 MB body is not scanned whole.
inline constexpr qsizetype MaxMatchChars = 200000;
// Regular expressions see at most this many characters (QRegularExpression has no time-out).
inline constexpr qsizetype MaxRegexInputChars = 20000;
inline constexpr qsizetype MaxRegexPatternChars = 200;
// PCRE2's match limit for a rule's expression on one text: a polynomial pattern ("\\w*\\w*\\w*\\W\\d") that the
// pattern checks let through stops after this much backtracking (a few milliseconds) and counts as no match.
inline constexpr int MaxRegexMatchSteps = 200000;

// Lower-case, accents removed (NFKD without combining marks), "ß" -> "ss", typographic apostrophes -> "'".
QString foldText(const QString &text);

struct MatchToken
{
    QString text; // folded
    qsizetype start = 0; // offset in the folded text
    bool clauseStart = false; // first token after . , ; : ! ? ( ) or a line break
};

// A text prepared for matching: folded once, split into word tokens (letters and digits; an apostrophe inside a
// word keeps "don't" together but splits the French elision "n'est" into "n'" and "est").
class MatchText
{
public:
    MatchText() = default;
    explicit MatchText(const QString &text, qsizetype maxChars = MaxMatchChars);

    const QString &folded() const { return m_folded; }
    const QList<MatchToken> &tokens() const { return m_tokens; }
    bool isEmpty() const { return m_tokens.isEmpty(); }

private:
    QString m_folded;
    QList<MatchToken> m_tokens;
};

// Words that negate a phrase when they stand at most `window` tokens before it in the same clause
// ("not urgent", "no rush", "nicht dringend", "pas urgent", "no es urgente"). "but", "aber", "mais", "pero"
// also end a clause. Articles, possessives and intensifiers ("a", "my", "really", "sehr", "une", "muy") do not
// count towards the window: "I don't want a refund" and "not at all urgent" are negated, "I will not hesitate to
// sue" is not.
struct NegationCues
{
    QSet<QString> words; // folded
    int window = 3;

    bool isEmpty() const { return words.isEmpty(); }
};

// Whether the token at `index` is negated by a cue before it in its clause (see NegationCues); *cue gets the cue.
bool isNegated(const MatchText &text, qsizetype index, const NegationCues &negation, QString *cue = nullptr);

// A compiled list of words and phrases. A phrase is one or more words; a word ending in "*" matches any word
// starting with it ("refund*" matches "refunds", "refunded"); "..." between words matches one to three words of
// any kind ("in ... minutes" matches "in 30 minutes", "in the next 20 minutes"). Matching is on whole words, folded.
class PhraseMatcher
{
public:
    struct Hit
    {
        QString phrase; // as written in the list
        qsizetype token = 0; // index of its first token
        bool negated = false;
        QString negation; // the cue that negated it
    };

    PhraseMatcher() = default;
    // Fails with *error ("[3]: empty phrase") for an empty entry or one without any word character.
    static std::optional<PhraseMatcher> compile(const QStringList &phrases, QString *error);

    // Every hit in text order (overlapping phrases each give a hit). Negation is judged only when cues are given.
    QList<Hit> find(const MatchText &text, const NegationCues *negation = nullptr) const;
    // The first non-negated hit, if any.
    std::optional<Hit> first(const MatchText &text, const NegationCues *negation = nullptr) const;
    bool matches(const MatchText &text) const { return first(text).has_value(); }

    const QStringList &phrases() const { return m_phrases; }
    bool isEmpty() const { return m_phrases.isEmpty(); }

private:
    struct Compiled
    {
        QStringList words; // folded; a trailing '*' kept as prefix marker
        int source = 0; // index into m_phrases
    };
    // Candidate phrases for a token, in m_compiled order: those whose first word is the token, or a prefix of it.
    void candidates(const QString &token, QList<int> *out) const;

    QStringList m_phrases;
    QList<Compiled> m_compiled;
    // First words by qHash: exact words, and prefixes ("refund*" as "refund") with the lengths that occur. A hash
    // only proposes; the words are compared as before.
    QMultiHash<size_t, int> m_firstWords;
    QMultiHash<size_t, int> m_firstPrefixes;
    QList<qsizetype> m_prefixLengths;
};

// A regular expression a workspace may use safely: at most MaxRegexPatternChars long, compiles, no nested or
// alternating quantified groups ("(a+)+", "(a|aa)*"), no back-references, and run on at most
// MaxRegexInputChars characters with at most MaxRegexMatchSteps of backtracking. Case-insensitive.
class BoundedRegex
{
public:
    BoundedRegex() = default;
    static std::optional<BoundedRegex> compile(const QString &pattern, QString *error);

    bool matches(const QString &text) const;
    QString pattern() const { return m_pattern; }

private:
    QString m_pattern; // as the workspace gives it
    QRegularExpression m_regex; // with the match limit in front
};

// Best guess among en, de, fr, es from function words; "en" when nothing stands out.
QString detectLanguage(const MatchText &text);

} // namespace RouteDesk
