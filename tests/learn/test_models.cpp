// Model versions in the store: candidates, activation, rollback (step by step back to the bundled model),
// discarding, the one-active guarantee and the active model the pipeline uses; accepted rules merged into the
// workspace. On SQLite (PostgreSQL: test_teamstore).

#include "learntestsupport.h"
#include "testsupport.h"

#include "learn/activemodel.h"
#include "learn/learnstore.h"
#include "learn/rulemining.h"
#include "learn/teamroles.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace RouteDesk;

namespace {

std::shared_ptr<const TextClassifier> smallModel(const QString &name, int extra)
{
    QList<LabelledText> examples;
    const QStringList billing {QStringLiteral("invoice copy please"),    QStringLiteral("charged twice on my card"),
                               QStringLiteral("update payment method"),  QStringLiteral("vat number on invoice"),
                               QStringLiteral("receipt for last month"), QStringLiteral("invoice address wrong")};
    const QStringList technical {QStringLiteral("app crashes on start"), QStringLiteral("sync error with calendar"),
                                 QStringLiteral("api returns 500"),      QStringLiteral("board does not load"),
                                 QStringLiteral("webhook not firing"),   QStringLiteral("export button broken")};
    for (int round = 0; round < 3 + extra; ++round) {
        for (const QString &text : billing)
            examples.append({text + QStringLiteral(" %1").arg(round), QStringLiteral("billing")});
        for (const QString &text : technical)
            examples.append({text + QStringLiteral(" %1").arg(round), QStringLiteral("technical")});
    }
    TrainOptions options;
    options.folds = 2;
    options.minDf = 1;
    options.name = name;
    nlohmann::json report;
    QString error;
    std::shared_ptr<const TextClassifier> model = trainClassifier(examples, options, &report, {}, &error);
    if (!model)
        qFatal("cannot train a small model: %s", qPrintable(error));
    return model;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bundled = smallModel(QStringLiteral("bundled"), 0);
        m_a = smallModel(QStringLiteral("a"), 1);
        m_b = smallModel(QStringLiteral("b"), 2);
        QVERIFY(m_a->version() != m_b->version());
    }

    void storeStartsWithTheBundledModel()
    {
        auto store = open(QStringLiteral("fresh.sqlite"));
        QCOMPARE(store->schemaVersion(), DecisionStore::currentSchemaVersion());
        QVERIFY(store->schemaVersion() >= 5);
        LearnStore learn(*store);
        QVERIFY(learn.modelVersions().isEmpty());
        QVERIFY(!learn.activeModelVersion());
        QVERIFY(learn.errorString().isEmpty());
        ActiveModel active;
        QString error;
        QVERIFY(resolveActiveModel(*store, m_bundled, QStringLiteral("bundled"), &active, &error));
        QCOMPARE(active.versionId, 0);
        QCOMPARE(active.classifier->version(), m_bundled->version());
        QCOMPARE(active.description, QStringLiteral("bundled"));
    }

    void activateAndRollBackStepByStep()
    {
        auto store = open(QStringLiteral("versions.sqlite"));
        LearnStore learn(*store);
        qint64 a = 0, b = 0;
        QVERIFY(learn.addModelVersion(*m_a, {{"accuracy", 0.8}}, QStringLiteral("lena"), QStringLiteral("first"), &a));
        QVERIFY(learn.addModelVersion(*m_b, {{"accuracy", 0.9}}, QStringLiteral("lena"), {}, &b));
        QCOMPARE(learn.modelVersion(a)->status, ModelStatus::Candidate);
        QCOMPARE(learn.modelVersion(a)->metrics["accuracy"].get<double>(), 0.8);
        QCOMPARE(learn.modelVersion(a)->createdBy, QStringLiteral("lena"));
        QVERIFY(learn.modelVersion(a)->createdAt.isValid());
        QCOMPARE(learn.modelVersions().size(), 2);
        QCOMPARE(learn.modelVersions().constFirst().id, b); // newest first

        QVERIFY(learn.activate(a, QStringLiteral("lena")));
        QCOMPARE(activeId(*store), a);
        QCOMPARE(learn.modelVersion(a)->activatedBy, QStringLiteral("lena"));
        QVERIFY(learn.activate(b, QStringLiteral("max")));
        QCOMPARE(activeId(*store), b);
        QCOMPARE(learn.modelVersion(a)->status, ModelStatus::Retired);

        // The pipeline for the store uses the active version.
        LearningContext context;
        context.workspace = Test::demoContext().workspace;
        context.bundledModel = m_bundled;
        context.bundledDescription = QStringLiteral("bundled");
        ActiveModel active;
        QString error;
        auto pipeline = pipelineForStore(*store, context, &active, &error);
        QVERIFY2(pipeline, qPrintable(error));
        QCOMPARE(pipeline->classifier().version(), m_b->version());
        QCOMPARE(active.versionId, b);
        QVERIFY(active.description.contains(QLatin1String("max")));

        // Rollback walks back along activations: b -> a -> bundled, then refuses.
        qint64 now = -1;
        QVERIFY2(learn.rollback(QStringLiteral("lena"), &now), qPrintable(learn.errorString()));
        QCOMPARE(now, a);
        QCOMPARE(activeId(*store), a);
        QCOMPARE(learn.modelVersion(b)->status, ModelStatus::Retired);
        QVERIFY(learn.rollback(QStringLiteral("lena"), &now));
        QCOMPARE(now, 0);
        QVERIFY(!learn.activeModelVersion());
        QVERIFY(resolveActiveModel(*store, m_bundled, QStringLiteral("bundled"), &active, &error));
        QCOMPARE(active.classifier->version(), m_bundled->version());
        QVERIFY(!learn.rollback(QStringLiteral("lena"), &now));
        QVERIFY(learn.errorString().contains(QLatin1String("bundled model is already in use")));

        // The trail keeps every step; versions stay with their metrics.
        const QList<ModelActivation> trail = learn.activations();
        QCOMPARE(trail.size(), 4);
        QCOMPARE(trail.at(0).action, QStringLiteral("activate"));
        QCOMPARE(trail.at(1).previousModelId, a);
        QCOMPARE(trail.at(2).action, QStringLiteral("rollback"));
        QCOMPARE(trail.at(2).modelId, a);
        QCOMPARE(trail.at(3).modelId, 0);
        QCOMPARE(trail.at(3).actor, QStringLiteral("lena"));
        QCOMPARE(learn.modelVersions().size(), 2);

        // A stored version loads back to the same model.
        const std::unique_ptr<TextClassifier> loaded = learn.loadModel(b, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->version(), m_b->version());
        QCOMPARE(loaded->rank(QStringLiteral("invoice copy")).category(),
                 m_b->rank(QStringLiteral("invoice copy")).category());
    }

    void discardKeepsTheCandidateAsRetired()
    {
        auto store = open(QStringLiteral("discard.sqlite"));
        LearnStore learn(*store);
        qint64 a = 0;
        QVERIFY(learn.addModelVersion(*m_a, {}, QStringLiteral("lena"), {}, &a));
        QVERIFY(learn.discard(a, QStringLiteral("lena")));
        QCOMPARE(learn.modelVersion(a)->status, ModelStatus::Retired);
        QVERIFY(!learn.discard(a, QStringLiteral("lena"))); // not a candidate any more
        QCOMPARE(learn.activations().constLast().action, QStringLiteral("discard"));
        QVERIFY(!learn.activate(4242, QStringLiteral("lena")));
        QVERIFY(learn.errorString().contains(QLatin1String("no such model version")));
    }

    void atMostOneActiveModelInTheDatabase()
    {
        auto store = open(QStringLiteral("one.sqlite"));
        LearnStore learn(*store);
        qint64 a = 0, b = 0;
        QVERIFY(learn.addModelVersion(*m_a, {}, {}, {}, &a));
        QVERIFY(learn.addModelVersion(*m_b, {}, {}, {}, &b));
        QVERIFY(learn.activate(a, {}));
        QSqlQuery query(store->connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE model_versions SET status = 'active' WHERE id = %1").arg(b)));
        QSqlQuery trail(store->connection());
        QVERIFY(!trail.exec(QStringLiteral("DELETE FROM model_activations"))); // the trail is append-only
    }

    void acceptedRulesJoinTheWorkspaceRules()
    {
        auto store = open(QStringLiteral("rules.sqlite"));
        LearnStore learn(*store);
        RuleSuggestion suggestion;
        suggestion.key = suggestionKey(QStringLiteral("billing"), QStringLiteral("ledger export"));
        suggestion.phrase = QStringLiteral("ledger export");
        suggestion.category = QStringLiteral("billing");
        suggestion.support = 5;
        suggestion.matches = 6;
        suggestion.correct = 6;
        const nlohmann::json rule = suggestionRule(suggestion, {}, QStringLiteral("lena"),
                                                   QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC));
        QCOMPARE(QString::fromStdString(rule["author"].get<std::string>()), QStringLiteral("lena"));
        QCOMPARE(QString::fromStdString(rule["created_at"].get<std::string>()), QStringLiteral("2026-11-25T10:00:00Z"));
        QVERIFY(learn.acceptRule(suggestion.key, suggestion.category, suggestion.phrase, suggestion.support,
                                 suggestion.precision(), rule, QStringLiteral("lena"), QStringLiteral("agreed")));
        QVERIFY(!learn.acceptRule(suggestion.key, suggestion.category, suggestion.phrase, 5, 1.0, rule,
                                  QStringLiteral("lena"), {})); // one verdict per suggestion
        QCOMPARE(learn.reviewedSuggestionKeys(), QSet<QString> {suggestion.key});
        QCOMPARE(learn.acceptedRules().size(), 1);
        QCOMPARE(learn.acceptedRules().constFirst().author, QStringLiteral("lena"));

        const LearningContext &demo = Test::demoContext();
        QString error;
        std::shared_ptr<const Workspace> merged = workspaceWithAcceptedRules(*store, demo.workspace, &error);
        QVERIFY2(merged, qPrintable(error));
        QCOMPARE(merged->rules().size(), demo.workspace->rules().size() + 1);
        QCOMPARE(merged->rules().constLast().id, QStringLiteral("learned-") + suggestion.key);
        QVERIFY(merged->version() != demo.workspace->version());

        const Pipeline pipeline(merged, demo.bundledModel);
        Ticket ticket;
        ticket.subject = QStringLiteral("Ledger export");
        ticket.body = QStringLiteral("The ledger export stops after the first week, the app shows no error.");
        const RoutingDecision decision = pipeline.run(ticket);
        QCOMPARE(decision.category, QStringLiteral("billing"));
        QVERIFY(decision.rulesFired.contains(QStringLiteral("learned-") + suggestion.key));

        // Disabled rules leave the workspace as it was.
        QVERIFY(learn.setRuleEnabled(QStringLiteral("learned-") + suggestion.key, false));
        merged = workspaceWithAcceptedRules(*store, demo.workspace, &error);
        QCOMPARE(merged->rules().size(), demo.workspace->rules().size());
        QCOMPARE(merged->version(), demo.workspace->version());
    }

    void rolesAreNotEnforcedOnSqlite()
    {
        auto store = open(QStringLiteral("roles.sqlite"));
        TeamRoleInfo info;
        QString error;
        QVERIFY(currentTeamRole(*store, &info, &error));
        QVERIFY(!info.enforced);
        QVERIFY(info.isLead && info.isAgent);
        QVERIFY(info.describe().contains(QLatin1String("nothing is enforced")));
        QVERIFY(!setupTeamRoles(*store, {}, nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("SQLite")), qPrintable(error));
    }

private:
    std::unique_ptr<DecisionStore> open(const QString &name)
    {
        QString error;
        auto store = DecisionStore::open(m_dir.filePath(name), &error);
        if (!store)
            qFatal("%s", qPrintable(error));
        return store;
    }
    static qint64 activeId(DecisionStore &store)
    {
        LearnStore learn(store);
        const std::optional<ModelVersion> active = learn.activeModelVersion();
        return active ? active->id : 0;
    }

    QTemporaryDir m_dir;
    std::shared_ptr<const TextClassifier> m_bundled;
    std::shared_ptr<const TextClassifier> m_a;
    std::shared_ptr<const TextClassifier> m_b;
};

QTEST_GUILESS_MAIN(TestModels)
#include "test_models.moc"
