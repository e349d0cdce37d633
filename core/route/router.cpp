#include "router.h"

namespace RouteDesk {

Router::Router(const Workspace &workspace)
    : m_workspace(workspace)
{ }

RouteResult Router::route(const QString &category, const RouteContext &context) const
{
    RouteResult result;
    result.category = category;
    const QStringList &history = context.previousOwners;
    result.previousOwner = history.isEmpty() ? QString() : history.last();
    // Changes of hands so far: every owner after the first.
    int changes = 0;
    for (qsizetype i = 1; i < history.size(); ++i) {
        if (history.at(i) != history.at(i - 1))
            ++changes;
    }
    result.reroutes = changes;

    const Specialist *specialist = m_workspace.specialistForCategory(category);
    if (!specialist) {
        result.specialist = result.previousOwner;
        result.explanation.append(category.isEmpty() ? QStringLiteral("No category: the ticket stays with a person")
                                                     : QStringLiteral("No specialist owns %1").arg(category));
        return result;
    }
    result.proposedSpecialist = specialist->id;
    if (result.previousOwner.isEmpty() || result.previousOwner == specialist->id) {
        result.specialist = specialist->id;
        result.passedOn = result.previousOwner.isEmpty();
        result.explanation.append(QStringLiteral("Routed to %1 (owner of %2)")
                                      .arg(specialist->name, m_workspace.taxonomy().displayName(category)));
        return result;
    }

    // Passing it on again: check the bounce-back and the limit first.
    const int maxReroutes = m_workspace.escalation().maxReroutes;
    const qsizetype earlier = history.mid(0, history.size() - 1).indexOf(specialist->id);
    if (earlier >= 0) {
        result.loop = true;
        result.loopReason = QStringLiteral("Would bounce back to %1, who already had it; stays with %2")
                                .arg(specialist->name, result.previousOwner);
    } else if (changes + 1 > maxReroutes) {
        result.loop = true;
        result.loopReason = QStringLiteral("Already re-routed %1 time(s), the workspace allows %2; stays with %3")
                                .arg(changes)
                                .arg(maxReroutes)
                                .arg(result.previousOwner);
    }
    if (result.loop) {
        result.specialist = result.previousOwner;
        result.explanation.append(result.loopReason);
        return result;
    }
    result.specialist = specialist->id;
    result.passedOn = true;
    result.reroutes = changes + 1;
    result.explanation.append(QStringLiteral("Re-routed from %1 to %2 (re-route %3 of at most %4)")
                                  .arg(result.previousOwner, specialist->id)
                                  .arg(result.reroutes)
                                  .arg(maxReroutes));
    return result;
}

} // namespace RouteDesk
