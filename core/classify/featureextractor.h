#pragma once

// Terms of a ticket: word unigrams and pairs over the tokens, character n-grams inside each word. A term is
// identified by a 64-bit hash of its kind and text so that prediction needs no string building; the readable
// text of a term is rebuilt from the tokens when it is needed (vocabulary, explanations).

#include <QString>
#include <QStringList>

#include <vector>

namespace RouteDesk {

// Character n-grams read only this many characters of a word: longer "words" (hashes, base64, pasted garbage)
// add noise and cost.
inline constexpr qsizetype MaxCharWordLength = 40;

struct FeatureOptions
{
    int wordMaxN = 2; // word n-grams 1..wordMaxN (1 or 2)
    int charMinN = 2; // character n-grams charMinN..charMaxN inside " word " (0 disables them)
    int charMaxN = 5;

    friend bool operator==(const FeatureOptions &, const FeatureOptions &) = default;
};

enum class TermKind : quint8 {
    Word = 1,
    WordPair = 2,
    Chars = 3,
};

// One occurrence of a term in a text.
struct TermOccurrence
{
    quint64 hash = 0;
    qint32 token = 0; // index of the (first) token it comes from
    quint16 offset = 0; // Chars: start inside " token "
    quint8 length = 0; // Chars: number of characters
    TermKind kind = TermKind::Word;
};

struct ExtractedText
{
    QStringList tokens;
    std::vector<TermOccurrence> terms; // word block (Word, WordPair) first, then the Chars block

    // Readable text of an occurrence: "refund", "refund money", " ref" (character n-grams keep the word
    // boundary as a space).
    QString termText(const TermOccurrence &term) const;
};

class FeatureExtractor
{
public:
    explicit FeatureExtractor(const FeatureOptions &options = {});

    // Normalises, tokenises and lists every term occurrence (repeats included).
    ExtractedText extract(const QString &text) const;

    const FeatureOptions &options() const { return m_options; }

    static quint64 hashTerm(TermKind kind, QStringView text);
    // The kind of a stored vocabulary entry: word entries with a space are pairs.
    static bool isBlockWord(TermKind kind) { return kind != TermKind::Chars; }

private:
    FeatureOptions m_options;
};

} // namespace RouteDesk
