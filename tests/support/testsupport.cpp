#include "testsupport.h"

#include "store/decisionstore.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace RouteDesk::Test {

QString sourceDir()
{
    const QString dir = qEnvironmentVariable("ROUTEDESK_SOURCE_DIR");
    return dir.isEmpty() ? QDir::currentPath() : dir;
}

QString sharedDataFile(const QString &name)
{
    const QString path = QDir(sourceDir()).absoluteFilePath(QStringLiteral("../shared/data/") + name);
    return QFileInfo::exists(path) ? QDir::cleanPath(path) : QString();
}

QString postgresServerUrl()
{
    return qEnvironmentVariable("ROUTEDESK_TEST_PG_URL");
}

bool serversRequired()
{
    return qEnvironmentVariable("ROUTEDESK_REQUIRE_SERVERS") == QLatin1String("1");
}

namespace {

// Runs one statement on the server's maintenance database with a private connection.
bool runOnServer(const QString &statement, QString *error)
{
    StoreLocation location;
    if (!StoreLocation::parse(postgresServerUrl(), &location, error))
        return false;
    const QString name = QStringLiteral("testsupport-%1").arg(QRandomGenerator::global()->generate64());
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setPassword(location.password);
        db.setDatabaseName(location.database.isEmpty() ? QStringLiteral("postgres") : location.database);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(statement);
            if (!ok && error)
                *error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

QString createPostgresDatabase(QString *error)
{
    const QString server = postgresServerUrl();
    if (server.isEmpty()) {
        if (error)
            *error = QStringLiteral("ROUTEDESK_TEST_PG_URL is not set");
        return {};
    }
    const QString name
        = QStringLiteral("rdtest_%1").arg(QRandomGenerator::global()->generate64() & 0xffffffffffffULL, 0, 16);
    if (!runOnServer(QStringLiteral("CREATE DATABASE ") + name, error))
        return {};
    QUrl url(server);
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

void dropPostgresDatabase(const QString &url)
{
    const QString name = QUrl(url).path().mid(1);
    if (name.startsWith(QLatin1String("rdtest_")))
        runOnServer(QStringLiteral("DROP DATABASE IF EXISTS ") + name + QStringLiteral(" WITH (FORCE)"), nullptr);
}

QString describe(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n'));
}

} // namespace RouteDesk::Test
