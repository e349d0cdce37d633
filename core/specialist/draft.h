#pragma once

// The draft a specialist proposes for a ticket, and the optional backend that writes it with a language model.

#include <QList>
#include <QString>
#include <QStringList>

#include "model/enginetext.h"

namespace RouteDesk {

// A tool the draft suggests the agent runs ("lookup_invoice INV-2026-00412"). RouteDesk never runs it.
struct ToolUse
{
    QString tool;
    QString description; // from the workspace's tool catalogue
    QStringList arguments; // invoice or order numbers the step refers to

    friend bool operator==(const ToolUse &, const ToolUse &) = default;
};

struct Draft
{
    enum class Source { None, Template, Llm };

    Source source = Source::None;
    QString specialist;
    QString language; // language of the reply
    QString templateId; // the template used (also for LLM drafts: the fallback that was ready)
    QString text;
    QStringList citedArticles; // article ids, most relevant first
    QList<ToolUse> tools; // allowed tool steps the draft relies on
    QStringList refusedTools; // tools a template wanted but the specialist may not use (steps left out)
    QStringList notes; // for the agent: language fallback, LLM fallback, omitted steps
    QList<EngineText> noteTexts; // the same notes, structured (alignedTexts() when a note has none)

    bool isEmpty() const { return text.isEmpty(); }
};

// What a drafting backend receives: the specialist's instructions, policies and cited articles as the system
// message, the ticket as the user message.
struct DraftRequest
{
    QString system;
    QString user;
    QString language; // the reply language wanted
};

// Writes drafts with something other than templates (a chat-completions endpoint). Implementations are
// thread-safe: complete() is const and may run on several worker threads at once.
class DraftingBackend
{
public:
    virtual ~DraftingBackend() = default;
    virtual QString name() const = 0; // for explanations: "LLM gpt-4o-mini at https://..."
    // The reply text, or false with *error (HTTP status, time-out, malformed answer). Never logs secrets.
    virtual bool complete(const DraftRequest &request, QString *text, QString *error) const = 0;
};

} // namespace RouteDesk
