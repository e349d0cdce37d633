#pragma once

#include <QColor>
#include <QIcon>
#include <QImage>
#include <QString>

namespace RouteDesk::Icons {

// An icon from :/icons/<name>.svg ("accept", "override", ...); a null icon when absent.
QIcon named(const QString &name);
// The icon of an escalation flag code ("security_incident" -> :/icons/flag-security-incident.svg).
QIcon flag(const QString &code);
QIcon app();
// True when `icon` draws at `size`: false when the file is missing or Qt's SVG plugin is not installed, so callers
// can fall back to text.
bool renders(const QIcon &icon, int size = 16);
// True when `image` has at least one pixel that is not fully transparent.
bool drawsSomething(const QImage &image);
// The colour of a flag's icon, for a text chip when the icon does not render.
QColor flagColor(const QString &code);

} // namespace RouteDesk::Icons
