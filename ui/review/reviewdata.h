#pragma once

#include "model/category.h"
#include "store/decisionstore.h"

#include <QDate>
#include <QHash>

namespace RouteDesk {

// Per suggested category: how often the suggestion was right and how often agents overrode it, over the tickets
// whose latest effective action settled a category (DecisionStore::labelledTickets).
struct CategoryStats
{
    QString category;
    int settled = 0;
    int correct = 0; // final category == suggested
    int overrides = 0; // settled by an override
    double accuracy() const { return settled ? double(correct) / settled : 0.0; }
    double overrideRate() const { return settled ? double(overrides) / settled : 0.0; }
};

struct RatePoint
{
    QDate day;
    int settled = 0;
    int overrides = 0;
    double rate() const { return settled ? double(overrides) / settled : 0.0; }
};

struct ReasonCount
{
    QString reasonCode;
    int count = 0;
};

// Everything the review shows for one filter, read with DecisionStore queries (overrides, confusion, actions,
// labelledTickets) and summarised here. Plain values: computed on a worker thread, shown on the GUI thread.
struct ReviewData
{
    PeriodFilter filter;
    QList<OverrideRecord> overrides;
    QList<ConfusionCount> confusion;
    QList<CategoryStats> categories; // in taxonomy order, then any other category seen
    QList<RatePoint> rateOverTime; // one point per day with settled tickets, oldest first
    QList<ReasonCount> escalations; // effective escalations (not undone) by reason, most first
    QStringList agents; // every agent with an action in the period, sorted
    int settled = 0;
    int correct = 0;
    QString error;

    // Reads the store; on failure `error` is set and the lists may be partial.
    static ReviewData query(DecisionStore &store, const PeriodFilter &filter, const Taxonomy &taxonomy);
    // The summaries from already-read lists (what query() uses; tests compute expectations with the store).
    // `everyAction` is every action of the store, for the undos outside the period (empty: `actions` holds them).
    void summarise(const QList<LabelledTicket> &labelled, const QList<AgentAction> &actions, const Taxonomy &taxonomy,
                   const QList<AgentAction> &everyAction = {});
};

} // namespace RouteDesk
