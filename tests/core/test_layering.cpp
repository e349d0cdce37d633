// core/ must stay GUI-free: no Gui or Widgets headers, nothing from ui/, and no Gui or Widgets in its link line.

#include "corelinks.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QRegularExpression>

using namespace RouteDesk;

class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    void coreIncludesNoGui()
    {
        const QString core = Test::sourceDir() + QStringLiteral("/core");
        QVERIFY2(QFileInfo(core).isDir(), qPrintable(core));
        // Built from pieces: moc's tokenizer does not understand raw strings with quotes in them.
        const QString quote = QStringLiteral("[<\\x22]");
        const QString start = QStringLiteral("^\\s*#\\s*include\\s*") + quote;
        static const QRegularExpression forbidden(
            start + QStringLiteral("(QtGui|QtWidgets|QtSvg|QtPrintSupport|ui/)|") + start
                + QStringLiteral("Q(Widget|Application|MainWindow|Painter|Color|Icon|Pixmap|Image|Font|Palette|"
                                 "GuiApplication|Action|Dialog)\\b"),
            QRegularExpression::MultilineOption);
        QStringList offenders;
        int files = 0;
        QDirIterator it(core, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++files;
            const QString text = QString::fromUtf8(file.readAll());
            const auto match = forbidden.match(text);
            if (match.hasMatch())
                offenders << path + QStringLiteral(": ") + match.captured(0).trimmed();
        }
        QVERIFY(files > 10);
        QVERIFY2(offenders.isEmpty(), qPrintable(Test::describe(offenders)));
    }

    void coreLinksNoGui()
    {
        const QString links = QStringLiteral(ROUTEDESK_CORE_LINKS);
        QVERIFY(links.contains(QLatin1String("Qt6::Core")));
        QVERIFY2(!links.contains(QLatin1String("Gui")), qPrintable(links));
        QVERIFY2(!links.contains(QLatin1String("Widgets")), qPrintable(links));
        QVERIFY2(!links.contains(QLatin1String("routedesk_ui")), qPrintable(links));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "test_layering.moc"
