#pragma once

#include <QIcon>
#include <QString>

namespace RouteDesk::Icons {

// An icon from :/icons/<name>.svg ("accept", "override", ...); a null icon when absent.
QIcon named(const QString &name);
// The icon of an escalation flag code ("security_incident" -> :/icons/flag-security-incident.svg).
QIcon flag(const QString &code);
QIcon app();

} // namespace RouteDesk::Icons
