#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>

namespace RouteDesk {

class MainWindow;
class ReviewView;

// Developer tool behind the hidden --screenshots FOLDER option (docs/ui.md): on a store of its own in a temporary
// folder (never a user's store: the actions it records are made up), records a fixed set of sample actions by
// three agents over the past two weeks, then saves the agent's view with a flagged ticket selected and the
// review's sections as PNG files with QWidget::grab(), and quits. The temporary folder goes with the runner.
class ScreenshotRunner : public QObject
{
    Q_OBJECT

public:
    ScreenshotRunner(MainWindow *window, const QString &folder);

    // The store the session must open: a new file in the runner's temporary folder. Empty when no temporary
    // folder could be made. The tour refuses to record anything in any other store.
    QString storePath() const;

private:
    void sessionOpened(const QString &error);
    bool seed();
    void agentView();
    void reviewViews();
    void ruleSuggestions(ReviewView *review);
    void save(const QString &name);

    MainWindow *m_window;
    QString m_folder;
    QTemporaryDir m_storeDir;
};

} // namespace RouteDesk
