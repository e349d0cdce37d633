#include "customercontext.h"

#include "storecolumns.h"

#include "classify/textnormalizer.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
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

struct Candidate
{
    qint64 ticketId = 0;
    TermCounts terms;
    double score = 0.0;
};

// A weighted unit vector: sublinear term frequency times rarity among the compared texts.
using Vector = QHash<QString, double>;

Vector weighted(const TermCounts &counts, const QHash<QString, double> &idf)
{
    Vector vector;
    double norm = 0.0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double weight = (1.0 + std::log(double(it.value()))) * idf.value(it.key());
        if (weight <= 0.0)
            continue;
        vector.insert(it.key(), weight);
        norm += weight * weight;
    }
    norm = std::sqrt(norm);
    if (norm > 0.0) {
        for (auto it = vector.begin(); it != vector.end(); ++it)
            it.value() /= norm;
    }
    return vector;
}

double cosine(const Vector &query, const Vector &document)
{
    const Vector &small = query.size() <= document.size() ? query : document;
    const Vector &large = query.size() <= document.size() ? document : query;
    double dot = 0.0;
    for (auto it = small.cbegin(); it != small.cend(); ++it)
        dot += it.value() * large.value(it.key());
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
    bool readCandidates(qint64 exclude, const QString &category, int limit, QSet<qint64> *seen,
                        std::vector<Candidate> *candidates)
    {
        if (limit <= 0)
            return true;
        QVariantList values {m_options.bodyChars, exclude};
        QString filter;
        if (!category.isEmpty()) {
            filter = QStringLiteral(" AND a.category = ?");
            values.append(category);
        }
        values.append(limit);
        QSqlQuery query(m_store.connection());
        const QString what = QStringLiteral("cannot read the settled tickets to compare");
        if (!exec(&query,
                  QStringLiteral("SELECT t.id, t.subject, substr(t.body, 1, ?) FROM actions a "
                                 "JOIN tickets t ON t.id = a.ticket_id "
                                 "WHERE a.action_type <> 'undo' AND a.ticket_id <> ?%1 AND a.id = %2 "
                                 "ORDER BY a.id DESC LIMIT ?")
                      .arg(filter, effectiveActionOf(QStringLiteral("a.ticket_id"))),
                  values, what))
            return false;
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            if (seen->contains(id))
                continue;
            seen->insert(id);
            candidates->push_back(
                {id, termsOf(query.value(1).toString(), query.value(2).toString(), m_options.bodyChars), 0.0});
        }
        if (query.lastError().isValid())
            return fail(what, query);
        query.finish();
        return true;
    }

    bool similarTickets(const QueueEntry &entry, QList<ContextTicket> *items, int *compared)
    {
        if (m_options.similarLimit <= 0)
            return true;
        const TermCounts queryTerms = termsOf(entry.ticket.subject, entry.ticket.body, m_options.bodyChars);
        if (queryTerms.isEmpty())
            return true;
        std::vector<Candidate> candidates;
        QSet<qint64> seen;
        const QString predicted = entry.decision ? entry.decision->category : QString();
        if (!predicted.isEmpty()
            && !readCandidates(entry.ticket.id, predicted, m_options.categoryWindow, &seen, &candidates))
            return false;
        if (!readCandidates(entry.ticket.id, QString(), m_options.recentWindow, &seen, &candidates))
            return false;
        *compared = int(candidates.size());
        if (candidates.empty())
            return true;

        // Rarity among the compared texts and the ticket itself: words every ticket uses weigh nothing.
        QHash<QString, int> documentFrequency;
        for (auto it = queryTerms.cbegin(); it != queryTerms.cend(); ++it)
            documentFrequency[it.key()] += 1;
        for (const Candidate &candidate : candidates) {
            for (auto it = candidate.terms.cbegin(); it != candidate.terms.cend(); ++it)
                documentFrequency[it.key()] += 1;
        }
        const double documents = double(candidates.size() + 1);
        QHash<QString, double> idf;
        idf.reserve(documentFrequency.size());
        for (auto it = documentFrequency.cbegin(); it != documentFrequency.cend(); ++it)
            idf.insert(it.key(), std::max(0.0, std::log((documents + 1.0) / (it.value() + 0.5))));

        const Vector queryVector = weighted(queryTerms, idf);
        for (Candidate &candidate : candidates)
            candidate.score = cosine(queryVector, weighted(candidate.terms, idf));
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
        QList<qint64> ids;
        QHash<qint64, double> scores;
        for (const Candidate &candidate : candidates) {
            if (ids.size() >= m_options.similarLimit || candidate.score < m_options.minSimilarity)
                break;
            ids.append(candidate.ticketId);
            scores.insert(candidate.ticketId, candidate.score);
        }
        if (!entries(ids, items))
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
    CustomerContext context;
    context.ticketId = ticketId;
    const std::optional<QueueEntry> entry = store.queueEntry(ticketId);
    if (!entry) {
        context.error = store.errorString().isEmpty()
            ? QStringLiteral("ticket %1 is not in the store %2").arg(ticketId).arg(store.location().display())
            : store.errorString();
        return context;
    }
    context.requesterEmail = entry->ticket.requesterEmail;
    ContextReader reader(store, options);
    if (!reader.requesterTickets(entry->ticket, &context.requesterTickets)
        || !reader.similarTickets(*entry, &context.similarTickets, &context.candidatesCompared)) {
        context.requesterTickets.clear();
        context.similarTickets.clear();
        context.error = reader.error;
    }
    return context;
}

} // namespace RouteDesk
