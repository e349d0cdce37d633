// Icons and the delegates that draw the queue and the review: every icon the app uses renders; flags stay
// readable when an icon cannot be loaded (run again with --without-image-plugins, as on a machine without Qt's SVG
// plugin); a bar's text is drawn whole ("100.0 %", not "00.0 %").

#include "mainwindow.h"
#include "queue/flagsdelegate.h"
#include "queue/queuemodel.h"
#include "widgets/bardelegate.h"
#include "widgets/icons.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QPainter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QToolButton>
#include <QtTest>

using namespace RouteDesk;

namespace {

bool g_withoutPlugins = false;

// Pixels that are not fully transparent.
int ink(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            n += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    return n;
}

// Pixels close to `color`.
int pixelsOf(const QImage &image, const QColor &color)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += c.alpha() > 200 && qAbs(c.red() - color.red()) < 24 && qAbs(c.green() - color.green()) < 24
                    && qAbs(c.blue() - color.blue()) < 24
                ? 1
                : 0;
        }
    }
    return n;
}

QImage paintCell(const QAbstractItemDelegate &delegate, const QModelIndex &index, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    QStyleOptionViewItem option;
    option.rect = QRect(QPoint(0, 0), size);
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    option.palette = QApplication::palette();
    option.state = QStyle::State_Enabled;
    delegate.paint(&painter, option, index);
    painter.end();
    return image;
}

QStringList resourceIcons()
{
    QStringList names;
    QDirIterator it(QStringLiteral(":/icons"), {QStringLiteral("*.svg")}, QDir::Files);
    while (it.hasNext())
        names << it.next();
    names.sort();
    return names;
}

} // namespace

class TestWidgets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QApplication::setStyle(QStringLiteral("Fusion")); }

    // With Qt's SVG plugins every icon of the resources, and every icon on the window's actions and tabs, draws.
    void everyIconRenders()
    {
        if (g_withoutPlugins)
            QSKIP("run without image plugins");
        const QStringList files = resourceIcons();
        QVERIFY(files.size() >= 25);
        for (const QString &file : files) {
            QVERIFY2(file.endsWith(QLatin1String(".svg")), qPrintable(file));
            for (int size : {16, 20, 32}) {
                const QPixmap pixmap = QIcon(file).pixmap(QSize(size, size));
                QVERIFY2(!pixmap.isNull(), qPrintable(file));
                QVERIFY2(ink(pixmap.toImage()) > size / 2, qPrintable(file));
            }
        }
        for (const QString &code : EscalationCode::all()) {
            const QString own = QStringLiteral(":/icons/flag-%1.svg").arg(QString(code).replace(u'_', u'-'));
            QVERIFY2(QFile::exists(own), qPrintable(own));
            QVERIFY2(Icons::renders(Icons::flag(code)), qPrintable(code));
        }
        MainWindow window;
        int withIcons = 0;
        for (const QAction *action : window.findChildren<QAction *>()) {
            if (action->icon().isNull())
                continue;
            ++withIcons;
            QVERIFY2(ink(action->icon().pixmap(QSize(20, 20)).toImage()) > 20, qPrintable(action->objectName()));
        }
        QVERIFY(withIcons >= 12);
        for (int i = 0; i < window.tabs()->count(); ++i)
            QVERIFY(ink(window.tabs()->tabIcon(i).pixmap(QSize(16, 16)).toImage()) > 16);
        QVERIFY(ink(window.windowIcon().pixmap(QSize(32, 32)).toImage()) > 32);
    }

    // A flagged row shows its flags in their colours with icons, and as text chips without them.
    void flagsStayReadable()
    {
        if (g_withoutPlugins) // the simulation works: Qt cannot read the SVG icons
            QVERIFY(QIcon(QStringLiteral(":/icons/flag-legal-threat.svg")).pixmap(QSize(16, 16)).isNull()
                    || ink(QIcon(QStringLiteral(":/icons/flag-legal-threat.svg")).pixmap(QSize(16, 16)).toImage())
                        == 0);
        QueueEntry entry;
        entry.ticket.id = 1;
        entry.ticket.subject = QStringLiteral("Lawyer and refund");
        RoutingDecision decision;
        decision.category = QStringLiteral("billing");
        decision.confidence = 0.8;
        decision.flags = {{QStringLiteral("legal_threat"), QStringLiteral("Legal threat: the ticket mentions x")},
                          {QStringLiteral("refund_review"), QStringLiteral("Refunds always get a person")}};
        entry.decision = decision;
        QueueModel model;
        model.setRows(QueueModel::makeRows({entry}, Taxonomy(), QDateTime::currentDateTimeUtc()));
        const QModelIndex index = model.index(0, QueueModel::FlagsColumn);
        FlagsDelegate delegate;
        QStyleOptionViewItem option;
        option.font = QApplication::font();
        option.fontMetrics = QFontMetrics(option.font);
        const QSize hint = delegate.sizeHint(option, index);
        const QImage image = paintCell(delegate, index, QSize(qMax(hint.width(), 84) + 8, 24));
        // The fills of flag-legal-threat.svg and flag-refund-review.svg.
        QVERIFY2(pixelsOf(image, QColor(0x7d, 0x3c, 0x98)) > 40, "no legal threat mark");
        QVERIFY2(pixelsOf(image, QColor(0x1e, 0x84, 0x49)) > 40, "no refund review mark");
        if (g_withoutPlugins) {
            // The chips carry their names, so the column reads without icons.
            QCOMPARE(FlagsDelegate::chipText(QStringLiteral("legal_threat")), QStringLiteral("Legal"));
            QVERIFY(hint.width() > 2 * (16 + 3) + 8); // wider than two icons: the words fit
        }
    }

    // The review's bars draw their whole text: "100.0 %" is not cut to "00.0 %".
    void barTextIsDrawnWhole()
    {
        if (g_withoutPlugins)
            QSKIP("no icons involved");
        QStandardItemModel model(2, 1);
        const int role = Qt::UserRole + 7;
        model.setData(model.index(0, 0), QStringLiteral("100.0 %"));
        model.setData(model.index(0, 0), 1.0, role);
        model.setData(model.index(1, 0), QStringLiteral("00.0 %"));
        model.setData(model.index(1, 0), 1.0, role);
        BarDelegate delegate(role);
        const QSize cell(140, 24);
        const int full = ink(paintCell(delegate, model.index(0, 0), cell));
        const int cut = ink(paintCell(delegate, model.index(1, 0), cell));
        QImage one(40, 24, QImage::Format_ARGB32_Premultiplied);
        one.fill(Qt::transparent);
        {
            QPainter painter(&one);
            painter.setFont(QApplication::font());
            painter.setPen(Qt::black);
            painter.drawText(one.rect(), Qt::AlignCenter, QStringLiteral("1"));
        }
        const int digit = ink(one);
        QVERIFY(digit > 5);
        QVERIFY2(
            full - cut >= digit * 3 / 4,
            qPrintable(
                QStringLiteral("the leading 1 is cut: %1 vs %2 pixels, a 1 has %3").arg(full).arg(cut).arg(digit)));
    }
};

int main(int argc, char **argv)
{
    // --without-image-plugins: as on a machine without Qt's SVG plugins (libqt6svg6 not installed).
    std::vector<char *> args;
    for (int i = 0; i < argc; ++i) {
        if (qstrcmp(argv[i], "--without-image-plugins") == 0)
            g_withoutPlugins = true;
        else
            args.push_back(argv[i]);
    }
    int count = int(args.size());
    QApplication app(count, args.data());
    if (g_withoutPlugins)
        QCoreApplication::setLibraryPaths({}); // the platform plugin is loaded already; image plugins are not
    TestWidgets test;
    return QTest::qExec(&test, count, args.data());
}

#include "test_widgets.moc"
