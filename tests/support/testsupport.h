#pragma once

// Helpers shared by the test executables: where the sources and shared data are, and throw-away databases on
// the PostgreSQL server the test command starts.

#include <QString>
#include <QtTest>

namespace RouteDesk::Test {

// The project's source folder (ROUTEDESK_SOURCE_DIR, set by CTest).
QString sourceDir();
// ../shared/data/<name> beside the project, or empty when absent.
QString sharedDataFile(const QString &name);

// The PostgreSQL server URL the test command exported (ROUTEDESK_TEST_PG_URL), or empty.
QString postgresServerUrl();
// True when the test command promised its servers (ROUTEDESK_REQUIRE_SERVERS=1): a missing server is then a
// failure, not a skip.
bool serversRequired();

// Creates a new, empty database on the test server and returns its postgresql:// URL; empty with *error on failure.
QString createPostgresDatabase(QString *error);
// Drops a database made by createPostgresDatabase (best effort).
void dropPostgresDatabase(const QString &url);

// A readable multi-line dump for failure messages.
QString describe(const QStringList &lines);

} // namespace RouteDesk::Test

// Skips the current test function when PostgreSQL is not available, or fails when the test command promised it.
#define ROUTEDESK_REQUIRE_POSTGRES() \
    do { \
        if (RouteDesk::Test::postgresServerUrl().isEmpty()) { \
            if (RouteDesk::Test::serversRequired()) \
                QFAIL("ROUTEDESK_TEST_PG_URL is not set but the test command requires PostgreSQL"); \
            QSKIP("PostgreSQL not available: set ROUTEDESK_TEST_PG_URL (scripts/test.sh does)"); \
        } \
    } while (false)

// Same for a server named by an environment variable (for example ROUTEDESK_TEST_RT_URL).
#define ROUTEDESK_REQUIRE_SERVER_ENV(variable) \
    do { \
        if (qEnvironmentVariableIsEmpty(variable)) { \
            if (RouteDesk::Test::serversRequired()) \
                QFAIL(variable " is not set but the test command requires that server"); \
            QSKIP(variable " not set: the server is not available (scripts/test.sh starts it)"); \
        } \
    } while (false)
