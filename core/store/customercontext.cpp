#include "customercontext.h"

#include "storecolumns.h"

#include "classify/textnormalizer.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>
#include <vector>

namespace RouteDesk {

using namespace StoreColumns;

namespace {

// Words are folded to their first letters: "charged", "charges" and "charge" meet, in every language, without a
// stemmer per language.
constexpr qsizetype kTermLetters = 6;
constexpr qsizetype kMinTermLetters = 3;

using TermCounts = QHash<QString, int>;

void addTerms(const QString &text, int weight, TermCounts *counts)
{
    const QStringList tokens = TextNormalizer::tokenize(TextNormalizer::normalize(text));
    for (const QString &token : tokens) {
        if (token.size() < kMinTermLetters || TextNormalizer::isClassToken(token))
            continue;
        (*counts)[token.left(kTermLetters)] += weight;
    }
}

// The subject says what a ticket is about in a few words; it counts twice.
TermCounts termsOf(const QString &subject, const QString &body, int bodyChars)
{
    TermCounts counts;
    addTerms(subject, 2, &counts);
    addTerms(body.left(bodyChars), 1, &counts);
    return counts;
}

// A text's terms as (term id, count), sorted by term id.
using TermVector = std::vector<std::pair<int, int>>;

// The term vectors of tickets compared before, per store and ticket, for the life of the process: normalising the
// text is most of a comparison's work, and the same recently settled tickets are compared for ticket after ticket.
// A ticket's subject and body are taken as they were first read (a helpdesk's follow-up arrives as a message,
// which the comparison does not read). Bounded: past kMaxCachedTickets per store it starts again. Thread-safe.
class TermCache
{
public:
    static constexpr qsizetype kMaxCachedTickets = 50000;

    static TermCache &instance()
    {
        static TermCache cache;
        return cache;
    }

    // The cached vectors of `ids` (empty optional for a miss), in the order of `ids`.
    std::vector<std::optional<TermVector>> find(const QString &store, const QList<qint64> &ids)
    {
        QMutexLocker lock(&m_mutex);
        std::vector<std::optional<TermVector>> found(size_t(ids.size()));
        const auto documents = m_documents.constFind(store);
        if (documents == m_documents.cend())
            return found;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const auto it = documents->constFind(ids.at(i));
            if (it != documents->cend())
                found[size_t(i)] = it.value();
        }
        return found;
    }

    TermVector vector(const TermCounts &counts)
    {
        QMutexLocker lock(&m_mutex);
        return vectorLocked(counts);
    }

    TermVector insert(const QString &store, qint64 ticketId, const TermCounts &counts)
    {
        QMutexLocker lock(&m_mutex);
        TermVector vector = vectorLocked(counts);
        QHash<qint64, TermVector> &documents = m_documents[store];
        if (documents.size() >= kMaxCachedTickets)
            documents.clear();
        documents.insert(ticketId, vector);
        return vector;
    }

private:
    TermVector vectorLocked(const TermCounts &counts)
    {
        TermVector vector;
        vector.reserve(size_t(counts.size()));
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            auto id = m_termIds.constFind(it.key());
            if (id == m_termIds.cend())
                id = m_termIds.insert(it.key(), int(m_termIds.size()));
            vector.emplace_back(id.value(), it.value());
        }
        std::sort(vector.begin(), vector.end());
        return vector;
    }

    QMutex m_mutex;
    QHash<QString, int> m_termIds;
    QHash<QString, QHash<qint64, TermVector>> m_documents;
};

struct Candidate
{
    qint64 ticketId = 0;
    TermVector terms;
    double score = 0.0;
};

// A weighted unit vector, sorted by term id: sublinear term frequency times rarity among the compared texts.
using Weighted = std::vector<std::pair<int, double>>;

Weighted weighted(const TermVector &terms, const QHash<int, double> &idf)
{
    Weighted vector;
    vector.reserve(terms.size());
    double norm = 0.0;
    for (const auto &[term, count] : terms) {
        const double weight = (1.0 + std::log(double(count))) * idf.value(term);
        if (weight <= 0.0)
            continue;
        vector.emplace_back(term, weight);
        norm += weight * weight;
    }
    norm = std::sqrt(norm);
    if (norm > 0.0) {
        for (auto &entry : vector)
            entry.second /= norm;
    }
    return vector;
}

double cosine(const Weighted &a, const Weighted &b)
{
    double dot = 0.0;
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (i->first < j->first) {
            ++i;
        } else if (j->first < i->first) {
            ++j;
        } else {
            dot += i->second * j->second;
            ++i;
            ++j;
        }
    }
    return dot;
}

ContextTicket fromEntry(const QueueEntry &entry)
{
    ContextTicket item;
    item.ticketId = entry.ticket.id;
    item.source = entry.ticket.source;
    item.externalId = entry.ticket.externalId;
    item.subject = entry.ticket.subject;
    item.createdAt = entry.ticket.createdAt;
    item.state = entry.state;
    item.settledBy = entry.lastAction;
    if (entry.lastAction && !entry.lastAction->category.isEmpty())
        item.finalCategory = entry.lastAction->category;
    else if (entry.decision)
        item.finalCategory = entry.decision->category;
    if (entry.decision) {
        for (const EscalationFlag &flag : entry.decision->flags)
            item.flagCodes.append(flag.code);
    }
    return item;
}

class ContextReader
{
public:
    ContextReader(DecisionStore &store, const CustomerContextOptions &options)
        : m_store(store)
        , m_options(options)
    { }

    QString error;

    bool fail(const QString &what, const QSqlQuery &query)
    {
        QString detail = query.lastError().databaseText().trimmed();
        if (detail.isEmpty())
            detail = query.lastError().text().trimmed();
        error = QStringLiteral("%1 (%2): %3").arg(what, m_store.location().display(), detail);
        return false;
    }

    bool exec(QSqlQuery *query, const QString &sql, const QVariantList &values, const QString &what)
    {
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return fail(what, *query);
        for (int i = 0; i < values.size(); ++i)
            query->bindValue(i, values.at(i));
        return query->exec() || fail(what, *query);
    }

    // The entries of `ids` in that order; a ticket gone meanwhile is left out, a failed read is an error.
    bool entries(const QList<qint64> &ids, QList<ContextTicket> *items)
    {
        for (qint64 id : ids) {
            const std::optional<QueueEntry> entry = m_store.queueEntry(id);
            if (!entry) {
                if (!m_store.errorString().isEmpty()) {
                    error = m_store.errorString();
                    return false;
                }
                continue;
            }
            items->append(fromEntry(*entry));
        }
        return true;
    }

    bool requesterTickets(const Ticket &ticket, QList<ContextTicket> *items)
    {
        const QString email = ticket.requesterEmail.trimmed().toLower();
        if (email.isEmpty() || m_options.requesterLimit <= 0)
            return true;
        QSqlQuery query(m_store.connection());
        if (!exec(&query,
                  QStringLiteral("SELECT t.id FROM tickets t WHERE lower(t.requester_email) = ? AND t.id <> ? "
                                 "ORDER BY COALESCE(t.created_at, 0) DESC, t.id DESC LIMIT ?"),
                  {email, ticket.id, m_options.requesterLimit},
                  QStringLiteral("cannot read the requester's other tickets")))
            return false;
        QList<qint64> ids;
        while (query.next())
            ids.append(query.value(0).toLongLong());
        if (query.lastError().isValid())
            return fail(QStringLiteral("cannot read the requester's other tickets"), query);
        query.finish();
        return entries(ids, items);
    }

    // Recently settled tickets (effective action an accept, override or escalation), newest settlement first;
    // `category` empty: any category.
    bool readCandidateIds(qint64 exclude, const QString &category, int limit, QSet<qint64> *seen, QList<qint64> *ids)
    {
        if (limit <= 0)
            return true;
        QVariantList values {exclude};
        QString filter;
        if (!category.isEmpty()) {
            filter = QStringLiteral(" AND a.category = ?");
            values.append(category);
        }
        values.append(limit);
        QSqlQuery query(m_store.connection());
        const QString what = QStringLiteral("cannot read the settled tickets to compare");
        if (!exec(&query,
                  QStringLiteral("SELECT a.ticket_id FROM actions a WHERE a.action_type <> 'undo' AND a.ticket_id <> "
                                 "?%1 AND a.id = %2 ORDER BY a.id DESC LIMIT ?")
                      .arg(filter, effectiveActionOf(QStringLiteral("a.ticket_id"))),
                  values, what))
            return false;
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            if (!seen->contains(id)) {
                seen->insert(id);
                ids->append(id);
            }
        }
        if (query.lastError().isValid())
            return fail(what, query);
        query.finish();
        return true;
    }

    // The term vectors of `ids`: from the cache, the rest read as subject and the start of the body.
    bool readCandidates(const QList<qint64> &ids, std::vector<Candidate> *candidates)
    {
        TermCache &cache = TermCache::instance();
        const QString storeKey = m_store.storeId() + QLatin1Char('|') + m_store.location().display();
        const std::vector<std::optional<TermVector>> cached = cache.find(storeKey, ids);
        QList<qint64> missing;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (cached[size_t(i)])
                candidates->push_back({ids.at(i), *cached[size_t(i)], 0.0});
            else
                missing.append(ids.at(i));
        }
        const QString what = QStringLiteral("cannot read the settled tickets to compare");
        constexpr qsizetype kChunk = 200;
        for (qsizetype first = 0; first < missing.size(); first += kChunk) {
            const QList<qint64> chunk = missing.mid(first, kChunk);
            // The whole body: on SQLite a long one is stored compressed (StoreColumns::packed), which SQL cannot cut.
            QVariantList values;
            for (qint64 id : chunk)
                values.append(id);
            QSqlQuery query(m_store.connection());
            if (!exec(&query,
                      QStringLiteral("SELECT t.id, t.subject, t.body FROM tickets t WHERE t.id IN (%1)")
                          .arg(QStringList(chunk.size(), QStringLiteral("?")).join(QLatin1Char(','))),
                      values, what))
                return false;
            while (query.next()) {
                const qint64 id = query.value(0).toLongLong();
                const TermCounts counts
                    = termsOf(query.value(1).toString(), StoreColumns::unpacked(query.value(2)), m_options.bodyChars);
                candidates->push_back({id, cache.insert(storeKey, id, counts), 0.0});
            }
            if (query.lastError().isValid())
                return fail(what, query);
            query.finish();
        }
        return true;
    }

    bool similarTickets(const QueueEntry &entry, QList<ContextTicket> *items, int *compared)
    {
        if (m_options.similarLimit <= 0)
            return true;
        const TermCounts queryCounts = termsOf(entry.ticket.subject, entry.ticket.body, m_options.bodyChars);
        if (queryCounts.isEmpty())
            return true;
        QList<qint64> ids;
        QSet<qint64> seen;
        const QString predicted = entry.decision ? entry.decision->category : QString();
        if (!predicted.isEmpty()
            && !readCandidateIds(entry.ticket.id, predicted, m_options.categoryWindow, &seen, &ids))
            return false;
        if (!readCandidateIds(entry.ticket.id, QString(), m_options.recentWindow, &seen, &ids))
            return false;
        std::vector<Candidate> candidates;
        candidates.reserve(size_t(ids.size()));
        if (!readCandidates(ids, &candidates))
            return false;
        *compared = int(candidates.size());
        if (candidates.empty())
            return true;
        QHash<qint64, qsizetype> order;
        for (qsizetype i = 0; i < ids.size(); ++i)
            order.insert(ids.at(i), i);
        std::sort(candidates.begin(), candidates.end(), [&order](const Candidate &a, const Candidate &b) {
            return order.value(a.ticketId) < order.value(b.ticketId);
        });

        // Rarity among the compared texts (BM25's smoothed idf, positive however few they are): words most
        // tickets use weigh little.
        const TermVector queryTerms = TermCache::instance().vector(queryCounts);
        QHash<int, int> documentFrequency;
        for (const Candidate &candidate : candidates) {
            for (const auto &term : candidate.terms)
                documentFrequency[term.first] += 1;
        }
        const double documents = double(candidates.size());
        QHash<int, double> idf;
        idf.reserve(documentFrequency.size() + qsizetype(queryTerms.size()));
        for (auto it = documentFrequency.cbegin(); it != documentFrequency.cend(); ++it)
            idf.insert(it.key(), std::log(1.0 + (documents - it.value() + 0.5) / (it.value() + 0.5)));
        for (const auto &term : queryTerms) {
            if (!idf.contains(term.first))
                idf.insert(term.first, std::log(1.0 + (documents + 0.5) / 0.5));
        }

        const Weighted queryVector = weighted(queryTerms, idf);
        for (Candidate &candidate : candidates)
            candidate.score = cosine(queryVector, weighted(candidate.terms, idf));
        // Best first; equal scores: the more recent settlement (the order the ids came in) first.
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
        QList<qint64> best;
        QHash<qint64, double> scores;
        for (const Candidate &candidate : candidates) {
            if (best.size() >= m_options.similarLimit || candidate.score < m_options.minSimilarity)
                break;
            best.append(candidate.ticketId);
            scores.insert(candidate.ticketId, candidate.score);
        }
        if (!entries(best, items))
            return false;
        for (ContextTicket &item : *items)
            item.similarity = scores.value(item.ticketId);
        return true;
    }

private:
    DecisionStore &m_store;
    const CustomerContextOptions &m_options;
};

} // namespace

CustomerContext customerContext(DecisionStore &store, qint64 ticketId, const CustomerContextOptions &options)
{
    const std::optional<QueueEntry> entry = store.queueEntry(ticketId);
    if (!entry) {
        CustomerContext context;
        context.ticketId = ticketId;
        context.error = store.errorString().isEmpty()
            ? QStringLiteral("ticket %1 is not in the store %2").arg(ticketId).arg(store.location().display())
            : store.errorString();
        return context;
    }
    return customerContext(store, *entry, options);
}

CustomerContext customerContext(DecisionStore &store, const QueueEntry &entry, const CustomerContextOptions &options)
{
    CustomerContext context;
    context.ticketId = entry.ticket.id;
    context.requesterEmail = entry.ticket.requesterEmail;
    ContextReader reader(store, options);
    if (!reader.requesterTickets(entry.ticket, &context.requesterTickets)
        || !reader.similarTickets(entry, &context.similarTickets, &context.candidatesCompared)) {
        context.requesterTickets.clear();
        context.similarTickets.clear();
        context.error = reader.error;
    }
    return context;
}

} // namespace RouteDesk
