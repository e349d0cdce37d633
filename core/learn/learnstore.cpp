#include "learnstore.h"

#include "learnlog.h"

#include "io/jsonparse.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace RouteDesk {

// Informational by default off: callers show errors themselves; QT_LOGGING_RULES="routedesk.learn.info=true" shows
// what learning did.
Q_LOGGING_CATEGORY(lcLearn, "routedesk.learn", QtWarningMsg)

namespace {

// pg_advisory_xact_lock key that serialises model activations of one PostgreSQL database ("RDlm").
constexpr qint64 kActivationLockKey = 0x52446c6d;

const QString kModelColumns = QStringLiteral("id, version, name, status, metrics, note, created_by, created_at, "
                                             "activated_by, activated_at, retired_at, db_user");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime timeOf(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant idOrNull(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// Text columns are NOT NULL; a null QString binds as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

nlohmann::json parseObject(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    nlohmann::json json = parseJsonOrDiscarded(utf8);
    if (json.is_discarded() || !json.is_object())
        return nlohmann::json::object();
    return json;
}

QString dump(const nlohmann::json &json)
{
    return QString::fromStdString(json.dump());
}

ModelVersion readModel(const QSqlQuery &q)
{
    ModelVersion model;
    model.id = q.value(0).toLongLong();
    model.version = q.value(1).toString();
    model.name = q.value(2).toString();
    model.status = modelStatusFromName(q.value(3).toString()).value_or(ModelStatus::Retired);
    model.metrics = parseObject(q.value(4).toString());
    model.note = q.value(5).toString();
    model.createdBy = q.value(6).toString();
    model.createdAt = timeOf(q.value(7));
    model.activatedBy = q.value(8).toString();
    model.activatedAt = timeOf(q.value(9));
    model.retiredAt = timeOf(q.value(10));
    model.dbUser = q.value(11).toString();
    return model;
}

// The server's words without its decoration: "ERROR:  permission denied for table x\n(42501)" ->
// "permission denied for table x".
QString serverMessage(const QSqlError &error)
{
    QString message = error.databaseText().trimmed();
    if (message.isEmpty())
        message = error.text().trimmed();
    if (message.startsWith(QLatin1String("ERROR:")))
        message = message.mid(6).trimmed();
    const qsizetype newline = message.indexOf(QLatin1Char('\n'));
    if (newline > 0)
        message = message.left(newline).trimmed();
    return message;
}

} // namespace

QString modelStatusName(ModelStatus status)
{
    switch (status) {
    case ModelStatus::Candidate:
        return QStringLiteral("candidate");
    case ModelStatus::Active:
        return QStringLiteral("active");
    case ModelStatus::Retired:
        return QStringLiteral("retired");
    }
    return {};
}

std::optional<ModelStatus> modelStatusFromName(const QString &name)
{
    for (ModelStatus status : {ModelStatus::Candidate, ModelStatus::Active, ModelStatus::Retired}) {
        if (modelStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

bool isPermissionDenied(const QSqlError &error)
{
    // PostgreSQL's insufficient_privilege; QPSQL reports the SQLSTATE as the native error code.
    return error.nativeErrorCode() == QLatin1String("42501")
        || error.databaseText().contains(QLatin1String("permission denied"));
}

QString refusalMessage(const QString &leadOperation, const QSqlError &error)
{
    return QStringLiteral("only a team lead can %1: the database refused (%2)")
        .arg(leadOperation, serverMessage(error));
}

LearnStore::LearnStore(DecisionStore &store)
    : m_store(store)
{ }

bool LearnStore::fail(const QString &message)
{
    m_error = message;
    qCInfo(lcLearn).noquote() << message;
    return false;
}

// `leadOperation` names the operation in the refusal ("activate models"); empty for reads.
bool LearnStore::failSql(const QString &leadOperation, const QString &what, const QSqlError &error)
{
    // Roll back at once, while the failing statement still exists: PostgreSQL refuses everything in an aborted
    // transaction, including freeing the statements of queries destroyed after it.
    rollbackTransaction();
    if (!leadOperation.isEmpty() && isPermissionDenied(error)) {
        m_permissionDenied = true;
        return fail(refusalMessage(leadOperation, error));
    }
    return fail(QStringLiteral("%1 (%2): %3").arg(what, m_store.location().display(), serverMessage(error)));
}

bool LearnStore::begin(const QString &what)
{
    QSqlQuery query(m_store.connection());
    const bool postgres = m_store.location().kind == StoreLocation::Kind::Postgres;
    if (!query.exec(postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        return failSql({}, what, query.lastError());
    m_inTransaction = true;
    return true;
}

bool LearnStore::commit(const QString &what)
{
    QSqlQuery query(m_store.connection());
    if (query.exec(QStringLiteral("COMMIT"))) {
        m_inTransaction = false;
        return true;
    }
    return failSql({}, what, query.lastError());
}

void LearnStore::rollbackTransaction()
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    QSqlQuery query(m_store.connection());
    query.exec(QStringLiteral("ROLLBACK"));
}

// Two leads activating at the same moment must not both retire "the" active model and then collide on the
// one-active index: activations of one store run one after the other. SQLite's BEGIN IMMEDIATE already does it.
bool LearnStore::serialiseActivations(const QString &what)
{
    if (m_store.location().kind != StoreLocation::Kind::Postgres)
        return true;
    QSqlQuery lock(m_store.connection());
    if (lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kActivationLockKey)))
        return true;
    return failSql({}, what, lock.lastError());
}

// --- model versions ---------------------------------------------------------------------------------------------

bool LearnStore::addModelVersion(const TextClassifier &model, const nlohmann::json &metrics, const QString &author,
                                 const QString &note, qint64 *id)
{
    m_error.clear();
    m_permissionDenied = false;
    const QString what = QStringLiteral("cannot store the model version");
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("INSERT INTO model_versions (version, name, status, model_json, metrics, note, "
                                 "created_by, created_at) VALUES (?, ?, 'candidate', ?, ?, ?, ?, ?) RETURNING id"));
    const nlohmann::json meta = model.metadata();
    query.addBindValue(text(model.version()));
    query.addBindValue(QString::fromStdString(meta.value("name", std::string())));
    query.addBindValue(QString::fromUtf8(model.toJson()));
    query.addBindValue(dump(metrics.is_object() ? metrics : nlohmann::json::object()));
    query.addBindValue(text(note));
    query.addBindValue(text(author));
    query.addBindValue(nowMs());
    if (!query.exec() || !query.next())
        return failSql(QStringLiteral("store model versions"), what, query.lastError());
    if (id)
        *id = query.value(0).toLongLong();
    return true;
}

QList<ModelVersion> LearnStore::modelVersions()
{
    m_error.clear();
    QList<ModelVersion> result;
    QSqlQuery query(m_store.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM model_versions ORDER BY id DESC").arg(kModelColumns))) {
        failSql({}, QStringLiteral("cannot read the model versions"), query.lastError());
        return result;
    }
    while (query.next())
        result.append(readModel(query));
    return result;
}

std::optional<ModelVersion> LearnStore::modelVersion(qint64 id)
{
    m_error.clear();
    QSqlQuery query(m_store.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM model_versions WHERE id = ?").arg(kModelColumns));
    query.addBindValue(id);
    if (!query.exec()) {
        failSql({}, QStringLiteral("cannot read model version %1").arg(id), query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return readModel(query);
}

std::optional<ModelVersion> LearnStore::activeModelVersion()
{
    m_error.clear();
    QSqlQuery query(m_store.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM model_versions WHERE status = 'active'").arg(kModelColumns))) {
        failSql({}, QStringLiteral("cannot read the active model"), query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return readModel(query);
}

std::unique_ptr<TextClassifier> LearnStore::loadModel(qint64 id, QString *error)
{
    m_error.clear();
    QSqlQuery query(m_store.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT model_json FROM model_versions WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        failSql({}, QStringLiteral("cannot read model version %1").arg(id), query.lastError());
        *error = m_error;
        return nullptr;
    }
    if (!query.next()) {
        *error = QStringLiteral("there is no model version %1 in %2").arg(id).arg(m_store.location().display());
        return nullptr;
    }
    QString problem;
    std::unique_ptr<TextClassifier> model = TextClassifier::fromJson(query.value(0).toString().toUtf8(), &problem);
    if (!model)
        *error = QStringLiteral("model version %1 in the store cannot be read: %2").arg(id).arg(problem);
    return model;
}

bool LearnStore::setActive(qint64 id, qint64 previous, const QString &action, const QString &actor, const QString &what,
                           const QString &leadOperation)
{
    const qint64 now = nowMs();
    QSqlQuery retire(m_store.connection());
    retire.prepare(QStringLiteral("UPDATE model_versions SET status = 'retired', retired_at = ? "
                                  "WHERE status = 'active'"));
    retire.addBindValue(now);
    if (!retire.exec())
        return failSql(leadOperation, what, retire.lastError());
    if (id != 0) {
        QSqlQuery activate(m_store.connection());
        activate.prepare(QStringLiteral("UPDATE model_versions SET status = 'active', activated_by = ?, "
                                        "activated_at = ?, retired_at = NULL WHERE id = ?"));
        activate.addBindValue(text(actor));
        activate.addBindValue(now);
        activate.addBindValue(id);
        if (!activate.exec())
            return failSql(leadOperation, what, activate.lastError());
        if (activate.numRowsAffected() != 1)
            return fail(QStringLiteral("%1: there is no model version %2").arg(what).arg(id));
    }
    QSqlQuery trail(m_store.connection());
    trail.prepare(QStringLiteral("INSERT INTO model_activations (model_id, previous_model_id, action, actor, "
                                 "acted_at) VALUES (?, ?, ?, ?, ?)"));
    trail.addBindValue(idOrNull(id));
    trail.addBindValue(idOrNull(previous));
    trail.addBindValue(action);
    trail.addBindValue(text(actor));
    trail.addBindValue(now);
    if (!trail.exec())
        return failSql(leadOperation, what, trail.lastError());
    return true;
}

bool LearnStore::activate(qint64 id, const QString &actor)
{
    m_error.clear();
    m_permissionDenied = false;
    const QString what = QStringLiteral("cannot activate model version %1").arg(id);
    const QString operation = QStringLiteral("activate models");
    if (!begin(what))
        return false;
    auto abort = [this] {
        rollbackTransaction();
        return false;
    };
    if (!serialiseActivations(what))
        return abort();
    QSqlQuery current(m_store.connection());
    current.setForwardOnly(true);
    if (!current.exec(QStringLiteral("SELECT id FROM model_versions WHERE status = 'active'"))) {
        failSql({}, what, current.lastError());
        return abort();
    }
    const qint64 previous = current.next() ? current.value(0).toLongLong() : 0;
    current.finish();
    if (previous == id) {
        rollbackTransaction();
        return true; // already active: nothing to record
    }
    QSqlQuery exists(m_store.connection());
    exists.setForwardOnly(true);
    exists.prepare(QStringLiteral("SELECT count(*) FROM model_versions WHERE id = ?"));
    exists.addBindValue(id);
    if (!exists.exec() || !exists.next()) {
        failSql({}, what, exists.lastError());
        return abort();
    }
    if (exists.value(0).toInt() != 1) {
        fail(QStringLiteral("%1: there is no such model version in %2").arg(what, m_store.location().display()));
        return abort();
    }
    exists.finish();
    if (!setActive(id, previous, QStringLiteral("activate"), actor, what, operation))
        return abort();
    if (!commit(what))
        return false;
    qCInfo(lcLearn) << "model version" << id << "activated by" << actor << "replacing" << previous;
    return true;
}

bool LearnStore::rollback(const QString &actor, qint64 *nowActive)
{
    m_error.clear();
    m_permissionDenied = false;
    const QString what = QStringLiteral("cannot roll back the active model");
    const QString operation = QStringLiteral("roll back models");
    if (!begin(what))
        return false;
    auto abort = [this] {
        rollbackTransaction();
        return false;
    };
    if (!serialiseActivations(what))
        return abort();
    QSqlQuery current(m_store.connection());
    current.setForwardOnly(true);
    if (!current.exec(QStringLiteral("SELECT id FROM model_versions WHERE status = 'active'"))) {
        failSql({}, what, current.lastError());
        return abort();
    }
    if (!current.next()) {
        fail(QStringLiteral("%1: no model version is active; the workspace's bundled model is already in use")
                 .arg(what));
        return abort();
    }
    const qint64 active = current.value(0).toLongLong();
    current.finish();
    // The activation that made the current model active names the one before it. Rollbacks walk back along
    // activations only, so rolling back twice goes two steps back rather than to and fro.
    QSqlQuery before(m_store.connection());
    before.setForwardOnly(true);
    before.prepare(QStringLiteral("SELECT previous_model_id FROM model_activations WHERE model_id = ? AND "
                                  "action = 'activate' ORDER BY id DESC LIMIT 1"));
    before.addBindValue(active);
    if (!before.exec()) {
        failSql({}, what, before.lastError());
        return abort();
    }
    const qint64 previous = before.next() ? before.value(0).toLongLong() : 0;
    before.finish();
    if (!setActive(previous, active, QStringLiteral("rollback"), actor, what, operation))
        return abort();
    if (!commit(what))
        return false;
    if (nowActive)
        *nowActive = previous;
    qCInfo(lcLearn) << "model version" << active << "rolled back to" << previous << "by" << actor;
    return true;
}

bool LearnStore::discard(qint64 id, const QString &actor)
{
    m_error.clear();
    m_permissionDenied = false;
    const QString what = QStringLiteral("cannot discard model version %1").arg(id);
    const QString operation = QStringLiteral("discard models");
    if (!begin(what))
        return false;
    const qint64 now = nowMs();
    QSqlQuery update(m_store.connection());
    update.prepare(QStringLiteral("UPDATE model_versions SET status = 'retired', retired_at = ? "
                                  "WHERE id = ? AND status = 'candidate'"));
    update.addBindValue(now);
    update.addBindValue(id);
    if (!update.exec())
        return failSql(operation, what, update.lastError());
    if (update.numRowsAffected() != 1) {
        rollbackTransaction();
        return fail(QStringLiteral("%1: it is not a candidate (only candidates are discarded; roll back an active "
                                   "model instead)")
                        .arg(what));
    }
    QSqlQuery trail(m_store.connection());
    trail.prepare(QStringLiteral("INSERT INTO model_activations (model_id, previous_model_id, action, actor, "
                                 "acted_at) VALUES (?, NULL, 'discard', ?, ?)"));
    trail.addBindValue(id);
    trail.addBindValue(text(actor));
    trail.addBindValue(now);
    if (!trail.exec())
        return failSql(operation, what, trail.lastError());
    return commit(what);
}

QList<ModelActivation> LearnStore::activations()
{
    m_error.clear();
    QList<ModelActivation> result;
    QSqlQuery query(m_store.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, model_id, previous_model_id, action, actor, acted_at, db_user "
                                   "FROM model_activations ORDER BY id"))) {
        failSql({}, QStringLiteral("cannot read the model activations"), query.lastError());
        return result;
    }
    while (query.next()) {
        ModelActivation step;
        step.id = query.value(0).toLongLong();
        step.modelId = query.value(1).toLongLong();
        step.previousModelId = query.value(2).toLongLong();
        step.action = query.value(3).toString();
        step.actor = query.value(4).toString();
        step.at = timeOf(query.value(5));
        step.dbUser = query.value(6).toString();
        result.append(step);
    }
    return result;
}

// --- rules ------------------------------------------------------------------------------------------------------

QList<RuleReview> LearnStore::ruleReviews()
{
    m_error.clear();
    QList<RuleReview> result;
    QSqlQuery query(m_store.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, suggestion_key, category, phrase, verdict, support, hit_precision, "
                                   "reviewer, reviewed_at, note FROM rule_reviews ORDER BY id"))) {
        failSql({}, QStringLiteral("cannot read the rule reviews"), query.lastError());
        return result;
    }
    while (query.next()) {
        RuleReview review;
        review.id = query.value(0).toLongLong();
        review.suggestionKey = query.value(1).toString();
        review.category = query.value(2).toString();
        review.phrase = query.value(3).toString();
        review.accepted = query.value(4).toString() == QLatin1String("accepted");
        review.support = query.value(5).toInt();
        review.precision = query.value(6).toDouble();
        review.reviewer = query.value(7).toString();
        review.reviewedAt = timeOf(query.value(8));
        review.note = query.value(9).toString();
        result.append(review);
    }
    return result;
}

QSet<QString> LearnStore::reviewedSuggestionKeys()
{
    QSet<QString> keys;
    for (const RuleReview &review : ruleReviews())
        keys.insert(review.suggestionKey);
    return keys;
}

bool LearnStore::insertReview(const QString &key, const QString &category, const QString &phrase,
                              const QString &verdict, int support, double precision, const QString &reviewer,
                              const QString &note, const QString &leadOperation, const QString &what)
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("INSERT INTO rule_reviews (suggestion_key, category, phrase, verdict, support, "
                                 "hit_precision, reviewer, reviewed_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(text(key));
    query.addBindValue(text(category));
    query.addBindValue(text(phrase));
    query.addBindValue(verdict);
    query.addBindValue(support);
    query.addBindValue(precision);
    query.addBindValue(text(reviewer));
    query.addBindValue(nowMs());
    query.addBindValue(text(note));
    if (query.exec())
        return true;
    return failSql(leadOperation, what, query.lastError());
}

bool LearnStore::rejectSuggestion(const QString &key, const QString &category, const QString &phrase, int support,
                                  double precision, const QString &reviewer, const QString &note)
{
    m_error.clear();
    m_permissionDenied = false;
    return insertReview(key, category, phrase, QStringLiteral("rejected"), support, precision, reviewer, note,
                        QStringLiteral("reject rule suggestions"),
                        QStringLiteral("cannot record the rejection of suggestion %1").arg(key));
}

bool LearnStore::acceptRule(const QString &key, const QString &category, const QString &phrase, int support,
                            double precision, const nlohmann::json &rule, const QString &author, const QString &note)
{
    m_error.clear();
    m_permissionDenied = false;
    const QString ruleId = rule.is_object() ? QString::fromStdString(rule.value("id", std::string())) : QString();
    if (ruleId.isEmpty())
        return fail(QStringLiteral("cannot accept suggestion %1: the rule has no id").arg(key));
    const QString what = QStringLiteral("cannot accept suggestion %1").arg(key);
    const QString operation = QStringLiteral("accept rules");
    if (!begin(what))
        return false;
    if (!insertReview(key, category, phrase, QStringLiteral("accepted"), support, precision, author, note, operation,
                      what))
        return false;
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("INSERT INTO accepted_rules (rule_id, suggestion_key, rule_json, author, created_at) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(ruleId);
    query.addBindValue(text(key));
    query.addBindValue(dump(rule));
    query.addBindValue(text(author));
    query.addBindValue(nowMs());
    if (!query.exec())
        return failSql(operation, what, query.lastError());
    return commit(what);
}

QList<AcceptedRule> LearnStore::acceptedRules(bool enabledOnly)
{
    m_error.clear();
    QList<AcceptedRule> result;
    QSqlQuery query(m_store.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, rule_id, suggestion_key, rule_json, author, created_at, enabled "
                                   "FROM accepted_rules ORDER BY id"))) {
        failSql({}, QStringLiteral("cannot read the accepted rules"), query.lastError());
        return result;
    }
    while (query.next()) {
        AcceptedRule rule;
        rule.id = query.value(0).toLongLong();
        rule.ruleId = query.value(1).toString();
        rule.suggestionKey = query.value(2).toString();
        rule.rule = parseObject(query.value(3).toString());
        rule.author = query.value(4).toString();
        rule.createdAt = timeOf(query.value(5));
        rule.enabled = query.value(6).toBool();
        if (rule.enabled || !enabledOnly)
            result.append(rule);
    }
    return result;
}

bool LearnStore::setRuleEnabled(const QString &ruleId, bool enabled)
{
    m_error.clear();
    m_permissionDenied = false;
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("UPDATE accepted_rules SET enabled = ? WHERE rule_id = ?"));
    query.addBindValue(enabled);
    query.addBindValue(ruleId);
    const QString what = QStringLiteral("cannot change rule %1").arg(ruleId);
    if (!query.exec())
        return failSql(QStringLiteral("change accepted rules"), what, query.lastError());
    if (query.numRowsAffected() != 1)
        return fail(QStringLiteral("%1: there is no accepted rule with that id").arg(what));
    return true;
}

} // namespace RouteDesk
