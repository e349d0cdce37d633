#pragma once

// What the pipeline uses for a store: the store's active model version (a lead activated it) or, without one,
// the workspace's bundled model; and the workspace's rules followed by the rules leads accepted in that store.
// The desktop app and the command-line tool build their pipeline with pipelineForStore().

#include "classify/textclassifier.h"
#include "pipeline/pipeline.h"
#include "store/decisionstore.h"
#include "workspace/workspace.h"

#include <QList>
#include <QString>

#include <memory>

namespace RouteDesk {

// The model, workspace and history learning starts from, as the user named them.
struct LearningSetup
{
    QString workspacePath; // empty: the demo workspace
    QString modelPath; // the workspace's bundled model; empty: the demo model (demo workspace only)
    QString historyPath; // labelled past tickets (.jsonl/.csv/.json); empty: the demo history for the demo
                         // workspace, none otherwise
};

struct LearningContext
{
    std::shared_ptr<const Workspace> workspace; // as loaded, without the store's accepted rules
    std::shared_ptr<const TextClassifier> bundledModel;
    QString bundledDescription; // "the demo model", "model.json"
    QList<LabelledText> history;
    QString historyDescription; // "the demo history (2635 tickets)", "" without history
};

// Loads what `setup` names. The demo workspace uses the embedded demo model; a build without one trains it from
// the demo history once per process (seed 1, deterministic). False with *error naming the file and the problem.
bool loadLearningContext(const LearningSetup &setup, LearningContext *context, QString *error);

// The demo workspace's model: the embedded :/demo/model.json, or in a build without one the model trained from the
// demo history (once per process, default options, seed 1). Nullptr with *error.
std::shared_ptr<const TextClassifier> demoWorkspaceModel(QString *error);

struct ActiveModel
{
    std::shared_ptr<const TextClassifier> classifier;
    qint64 versionId = 0; // the store's model version; 0: the bundled model
    QString description; // "model version 3 (activated by lena on 2026-11-25)" or the bundled description
};

// The store's active model version if there is one, else `bundled`. False with *error when the store cannot be
// read or its active model cannot be loaded (a broken active model is an error, not a silent fallback).
bool resolveActiveModel(DecisionStore &store, std::shared_ptr<const TextClassifier> bundled,
                        const QString &bundledDescription, ActiveModel *result, QString *error);

// `workspace` with the store's enabled accepted rules appended to its rules (in acceptance order, after the
// workspace's own: a workspace "set_category" rule written later still wins over nothing, and an accepted rule
// applies its action like any other rule). Returns `workspace` itself when there are none.
std::shared_ptr<const Workspace> workspaceWithAcceptedRules(DecisionStore &store,
                                                            std::shared_ptr<const Workspace> workspace, QString *error);
// The same from already-read rule objects (workspace rule syntax); used for previews of one extra rule.
std::shared_ptr<const Workspace> workspaceWithRules(std::shared_ptr<const Workspace> workspace,
                                                    const QList<nlohmann::json> &rules, QString *error);

// The pipeline for a store: its active model and the workspace with its accepted rules. nullptr with *error.
std::shared_ptr<const Pipeline> pipelineForStore(DecisionStore &store, const LearningContext &context,
                                                 ActiveModel *active, QString *error);
// The same from the pipeline an app built without the store (its workspace, model and drafting backend): what
// the desktop app calls once the store is open.
std::shared_ptr<const Pipeline> pipelineForStore(DecisionStore &store, const Pipeline &bundled, QString *error);

// The pipeline a backtest replays for a store: `candidate` (nullptr: the store's active model, or the bundled one)
// over the workspace with the store's accepted rules. Without a candidate, *activeDescription describes the active
// model ("model version 3 (activated by lena on ...)"). nullptr with *error.
std::shared_ptr<const Pipeline> candidatePipeline(DecisionStore &store, const LearningContext &context,
                                                  std::shared_ptr<const TextClassifier> candidate,
                                                  QString *activeDescription, QString *error);

} // namespace RouteDesk
