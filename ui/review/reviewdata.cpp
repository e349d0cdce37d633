#include "reviewdata.h"

#include "learn/report.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace RouteDesk {

ReviewData ReviewData::query(DecisionStore &store, const PeriodFilter &filter, const Taxonomy &taxonomy)
{
    ReviewData data;
    data.filter = filter;
    data.overrides = store.overrides(filter);
    QString error = store.errorString();
    data.confusion = store.confusion(filter);
    const QList<LabelledTicket> labelled = store.labelledTickets(filter);
    // Agents come from every agent's actions in the period, so the agent filter can always be changed back.
    PeriodFilter everyone = filter;
    everyone.agent.clear();
    const QList<AgentAction> allActions = store.actions(everyone);
    QList<AgentAction> actions;
    QSet<QString> agents;
    for (const AgentAction &action : allActions) {
        agents.insert(action.agent);
        if (filter.agent.isEmpty() || action.agent == filter.agent)
            actions << action;
    }
    data.agents = QStringList(agents.cbegin(), agents.cend());
    data.agents.sort(Qt::CaseInsensitive);
    // Undos outside the period (or by another agent) still take an escalation back.
    const QList<AgentAction> everyAction = store.actions();
    data.summarise(labelled, actions, taxonomy, everyAction);
    if (!store.errorString().isEmpty())
        error = store.errorString();
    if (data.overrides.isEmpty() && data.confusion.isEmpty() && labelled.isEmpty() && allActions.isEmpty())
        data.error = error; // an empty result with an error is a failure; an error after data is stale
    return data;
}

void ReviewData::summarise(const QList<LabelledTicket> &labelled, const QList<AgentAction> &actions,
                           const Taxonomy &taxonomy, const QList<AgentAction> &everyAction)
{
    QHash<QString, CategoryStats> byCategory;
    QMap<QDate, RatePoint> byDay;
    settled = 0;
    correct = 0;
    for (const LabelledTicket &t : labelled) {
        CategoryStats &stats = byCategory[t.predictedCategory];
        stats.category = t.predictedCategory;
        ++stats.settled;
        ++settled;
        if (t.finalCategory == t.predictedCategory) {
            ++stats.correct;
            ++correct;
        }
        const bool overridden = t.settledBy == ActionType::Override;
        if (overridden)
            ++stats.overrides;
        const QDate day = t.settledAt.toLocalTime().date();
        RatePoint &point = byDay[day];
        point.day = day;
        ++point.settled;
        point.overrides += overridden ? 1 : 0;
    }
    categories.clear();
    for (const Category &category : taxonomy.categories()) {
        CategoryStats stats = byCategory.take(category.id);
        stats.category = category.id;
        categories << stats;
    }
    QStringList rest = byCategory.keys();
    rest.sort();
    for (const QString &id : rest)
        categories << byCategory.value(id);
    rateOverTime = byDay.values();

    // An escalation counts unless an undo took it back, whenever that was: the same computation as `report`.
    escalations.clear();
    for (const ReasonRow &row : effectiveEscalations(actions, everyAction.isEmpty() ? actions : everyAction))
        escalations << ReasonCount {row.code, row.count};
}

} // namespace RouteDesk
