#pragma once

// How well the whole pipeline judges labelled tickets: category accuracy, per escalation reason the share of
// labelled tickets that reached a person and the precision of that reason's flag, the needless-escalation rate
// of tickets that need nobody, and scope recall. `routedesk-cli eval --escalation` prints it, on a file or by
// cross-validation (each fold routed by a model trained without it).

#include "pipeline.h"

#include "classify/textclassifier.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace RouteDesk {

class Workspace;

// A ticket with what a careful person decided: its category, the escalation codes it needs, other categories.
struct LabelledCase
{
    QString id;
    Ticket ticket;
    QString category;
    QStringList reasons;
    QStringList secondary;
};

// Reads tickets with `category` (and optional `escalation_reasons`, `secondary_categories`) from a CSV, JSON
// Lines or JSON file. False with *error "file:line: what" on the first bad record.
bool loadLabelledCases(const QString &path, QList<LabelledCase> *cases, QString *error);

struct ReasonFigures
{
    int labelled = 0; // tickets that carry the reason
    int escalated = 0; // ... of which got any flag (reached a person)
    int caught = 0; // ... of which got this very flag
    int flagged = 0; // tickets that got this flag
    int flaggedCorrectly = 0; // ... of which carry the reason
};

struct EscalationAssessment
{
    int tickets = 0;
    int correctCategory = 0;
    int mustEscalate = 0; // tickets with at least one reason
    int mustEscalated = 0;
    int benign = 0; // tickets with none
    int benignEscalated = 0;
    QMap<QString, ReasonFigures> reasons; // by code, the labelled ones and every code flagged
    QMap<QString, int> needlessFlags; // flags on benign tickets, by code

    void add(const EscalationAssessment &other);
    nlohmann::json toJson() const;
    QString toText() const;
};

// Routes every case with `pipeline` (several threads) and compares with its labels.
EscalationAssessment assessEscalation(const Pipeline &pipeline, const QList<LabelledCase> &cases,
                                      const RouteContext &context = {}, int threads = 0);

// The workspace's detector and scope targets as training options, and its escalation policy (phrases,
// confidence, ambiguity, scope) as the flags the joint choice of detector thresholds counts as already raised.
// The options hold their own copy of the workspace.
TrainOptions trainOptionsFor(const Workspace &workspace, TrainOptions options = {});

// Labelled examples (the classifier's text, category, reasons, secondary categories) of cases.
QList<LabelledText> examplesOf(const QList<LabelledCase> &cases);

// k-fold cross-validation of the whole pipeline: each fold is routed with a model trained (with `options`) on
// the others. Folds are stratified by category with `options.seed`. False with *error when a fold cannot train.
bool crossValidateEscalation(std::shared_ptr<const Workspace> workspace, const QList<LabelledCase> &cases, int folds,
                             const TrainOptions &options, const RouteContext &context, EscalationAssessment *result,
                             QString *error);

} // namespace RouteDesk
