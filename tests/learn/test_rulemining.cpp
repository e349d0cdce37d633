// Rule mining finds a planted phrase with the right support, precision and changed tickets; rejected suggestions
// (and their near copies) never return; an accepted one works as a workspace rule.

#include "learntestsupport.h"
#include "testsupport.h"

#include "learn/learnstore.h"
#include "learn/rulemining.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace RouteDesk;

namespace {

struct Planted
{
    QString subject;
    QString body;
    QString predicted;
    QString finalCategory;
    bool override = false;
};

} // namespace

class TestRuleMining : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_store = DecisionStore::open(m_dir.filePath(QStringLiteral("rules.sqlite")), &error);
        QVERIFY2(m_store, qPrintable(error));
        QList<Planted> planted;
        // 10 overrides where the model said technical and agents chose billing, all with "nimbus portal" and
        // otherwise different words, so that only the planted phrase marks them all.
        const QStringList bodies {
            QStringLiteral("Our nimbus portal lists the wrong amount."),
            QStringLiteral("Why does the Nimbus portal show two plans?"),
            QStringLiteral("Nimbus portal: duplicate line after upgrade."),
            QStringLiteral("Is the nimbus portal price right for us?"),
            QStringLiteral("Numbers in nimbus portal differ from the quote."),
            QStringLiteral("Nimbus Portal shows a discount we never got."),
            QStringLiteral("Checked the nimbus portal, total is off."),
            QStringLiteral("Since March nimbus portal doubles our fee."),
            QStringLiteral("Got an email from nimbus portal about renewal cost."),
            QStringLiteral("Team says nimbus portal charged extra users."),
        };
        for (const QString &body : bodies)
            planted.append({QString(), body, QStringLiteral("technical"), QStringLiteral("billing"), true});
        // 2 accepted billing suggestions with the phrase, 1 accepted technical one (the phrase is not perfect).
        planted.append({QStringLiteral("Seats"), QStringLiteral("The nimbus portal shows our seat count twice."),
                        QStringLiteral("billing"), QStringLiteral("billing"), false});
        planted.append({QStringLiteral("Seats again"), QStringLiteral("Nimbus Portal seat numbers look odd."),
                        QStringLiteral("billing"), QStringLiteral("billing"), false});
        planted.append({QStringLiteral("Crash"), QStringLiteral("The Nimbus portal crashes when I open it."),
                        QStringLiteral("technical"), QStringLiteral("technical"), false});
        // "nimbus" and "portal" alone are poor markers.
        for (int i = 0; i < 4; ++i) {
            planted.append({QStringLiteral("Theme %1").arg(i),
                            QStringLiteral("The nimbus theme renders badly on page %1.").arg(i),
                            QStringLiteral("technical"), QStringLiteral("technical"), false});
            planted.append({QStringLiteral("Portal %1").arg(i),
                            QStringLiteral("The customer portal is slow on page %1.").arg(i),
                            QStringLiteral("technical"), QStringLiteral("technical"), false});
        }
        // Noise: other categories, agreements and disagreements without the phrase.
        for (int i = 0; i < 12; ++i)
            planted.append({QStringLiteral("Login %1").arg(i),
                            QStringLiteral("I cannot sign in since the password reset number %1.").arg(i),
                            QStringLiteral("account_access"),
                            i % 4 == 0 ? QStringLiteral("technical") : QStringLiteral("account_access"), i % 4 == 0});

        QList<Ticket> tickets;
        for (int i = 0; i < planted.size(); ++i) {
            Ticket ticket;
            ticket.source = QStringLiteral("mine");
            ticket.externalId = QString::number(i + 1);
            ticket.subject = planted.at(i).subject;
            ticket.body = planted.at(i).body;
            tickets.append(ticket);
        }
        QVERIFY(m_store->upsertTickets(&tickets));
        for (int i = 0; i < planted.size(); ++i) {
            RoutingDecision decision;
            decision.ticketId = tickets.at(i).id;
            decision.category = planted.at(i).predicted;
            decision.confidence = 0.7;
            decision.decidedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC).addSecs(60 * i);
            QVERIFY(m_store->recordDecision(&decision));
            AgentAction action;
            action.ticketId = tickets.at(i).id;
            action.decisionId = decision.id;
            action.type = planted.at(i).override ? ActionType::Override : ActionType::Accept;
            action.category = planted.at(i).finalCategory;
            action.agent = QStringLiteral("ana");
            action.at = decision.decidedAt.addSecs(30);
            QVERIFY(m_store->recordAction(&action));
        }
        m_labelled = m_store->labelledTickets();
        QCOMPARE(m_labelled.size(), planted.size());
    }

    void findsThePlantedPhraseWithItsFigures()
    {
        const QList<RuleSuggestion> suggestions = mineRuleSuggestions(m_labelled, {}, {});
        const RuleSuggestion *found = find(suggestions, QStringLiteral("billing"), QStringLiteral("nimbus portal"));
        QVERIFY2(found, qPrintable(describe(suggestions)));
        QCOMPARE(found->support, 10);
        QCOMPARE(found->matches, 13);
        QCOMPARE(found->correct, 12);
        QCOMPARE(found->precision(), 12.0 / 13.0);
        QCOMPARE(found->changes.size(), 11); // the 10 overrides and the technical ticket with the phrase
        QCOMPARE(found->fixes(), 10);
        QCOMPARE(found->breaks(), 1);
        QCOMPARE(found->key, suggestionKey(QStringLiteral("billing"), QStringLiteral("Nimbus Portal")));
        // It ranks first, and neither word alone is suggested for billing (too imprecise), nor a near copy.
        QCOMPARE(suggestions.constFirst().phrase, QStringLiteral("nimbus portal"));
        for (const RuleSuggestion &s : suggestions) {
            if (s.category == QLatin1String("billing") && &s != found)
                QVERIFY2(!s.phrase.contains(QLatin1String("nimbus")) && !s.phrase.contains(QLatin1String("portal")),
                         qPrintable(s.phrase));
        }
        // An override that agreed with the model is not support; mining never suggests a phrase below the bars.
        for (const RuleSuggestion &s : suggestions) {
            QVERIFY(s.support >= 3);
            QVERIFY(s.precision() >= 0.8);
        }
        const nlohmann::json json = found->toJson();
        QCOMPARE(json["support"].get<int>(), 10);
        QCOMPARE(json["changes"].size(), size_t(11));
    }

    void measuresAnEditedPhraseAsTheRuleMatches()
    {
        const RuleSuggestion edited = measurePhrase(m_labelled, QStringLiteral("billing"), QStringLiteral("nimbus"));
        QCOMPARE(edited.matches, 17);
        QCOMPARE(edited.correct, 12);
        QCOMPARE(edited.support, 10);
        const RuleSuggestion other
            = measurePhrase(m_labelled, QStringLiteral("technical"), QStringLiteral("nimbus portal"));
        QCOMPARE(other.matches, 13);
        QCOMPARE(other.correct, 1);
        QCOMPARE(other.support, 0);
        QCOMPARE(other.changes.size(), 2); // the two tickets with the phrase suggested as billing
    }

    void rejectedSuggestionsNeverReturn()
    {
        LearnStore learn(*m_store);
        QList<RuleSuggestion> suggestions = mineRuleSuggestions(m_labelled, {}, {});
        const RuleSuggestion *found = find(suggestions, QStringLiteral("billing"), QStringLiteral("nimbus portal"));
        QVERIFY(found);
        QVERIFY(learn.rejectSuggestion(found->key, found->category, found->phrase, found->support, found->precision(),
                                       QStringLiteral("lena"), QStringLiteral("Nimbus is a reseller, not billing")));
        QVERIFY(
            !learn.rejectSuggestion(found->key, found->category, found->phrase, 1, 1.0, QStringLiteral("lena"), {}));

        // More of the same overrides arrive; the rejected suggestion and its near copies stay out.
        Ticket more;
        more.source = QStringLiteral("mine");
        more.externalId = QStringLiteral("later");
        more.body = QStringLiteral("The nimbus portal still lists too many seats.");
        QVERIFY(m_store->upsertTicket(&more));
        RoutingDecision decision;
        decision.ticketId = more.id;
        decision.category = QStringLiteral("technical");
        QVERIFY(m_store->recordDecision(&decision));
        AgentAction action;
        action.ticketId = more.id;
        action.decisionId = decision.id;
        action.type = ActionType::Override;
        action.category = QStringLiteral("billing");
        action.agent = QStringLiteral("ben");
        QVERIFY(m_store->recordAction(&action));

        const QList<LabelledTicket> labelled = m_store->labelledTickets();
        QSet<QString> reviewed;
        QHash<QString, QStringList> phrases;
        for (const RuleReview &review : learn.ruleReviews()) {
            QVERIFY(!review.accepted);
            QCOMPARE(review.note, QStringLiteral("Nimbus is a reseller, not billing"));
            reviewed.insert(review.suggestionKey);
            phrases[review.category].append(review.phrase);
        }
        QCOMPARE(reviewed.size(), 1);
        // Without the verdicts it would come back with more support...
        const RuleSuggestion *again = nullptr;
        const QList<RuleSuggestion> unfiltered = mineRuleSuggestions(labelled, {}, {});
        again = find(unfiltered, QStringLiteral("billing"), QStringLiteral("nimbus portal"));
        QVERIFY(again);
        QCOMPARE(again->support, 11);
        // ...with them it does not, nor does any phrase overlapping it.
        for (const RuleSuggestion &s : mineRuleSuggestions(labelled, reviewed, phrases)) {
            QVERIFY(s.key != found->key);
            if (s.category == QLatin1String("billing"))
                QVERIFY2(!s.phrase.contains(QLatin1String("nimbus")) && !s.phrase.contains(QLatin1String("portal")),
                         qPrintable(s.phrase));
        }
    }

private:
    static const RuleSuggestion *find(const QList<RuleSuggestion> &list, const QString &category, const QString &phrase)
    {
        for (const RuleSuggestion &s : list) {
            if (s.category == category && s.phrase == phrase)
                return &s;
        }
        return nullptr;
    }
    static QString describe(const QList<RuleSuggestion> &list)
    {
        QStringList lines;
        for (const RuleSuggestion &s : list)
            lines.append(QStringLiteral("%1 -> %2 (support %3, precision %4)")
                             .arg(s.phrase, s.category)
                             .arg(s.support)
                             .arg(s.precision()));
        return Test::describe(lines);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<DecisionStore> m_store;
    QList<LabelledTicket> m_labelled;
};

QTEST_GUILESS_MAIN(TestRuleMining)
#include "test_rulemining.moc"
