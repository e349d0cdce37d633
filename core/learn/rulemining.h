#pragma once

// Rule suggestions mined from overrides: words and phrases (1 to 3 words, normalised as the classifier normalises
// text) that reliably mark the category agents chose where the model was wrong. Each suggestion carries its
// support, its precision on every stored ticket with a final category, and the tickets it would change. A lead
// accepts (it becomes a workspace rule, stored in the store: LearnStore::acceptRule), edits or rejects it.

#include "store/decisionstore.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <nlohmann/json.hpp>

namespace RouteDesk {

struct RuleMiningOptions
{
    int maxWords = 3; // n-grams of 1..maxWords words
    int minSupport = 3; // wrong-model overrides to the category that contain the phrase
    double minPrecision = 0.8; // share of all stored tickets with the phrase that were settled in the category
    int maxSuggestions = 25;
};

// A stored ticket a rule would move to the suggestion's category.
struct RuleChange
{
    qint64 ticketId = 0;
    QString source;
    QString externalId;
    QString subject;
    QString before; // the category of the decision the agent saw
    QString finalCategory; // what the agents settled on
    QString after; // the suggestion's category
    bool right() const { return finalCategory == after; }
};

struct RuleSuggestion
{
    QString key; // stable: suggestionKey(category, phrase)
    QString phrase; // as the rule will list it
    QString category;
    int support = 0; // overrides settled in `category` where the model had suggested another, with the phrase
    int matches = 0; // stored tickets with a final category whose text has the phrase
    int correct = 0; // of those, settled in `category`
    QList<RuleChange> changes; // tickets with the phrase whose suggestion was another category

    double precision() const { return matches > 0 ? double(correct) / double(matches) : 0.0; }
    int fixes() const; // changes that would become right
    int breaks() const; // changes that were right and would become wrong
    nlohmann::json toJson() const;
};

// "s" + the first 10 hex digits of SHA-1(category + "\n" + normalised phrase): the same suggestion gets the same
// key in every run and every store.
QString suggestionKey(const QString &category, const QString &phrase);

// Mines `labelled` (every stored ticket with a final category). Suggestions whose key is in `reviewed`, or whose
// phrase overlaps (contains or is contained in) a reviewed phrase of the same category in `reviewedPhrases`
// (category -> phrases), are left out: a rejected suggestion never returns, nor do its near copies.
// Best first: support times precision, then fewer words.
QList<RuleSuggestion> mineRuleSuggestions(const QList<LabelledTicket> &labelled, const QSet<QString> &reviewed,
                                          const QHash<QString, QStringList> &reviewedPhrases,
                                          const RuleMiningOptions &options = {});

// The figures of an arbitrary phrase and category (a lead's edit), measured as the rule would match.
RuleSuggestion measurePhrase(const QList<LabelledTicket> &labelled, const QString &category, const QString &phrase);

// How a lead turns a suggestion into a rule.
struct RuleEdit
{
    QString phrase; // empty: the suggestion's
    QString category; // empty: the suggestion's
    double boost = 0.0; // 0: "set_category"; otherwise a "boost" of this amount (-1..1)
};

// The workspace rule (workspace JSON syntax) an accepted suggestion becomes: id "learned-<key>", a description
// with the figures, "author" and "created_at" (ISO 8601, UTC), when text has the phrase, then set the category
// (or boost it).
nlohmann::json suggestionRule(const RuleSuggestion &suggestion, const RuleEdit &edit, const QString &author,
                              const QDateTime &at);

} // namespace RouteDesk
