#pragma once

// What learning keeps in the decision store (schema versions 4 and 5, core/store/migrations.cpp): model versions
// with their metrics and status, the activation trail, the verdicts on rule suggestions and the accepted rules.
//
// Who may write what: on PostgreSQL the database itself decides (docs/learning.md, `routedesk-cli roles`): agents
// record decisions and actions, only team leads store, activate, roll back and discard models and accept or reject
// rules. A refused lead operation fails with permissionDenied() true and an errorString() such as "only a team
// lead can activate models: the database refused (permission denied for table model_versions)". SQLite stores
// have no logins: everyone may do everything there.
//
// Threading and errors as DecisionStore: use it on the thread that opened the store; calls return false (or an
// empty result) and errorString() says why. Each write is one transaction.

#include "classify/textclassifier.h"
#include "store/decisionstore.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>

namespace RouteDesk {

enum class ModelStatus {
    Candidate, // trained, waiting for a lead's decision
    Active, // what the pipeline uses for this store (at most one)
    Retired, // was active, or was discarded as a candidate; kept with its metrics for rollback and history
};
QString modelStatusName(ModelStatus status); // "candidate", "active", "retired"
std::optional<ModelStatus> modelStatusFromName(const QString &name);

struct ModelVersion
{
    qint64 id = 0;
    QString version; // the classifier's version()
    QString name;
    ModelStatus status = ModelStatus::Candidate;
    nlohmann::json metrics; // the retrain comparison and training summary (free form, JSON object)
    QString note;
    QString createdBy;
    QDateTime createdAt;
    QString activatedBy;
    QDateTime activatedAt;
    QDateTime retiredAt;
    QString dbUser; // the database login that stored it (PostgreSQL), empty on SQLite
};

// One step of the activation trail. modelId 0: the store went back to the workspace's bundled model.
struct ModelActivation
{
    qint64 id = 0;
    qint64 modelId = 0;
    qint64 previousModelId = 0; // active before this step (0: the bundled model)
    QString action; // "activate", "rollback", "discard"
    QString actor;
    QDateTime at;
    QString dbUser;
};

// A lead's verdict on a rule suggestion. A reviewed suggestion (accepted or rejected) is never suggested again.
struct RuleReview
{
    qint64 id = 0;
    QString suggestionKey;
    QString category;
    QString phrase;
    bool accepted = false;
    int support = 0;
    double precision = 0.0;
    QString reviewer;
    QDateTime reviewedAt;
    QString note;
};

// A rule a lead accepted: a workspace rule (the workspace JSON syntax, docs/engine.md) with its author and date.
struct AcceptedRule
{
    qint64 id = 0;
    QString ruleId;
    QString suggestionKey;
    nlohmann::json rule;
    QString author;
    QDateTime createdAt;
    bool enabled = true;
};

class LearnStore
{
public:
    // `store` must outlive this object.
    explicit LearnStore(DecisionStore &store);

    QString errorString() const { return m_error; }
    // The last failure was the database refusing a privilege (SQLSTATE 42501): the login is not a team lead.
    bool permissionDenied() const { return m_permissionDenied; }
    DecisionStore &store() const { return m_store; }

    // --- model versions ------------------------------------------------------------------------------------
    // Stores a candidate with its metrics; *id receives its id.
    bool addModelVersion(const TextClassifier &model, const nlohmann::json &metrics, const QString &author,
                         const QString &note, qint64 *id);
    QList<ModelVersion> modelVersions(); // newest first
    std::optional<ModelVersion> modelVersion(qint64 id);
    std::optional<ModelVersion> activeModelVersion(); // nullopt without error: the bundled model is in use
    std::unique_ptr<TextClassifier> loadModel(qint64 id, QString *error);
    // Makes `id` the active model (the one active before is retired). Serialised between processes.
    bool activate(qint64 id, const QString &actor);
    // Goes back to the model that was active before the current one was activated (or to the bundled model when
    // there was none); the current one is retired. *nowActive receives the id now active (0: bundled).
    bool rollback(const QString &actor, qint64 *nowActive);
    // Throws a candidate away: it becomes retired (and stays listed with its metrics).
    bool discard(qint64 id, const QString &actor);
    QList<ModelActivation> activations(); // oldest first

    // --- rules -------------------------------------------------------------------------------------------------
    QList<RuleReview> ruleReviews(); // oldest first
    QSet<QString> reviewedSuggestionKeys();
    bool rejectSuggestion(const QString &key, const QString &category, const QString &phrase, int support,
                          double precision, const QString &reviewer, const QString &note);
    // Records the verdict on `key` and stores `rule` (an object with an "id") in one transaction.
    bool acceptRule(const QString &key, const QString &category, const QString &phrase, int support, double precision,
                    const nlohmann::json &rule, const QString &author, const QString &note);
    QList<AcceptedRule> acceptedRules(bool enabledOnly = true); // oldest first
    bool setRuleEnabled(const QString &ruleId, bool enabled);

private:
    bool fail(const QString &message);
    bool failSql(const QString &leadOperation, const QString &what, const class QSqlError &error);
    bool begin(const QString &what);
    bool commit(const QString &what);
    void rollbackTransaction();
    bool serialiseActivations(const QString &what);
    bool insertReview(const QString &key, const QString &category, const QString &phrase, const QString &verdict,
                      int support, double precision, const QString &reviewer, const QString &note,
                      const QString &leadOperation, const QString &what);
    bool setActive(qint64 id, qint64 previous, const QString &action, const QString &actor, const QString &what,
                   const QString &leadOperation);

    DecisionStore &m_store;
    QString m_error;
    bool m_permissionDenied = false;
    bool m_inTransaction = false;
};

} // namespace RouteDesk
