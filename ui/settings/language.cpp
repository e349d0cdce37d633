#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLanguage, "routedesk.ui.language")

namespace RouteDesk::Language {

namespace {
QTranslator *appTranslator = nullptr;
QTranslator *qtTranslator = nullptr;
QString currentCode = QStringLiteral("en");
} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

QString nativeName(const QString &code)
{
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Fran\u00e7ais");
    if (code == QLatin1String("es"))
        return QStringLiteral("Espa\u00f1ol");
    return QStringLiteral("English");
}

QString resolve(const QString &setting)
{
    if (available().contains(setting))
        return setting;
    for (const QString &name : QLocale().uiLanguages()) {
        const QString code = name.section(QLatin1Char('-'), 0, 0).toLower();
        if (available().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString apply(const QString &setting)
{
    const QString code = resolve(setting);
    auto *app = QCoreApplication::instance();
    if (appTranslator) {
        QCoreApplication::removeTranslator(appTranslator);
        delete appTranslator;
        appTranslator = nullptr;
    }
    if (qtTranslator) {
        QCoreApplication::removeTranslator(qtTranslator);
        delete qtTranslator;
        qtTranslator = nullptr;
    }
    // English needs its file too: it holds the plural forms ("1 ticket", "2 tickets").
    appTranslator = new QTranslator(app);
    if (appTranslator->load(QStringLiteral(":/i18n/routedesk_") + code + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(appTranslator);
    } else {
        qCWarning(lcLanguage) << "no translation for" << code;
        delete appTranslator;
        appTranslator = nullptr;
    }
    if (code != QLatin1String("en")) {
        qtTranslator = new QTranslator(app);
        if (qtTranslator->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qtTranslator);
        } else {
            delete qtTranslator;
            qtTranslator = nullptr;
        }
    }
    currentCode = code;
    const QLocale system = QLocale::system();
    QLocale::setDefault(system.name().startsWith(code) ? system : QLocale(code));
    return code;
}

QString current()
{
    return currentCode;
}

} // namespace RouteDesk::Language
