#include "workspace.h"

#include "io/jsonparse.h"
#include "model/routingdecision.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include <nlohmann/json.hpp>

#include <cmath>

Q_LOGGING_CATEGORY(lcWorkspace, "routedesk.workspace")

namespace RouteDesk {

using nlohmann::json;

namespace {

constexpr int FormatVersion = 1;

const QStringList &knownPlaceholders()
{
    static const QStringList names = {
        QStringLiteral("customer_name"),   QStringLiteral("first_name"),     QStringLiteral("invoice_number"),
        QStringLiteral("order_number"),    QStringLiteral("amount"),         QStringLiteral("date"),
        QStringLiteral("product"),         QStringLiteral("plan"),           QStringLiteral("company"),
        QStringLiteral("specialist_name"), QStringLiteral("signature"),      QStringLiteral("articles"),
        QStringLiteral("tool_steps"),      QStringLiteral("ticket_subject"), QStringLiteral("review_notice"),
    };
    return names;
}

// Codes a phrase list may fill; the others are decided from numbers (confidence, routing history, tier).
bool phraseCodeAllowed(const QString &code)
{
    return EscalationCode::all().contains(code) && code != QLatin1String(EscalationCode::LowConfidence)
        && code != QLatin1String(EscalationCode::Ambiguous) && code != QLatin1String(EscalationCode::Vip)
        && code != QLatin1String(EscalationCode::RoutingLoop) && code != QLatin1String(EscalationCode::MultiIntent);
}

} // namespace

// Builds a Workspace from JSON, stopping at the first problem with its JSON path.
class WorkspaceParser
{
public:
    explicit WorkspaceParser(Workspace *workspace)
        : ws(workspace)
    { }

    bool parse(const json &root);
    QString error;

private:
    Workspace *ws;

    bool fail(const QString &path, const QString &why)
    {
        error = path + QStringLiteral(": ") + why;
        return false;
    }
    static QString at(const QString &path, const char *key)
    {
        if (path.isEmpty())
            return QLatin1String(key);
        return path + QLatin1Char('.') + QLatin1String(key);
    }
    static QString at(const QString &path, qsizetype index) { return path + QStringLiteral("[%1]").arg(index); }

    bool object(const json &value, const QString &path)
    {
        return value.is_object() || fail(path, QStringLiteral("must be an object"));
    }
    // Optional member: false only when present with the wrong type.
    bool string(const json &parent, const QString &path, const char *key, QString *out, bool required = false)
    {
        const auto it = parent.find(key);
        if (it == parent.end() || it->is_null()) {
            if (required)
                return fail(at(path, key), QStringLiteral("is required"));
            return true;
        }
        if (!it->is_string())
            return fail(at(path, key), QStringLiteral("must be a string"));
        *out = QString::fromStdString(it->get<std::string>());
        if (required && out->trimmed().isEmpty())
            return fail(at(path, key), QStringLiteral("must not be empty"));
        return true;
    }
    bool stringList(const json &parent, const QString &path, const char *key, QStringList *out)
    {
        const auto it = parent.find(key);
        if (it == parent.end() || it->is_null())
            return true;
        if (!it->is_array())
            return fail(at(path, key), QStringLiteral("must be a list of strings"));
        for (size_t i = 0; i < it->size(); ++i) {
            if (!(*it)[i].is_string())
                return fail(at(at(path, key), qsizetype(i)), QStringLiteral("must be a string"));
            out->append(QString::fromStdString((*it)[i].get<std::string>()));
        }
        return true;
    }
    bool number(const json &parent, const QString &path, const char *key, double *out, double min, double max,
                bool minExclusive, const QString &what)
    {
        const auto it = parent.find(key);
        if (it == parent.end() || it->is_null())
            return true;
        if (!it->is_number())
            return fail(at(path, key), QStringLiteral("must be %1").arg(what));
        const double value = it->get<double>();
        if (!std::isfinite(value) || value < min || (minExclusive && value == min) || value > max)
            return fail(at(path, key), QStringLiteral("must be %1").arg(what));
        *out = value;
        return true;
    }
    bool integer(const json &parent, const QString &path, const char *key, int *out, int min, int max)
    {
        const auto it = parent.find(key);
        if (it == parent.end() || it->is_null())
            return true;
        if (!it->is_number_integer() || it->get<qint64>() < min || it->get<qint64>() > max)
            return fail(at(path, key), QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
        *out = int(it->get<qint64>());
        return true;
    }
    bool boolean(const json &parent, const QString &path, const char *key, bool *out)
    {
        const auto it = parent.find(key);
        if (it == parent.end() || it->is_null())
            return true;
        if (!it->is_boolean())
            return fail(at(path, key), QStringLiteral("must be true or false"));
        *out = it->get<bool>();
        return true;
    }
    bool identifier(const QString &value, const QString &path)
    {
        static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_.-]{0,63}$"));
        if (!pattern.match(value).hasMatch())
            return fail(path,
                        QStringLiteral("\"%1\" is not a valid id (lower-case letters, digits, _ . -)").arg(value));
        return true;
    }
    bool phrases(const QStringList &list, const QString &path, PhraseMatcher *out)
    {
        QString why;
        const auto matcher = PhraseMatcher::compile(list, &why);
        if (!matcher)
            return fail(path + why.section(QLatin1Char(':'), 0, 0), why.section(QLatin1Char(':'), 1).trimmed());
        *out = *matcher;
        return true;
    }

    bool parseCategories(const json &root);
    bool parseTools(const json &root);
    bool parseVocabulary(const json &root);
    bool parseSpecialists(const json &root);
    bool parseAcknowledgements(const json &root);
    // An object of two-letter language code -> text (`signatures`, `titles`).
    bool languageTexts(const json &parent, const QString &path, const char *key, QMap<QString, QString> *out);
    bool parseSpecialist(const json &value, const QString &path, Specialist *out, QSet<QString> *articleIds);
    bool parseTemplate(const json &value, const QString &path, const Specialist &specialist, ReplyTemplate *out);
    bool parseEscalation(const json &root);
    bool parseRules(const json &root);
    bool parseCondition(const json &value, const QString &path, Condition *out, int depth);
    bool parseAction(const json &value, const QString &path, RuleAction *out);
    bool parseTargets(const json &root);
    bool parseTriage(const json &root);
};

bool WorkspaceParser::parse(const json &root)
{
    if (!root.is_object())
        return fail(QStringLiteral("(document)"), QStringLiteral("must be a JSON object"));
    QString format;
    if (!string(root, {}, "format", &format))
        return false;
    if (!format.isEmpty() && format != QLatin1String("routedesk-workspace"))
        return fail(QStringLiteral("format"), QStringLiteral("must be \"routedesk-workspace\""));
    int version = FormatVersion;
    if (!integer(root, {}, "format_version", &version, 1, 1000000))
        return false;
    if (version > FormatVersion)
        return fail(QStringLiteral("format_version"),
                    QStringLiteral("%1 is newer than this RouteDesk reads (%2)").arg(version).arg(FormatVersion));
    if (!string(root, {}, "name", &ws->m_name, true) || !identifier(ws->m_name, QStringLiteral("name")))
        return false;
    ws->m_displayName = ws->m_name;
    if (!string(root, {}, "display_name", &ws->m_displayName) || !string(root, {}, "company", &ws->m_company))
        return false;
    return parseTools(root) && parseVocabulary(root) && parseSpecialists(root) && parseAcknowledgements(root)
        && parseCategories(root) && parseEscalation(root) && parseTargets(root) && parseRules(root)
        && parseTriage(root);
}

bool WorkspaceParser::languageTexts(const json &parent, const QString &path, const char *key,
                                    QMap<QString, QString> *out)
{
    const auto it = parent.find(key);
    if (it == parent.end() || it->is_null())
        return true;
    const QString mapPath = at(path, key);
    if (!object(*it, mapPath))
        return false;
    static const QRegularExpression code(QStringLiteral("^[a-z]{2}$"));
    for (auto language = it->begin(); language != it->end(); ++language) {
        const QString name = QString::fromStdString(language.key());
        if (!code.match(name).hasMatch())
            return fail(at(mapPath, language.key().c_str()),
                        QStringLiteral("must be a two-letter language code like \"de\""));
        QString text;
        if (!string(*it, mapPath, language.key().c_str(), &text, true))
            return false;
        out->insert(name, text);
    }
    return true;
}

bool WorkspaceParser::parseAcknowledgements(const json &root)
{
    const auto it = root.find("acknowledgements");
    if (it == root.end() || it->is_null())
        return true;
    const QString path = QStringLiteral("acknowledgements");
    if (!it->is_array())
        return fail(path, QStringLiteral("must be a list of reply templates"));
    const Specialist nobody; // no tools: an acknowledgement offers none
    for (size_t i = 0; i < it->size(); ++i) {
        const QString entryPath = at(path, qsizetype(i));
        ReplyTemplate acknowledgement;
        if (!parseTemplate((*it)[i], entryPath, nobody, &acknowledgement))
            return false;
        if (acknowledgement.match.isEmpty())
            return fail(at(entryPath, "match"),
                        QStringLiteral("an acknowledgement needs the phrases that say no answer is needed"));
        if (!acknowledgement.toolSteps.isEmpty())
            return fail(at(entryPath, "tool_steps"), QStringLiteral("an acknowledgement offers no tools"));
        ws->m_acknowledgements.append(acknowledgement);
    }
    return true;
}

bool WorkspaceParser::parseCategories(const json &root)
{
    const auto it = root.find("categories");
    if (it == root.end() || !it->is_array() || it->empty())
        return fail(QStringLiteral("categories"), QStringLiteral("must be a non-empty list of categories"));
    QList<Category> categories;
    for (size_t i = 0; i < it->size(); ++i) {
        const QString path = at(QStringLiteral("categories"), qsizetype(i));
        const json &value = (*it)[i];
        if (!object(value, path))
            return false;
        Category category;
        if (!string(value, path, "id", &category.id, true) || !identifier(category.id, at(path, "id")))
            return false;
        for (const Category &other : categories) {
            if (other.id == category.id)
                return fail(at(path, "id"), QStringLiteral("\"%1\" is used twice").arg(category.id));
        }
        category.name = category.id;
        if (!string(value, path, "name", &category.name) || !languageTexts(value, path, "names", &category.names)
            || !string(value, path, "description", &category.description)
            || !string(value, path, "specialist", &category.specialist, true))
            return false;
        if (!ws->specialist(category.specialist))
            return fail(at(path, "specialist"), QStringLiteral("no specialist \"%1\"").arg(category.specialist));
        categories.append(category);
    }
    ws->m_taxonomy = Taxonomy(categories);
    return true;
}

bool WorkspaceParser::parseTools(const json &root)
{
    const auto it = root.find("tools");
    if (it == root.end() || it->is_null())
        return true;
    if (!it->is_array())
        return fail(QStringLiteral("tools"), QStringLiteral("must be a list of tools"));
    for (size_t i = 0; i < it->size(); ++i) {
        const QString path = at(QStringLiteral("tools"), qsizetype(i));
        const json &value = (*it)[i];
        ToolDefinition tool;
        if (!object(value, path) || !string(value, path, "id", &tool.id, true) || !identifier(tool.id, at(path, "id"))
            || !string(value, path, "description", &tool.description))
            return false;
        if (ws->tool(tool.id))
            return fail(at(path, "id"), QStringLiteral("\"%1\" is used twice").arg(tool.id));
        ws->m_tools.append(tool);
    }
    return true;
}

bool WorkspaceParser::parseVocabulary(const json &root)
{
    const auto it = root.find("vocabulary");
    if (it != root.end() && !it->is_null()) {
        const QString path = QStringLiteral("vocabulary");
        if (!object(*it, path) || !stringList(*it, path, "products", &ws->m_vocabulary.products)
            || !stringList(*it, path, "plans", &ws->m_vocabulary.plans)
            || !string(*it, path, "invoice_pattern", &ws->m_vocabulary.invoicePattern)
            || !string(*it, path, "order_pattern", &ws->m_vocabulary.orderPattern)
            || !string(*it, path, "currency", &ws->m_vocabulary.defaultCurrency))
            return false;
        for (const char *key : {"invoice_pattern", "order_pattern"}) {
            const QString pattern = QLatin1String(key) == QLatin1String("invoice_pattern")
                ? ws->m_vocabulary.invoicePattern
                : ws->m_vocabulary.orderPattern;
            QString why;
            if (!pattern.isEmpty() && !BoundedRegex::compile(pattern, &why))
                return fail(at(path, key), why);
        }
    }
    const auto defaults = root.find("placeholder_defaults");
    if (defaults != root.end() && !defaults->is_null()) {
        const QString path = QStringLiteral("placeholder_defaults");
        if (!object(*defaults, path))
            return false;
        for (auto language = defaults->begin(); language != defaults->end(); ++language) {
            const QString languagePath = path + QLatin1Char('.') + QString::fromStdString(language.key());
            if (!object(language.value(), languagePath))
                return false;
            for (auto entry = language.value().begin(); entry != language.value().end(); ++entry) {
                const QString key = QString::fromStdString(entry.key());
                const QString entryPath = languagePath + QLatin1Char('.') + key;
                if (!knownPlaceholders().contains(key))
                    return fail(entryPath, QStringLiteral("unknown placeholder"));
                if (!entry.value().is_string())
                    return fail(entryPath, QStringLiteral("must be a string"));
                ws->m_placeholderDefaults[QString::fromStdString(language.key())][key]
                    = QString::fromStdString(entry.value().get<std::string>());
            }
        }
    }
    return true;
}

bool WorkspaceParser::parseSpecialists(const json &root)
{
    const auto it = root.find("specialists");
    if (it == root.end() || !it->is_array() || it->empty())
        return fail(QStringLiteral("specialists"), QStringLiteral("must be a non-empty list of specialists"));
    QSet<QString> articleIds;
    for (size_t i = 0; i < it->size(); ++i) {
        Specialist specialist;
        if (!parseSpecialist((*it)[i], at(QStringLiteral("specialists"), qsizetype(i)), &specialist, &articleIds))
            return false;
        ws->m_specialists.append(specialist);
    }
    return true;
}

bool WorkspaceParser::parseSpecialist(const json &value, const QString &path, Specialist *out,
                                      QSet<QString> *articleIds)
{
    if (!object(value, path) || !string(value, path, "id", &out->id, true) || !identifier(out->id, at(path, "id")))
        return false;
    if (ws->specialist(out->id))
        return fail(at(path, "id"), QStringLiteral("\"%1\" is used twice").arg(out->id));
    out->name = out->id;
    if (!string(value, path, "name", &out->name) || !languageTexts(value, path, "names", &out->names)
        || !string(value, path, "instructions", &out->instructions, true)
        || !string(value, path, "signature", &out->signature)
        || !languageTexts(value, path, "signatures", &out->signatures)
        || !stringList(value, path, "tools", &out->tools))
        return false;
    for (qsizetype t = 0; t < out->tools.size(); ++t) {
        if (!ws->tool(out->tools.at(t)))
            return fail(at(at(path, "tools"), t),
                        QStringLiteral("no tool \"%1\" in the workspace's tools").arg(out->tools.at(t)));
    }

    if (const auto policies = value.find("policies"); policies != value.end() && !policies->is_null()) {
        const QString policyPath = at(path, "policies");
        if (!object(*policies, policyPath))
            return false;
        if (const auto limit = policies->find("refund_limit"); limit != policies->end() && !limit->is_null()) {
            const QString limitPath = at(policyPath, "refund_limit");
            if (!object(*limit, limitPath))
                return false;
            Money money;
            money.amount = -1;
            if (!number(*limit, limitPath, "amount", &money.amount, 0, 1e12, true, QStringLiteral("a positive number")))
                return false;
            if (money.amount <= 0)
                return fail(at(limitPath, "amount"), QStringLiteral("must be a positive number"));
            if (!string(*limit, limitPath, "currency", &money.currency, true))
                return false;
            static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
            if (!code.match(money.currency).hasMatch())
                return fail(at(limitPath, "currency"), QStringLiteral("must be a three-letter ISO code like \"USD\""));
            out->policies.refundLimit = money;
        }
        if (!integer(*policies, policyPath, "refund_max_days", &out->policies.refundMaxDays, 1, 3650)
            || !stringList(*policies, policyPath, "forbidden_promises", &out->policies.forbiddenPromises)
            || !string(*policies, policyPath, "review_notice", &out->policies.reviewNotice))
            return false;
        PhraseMatcher ignored;
        if (!phrases(out->policies.forbiddenPromises, at(policyPath, "forbidden_promises"), &ignored))
            return false;
    }

    if (const auto articles = value.find("articles"); articles != value.end() && !articles->is_null()) {
        if (!articles->is_array())
            return fail(at(path, "articles"), QStringLiteral("must be a list of articles"));
        for (size_t i = 0; i < articles->size(); ++i) {
            const QString articlePath = at(at(path, "articles"), qsizetype(i));
            const json &entry = (*articles)[i];
            KnowledgeArticle article;
            if (!object(entry, articlePath) || !string(entry, articlePath, "id", &article.id, true)
                || !identifier(article.id, at(articlePath, "id"))
                || !string(entry, articlePath, "title", &article.title, true)
                || !string(entry, articlePath, "body", &article.body, true)
                || !stringList(entry, articlePath, "keywords", &article.keywords)
                || !string(entry, articlePath, "url", &article.url)
                || !string(entry, articlePath, "language", &article.language)
                || !languageTexts(entry, articlePath, "titles", &article.titles))
                return false;
            if (articleIds->contains(article.id))
                return fail(at(articlePath, "id"), QStringLiteral("\"%1\" is used twice").arg(article.id));
            articleIds->insert(article.id);
            out->articles.append(article);
        }
    }

    const auto templates = value.find("templates");
    if (templates == value.end() || !templates->is_array() || templates->empty())
        return fail(at(path, "templates"), QStringLiteral("must be a non-empty list of reply templates"));
    for (size_t i = 0; i < templates->size(); ++i) {
        ReplyTemplate replyTemplate;
        if (!parseTemplate((*templates)[i], at(at(path, "templates"), qsizetype(i)), *out, &replyTemplate))
            return false;
        for (const ReplyTemplate &other : out->templates) {
            if (other.id == replyTemplate.id)
                return fail(at(at(at(path, "templates"), qsizetype(i)), "id"),
                            QStringLiteral("\"%1\" is used twice").arg(replyTemplate.id));
        }
        out->templates.append(replyTemplate);
    }
    bool generic = false;
    for (const ReplyTemplate &replyTemplate : out->templates)
        generic = generic
            || (replyTemplate.language == QLatin1String("en") && replyTemplate.match.isEmpty()
                && replyTemplate.whenFlags.isEmpty());
    if (!generic)
        return fail(at(path, "templates"),
                    QStringLiteral("needs a generic English template (language \"en\", no match, no when_flags)"));
    return true;
}

bool WorkspaceParser::parseTemplate(const json &value, const QString &path, const Specialist &specialist,
                                    ReplyTemplate *out)
{
    if (!object(value, path) || !string(value, path, "id", &out->id, true) || !identifier(out->id, at(path, "id"))
        || !string(value, path, "language", &out->language) || !stringList(value, path, "match", &out->match)
        || !stringList(value, path, "when_flags", &out->whenFlags) || !string(value, path, "text", &out->text, true))
        return false;
    static const QRegularExpression language(QStringLiteral("^[a-z]{2}$"));
    if (!language.match(out->language).hasMatch())
        return fail(at(path, "language"), QStringLiteral("must be a two-letter language code like \"en\""));
    if (!out->match.isEmpty() && !phrases(out->match, at(path, "match"), &out->matcher))
        return false;
    for (qsizetype i = 0; i < out->whenFlags.size(); ++i) {
        if (!EscalationCode::all().contains(out->whenFlags.at(i)))
            return fail(at(at(path, "when_flags"), i),
                        QStringLiteral("unknown escalation code \"%1\"").arg(out->whenFlags.at(i)));
    }
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    static const QRegularExpression unclosed(QStringLiteral("\\{[a-z_]*(?![a-z_}])"));
    auto checkPlaceholders = [&](const QString &text, const QString &textPath) {
        if (const QRegularExpressionMatch open = unclosed.match(text); open.hasMatch())
            return fail(textPath, QStringLiteral("unclosed placeholder \"%1\"").arg(open.captured(0)));
        auto it = placeholder.globalMatch(text);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (!knownPlaceholders().contains(name))
                return fail(textPath, QStringLiteral("unknown placeholder {%1}").arg(name));
        }
        return true;
    };
    if (!checkPlaceholders(out->text, at(path, "text")))
        return false;
    if (const auto steps = value.find("tool_steps"); steps != value.end() && !steps->is_null()) {
        if (!steps->is_array())
            return fail(at(path, "tool_steps"), QStringLiteral("must be a list of {tool, text}"));
        for (size_t i = 0; i < steps->size(); ++i) {
            const QString stepPath = at(at(path, "tool_steps"), qsizetype(i));
            ToolStep step;
            if (!object((*steps)[i], stepPath) || !string((*steps)[i], stepPath, "tool", &step.tool, true)
                || !string((*steps)[i], stepPath, "text", &step.text, true)
                || !checkPlaceholders(step.text, at(stepPath, "text")))
                return false;
            if (!ws->tool(step.tool))
                return fail(at(stepPath, "tool"),
                            QStringLiteral("no tool \"%1\" in the workspace's tools").arg(step.tool));
            if (!specialist.mayUse(step.tool))
                ws->m_warnings.append(QStringLiteral("%1: specialist \"%2\" may not use tool \"%3\"; drafts leave "
                                                     "this step out")
                                          .arg(at(stepPath, "tool"), specialist.id, step.tool));
            out->toolSteps.append(step);
        }
    }
    // A template must not promise what policy reserves for people.
    const QStringList forbidden = builtInForbiddenPromises() + specialist.policies.forbiddenPromises;
    QString why;
    const auto matcher = PhraseMatcher::compile(forbidden, &why);
    if (matcher) {
        const MatchText text(out->text);
        if (const auto hit = matcher->first(text))
            return fail(at(path, "text"),
                        QStringLiteral("promises what policy reserves for people (\"%1\")").arg(hit->phrase));
    }
    return true;
}

bool WorkspaceParser::parseEscalation(const json &root)
{
    const auto it = root.find("escalation");
    if (it == root.end() || it->is_null())
        return true;
    const QString path = QStringLiteral("escalation");
    EscalationPolicy &policy = ws->m_escalation;
    if (!object(*it, path))
        return false;
    if (const auto threshold = it->find("confidence_threshold"); threshold != it->end() && !threshold->is_null()) {
        if (threshold->is_string() && threshold->get<std::string>() == "model") {
            policy.confidenceThreshold.reset();
        } else {
            double value = -1;
            if (!number(*it, path, "confidence_threshold", &value, 0, 1, false,
                        QStringLiteral("\"model\" or a number from 0 to 1")))
                return false;
            policy.confidenceThreshold = value;
        }
    }
    if (!number(*it, path, "ambiguity_margin", &policy.ambiguityMargin, 0, 1, false,
                QStringLiteral("a number from 0 to 1"))
        || !number(*it, path, "high_risk_confidence", &policy.highRiskConfidence, 0, 1, false,
                   QStringLiteral("a number from 0 to 1"))
        || !stringList(*it, path, "high_risk_categories", &policy.highRiskCategories)
        || !stringList(*it, path, "vip_tiers", &policy.vipTiers)
        || !integer(*it, path, "max_reroutes", &policy.maxReroutes, 0, 100))
        return false;
    for (QString &tier : policy.vipTiers)
        tier = foldText(tier.trimmed());
    for (qsizetype i = 0; i < policy.highRiskCategories.size(); ++i) {
        // Categories are parsed before escalation.
        if (!ws->m_taxonomy.contains(policy.highRiskCategories.at(i)))
            return fail(at(at(path, "high_risk_categories"), i),
                        QStringLiteral("no category \"%1\"").arg(policy.highRiskCategories.at(i)));
    }
    if (const auto multi = it->find("multi_intent"); multi != it->end() && !multi->is_null()) {
        const QString multiPath = at(path, "multi_intent");
        if (!object(*multi, multiPath) || !boolean(*multi, multiPath, "enabled", &policy.multiIntent.enabled)
            || !boolean(*multi, multiPath, "use_model_secondary", &policy.multiIntent.useModelSecondary)
            || !number(*multi, multiPath, "segment_confidence", &policy.multiIntent.segmentConfidence, 0, 1, true,
                       QStringLiteral("a number above 0 and at most 1"))
            || !integer(*multi, multiPath, "min_segment_words", &policy.multiIntent.minSegmentWords, 1, 1000)
            || !boolean(*multi, multiPath, "distinct_specialists", &policy.multiIntent.distinctSpecialists)
            || !number(*multi, multiPath, "cue_segment_confidence", &policy.multiIntent.cueSegmentConfidence, 0, 1,
                       true, QStringLiteral("a number above 0 and at most 1"))
            || !boolean(*multi, multiPath, "learned", &policy.multiIntent.learned))
            return false;
        if (const auto cues = multi->find("cues"); cues != multi->end() && !cues->is_null()) {
            const QString cuesPath = at(multiPath, "cues");
            if (!object(*cues, cuesPath))
                return false;
            QStringList all;
            for (auto language = cues->begin(); language != cues->end(); ++language) {
                QStringList list;
                if (!stringList(*cues, cuesPath, language.key().c_str(), &list))
                    return false;
                PhraseMatcher ignored;
                if (!phrases(list, at(cuesPath, language.key().c_str()), &ignored))
                    return false;
                policy.multiIntent.cues.insert(QString::fromStdString(language.key()), list);
                all += list;
            }
            if (!phrases(all, cuesPath, &policy.multiIntent.cueMatcher))
                return false;
        }
    }
    if (const auto scope = it->find("out_of_scope"); scope != it->end() && !scope->is_null()) {
        const QString scopePath = at(path, "out_of_scope");
        if (!object(*scope, scopePath)
            || !number(*scope, scopePath, "max_probability", &policy.outOfScope.maxProbability, 0, 1, false,
                       QStringLiteral("a number from 0 to 1"))
            || !integer(*scope, scopePath, "strong_hits", &policy.outOfScope.strongHits, 1, 100)
            || !number(*scope, scopePath, "floor", &policy.outOfScope.floor, 0, 1, false,
                       QStringLiteral("a number from 0 to 1"))
            || !string(*scope, scopePath, "category", &policy.outOfScope.category)
            || !boolean(*scope, scopePath, "learned", &policy.outOfScope.learned)
            || !number(*scope, scopePath, "target_pass", &policy.outOfScope.targetPass, 0, 1, true,
                       QStringLiteral("a number above 0 and below 1")))
            return false;
        if (policy.outOfScope.targetPass >= 1)
            return fail(at(scopePath, "target_pass"), QStringLiteral("must be a number above 0 and below 1"));
        if (!policy.outOfScope.category.isEmpty() && !ws->m_taxonomy.contains(policy.outOfScope.category))
            return fail(at(scopePath, "category"),
                        QStringLiteral("no category \"%1\"").arg(policy.outOfScope.category));
    }
    if (const auto negation = it->find("negation"); negation != it->end() && !negation->is_null()) {
        const QString negationPath = at(path, "negation");
        if (!object(*negation, negationPath)
            || !integer(*negation, negationPath, "window", &policy.negation.window, 1, 6))
            return false;
        if (const auto cues = negation->find("cues"); cues != negation->end() && !cues->is_null()) {
            const QString cuesPath = at(negationPath, "cues");
            if (!object(*cues, cuesPath))
                return false;
            for (auto language = cues->begin(); language != cues->end(); ++language) {
                QStringList words;
                if (!stringList(*cues, cuesPath, language.key().c_str(), &words))
                    return false;
                for (qsizetype i = 0; i < words.size(); ++i) {
                    const MatchText text(words.at(i));
                    if (text.tokens().size() != 1)
                        return fail(at(at(cuesPath, language.key().c_str()), i),
                                    QStringLiteral("a negation cue must be one word"));
                    policy.negation.words.insert(text.tokens().first().text);
                }
            }
        }
    }
    if (const auto phraseLists = it->find("phrases"); phraseLists != it->end() && !phraseLists->is_null()) {
        const QString phrasesPath = at(path, "phrases");
        if (!object(*phraseLists, phrasesPath))
            return false;
        for (auto code = phraseLists->begin(); code != phraseLists->end(); ++code) {
            const QString codeName = QString::fromStdString(code.key());
            const QString codePath = phrasesPath + QLatin1Char('.') + codeName;
            if (!phraseCodeAllowed(codeName))
                return fail(codePath,
                            QStringLiteral("not an escalation code that phrases decide (one of %1)")
                                .arg(QStringList(EscalationCode::all())
                                         .filter(QRegularExpression(QStringLiteral(
                                             "^(?!low_confidence|ambiguous|vip|routing_loop|multi_intent).*")))
                                         .join(QStringLiteral(", "))));
            if (!object(code.value(), codePath))
                return false;
            QStringList all;
            for (auto language = code.value().begin(); language != code.value().end(); ++language) {
                QStringList list;
                if (!stringList(code.value(), codePath, language.key().c_str(), &list))
                    return false;
                PhraseMatcher ignored;
                if (!phrases(list, at(codePath, language.key().c_str()), &ignored))
                    return false;
                policy.phrases[codeName][QString::fromStdString(language.key())] = list;
                all += list;
            }
            PhraseMatcher matcher;
            if (!phrases(all, codePath, &matcher))
                return false;
            policy.phraseMatchers.insert(codeName, matcher);
        }
    }
    if (const auto detectors = it->find("detectors"); detectors != it->end() && !detectors->is_null()) {
        const QString detectorsPath = at(path, "detectors");
        if (!object(*detectors, detectorsPath))
            return false;
        for (auto code = detectors->begin(); code != detectors->end(); ++code) {
            const QString codeName = QString::fromStdString(code.key());
            const QString codePath = detectorsPath + QLatin1Char('.') + codeName;
            if (!EscalationCode::all().contains(codeName))
                return fail(codePath, QStringLiteral("not an escalation code"));
            DetectorSetting setting = policy.detector(codeName);
            if (!object(code.value(), codePath) || !boolean(code.value(), codePath, "enabled", &setting.enabled)
                || !number(code.value(), codePath, "target_recall", &setting.targetRecall, 0, 1, true,
                           QStringLiteral("a number above 0 and at most 1"))
                || !number(code.value(), codePath, "target_precision", &setting.targetPrecision, 0, 1, false,
                           QStringLiteral("a number from 0 to 1")))
                return false;
            policy.detectors.insert(codeName, setting);
        }
    }
    if (const auto crisis = it->find("crisis"); crisis != it->end() && !crisis->is_null()) {
        const QString crisisPath = at(path, "crisis");
        if (!object(*crisis, crisisPath))
            return false;
        if (const auto lists = crisis->find("phrases"); lists != crisis->end() && !lists->is_null()) {
            const QString listsPath = at(crisisPath, "phrases");
            if (!object(*lists, listsPath))
                return false;
            QStringList all;
            for (auto language = lists->begin(); language != lists->end(); ++language) {
                QStringList list;
                if (!stringList(*lists, listsPath, language.key().c_str(), &list))
                    return false;
                policy.crisis.phrases.insert(QString::fromStdString(language.key()), list);
                all += list;
            }
            if (!phrases(all, listsPath, &policy.crisis.matcher))
                return false;
        }
        if (const auto reply = crisis->find("reply"); reply != crisis->end() && !reply->is_null()) {
            const QString replyPath = at(crisisPath, "reply");
            if (!object(*reply, replyPath))
                return false;
            for (auto language = reply->begin(); language != reply->end(); ++language) {
                QString text;
                if (!string(*reply, replyPath, language.key().c_str(), &text))
                    return false;
                policy.crisis.reply.insert(QString::fromStdString(language.key()), text);
            }
        }
    }
    if (const auto rates = it->find("currency_rates"); rates != it->end() && !rates->is_null()) {
        const QString ratesPath = at(path, "currency_rates");
        if (!object(*rates, ratesPath))
            return false;
        for (auto rate = rates->begin(); rate != rates->end(); ++rate) {
            double value = -1;
            if (!number(*rates, ratesPath, rate.key().c_str(), &value, 0, 1e9, true,
                        QStringLiteral("a positive number")))
                return false;
            policy.currencyRates.insert(QString::fromStdString(rate.key()), value);
        }
    }
    return true;
}

bool WorkspaceParser::parseCondition(const json &value, const QString &path, Condition *out, int depth)
{
    if (depth > 16)
        return fail(path, QStringLiteral("conditions nest deeper than 16 levels"));
    if (!object(value, path))
        return false;
    auto children = [&](const char *key, Condition::Kind kind) {
        const json &list = value.at(key);
        if (!list.is_array() || list.empty())
            return fail(at(path, key), QStringLiteral("must be a non-empty list of conditions"));
        out->kind = kind;
        for (size_t i = 0; i < list.size(); ++i) {
            Condition child;
            if (!parseCondition(list[i], at(at(path, key), qsizetype(i)), &child, depth + 1))
                return false;
            out->children.append(child);
        }
        return true;
    };
    if (value.contains("all"))
        return children("all", Condition::Kind::All);
    if (value.contains("any"))
        return children("any", Condition::Kind::Any);
    if (value.contains("not")) {
        out->kind = Condition::Kind::Not;
        Condition child;
        if (!parseCondition(value.at("not"), at(path, "not"), &child, depth + 1))
            return false;
        out->children.append(child);
        return true;
    }
    QString fieldName;
    if (!string(value, path, "field", &fieldName, true))
        return false;
    const auto field = ruleFieldFromName(fieldName);
    if (!field)
        return fail(at(path, "field"),
                    QStringLiteral("unknown field \"%1\" (subject, body, text, requester_name, requester_email, "
                                   "requester_domain, tier, tags, language, channel, priority)")
                        .arg(fieldName));
    out->field = *field;
    if (value.contains("words") || value.contains("phrases")) {
        const bool words = value.contains("words");
        const char *key = words ? "words" : "phrases";
        QStringList list;
        if (!stringList(value, path, key, &list))
            return false;
        if (list.isEmpty())
            return fail(at(path, key), QStringLiteral("must not be empty"));
        for (qsizetype i = 0; i < list.size() && words; ++i) {
            if (MatchText(list.at(i)).tokens().size() > 1)
                return fail(at(at(path, key), i),
                            QStringLiteral("\"%1\" is more than one word (use \"phrases\")").arg(list.at(i)));
        }
        out->kind = words ? Condition::Kind::Words : Condition::Kind::Phrases;
        return phrases(list, at(path, key), &out->phrases);
    }
    if (value.contains("regex")) {
        QString pattern;
        if (!string(value, path, "regex", &pattern, true))
            return false;
        QString why;
        const auto regex = BoundedRegex::compile(pattern, &why);
        if (!regex)
            return fail(at(path, "regex"), why);
        out->kind = Condition::Kind::Regex;
        out->regex = *regex;
        return true;
    }
    if (value.contains("equals")) {
        QStringList list;
        if (!stringList(value, path, "equals", &list))
            return false;
        if (list.isEmpty())
            return fail(at(path, "equals"), QStringLiteral("must not be empty"));
        for (const QString &entry : list)
            out->values.append(foldText(entry.trimmed()));
        out->kind = Condition::Kind::Equals;
        return true;
    }
    return fail(path, QStringLiteral("needs one of all, any, not, or field with words, phrases, regex or equals"));
}

bool WorkspaceParser::parseAction(const json &value, const QString &path, RuleAction *out)
{
    QString action;
    if (!object(value, path) || !string(value, path, "action", &action, true))
        return false;
    auto category = [&]() {
        if (!string(value, path, "category", &out->category, true))
            return false;
        if (!ws->m_taxonomy.contains(out->category))
            return fail(at(path, "category"), QStringLiteral("no category \"%1\"").arg(out->category));
        return true;
    };
    auto code = [&]() {
        if (!string(value, path, "code", &out->code, true))
            return false;
        if (!EscalationCode::all().contains(out->code))
            return fail(at(path, "code"), QStringLiteral("unknown escalation code \"%1\"").arg(out->code));
        return string(value, path, "reason", &out->reason, true);
    };
    if (action == QLatin1String("set_category")) {
        out->kind = RuleAction::Kind::SetCategory;
        return category();
    }
    if (action == QLatin1String("boost")) {
        out->kind = RuleAction::Kind::Boost;
        out->amount = 2; // out of range unless given
        if (!category()
            || !number(value, path, "by", &out->amount, -1, 1, false, QStringLiteral("a number from -1 to 1")))
            return false;
        if (out->amount > 1)
            return fail(at(path, "by"), QStringLiteral("is required (a number from -1 to 1)"));
        return true;
    }
    if (action == QLatin1String("flag")) {
        out->kind = RuleAction::Kind::Flag;
        return code();
    }
    if (action == QLatin1String("escalate")) {
        out->kind = RuleAction::Kind::Escalate;
        if (!code() || !string(value, path, "target", &out->target))
            return false;
        if (out->target.isEmpty())
            out->target = QStringLiteral("team_lead");
        if (out->target != QLatin1String("team_lead")) {
            bool found = false;
            for (const EscalationTarget &queue : ws->m_queues)
                found = found || queue.id == out->target;
            if (!found)
                return fail(at(path, "target"),
                            QStringLiteral("no escalation target \"%1\" (team_lead or a queue id)").arg(out->target));
        }
        return true;
    }
    return fail(at(path, "action"),
                QStringLiteral("unknown action \"%1\" (set_category, boost, flag, escalate)").arg(action));
}

bool WorkspaceParser::parseRules(const json &root)
{
    const auto it = root.find("rules");
    if (it == root.end() || it->is_null())
        return true;
    if (!it->is_array())
        return fail(QStringLiteral("rules"), QStringLiteral("must be a list of rules"));
    for (size_t i = 0; i < it->size(); ++i) {
        const QString path = at(QStringLiteral("rules"), qsizetype(i));
        const json &value = (*it)[i];
        Rule rule;
        if (!object(value, path) || !string(value, path, "id", &rule.id, true) || !identifier(rule.id, at(path, "id"))
            || !string(value, path, "description", &rule.description)
            || !boolean(value, path, "enabled", &rule.enabled))
            return false;
        for (const Rule &other : ws->m_rules) {
            if (other.id == rule.id)
                return fail(at(path, "id"), QStringLiteral("\"%1\" is used twice").arg(rule.id));
        }
        if (!value.contains("when"))
            return fail(at(path, "when"), QStringLiteral("is required"));
        if (!parseCondition(value.at("when"), at(path, "when"), &rule.when, 0))
            return false;
        const auto then = value.find("then");
        if (then == value.end() || !then->is_array() || then->empty())
            return fail(at(path, "then"), QStringLiteral("must be a non-empty list of actions"));
        for (size_t a = 0; a < then->size(); ++a) {
            RuleAction action;
            if (!parseAction((*then)[a], at(at(path, "then"), qsizetype(a)), &action))
                return false;
            rule.actions.append(action);
        }
        ws->m_rules.append(rule);
    }
    return true;
}

bool WorkspaceParser::parseTargets(const json &root)
{
    ws->m_teamLead = EscalationTarget {QStringLiteral("team_lead"), QStringLiteral("Team lead"), {}, {}};
    const auto it = root.find("escalation_targets");
    if (it == root.end() || it->is_null())
        return true;
    const QString path = QStringLiteral("escalation_targets");
    if (!object(*it, path))
        return false;
    if (const auto lead = it->find("team_lead"); lead != it->end() && !lead->is_null()) {
        const QString leadPath = at(path, "team_lead");
        if (!object(*lead, leadPath) || !string(*lead, leadPath, "name", &ws->m_teamLead.name)
            || !string(*lead, leadPath, "contact", &ws->m_teamLead.contact))
            return false;
    }
    if (const auto queues = it->find("queues"); queues != it->end() && !queues->is_null()) {
        if (!queues->is_array())
            return fail(at(path, "queues"), QStringLiteral("must be a list of queues"));
        for (size_t i = 0; i < queues->size(); ++i) {
            const QString queuePath = at(at(path, "queues"), qsizetype(i));
            const json &value = (*queues)[i];
            EscalationTarget queue;
            if (!object(value, queuePath) || !string(value, queuePath, "id", &queue.id, true)
                || !identifier(queue.id, at(queuePath, "id")) || !string(value, queuePath, "name", &queue.name, true)
                || !string(value, queuePath, "contact", &queue.contact)
                || !stringList(value, queuePath, "codes", &queue.codes))
                return false;
            if (queue.id == QLatin1String("team_lead"))
                return fail(at(queuePath, "id"), QStringLiteral("\"team_lead\" is reserved for the team lead"));
            for (const EscalationTarget &other : ws->m_queues) {
                if (other.id == queue.id)
                    return fail(at(queuePath, "id"), QStringLiteral("\"%1\" is used twice").arg(queue.id));
            }
            for (qsizetype c = 0; c < queue.codes.size(); ++c) {
                if (!EscalationCode::all().contains(queue.codes.at(c)))
                    return fail(at(at(queuePath, "codes"), c),
                                QStringLiteral("unknown escalation code \"%1\"").arg(queue.codes.at(c)));
            }
            ws->m_queues.append(queue);
        }
    }
    return true;
}

bool WorkspaceParser::parseTriage(const json &root)
{
    TriagePolicy &triage = ws->m_triage;
    triage.confirmAccept = TriagePolicy::defaultConfirmAccept();
    const auto it = root.find("triage");
    if (it == root.end() || it->is_null())
        return true;
    const QString path = QStringLiteral("triage");
    if (!object(*it, path))
        return false;
    if (const auto list = it->find("confirm_accept"); list != it->end() && !list->is_null()) {
        QStringList codes;
        if (!stringList(*it, path, "confirm_accept", &codes))
            return false;
        for (qsizetype i = 0; i < codes.size(); ++i) {
            if (!EscalationCode::all().contains(codes.at(i)))
                return fail(at(at(path, "confirm_accept"), i),
                            QStringLiteral("unknown escalation code \"%1\"").arg(codes.at(i)));
        }
        codes.removeDuplicates();
        triage.confirmAccept = codes;
    }
    return true;
}

QStringList TriagePolicy::defaultConfirmAccept()
{
    return {QLatin1String(EscalationCode::SecurityIncident),
            QLatin1String(EscalationCode::LegalThreat),
            QLatin1String(EscalationCode::Abuse),
            QLatin1String(EscalationCode::EmotionalDistress),
            QLatin1String(EscalationCode::RefundReview),
            QLatin1String(EscalationCode::PolicyException)};
}

QStringList TriagePolicy::acceptNeedsConfirmation(const QList<EscalationFlag> &flags) const
{
    QStringList codes;
    for (const EscalationFlag &flag : flags) {
        if (confirmAccept.contains(flag.code) && !codes.contains(flag.code))
            codes.append(flag.code);
    }
    return codes;
}

DetectorSetting EscalationPolicy::detector(const QString &code) const
{
    if (const auto it = detectors.constFind(code); it != detectors.constEnd())
        return *it;
    DetectorSetting setting;
    if (code == QLatin1String(EscalationCode::EmotionalDistress)
        || code == QLatin1String(EscalationCode::SecurityIncident))
        setting.targetRecall = 0.98;
    return setting;
}

const QStringList &builtInForbiddenPromises()
{
    static const QStringList promises = {
        QStringLiteral("we have refunded"),
        QStringLiteral("we've refunded"),
        QStringLiteral("we refunded"),
        QStringLiteral("we have issued a refund"),
        QStringLiteral("we've issued a refund"),
        QStringLiteral("we will refund"),
        QStringLiteral("we'll refund"),
        QStringLiteral("you will receive a refund"),
        QStringLiteral("you'll receive a refund"),
        QStringLiteral("you will get a refund"),
        QStringLiteral("you'll get a refund"),
        QStringLiteral("you will be refunded"),
        QStringLiteral("you'll be refunded"),
        QStringLiteral("your refund has been approved"),
        QStringLiteral("your refund is approved"),
        QStringLiteral("refund has been processed"),
        QStringLiteral("refund has been issued"),
        QStringLiteral("refund is on its way"),
        QStringLiteral("we have cancelled the charge"),
        QStringLiteral("we have reversed the charge"),
        QStringLiteral("wir haben erstattet"),
        QStringLiteral("wir erstatten ihnen"),
        QStringLiteral("wir werden ihnen erstatten"),
        QStringLiteral("erstattung wurde genehmigt"),
        QStringLiteral("erstattung ist genehmigt"),
        QStringLiteral("sie erhalten eine erstattung"),
        QStringLiteral("sie erhalten eine ruckerstattung"),
        QStringLiteral("nous avons rembourse"),
        QStringLiteral("nous vous remboursons"),
        QStringLiteral("nous allons vous rembourser"),
        QStringLiteral("vous serez rembourse"),
        QStringLiteral("vous recevrez un remboursement"),
        QStringLiteral("remboursement a ete approuve"),
        QStringLiteral("hemos reembolsado"),
        QStringLiteral("le reembolsaremos"),
        QStringLiteral("vamos a reembolsar"),
        QStringLiteral("recibira un reembolso"),
        QStringLiteral("reembolso ha sido aprobado"),
        QStringLiteral("reembolso fue aprobado"),
    };
    return promises;
}

Workspace::~Workspace() = default;

std::unique_ptr<Workspace> Workspace::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
        return nullptr;
    }
    constexpr qint64 MaxBytes = 32 * 1024 * 1024;
    if (file.size() > MaxBytes) {
        if (error)
            *error = QStringLiteral("%1: larger than 32 MB").arg(path);
        return nullptr;
    }
    return fromJson(file.readAll(), path, error);
}

std::unique_ptr<Workspace> Workspace::fromJson(const QByteArray &bytes, const QString &origin, QString *error)
{
    JsonParseResult parsed = parseJson(bytes, origin);
    if (!parsed.ok) {
        if (error)
            *error = parsed.error;
        return nullptr;
    }
    const json root = std::move(parsed.value);
    std::unique_ptr<Workspace> workspace(new Workspace);
    WorkspaceParser parser(workspace.get());
    bool ok = false;
    try {
        // Specialists before categories (categories name them), categories before escalation and rules.
        ok = parser.parse(root);
    } catch (const json::exception &e) {
        parser.error = QStringLiteral("(document): %1").arg(QString::fromUtf8(e.what()));
    }
    if (!ok) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(origin, parser.error);
        return nullptr;
    }
    workspace->m_document = bytes;
    const QByteArray canonical = QByteArray::fromStdString(root.dump());
    workspace->m_version = workspace->m_name + QLatin1Char('@')
        + QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex().left(12));
    for (const QString &warning : std::as_const(workspace->m_warnings))
        qCInfo(lcWorkspace) << origin << warning;
    return workspace;
}

std::unique_ptr<Workspace> Workspace::demo(QString *error)
{
    return load(QStringLiteral(":/demo/workspace.json"), error);
}

const Specialist *Workspace::specialist(const QString &id) const
{
    for (const Specialist &entry : m_specialists) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

const Specialist *Workspace::specialistForCategory(const QString &category) const
{
    const auto entry = m_taxonomy.find(category);
    return entry ? specialist(entry->specialist) : nullptr;
}

const ToolDefinition *Workspace::tool(const QString &id) const
{
    for (const ToolDefinition &entry : m_tools) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

const EscalationTarget &Workspace::targetFor(const QString &code) const
{
    for (const EscalationTarget &queue : m_queues) {
        if (queue.codes.contains(code))
            return queue;
    }
    return m_teamLead;
}

QString Workspace::placeholderDefault(const QString &language, const QString &placeholder) const
{
    const auto it = m_placeholderDefaults.find(language);
    if (it != m_placeholderDefaults.end() && it->contains(placeholder))
        return it->value(placeholder);
    if (language != QLatin1String("en"))
        return placeholderDefault(QStringLiteral("en"), placeholder);
    return {};
}

QStringList Specialist::templateLanguages() const
{
    QStringList languages;
    for (const ReplyTemplate &replyTemplate : templates) {
        if (!languages.contains(replyTemplate.language))
            languages.append(replyTemplate.language);
    }
    return languages;
}

} // namespace RouteDesk
