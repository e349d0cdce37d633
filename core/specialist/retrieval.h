#pragma once

// Ranked retrieval over a specialist's knowledge articles: Okapi BM25 (k1 = 1.2, b = 0.75) on folded word
// tokens without stop words, with a light suffix stemmer; title and keywords count twice.

#include "workspace/workspace.h"

#include <QHash>
#include <QList>
#include <QString>

namespace RouteDesk {

class Bm25Index
{
public:
    struct Result
    {
        QString id;
        double score = 0.0;
    };

    Bm25Index() = default;
    explicit Bm25Index(const QList<KnowledgeArticle> &articles);

    // Articles with a positive score, best first (ties in article order), at most `limit`.
    QList<Result> search(const QString &query, int limit = 10) const;
    qsizetype size() const { return m_documents.size(); }

    // The index terms of a text (exposed for tests).
    static QStringList terms(const QString &text);

private:
    struct Document
    {
        QString id;
        QHash<QString, int> frequencies;
        int length = 0;
    };
    struct Posting
    {
        qsizetype document = 0;
        int frequency = 0;
    };
    QList<Document> m_documents;
    QHash<QString, int> m_documentFrequency;
    // term -> the documents that hold it, in document order: a query scores only the articles it shares a term
    // with, not every article of the specialist.
    QHash<QString, QList<Posting>> m_postings;
    double m_averageLength = 0.0;
};

} // namespace RouteDesk
