// The screenshot tour (routedesk --screenshots FOLDER) makes up agent actions: it must work on a store of its own
// in a temporary folder and never write into a user's store, the demo store included.

#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestScreenshots : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    QProcess *start(const QStringList &arguments)
    {
        auto *app = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app->setProcessEnvironment(environment);
        app->start(qEnvironmentVariable("ROUTEDESK_BINARY_DIR") + QStringLiteral("/bin/routedesk"), arguments);
        return app;
    }

    QStringList filesUnder(const QString &dir) const
    {
        QStringList files;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << QDir(dir).relativeFilePath(it.next());
        return files;
    }

private slots:
    void refusesAStoreOfTheUser()
    {
        QVERIFY(m_home.isValid());
        const QString store = m_home.filePath(QStringLiteral("mine.sqlite"));
        QProcess *app = start({QStringLiteral("--screenshots"), m_home.filePath(QStringLiteral("shots")),
                               QStringLiteral("--store"), store});
        QVERIFY(app->waitForFinished(60000));
        QCOMPARE(app->exitCode(), 2);
        QVERIFY2(app->readAllStandardError().contains("cannot be combined with --store"), "no reason given");
        QVERIFY(!QFile::exists(store));
    }

    void usesAStoreOfItsOwn()
    {
        const QString shots = m_home.filePath(QStringLiteral("tour"));
        QProcess *app = start({QStringLiteral("--screenshots"), shots});
        QVERIFY(app->waitForFinished(120000));
        QVERIFY2(app->exitCode() == 0, app->readAllStandardError().constData());
        QVERIFY(QFile::exists(shots + QStringLiteral("/agent-view.png")));
        QVERIFY(QFile::exists(shots + QStringLiteral("/review-overrides.png")));
        // Nothing in the user's data or settings: no demo store, no store at all.
        QCOMPARE(filesUnder(m_home.filePath(QStringLiteral("data"))), QStringList());
        QCOMPARE(filesUnder(m_home.filePath(QStringLiteral("config"))), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestScreenshots)
#include "test_screenshots.moc"
