// Hand-written rules: every condition kind and field, and the one order in which rules and the model combine.

#include "enginetestsupport.h"

#include "model/modeljson.h"

#include <QtTest>

using namespace RouteDesk;
using nlohmann::json;

namespace {

// The demo workspace with `rules` instead of its own.
std::shared_ptr<const Workspace> withRules(const json &rules)
{
    json document = Test::demoWorkspaceJson();
    document["rules"] = rules;
    QString error;
    std::shared_ptr<const Workspace> workspace = Test::workspaceFrom(document, &error);
    if (!workspace)
        qFatal("rules do not load: %s", qPrintable(error));
    return workspace;
}

double pOf(const QList<ScoredCategory> &ranked, const QString &category)
{
    for (const ScoredCategory &scored : ranked) {
        if (scored.category == category)
            return scored.p;
    }
    return -1;
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void conditions_data()
    {
        QTest::addColumn<QString>("condition"); // JSON
        QTest::addColumn<bool>("matches");

        // The ticket: see conditions() below.
        auto row = [](const char *name, const char *condition, bool matches) {
            QTest::newRow(name) << QString::fromUtf8(condition) << matches;
        };
        row("subject words", R"({"field": "subject", "words": ["invoice"]})", true);
        row("subject words, other field", R"({"field": "subject", "words": ["refund"]})", false);
        row("body phrase", R"({"field": "body", "phrases": ["money back"]})", true);
        row("body phrase accent-insensitive", R"({"field": "body", "phrases": ["cafe creme"]})", true);
        row("word boundary", R"({"field": "body", "words": ["fund"]})", false);
        row("prefix word", R"({"field": "body", "words": ["refund*"]})", true);
        row("text is subject and body", R"({"field": "text", "phrases": ["invoice INV"]})", true);
        row("regex", R"({"field": "subject", "regex": "INV-\\d{4}-\\d{5}"})", true);
        row("regex no match", R"({"field": "subject", "regex": "ORD-\\d+"})", false);
        row("requester name", R"({"field": "requester_name", "words": ["lopez"]})", true);
        row("requester email", R"({"field": "requester_email", "regex": "@acme\\.example$"})", true);
        row("requester domain", R"({"field": "requester_domain", "equals": ["ACME.example"]})", true);
        row("requester domain is whole", R"({"field": "requester_domain", "equals": ["acme"]})", false);
        row("tier", R"({"field": "tier", "equals": ["business", "enterprise"]})", true);
        row("tags", R"({"field": "tags", "equals": ["eu"]})", true);
        row("tags need a whole tag", R"({"field": "tags", "equals": ["e"]})", false);
        row("language given", R"({"field": "language", "equals": ["en"]})", true);
        row("channel", R"({"field": "channel", "equals": ["chat"]})", true);
        row("priority", R"({"field": "priority", "equals": ["urgent"]})", false);
        row("all", R"({"all": [{"field": "tier", "equals": ["enterprise"]}, {"field": "body", "words": ["refund"]}]})",
            true);
        row("all, one fails",
            R"({"all": [{"field": "tier", "equals": ["free"]}, {"field": "body", "words": ["refund"]}]})", false);
        row("any", R"({"any": [{"field": "tier", "equals": ["free"]}, {"field": "channel", "equals": ["chat"]}]})",
            true);
        row("any, none", R"({"any": [{"field": "tier", "equals": ["free"]}, {"field": "channel", "equals": ["web"]}]})",
            false);
        row("not", R"({"not": {"field": "channel", "equals": ["web"]}})", true);
        row("nested",
            R"({"all": [{"not": {"any": [{"field": "tier", "equals": ["free"]}]}}, {"field": "tags", "equals": ["eu"]}]})",
            true);
    }
    void conditions()
    {
        QFETCH(QString, condition);
        QFETCH(bool, matches);
        const auto workspace
            = withRules(json::array({{{"id", "r"},
                                      {"when", json::parse(condition.toStdString())},
                                      {"then", {{{"action", "flag"}, {"code", "urgent"}, {"reason", "r"}}}}}}));
        Ticket ticket;
        ticket.subject = QStringLiteral("Invoice INV-2026-00412");
        ticket.body = QStringLiteral("I want my money back, a refund please. Also the CAFÉ CRÈME button is gone.");
        ticket.requesterName = QStringLiteral("Maria Lopez");
        ticket.requesterEmail = QStringLiteral("maria@acme.example");
        ticket.customerTier = QStringLiteral("Enterprise");
        ticket.tags = {QStringLiteral("eu"), QStringLiteral("returning")};
        ticket.language = QStringLiteral("en-GB");
        ticket.channel = QStringLiteral("chat");
        ticket.priority = QStringLiteral("high");
        const RuleTicket ruleTicket(ticket);
        QStringList matched;
        QCOMPARE(workspace->rules().first().when.evaluate(ruleTicket, &matched), matches);
        if (matches && !condition.contains(QLatin1String("\"not\"")))
            QVERIFY(!matched.isEmpty());
    }

    void languageIsDetectedWhenNotGiven()
    {
        const auto workspace
            = withRules(json::array({{{"id", "german"},
                                      {"when", {{"field", "language"}, {"equals", {"de"}}}},
                                      {"then", {{{"action", "boost"}, {"category", "general"}, {"by", 0.1}}}}}}));
        Ticket ticket = Test::ticketWith(
            QStringLiteral("Frage"), QStringLiteral("Hallo, ich habe eine Frage zu meinem Konto und bitte um Hilfe."));
        QVERIFY(workspace->rules().first().when.evaluate(RuleTicket(ticket), nullptr));
        ticket.language = QStringLiteral("fr");
        QVERIFY(!workspace->rules().first().when.evaluate(RuleTicket(ticket), nullptr));
    }

    // (1) model, (2) boosts then "set" (last wins), (3) renormalise, (4) policy, (5) rule flags.
    void orderOfApplication()
    {
        const json rules = json::parse(R"([
            {"id": "boost-billing", "when": {"field": "text", "words": ["export"]},
             "then": [{"action": "boost", "category": "billing", "by": 0.5}]},
            {"id": "set-general", "when": {"field": "text", "words": ["export"]},
             "then": [{"action": "set_category", "category": "general"}]},
            {"id": "never", "enabled": true, "when": {"field": "text", "words": ["zebra"]},
             "then": [{"action": "set_category", "category": "billing"}]},
            {"id": "set-refunds-last", "when": {"field": "text", "words": ["csv"]},
             "then": [{"action": "set_category", "category": "refund_cancellation"},
                      {"action": "boost", "category": "technical", "by": -1}]},
            {"id": "disabled", "enabled": false, "when": {"field": "text", "words": ["csv"]},
             "then": [{"action": "set_category", "category": "technical"}]},
            {"id": "flag-it", "when": {"field": "text", "words": ["csv"]},
             "then": [{"action": "flag", "code": "urgent", "reason": "CSV exports are time-critical here"},
                      {"action": "escalate", "code": "policy_exception", "target": "legal", "reason": "Ask legal first"}]}
        ])");
        const auto workspace = withRules(rules);
        const Pipeline pipeline(workspace, Test::demoClassifier());
        const Ticket ticket
            = Test::ticketWith(QStringLiteral("Export"), QStringLiteral("How do I export my board to CSV?"));
        const PipelineResult result = pipeline.runDetailed(ticket);
        const ClassificationResult &c = result.classification;

        QCOMPARE(c.rulesFired,
                 (QStringList {QStringLiteral("boost-billing"), QStringLiteral("set-general"),
                               QStringLiteral("set-refunds-last"), QStringLiteral("flag-it")}));
        // The last "set" in file order wins.
        QCOMPARE(c.setByRule, QStringLiteral("set-refunds-last"));
        QCOMPARE(c.category, QStringLiteral("refund_cancellation"));
        QCOMPARE(c.ranked.first().category, QStringLiteral("refund_cancellation"));

        // Boosts add to the model's probabilities (negative results count as 0), then everything is renormalised.
        QHash<QString, double> expected;
        double sum = 0;
        for (const ScoredCategory &scored : c.modelRanked) {
            double p = scored.p;
            if (scored.category == QLatin1String("billing"))
                p += 0.5;
            if (scored.category == QLatin1String("technical"))
                p = std::max(0.0, p - 1.0);
            expected.insert(scored.category, p);
            sum += p;
        }
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(qAbs(pOf(c.ranked, it.key()) - it.value() / sum) < 1e-9, qPrintable(it.key()));
        QCOMPARE(pOf(c.ranked, QStringLiteral("technical")), 0.0);
        QCOMPARE(c.confidence, pOf(c.ranked, QStringLiteral("refund_cancellation")));

        // Rule flags come after the policy, which skipped its confidence checks because a rule set the category.
        const RoutingDecision &decision = result.decision;
        QVERIFY(decision.hasFlag(QStringLiteral("urgent")));
        QVERIFY(decision.hasFlag(QStringLiteral("policy_exception")));
        QVERIFY(!decision.hasFlag(QStringLiteral("low_confidence")));
        QVERIFY(!decision.hasFlag(QStringLiteral("ambiguous")));
        QCOMPARE(decision.flags.last().reason, QStringLiteral("Ask legal first"));
        QCOMPARE(result.escalation.target, QStringLiteral("legal"));
        QCOMPARE(decision.rulesFired, c.rulesFired);
        QCOMPARE(decision.specialist, QStringLiteral("refunds"));

        // The explanation says what each rule did.
        const QString explanation = decision.explanation.join(QLatin1Char('\n'));
        for (const char *part :
             {"Rule boost-billing (text contains \"export\"): +0.50 to billing",
              "Rule set-general (text contains \"export\"): sets the category to general",
              "Rule set-refunds-last (text contains \"csv\"): sets the category to refund_cancellation",
              "Rule flag-it (text contains \"csv\"): flags urgent",
              "Confidence checks skipped: a rule set the category to refund_cancellation", "Escalate to Legal"})
            QVERIFY2(explanation.contains(QString::fromUtf8(part)),
                     qPrintable(QString::fromUtf8(part) + QStringLiteral("\n---\n") + explanation));
    }

    void boostWithoutSetReordersByProbability()
    {
        const auto workspace = withRules(json::parse(R"([
            {"id": "push-general", "when": {"field": "text", "words": ["export"]},
             "then": [{"action": "boost", "category": "general", "by": 1}]}])"));
        const Pipeline pipeline(workspace, Test::demoClassifier());
        const ClassificationResult c = pipeline.classify(
            Test::ticketWith(QStringLiteral("Export"), QStringLiteral("How do I export my board to CSV?")));
        QCOMPARE(c.category, QStringLiteral("general"));
        QVERIFY(c.setByRule.isEmpty());
        QVERIFY(c.confidence > 0.5); // at least (1 + p) / 2
        double total = 0;
        for (const ScoredCategory &scored : c.ranked)
            total += scored.p;
        QVERIFY(qAbs(total - 1.0) < 1e-9);
    }

    void demoRulesFire()
    {
        const auto pipeline = Test::demoPipeline();
        Ticket ticket = Test::ticketWith(QStringLiteral("Dispute"),
                                         QStringLiteral("I opened a chargeback with my bank for the last invoice."));
        RoutingDecision decision = pipeline->run(ticket);
        QVERIFY(decision.rulesFired.contains(QStringLiteral("chargebacks-are-refunds")));
        QCOMPARE(decision.category, QStringLiteral("refund_cancellation"));
        QVERIFY(decision.hasFlag(QStringLiteral("refund_review")));

        ticket = Test::ticketWith(QStringLiteral("Cancel"),
                                  QStringLiteral("Please cancel our contract at the end of the term."));
        ticket.customerTier = QStringLiteral("enterprise");
        decision = pipeline->run(ticket);
        QVERIFY(decision.rulesFired.contains(QStringLiteral("enterprise-contract-changes")));
        QVERIFY(decision.hasFlag(QStringLiteral("policy_exception")));
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "test_rules.moc"
