#pragma once

// A specialist's draft: the best-fitting template in the ticket's language (English with a note when the
// specialist has none in it), placeholders filled from the ticket, 1-3 articles cited by BM25 above a score
// floor, tool steps only for tools the specialist may use, and a review notice whenever a person must decide.
// With a drafting backend the LLM writes the reply instead; any failure or a forbidden promise falls back to
// the template draft with a note.

#include "draft.h"
#include "retrieval.h"

#include "workspace/workspace.h"

#include "model/routingdecision.h"
#include "model/ticket.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <memory>

namespace RouteDesk {

struct DraftInput
{
    const Ticket *ticket = nullptr;
    QString specialist;
    QString category;
    QString language; // the ticket's language (given or detected); empty: detect
    QList<EscalationFlag> flags;
    QDateTime reference; // for tickets without created_at
};

class Drafter
{
public:
    // A citation needs at least this BM25 score and at least this share of the best score.
    static constexpr double CitationScoreFloor = 2.0;
    static constexpr double CitationRelativeFloor = 0.4;
    static constexpr int MaxCitations = 3;

    Drafter(const Workspace &workspace, std::shared_ptr<const DraftingBackend> backend = {});

    Draft draft(const DraftInput &input) const;

    // The articles of `specialist` ranked for `text`, only those worth citing.
    QList<Bm25Index::Result> citations(const QString &specialist, const QString &text) const;
    // The first forbidden promise in `text` (built-in list and the specialist's own), or empty.
    QString forbiddenPromise(const Specialist &specialist, const QString &text) const;

private:
    Draft templateDraft(const DraftInput &input, const Specialist &specialist, const QString &text,
                        const MatchText &matchText) const;
    QString systemPrompt(const Specialist &specialist, const Draft &draft, const DraftInput &input) const;

    const Workspace &m_workspace;
    std::shared_ptr<const DraftingBackend> m_backend;
    QHash<QString, Bm25Index> m_indexes; // per specialist
    QHash<QString, PhraseMatcher> m_forbidden; // per specialist: the built-in promises and its own, compiled once
    EntityExtractor m_entities; // the workspace's vocabulary, compiled once
};

} // namespace RouteDesk
