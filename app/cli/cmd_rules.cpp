// routedesk-cli rules: rule suggestions mined from overrides; a team lead accepts (optionally edited) or rejects
// them. Accepted rules are kept in the store and merged after the workspace's own rules.

#include "cmd_learn.h"

#include "learn/learnstore.h"
#include "learn/rulemining.h"

#include <QSaveFile>

using namespace RouteDesk;

namespace {

void printSuggestion(QTextStream &out, const RuleSuggestion &s, int maxChanges)
{
    out << s.key << "  \"" << s.phrase << "\" -> " << s.category << "  support " << s.support << ", precision "
        << LearnCli::percent(s.precision()) << " (" << s.correct << " of " << s.matches << " stored tickets), changes "
        << s.changes.size() << " tickets (" << s.fixes() << " right, " << s.breaks() << " wrong)\n";
    int shown = 0;
    for (const RuleChange &c : s.changes) {
        if (shown++ >= maxChanges) {
            out << "      ... and " << (s.changes.size() - maxChanges) << " more\n";
            break;
        }
        out << "      " << c.source << " #" << c.externalId << " \"" << c.subject.simplified().left(60)
            << "\": " << c.before << " -> " << c.after << " (final " << c.finalCategory
            << (c.right() ? ", right)" : ", wrong)") << '\n';
    }
}

int rulesCommand(const QStringList &arguments)
{
    const QString name = QStringLiteral("rules");
    QCommandLineParser parser;
    LearnCli::addStoreOption(parser);
    parser.addOption({QStringLiteral("suggest"), QStringLiteral("List suggestions mined from overrides (default).")});
    parser.addOption({QStringLiteral("accept"), QStringLiteral("Accept a suggestion as a rule (team leads)."),
                      QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("reject"), QStringLiteral("Reject a suggestion for good (team leads)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("phrase"), QStringLiteral("With --accept: the rule's phrase instead."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("category"), QStringLiteral("With --accept: the rule's category instead."),
                      QStringLiteral("CATEGORY")});
    parser.addOption({QStringLiteral("boost"),
                      QStringLiteral("With --accept: boost the category by this (-1..1) instead of setting it."),
                      QStringLiteral("X")});
    parser.addOption({QStringLiteral("note"), QStringLiteral("Why (kept with the verdict)."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("list"), QStringLiteral("List accepted rules and verdicts.")});
    parser.addOption({QStringLiteral("disable"), QStringLiteral("Switch an accepted rule off (team leads)."),
                      QStringLiteral("RULE")});
    parser.addOption({QStringLiteral("enable"), QStringLiteral("Switch an accepted rule on again (team leads)."),
                      QStringLiteral("RULE")});
    parser.addOption({QStringLiteral("min-support"), QStringLiteral("Minimum support (default 3)."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("min-precision"), QStringLiteral("Minimum precision (default 0.8)."),
                      QStringLiteral("P"), QStringLiteral("0.8")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Also write the suggestions as JSON to this file."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("workspace"),
                      QStringLiteral("Workspace the rules must fit (default: the demo workspace)."),
                      QStringLiteral("WS")});
    LearnCli::addByOption(parser);
    int code = Cli::Ok;
    if (!Cli::parse(parser, arguments, name, &code))
        return code;
    const int actions = int(parser.isSet(QStringLiteral("accept"))) + int(parser.isSet(QStringLiteral("reject")))
        + int(parser.isSet(QStringLiteral("list"))) + int(parser.isSet(QStringLiteral("disable")))
        + int(parser.isSet(QStringLiteral("enable"))) + int(parser.isSet(QStringLiteral("suggest")));
    if (actions > 1)
        return Cli::fail(name,
                         QStringLiteral("give at most one of --suggest, --accept, --reject, --list, --disable, "
                                        "--enable"),
                         Cli::UsageError);
    RuleMiningOptions mining;
    bool ok = false;
    mining.minSupport = parser.value(QStringLiteral("min-support")).toInt(&ok);
    if (!ok || mining.minSupport < 1)
        return Cli::fail(name, QStringLiteral("--min-support must be a positive whole number"), Cli::UsageError);
    mining.minPrecision = parser.value(QStringLiteral("min-precision")).toDouble(&ok);
    if (!ok || mining.minPrecision < 0.0 || mining.minPrecision > 1.0)
        return Cli::fail(name, QStringLiteral("--min-precision must be a number from 0 to 1"), Cli::UsageError);
    RuleEdit edit;
    edit.phrase = parser.value(QStringLiteral("phrase"));
    edit.category = parser.value(QStringLiteral("category"));
    if (parser.isSet(QStringLiteral("boost"))) {
        edit.boost = parser.value(QStringLiteral("boost")).toDouble(&ok);
        if (!ok || edit.boost < -1.0 || edit.boost > 1.0 || edit.boost == 0.0)
            return Cli::fail(name, QStringLiteral("--boost must be a non-zero number from -1 to 1"), Cli::UsageError);
    }

    QString error;
    const std::unique_ptr<DecisionStore> store = LearnCli::openStore(parser, &error);
    if (!store)
        return Cli::fail(name, error, Cli::Failed);
    LearnStore learn(*store);
    QTextStream &out = Cli::out();

    if (parser.isSet(QStringLiteral("list"))) {
        const QList<AcceptedRule> rules = learn.acceptedRules(false);
        const QList<RuleReview> reviews = learn.ruleReviews();
        if (!learn.errorString().isEmpty())
            return Cli::fail(name, learn.errorString(), Cli::Failed);
        out << "accepted rules (" << rules.size() << "):\n";
        for (const AcceptedRule &rule : rules)
            out << "  " << rule.ruleId << (rule.enabled ? "" : " (disabled)") << " by " << rule.author << " on "
                << rule.createdAt.toUTC().toString(Qt::ISODate) << ": "
                << QString::fromStdString(rule.rule.value("description", std::string())) << '\n';
        out << "verdicts (" << reviews.size() << "):\n";
        for (const RuleReview &review : reviews)
            out << "  " << review.suggestionKey << " \"" << review.phrase << "\" -> " << review.category << ": "
                << (review.accepted ? "accepted" : "rejected") << " by " << review.reviewer << " on "
                << review.reviewedAt.toUTC().toString(Qt::ISODate)
                << (review.note.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(review.note)) << '\n';
        out << Qt::flush;
        return Cli::Ok;
    }
    if (parser.isSet(QStringLiteral("disable")) || parser.isSet(QStringLiteral("enable"))) {
        const bool enable = parser.isSet(QStringLiteral("enable"));
        const QString rule = parser.value(enable ? QStringLiteral("enable") : QStringLiteral("disable"));
        if (!learn.setRuleEnabled(rule, enable))
            return Cli::fail(name, learn.errorString(), Cli::Failed);
        out << "rule " << rule << (enable ? " enabled" : " disabled") << Qt::endl;
        return Cli::Ok;
    }

    // Suggestions are mined afresh from the store; reviewed ones (and near copies) never come back.
    const QList<LabelledTicket> labelled = store->labelledTickets();
    if (!store->errorString().isEmpty())
        return Cli::fail(name, store->errorString(), Cli::Failed);
    const QList<RuleReview> reviews = learn.ruleReviews();
    if (!learn.errorString().isEmpty())
        return Cli::fail(name, learn.errorString(), Cli::Failed);
    QSet<QString> reviewed;
    QHash<QString, QStringList> reviewedPhrases;
    for (const RuleReview &review : reviews) {
        reviewed.insert(review.suggestionKey);
        reviewedPhrases[review.category].append(review.phrase);
    }
    const QString target = parser.isSet(QStringLiteral("accept")) ? parser.value(QStringLiteral("accept"))
                                                                  : parser.value(QStringLiteral("reject"));
    if (!target.isEmpty()) {
        for (const RuleReview &review : reviews) {
            if (review.suggestionKey == target)
                return Cli::fail(name,
                                 QStringLiteral("suggestion %1 was already %2 by %3")
                                     .arg(target,
                                          review.accepted ? QStringLiteral("accepted") : QStringLiteral("rejected"),
                                          review.reviewer),
                                 Cli::Failed);
        }
        mining.maxSuggestions = 1000; // find it even when it ranks low
    }
    const QList<RuleSuggestion> suggestions = mineRuleSuggestions(labelled, reviewed, reviewedPhrases, mining);

    if (target.isEmpty()) {
        if (parser.isSet(QStringLiteral("json"))) {
            nlohmann::json list = nlohmann::json::array();
            for (const RuleSuggestion &s : suggestions)
                list.push_back(s.toJson());
            QSaveFile file(parser.value(QStringLiteral("json")));
            const QByteArray json = QByteArray::fromStdString(list.dump(2)) + '\n';
            if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
                return Cli::fail(name, QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()),
                                 Cli::Failed);
        }
        out << suggestions.size() << " rule suggestions from " << labelled.size()
            << " stored tickets with a final category";
        if (!reviews.isEmpty())
            out << " (" << reviews.size() << " reviewed suggestions left out)";
        out << ":\n";
        for (const RuleSuggestion &s : suggestions)
            printSuggestion(out, s, 5);
        if (!suggestions.isEmpty())
            out << "accept one with: routedesk-cli rules --store " << store->location().display() << " --accept "
                << suggestions.constFirst().key << " [--phrase TEXT] [--category C] [--boost X]\n";
        out << Qt::flush;
        return Cli::Ok;
    }

    const auto found = std::find_if(suggestions.cbegin(), suggestions.cend(),
                                    [&](const RuleSuggestion &s) { return s.key == target; });
    if (found == suggestions.cend())
        return Cli::fail(name,
                         QStringLiteral("there is no suggestion %1 (run `routedesk-cli rules --store %2 --suggest`)")
                             .arg(target, store->location().display()),
                         Cli::Failed);
    if (parser.isSet(QStringLiteral("reject"))) {
        if (!learn.rejectSuggestion(found->key, found->category, found->phrase, found->support, found->precision(),
                                    LearnCli::by(parser), parser.value(QStringLiteral("note"))))
            return Cli::fail(name, learn.errorString(), Cli::Failed);
        out << "rejected " << found->key << " (\"" << found->phrase << "\" -> " << found->category
            << "); it will not be suggested again" << Qt::endl;
        return Cli::Ok;
    }

    // Accept, maybe edited: the figures are measured again for the edited phrase and category.
    RuleSuggestion accepted = *found;
    if (!edit.phrase.trimmed().isEmpty() || !edit.category.trimmed().isEmpty()) {
        accepted
            = measurePhrase(labelled, edit.category.trimmed().isEmpty() ? found->category : edit.category.trimmed(),
                            edit.phrase.trimmed().isEmpty() ? found->phrase : edit.phrase.trimmed());
        accepted.key = found->key;
    }
    const nlohmann::json rule = suggestionRule(accepted, edit, LearnCli::by(parser), QDateTime::currentDateTimeUtc());
    LearningSetup setup;
    setup.workspacePath = parser.value(QStringLiteral("workspace"));
    std::shared_ptr<const Workspace> workspace = setup.workspacePath.isEmpty()
        ? std::shared_ptr<const Workspace>(Workspace::demo(&error))
        : std::shared_ptr<const Workspace>(Workspace::load(setup.workspacePath, &error));
    if (!workspace)
        return Cli::fail(name, error, Cli::BadInput);
    QList<nlohmann::json> rules;
    for (const AcceptedRule &existing : learn.acceptedRules())
        rules.append(existing.rule);
    rules.append(rule);
    if (!workspaceWithRules(workspace, rules, &error))
        return Cli::fail(name, error, Cli::BadInput);
    if (!learn.acceptRule(found->key, accepted.category, accepted.phrase, accepted.support, accepted.precision(), rule,
                          LearnCli::by(parser), parser.value(QStringLiteral("note"))))
        return Cli::fail(name, learn.errorString(), Cli::Failed);
    out << "accepted " << found->key << " as rule " << QString::fromStdString(rule.value("id", std::string()))
        << ": when the text has \"" << accepted.phrase << "\", "
        << (edit.boost != 0.0 ? QStringLiteral("boost %1 by %2").arg(accepted.category).arg(edit.boost)
                              : QStringLiteral("set %1").arg(accepted.category))
        << '\n';
    printSuggestion(out, accepted, 10);
    out << Qt::flush;
    return Cli::Ok;
}

const Cli::Registration registration(
    {QStringLiteral("rules"), QStringLiteral("Rule suggestions from overrides: list, accept, edit or reject"),
     QStringLiteral("--store STORE [--suggest | --accept ID [--phrase TEXT] [--category C] [--boost X] | --reject ID | "
                    "--list | --disable RULE | --enable RULE] [--min-support N] [--min-precision P] [--json FILE] "
                    "[--note TEXT] [--by NAME]"),
     rulesCommand});

} // namespace
