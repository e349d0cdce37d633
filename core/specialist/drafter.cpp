#include "drafter.h"

#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcDrafter, "routedesk.drafter")

namespace RouteDesk {

namespace {

// A note for the agent, in English and structured (for the interface language).
void addNote(Draft *draft, EngineText text)
{
    draft->notes.append(text.text);
    draft->noteTexts.append(std::move(text));
}

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z_]+)\\}"));
    return pattern;
}

// Placeholders that always have a value (possibly empty) and never make a template ineligible.
bool alwaysAvailable(const QString &name)
{
    static const QStringList names
        = {QStringLiteral("articles"),   QStringLiteral("tool_steps"),      QStringLiteral("customer_name"),
           QStringLiteral("first_name"), QStringLiteral("review_notice"),   QStringLiteral("signature"),
           QStringLiteral("company"),    QStringLiteral("specialist_name"), QStringLiteral("ticket_subject")};
    return names.contains(name);
}

QStringList placeholdersIn(const QString &text)
{
    QStringList names;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext())
        names.append(it.next().captured(1));
    return names;
}

QString fill(const QString &text, const QHash<QString, QString> &values)
{
    QString result;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        result += values.value(match.captured(1));
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

// Collapses the blank lines an empty placeholder leaves behind.
QString tidy(const QString &text)
{
    static const QRegularExpression blankRuns(QStringLiteral("\\n[ \\t]*\\n([ \\t]*\\n)+"));
    static const QRegularExpression trailingSpaces(QStringLiteral("[ \\t]+\\n"));
    QString result = text;
    result.replace(trailingSpaces, QStringLiteral("\n"));
    result.replace(blankRuns, QStringLiteral("\n\n"));
    static const QRegularExpression spaceBeforePunctuation(QStringLiteral("[ \t]+([,.])"));
    result.replace(spaceBeforePunctuation, QStringLiteral("\\1"));
    return result.trimmed();
}

// A template's text arranged for filling: the `blocks` (placeholder names) it does not place itself go before its
// {signature}, or at its end when it has none, and the signature, when there is one, comes last.
QString arranged(const QString &text, const QStringList &blocks, bool withSignature)
{
    const QStringList used = placeholdersIn(text);
    QStringList missing;
    for (const QString &block : blocks) {
        if (!used.contains(block))
            missing << QLatin1Char('{') + block + QLatin1Char('}');
    }
    QString body = text;
    if (!missing.isEmpty()) {
        const QString joined = missing.join(QStringLiteral("\n\n"));
        const qsizetype signature = body.indexOf(QLatin1String("{signature}"));
        if (signature < 0)
            body += QStringLiteral("\n\n") + joined;
        else
            body.insert(signature, joined + QStringLiteral("\n\n"));
    }
    if (withSignature && !used.contains(QStringLiteral("signature")))
        body += QStringLiteral("\n\n{signature}");
    return body;
}

bool needsReview(const QList<EscalationFlag> &flags)
{
    for (const EscalationFlag &flag : flags) {
        if (flag.code == QLatin1String(EscalationCode::RefundReview)
            || flag.code == QLatin1String(EscalationCode::PolicyException)
            || flag.code == QLatin1String(EscalationCode::SecurityIncident)
            || flag.code == QLatin1String(EscalationCode::LegalThreat))
            return true;
    }
    return false;
}

bool hasFlag(const QList<EscalationFlag> &flags, const QString &code)
{
    for (const EscalationFlag &flag : flags) {
        if (flag.code == code)
            return true;
    }
    return false;
}

} // namespace

Drafter::Drafter(const Workspace &workspace, std::shared_ptr<const DraftingBackend> backend)
    : m_workspace(workspace)
    , m_backend(std::move(backend))
    , m_entities(workspace.vocabulary())
{
    for (const Specialist &specialist : workspace.specialists()) {
        m_indexes.insert(specialist.id, Bm25Index(specialist.articles));
        QString error;
        if (auto matcher
            = PhraseMatcher::compile(builtInForbiddenPromises() + specialist.policies.forbiddenPromises, &error))
            m_forbidden.insert(specialist.id, std::move(*matcher));
    }
}

QList<Bm25Index::Result> Drafter::citations(const QString &specialist, const QString &text) const
{
    const auto it = m_indexes.constFind(specialist);
    if (it == m_indexes.constEnd())
        return {};
    QList<Bm25Index::Result> ranked = it->search(text, MaxCitations);
    if (ranked.isEmpty())
        return ranked;
    const double best = ranked.first().score;
    QList<Bm25Index::Result> kept;
    for (const Bm25Index::Result &result : ranked) {
        if (result.score >= CitationScoreFloor && result.score >= CitationRelativeFloor * best)
            kept.append(result);
    }
    return kept;
}

QString Drafter::forbiddenPromise(const Specialist &specialist, const QString &text) const
{
    const auto matcher = m_forbidden.constFind(specialist.id);
    if (matcher == m_forbidden.constEnd() || m_workspace.specialist(specialist.id) != &specialist) {
        // A specialist of another workspace (or a list that does not compile): as before, compiled here.
        QString error;
        const auto compiled
            = PhraseMatcher::compile(builtInForbiddenPromises() + specialist.policies.forbiddenPromises, &error);
        if (!compiled)
            return {};
        const auto hit = compiled->first(MatchText(text));
        return hit ? hit->phrase : QString();
    }
    const auto hit = matcher->first(MatchText(text));
    return hit ? hit->phrase : QString();
}

Draft Drafter::templateDraft(const DraftInput &input, const Specialist &specialist, const QString &text,
                             const MatchText &matchText) const
{
    Draft draft;
    draft.source = Draft::Source::Template;
    draft.specialist = specialist.id;
    const Ticket &ticket = *input.ticket;

    // Language: the ticket's when the specialist has templates in it, else English with a note.
    QString language = input.language.section(QLatin1Char('-'), 0, 0).toLower();
    if (language.isEmpty())
        language = detectLanguage(matchText);
    if (!specialist.templateLanguages().contains(language)) {
        addNote(&draft,
                EngineText::make(
                    QT_TRANSLATE_NOOP("RouteDesk::Engine", "%1 has no reply templates in \"%2\": drafted in English"),
                    {{EngineArg::Kind::Specialist, specialist.name, {specialist.id}}, EngineArg::plain(language)}));
        language = QStringLiteral("en");
    }
    draft.language = language;

    const QDateTime reference = ticket.createdAt.isValid()
        ? ticket.createdAt
        : (input.reference.isValid() ? input.reference : QDateTime::currentDateTimeUtc());
    const Entities entities = m_entities.extract(text, ticket.requesterName, reference);

    QHash<QString, QString> values;
    auto setValue = [&](const char *name, const QString &value) {
        values.insert(QLatin1String(name),
                      value.isEmpty() ? m_workspace.placeholderDefault(language, QLatin1String(name)) : value);
    };
    setValue("customer_name", entities.customerName);
    setValue("first_name", entities.firstName);
    setValue("invoice_number", entities.invoiceNumbers.value(0));
    setValue("order_number", entities.orderNumbers.value(0));
    setValue("amount", entities.amounts.isEmpty() ? QString() : entities.amounts.first().text);
    setValue("date", entities.dates.isEmpty() ? QString() : entities.dates.first().text);
    setValue("product", entities.product);
    setValue("plan", entities.plan);
    values.insert(QStringLiteral("company"), m_workspace.company());
    values.insert(QStringLiteral("specialist_name"), specialist.name);
    values.insert(QStringLiteral("signature"), specialist.signatureIn(language));
    values.insert(QStringLiteral("ticket_subject"), ticket.subject);
    QString notice;
    if (needsReview(input.flags)) {
        notice = language == QLatin1String("en") && !specialist.policies.reviewNotice.isEmpty()
            ? specialist.policies.reviewNotice
            : m_workspace.placeholderDefault(language, QStringLiteral("review_notice"));
        if (notice.isEmpty())
            notice = specialist.policies.reviewNotice;
    }
    values.insert(QStringLiteral("review_notice"), notice);

    // The reply answers the latest message: when the customer's follow-up says no answer is needed, the
    // workspace's acknowledgement in the draft's language, nothing else (no steps, no articles).
    const QString followUp = ticket.latestFollowUp();
    const MatchText latest(followUp);
    if (!followUp.isEmpty()) {
        for (const ReplyTemplate &acknowledgement : m_workspace.acknowledgements()) {
            if (acknowledgement.language != language || !acknowledgement.matcher.first(latest))
                continue;
            draft.templateId = acknowledgement.id;
            addNote(&draft,
                    EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine",
                                                       "The latest message needs no answer: an acknowledgement")));
            const QStringList blocks = notice.isEmpty() ? QStringList() : QStringList {QStringLiteral("review_notice")};
            values.insert(QStringLiteral("tool_steps"), QString());
            values.insert(QStringLiteral("articles"), QString());
            draft.text = tidy(
                fill(arranged(acknowledgement.text, blocks, !specialist.signatureIn(language).isEmpty()), values));
            return draft;
        }
    }

    // The best template: required flags present, its match phrases found, every placeholder fillable; one whose
    // phrases the latest follow-up holds answers that message and goes first.
    const ReplyTemplate *chosen = nullptr;
    int bestScore = -1;
    for (const ReplyTemplate &candidate : specialist.templates) {
        if (candidate.language != language)
            continue;
        bool flagsPresent = true;
        for (const QString &code : candidate.whenFlags)
            flagsPresent = flagsPresent && hasFlag(input.flags, code);
        if (!flagsPresent)
            continue;
        if (!candidate.match.isEmpty() && !candidate.matcher.first(matchText))
            continue;
        bool fillable = true;
        for (const QString &name : placeholdersIn(candidate.text)) {
            if (!alwaysAvailable(name) && values.value(name).isEmpty())
                fillable = false;
        }
        if (!fillable)
            continue;
        int score = int(candidate.whenFlags.size()) * 10 + (candidate.match.isEmpty() ? 0 : 5);
        if (!candidate.match.isEmpty() && !followUp.isEmpty() && candidate.matcher.first(latest))
            score += 3;
        if (score > bestScore) {
            bestScore = score;
            chosen = &candidate;
        }
    }
    if (!chosen) {
        // The generic English template always exists (validation); fill what it can.
        for (const ReplyTemplate &candidate : specialist.templates) {
            if (candidate.language == QLatin1String("en") && candidate.match.isEmpty()
                && candidate.whenFlags.isEmpty()) {
                chosen = &candidate;
                break;
            }
        }
        if (!chosen)
            return draft;
        if (draft.language != QLatin1String("en"))
            addNote(&draft,
                    EngineText::make(
                        QT_TRANSLATE_NOOP("RouteDesk::Engine", "No fitting \"%1\" template: drafted in English"),
                        {EngineArg::plain(draft.language)}));
        draft.language = QStringLiteral("en");
    }
    draft.templateId = chosen->id;

    // Tool steps: only the tools this specialist may use.
    QStringList steps;
    for (const ToolStep &step : chosen->toolSteps) {
        if (!specialist.mayUse(step.tool)) {
            if (!draft.refusedTools.contains(step.tool))
                draft.refusedTools.append(step.tool);
            addNote(
                &draft,
                EngineText::make(
                    QT_TRANSLATE_NOOP("RouteDesk::Engine", "Left out a step using \"%1\": %2 may not use that tool"),
                    {EngineArg::plain(step.tool), {EngineArg::Kind::Specialist, specialist.name, {specialist.id}}}));
            continue;
        }
        bool fillable = true;
        QStringList arguments;
        for (const QString &name : placeholdersIn(step.text)) {
            if (!alwaysAvailable(name) && values.value(name).isEmpty())
                fillable = false;
            if (name == QLatin1String("invoice_number") || name == QLatin1String("order_number"))
                arguments.append(values.value(name));
        }
        if (!fillable) {
            addNote(&draft,
                    EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine",
                                                       "Left out the \"%1\" step: the ticket gives no value for it"),
                                     {EngineArg::plain(step.tool)}));
            continue;
        }
        steps.append(fill(step.text, values));
        const ToolDefinition *definition = m_workspace.tool(step.tool);
        draft.tools.append(ToolUse {step.tool, definition ? definition->description : QString(), arguments});
    }
    values.insert(QStringLiteral("tool_steps"), steps.join(QLatin1Char(' ')));

    // Articles worth citing.
    QStringList articleLines;
    for (const Bm25Index::Result &result : citations(specialist.id, text)) {
        for (const KnowledgeArticle &article : specialist.articles) {
            if (article.id != result.id)
                continue;
            // A draft speaks one language: an article without a title in it is not cited.
            const QString title = article.titleIn(draft.language);
            if (title.isEmpty())
                continue;
            draft.citedArticles.append(article.id);
            articleLines.append(article.url.isEmpty() ? QStringLiteral("- %1").arg(title)
                                                      : QStringLiteral("- %1: %2").arg(title, article.url));
        }
    }
    values.insert(QStringLiteral("articles"), articleLines.join(QLatin1Char('\n')));

    // What the template does not place goes before the sign-off: a signature is the last thing in a draft.
    QStringList blocks;
    if (!steps.isEmpty())
        blocks << QStringLiteral("tool_steps");
    if (!notice.isEmpty())
        blocks << QStringLiteral("review_notice");
    if (!articleLines.isEmpty())
        blocks << QStringLiteral("articles");
    draft.text = tidy(fill(arranged(chosen->text, blocks, !specialist.signatureIn(language).isEmpty()), values));
    return draft;
}

QString Drafter::systemPrompt(const Specialist &specialist, const Draft &draft, const DraftInput &input) const
{
    QStringList lines;
    lines << QStringLiteral("You are %1, answering support tickets for %2.")
                 .arg(specialist.name,
                      m_workspace.company().isEmpty() ? m_workspace.displayName() : m_workspace.company());
    lines << specialist.instructions;
    QStringList policy;
    if (specialist.policies.refundLimit)
        policy << QStringLiteral("Refunds up to %1 %2 are approved by a person after review; more is an exception "
                                 "for a team lead.")
                      .arg(specialist.policies.refundLimit->amount)
                      .arg(specialist.policies.refundLimit->currency);
    if (specialist.policies.refundMaxDays > 0)
        policy << QStringLiteral("Charges older than %1 days are a policy exception.")
                      .arg(specialist.policies.refundMaxDays);
    policy << QStringLiteral("Never promise a refund or say one was made; never promise what a person must decide.");
    lines << QStringLiteral("Policies: ") + policy.join(QLatin1Char(' '));
    QStringList tools;
    for (const QString &id : specialist.tools) {
        const ToolDefinition *tool = m_workspace.tool(id);
        tools << (tool ? QStringLiteral("%1 (%2)").arg(id, tool->description) : id);
    }
    lines << (tools.isEmpty()
                  ? QStringLiteral("You may not offer any tool actions.")
                  : QStringLiteral("The only actions you may offer: %1.").arg(tools.join(QStringLiteral("; "))));
    if (needsReview(input.flags)) {
        QStringList reasons;
        for (const EscalationFlag &flag : input.flags)
            reasons << flag.reason;
        lines << QStringLiteral("A person will review this ticket (%1). Say so and promise nothing else.")
                     .arg(reasons.join(QStringLiteral("; ")));
    }
    for (const QString &id : draft.citedArticles) {
        for (const KnowledgeArticle &article : specialist.articles) {
            if (article.id == id)
                lines << QStringLiteral("Article \"%1\" (%2): %3")
                             .arg(article.title, article.url, article.body.left(1200));
        }
    }
    lines << QStringLiteral("Reply in the language with code \"%1\" only. Sign as:\n%2")
                 .arg(draft.language, specialist.signatureIn(draft.language));
    return lines.join(QStringLiteral("\n\n"));
}

Draft Drafter::draft(const DraftInput &input) const
{
    Draft empty;
    if (!input.ticket)
        return empty;
    const Specialist *specialist = m_workspace.specialist(input.specialist);
    if (!specialist) {
        addNote(&empty, EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine", "No specialist: no draft")));
        return empty;
    }
    const QString text = input.ticket->requesterText();
    // Crisis language: no troubleshooting, no articles, no LLM; only that a person will answer.
    const CrisisRule &crisis = m_workspace.escalation().crisis;
    const MatchText matchText(text);
    if (!crisis.matcher.isEmpty() && crisis.matcher.first(matchText)) {
        Draft holding;
        holding.specialist = specialist->id;
        holding.language = crisis.reply.contains(input.language) ? input.language : QStringLiteral("en");
        holding.text = crisis.reply.value(holding.language);
        holding.source = holding.text.isEmpty() ? Draft::Source::None : Draft::Source::Template;
        holding.templateId = QStringLiteral("crisis");
        addNote(&holding,
                EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine",
                                                   "Crisis language: the draft only says that a person will reply")));
        return holding;
    }
    Draft draft = templateDraft(input, *specialist, text, matchText);
    if (const QString promise = forbiddenPromise(*specialist, draft.text); !promise.isEmpty()) {
        qCWarning(lcDrafter) << "template draft" << draft.templateId << "contains a forbidden promise";
        addNote(&draft,
                EngineText::make(
                    QT_TRANSLATE_NOOP("RouteDesk::Engine",
                                      "The template draft promised \"%1\": removed, a person writes the reply"),
                    {EngineArg::plain(promise)}));
        draft.text.clear();
        draft.source = Draft::Source::None;
        return draft;
    }
    if (!m_backend)
        return draft;

    DraftRequest request;
    request.system = systemPrompt(*specialist, draft, input);
    request.user = input.ticket->subject.isEmpty()
        ? text
        : QStringLiteral("Subject: %1\n\n%2").arg(input.ticket->subject, input.ticket->body);
    request.language = draft.language;
    QString answer;
    QString error;
    if (!m_backend->complete(request, &answer, &error)) {
        addNote(&draft,
                EngineText::make(
                    QT_TRANSLATE_NOOP("RouteDesk::Engine", "LLM drafting failed (%1): this is the template draft"),
                    {EngineArg::plain(error)}));
        return draft;
    }
    if (const QString promise = forbiddenPromise(*specialist, answer); !promise.isEmpty()) {
        addNote(&draft,
                EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine",
                                                   "The LLM draft promised \"%1\", which policy reserves for people: "
                                                   "this is the template draft"),
                                 {EngineArg::plain(promise)}));
        return draft;
    }
    draft.text = answer;
    draft.source = Draft::Source::Llm;
    addNote(&draft,
            EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine", "Drafted by %1"),
                             {EngineArg::plain(m_backend->name())}));
    return draft;
}

} // namespace RouteDesk
