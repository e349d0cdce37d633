#pragma once

// The offline review report: suggestion accuracy against final categories, override rates by category and by
// agent, escalations by reason, top confusions, a reliability (calibration) chart and the automation rate at the
// current threshold, as JSON, CSV or one self-contained HTML file (inline SVG, no network access).
// Every count is defined in docs/learning.md; the tests compare them with SQL run directly on the store.

#include "store/decisionstore.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

namespace RouteDesk {

struct ReportOptions
{
    QDateTime from; // inclusive; invalid: unbounded
    QDateTime to; // exclusive; invalid: unbounded
    double threshold = 0.0; // the confidence threshold in force (workspace policy, else the active model's)
    QString thresholdSource; // "the workspace's escalation policy", "model version 3", ...
    int calibrationBins = 10;
    int topConfusions = 10;
    int examplesPerConfusion = 3;
};

struct ReportSummary
{
    int tickets = 0; // tickets with a decision made or an action taken in the period
    int decisions = 0; // routing decisions made in the period (decided_at, else recorded_at)
    int accepted = 0; // tickets whose effective action is an accept taken in the period
    int overrides = 0; // tickets whose effective action is an override taken in the period
    int escalations = 0; // escalate actions taken in the period that no undo took back
    int correct = 0; // of accepted + overrides, final category == the suggestion the agent saw
    double accuracy() const { return accepted + overrides > 0 ? double(correct) / (accepted + overrides) : 0.0; }
};

struct RateRow
{
    QString key; // a category or an agent
    int settled = 0; // tickets settled (accept or override) in the period
    int overrides = 0;
    int correct = 0; // final == suggestion
    double overrideRate() const { return settled ? double(overrides) / settled : 0.0; }
    double accuracy() const { return settled ? double(correct) / settled : 0.0; }
};

struct ReasonRow
{
    QString code;
    int count = 0;
};

struct ConfusionRow
{
    QString predicted;
    QString finalCategory;
    int count = 0;
    QStringList examples; // subjects of some of the tickets (shown escaped)
};

struct CalibrationBin
{
    double lower = 0.0;
    double upper = 0.0;
    int count = 0;
    double meanConfidence = 0.0;
    double accuracy = 0.0;
};

struct AutomationFigures
{
    double threshold = 0.0;
    QString thresholdSource;
    int decided = 0; // tickets whose latest decision was made in the period
    int atThreshold = 0; // of those, confidence >= threshold: routed without a person on confidence alone
    int withoutFlags = 0; // of those, no escalation flag at all
    int settledAtThreshold = 0; // of atThreshold, with a final category
    int correctAtThreshold = 0; // ... equal to the suggestion
    double rate() const { return decided ? double(atThreshold) / decided : 0.0; }
    double accuracy() const { return settledAtThreshold ? double(correctAtThreshold) / settledAtThreshold : 0.0; }
};

struct Report
{
    QString store;
    QDateTime generatedAt;
    QDateTime from;
    QDateTime to;
    ReportSummary summary;
    QList<RateRow> byCategory; // by suggested category, sorted by id
    QList<RateRow> byAgent; // by the agent of the settling action, sorted by name
    QList<ReasonRow> agentEscalations; // escalate actions by the agent's reason code, most first
    QList<ReasonRow> pipelineEscalations; // latest decisions in the period by flag code, most first
    QList<ConfusionRow> confusions; // suggestion != final, most first
    QList<CalibrationBin> calibration; // equal-width bins of the suggestion's confidence over settled tickets
    double ece = 0.0; // expected calibration error over the same tickets (classify/calibration.h)
    AutomationFigures automation;

    // {"summary": {"tickets", "decisions", "accepted", "overrides", "escalations", "accuracy"}, ...}: summary first.
    QByteArray toJson() const;
    // Long form: section,key,metric,value (RFC 4180, header row).
    QByteArray toCsv() const;
    // One self-contained HTML page with inline SVG charts; every text from the store is escaped.
    QByteArray toHtml() const;
};

// Reads the store. False with *error when it cannot be read.
bool buildReport(DecisionStore &store, const ReportOptions &options, Report *report, QString *error);

// The agents' escalations among `counted` (the period's actions, however filtered) that no undo in `all` (every
// action of the store: an undo after the period still takes an escalation back) took back, by reason code, most
// first. The one computation behind `report` and the desktop app's Review tab.
QList<ReasonRow> effectiveEscalations(const QList<AgentAction> &counted, const QList<AgentAction> &all);

} // namespace RouteDesk
