#pragma once

#include <QObject>
#include <QString>

namespace RouteDesk {

class MainWindow;
class ReviewView;

// Developer tool behind the hidden --screenshots FOLDER option (docs/ui.md): on the demo store, records a fixed
// set of sample actions by three agents over the past two weeks (only when the store has none), then saves the
// agent's view with a flagged ticket selected and the review's sections as PNG files with QWidget::grab(),
// and quits.
class ScreenshotRunner : public QObject
{
    Q_OBJECT

public:
    ScreenshotRunner(MainWindow *window, const QString &folder);

private:
    void sessionOpened(const QString &error);
    bool seed();
    void agentView();
    void reviewViews();
    void ruleSuggestions(ReviewView *review);
    void save(const QString &name);

    MainWindow *m_window;
    QString m_folder;
};

} // namespace RouteDesk
