#include "icons.h"

#include <QFile>
#include <QHash>

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

} // namespace RouteDesk::Icons
