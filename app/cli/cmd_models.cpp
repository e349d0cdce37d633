// routedesk-cli models: the model versions kept in a store; activate, roll back, discard, add, export.

#include "cmd_learn.h"

#include "learn/learnstore.h"

#include <QSaveFile>

using namespace RouteDesk;

namespace {

QString when(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

void printVersions(LearnStore &learn)
{
    QTextStream &out = Cli::out();
    const QList<ModelVersion> versions = learn.modelVersions();
    if (versions.isEmpty()) {
        out << "no model versions in the store: the workspace's bundled model is in use" << Qt::endl;
        return;
    }
    bool anyActive = false;
    out << "id  status     created           by          accuracy (held-out)   version\n";
    for (const ModelVersion &v : versions) {
        anyActive = anyActive || v.status == ModelStatus::Active;
        const nlohmann::json comparison = v.metrics.value("comparison", nlohmann::json::object());
        QString accuracy = QStringLiteral("-");
        if (comparison.contains("candidate") && comparison.value("held_out", 0) > 0)
            accuracy = QStringLiteral("%1 (was %2)")
                           .arg(LearnCli::percent(comparison["candidate"].value("accuracy", 0.0)),
                                LearnCli::percent(comparison["active"].value("accuracy", 0.0)));
        out << QString::number(v.id).leftJustified(4) << modelStatusName(v.status).leftJustified(11)
            << when(v.createdAt).leftJustified(18) << v.createdBy.left(11).leftJustified(12)
            << accuracy.leftJustified(22) << v.version << '\n';
    }
    if (!anyActive)
        out << "no version is active: the workspace's bundled model is in use\n";
    out << Qt::flush;
}

int modelsCommand(const QStringList &arguments)
{
    const QString name = QStringLiteral("models");
    QCommandLineParser parser;
    LearnCli::addStoreOption(parser);
    parser.addOption({QStringLiteral("list"), QStringLiteral("List the model versions (the default).")});
    parser.addOption({QStringLiteral("activate"), QStringLiteral("Make this version the active model (team leads)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("rollback"),
                      QStringLiteral("Go back to the model active before the current one (team leads).")});
    parser.addOption(
        {QStringLiteral("discard"), QStringLiteral("Throw a candidate away (team leads)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("add"), QStringLiteral("Keep a model file as a candidate (team leads)."),
                      QStringLiteral("MODEL")});
    parser.addOption({QStringLiteral("export"), QStringLiteral("Write this version's model file (with --output)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("output"), QStringLiteral("File for --export."), QStringLiteral("FILE")});
    LearnCli::addByOption(parser);
    int code = Cli::Ok;
    if (!Cli::parse(parser, arguments, name, &code))
        return code;
    const int actions = int(parser.isSet(QStringLiteral("activate"))) + int(parser.isSet(QStringLiteral("rollback")))
        + int(parser.isSet(QStringLiteral("discard"))) + int(parser.isSet(QStringLiteral("add")))
        + int(parser.isSet(QStringLiteral("export")));
    if (actions > 1)
        return Cli::fail(name, QStringLiteral("give at most one of --activate, --rollback, --discard, --add, --export"),
                         Cli::UsageError);
    auto idOf = [&](const QString &option, qint64 *id) {
        bool ok = false;
        *id = parser.value(option).toLongLong(&ok);
        return ok && *id > 0;
    };

    QString error;
    const std::unique_ptr<DecisionStore> store = LearnCli::openStore(parser, &error);
    if (!store)
        return Cli::fail(name, error, Cli::Failed);
    LearnStore learn(*store);
    QTextStream &out = Cli::out();
    qint64 id = 0;
    if (parser.isSet(QStringLiteral("activate"))) {
        if (!idOf(QStringLiteral("activate"), &id))
            return Cli::fail(name, QStringLiteral("--activate needs a model version id"), Cli::UsageError);
        if (!learn.activate(id, LearnCli::by(parser)))
            return Cli::fail(name, learn.errorString(), Cli::Failed);
        out << "model version " << id << " is now active" << Qt::endl;
    } else if (parser.isSet(QStringLiteral("rollback"))) {
        qint64 now = 0;
        if (!learn.rollback(LearnCli::by(parser), &now))
            return Cli::fail(name, learn.errorString(), Cli::Failed);
        if (now == 0)
            out << "rolled back: no version is active, the workspace's bundled model is in use" << Qt::endl;
        else
            out << "rolled back: model version " << now << " is active again" << Qt::endl;
    } else if (parser.isSet(QStringLiteral("discard"))) {
        if (!idOf(QStringLiteral("discard"), &id))
            return Cli::fail(name, QStringLiteral("--discard needs a model version id"), Cli::UsageError);
        if (!learn.discard(id, LearnCli::by(parser)))
            return Cli::fail(name, learn.errorString(), Cli::Failed);
        out << "model version " << id << " discarded (kept as retired)" << Qt::endl;
    } else if (parser.isSet(QStringLiteral("add"))) {
        const std::unique_ptr<TextClassifier> model = TextClassifier::load(parser.value(QStringLiteral("add")), &error);
        if (!model)
            return Cli::fail(name, error, Cli::BadInput);
        nlohmann::json metrics
            = {{"imported_from", parser.value(QStringLiteral("add")).toStdString()}, {"model", model->metadata()}};
        if (!learn.addModelVersion(*model, metrics, LearnCli::by(parser),
                                   QStringLiteral("added from %1").arg(parser.value(QStringLiteral("add"))), &id))
            return Cli::fail(name, learn.errorString(), Cli::Failed);
        out << "kept as candidate model version " << id << Qt::endl;
    } else if (parser.isSet(QStringLiteral("export"))) {
        if (!idOf(QStringLiteral("export"), &id))
            return Cli::fail(name, QStringLiteral("--export needs a model version id"), Cli::UsageError);
        if (!Cli::requireOptions(parser, {QStringLiteral("output")}, name, &code))
            return code;
        const std::unique_ptr<TextClassifier> model = learn.loadModel(id, &error);
        if (!model)
            return Cli::fail(name, error, Cli::Failed);
        if (!model->save(parser.value(QStringLiteral("output")), &error))
            return Cli::fail(name, error, Cli::Failed);
        out << "wrote model version " << id << " to " << parser.value(QStringLiteral("output")) << Qt::endl;
    } else {
        printVersions(learn);
        if (!learn.errorString().isEmpty())
            return Cli::fail(name, learn.errorString(), Cli::Failed);
    }
    return Cli::Ok;
}

const Cli::Registration registration(
    {QStringLiteral("models"), QStringLiteral("List, activate, roll back or discard model versions"),
     QStringLiteral("--store STORE [--list | --activate ID | --rollback | --discard ID | --add MODEL | --export ID "
                    "--output FILE] [--by NAME]"),
     modelsCommand});

} // namespace
