// Drafts: placeholders filled from the ticket, templates chosen by language, flags and match phrases, articles
// ranked by BM25 and cited above a floor, tools only when the specialist may use them, and never a promise that
// policy reserves for people.

#include "enginetestsupport.h"
#include "testsupport.h"

#include "specialist/drafter.h"
#include "specialist/retrieval.h"

#include <QRegularExpression>
#include <QtTest>

#include <functional>

using namespace RouteDesk;
using nlohmann::json;

namespace {

Draft draftFor(const Workspace &workspace, const Ticket &ticket, const QString &specialist,
               const QList<EscalationFlag> &flags = {})
{
    DraftInput input;
    input.ticket = &ticket;
    input.specialist = specialist;
    input.language = ticket.language;
    input.flags = flags;
    return Drafter(workspace).draft(input);
}

EscalationFlag flag(const char *code)
{
    return EscalationFlag {QLatin1String(code), QStringLiteral("test")};
}

} // namespace

class TestDrafts : public QObject
{
    Q_OBJECT

private slots:
    void placeholdersAreFilled()
    {
        Ticket ticket = Test::ticketWith(QStringLiteral("Copy of invoice INV-2026-00412"),
                                         QStringLiteral("Could you send me a copy of invoice INV-2026-00412? Our "
                                                        "accountant needs the PDF."));
        ticket.requesterName = QStringLiteral("Jonas Weber");
        const Draft draft = draftFor(*Test::demoWorkspace(), ticket, QStringLiteral("billing"));
        QCOMPARE(draft.source, Draft::Source::Template);
        QCOMPARE(draft.templateId, QStringLiteral("billing-invoice-copy"));
        QVERIFY2(draft.text.startsWith(QLatin1String("Hi Jonas,")), qPrintable(draft.text));
        QVERIFY2(draft.text.contains(QLatin1String("about invoice INV-2026-00412.")), qPrintable(draft.text));
        QVERIFY2(draft.text.contains(QLatin1String("I'll send a fresh copy of INV-2026-00412")),
                 qPrintable(draft.text));
        QVERIFY(!draft.text.contains(QLatin1Char('{')));
        QVERIFY(draft.text.endsWith(QLatin1String("support@tasklane.example")));
        QCOMPARE(draft.tools.size(), 2);
        QCOMPARE(draft.tools.at(1).tool, QStringLiteral("resend_invoice"));
        QCOMPARE(draft.tools.at(1).arguments, QStringList {QStringLiteral("INV-2026-00412")});
        QVERIFY(draft.citedArticles.contains(QStringLiteral("kb-billing-invoices")));
        QCOMPARE(draft.citedArticles.first(), QStringLiteral("kb-billing-invoices"));
    }

    void templateNeedsItsValues()
    {
        // Without an invoice number the invoice template cannot be filled: the generic one is used.
        const Ticket ticket
            = Test::ticketWith(QStringLiteral("Receipt"), QStringLiteral("Where do I download a receipt?"));
        const Draft draft = draftFor(*Test::demoWorkspace(), ticket, QStringLiteral("billing"));
        QCOMPARE(draft.templateId, QStringLiteral("billing-generic"));
        QVERIFY(!draft.text.contains(QLatin1Char('{')));
        QVERIFY2(draft.text.startsWith(QLatin1String("Hi Maria,")), qPrintable(draft.text));
    }

    void nameFallsBackToTheDefault()
    {
        Ticket ticket
            = Test::ticketWith(QStringLiteral("Sync"), QStringLiteral("The desktop app does not sync offline changes"));
        ticket.requesterName.clear();
        const Draft draft = draftFor(*Test::demoWorkspace(), ticket, QStringLiteral("technical"));
        QCOMPARE(draft.templateId, QStringLiteral("technical-sync"));
        QVERIFY2(draft.text.startsWith(QLatin1String("Hi there,")), qPrintable(draft.text));
    }

    void replyInTheTicketsLanguage()
    {
        Ticket ticket
            = Test::ticketWith(QStringLiteral("Synchronisation"),
                               QStringLiteral("Hallo, die Synchronisation der Desktop-App funktioniert nicht."));
        ticket.language = QStringLiteral("de");
        Draft draft = draftFor(*Test::demoWorkspace(), ticket, QStringLiteral("technical"));
        QCOMPARE(draft.language, QStringLiteral("de"));
        QCOMPARE(draft.templateId, QStringLiteral("technical-generic-de"));
        QVERIFY2(draft.text.startsWith(QLatin1String("Hallo Maria,")), qPrintable(draft.text));

        ticket.language = QStringLiteral("it");
        ticket.body = QStringLiteral("Ciao, la sincronizzazione non funziona.");
        draft = draftFor(*Test::demoWorkspace(), ticket, QStringLiteral("technical"));
        QCOMPARE(draft.language, QStringLiteral("en"));
        QVERIFY2(draft.notes.join(QLatin1Char(' '))
                     .contains(QLatin1String("no reply templates in \"it\": drafted in English")),
                 qPrintable(draft.notes.join(QLatin1Char(' '))));

        // Detected when the ticket does not say.
        ticket.language.clear();
        ticket.body = QStringLiteral(
            "Bonjour, la synchronisation ne marche pas depuis la mise à jour et je ne sais pas pourquoi.");
        draft = draftFor(*Test::demoWorkspace(), ticket, QStringLiteral("technical"));
        QCOMPARE(draft.language, QStringLiteral("fr"));
        QVERIFY2(draft.text.startsWith(QLatin1String("Bonjour Maria,")), qPrintable(draft.text));
    }

    void refundDraftsSayAPersonReviews()
    {
        const Ticket ticket = Test::ticketWith(QStringLiteral("Refund ORD-590044"),
                                               QStringLiteral("Please refund ORD-590044, I upgraded by mistake."));
        const Draft draft
            = draftFor(*Test::demoWorkspace(), ticket, QStringLiteral("refunds"), {flag("refund_review")});
        QCOMPARE(draft.templateId, QStringLiteral("refunds-review"));
        QVERIFY2(draft.text.contains(QLatin1String("A person on our refunds team reviews every refund request")),
                 qPrintable(draft.text));
        QVERIFY2(draft.text.contains(QLatin1String("The request includes the charge ORD-590044.")),
                 qPrintable(draft.text));
        QVERIFY(Drafter(*Test::demoWorkspace())
                    .forbiddenPromise(*Test::demoWorkspace()->specialist(QStringLiteral("refunds")), draft.text)
                    .isEmpty());
    }

    void forbiddenPromisesAreFound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::newRow("we have refunded") << QStringLiteral("Good news, we have refunded your order.") << true;
        QTest::newRow("you will receive") << QStringLiteral("You will receive a refund within 5 days.") << true;
        QTest::newRow("contraction") << QStringLiteral("You’ll receive a refund soon") << true;
        QTest::newRow("german") << QStringLiteral("Wir erstatten Ihnen den Betrag.") << true;
        QTest::newRow("french") << QStringLiteral("Nous avons remboursé la commande.") << true;
        QTest::newRow("spanish") << QStringLiteral("Hemos reembolsado el cargo.") << true;
        QTest::newRow("specialist's own") << QStringLiteral("We will prorate your plan.") << true;
        QTest::newRow("review") << QStringLiteral("Our refunds team will review your refund request.") << false;
    }
    void forbiddenPromisesAreFound()
    {
        QFETCH(QString, text);
        QFETCH(bool, found);
        const Drafter drafter(*Test::demoWorkspace());
        QCOMPARE(
            !drafter.forbiddenPromise(*Test::demoWorkspace()->specialist(QStringLiteral("refunds")), text).isEmpty(),
            found);
    }

    // Every refund-flagged ticket of the demo data gets a draft that says a person reviews and promises nothing.
    void noRefundDraftPromisesARefund()
    {
        const auto pipeline = Test::demoPipeline();
        QList<Ticket> tickets = Test::readTickets(Test::sourceDir() + QStringLiteral("/resources/demo/queue.jsonl"));
        tickets += Test::readTickets(Test::sourceDir() + QStringLiteral("/resources/demo/history.jsonl"));
        const Drafter drafter(*Test::demoWorkspace());
        int refundDrafts = 0;
        for (const Ticket &ticket : std::as_const(tickets)) {
            const PipelineResult result = pipeline->runDetailed(ticket);
            if (!result.decision.hasFlag(QStringLiteral("refund_review")) || result.draft.text.isEmpty())
                continue;
            ++refundDrafts;
            const QString text = result.draft.text;
            const QString lower = text.toLower();
            for (const char *promise : {"we have refunded", "you will receive a refund", "we've refunded",
                                        "refund has been processed", "refund is approved", "we will refund"})
                QVERIFY2(!lower.contains(QLatin1String(promise)),
                         qPrintable(ticket.externalId + QStringLiteral(": ") + text));
            const Specialist *specialist = Test::demoWorkspace()->specialist(result.draft.specialist);
            QVERIFY(specialist);
            QVERIFY2(drafter.forbiddenPromise(*specialist, text).isEmpty(), qPrintable(text));
            // The review notice in the reply's language.
            const bool notice = lower.contains(QLatin1String("review")) || lower.contains(QStringLiteral("prüft"))
                || lower.contains(QLatin1String("examine")) || lower.contains(QLatin1String("revisa"));
            QVERIFY2(notice, qPrintable(ticket.externalId + QStringLiteral(": ") + text));
        }
        qInfo() << refundDrafts << "refund drafts checked";
        QVERIFY(refundDrafts >= 20);
    }

    void toolsTheSpecialistMayNotUseAreLeftOut()
    {
        json document = Test::demoWorkspaceJson();
        json &tools = document["specialists"][0]["tools"];
        tools.erase(std::find(tools.begin(), tools.end(), "resend_invoice"));
        QString error;
        const auto restricted = Test::workspaceFrom(document, &error);
        QVERIFY2(restricted, qPrintable(error));

        const Ticket ticket = Test::ticketWith(QStringLiteral("Invoice copy"),
                                               QStringLiteral("Please send a copy of invoice INV-2026-00412."));
        const Draft allowed = draftFor(*Test::demoWorkspace(), ticket, QStringLiteral("billing"));
        QVERIFY(allowed.text.contains(QLatin1String("fresh copy")));
        QVERIFY(allowed.refusedTools.isEmpty());

        const Draft refused = draftFor(*restricted, ticket, QStringLiteral("billing"));
        QCOMPARE(refused.templateId, QStringLiteral("billing-invoice-copy"));
        QVERIFY2(!refused.text.contains(QLatin1String("fresh copy")), qPrintable(refused.text));
        QCOMPARE(refused.refusedTools, QStringList {QStringLiteral("resend_invoice")});
        for (const ToolUse &use : refused.tools)
            QVERIFY(use.tool != QLatin1String("resend_invoice"));
        QVERIFY(refused.text.contains(QLatin1String("look up INV-2026-00412"))); // lookup_invoice is allowed
        QVERIFY2(
            refused.notes.join(QLatin1Char(' ')).contains(QLatin1String("Left out a step using \"resend_invoice\"")),
            qPrintable(refused.notes.join(QLatin1Char(' '))));
    }

    // RouteDesk never runs a tool and the agent has not acted yet when the draft is written: no template or tool
    // step of the demo workspace tells the customer that something was already done ("I've checked ...", "I've
    // opened a refund request"), in any of its four languages.
    void draftsClaimNoActionNobodyTook()
    {
        static const QRegularExpression claim(
            QStringLiteral("\\b(I've|I have|we've|we have (?!to)|Ich habe|Wir haben|J'ai|Nous avons|He |Hemos)"),
            QRegularExpression::CaseInsensitiveOption);
        QStringList claims;
        std::function<void(const json &, const QString &)> walk = [&](const json &value, const QString &path) {
            if (value.is_object()) {
                for (auto it = value.begin(); it != value.end(); ++it) {
                    if (it.key() == "forbidden_promises") // what a draft must never say, by design
                        continue;
                    walk(it.value(), path + QLatin1Char('.') + QString::fromStdString(it.key()));
                }
            } else if (value.is_array()) {
                for (size_t i = 0; i < value.size(); ++i)
                    walk(value[i], path + QStringLiteral("[%1]").arg(i));
            } else if (value.is_string() && path.contains(QLatin1String(".templates"))
                       && path.endsWith(QLatin1String(".text"))) {
                const QString text = QString::fromStdString(value.get<std::string>());
                if (const QRegularExpressionMatch m = claim.match(text); m.hasMatch())
                    claims << path + QStringLiteral(": ") + text.mid(qMax(0, int(m.capturedStart()) - 10), 70);
            }
        };
        walk(Test::demoWorkspaceJson(), QString());
        QVERIFY2(claims.isEmpty(), qPrintable(claims.join(QLatin1Char('\n'))));
    }

    // A draft speaks one language and ends with its sign-off: every draft of the demo queue and of the development
    // set (structural rules, not tuned on any ticket) ends with its specialist's signature in the draft's language,
    // holds no other sign-off, and cites only articles titled in its language.
    void everyDraftSpeaksOneLanguageAndEndsWithItsSignature_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("demo queue") << Test::sourceDir() + QStringLiteral("/resources/demo/queue.jsonl");
        QTest::newRow("development set") << Test::sourceDir() + QStringLiteral("/tests/engine/data/devset.jsonl");
    }
    void everyDraftSpeaksOneLanguageAndEndsWithItsSignature()
    {
        QFETCH(QString, file);
        const std::shared_ptr<const Pipeline> pipeline = Test::demoPipeline();
        const Workspace &workspace = pipeline->workspace();
        QStringList problems;
        int drafts = 0;
        for (const Ticket &ticket : Test::readTickets(file)) {
            const PipelineResult result = pipeline->runDetailed(ticket);
            const Draft &draft = result.draft;
            if (draft.text.isEmpty() || draft.templateId == QLatin1String("crisis")) // the workspace's exact words
                continue;
            ++drafts;
            const Specialist *specialist = workspace.specialist(draft.specialist);
            QVERIFY(specialist);
            const QString signature = specialist->signatureIn(draft.language);
            const QString where = ticket.externalId + QStringLiteral(" (") + draft.language + QStringLiteral("): ");
            if (draft.language != QLatin1String("en") && !specialist->signatures.contains(draft.language))
                problems << where + QStringLiteral("%1 has no sign-off in the draft's language").arg(specialist->id);
            if (!draft.text.endsWith(signature))
                problems << where + QStringLiteral("does not end with its signature: ...") + draft.text.right(80);
            const QString beforeSignature = draft.text.left(draft.text.size() - signature.size());
            QStringList closings {specialist->signature};
            closings += specialist->signatures.values();
            for (const QString &closing : std::as_const(closings)) {
                const QString firstLine = closing.section(QLatin1Char('\n'), 0, 0);
                if (beforeSignature.contains(firstLine))
                    problems << where + QStringLiteral("a second sign-off \"%1\"").arg(firstLine);
            }
            for (const QString &id : draft.citedArticles) {
                for (const KnowledgeArticle &article : specialist->articles) {
                    if (article.id == id
                        && !draft.text.contains(QStringLiteral("- ") + article.titleIn(draft.language)))
                        problems << where + QStringLiteral("cites %1 without its %2 title").arg(id, draft.language);
                }
            }
        }
        QVERIFY(drafts > 50);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Articles without a title in the draft's language are not cited; with one, cited by it.
    void articlesAreCitedInTheDraftsLanguage()
    {
        Ticket ticket = Test::ticketWith(QStringLiteral("Synchronisation"),
                                         QStringLiteral("Hallo, die Offline-Synchronisation der Desktop-App "
                                                        "funktioniert nicht mehr, Änderungen kommen nicht an (sync)."));
        ticket.language = QStringLiteral("de");
        nlohmann::json document = Test::demoWorkspaceJson();
        QString error;
        std::unique_ptr<Workspace> titled = Test::workspaceFrom(document, &error);
        QVERIFY2(titled, qPrintable(error));
        const Draft withTitles = draftFor(*titled, ticket, QStringLiteral("technical"));
        QVERIFY2(!withTitles.citedArticles.isEmpty(), qPrintable(withTitles.text));
        QVERIFY2(withTitles.text.contains(QLatin1String("- Offline-Modus und Synchronisierung")),
                 qPrintable(withTitles.text));
        for (auto &specialist : document["specialists"])
            for (auto &article : specialist["articles"])
                article.erase("titles");
        std::unique_ptr<Workspace> untitled = Test::workspaceFrom(document, &error);
        QVERIFY2(untitled, qPrintable(error));
        const Draft english = draftFor(*untitled, ticket, QStringLiteral("technical"));
        QVERIFY2(english.citedArticles.isEmpty(), qPrintable(english.text));
        QVERIFY2(!english.text.contains(QLatin1String("Offline mode")), qPrintable(english.text));
        QVERIFY2(english.text.endsWith(QLatin1String("support@tasklane.example")), qPrintable(english.text));
    }

    // The draft answers the customer's latest message: a follow-up that says no answer is needed gets the
    // workspace's acknowledgement (no troubleshooting), and a follow-up about something else chooses the template.
    void theLatestMessageIsAnswered()
    {
        Ticket ticket = Test::ticketWith(QStringLiteral("Sync stopped"),
                                         QStringLiteral("The desktop app does not sync offline changes any more."));
        Message first {ticket.requesterName, ticket.requesterEmail, ticket.createdAt, ticket.body, true, true};
        Message agent {QStringLiteral("Sam"),
                       QStringLiteral("sam@tasklane.example"),
                       ticket.createdAt.addSecs(3600),
                       QStringLiteral("Could you sign out and in again?"),
                       false,
                       true};
        Message thanks {ticket.requesterName,
                        ticket.requesterEmail,
                        ticket.createdAt.addSecs(7200),
                        QStringLiteral("That did it, it works now. Thanks, no need to reply!"),
                        true,
                        true};
        ticket.messages = {first, agent, thanks};
        Draft draft = draftFor(*Test::demoWorkspace(), ticket, QStringLiteral("technical"));
        QCOMPARE(draft.templateId, QStringLiteral("ack-en"));
        QVERIFY(draft.tools.isEmpty());
        QVERIFY(draft.citedArticles.isEmpty());
        QVERIFY2(!draft.text.contains(QLatin1String("version")), qPrintable(draft.text));
        QVERIFY2(draft.text.endsWith(QLatin1String("support@tasklane.example")), qPrintable(draft.text));

        // The same words in the first message are not a follow-up: the problem is still answered.
        Ticket once = Test::ticketWith(QStringLiteral("Sync"),
                                       QStringLiteral("No need to reply quickly, but the "
                                                      "desktop app does not sync offline "
                                                      "changes."));
        QCOMPARE(draftFor(*Test::demoWorkspace(), once, QStringLiteral("technical")).templateId,
                 QStringLiteral("technical-sync"));

        // A follow-up that moves on to another problem: its template, not the first message's.
        Ticket access = Test::ticketWith(QStringLiteral("Password"),
                                         QStringLiteral("I forgot my password and the reset email never arrives."));
        Message locked {access.requesterName,
                        access.requesterEmail,
                        access.createdAt.addSecs(7200),
                        QStringLiteral("Now it says my account is locked after too many attempts."),
                        true,
                        true};
        access.messages = {
            Message {access.requesterName, access.requesterEmail, access.createdAt, access.body, true, true}, locked};
        QCOMPARE(draftFor(*Test::demoWorkspace(), access, QStringLiteral("access")).templateId,
                 QStringLiteral("access-locked"));
    }

    // What a template does not place (steps, the review notice, articles) goes before its {signature}.
    void blocksGoBeforeTheSignature()
    {
        Ticket ticket = Test::ticketWith(QStringLiteral("Rückerstattung"),
                                         QStringLiteral("Hallo, ich möchte mein Abo kündigen und eine Rückerstattung "
                                                        "für den letzten Monat."));
        ticket.language = QStringLiteral("de");
        const Draft draft
            = draftFor(*Test::demoWorkspace(), ticket, QStringLiteral("refunds"), {flag(EscalationCode::RefundReview)});
        QCOMPARE(draft.language, QStringLiteral("de"));
        const QString signature
            = Test::demoWorkspace()->specialist(QStringLiteral("refunds"))->signatureIn(QStringLiteral("de"));
        QVERIFY2(draft.text.endsWith(signature), qPrintable(draft.text));
        QCOMPARE(draft.text.count(QStringLiteral("Viele Grüße")), 1);
    }

    void bm25Ranking_data()
    {
        QTest::addColumn<QString>("specialist");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("first"); // expected best article, empty for none above the floor
        QTest::newRow("2fa") << QStringLiteral(
            "access") << QStringLiteral("I got a new phone and lost my authenticator, where are my backup codes?")
                             << QStringLiteral("kb-access-2fa");
        QTest::newRow("sso") << QStringLiteral("access")
                             << QStringLiteral("Okta says the SAML certificate is invalid since we rotated it")
                             << QStringLiteral("kb-access-sso");
        QTest::newRow("locked") << QStringLiteral("access")
                                << QStringLiteral("Too many failed login attempts, account locked")
                                << QStringLiteral("kb-access-locked");
        QTest::newRow("api") << QStringLiteral(
            "technical") << QStringLiteral("Our integration gets HTTP 429 from the REST API, what is the rate limit?")
                             << QStringLiteral("kb-tech-api");
        QTest::newRow("webhooks") << QStringLiteral("technical")
                                  << QStringLiteral("Webhook deliveries fail and the payload signature does not verify")
                                  << QStringLiteral("kb-tech-webhooks");
        QTest::newRow("annual") << QStringLiteral("refunds")
                                << QStringLiteral("Can my annual plan be prorated if I cancel mid-term?")
                                << QStringLiteral("kb-refund-annual");
        QTest::newRow("nothing relevant")
            << QStringLiteral("billing") << QStringLiteral("The weather is nice today") << QString();
    }
    void bm25Ranking()
    {
        QFETCH(QString, specialist);
        QFETCH(QString, query);
        QFETCH(QString, first);
        const Drafter drafter(*Test::demoWorkspace());
        const QList<Bm25Index::Result> cited = drafter.citations(specialist, query);
        QVERIFY(cited.size() <= Drafter::MaxCitations);
        QCOMPARE(cited.isEmpty() ? QString() : cited.first().id, first);
        for (qsizetype i = 1; i < cited.size(); ++i) {
            QVERIFY(cited.at(i).score <= cited.at(i - 1).score);
            QVERIFY(cited.at(i).score >= Drafter::CitationScoreFloor);
        }
    }

    void bm25Basics()
    {
        QList<KnowledgeArticle> articles;
        articles.append(KnowledgeArticle {QStringLiteral("a"),
                                          QStringLiteral("Invoices"),
                                          QStringLiteral("Download invoices as PDF from settings."),
                                          {},
                                          {}});
        articles.append(KnowledgeArticle {QStringLiteral("b"),
                                          QStringLiteral("Passwords"),
                                          QStringLiteral("Reset a password with the link."),
                                          {},
                                          {}});
        articles.append(KnowledgeArticle {QStringLiteral("c"),
                                          QStringLiteral("Invoices and passwords"),
                                          QStringLiteral("Invoice invoice invoice password."),
                                          {},
                                          {}});
        const Bm25Index index(articles);
        QCOMPARE(index.size(), 3);
        const auto results = index.search(QStringLiteral("reset my password"));
        QCOMPARE(results.first().id, QStringLiteral("b")); // "reset" is rarer than "password"
        QCOMPARE(index.search(QStringLiteral("the and of")).size(), 0); // stop words only
        QCOMPARE(Bm25Index::terms(QStringLiteral("Invoices downloaded")),
                 (QStringList {QStringLiteral("invoice"), QStringLiteral("download")}));
    }
};

QTEST_GUILESS_MAIN(TestDrafts)
#include "test_drafts.moc"
