#include "router.h"

namespace RouteDesk {

namespace {

void explain(RouteResult *result, EngineText text)
{
    result->explanation.append(text.text);
    result->explanationTexts.append(std::move(text));
}

} // namespace

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
        explain(&result,
                category.isEmpty() ? EngineText::make(
                    QT_TRANSLATE_NOOP("RouteDesk::Engine", "No category: the ticket stays with a person"))
                                   : EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine", "No specialist owns %1"),
                                                      {{EngineArg::Kind::Category, category, {category}}}));
        return result;
    }
    result.proposedSpecialist = specialist->id;
    if (result.previousOwner.isEmpty() || result.previousOwner == specialist->id) {
        result.specialist = specialist->id;
        result.passedOn = result.previousOwner.isEmpty();
        explain(
            &result,
            EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine", "Routed to %1 (owner of %2)"),
                             {{EngineArg::Kind::Specialist, specialist->name, {specialist->id}},
                              {EngineArg::Kind::Category, m_workspace.taxonomy().displayName(category), {category}}}));
        return result;
    }

    // Passing it on again: check the bounce-back and the limit first.
    const int maxReroutes = m_workspace.escalation().maxReroutes;
    const qsizetype earlier = history.mid(0, history.size() - 1).indexOf(specialist->id);
    if (earlier >= 0) {
        result.loop = true;
        result.loopMessage = EngineText::make(
            QT_TRANSLATE_NOOP("RouteDesk::Engine", "Would bounce back to %1, who already had it; stays with %2"),
            {{EngineArg::Kind::Specialist, specialist->name, {specialist->id}},
             {EngineArg::Kind::Specialist, result.previousOwner, {result.previousOwner}}});
    } else if (changes + 1 > maxReroutes) {
        result.loop = true;
        result.loopMessage = EngineText::make(
            QT_TRANSLATE_NOOP("RouteDesk::Engine",
                              "Already re-routed %1 time(s), the workspace allows %2; stays with %3"),
            {EngineArg::number(changes),
             EngineArg::number(maxReroutes),
             {EngineArg::Kind::Specialist, result.previousOwner, {result.previousOwner}}});
    }
    if (result.loop) {
        result.specialist = result.previousOwner;
        result.loopReason = result.loopMessage.text;
        explain(&result, result.loopMessage);
        return result;
    }
    result.specialist = specialist->id;
    result.passedOn = true;
    result.reroutes = changes + 1;
    explain(
        &result,
        EngineText::make(QT_TRANSLATE_NOOP("RouteDesk::Engine", "Re-routed from %1 to %2 (re-route %3 of at most %4)"),
                         {{EngineArg::Kind::Specialist, result.previousOwner, {result.previousOwner}},
                          {EngineArg::Kind::Specialist, specialist->id, {specialist->id}},
                          EngineArg::number(result.reroutes),
                          EngineArg::number(maxReroutes)}));
    return result;
}

} // namespace RouteDesk
