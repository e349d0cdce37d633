#include "activemodel.h"

#include "learnlog.h"
#include "learnstore.h"

#include "classify/trainingdata.h"
#include "io/jsonparse.h"

#include <QFile>
#include <QMutex>

namespace RouteDesk {

namespace {

const QString kDemoHistory = QStringLiteral(":/demo/history.jsonl");

// The demo model when the build ships none (:/demo/model.json): trained once per process from the demo history
// with the default options and seed, so every caller gets the same model.
std::shared_ptr<const TextClassifier> demoModelFromHistory(QString *error)
{
    static QMutex mutex;
    static std::shared_ptr<const TextClassifier> model;
    QMutexLocker lock(&mutex);
    if (model)
        return model;
    QList<LabelledText> history;
    if (!loadLabelledTexts(kDemoHistory, {}, &history, error))
        return nullptr;
    TrainOptions options;
    options.name = QStringLiteral("demo");
    nlohmann::json report;
    std::unique_ptr<TextClassifier> trained = trainClassifier(history, options, &report, {}, error);
    if (!trained)
        return nullptr;
    qCInfo(lcLearn) << "no embedded demo model: trained one from the demo history";
    model = std::move(trained);
    return model;
}

} // namespace

std::shared_ptr<const TextClassifier> demoWorkspaceModel(QString *error)
{
    if (QFile::exists(QStringLiteral(":/demo/model.json")))
        return Pipeline::demoModel(error);
    return demoModelFromHistory(error);
}

bool loadLearningContext(const LearningSetup &setup, LearningContext *context, QString *error)
{
    *context = LearningContext();
    const bool demo = setup.workspacePath.isEmpty();
    if (demo)
        context->workspace = Workspace::demo(error);
    else
        context->workspace = Workspace::load(setup.workspacePath, error);
    if (!context->workspace)
        return false;

    if (!setup.modelPath.isEmpty()) {
        context->bundledModel = TextClassifier::load(setup.modelPath, error);
        context->bundledDescription = setup.modelPath;
    } else if (demo) {
        context->bundledModel = demoWorkspaceModel(error);
        context->bundledDescription = QFile::exists(QStringLiteral(":/demo/model.json"))
            ? QStringLiteral("the demo model")
            : QStringLiteral("the demo model (trained from the demo history)");
    } else {
        *error = QStringLiteral("%1 is not the demo workspace: name its model (--model)").arg(setup.workspacePath);
        return false;
    }
    if (!context->bundledModel)
        return false;

    const QString historyPath = !setup.historyPath.isEmpty() ? setup.historyPath : (demo ? kDemoHistory : QString());
    if (!historyPath.isEmpty()) {
        if (!loadLabelledTexts(historyPath, {}, &context->history, error))
            return false;
        context->historyDescription
            = QStringLiteral("%1 (%2 tickets)")
                  .arg(historyPath == kDemoHistory ? QStringLiteral("the demo history") : historyPath,
                       QString::number(context->history.size()));
    }
    return true;
}

bool resolveActiveModel(DecisionStore &store, std::shared_ptr<const TextClassifier> bundled,
                        const QString &bundledDescription, ActiveModel *result, QString *error)
{
    *result = ActiveModel();
    LearnStore learn(store);
    const std::optional<ModelVersion> active = learn.activeModelVersion();
    if (!active) {
        if (!learn.errorString().isEmpty()) {
            *error = learn.errorString();
            return false;
        }
        if (!bundled) {
            *error = QStringLiteral("no model: the store has no active model version and no bundled model was given");
            return false;
        }
        result->classifier = std::move(bundled);
        result->description = bundledDescription;
        return true;
    }
    std::unique_ptr<TextClassifier> model = learn.loadModel(active->id, error);
    if (!model)
        return false;
    result->classifier = std::move(model);
    result->versionId = active->id;
    result->description = QStringLiteral("model version %1 (activated by %2 on %3)")
                              .arg(active->id)
                              .arg(active->activatedBy.isEmpty() ? QStringLiteral("?") : active->activatedBy,
                                   active->activatedAt.toUTC().toString(Qt::ISODate));
    return true;
}

std::shared_ptr<const Workspace> workspaceWithRules(std::shared_ptr<const Workspace> workspace,
                                                    const QList<nlohmann::json> &rules, QString *error)
{
    if (rules.isEmpty())
        return workspace;
    const QByteArray document = workspace->document();
    nlohmann::json root = parseJsonOrDiscarded(document);
    if (root.is_discarded() || !root.is_object()) {
        *error = QStringLiteral("the workspace document cannot be read back to add the accepted rules");
        return nullptr;
    }
    nlohmann::json &list = root["rules"];
    if (!list.is_array())
        list = nlohmann::json::array();
    for (const nlohmann::json &rule : rules)
        list.push_back(rule);
    const QByteArray merged = QByteArray::fromStdString(root.dump());
    QString problem;
    std::unique_ptr<Workspace> result
        = Workspace::fromJson(merged, QStringLiteral("%1 + accepted rules").arg(workspace->name()), &problem);
    if (!result) {
        *error = QStringLiteral("an accepted rule does not fit the workspace: %1").arg(problem);
        return nullptr;
    }
    return result;
}

std::shared_ptr<const Workspace> workspaceWithAcceptedRules(DecisionStore &store,
                                                            std::shared_ptr<const Workspace> workspace, QString *error)
{
    LearnStore learn(store);
    const QList<AcceptedRule> accepted = learn.acceptedRules();
    if (!learn.errorString().isEmpty()) {
        *error = learn.errorString();
        return nullptr;
    }
    QList<nlohmann::json> rules;
    for (const AcceptedRule &rule : accepted)
        rules.append(rule.rule);
    return workspaceWithRules(std::move(workspace), rules, error);
}

std::shared_ptr<const Pipeline> pipelineForStore(DecisionStore &store, const LearningContext &context,
                                                 ActiveModel *active, QString *error)
{
    ActiveModel model;
    if (!resolveActiveModel(store, context.bundledModel, context.bundledDescription, &model, error))
        return nullptr;
    std::shared_ptr<const Workspace> workspace = workspaceWithAcceptedRules(store, context.workspace, error);
    if (!workspace)
        return nullptr;
    auto pipeline = std::make_shared<const Pipeline>(workspace, model.classifier);
    if (active)
        *active = std::move(model);
    return pipeline;
}

std::shared_ptr<const Pipeline> pipelineForStore(DecisionStore &store, const Pipeline &bundled, QString *error)
{
    ActiveModel model;
    if (!resolveActiveModel(store, bundled.sharedClassifier(), QStringLiteral("the bundled model"), &model, error))
        return nullptr;
    std::shared_ptr<const Workspace> workspace = workspaceWithAcceptedRules(store, bundled.sharedWorkspace(), error);
    if (!workspace)
        return nullptr;
    return std::make_shared<const Pipeline>(workspace, model.classifier, bundled.sharedDrafting());
}

std::shared_ptr<const Pipeline> candidatePipeline(DecisionStore &store, const LearningContext &context,
                                                  std::shared_ptr<const TextClassifier> candidate,
                                                  QString *activeDescription, QString *error)
{
    if (!candidate) {
        ActiveModel active;
        if (!resolveActiveModel(store, context.bundledModel, context.bundledDescription, &active, error))
            return nullptr;
        candidate = active.classifier;
        if (activeDescription)
            *activeDescription = active.description;
    }
    const std::shared_ptr<const Workspace> workspace = workspaceWithAcceptedRules(store, context.workspace, error);
    if (!workspace)
        return nullptr;
    return std::make_shared<const Pipeline>(workspace, std::move(candidate));
}

} // namespace RouteDesk
