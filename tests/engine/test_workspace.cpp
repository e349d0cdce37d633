// Loading and validating workspaces: the demo loads; each broken workspace is refused with the JSON path of the
// field and why.

#include "enginetestsupport.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace RouteDesk;
using nlohmann::json;

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void demoLoads()
    {
        const auto workspace = Test::demoWorkspace();
        QCOMPARE(workspace->name(), QStringLiteral("tasklane-demo"));
        QCOMPARE(workspace->taxonomy().ids(),
                 (QStringList {QStringLiteral("billing"), QStringLiteral("account_access"), QStringLiteral("technical"),
                               QStringLiteral("refund_cancellation"), QStringLiteral("general")}));
        QCOMPARE(workspace->specialists().size(), 5);
        for (const Specialist &specialist : workspace->specialists()) {
            QVERIFY2(specialist.articles.size() >= 4 && specialist.articles.size() <= 8, qPrintable(specialist.id));
            QVERIFY2(specialist.templates.size() >= 3, qPrintable(specialist.id));
            QVERIFY(!specialist.instructions.isEmpty());
            QVERIFY(!specialist.tools.isEmpty());
        }
        const Specialist *refunds = workspace->specialistForCategory(QStringLiteral("refund_cancellation"));
        QVERIFY(refunds && refunds->policies.refundLimit);
        QCOMPARE(refunds->policies.refundLimit->amount, 500.0);
        QCOMPARE(refunds->policies.refundLimit->currency, QStringLiteral("USD"));
        QCOMPARE(refunds->policies.refundMaxDays, 30);
        QVERIFY(workspace->escalation().vipTiers.isEmpty());
        QVERIFY(!workspace->escalation().confidenceThreshold.has_value()); // the model's
        for (const char *code : {"urgent", "legal_threat", "security_incident", "refund_review", "out_of_scope"}) {
            const auto languages = workspace->escalation().phrases.value(QLatin1String(code));
            for (const char *language : {"en", "de", "fr", "es"})
                QVERIFY2(!languages.value(QLatin1String(language)).isEmpty(), code);
        }
        QVERIFY(workspace->warnings().isEmpty());
        QVERIFY(workspace->version().startsWith(QLatin1String("tasklane-demo@")));
        QCOMPARE(workspace->targetFor(QStringLiteral("security_incident")).id, QStringLiteral("security"));
        QCOMPARE(workspace->targetFor(QStringLiteral("policy_exception")).id, QStringLiteral("team_lead"));
    }

    void versionFollowsContentNotLayout()
    {
        json document = Test::demoWorkspaceJson();
        QString error;
        const auto a = Workspace::fromJson(QByteArray::fromStdString(document.dump(2)), QStringLiteral("a"), &error);
        const auto b = Workspace::fromJson(QByteArray::fromStdString(document.dump()), QStringLiteral("b"), &error);
        QVERIFY(a && b);
        QCOMPARE(a->version(), b->version());
        document["escalation"]["ambiguity_margin"] = 0.2;
        const auto c = Test::workspaceFrom(document, &error);
        QVERIFY(c);
        QVERIFY(c->version() != a->version());
    }

    void loadFromFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"name\": \"x\",\n  oops\n}");
        file.close();
        QString error;
        QVERIFY(!Workspace::load(path, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(":3: not valid JSON")), qPrintable(error));
        QVERIFY(!Workspace::load(dir.filePath(QStringLiteral("missing.json")), &error));
        QVERIFY2(error.contains(QLatin1String("cannot open")), qPrintable(error));
    }

    // A number a double cannot hold once aborted the app and the tool (out_of_range.406 escaped); nesting 60,000
    // deep would overflow the stack of every recursive copy. Both are refused with the file, line and field.
    void unreadableJson_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("expected");
        json demo = Test::demoWorkspaceJson();
        QByteArray text = QByteArray::fromStdString(demo.dump(2));
        QByteArray overflow = text;
        QVERIFY(overflow.startsWith("{\n"));
        overflow.insert(2, "  \"padding\": 1e999,\n");
        QTest::newRow("1e999") << overflow
                               << QStringLiteral("ws.json:2: not valid JSON (number overflow parsing '1e999' (at "
                                                 "padding))");
        QTest::newRow("60,000 deep") << QByteArray("{\"name\": \"x\",\n\"deep\": ") + QByteArray(60000, '[')
                + QByteArray(60000, ']') + QByteArray("}")
                                     << QStringLiteral("ws.json:2: not valid JSON (nested deeper than 256 levels (at "
                                                       "deep");
    }
    void unreadableJson()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!Workspace::fromJson(document, QStringLiteral("ws.json"), &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void broken_data()
    {
        QTest::addColumn<QString>("pointer"); // JSON pointer into the demo workspace
        QTest::addColumn<QString>("value"); // JSON to put there, or "-" to remove the field
        QTest::addColumn<QString>("expected"); // the error after "test.json: "

        auto row = [](const char *name, const char *pointer, const char *value, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(pointer) << QString::fromUtf8(value)
                                << QString::fromUtf8(expected);
        };
        row("no name", "/name", "-", "name: is required");
        row("bad name", "/name", "\"Tasklane Demo\"", "name: \"Tasklane Demo\" is not a valid id");
        row("newer format", "/format_version", "7", "format_version: 7 is newer than this RouteDesk reads (1)");
        row("wrong format", "/format", "\"other\"", "format: must be \"routedesk-workspace\"");
        row("no categories", "/categories", "[]", "categories: must be a non-empty list of categories");
        row("category without id", "/categories/1/id", "-", "categories[1].id: is required");
        row("duplicate category", "/categories/2/id", "\"billing\"", "categories[2].id: \"billing\" is used twice");
        row("unknown specialist", "/categories/4/specialist", "\"nobody\"",
            "categories[4].specialist: no specialist \"nobody\"");
        row("negative refund limit", "/specialists/3/policies/refund_limit/amount", "-5",
            "specialists[3].policies.refund_limit.amount: must be a positive number");
        row("zero refund limit", "/specialists/0/policies/refund_limit/amount", "0",
            "specialists[0].policies.refund_limit.amount: must be a positive number");
        row("refund limit as text", "/specialists/3/policies/refund_limit/amount", "\"500\"",
            "specialists[3].policies.refund_limit.amount: must be a positive number");
        row("bad currency", "/specialists/3/policies/refund_limit/currency", "\"dollars\"",
            "specialists[3].policies.refund_limit.currency: must be a three-letter ISO code like \"USD\"");
        row("max days zero", "/specialists/3/policies/refund_max_days", "0",
            "specialists[3].policies.refund_max_days: must be a whole number from 1 to 3650");
        row("no instructions", "/specialists/2/instructions", "\"  \"",
            "specialists[2].instructions: must not be empty");
        row("unknown tool", "/specialists/1/tools/0", "\"teleport\"",
            "specialists[1].tools[0]: no tool \"teleport\" in the workspace's tools");
        row("unknown placeholder", "/specialists/0/templates/0/text", "\"Hi {nickname}\"",
            "specialists[0].templates[0].text: unknown placeholder {nickname}");
        row("unclosed placeholder", "/specialists/0/templates/0/text", "\"Hi {first_name,\\n\\nthanks\"",
            "specialists[0].templates[0].text: unclosed placeholder \"{first_name\"");
        row("template promises a refund", "/specialists/3/templates/3/text",
            "\"Good news: we have refunded your order.\"",
            "specialists[3].templates[3].text: promises what policy reserves for people (\"we have refunded\")");
        row("template with unknown flag", "/specialists/3/templates/3/when_flags/0", "\"refund\"",
            "specialists[3].templates[3].when_flags[0]: unknown escalation code \"refund\"");
        row("no generic english template", "/specialists/2/templates/0/language", "\"de\"",
            "specialists[2].templates: needs a generic English template");
        row("bad language", "/specialists/2/templates/1/language", "\"english\"",
            "specialists[2].templates[1].language: must be a two-letter language code like \"en\"");
        row("article without body", "/specialists/4/articles/2/body", "-",
            "specialists[4].articles[2].body: is required");
        row("duplicate article", "/specialists/4/articles/0/id", "\"kb-billing-plans\"",
            "specialists[4].articles[0].id: \"kb-billing-plans\" is used twice");
        row("threshold too high", "/escalation/confidence_threshold", "1.5",
            "escalation.confidence_threshold: must be \"model\" or a number from 0 to 1");
        row("margin as text", "/escalation/ambiguity_margin", "\"small\"",
            "escalation.ambiguity_margin: must be a number from 0 to 1");
        row("unknown high-risk category", "/escalation/high_risk_categories/0", "\"refunds\"",
            "escalation.high_risk_categories[0]: no category \"refunds\"");
        row("negative reroutes", "/escalation/max_reroutes", "-1",
            "escalation.max_reroutes: must be a whole number from 0 to 100");
        row("phrases for an unknown code", "/escalation/phrases/angry", "{\"en\": [\"grr\"]}",
            "escalation.phrases.angry: not an escalation code that phrases decide");
        row("phrases for a computed code", "/escalation/phrases/low_confidence", "{\"en\": [\"maybe\"]}",
            "escalation.phrases.low_confidence: not an escalation code that phrases decide");
        row("empty phrase", "/escalation/phrases/urgent/de/2", "\"  \"",
            "escalation.phrases.urgent.de[2]: empty phrase");
        row("phrase not a string", "/escalation/phrases/urgent/en/0", "12",
            "escalation.phrases.urgent.en[0]: must be a string");
        row("two-word negation cue", "/escalation/negation/cues/en/0", "\"not at\"",
            "escalation.negation.cues.en[0]: a negation cue must be one word");
        row("rate zero", "/escalation/currency_rates/EUR", "0",
            "escalation.currency_rates.EUR: must be a positive number");
        row("queue with unknown code", "/escalation_targets/queues/0/codes/0", "\"hack\"",
            "escalation_targets.queues[0].codes[0]: unknown escalation code \"hack\"");
        row("confirm an unknown code", "/triage/confirm_accept/1", "\"legal\"",
            "triage.confirm_accept[1]: unknown escalation code \"legal\"");
        row("confirm list not a list", "/triage/confirm_accept", "\"abuse\"",
            "triage.confirm_accept: must be a list of strings");
        row("triage not an object", "/triage", "[]", "triage: must be an object");
        row("rule without when", "/rules/0/when", "-", "rules[0].when: is required");
        row("rule with unknown field", "/rules/0/when/field", "\"mood\"",
            "rules[0].when.field: unknown field \"mood\"");
        row("rule nested regex with nested quantifier", "/rules/2/when/all/0/regex", "\"(\\\\w+\\\\s?)*$\"",
            "rules[2].when.all[0].regex: nested quantifiers");
        row("rule regex that does not compile", "/rules/2/when/all/0/regex", "\"INV-(\"",
            "rules[2].when.all[0].regex: invalid regular expression");
        row("rule words with two words", "/rules/1/when", "{\"field\": \"text\", \"words\": [\"charge back\"]}",
            "rules[1].when.words[0]: \"charge back\" is more than one word (use \"phrases\")");
        row("rule without condition kind", "/rules/1/when", "{\"field\": \"text\"}",
            "rules[1].when: needs one of all, any, not, or field with words, phrases, regex or equals");
        row("rule with empty any", "/rules/1/when", "{\"any\": []}",
            "rules[1].when.any: must be a non-empty list of conditions");
        row("rule sets unknown category", "/rules/1/then/0/category", "\"refunds\"",
            "rules[1].then[0].category: no category \"refunds\"");
        row("boost out of range", "/rules/2/then/0/by", "3", "rules[2].then[0].by: must be a number from -1 to 1");
        row("boost without amount", "/rules/2/then/0/by", "-",
            "rules[2].then[0].by: is required (a number from -1 to 1)");
        row("flag with unknown code", "/rules/0/then/0/code", "\"hurry\"",
            "rules[0].then[0].code: unknown escalation code \"hurry\"");
        row("flag without reason", "/rules/0/then/0/reason", "-", "rules[0].then[0].reason: is required");
        row("escalate to unknown queue", "/rules/8/then/0/target", "\"ceo\"",
            "rules[8].then[0].target: no escalation target \"ceo\" (team_lead or a queue id)");
        row("unknown action", "/rules/0/then/0/action", "\"delete\"",
            "rules[0].then[0].action: unknown action \"delete\" (set_category, boost, flag, escalate)");
        row("duplicate rule", "/rules/1/id", "\"helpdesk-priority-urgent\"",
            "rules[1].id: \"helpdesk-priority-urgent\" is used twice");
    }
    void broken()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        json document = Test::demoWorkspaceJson();
        const json::json_pointer at(pointer.toStdString());
        if (value == QLatin1String("-")) {
            QVERIFY2(document.contains(at), qPrintable(pointer));
            document[at.parent_pointer()].erase(at.back());
        } else {
            document[at] = json::parse(value.toStdString());
        }
        QString error;
        const auto workspace = Test::workspaceFrom(document, &error);
        QVERIFY(!workspace);
        QVERIFY2(error.startsWith(QStringLiteral("test.json: ") + expected), qPrintable(error));
    }

    // Accepting a risky ticket needs a second step; the workspace says which flags are risky.
    void triageConfirmAccept()
    {
        const auto demo = Test::demoWorkspace();
        QCOMPARE(demo->triage().confirmAccept, TriagePolicy::defaultConfirmAccept());
        const QList<EscalationFlag> flags = {{QStringLiteral("urgent"), QStringLiteral("r")},
                                             {QStringLiteral("legal_threat"), QStringLiteral("r")},
                                             {QStringLiteral("refund_review"), QStringLiteral("r")}};
        QCOMPARE(demo->triage().acceptNeedsConfirmation(flags),
                 (QStringList {QStringLiteral("legal_threat"), QStringLiteral("refund_review")}));
        QVERIFY(demo->triage().acceptNeedsConfirmation({{QStringLiteral("urgent"), QStringLiteral("r")}}).isEmpty());

        json document = Test::demoWorkspaceJson();
        document.erase("triage");
        QString error;
        auto workspace = Test::workspaceFrom(document, &error);
        QVERIFY2(workspace, qPrintable(error));
        QCOMPARE(workspace->triage().confirmAccept, TriagePolicy::defaultConfirmAccept()); // the default

        document["triage"]["confirm_accept"] = json::array({"urgent"});
        workspace = Test::workspaceFrom(document, &error);
        QVERIFY2(workspace, qPrintable(error));
        QCOMPARE(workspace->triage().acceptNeedsConfirmation(flags), QStringList {QStringLiteral("urgent")});

        document["triage"]["confirm_accept"] = json::array();
        workspace = Test::workspaceFrom(document, &error);
        QVERIFY2(workspace, qPrintable(error));
        QVERIFY(workspace->triage().acceptNeedsConfirmation(flags).isEmpty()); // switched off
    }

    void toolStepForAToolTheSpecialistMayNotUseIsAWarning()
    {
        json document = Test::demoWorkspaceJson();
        // The billing specialist loses resend_invoice; its invoice template still has a step for it.
        json &tools = document["specialists"][0]["tools"];
        tools.erase(std::find(tools.begin(), tools.end(), "resend_invoice"));
        QString error;
        const auto workspace = Test::workspaceFrom(document, &error);
        QVERIFY2(workspace, qPrintable(error));
        QCOMPARE(workspace->warnings().size(), 1);
        QVERIFY2(workspace->warnings().first().contains(QLatin1String("may not use tool \"resend_invoice\"")),
                 qPrintable(workspace->warnings().first()));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "test_workspace.moc"
