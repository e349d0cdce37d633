#pragma once

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <utility>

namespace RouteDesk {

// The window's background jobs, each with an identity: the session it was started for. Starting a session cancels
// the jobs of the one before and drops whatever they still hand back, so a job of an old session never touches the
// new one (its handler is not called, the progress it reports is not shown).
//
// - run(): the foreground job, one at a time, whose progress and title the status bar shows and Cancel stops.
// - runLatest(): short reads beside it (a ticket's history) without progress; a newer read of the same kind
//   cancels the older one and only the newest one's handler is called.
//
// Jobs run on the runner's own pool, so a window's reads never queue behind other work of the process, and the
// runner (and the window that owns it) never ends before its jobs: shutdown() drops, cancels and waits for them.
// Handlers run on the runner's thread (the GUI thread). A job reports a failure in its result (an error string),
// never by throwing.
class JobRunner : public QObject
{
    Q_OBJECT

public:
    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override; // shutdown()

    // Where jobs are started: QtConcurrent::run(runner->pool(), ...).
    QThreadPool *pool() { return &m_pool; }

    quint64 session() const { return m_session; }
    // A new session: every running job is cancelled and its result dropped. Returns the new session's number.
    quint64 startSession();
    // Waits for the foreground jobs of earlier sessions to stop (they were cancelled and stop at their next
    // check, at most one batch later): a session that writes to the same store never routes beside the old one.
    void waitForStaleForeground();
    // Drops, cancels and waits for every job (a window that closes).
    void shutdown();

    // True while a foreground job of this session runs.
    bool isBusy() const { return m_foreground != 0; }
    int runningCount() const { return int(m_jobs.size()); }

    // Starts the foreground job (false, and the future cancelled, when one runs already). `done` gets the result
    // when the job handed one back; `cancelled` (optional) when it was cancelled or handed nothing back. Neither
    // is called when the session changed meanwhile.
    template<typename T>
    bool run(const QString &title, QFuture<T> future, std::function<void(T)> done,
             std::function<void()> cancelled = {});
    // Cancels the foreground job; its `cancelled` handler runs when it has stopped.
    void cancel();

    // Starts a read of the kind `slot`, cancelling and dropping the previous read of that kind.
    template<typename T>
    void runLatest(const QString &slot, QFuture<T> future, std::function<void(T)> done);
    // Drops (and cancels) the read of the kind `slot`, if one runs: what it reads is known to be stale.
    void dropLatest(const QString &slot);

signals:
    // The foreground job began: the status bar shows `title` and an indefinite progress.
    void jobStarted(const QString &title);
    void progressRangeChanged(int minimum, int maximum);
    void progressValueChanged(int value);
    void progressTextChanged(const QString &text);
    // The foreground job ended (finished, failed or cancelled), before its handler runs.
    void jobEnded();
    // The foreground job's handler has run.
    void jobHandled();

private:
    struct Job
    {
        quint64 session = 0;
        QFutureWatcherBase *watcher = nullptr;
        bool foreground = false;
        QString slot;
    };
    // Registers a watcher (its future not set yet) and returns the job's id.
    quint64 add(QFutureWatcherBase *watcher, bool foreground, const QString &slot);
    // The job ended: true when its handler is to run (same session, and the newest of its slot).
    bool take(quint64 id, bool *foreground);

    QThreadPool m_pool;
    quint64 m_session = 1;
    quint64 m_nextId = 1;
    quint64 m_foreground = 0;
    QHash<quint64, Job> m_jobs;
    QHash<QString, quint64> m_latest;
};

template<typename T>
bool JobRunner::run(const QString &title, QFuture<T> future, std::function<void(T)> done,
                    std::function<void()> cancelled)
{
    if (m_foreground != 0) {
        future.cancel();
        return false;
    }
    auto *watcher = new QFutureWatcher<T>(this);
    const quint64 id = add(watcher, true, QString());
    m_foreground = id;
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, id, done = std::move(done), cancelled = std::move(cancelled)] {
                bool foreground = false;
                const bool current = take(id, &foreground);
                watcher->deleteLater();
                if (!current)
                    return;
                emit jobEnded();
                QFuture<T> result = watcher->future();
                if (!result.isCanceled() && result.resultCount() > 0)
                    done(result.takeResult());
                else if (cancelled)
                    cancelled();
                emit jobHandled();
            });
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, this, [this, id](int minimum, int maximum) {
        if (m_foreground == id)
            emit progressRangeChanged(minimum, maximum);
    });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, id](int value) {
        if (m_foreground == id)
            emit progressValueChanged(value);
    });
    connect(watcher, &QFutureWatcherBase::progressTextChanged, this, [this, id](const QString &text) {
        if (m_foreground == id)
            emit progressTextChanged(text);
    });
    emit jobStarted(title);
    watcher->setFuture(future);
    return true;
}

template<typename T>
void JobRunner::runLatest(const QString &slot, QFuture<T> future, std::function<void(T)> done)
{
    dropLatest(slot);
    auto *watcher = new QFutureWatcher<T>(this);
    const quint64 id = add(watcher, false, slot);
    m_latest.insert(slot, id);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id, done = std::move(done)] {
        bool foreground = false;
        const bool current = take(id, &foreground);
        watcher->deleteLater();
        QFuture<T> result = watcher->future();
        if (current && !result.isCanceled() && result.resultCount() > 0)
            done(result.takeResult());
    });
    watcher->setFuture(future);
}

} // namespace RouteDesk
