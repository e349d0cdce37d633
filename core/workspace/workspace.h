#pragma once

// A workspace: the taxonomy, the specialists with their templates, articles, tools and policies, the escalation
// policy and the hand-written rules, loaded from one JSON document and validated. The schema is in
// docs/engine.md. Immutable once loaded: share it as std::shared_ptr<const Workspace> across threads.

#include "entities.h"
#include "rule.h"
#include "textmatch.h"

#include "model/category.h"
#include "model/routingdecision.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace RouteDesk {

struct Money
{
    double amount = 0.0;
    QString currency;

    friend bool operator==(const Money &, const Money &) = default;
};

struct KnowledgeArticle
{
    QString id;
    QString title;
    QString body;
    QStringList keywords; // extra search terms (synonyms, other languages)
    QString url;
    QString language = QStringLiteral("en"); // the language `title` (and the page) is written in
    QMap<QString, QString> titles; // language -> the title in that language, for drafts in it

    // The title to cite in a draft of `draftLanguage`; empty when the article has none in it (a draft speaks one
    // language, so it is not cited).
    QString titleIn(const QString &draftLanguage) const
    {
        return draftLanguage == language ? title : titles.value(draftLanguage);
    }
};

// A sentence a template includes only when its specialist may use `tool` ("I have resent invoice
// {invoice_number}"). RouteDesk never runs tools: the step is a suggestion for the agent.
struct ToolStep
{
    QString tool;
    QString text;
};

struct ReplyTemplate
{
    QString id;
    QString language = QStringLiteral("en");
    QStringList match; // phrases that make this template fit; empty = generic
    QStringList whenFlags; // escalation codes that must all be present (e.g. refund_review); empty = any
    QString text; // with {placeholders}; {tool_steps} marks where tool steps go (else they are appended)
    QList<ToolStep> toolSteps;
    PhraseMatcher matcher; // compiled `match`
};

struct SpecialistPolicies
{
    std::optional<Money> refundLimit; // refunds above it are a policy exception
    int refundMaxDays = 0; // 0 = no age limit; charges older than this are a policy exception
    QStringList forbiddenPromises; // phrases no draft may contain (added to the built-in list)
    QString reviewNotice; // sentence drafts add when a person must review (refund_review, policy_exception)
};

struct Specialist
{
    QString id;
    QString name;
    QString instructions; // for people and for the LLM system prompt
    QString signature; // closing of every draft
    QMap<QString, QString> signatures; // language -> the closing in that language (else `signature`)
    QStringList tools; // ids from Workspace::tools() this specialist may use
    SpecialistPolicies policies;
    QList<ReplyTemplate> templates;
    QList<KnowledgeArticle> articles;
    QMap<QString, QString> names; // language -> the name in that language; else `name`

    bool mayUse(const QString &tool) const { return tools.contains(tool); }
    QStringList templateLanguages() const;
    QString signatureIn(const QString &language) const { return signatures.value(language, signature); }
    QString nameIn(const QString &language) const { return names.value(language, name); }
};

struct ToolDefinition
{
    QString id; // "lookup_invoice"
    QString description;
};

struct MultiIntentRule
{
    bool enabled = true;
    bool useModelSecondary = true; // classifier secondary intents count
    double segmentConfidence = 0.8; // a paragraph or sentence group classified elsewhere with at least this p
    int minSegmentWords = 6;
    bool distinctSpecialists = true; // only intents owned by another specialist count
    QMap<QString, QStringList> cues; // language -> words that announce another issue ("also", "separately")
    PhraseMatcher cueMatcher;
    double cueSegmentConfidence = 0.55; // the segment threshold when a cue is present
    // With a model that has a multi_intent detector, the flag needs the detector: secondary intents and cues are
    // what it names, not what triggers it.
    bool learned = true;
};

struct OutOfScopeRule
{
    double maxProbability = 0.7; // with an out_of_scope phrase hit, flagged when the top p is below this
    int strongHits = 2; // this many distinct out_of_scope phrases flag regardless of p
    double floor = 0.0; // flagged when the top p is below this, phrases or not (0 = off)
    QString category; // out-of-scope tickets are filed here (empty: keep the model's category)
    bool learned = true; // the model's scope threshold flags tickets that fit no category
    double targetPass = 0.95; // training: the share of in-scope tickets the scope threshold lets through
};

// A learned risk detector as the workspace wants it: used or not, and what its threshold is trained for (a
// cross-validated recall, or a precision when targetPrecision is above 0).
struct DetectorSetting
{
    bool enabled = true;
    double targetRecall = 0.95;
    double targetPrecision = 0.0;
};

// Words that hint at self-harm or hopelessness. A hit always escalates (emotional_distress), is never negated,
// and the draft only says that a person will reply.
struct CrisisRule
{
    QMap<QString, QStringList> phrases; // language -> phrases, as written
    PhraseMatcher matcher;
    QMap<QString, QString> reply; // language -> the holding reply
};

struct EscalationPolicy
{
    std::optional<double> confidenceThreshold; // nullopt: the model's own threshold
    double ambiguityMargin = 0.1; // ambiguous when p(top) - p(second) is below it
    MultiIntentRule multiIntent;
    QStringList highRiskCategories;
    double highRiskConfidence = 0.0; // stricter threshold for high-risk categories (0 = same as the others)
    NegationCues negation;
    QMap<QString, QMap<QString, QStringList>> phrases; // code -> language -> phrases, as written
    QHash<QString, PhraseMatcher> phraseMatchers; // code -> all languages compiled
    QStringList vipTiers; // folded
    int maxReroutes = 2;
    OutOfScopeRule outOfScope;
    // Learned detectors by escalation code; codes the workspace does not list use the defaults (0.98 recall for
    // emotional_distress and security_incident, 0.95 for the others).
    QHash<QString, DetectorSetting> detectors;
    DetectorSetting detector(const QString &code) const;
    CrisisRule crisis;
    QHash<QString, double> currencyRates; // units of the policy currency per unit ("EUR": 1.08 for USD limits)
};

// What the agent's desk asks before an action. An accept of a ticket flagged with one of `confirmAccept` needs a
// second, deliberate step (the desktop app offers Escalate as the default).
struct TriagePolicy
{
    QStringList confirmAccept; // escalation codes; default: the risky ones (defaultConfirmAccept())

    static QStringList defaultConfirmAccept();
    // The codes of `flags` that make an accept need a confirmation, in the flags' order; empty: accept at once.
    QStringList acceptNeedsConfirmation(const QList<EscalationFlag> &flags) const;
};

struct EscalationTarget
{
    QString id; // "team_lead" or the queue id
    QString name;
    QString contact;
    QStringList codes; // escalation codes this queue takes (queues only)
};

// Promises no draft may make in any workspace (refunds are reserved for people); specialists add their own.
const QStringList &builtInForbiddenPromises();

class Workspace
{
public:
    ~Workspace();

    // nullptr with *error naming the JSON path and the problem ("specialists[2].policies.refund_limit.amount:
    // must be a positive number") or the file problem.
    static std::unique_ptr<Workspace> load(const QString &path, QString *error);
    // `origin` names the document in errors ("workspace.json").
    static std::unique_ptr<Workspace> fromJson(const QByteArray &json, const QString &origin, QString *error);
    // The demo workspace embedded in the resources (:/demo/workspace.json).
    static std::unique_ptr<Workspace> demo(QString *error);

    QString name() const { return m_name; }
    QString displayName() const { return m_displayName; }
    QString company() const { return m_company; }
    // "<name>@<first 12 hex digits of the SHA-256 of the document>"
    QString version() const { return m_version; }
    QByteArray document() const { return m_document; }

    const Taxonomy &taxonomy() const { return m_taxonomy; }
    const QList<Specialist> &specialists() const { return m_specialists; }
    const Specialist *specialist(const QString &id) const;
    // The specialist owning `category`, or nullptr.
    const Specialist *specialistForCategory(const QString &category) const;
    const QList<ToolDefinition> &tools() const { return m_tools; }
    const ToolDefinition *tool(const QString &id) const;
    const EscalationPolicy &escalation() const { return m_escalation; }
    const TriagePolicy &triage() const { return m_triage; }
    const QList<Rule> &rules() const { return m_rules; }
    const EscalationTarget &teamLead() const { return m_teamLead; }
    const QList<EscalationTarget> &queues() const { return m_queues; }
    // The queue that takes `code`, else the team lead.
    const EscalationTarget &targetFor(const QString &code) const;
    const EntityVocabulary &vocabulary() const { return m_vocabulary; }
    // Replies for a conversation whose latest requester message needs no answer ("no need to reply", "all sorted
    // now"): matched against that message only, in the draft's language, for any specialist.
    const QList<ReplyTemplate> &acknowledgements() const { return m_acknowledgements; }
    // Placeholder values used when the ticket gives none: language -> placeholder -> text.
    QString placeholderDefault(const QString &language, const QString &placeholder) const;
    // Non-fatal findings (a template step for a tool its specialist may not use, ...).
    const QStringList &warnings() const { return m_warnings; }

private:
    Workspace() = default;
    friend class WorkspaceParser;

    QString m_name;
    QString m_displayName;
    QString m_company;
    QString m_version;
    QByteArray m_document;
    Taxonomy m_taxonomy;
    QList<Specialist> m_specialists;
    QList<ToolDefinition> m_tools;
    EscalationPolicy m_escalation;
    TriagePolicy m_triage;
    QList<Rule> m_rules;
    EscalationTarget m_teamLead;
    QList<EscalationTarget> m_queues;
    EntityVocabulary m_vocabulary;
    QHash<QString, QHash<QString, QString>> m_placeholderDefaults;
    QList<ReplyTemplate> m_acknowledgements;
    QStringList m_warnings;
};

} // namespace RouteDesk
