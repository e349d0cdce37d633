#include "sourceconfig.h"

#include "io/jsonparse.h"
#include "model/modeljson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTimeZone>

namespace RouteDesk {

namespace {

using nlohmann::json;

// Keys that would put a secret into the document: refused with a pointer to the right key.
const char *const secretKeys[] = {"password", "token", "api_token", "secret", "apikey", "api_key"};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString quoted(const char *key)
{
    return QLatin1Char('"') + QLatin1String(key) + QLatin1Char('"');
}

// Reads an optional string field; false with *error when it is there but not a string.
bool optionalString(const json &document, const char *key, QString *out, QString *error)
{
    const auto it = document.find(key);
    if (it == document.end() || it->is_null())
        return true;
    if (!it->is_string())
        return fail(error, QStringLiteral("%1: expected a string").arg(quoted(key)));
    *out = fromStd(it->get<std::string>()).trimmed();
    return true;
}

bool requiredString(const json &document, const char *key, QString *out, QString *error, const QString &hint = {})
{
    if (!optionalString(document, key, out, error))
        return false;
    if (out->isEmpty())
        return fail(error, QStringLiteral("%1: required%2").arg(quoted(key), hint.isEmpty() ? QString() : hint));
    return true;
}

bool optionalInt(const json &document, const char *key, qint64 minimum, qint64 maximum, qint64 *out, QString *error)
{
    const auto it = document.find(key);
    if (it == document.end() || it->is_null())
        return true;
    if (!it->is_number_integer())
        return fail(error, QStringLiteral("%1: expected a whole number").arg(quoted(key)));
    const qint64 value = it->get<qint64>();
    if (value < minimum || value > maximum)
        return fail(error, QStringLiteral("%1: must be between %2 and %3").arg(quoted(key)).arg(minimum).arg(maximum));
    *out = value;
    return true;
}

bool readSecret(const json &document, const char *envKey, const char *keychainKey, SecretReference *secret,
                QString *error)
{
    if (!optionalString(document, envKey, &secret->environment, error)
        || !optionalString(document, keychainKey, &secret->keychain, error))
        return false;
    if (secret->isEmpty())
        return fail(error,
                    QStringLiteral("%1 or %2: required (the name of the environment variable or keychain entry "
                                   "that holds the secret; the secret itself never goes into this file)")
                        .arg(quoted(envKey), quoted(keychainKey)));
    if (!secret->environment.isEmpty() && !secret->keychain.isEmpty())
        return fail(error, QStringLiteral("%1 and %2: give one, not both").arg(quoted(envKey), quoted(keychainKey)));
    static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!secret->environment.isEmpty() && !envName.match(secret->environment).hasMatch())
        return fail(
            error,
            QStringLiteral("%1: '%2' is not an environment variable name").arg(quoted(envKey), secret->environment));
    return true;
}

bool readUrl(const json &document, const char *key, QUrl *url, QString *error)
{
    QString text;
    if (!requiredString(document, key, &text, error))
        return false;
    const QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty()
        || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https")))
        return fail(error, QStringLiteral("%1: '%2' is not an http:// or https:// URL").arg(quoted(key), text));
    if (!parsed.userInfo().isEmpty())
        return fail(error,
                    QStringLiteral("%1: no user name or password in the URL; use the username and secret "
                                   "fields")
                        .arg(quoted(key)));
    QUrl clean = parsed.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (clean.path().endsWith(QLatin1Char('/')))
        clean.setPath(clean.path().chopped(1));
    *url = clean;
    return true;
}

bool readRouteMap(const json &document, const char *key, bool allowNumbers, QMap<QString, QString> *map, QString *error)
{
    const auto it = document.find(key);
    if (it == document.end() || it->is_null())
        return true;
    if (!it->is_object())
        return fail(
            error,
            QStringLiteral("%1: expected an object of category id -> %2")
                .arg(quoted(key), allowNumbers ? QStringLiteral("group id or name") : QStringLiteral("queue name")));
    for (auto entry = it->begin(); entry != it->end(); ++entry) {
        const QString category = fromStd(entry.key());
        QString target;
        if (entry.value().is_string())
            target = fromStd(entry.value().get<std::string>()).trimmed();
        else if (allowNumbers && entry.value().is_number_integer())
            target = QString::number(entry.value().get<qint64>());
        if (category.isEmpty() || target.isEmpty())
            return fail(error,
                        QStringLiteral("%1.%2: expected a non-empty %3")
                            .arg(quoted(key), category,
                                 allowNumbers ? QStringLiteral("group id or name") : QStringLiteral("queue name")));
        map->insert(category, target);
    }
    return true;
}

bool checkKeys(const json &document, std::initializer_list<const char *> allowed, QString *error)
{
    for (auto it = document.begin(); it != document.end(); ++it) {
        const std::string &key = it.key();
        for (const char *secretKey : secretKeys) {
            if (key == secretKey)
                return fail(error,
                            QStringLiteral("\"%1\": secrets are not allowed in a source document; name an "
                                           "environment variable or a keychain entry instead (see "
                                           "docs/connectors.md)")
                                .arg(fromStd(key)));
        }
        bool known = false;
        for (const char *name : allowed)
            known = known || key == name;
        if (!known)
            return fail(error, QStringLiteral("\"%1\": unknown field").arg(fromStd(key)));
    }
    return true;
}

bool readCommon(const json &document, SourceConfig *config, QString *error)
{
    qint64 pageSize = config->pageSize;
    qint64 timeout = config->timeoutMs;
    qint64 attempts = config->maxAttempts;
    if (!optionalInt(document, "page_size", 1, config->type == SourceConfig::Type::RequestTracker ? 100 : 1000,
                     &pageSize, error)
        || !optionalInt(document, "timeout_ms", 100, 600'000, &timeout, error)
        || !optionalInt(document, "max_attempts", 1, 20, &attempts, error))
        return false;
    config->pageSize = static_cast<int>(pageSize);
    config->timeoutMs = static_cast<int>(timeout);
    config->maxAttempts = static_cast<int>(attempts);
    return true;
}

} // namespace

QString SecretReference::describe() const
{
    if (!environment.isEmpty())
        return QStringLiteral("the environment variable %1").arg(environment);
    return QStringLiteral("the keychain entry '%1' (secret-tool lookup service routedesk key %1)").arg(keychain);
}

bool SecretReference::resolve(QString *secret, QString *error) const
{
    if (!environment.isEmpty()) {
        const QString value = qEnvironmentVariable(environment.toLocal8Bit().constData());
        if (value.isEmpty())
            return fail(error, QStringLiteral("%1 is not set or empty").arg(describe()));
        *secret = value;
        return true;
    }
    if (keychain.isEmpty())
        return fail(error, QStringLiteral("no secret configured"));
    QProcess process;
    process.start(QStringLiteral("secret-tool"),
                  {QStringLiteral("lookup"), QStringLiteral("service"), QStringLiteral("routedesk"),
                   QStringLiteral("key"), keychain});
    if (!process.waitForStarted(5000))
        return fail(error, QStringLiteral("cannot read %1: secret-tool is not installed").arg(describe()));
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished(1000);
        return fail(error, QStringLiteral("cannot read %1: secret-tool did not answer").arg(describe()));
    }
    QString value = QString::fromUtf8(process.readAllStandardOutput());
    if (value.endsWith(QLatin1Char('\n')))
        value.chop(1);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || value.isEmpty())
        return fail(error, QStringLiteral("%1 was not found (is the keyring unlocked?)").arg(describe()));
    *secret = value;
    return true;
}

QString SourceConfig::typeName() const
{
    switch (type) {
    case Type::File:
        return QStringLiteral("file");
    case Type::RequestTracker:
        return QStringLiteral("rt");
    case Type::Zendesk:
        return QStringLiteral("zendesk");
    }
    return {};
}

QString SourceConfig::sourceId() const
{
    switch (type) {
    case Type::File:
        return QStringLiteral("file:") + path;
    case Type::RequestTracker:
        return QStringLiteral("rt:") + url.toString(QUrl::RemoveUserInfo);
    case Type::Zendesk:
        return QStringLiteral("zendesk:") + (subdomain.isEmpty() ? url.toString(QUrl::RemoveUserInfo) : subdomain);
    }
    return {};
}

bool SourceConfig::parse(const json &document, const QString &baseDir, SourceConfig *config, QString *error)
{
    if (!document.is_object())
        return fail(error, QStringLiteral("a source document must be a JSON object"));
    SourceConfig result;
    result.document = document;
    QString type;
    if (!requiredString(document, "type", &type, error, QStringLiteral(" (\"file\", \"rt\" or \"zendesk\")")))
        return false;

    if (type == QLatin1String("file")) {
        result.type = Type::File;
        qint64 pageSize = result.pageSize;
        if (!checkKeys(document, {"type", "path", "format", "page_size"}, error)
            || !requiredString(document, "path", &result.path, error)
            || !optionalString(document, "format", &result.format, error)
            || !optionalInt(document, "page_size", 1, 10'000, &pageSize, error))
            return false;
        result.pageSize = static_cast<int>(pageSize);
        result.format = result.format.toLower();
        if (!result.format.isEmpty() && result.format != QLatin1String("csv") && result.format != QLatin1String("jsonl")
            && result.format != QLatin1String("json"))
            return fail(error, QStringLiteral("\"format\": expected \"csv\", \"jsonl\" or \"json\""));
        const QDir base(baseDir.isEmpty() ? QDir::currentPath() : baseDir);
        result.path = QDir::cleanPath(base.absoluteFilePath(QDir::fromNativeSeparators(result.path)));
    } else if (type == QLatin1String("rt")) {
        result.type = Type::RequestTracker;
        if (!checkKeys(document,
                       {"type", "url", "username", "password_env", "password_keychain", "token_env", "token_keychain",
                        "query", "queue_map", "escalation_queue", "category_field", "timezone", "page_size",
                        "timeout_ms", "max_attempts"},
                       error)
            || !readUrl(document, "url", &result.url, error) || !optionalString(document, "query", &result.query, error)
            || !readRouteMap(document, "queue_map", false, &result.routeMap, error)
            || !optionalString(document, "escalation_queue", &result.escalationTarget, error)
            || !optionalString(document, "category_field", &result.categoryField, error)
            || !optionalString(document, "timezone", &result.timeZone, error) || !readCommon(document, &result, error))
            return false;
        if (const auto it = document.find("category_field"); it != document.end() && !it->is_null())
            result.categoryFieldNamed = true;
        if (!QTimeZone(result.timeZone.toUtf8()).isValid())
            return fail(error,
                        QStringLiteral("\"timezone\": '%1' is not a time zone name (like \"UTC\" or "
                                       "\"Europe/Berlin\")")
                            .arg(result.timeZone));
        const bool token = document.contains("token_env") || document.contains("token_keychain");
        const bool password = document.contains("password_env") || document.contains("password_keychain");
        if (token && password)
            return fail(error,
                        QStringLiteral("\"token_env\"/\"token_keychain\" and \"password_env\"/"
                                       "\"password_keychain\": give a token or a password, not both"));
        if (token) {
            result.tokenAuth = true;
            if (!readSecret(document, "token_env", "token_keychain", &result.secret, error))
                return false;
        } else {
            if (!requiredString(document, "username", &result.username, error,
                                QStringLiteral(" (the RT user the connector acts as)"))
                || !readSecret(document, "password_env", "password_keychain", &result.secret, error))
                return false;
        }
    } else if (type == QLatin1String("zendesk")) {
        result.type = Type::Zendesk;
        if (!checkKeys(document,
                       {"type", "subdomain", "base_url", "email", "token_env", "token_keychain", "group_map",
                        "escalation_group", "category_field_id", "tag_prefix", "start_time", "page_size", "timeout_ms",
                        "max_attempts"},
                       error)
            || !optionalString(document, "subdomain", &result.subdomain, error))
            return false;
        if (document.contains("base_url")) {
            if (!result.subdomain.isEmpty())
                return fail(error, QStringLiteral("\"subdomain\" and \"base_url\": give one, not both"));
            if (!readUrl(document, "base_url", &result.url, error))
                return false;
            if (result.url.path().endsWith(QLatin1String("/api/v2")))
                result.url.setPath(result.url.path().chopped(7));
        } else {
            static const QRegularExpression name(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
            if (result.subdomain.isEmpty())
                return fail(error, QStringLiteral("\"subdomain\" or \"base_url\": required"));
            if (!name.match(result.subdomain).hasMatch())
                return fail(error,
                            QStringLiteral("\"subdomain\": '%1' is not a Zendesk subdomain (like \"acme\" for "
                                           "acme.zendesk.com)")
                                .arg(result.subdomain));
            result.url = QUrl(QStringLiteral("https://%1.zendesk.com").arg(result.subdomain));
        }
        if (!requiredString(document, "email", &result.username, error,
                            QStringLiteral(" (the agent's e-mail address the API token belongs to)"))
            || !readSecret(document, "token_env", "token_keychain", &result.secret, error)
            || !readRouteMap(document, "group_map", true, &result.routeMap, error)
            || !readCommon(document, &result, error))
            return false;
        if (const auto it = document.find("escalation_group"); it != document.end() && !it->is_null()) {
            if (it->is_number_integer())
                result.escalationTarget = QString::number(it->get<qint64>());
            else if (it->is_string())
                result.escalationTarget = fromStd(it->get<std::string>()).trimmed();
            else
                return fail(error, QStringLiteral("\"escalation_group\": expected a group id or name"));
        }
        if (!optionalInt(document, "category_field_id", 1, std::numeric_limits<qint64>::max(), &result.categoryFieldId,
                         error)
            || !optionalString(document, "tag_prefix", &result.tagPrefix, error))
            return false;
        if (const auto it = document.find("start_time"); it != document.end() && !it->is_null()) {
            if (it->is_number_integer() && it->get<qint64>() >= 0) {
                result.startTime = it->get<qint64>();
            } else if (it->is_string()) {
                const QDateTime time = parseIsoTime(fromStd(it->get<std::string>()));
                if (!time.isValid())
                    return fail(error, QStringLiteral("\"start_time\": expected unix seconds or an ISO 8601 time"));
                result.startTime = time.toSecsSinceEpoch();
            } else {
                return fail(error, QStringLiteral("\"start_time\": expected unix seconds or an ISO 8601 time"));
            }
        }
    } else {
        return fail(error,
                    QStringLiteral("\"type\": unknown source type '%1' (expected \"file\", \"rt\" or "
                                   "\"zendesk\")")
                        .arg(type));
    }
    *config = std::move(result);
    return true;
}

bool SourceConfig::parseText(const QByteArray &text, const QString &baseDir, SourceConfig *config, QString *error)
{
    const JsonParseResult parsed = parseJson(text, QString());
    if (!parsed.ok)
        return fail(error,
                    QStringLiteral("line %1: not valid JSON (%2)").arg(QString::number(parsed.line), parsed.detail()));
    const json &document = parsed.value;
    return parse(document, baseDir, config, error);
}

bool SourceConfig::load(const QString &path, SourceConfig *config, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    const QByteArray text = file.readAll();
    QString why;
    if (!parseText(text, QFileInfo(path).absolutePath(), config, &why))
        return fail(error, QStringLiteral("%1: %2").arg(path, why));
    return true;
}

} // namespace RouteDesk
