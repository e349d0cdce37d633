#include "retrieval.h"

#include <QSet>

#include <cmath>
#include <vector>

namespace RouteDesk {

namespace {

constexpr double K1 = 1.2;
constexpr double B = 0.75;

const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *word :
             {// English
              "a", "an", "the", "and", "or", "but", "is", "are", "was", "were", "be", "been", "to", "of", "in", "on",
              "at", "for", "with", "my", "our", "your", "we", "you", "i", "it", "its", "this", "that", "these", "those",
              "can", "could", "would", "should", "will", "do", "does", "did", "have", "has", "had", "not", "no", "me",
              "us", "they", "them", "there", "here", "from", "by", "as", "if", "so", "any", "all", "please", "thanks",
              "thank", "hi", "hello", "just", "get", "got", "how", "what", "when", "why", "where", "which", "who", "am",
              "im", "i'm", "it's", "don't", "can't", "also", "still", "about", "into", "out", "up", "than",
              // German
              "der", "die", "das", "und", "oder", "ist", "sind", "ich", "sie", "wir", "mein", "meine", "unser", "ein",
              "eine", "mit", "fur", "auf", "zu", "von", "nicht", "es", "bitte", "danke", "hallo", "den", "dem", "des",
              // French
              "le", "la", "les", "et", "ou", "est", "je", "vous", "nous", "mon", "ma", "mes", "un", "une", "des", "du",
              "pour", "avec", "sur", "pas", "ne", "n'", "l'", "d'", "j'", "c'", "merci", "bonjour",
              // Spanish
              "el", "los", "las", "y", "es", "mi", "mis", "una", "por", "para", "con", "que", "de", "del", "su",
              "gracias", "hola", "lo"})
            set.insert(QLatin1String(word));
        return set;
    }();
    return words;
}

QString stem(const QString &word)
{
    if (word.size() > 5 && word.endsWith(QLatin1String("ing")))
        return word.chopped(3);
    if (word.size() > 4 && word.endsWith(QLatin1String("ied")))
        return word.chopped(3) + QLatin1Char('y');
    if (word.size() > 4 && word.endsWith(QLatin1String("ies")))
        return word.chopped(3) + QLatin1Char('y');
    if (word.size() > 4 && word.endsWith(QLatin1String("ed")))
        return word.chopped(2);
    if (word.size() > 3 && word.endsWith(QLatin1Char('s')) && !word.endsWith(QLatin1String("ss"))
        && !word.endsWith(QLatin1String("us")) && !word.endsWith(QLatin1String("is")))
        return word.chopped(1);
    return word;
}

} // namespace

QStringList Bm25Index::terms(const QString &text)
{
    QStringList result;
    const MatchText match(text);
    for (const MatchToken &token : match.tokens()) {
        if (token.text.size() < 2 || stopWords().contains(token.text))
            continue;
        result.append(stem(token.text));
    }
    return result;
}

Bm25Index::Bm25Index(const QList<KnowledgeArticle> &articles)
{
    qint64 total = 0;
    for (const KnowledgeArticle &article : articles) {
        Document document;
        document.id = article.id;
        const QString heading = article.title + QLatin1Char(' ') + article.keywords.join(QLatin1Char(' '));
        QStringList all = terms(heading);
        all += all; // title and keywords weigh twice
        all += terms(article.body);
        for (const QString &term : std::as_const(all))
            ++document.frequencies[term];
        document.length = int(all.size());
        total += document.length;
        for (auto it = document.frequencies.cbegin(); it != document.frequencies.cend(); ++it) {
            ++m_documentFrequency[it.key()];
            m_postings[it.key()].append(Posting {m_documents.size(), it.value()});
        }
        m_documents.append(document);
    }
    m_averageLength = m_documents.isEmpty() ? 0.0 : double(total) / double(m_documents.size());
}

QList<Bm25Index::Result> Bm25Index::search(const QString &query, int limit) const
{
    QList<Result> results;
    if (m_documents.isEmpty())
        return results;
    QStringList queryTerms = terms(query);
    queryTerms.removeDuplicates();
    const double n = double(m_documents.size());
    // Each document's score adds its terms in query order, as scoring document by document did.
    std::vector<double> scores(size_t(m_documents.size()), 0.0);
    for (const QString &term : std::as_const(queryTerms)) {
        const auto postings = m_postings.constFind(term);
        if (postings == m_postings.constEnd())
            continue;
        const double df = m_documentFrequency.value(term);
        const double idf = std::log(1.0 + (n - df + 0.5) / (df + 0.5));
        for (const Posting &posting : *postings) {
            const Document &document = m_documents.at(posting.document);
            const double tf = posting.frequency;
            const double norm = K1 * (1.0 - B + B * double(document.length) / std::max(1.0, m_averageLength));
            scores[size_t(posting.document)] += idf * (tf * (K1 + 1.0)) / (tf + norm);
        }
    }
    for (qsizetype d = 0; d < m_documents.size(); ++d) {
        if (scores[size_t(d)] > 0)
            results.append(Result {m_documents.at(d).id, scores[size_t(d)]});
    }
    std::stable_sort(results.begin(), results.end(),
                     [](const Result &a, const Result &b) { return a.score > b.score; });
    if (results.size() > limit)
        results.resize(limit);
    return results;
}

} // namespace RouteDesk
