// The translation pipeline: every tr() text of the UI is in the .ts files (lupdate was run after the last
// change), German, French and Spanish translate every one of them, and no visible text is set without tr().

#include "testsupport.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

using namespace RouteDesk;

namespace {

struct TsFile
{
    QSet<QString> sources;
    QStringList unfinished;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ts;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ts.sources.insert(source);
        } else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || text.trimmed().isEmpty())
                ts.unfinished << source;
        }
    }
    return ts;
}

QStringList uiSources()
{
    QStringList files;
    for (const QString &folder : {QStringLiteral("/ui"), QStringLiteral("/app/gui")}) {
        QDirIterator it(Test::sourceDir() + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files << Test::sourceDir() + QStringLiteral("/core/queue/queuemodel.cpp");
    return files;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyTrTextIsExtracted()
    {
        const TsFile en = readTs(Test::sourceDir() + QStringLiteral("/translations/routedesk_en.ts"));
        QVERIFY(en.sources.size() > 200);
        // tr("...") with adjacent literals joined, as the compiler and lupdate see them.
        static const QRegularExpression call(QStringLiteral("\\btr\\(\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*)+)"));
        static const QRegularExpression piece(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
        QStringList missing;
        int found = 0;
        for (const QString &path : uiSources()) {
            const QString text = readText(path);
            for (auto it = call.globalMatch(text); it.hasNext();) {
                QString joined;
                for (auto p = piece.globalMatch(it.next().captured(1)); p.hasNext();)
                    joined += p.next().captured(1);
                joined.replace(QLatin1String("\\\""), QLatin1String("\""))
                    .replace(QLatin1String("\\n"), QLatin1String("\n"));
                ++found;
                if (!en.sources.contains(joined))
                    missing << path.section(QLatin1Char('/'), -2) + QStringLiteral(": ") + joined;
            }
        }
        QVERIFY(found > 200);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("run the update_translations target:\n") + Test::describe(missing)));
    }

    void everyLanguageIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("French") << QStringLiteral("fr");
        QTest::newRow("Spanish") << QStringLiteral("es");
    }

    void everyLanguageIsComplete()
    {
        QFETCH(QString, language);
        const TsFile en = readTs(Test::sourceDir() + QStringLiteral("/translations/routedesk_en.ts"));
        const TsFile ts = readTs(Test::sourceDir() + QStringLiteral("/translations/routedesk_%1.ts").arg(language));
        QCOMPARE(ts.sources, en.sources);
        QVERIFY2(ts.unfinished.isEmpty(), qPrintable(Test::describe(ts.unfinished)));
    }

    void noVisibleTextWithoutTr()
    {
        static const QRegularExpression untranslated(
            QStringLiteral("(setText|setToolTip|setWindowTitle|setPlaceholderText|setTitle|addItem|addTab|"
                           "setAccessibleName|showMessage|setTabText)\\((\\w+, )?QStringLiteral\\(\"[A-Za-z]"));
        QStringList offenders;
        for (const QString &path : uiSources()) {
            const QStringList lines = readText(path).split(QLatin1Char('\n'));
            for (int i = 0; i < lines.size(); ++i) {
                if (untranslated.match(lines[i]).hasMatch())
                    offenders << QStringLiteral("%1:%2: %3").arg(path).arg(i + 1).arg(lines[i].trimmed());
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(Test::describe(offenders)));
    }

    // English plurals come from routedesk_en.ts: a %n text without its English forms shows "ticket(s)".
    void englishPluralsAreWritten()
    {
        QFile file(Test::sourceDir() + QStringLiteral("/translations/routedesk_en.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString source;
        bool numerus = false;
        int plurals = 0;
        QStringList missing;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (numerus && xml.name() == QLatin1String("numerusform")) {
                const QString form = xml.readElementText();
                ++plurals;
                if (form.trimmed().isEmpty() || form.contains(QLatin1String("(s)")))
                    missing << source;
            }
        }
        QVERIFY(plurals > 20);
        QVERIFY2(missing.isEmpty(), qPrintable(Test::describe(missing)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
