#include "appsettings.h"

#include "store/decisionstore.h"

#include <QSettings>
#include <QStandardPaths>

namespace RouteDesk {

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    a.useDemo = s.value(QStringLiteral("workspace/demo"), true).toBool();
    a.workspacePath = s.value(QStringLiteral("workspace/path")).toString();
    a.modelPath = s.value(QStringLiteral("workspace/model")).toString();
    a.store = s.value(QStringLiteral("store/location")).toString();
    a.sourcePath = s.value(QStringLiteral("sources/document")).toString();
    a.confidenceThreshold = s.value(QStringLiteral("thresholds/confidence"), 0.0).toDouble();
    a.agent = s.value(QStringLiteral("agent/name")).toString();
    a.language = s.value(QStringLiteral("interface/language")).toString();
    a.llmUrl = s.value(QStringLiteral("drafting/url")).toString();
    a.llmModel = s.value(QStringLiteral("drafting/model")).toString();
    if (a.workspacePath.isEmpty())
        a.useDemo = true;
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("workspace/demo"), useDemo);
    s.setValue(QStringLiteral("workspace/path"), workspacePath);
    s.setValue(QStringLiteral("workspace/model"), modelPath);
    // A password never goes into the settings file: libpq reads it from ~/.pgpass or PGPASSFILE (docs/store.md).
    s.setValue(QStringLiteral("store/location"), StoreLocation::withoutPassword(store));
    s.setValue(QStringLiteral("sources/document"), sourcePath);
    s.setValue(QStringLiteral("thresholds/confidence"), confidenceThreshold);
    s.setValue(QStringLiteral("agent/name"), agent);
    s.setValue(QStringLiteral("interface/language"), language);
    s.setValue(QStringLiteral("drafting/url"), llmUrl);
    s.setValue(QStringLiteral("drafting/model"), llmModel);
    s.sync();
}

QString AppSettings::defaultAgent()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("agent") : name;
}

QString AppSettings::effectiveStore() const
{
    return store.trimmed().isEmpty() ? StoreLocation::defaultSqlitePath() : store.trimmed();
}

QString AppSettings::demoStorePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.sqlite");
}

} // namespace RouteDesk
