// routedesk: the desktop application. Parses the command line, applies the settings and the language, and opens
// the window on the workspace the settings name (the demo workspace on first launch or with --demo).

#include "mainwindow.h"
#include "queue/queueview.h"
#include "screenshots.h"
#include "settings/appsettings.h"
#include "settings/language.h"
#include "widgets/icons.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStyleFactory>
#include <QTextStream>

using namespace RouteDesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RouteDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("RouteDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROUTEDESK_VERSION));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setWindowIcon(Icons::app());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Triage a support queue: accept, override or escalate."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Open the demo workspace with its own demo store."));
    const QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("Open this workspace file."),
                                       QStringLiteral("file"));
    const QCommandLineOption model(QStringLiteral("model"), QStringLiteral("Use this model file."),
                                   QStringLiteral("file"));
    const QCommandLineOption store(QStringLiteral("store"),
                                   QStringLiteral("Use this store: a SQLite file or a postgresql:// URL."),
                                   QStringLiteral("store"));
    const QCommandLineOption agent(QStringLiteral("agent"), QStringLiteral("Record actions under this name."),
                                   QStringLiteral("name"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("Interface language: en, de, fr or es."), QStringLiteral("code"));
    // Developer option for docs/screenshots (see docs/ui.md): on a store of its own in a temporary folder, seed
    // sample actions, grab both views, quit.
    QCommandLineOption screenshots(QStringLiteral("screenshots"), QString(), QStringLiteral("folder"));
    screenshots.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demo, workspace, model, store, agent, language, screenshots});
    parser.process(app);
    if (parser.isSet(screenshots) && parser.isSet(store)) {
        // The tour makes up agent actions: they must never land in a real store.
        QTextStream(stderr) << "routedesk: --screenshots works on a store of its own in a temporary folder; it "
                               "cannot be combined with --store\n";
        return 2;
    }

    AppSettings settings = AppSettings::load();
    Language::apply(parser.isSet(language) ? parser.value(language) : settings.language);

    SessionConfig config = SessionConfig::fromSettings(settings);
    if (parser.isSet(workspace)) {
        config.demo = false;
        config.workspacePath = parser.value(workspace);
        config.store = settings.effectiveStore();
    }
    if (parser.isSet(demo) || parser.isSet(screenshots)) {
        config.demo = true;
        config.workspacePath.clear();
        config.modelPath.clear();
        config.store = AppSettings::demoStorePath();
    }
    if (parser.isSet(model))
        config.modelPath = parser.value(model);
    if (parser.isSet(store))
        config.store = parser.value(store);
    if (parser.isSet(agent))
        config.agent = parser.value(agent);

    MainWindow window;
    std::unique_ptr<ScreenshotRunner> runner;
    if (parser.isSet(screenshots)) {
        runner = std::make_unique<ScreenshotRunner>(&window, parser.value(screenshots));
        config.store = runner->storePath();
        if (config.store.isEmpty()) {
            QTextStream(stderr) << "routedesk --screenshots: cannot make a temporary folder for its store\n";
            return 1;
        }
    }
    window.show();
    window.openSession(config);
    return app.exec();
}
