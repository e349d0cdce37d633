#pragma once

// Options shared by the learning commands (retrain, models, rules, backtest, report, roles): where the store is,
// which workspace, bundled model and history learning starts from, and who acts.

#include "cli.h"

#include "learn/activemodel.h"
#include "store/decisionstore.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>

namespace RouteDesk::LearnCli {

inline void addStoreOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("store"),
                      QStringLiteral("SQLite file or postgresql:// URL (default: %1).")
                          .arg(QDir::toNativeSeparators(StoreLocation::defaultSqlitePath())),
                      QStringLiteral("STORE")});
}

inline QString storeSetting(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store"))
                                                 : StoreLocation::defaultSqlitePath();
}

// --workspace, --model (the workspace's bundled model) and --history.
inline void addContextOptions(QCommandLineParser &parser, bool withModel = true)
{
    parser.addOption({QStringLiteral("workspace"), QStringLiteral("Workspace JSON (default: the demo workspace)."),
                      QStringLiteral("WS")});
    if (withModel)
        parser.addOption({QStringLiteral("model"),
                          QStringLiteral("The workspace's bundled model, used while the store has no active model "
                                         "version (default: the demo model, for the demo workspace)."),
                          QStringLiteral("MODEL")});
    parser.addOption({QStringLiteral("history"),
                      QStringLiteral("Labelled past tickets to train on besides the store (default: the demo "
                                     "history, for the demo workspace)."),
                      QStringLiteral("FILE")});
}

inline LearningSetup contextSetup(const QCommandLineParser &parser, bool withModel = true)
{
    LearningSetup setup;
    setup.workspacePath = parser.value(QStringLiteral("workspace"));
    if (withModel)
        setup.modelPath = parser.value(QStringLiteral("model"));
    setup.historyPath = parser.value(QStringLiteral("history"));
    return setup;
}

inline void addByOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("by"), QStringLiteral("Who does it (default: $USER)."), QStringLiteral("NAME")});
}

inline QString by(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("by")) && !parser.value(QStringLiteral("by")).trimmed().isEmpty())
        return parser.value(QStringLiteral("by")).trimmed();
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

inline std::unique_ptr<DecisionStore> openStore(const QCommandLineParser &parser, QString *error)
{
    return DecisionStore::open(storeSetting(parser), error);
}

// "2026-11-01" (midnight UTC; for an end, the day is included: the next midnight) or an ISO 8601 date and time.
inline bool parseBound(const QString &text, bool end, QDateTime *time)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid()) {
        *time = QDateTime(end ? date.addDays(1) : date, QTime(0, 0), Qt::UTC);
        return true;
    }
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return false;
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeSpec(Qt::UTC);
    *time = parsed;
    return true;
}

inline QString percent(double value)
{
    return QString::number(100.0 * value, 'f', 1) + QLatin1Char('%');
}

} // namespace RouteDesk::LearnCli
