#include "enginetext.h"

#include "queue/queuemodel.h"
#include "workspace/workspace.h"

#include <QHash>

namespace RouteDesk {

QString EngineTexts::text(const EngineText &text, const Workspace *workspace)
{
    static const Taxonomy none;
    return QueueModel::engineText(text, workspace ? workspace->taxonomy() : none, [workspace](const QString &id) {
        return workspace && workspace->specialist(id) ? specialistName(workspace, id) : QString();
    });
}

QString EngineTexts::categoryName(const Workspace *workspace, const QString &id)
{
    return workspace ? workspace->taxonomy().displayName(id, interfaceLanguage()) : id;
}

QString EngineTexts::specialistName(const Workspace *workspace, const QString &id)
{
    const Specialist *specialist = workspace ? workspace->specialist(id) : nullptr;
    if (!specialist)
        return id;
    const QString name = specialist->nameIn(interfaceLanguage());
    return name.isEmpty() ? id : name;
}

QString EngineTexts::tierText(const QString &tier)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("free"), QT_TR_NOOP("free")},
        {QStringLiteral("starter"), QT_TR_NOOP("starter")},
        {QStringLiteral("pro"), QT_TR_NOOP("pro")},
        {QStringLiteral("business"), QT_TR_NOOP("business")},
        {QStringLiteral("enterprise"), QT_TR_NOOP("enterprise")},
        {QStringLiteral("vip"), QT_TR_NOOP("VIP")},
    };
    const auto it = words.constFind(tier.trimmed().toLower());
    return it == words.constEnd() ? tier : tr(it.value());
}

QString EngineTexts::channelText(const QString &channel)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("email"), QT_TR_NOOP("email")}, {QStringLiteral("web"), QT_TR_NOOP("web form")},
        {QStringLiteral("chat"), QT_TR_NOOP("chat")},   {QStringLiteral("phone"), QT_TR_NOOP("phone")},
        {QStringLiteral("api"), QT_TR_NOOP("API")},
    };
    const auto it = words.constFind(channel.trimmed().toLower());
    return it == words.constEnd() ? channel : tr(it.value());
}

} // namespace RouteDesk
