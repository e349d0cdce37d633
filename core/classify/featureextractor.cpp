#include "featureextractor.h"

#include "textnormalizer.h"

namespace RouteDesk {

namespace {

// FNV-1a over the UTF-16 code units, seeded by the kind; a pair hashes as "first second" without building it.
constexpr quint64 FnvOffset = 14695981039346656037ULL;
constexpr quint64 FnvPrime = 1099511628211ULL;

inline quint64 fnvStart(TermKind kind)
{
    return (FnvOffset ^ static_cast<quint64>(kind)) * FnvPrime;
}

inline quint64 fnvAdd(quint64 h, QStringView text)
{
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= FnvPrime;
    }
    return h;
}

inline quint64 fnvAddChar(quint64 h, char16_t c)
{
    h ^= c;
    return h * FnvPrime;
}

} // namespace

FeatureExtractor::FeatureExtractor(const FeatureOptions &options)
    : m_options(options)
{ }

quint64 FeatureExtractor::hashTerm(TermKind kind, QStringView text)
{
    return fnvAdd(fnvStart(kind), text);
}

QString ExtractedText::termText(const TermOccurrence &term) const
{
    if (term.token < 0 || term.token >= tokens.size())
        return {};
    switch (term.kind) {
    case TermKind::Word:
        return tokens.at(term.token);
    case TermKind::WordPair:
        if (term.token + 1 >= tokens.size())
            return {};
        return tokens.at(term.token) + u' ' + tokens.at(term.token + 1);
    case TermKind::Chars: {
        const QString padded = u' ' + tokens.at(term.token).left(MaxCharWordLength) + u' ';
        return padded.mid(term.offset, term.length);
    }
    }
    return {};
}

ExtractedText FeatureExtractor::extract(const QString &text) const
{
    ExtractedText out;
    out.tokens = TextNormalizer::tokenize(TextNormalizer::normalize(text));
    const QStringList &tokens = out.tokens;
    const qsizetype count = tokens.size();
    out.terms.reserve(count * (m_options.wordMaxN + 4 * std::max(0, m_options.charMaxN - m_options.charMinN + 1)));

    std::vector<quint64> tokenHashes(count);
    for (qsizetype i = 0; i < count; ++i) {
        tokenHashes[i] = hashTerm(TermKind::Word, tokens.at(i));
        out.terms.push_back({tokenHashes[i], static_cast<qint32>(i), 0, 0, TermKind::Word});
    }
    if (m_options.wordMaxN >= 2) {
        for (qsizetype i = 0; i + 1 < count; ++i) {
            quint64 h = fnvAdd(fnvStart(TermKind::WordPair), tokens.at(i));
            h = fnvAddChar(h, u' ');
            h = fnvAdd(h, tokens.at(i + 1));
            out.terms.push_back({h, static_cast<qint32>(i), 0, 0, TermKind::WordPair});
        }
    }
    if (m_options.charMinN > 0 && m_options.charMaxN >= m_options.charMinN) {
        std::vector<char16_t> padded;
        for (qsizetype i = 0; i < count; ++i) {
            const QString &token = tokens.at(i);
            if (TextNormalizer::isClassToken(token))
                continue;
            const qsizetype length = std::min(token.size(), MaxCharWordLength);
            padded.assign(1, u' ');
            for (qsizetype k = 0; k < length; ++k)
                padded.push_back(token.at(k).unicode());
            padded.push_back(u' ');
            const int size = static_cast<int>(padded.size());
            for (int start = 0; start < size; ++start) {
                quint64 h = fnvStart(TermKind::Chars);
                for (int k = start; k < start + m_options.charMaxN && k < size; ++k) {
                    h = fnvAddChar(h, padded[k]);
                    const int n = k - start + 1;
                    if (n >= m_options.charMinN)
                        out.terms.push_back({h, static_cast<qint32>(i), static_cast<quint16>(start),
                                             static_cast<quint8>(n), TermKind::Chars});
                }
            }
        }
    }
    return out;
}

} // namespace RouteDesk
