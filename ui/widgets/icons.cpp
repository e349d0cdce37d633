#include "icons.h"

#include "model/routingdecision.h"

#include <QFile>
#include <QHash>
#include <QImage>
#include <QPixmap>

namespace RouteDesk::Icons {

QIcon named(const QString &name)
{
    static QHash<QString, QIcon> cache;
    const auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return it.value();
    const QString path = QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
    QIcon icon = QFile::exists(path) ? QIcon(path) : QIcon();
    cache.insert(name, icon);
    return icon;
}

QIcon flag(const QString &code)
{
    QIcon icon = named(QStringLiteral("flag-") + QString(code).replace(QLatin1Char('_'), QLatin1Char('-')));
    return icon.isNull() ? named(QStringLiteral("flag-low-confidence")) : icon;
}

QIcon app()
{
    return named(QStringLiteral("routedesk"));
}

bool drawsSomething(const QImage &image)
{
    if (image.isNull())
        return false;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            if (qAlpha(line[x]) > 0)
                return true;
        }
    }
    return false;
}

bool renders(const QIcon &icon, int size)
{
    if (icon.isNull())
        return false;
    // Painting asks for every flag of every row: the answer is kept per icon and size (GUI thread only).
    static QHash<QPair<qint64, int>, bool> cache;
    const QPair<qint64, int> key(icon.cacheKey(), size);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return it.value();
    const bool draws = drawsSomething(icon.pixmap(QSize(size, size)).toImage());
    cache.insert(key, draws);
    return draws;
}

QColor flagColor(const QString &code)
{
    // The fills of resources/icons/flag-*.svg.
    static const QHash<QString, QColor> colors = {
        {QLatin1String(EscalationCode::LowConfidence), QColor(0xd4, 0xa0, 0x17)},
        {QLatin1String(EscalationCode::Ambiguous), QColor(0xd4, 0xa0, 0x17)},
        {QLatin1String(EscalationCode::MultiIntent), QColor(0x2e, 0x86, 0xc1)},
        {QLatin1String(EscalationCode::RefundReview), QColor(0x1e, 0x84, 0x49)},
        {QLatin1String(EscalationCode::PolicyException), QColor(0xca, 0x6f, 0x1e)},
        {QLatin1String(EscalationCode::SecurityIncident), QColor(0xc0, 0x39, 0x2b)},
        {QLatin1String(EscalationCode::LegalThreat), QColor(0x7d, 0x3c, 0x98)},
        {QLatin1String(EscalationCode::Abuse), QColor(0x92, 0x2b, 0x21)},
        {QLatin1String(EscalationCode::Urgent), QColor(0xcb, 0x43, 0x35)},
        {QLatin1String(EscalationCode::EmotionalDistress), QColor(0xa5, 0x69, 0xbd)},
        {QLatin1String(EscalationCode::Vip), QColor(0xb7, 0x95, 0x0b)},
        {QLatin1String(EscalationCode::RoutingLoop), QColor(0x5d, 0x6d, 0x7e)},
        {QLatin1String(EscalationCode::OutOfScope), QColor(0x7f, 0x8c, 0x8d)},
    };
    return colors.value(code, QColor(0x5d, 0x6d, 0x7e));
}

} // namespace RouteDesk::Icons
