#include "testsupport.h"

#include "model/enginetext.h"
#include "model/modeljson.h"
#include "store/storecolumns.h"

using namespace RouteDesk;

namespace {

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 11, 20), QTime(9, minute, 7, 250), Qt::UTC);
}

Ticket sampleTicket()
{
    Ticket ticket;
    ticket.id = 42;
    ticket.source = QStringLiteral("rt:http://127.0.0.1:8091");
    ticket.externalId = QStringLiteral("1187");
    ticket.subject = QStringLiteral("Facture en double — Rechnung doppelt");
    ticket.body
        = QStringLiteral("Hi,\nI was charged twice: INV-2041 and INV-2042 (€49.00 each).\n\"Please\" fix, thanks");
    ticket.messages = {
        {QStringLiteral("Ana Müller"), QStringLiteral("ana@example.com"), at(1), ticket.body, true, true},
        {QStringLiteral("Support"), QStringLiteral("help@acme.test"), at(5), QStringLiteral("Looking."), false, false}};
    ticket.requesterName = QStringLiteral("Ana Müller");
    ticket.requesterEmail = QStringLiteral("ana@example.com");
    ticket.customerTier = QStringLiteral("pro");
    ticket.language = QStringLiteral("de");
    ticket.channel = QStringLiteral("email");
    ticket.priority = QStringLiteral("high");
    ticket.status = QStringLiteral("new");
    ticket.tags = {QStringLiteral("invoice"), QStringLiteral("vat")};
    ticket.createdAt = at(1);
    ticket.updatedAt = at(5);
    return ticket;
}

} // namespace

class TestModel : public QObject
{
    Q_OBJECT

private slots:
    void ticketText()
    {
        Ticket ticket;
        QCOMPARE(ticket.text(), QString());
        ticket.subject = QStringLiteral("Subject");
        QCOMPARE(ticket.text(), QStringLiteral("Subject"));
        ticket.body = QStringLiteral("Body");
        QCOMPARE(ticket.text(), QStringLiteral("Subject\nBody"));
        ticket.messages = {{{}, {}, {}, QStringLiteral("Body"), true, true},
                           {{}, {}, {}, QStringLiteral("Agent reply"), false, true},
                           {{}, {}, {}, QStringLiteral("Still broken!"), true, true}};
        QCOMPARE(ticket.requesterText(), QStringLiteral("Subject\nBody\nStill broken!"));
    }

    void ticketRoundTrip()
    {
        const Ticket ticket = sampleTicket();
        Ticket back;
        QString error;
        QVERIFY2(fromJson(toJson(ticket), &back, &error), qPrintable(error));
        QCOMPARE(back, ticket);
        // Through text, as the store and exports keep it.
        const auto reparsed = nlohmann::json::parse(toJson(ticket).dump());
        QVERIFY(fromJson(reparsed, &back, &error));
        QCOMPARE(back, ticket);
    }

    void ticketFromLooseInput()
    {
        const auto json = nlohmann::json::parse(
            R"({"id": 17, "text": "card never arrived", "tier": "enterprise", "tags": "a, b", "extra": [1,2]})");
        Ticket ticket;
        QString error;
        QVERIFY2(fromJson(json, &ticket, &error), qPrintable(error));
        QCOMPARE(ticket.externalId, QStringLiteral("17"));
        QCOMPARE(ticket.body, QStringLiteral("card never arrived"));
        QCOMPARE(ticket.customerTier, QStringLiteral("enterprise"));
        QCOMPARE(ticket.tags, (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
    }

    void ticketRejectsBadShapes_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("not an object") << QStringLiteral("[1]") << QStringLiteral("ticket");
        QTest::newRow("tags not strings") << QStringLiteral(R"({"tags": [1]})") << QStringLiteral("tags");
        QTest::newRow("messages not a list") << QStringLiteral(R"({"messages": "x"})") << QStringLiteral("messages");
        QTest::newRow("message not an object") << QStringLiteral(R"({"messages": [3]})") << QStringLiteral("message");
    }

    void ticketRejectsBadShapes()
    {
        QFETCH(QString, json);
        QFETCH(QString, field);
        Ticket ticket;
        QString error;
        QVERIFY(!fromJson(nlohmann::json::parse(json.toStdString()), &ticket, &error));
        QVERIFY2(error.startsWith(field), qPrintable(error));
    }

    void decisionRoundTrip()
    {
        RoutingDecision decision;
        decision.id = 7;
        decision.ticketId = 42;
        decision.category = QStringLiteral("billing");
        decision.confidence = 0.8125;
        decision.alternatives = {{QStringLiteral("billing"), 0.8125}, {QStringLiteral("refund_cancellation"), 0.125}};
        decision.secondaryIntents = {QStringLiteral("refund_cancellation")};
        decision.specialist = QStringLiteral("billing_desk");
        decision.draft = QStringLiteral("Hello Ana,\n…");
        decision.citedArticles = {QStringLiteral("kb-invoices")};
        decision.flags = {{QStringLiteral("multi_intent"), QStringLiteral("Also asks for a refund")}};
        decision.explanation = {QStringLiteral("\"charged twice\" → billing (+1.9)")};
        decision.rulesFired = {QStringLiteral("duplicate-charge")};
        decision.modelVersion = QStringLiteral("demo-1");
        decision.workspaceVersion = QStringLiteral("demo@3");
        decision.decidedAt = at(3);
        QVERIFY(decision.escalate());
        QVERIFY(decision.hasFlag(QStringLiteral("multi_intent")));
        QVERIFY(!decision.hasFlag(QStringLiteral("urgent")));

        const auto json = toJson(decision);
        QCOMPARE(json.at("escalate").get<bool>(), true);
        RoutingDecision back;
        QString error;
        QVERIFY2(fromJson(nlohmann::json::parse(json.dump()), &back, &error), qPrintable(error));
        QCOMPARE(back, decision);
    }

    void actionRoundTrip_data()
    {
        QTest::addColumn<int>("type");
        for (ActionType type : {ActionType::Accept, ActionType::Override, ActionType::Escalate, ActionType::Undo})
            QTest::newRow(qPrintable(actionTypeName(type))) << int(type);
    }

    void actionRoundTrip()
    {
        QFETCH(int, type);
        AgentAction action;
        action.id = 3;
        action.ticketId = 42;
        action.decisionId = 7;
        action.type = ActionType(type);
        action.category = QStringLiteral("refund_cancellation");
        action.specialist = QStringLiteral("refunds_desk");
        action.reasonCode = QStringLiteral("wrong_category");
        action.reason = QStringLiteral("Customer wants money back, not an invoice");
        action.escalationTarget = QStringLiteral("team_lead");
        action.agent = QStringLiteral("sam");
        action.at = at(9);
        action.undoesActionId = action.type == ActionType::Undo ? 2 : 0;
        AgentAction back;
        QString error;
        QVERIFY2(fromJson(nlohmann::json::parse(toJson(action).dump()), &back, &error), qPrintable(error));
        QCOMPARE(back, action);
        QCOMPARE(actionTypeFromName(actionTypeName(action.type)), std::optional<ActionType>(action.type));
    }

    void actionRejectsUnknownType()
    {
        AgentAction action;
        QString error;
        QVERIFY(!fromJson(nlohmann::json::parse(R"({"type":"delete"})"), &action, &error));
        QVERIFY(error.startsWith(QLatin1String("type")));
    }

    void states()
    {
        QCOMPARE(stateAfter(ActionType::Accept), TicketState::Accepted);
        QCOMPARE(stateAfter(ActionType::Override), TicketState::Overridden);
        QCOMPARE(stateAfter(ActionType::Escalate), TicketState::Escalated);
        for (TicketState state :
             {TicketState::New, TicketState::Accepted, TicketState::Overridden, TicketState::Escalated})
            QCOMPARE(ticketStateFromName(ticketStateName(state)), std::optional<TicketState>(state));
        QVERIFY(!ticketStateFromName(QStringLiteral("closed")));
    }

    void taxonomy()
    {
        const Taxonomy taxonomy(
            {{QStringLiteral("billing"), QStringLiteral("Billing"), {}, QStringLiteral("billing_desk")},
             {QStringLiteral("general"), QStringLiteral("General"), {}, QStringLiteral("front_desk")}});
        QCOMPARE(taxonomy.ids(), (QStringList {QStringLiteral("billing"), QStringLiteral("general")}));
        QVERIFY(taxonomy.contains(QStringLiteral("general")));
        QVERIFY(!taxonomy.contains(QStringLiteral("sales")));
        QCOMPARE(taxonomy.displayName(QStringLiteral("billing")), QStringLiteral("Billing"));
        QCOMPARE(taxonomy.displayName(QStringLiteral("sales")), QStringLiteral("sales"));
        QCOMPARE(taxonomy.find(QStringLiteral("general"))->specialist, QStringLiteral("front_desk"));
    }

    // An engine sentence keeps its source and arguments beside the English text, which stays what the CLI wrote.
    void engineTexts()
    {
        const EngineText line
            = EngineText::make("Confidence %1 for %2 is below the threshold %3",
                               {EngineArg::plain(QStringLiteral("41 %")),
                                {EngineArg::Kind::Category, QStringLiteral("Billing"), {QStringLiteral("billing")}},
                                EngineArg::plain(QStringLiteral("%2 %"))});
        // One pass: an argument's own "%2" is not filled again.
        QCOMPARE(line.text, QStringLiteral("Confidence 41 % for Billing is below the threshold %2 %"));
        QVERIFY(line.isStructured());
        const QString shown = translated(line, [](EngineArg::Kind kind, const QString &id) {
            return kind == EngineArg::Kind::Category && id == QLatin1String("billing") ? QStringLiteral("Abrechnung")
                                                                                       : QString();
        });
        QCOMPARE(shown, QStringLiteral("Confidence 41 % for Abrechnung is below the threshold %2 %"));
        const EngineText flag = EngineText::flagLine(QStringLiteral("low_confidence"), line);
        QCOMPARE(flag.text, QStringLiteral("Flag low_confidence: ") + line.text);
        QCOMPARE(unflatten(flatten(flag)), std::optional<EngineText>(flag));
        QCOMPARE(unflatten(flatten(line)), std::optional<EngineText>(line));
        QVERIFY(!unflatten({QStringLiteral("only text")}));
        QCOMPARE(translated(EngineText::plain(QStringLiteral("as stored"))), QStringLiteral("as stored"));
    }

    // Decisions keep the structured form through JSON and the store's columns; old ones read as stored.
    void structuredDecisionRoundTrip()
    {
        const EngineText reason = EngineText::make("Legal threat: the ticket mentions %1",
                                                   {EngineArg::plain(QStringLiteral("\"lawyer\""))});
        RoutingDecision decision;
        decision.category = QStringLiteral("billing");
        decision.flags = {EscalationFlag {QStringLiteral("legal_threat"), reason.text, reason}};
        decision.explanationTexts = {EngineText::flagLine(QStringLiteral("legal_threat"), reason),
                                     EngineText::plain(QStringLiteral("a line without structure"))};
        for (const EngineText &line : std::as_const(decision.explanationTexts))
            decision.explanation << line.text;

        RoutingDecision back;
        QString error;
        QVERIFY2(fromJson(toJson(decision), &back, &error), qPrintable(error));
        QCOMPARE(back.flags, decision.flags);
        QCOMPARE(back.explanation, decision.explanation);
        QCOMPARE(back.explanationTexts, decision.explanationTexts);

        QCOMPARE(StoreColumns::decodeFlags(StoreColumns::encode(decision.flags)), decision.flags);
        const StoreColumns::Explanation stored = StoreColumns::decodeExplanation(
            StoreColumns::encodeExplanation(decision.explanation, decision.explanationTexts));
        QCOMPARE(stored.lines, decision.explanation);
        QCOMPARE(stored.texts, decision.explanationTexts);

        // Stored before: plain strings and flags without a message.
        const StoreColumns::Explanation old
            = StoreColumns::decodeExplanation(QStringLiteral("[\"Model: billing 0.91\",\"Escalate to Lead\"]"));
        QCOMPARE(old.lines, QStringList({QStringLiteral("Model: billing 0.91"), QStringLiteral("Escalate to Lead")}));
        QVERIFY(old.texts.isEmpty());
        const QList<EscalationFlag> oldFlags
            = StoreColumns::decodeFlags(QStringLiteral("[{\"code\":\"vip\",\"reason\":\"VIP\"}]"));
        QCOMPARE(oldFlags.size(), 1);
        QVERIFY(!oldFlags.first().message.isStructured());
        QCOMPARE(oldFlags.first().reasonText().text, QStringLiteral("VIP"));
        RoutingDecision oldJson;
        QVERIFY(fromJson(nlohmann::json::parse(R"({"category":"billing","explanation":["x"]})"), &oldJson, &error));
        QVERIFY(oldJson.explanationTexts.isEmpty());
    }

    void isoTimes()
    {
        QCOMPARE(isoTime(at(0)), QStringLiteral("2026-11-20T09:00:07.250Z"));
        QCOMPARE(parseIsoTime(QStringLiteral("2026-11-20T09:00:07.250Z")), at(0));
        QCOMPARE(parseIsoTime(QStringLiteral("2026-11-20 09:00:07")),
                 QDateTime(QDate(2026, 11, 20), QTime(9, 0, 7), Qt::UTC));
        QCOMPARE(parseIsoTime(QStringLiteral("2026-11-20T10:00:07+01:00")),
                 QDateTime(QDate(2026, 11, 20), QTime(9, 0, 7), Qt::UTC));
        QVERIFY(!parseIsoTime(QStringLiteral("yesterday")).isValid());
        QCOMPARE(isoTime(QDateTime()), QString());
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "test_model.moc"
