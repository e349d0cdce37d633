#pragma once

#include <QString>
#include <QStringList>

namespace RouteDesk::Language {

// The interface languages shipped: "en", "de", "fr", "es".
QStringList available();
// The language's own name ("Deutsch").
QString nativeName(const QString &code);
// The language a setting resolves to: the setting when shipped, else the system locale's when shipped, else "en".
QString resolve(const QString &setting);
// Installs RouteDesk's and Qt's translations for `setting` (empty: the system locale), replacing the ones
// installed before; every widget then gets QEvent::LanguageChange and re-translates itself.
// Returns the language now in force.
QString apply(const QString &setting);
QString current();

} // namespace RouteDesk::Language
