// Source documents: every shape from docs/connectors.md parses; mistakes are named by field; secrets are refused in
// the document and come from the environment or the keychain.

#include "sources/sourceconfig.h"
#include "sources/ticketsource.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace RouteDesk;
using nlohmann::json;

class TestSourceConfig : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheDocumentedShapes()
    {
        SourceConfig config;
        QString error;
        const char *rt
            = "{\"type\":\"rt\",\"url\":\"http://127.0.0.1:8091/\",\"username\":\"root\", "
              "\"password_env\":\"RT_PASSWORD\",\"query\":\"Queue = 'General' AND Status = 'new'\", "
              "\"queue_map\":{\"billing\":\"Billing\",\"refunds\":\"Refunds\"},\"escalation_queue\":\"Escalations\"}";
        bool parsed = SourceConfig::parseText(rt, {}, &config, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(config.type, SourceConfig::Type::RequestTracker);
        QCOMPARE(config.sourceId(), QStringLiteral("rt:http://127.0.0.1:8091"));
        QCOMPARE(config.routeMap.value(QStringLiteral("refunds")), QStringLiteral("Refunds"));
        QCOMPARE(config.escalationTarget, QStringLiteral("Escalations"));
        QCOMPARE(config.secret.environment, QStringLiteral("RT_PASSWORD"));
        QCOMPARE(config.categoryField, QStringLiteral("Category"));
        QVERIFY(config.supportsWriteback());

        const char *zendesk
            = "{\"type\":\"zendesk\",\"subdomain\":\"acme\",\"email\":\"ana@acme.com\", "
              "\"token_keychain\":\"zendesk-acme\",\"group_map\":{\"billing\":360001,\"refunds\":\"Refunds\"},"
              "\"escalation_group\":360009, \"category_field_id\":42,\"start_time\":\"2026-11-01T00:00:00Z\"}";
        parsed = SourceConfig::parseText(zendesk, {}, &config, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(config.url, QUrl(QStringLiteral("https://acme.zendesk.com")));
        QCOMPARE(config.sourceId(), QStringLiteral("zendesk:acme"));
        QCOMPARE(config.routeMap.value(QStringLiteral("billing")), QStringLiteral("360001"));
        QCOMPARE(config.escalationTarget, QStringLiteral("360009"));
        QCOMPARE(config.secret.keychain, QStringLiteral("zendesk-acme"));
        QCOMPARE(config.startTime, QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());

        const char *baseUrl = "{\"type\":\"zendesk\",\"base_url\":\"http://127.0.0.1:9000/api/"
                              "v2\",\"email\":\"a@b.c\", \"token_env\":\"ZD\"}";
        parsed = SourceConfig::parseText(baseUrl, {}, &config, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(config.url, QUrl(QStringLiteral("http://127.0.0.1:9000")));

        const char *file = "{\"type\":\"file\",\"path\":\"in/tickets.jsonl\"}";
        parsed = SourceConfig::parseText(file, QStringLiteral("/data/exports"), &config, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(config.path, QStringLiteral("/data/exports/in/tickets.jsonl"));
        QCOMPARE(config.sourceId(), QStringLiteral("file:/data/exports/in/tickets.jsonl"));
        QVERIFY(!config.supportsWriteback());
    }

    void namesTheWrongField_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("JSON object");
        QTest::newRow("not JSON") << QByteArray("{\"type\":") << QStringLiteral("not valid JSON");
        QTest::newRow("no type") << QByteArray("{}") << QStringLiteral("\"type\": required");
        QTest::newRow("unknown type") << QByteArray("{\"type\":\"jira\"}")
                                      << QStringLiteral("unknown source type 'jira'");
        QTest::newRow("file without path") << QByteArray("{\"type\":\"file\"}") << QStringLiteral("\"path\": required");
        QTest::newRow("file bad format") << QByteArray("{\"type\":\"file\",\"path\":\"a\",\"format\":\"xml\"}")
                                         << QStringLiteral("\"format\"");
        QTest::newRow("rt without url") << QByteArray("{\"type\":\"rt\",\"username\":\"u\",\"password_env\":\"P\"}")
                                        << QStringLiteral("\"url\": required");
        QTest::newRow("rt bad url") << QByteArray(
            "{\"type\":\"rt\",\"url\":\"ftp://x\",\"username\":\"u\",\"password_env\":\"P\"}")
                                    << QStringLiteral("\"url\": 'ftp://x' is not an http");
        QTest::newRow("rt url with password")
            << QByteArray("{\"type\":\"rt\",\"url\":\"http://root:pw@host\",\"username\":\"u\",\"password_env\":\"P\"}")
            << QStringLiteral("no user name or password in the URL");
        QTest::newRow("rt no username") << QByteArray("{\"type\":\"rt\",\"url\":\"http://h\",\"password_env\":\"P\"}")
                                        << QStringLiteral("\"username\": required");
        QTest::newRow("rt no secret") << QByteArray("{\"type\":\"rt\",\"url\":\"http://h\",\"username\":\"u\"}")
                                      << QStringLiteral("\"password_env\" or \"password_keychain\": required");
        QTest::newRow("rt both secrets") << QByteArray(
            "{\"type\":\"rt\",\"url\":\"http://"
            "h\",\"username\":\"u\",\"password_env\":\"P\",\"password_keychain\":\"k\"}")
                                         << QStringLiteral("give one, not both");
        QTest::newRow("rt bad env name") << QByteArray(
            "{\"type\":\"rt\",\"url\":\"http://h\",\"username\":\"u\",\"password_env\":\"A B\"}")
                                         << QStringLiteral("is not an environment variable name");
        QTest::newRow("rt queue map not object") << QByteArray(
            "{\"type\":\"rt\",\"url\":\"http://h\",\"username\":\"u\",\"password_env\":\"P\",\"queue_map\":[\"a\"]}")
                                                 << QStringLiteral("\"queue_map\": expected an object");
        QTest::newRow("rt queue map empty value")
            << QByteArray("{\"type\":\"rt\",\"url\":\"http://"
                          "h\",\"username\":\"u\",\"password_env\":\"P\",\"queue_map\":{\"billing\":\"\"}}")
            << QStringLiteral("\"queue_map\".billing");
        QTest::newRow("rt page size") << QByteArray(
            "{\"type\":\"rt\",\"url\":\"http://h\",\"username\":\"u\",\"password_env\":\"P\",\"page_size\":500}")
                                      << QStringLiteral("\"page_size\": must be between 1 and 100");
        QTest::newRow("rt timezone") << QByteArray(
            "{\"type\":\"rt\",\"url\":\"http://h\",\"username\":\"u\",\"password_env\":\"P\",\"timezone\":\"Mars/"
            "Olympus\"}") << QStringLiteral("\"timezone\"");
        QTest::newRow("unknown field") << QByteArray(
            "{\"type\":\"rt\",\"url\":\"http://h\",\"username\":\"u\",\"password_env\":\"P\",\"queues\":{}}")
                                       << QStringLiteral("\"queues\": unknown field");
        QTest::newRow("password in the document")
            << QByteArray("{\"type\":\"rt\",\"url\":\"http://h\",\"username\":\"u\",\"password\":\"hunter2\"}")
            << QStringLiteral("\"password\": secrets are not allowed");
        QTest::newRow("token in the document")
            << QByteArray("{\"type\":\"zendesk\",\"subdomain\":\"a\",\"email\":\"e\",\"token\":\"abc\"}")
            << QStringLiteral("\"token\": secrets are not allowed");
        QTest::newRow("zendesk neither subdomain nor url")
            << QByteArray("{\"type\":\"zendesk\",\"email\":\"e\",\"token_env\":\"T\"}")
            << QStringLiteral("\"subdomain\" or \"base_url\": required");
        QTest::newRow("zendesk both") << QByteArray(
            "{\"type\":\"zendesk\",\"subdomain\":\"a\",\"base_url\":\"http://h\",\"email\":\"e\",\"token_env\":\"T\"}")
                                      << QStringLiteral("give one, not both");
        QTest::newRow("zendesk bad subdomain")
            << QByteArray("{\"type\":\"zendesk\",\"subdomain\":\"a.b/c\",\"email\":\"e\",\"token_env\":\"T\"}")
            << QStringLiteral("\"subdomain\": 'a.b/c'");
        QTest::newRow("zendesk no email")
            << QByteArray("{\"type\":\"zendesk\",\"subdomain\":\"a\",\"token_env\":\"T\"}")
            << QStringLiteral("\"email\": required");
        QTest::newRow("zendesk group map") << QByteArray(
            "{\"type\":\"zendesk\",\"subdomain\":\"a\",\"email\":\"e\",\"token_env\":\"T\",\"group_map\":{\"x\":true}}")
                                           << QStringLiteral("\"group_map\".x");
        QTest::newRow("zendesk start time") << QByteArray("{\"type\":\"zendesk\",\"subdomain\":\"a\",\"email\":\"e\","
                                                          "\"token_env\":\"T\",\"start_time\":\"yesterday\"}")
                                            << QStringLiteral("\"start_time\"");
    }
    void namesTheWrongField()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, expected);
        SourceConfig config;
        QString error;
        QVERIFY(!SourceConfig::parseText(document, {}, &config, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("hunter2")));
    }

    void loadNamesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("helpdesk.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"type\":\"rt\",\"url\":\"http://h\"}");
        file.close();
        SourceConfig config;
        QString error;
        QVERIFY(!SourceConfig::load(path, &config, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
        QVERIFY(!SourceConfig::load(dir.filePath(QStringLiteral("missing.json")), &config, &error));
        QVERIFY(error.contains(QLatin1String("cannot read")));
    }

    void secretFromTheEnvironment()
    {
        SecretReference reference {QStringLiteral("ROUTEDESK_TEST_SECRET_X"), {}};
        QString secret;
        QString error;
        qunsetenv("ROUTEDESK_TEST_SECRET_X");
        QVERIFY(!reference.resolve(&secret, &error));
        QVERIFY2(error.contains(QLatin1String("ROUTEDESK_TEST_SECRET_X is not set")), qPrintable(error));
        qputenv("ROUTEDESK_TEST_SECRET_X", "s3cret");
        QVERIFY(reference.resolve(&secret, &error));
        QCOMPARE(secret, QStringLiteral("s3cret"));
        qunsetenv("ROUTEDESK_TEST_SECRET_X");

        // A source whose secret is missing is not created, and says where it looked.
        SourceConfig config;
        const char *document
            = "{\"type\":\"rt\",\"url\":\"http://h\",\"username\":\"u\",\"password_env\":\"ROUTEDESK_TEST_SECRET_X\"}";
        QVERIFY(SourceConfig::parseText(document, {}, &config, &error));
        QVERIFY(!createTicketSource(config, &error));
        QVERIFY2(error.contains(QLatin1String("no password"))
                     && error.contains(QLatin1String("ROUTEDESK_TEST_SECRET_X")),
                 qPrintable(error));
    }

    void secretFromTheKeychain()
    {
        // secret-tool needs a desktop session's keyring, which a test machine does not have: a stand-in on PATH checks
        // the exact command line RouteDesk runs (secret-tool lookup service routedesk key <name>).
        QTemporaryDir dir;
        const QString tool = dir.filePath(QStringLiteral("secret-tool"));
        QFile script(tool);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\n"
                     "[ \"$1 $2 $3 $4\" = \"lookup service routedesk key\" ] || exit 2\n"
                     "[ \"$5\" = \"zendesk-acme\" ] && { printf 'tok-from-keyring'; exit 0; }\n"
                     "exit 1\n");
        script.close();
        QVERIFY(QFile::setPermissions(tool, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::WriteOwner));
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", dir.path().toLocal8Bit() + ':' + path);

        QString secret;
        QString error;
        QVERIFY2(SecretReference({}, QStringLiteral("zendesk-acme")).resolve(&secret, &error), qPrintable(error));
        QCOMPARE(secret, QStringLiteral("tok-from-keyring"));
        QVERIFY(!SecretReference({}, QStringLiteral("other")).resolve(&secret, &error));
        QVERIFY2(error.contains(QLatin1String("keychain entry 'other'")), qPrintable(error));
        qputenv("PATH", path);
    }
};

QTEST_GUILESS_MAIN(TestSourceConfig)
#include "test_sourceconfig.moc"
