#include "screenshots.h"

#include "learn/learningsections.h"
#include "learn/rulesuggestionspanel.h"

#include "mainwindow.h"
#include "queue/queueview.h"
#include "review/reviewview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QScreen>
#include <QTableView>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

namespace RouteDesk {

ScreenshotRunner::ScreenshotRunner(MainWindow *window, const QString &folder)
    : QObject(window)
    , m_window(window)
    , m_folder(folder)
{
    QDir().mkpath(folder);
    connect(window, &MainWindow::sessionOpened, this, &ScreenshotRunner::sessionOpened, Qt::SingleShotConnection);
}

QString ScreenshotRunner::storePath() const
{
    return m_storeDir.isValid() ? m_storeDir.filePath(QStringLiteral("screenshots.sqlite")) : QString();
}

void ScreenshotRunner::sessionOpened(const QString &error)
{
    if (!error.isEmpty()) {
        QTextStream(stderr) << "routedesk --screenshots: " << error << '\n';
        QCoreApplication::exit(1);
        return;
    }
    // Made-up actions go into the runner's own store only, whatever the session was opened on.
    const DecisionStore *store = m_window->store();
    if (storePath().isEmpty() || !store || store->location().kind != StoreLocation::Kind::Sqlite
        || QFileInfo(store->location().path).absoluteFilePath() != QFileInfo(storePath()).absoluteFilePath()) {
        QTextStream(stderr) << "routedesk --screenshots: the session is not on the tour's own store; nothing was "
                               "recorded\n";
        QCoreApplication::exit(1);
        return;
    }
    if (seed()) {
        connect(m_window, &MainWindow::jobFinished, this, &ScreenshotRunner::agentView, Qt::SingleShotConnection);
        m_window->findChild<QAction *>(QStringLiteral("reloadAction"))->trigger();
    } else {
        agentView();
    }
}

bool ScreenshotRunner::seed()
{
    DecisionStore *store = m_window->store();
    if (!store->actions().isEmpty())
        return false;
    const QueueModel *model = m_window->queueView()->model();
    const QStringList agents = {QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("chloe")};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Leave the first rows new so the agent's view shows open work; settle most of the rest.
    for (int i = 12; i < model->size(); ++i) {
        const QueueRow &row = model->row(i);
        const std::optional<RoutingDecision> decision = store->latestDecision(row.ticketId);
        if (!decision || i % 7 == 0)
            continue;
        AgentAction action;
        action.ticketId = row.ticketId;
        action.decisionId = decision->id;
        action.agent = agents[i % agents.size()];
        action.at = now.addSecs(-qint64(i % 14) * 86400 - (i * 2371) % 30000);
        action.category = decision->category;
        action.specialist = decision->specialist;
        if (!decision->flags.isEmpty() && i % 3 == 0) {
            action.type = ActionType::Escalate;
            action.reasonCode = decision->flags.first().code;
            action.escalationTarget = QStringLiteral("team_lead");
        } else if (decision->alternatives.size() > 1 && (decision->confidence < 0.6 || i % 5 == 0)) {
            action.type = ActionType::Override;
            action.category = decision->alternatives[1].category;
            action.specialist.clear();
            action.reasonCode = i % 2 ? QStringLiteral("wrong_category") : QStringLiteral("other_intent_first");
        } else {
            action.type = ActionType::Accept;
        }
        if (!store->recordAction(&action)) {
            QTextStream(stderr) << "routedesk --screenshots: " << store->errorString() << '\n';
            return false;
        }
    }
    return true;
}

void ScreenshotRunner::agentView()
{
    // The README's size, or the screen's when it is smaller (a 1280x720 screen shows what such a laptop shows).
    QSize size(1560, 940);
    if (const QScreen *screen = m_window->screen())
        size = size.boundedTo(screen->availableGeometry().size());
    m_window->resize(size);
    QueueView *queue = m_window->queueView();
    // A new ticket with flags and a middling confidence shows the most of the ticket pane.
    int pick = 0;
    for (int r = 0; r < queue->proxy()->rowCount(); ++r) {
        const QModelIndex index = queue->proxy()->index(r, 0);
        if (index.data(QueueModel::StateRole).toInt() == int(TicketState::New)
            && !index.data(QueueModel::FlagCodesRole).toStringList().isEmpty()) {
            pick = r;
            break;
        }
    }
    queue->selectRow(pick);
    queue->table()->setFocus();
    QTimer::singleShot(400, this, [this] {
        save(QStringLiteral("agent-view.png"));
        reviewViews();
    });
}

void ScreenshotRunner::reviewViews()
{
    ReviewView *review = m_window->reviewView();
    connect(
        review, &ReviewView::refreshed, this,
        [this, review] {
            QTimer::singleShot(300, this, [this, review] {
                review->sections()->setCurrentIndex(0);
                QTimer::singleShot(200, this, [this, review] {
                    save(QStringLiteral("review-overrides.png"));
                    review->sections()->setCurrentIndex(1);
                    QTimer::singleShot(200, this, [this, review] {
                        save(QStringLiteral("review-confusion.png"));
                        review->sections()->setCurrentIndex(3);
                        QTimer::singleShot(200, this, [this, review] {
                            save(QStringLiteral("review-over-time.png"));
                            ruleSuggestions(review);
                        });
                    });
                });
            });
        },
        Qt::SingleShotConnection);
    m_window->tabs()->setCurrentWidget(review);
}

// The rule suggestions mined from the sample overrides, the first one selected with the tickets it would change.
void ScreenshotRunner::ruleSuggestions(ReviewView *review)
{
    RuleSuggestionsPanel *rules = m_window->learning()->rules();
    connect(
        rules, &RuleSuggestionsPanel::refreshed, this,
        [this, rules] {
            if (rules->table()->model()->rowCount() > 0)
                rules->table()->selectRow(0);
            QTimer::singleShot(300, this, [this] {
                save(QStringLiteral("review-rule-suggestions.png"));
                QCoreApplication::quit();
            });
        },
        Qt::SingleShotConnection);
    review->sections()->setCurrentWidget(rules);
    rules->refresh();
}

void ScreenshotRunner::save(const QString &name)
{
    const QString path = QDir(m_folder).filePath(name);
    if (!m_window->grab().save(path))
        QTextStream(stderr) << "routedesk --screenshots: cannot write " << path << '\n';
    else
        QTextStream(stdout) << path << '\n';
}

} // namespace RouteDesk
