// The team store on PostgreSQL: the two roles are enforced by the database (an agent's login is refused a lead's
// operation, with a clear message), and several processes acting at once lose and duplicate nothing.

#include "learntestsupport.h"
#include "testsupport.h"

#include "learn/learnstore.h"
#include "learn/teamroles.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace RouteDesk;

class TestTeamStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        ROUTEDESK_REQUIRE_POSTGRES();
        QString error;
        m_url = Test::createPostgresDatabase(&error);
        QVERIFY2(!m_url.isEmpty(), qPrintable(error));
        m_admin = DecisionStore::open(m_url, &error);
        QVERIFY2(m_admin, qPrintable(error));
        // Roles are cluster-wide: names unique to this run.
        const QString suffix = QString::number(QRandomGenerator::global()->generate() % 1000000);
        m_names.agent = QStringLiteral("rd_agent_") + suffix;
        m_names.lead = QStringLiteral("rd_lead_") + suffix;
        QStringList log;
        QVERIFY2(setupTeamRoles(*m_admin, m_names, &log, &error), qPrintable(error));
        QVERIFY(log.join(QLatin1Char('\n')).contains(QLatin1String("GRANT INSERT ON decisions, actions")));
        QVERIFY2(setupTeamRoles(*m_admin, m_names, &log, &error), qPrintable(error)); // idempotent
        for (const QString &agent :
             {QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("cara"), QStringLiteral("dev")})
            addMember(agent + QLatin1Char('_') + suffix, QStringLiteral("agent"));
        addMember(QStringLiteral("lena_") + suffix, QStringLiteral("lead"));
        addMember(QStringLiteral("max_") + suffix, QStringLiteral("lead"));
        m_suffix = suffix;
    }

    void cleanupTestCase()
    {
        if (!m_admin)
            return;
        m_admin.reset();
        Test::dropPostgresDatabase(m_url);
        Test::dropPostgresRoles(m_logins + QStringList {m_names.lead, m_names.agent});
    }

    void rolesAreReported()
    {
        TeamRoleInfo info;
        QString error;
        auto ana = as(QStringLiteral("ana"));
        QVERIFY(currentTeamRole(*ana, &info, &error));
        QVERIFY(info.enforced);
        QVERIFY(info.isAgent);
        QVERIFY(!info.isLead);
        QCOMPARE(info.login, QStringLiteral("ana_") + m_suffix);
        QVERIFY(info.describe().contains(QLatin1String("is an agent")));
        auto lena = as(QStringLiteral("lena"));
        QVERIFY(currentTeamRole(*lena, &info, &error));
        QVERIFY(info.isLead && info.isAgent);
    }

    void agentsRecordButCannotDoLeadsWork()
    {
        auto ana = as(QStringLiteral("ana"));
        auto lena = as(QStringLiteral("lena"));
        // An agent syncs, routes and acts.
        Ticket ticket;
        ticket.source = QStringLiteral("roles");
        ticket.externalId = QStringLiteral("1");
        ticket.subject = QStringLiteral("Invoice copy");
        QVERIFY2(ana->upsertTicket(&ticket), qPrintable(ana->errorString()));
        RoutingDecision decision;
        decision.ticketId = ticket.id;
        decision.category = QStringLiteral("billing");
        QVERIFY2(ana->recordDecision(&decision), qPrintable(ana->errorString()));
        AgentAction action;
        action.ticketId = ticket.id;
        action.decisionId = decision.id;
        action.type = ActionType::Accept;
        action.category = QStringLiteral("billing");
        action.agent = QStringLiteral("ana");
        QVERIFY2(ana->recordAction(&action, QByteArray("{}")), qPrintable(ana->errorString()));
        QVERIFY2(ana->updateOutbox(ana->outbox().constFirst().id, OutboxItem::State::Done, {}, {}),
                 qPrintable(ana->errorString()));
        QVERIFY(ana->setSyncCursor(QStringLiteral("roles"), QStringLiteral("cursor")));

        // A lead stores a candidate; the agent cannot store, activate, roll back or discard models.
        QList<LabelledText> examples;
        for (int i = 0; i < 6; ++i) {
            examples.append({QStringLiteral("invoice copy %1").arg(i), QStringLiteral("billing")});
            examples.append({QStringLiteral("app crash %1").arg(i), QStringLiteral("technical")});
        }
        TrainOptions options;
        options.folds = 2;
        options.minDf = 1;
        nlohmann::json report;
        QString error;
        const std::unique_ptr<TextClassifier> model = trainClassifier(examples, options, &report, {}, &error);
        QVERIFY2(model, qPrintable(error));
        LearnStore agentLearn(*ana);
        LearnStore leadLearn(*lena);
        qint64 id = 0;
        QVERIFY(!agentLearn.addModelVersion(*model, {}, QStringLiteral("ana"), {}, &id));
        QVERIFY(agentLearn.permissionDenied());
        QCOMPARE(agentLearn.errorString(),
                 QStringLiteral("only a team lead can store model versions: the database "
                                "refused (permission denied for table model_versions)"));
        QVERIFY2(leadLearn.addModelVersion(*model, {}, QStringLiteral("lena"), {}, &id),
                 qPrintable(leadLearn.errorString()));
        QVERIFY(!agentLearn.activate(id, QStringLiteral("ana")));
        QVERIFY(agentLearn.permissionDenied());
        QCOMPARE(agentLearn.errorString(),
                 QStringLiteral("only a team lead can activate models: the database refused "
                                "(permission denied for table model_versions)"));
        QVERIFY(!agentLearn.activeModelVersion()); // nothing changed
        QVERIFY(!agentLearn.discard(id, QStringLiteral("ana")));
        QVERIFY(agentLearn.errorString().startsWith(QLatin1String("only a team lead can discard models")));

        QVERIFY2(leadLearn.activate(id, QStringLiteral("lena")), qPrintable(leadLearn.errorString()));
        QCOMPARE(agentLearn.activeModelVersion()->id, id); // agents read the active model
        QCOMPARE(agentLearn.modelVersion(id)->dbUser, QStringLiteral("lena_") + m_suffix);
        QVERIFY(!agentLearn.rollback(QStringLiteral("ana"), nullptr));
        QVERIFY(agentLearn.errorString().startsWith(QLatin1String("only a team lead can roll back models")));
        QCOMPARE(agentLearn.activeModelVersion()->id, id);

        // Rules: only leads give verdicts.
        const nlohmann::json rule = {{"id", "learned-s0000000001"},
                                     {"when", {{"field", "text"}, {"phrases", {"ledger"}}}},
                                     {"then", {{{"action", "set_category"}, {"category", "billing"}}}}};
        QVERIFY(!agentLearn.acceptRule(QStringLiteral("s0000000001"), QStringLiteral("billing"),
                                       QStringLiteral("ledger"), 3, 1.0, rule, QStringLiteral("ana"), {}));
        QCOMPARE(agentLearn.errorString(),
                 QStringLiteral("only a team lead can accept rules: the database refused "
                                "(permission denied for table rule_reviews)"));
        QVERIFY(!agentLearn.rejectSuggestion(QStringLiteral("s0000000001"), QStringLiteral("billing"),
                                             QStringLiteral("ledger"), 3, 1.0, QStringLiteral("ana"), {}));
        QVERIFY(agentLearn.errorString().startsWith(QLatin1String("only a team lead can reject rule suggestions")));
        QVERIFY(agentLearn.ruleReviews().isEmpty());
        QVERIFY2(leadLearn.acceptRule(QStringLiteral("s0000000001"), QStringLiteral("billing"),
                                      QStringLiteral("ledger"), 3, 1.0, rule, QStringLiteral("lena"), {}),
                 qPrintable(leadLearn.errorString()));
        QCOMPARE(agentLearn.acceptedRules().size(), 1);

        // Hand-written SQL over an agent's login is refused by the server too, not only by RouteDesk.
        for (const QString &statement :
             {QStringLiteral("UPDATE model_versions SET status = 'retired'"),
              QStringLiteral("INSERT INTO accepted_rules (rule_id, rule_json, created_at) VALUES ('x', '{}', 0)"),
              QStringLiteral("DELETE FROM tickets"), QStringLiteral("UPDATE actions SET agent = 'x'"),
              QStringLiteral("DROP TABLE decisions")}) {
            QSqlQuery query(ana->connection());
            QVERIFY2(!query.exec(statement), qPrintable(statement));
            QVERIFY2(query.lastError().databaseText().contains(QLatin1String("permission denied"))
                         || query.lastError().databaseText().contains(QLatin1String("must be owner")),
                     qPrintable(query.lastError().databaseText()));
        }
    }

    void concurrentAgentsLoseAndDuplicateNothing()
    {
        const int perProcess = 60;
        const QStringList agents {QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("cara"),
                                  QStringLiteral("dev")};
        std::vector<std::unique_ptr<QProcess>> writers;
        for (const QString &agent : agents)
            writers.push_back(start(
                {QStringLiteral("actions"), loginUrl(agent), agent, QString::number(perProcess), QStringLiteral("6")}));
        QSet<qint64> acknowledged;
        int lines = 0;
        for (auto &writer : writers) {
            QVERIFY(writer->waitForFinished(120000));
            QVERIFY2(writer->exitStatus() == QProcess::NormalExit && writer->exitCode() == 0,
                     writer->readAllStandardError().constData());
            for (const QByteArray &line : writer->readAllStandardOutput().split('\n')) {
                if (line.trimmed().isEmpty())
                    continue;
                ++lines;
                acknowledged.insert(line.trimmed().toLongLong());
            }
        }
        QCOMPARE(lines, perProcess * int(agents.size()));
        QCOMPARE(acknowledged.size(), qsizetype(lines)); // no id handed out twice

        QSqlQuery query(m_admin->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT a.id FROM actions a JOIN tickets t ON t.id = a.ticket_id "
                                          "WHERE t.source = 'team'")));
        QSet<qint64> stored;
        int rows = 0;
        while (query.next()) {
            ++rows;
            stored.insert(query.value(0).toLongLong());
        }
        QCOMPARE(rows, lines); // nothing lost, nothing extra
        QCOMPARE(stored, acknowledged);
        QVERIFY(
            query.exec(QStringLiteral("SELECT count(*), count(DISTINCT idempotency_key), count(DISTINCT action_id) "
                                      "FROM outbox o JOIN tickets t ON t.id = o.ticket_id WHERE t.source = 'team'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), lines / 2); // a write-back for every even action
        QCOMPARE(query.value(1).toInt(), lines / 2);
        QCOMPARE(query.value(2).toInt(), lines / 2);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM tickets WHERE source = 'team'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 6); // four processes upserted the same six tickets
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM decisions d JOIN tickets t ON t.id = d.ticket_id "
                                          "WHERE t.source = 'team'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), int(agents.size()) * (perProcess / 3));
        // Each agent's own actions are all there, in the order that agent made them.
        for (const QString &agent : agents) {
            QSqlQuery mine(m_admin->connection());
            mine.prepare(QStringLiteral("SELECT a.reason FROM actions a JOIN tickets t ON t.id = a.ticket_id WHERE "
                                        "t.source = 'team' AND a.agent = ? ORDER BY a.id"));
            mine.addBindValue(agent);
            QVERIFY(mine.exec());
            int n = 0;
            while (mine.next())
                QCOMPARE(mine.value(0).toString(), QStringLiteral("%1 #%2").arg(agent).arg(n++));
            QCOMPARE(n, perProcess);
        }
    }

    void concurrentActivationsKeepOneActiveModel()
    {
        auto lena = as(QStringLiteral("lena"));
        LearnStore learn(*lena);
        QList<LabelledText> examples;
        for (int i = 0; i < 6; ++i) {
            examples.append({QStringLiteral("refund please %1").arg(i), QStringLiteral("refund_cancellation")});
            examples.append({QStringLiteral("cannot log in %1").arg(i), QStringLiteral("account_access")});
        }
        QStringList ids;
        for (quint64 seed = 1; seed <= 3; ++seed) {
            TrainOptions options;
            options.folds = 2;
            options.minDf = 1;
            options.seed = seed;
            nlohmann::json report;
            QString error;
            const auto model = trainClassifier(examples, options, &report, {}, &error);
            QVERIFY(model);
            qint64 id = 0;
            QVERIFY2(learn.addModelVersion(*model, {}, QStringLiteral("lena"), {}, &id),
                     qPrintable(learn.errorString()));
            ids.append(QString::number(id));
        }
        const int before = int(learn.activations().size());
        const int rounds = 8;
        auto first = start(
            QStringList {QStringLiteral("activate"), loginUrl(QStringLiteral("lena")), QString::number(rounds)} + ids);
        QStringList reversed(ids.crbegin(), ids.crend());
        auto second
            = start(QStringList {QStringLiteral("activate"), loginUrl(QStringLiteral("max")), QString::number(rounds)}
                    + reversed);
        for (QProcess *process : {first.get(), second.get()}) {
            QVERIFY(process->waitForFinished(120000));
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        }
        QSqlQuery query(m_admin->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM model_versions WHERE status = 'active'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        // The trail is one chain: every step names the model the step before it activated.
        const QList<ModelActivation> trail = learn.activations();
        QVERIFY(trail.size() > before);
        for (qsizetype i = qMax(1, before); i < trail.size(); ++i)
            QCOMPARE(trail.at(i).previousModelId, trail.at(i - 1).modelId);
        QCOMPARE(learn.activeModelVersion()->id, trail.constLast().modelId);
    }

private:
    void addMember(const QString &login, const QString &kind)
    {
        QString error;
        QVERIFY2(addTeamMember(*m_admin, login, kind, {}, &error), qPrintable(error));
        m_logins.append(login);
    }
    QString loginUrl(const QString &person) const
    {
        return Test::withLogin(m_url, person + QLatin1Char('_') + m_suffix);
    }
    std::unique_ptr<DecisionStore> as(const QString &person)
    {
        QString error;
        auto store = DecisionStore::open(loginUrl(person), &error);
        if (!store)
            qFatal("cannot open the store as %s: %s", qPrintable(person), qPrintable(error));
        return store;
    }
    std::unique_ptr<QProcess> start(const QStringList &arguments)
    {
        auto process = std::make_unique<QProcess>();
        process->setProgram(QStringLiteral(ROUTEDESK_LEARN_WRITER));
        process->setArguments(arguments);
        process->start();
        if (!process->waitForStarted())
            qFatal("cannot start learn_writer");
        return process;
    }

    QString m_url;
    QString m_suffix;
    TeamRoleNames m_names;
    QStringList m_logins;
    std::unique_ptr<DecisionStore> m_admin;
};

QTEST_GUILESS_MAIN(TestTeamStore)
#include "test_teamstore.moc"
