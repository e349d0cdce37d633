#include "jobrunner.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcJobRunner, "routedesk.ui.jobrunner")

namespace RouteDesk {

JobRunner::JobRunner(QObject *parent)
    : QObject(parent)
{
    // A foreground job, a ticket read and a stale read still winding down run side by side.
    m_pool.setMaxThreadCount(4);
    m_pool.setObjectName(QStringLiteral("routedeskJobs"));
}

JobRunner::~JobRunner()
{
    shutdown();
}

quint64 JobRunner::startSession()
{
    ++m_session;
    m_foreground = 0;
    m_latest.clear();
    for (const Job &job : std::as_const(m_jobs))
        job.watcher->cancel();
    if (!m_jobs.isEmpty())
        qCInfo(lcJobRunner) << "session" << m_session << "started;" << m_jobs.size()
                            << "job(s) of the previous one cancelled, their results dropped";
    return m_session;
}

void JobRunner::waitForStaleForeground()
{
    const QList<Job> jobs = m_jobs.values(); // a finished job's handler may run meanwhile and remove itself
    for (const Job &job : jobs) {
        if (job.foreground && job.session != m_session)
            job.watcher->waitForFinished();
    }
}

void JobRunner::shutdown()
{
    startSession();
    // The watchers' finished() arrive later, if ever: their handlers see another session and do nothing.
    for (const Job &job : std::as_const(m_jobs))
        job.watcher->waitForFinished();
    m_pool.waitForDone();
}

void JobRunner::cancel()
{
    if (const auto it = m_jobs.constFind(m_foreground); it != m_jobs.constEnd())
        it->watcher->cancel();
}

void JobRunner::dropLatest(const QString &slot)
{
    const quint64 id = m_latest.take(slot);
    if (const auto it = m_jobs.constFind(id); it != m_jobs.constEnd())
        it->watcher->cancel();
}

quint64 JobRunner::add(QFutureWatcherBase *watcher, bool foreground, const QString &slot)
{
    const quint64 id = m_nextId++;
    m_jobs.insert(id, Job {m_session, watcher, foreground, slot});
    return id;
}

bool JobRunner::take(quint64 id, bool *foreground)
{
    const Job job = m_jobs.take(id);
    *foreground = job.foreground;
    if (job.session != m_session)
        return false;
    if (job.foreground) {
        if (m_foreground != id)
            return false;
        m_foreground = 0;
        return true;
    }
    if (m_latest.value(job.slot) != id)
        return false;
    m_latest.remove(job.slot);
    return true;
}

} // namespace RouteDesk
