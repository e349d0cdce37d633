#include "decisionstore.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace RouteDesk {

bool StoreLocation::parse(const QString &setting, StoreLocation *location, QString *error)
{
    const QString text = setting.trimmed();
    if (text.isEmpty()) {
        if (error)
            *error = QStringLiteral("no store given: expected a SQLite file path or a postgresql:// URL");
        return false;
    }
    StoreLocation result;
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            if (error)
                *error = QStringLiteral(
                    "malformed PostgreSQL URL: expected postgresql://user:password@host:port/database");
            return false;
        }
        result.kind = Kind::Postgres;
        result.host = url.host();
        result.port = url.port(5432);
        result.user = url.userName(QUrl::FullyDecoded);
        result.password = url.password(QUrl::FullyDecoded);
        result.database = url.path(QUrl::FullyDecoded).mid(1);
        if (result.database.isEmpty())
            result.database = result.user.isEmpty() ? QStringLiteral("postgres") : result.user;
        if (result.database.contains(QLatin1Char('/'))) {
            if (error)
                *error = QStringLiteral("malformed PostgreSQL URL: the database name cannot contain '/'");
            return false;
        }
    } else if (text.contains(QLatin1String("://"))) {
        if (error)
            *error = QStringLiteral("unsupported store URL '%1': expected a file path or a postgresql:// URL")
                         .arg(text.section(QLatin1String("://"), 0, 0));
        return false;
    } else {
        result.kind = Kind::Sqlite;
        result.path = QDir::cleanPath(QDir::current().absoluteFilePath(QDir::fromNativeSeparators(text)));
    }
    *location = result;
    return true;
}

QString StoreLocation::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/decisions.sqlite");
}

QString StoreLocation::withoutPassword(const QString &setting)
{
    if (!setting.contains(QLatin1String("://")))
        return setting;
    // By text rather than QUrl: a malformed URL (a password typed with '/' or '@' unencoded) must lose its password
    // too. The user info ends at the last '@' before the query; better to hide too much than a password.
    const qsizetype start = setting.indexOf(QLatin1String("://")) + 3;
    qsizetype end = setting.indexOf(QLatin1Char('?'), start);
    if (end < 0)
        end = setting.size();
    const qsizetype at = setting.lastIndexOf(QLatin1Char('@'), end - 1);
    if (at < start)
        return setting;
    const qsizetype colon = setting.indexOf(QLatin1Char(':'), start);
    if (colon < 0 || colon > at)
        return setting;
    return setting.left(colon) + setting.mid(at);
}

QString StoreLocation::display() const
{
    if (kind == Kind::Sqlite)
        return QDir::toNativeSeparators(path);
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

} // namespace RouteDesk
