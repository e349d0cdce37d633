// The runner behind the window's background work: each job has the identity of its session, reads of one kind
// hand over only the newest answer, and no job outlives the runner.

#include "session/jobrunner.h"

#include <QPromise>
#include <QtConcurrent>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace RouteDesk;

class TestJobRunner : public QObject
{
    Q_OBJECT

private slots:
    // A job of an old session hands back nothing: neither its result nor its cancellation reaches the new one,
    // and it does not end the new session's job.
    void aStaleSessionsJobIsDropped()
    {
        JobRunner runner;
        QSignalSpy ended(&runner, &JobRunner::jobEnded);
        QPromise<int> old;
        old.start();
        QList<QString> seen;
        QVERIFY(runner.run<int>(
            QStringLiteral("old"), old.future(), [&](int value) { seen << QStringLiteral("old %1").arg(value); },
            [&] { seen << QStringLiteral("old cancelled"); }));
        QVERIFY(runner.isBusy());
        runner.startSession();
        QVERIFY(!runner.isBusy());

        QPromise<int> fresh;
        fresh.start();
        QVERIFY(runner.run<int>(QStringLiteral("new"), fresh.future(),
                                [&](int value) { seen << QStringLiteral("new %1").arg(value); }));
        old.addResult(1);
        old.finish();
        QTRY_COMPARE(runner.runningCount(), 1);
        QVERIFY(runner.isBusy());
        QVERIFY(ended.isEmpty());
        QVERIFY(seen.isEmpty());

        // A second foreground job while one runs is refused.
        QPromise<int> extra;
        extra.start();
        QVERIFY(!runner.run<int>(QStringLiteral("extra"), extra.future(), [&](int) { seen << QStringLiteral("x"); }));
        QVERIFY(extra.future().isCanceled());
        extra.finish();

        fresh.addResult(2);
        fresh.finish();
        QTRY_COMPARE(seen, QList<QString>({QStringLiteral("new 2")}));
        QCOMPARE(ended.size(), 1);
        QVERIFY(!runner.isBusy());
    }

    // Reads of one kind: only the newest one's answer is handed over; an older one that arrives later is dropped.
    void onlyTheNewestReadIsHandedOver()
    {
        JobRunner runner;
        QList<int> seen;
        QPromise<int> first;
        QPromise<int> second;
        first.start();
        second.start();
        runner.runLatest<int>(QStringLiteral("ticket"), first.future(), [&](int value) { seen << value; });
        runner.runLatest<int>(QStringLiteral("ticket"), second.future(), [&](int value) { seen << value; });
        QVERIFY(first.isCanceled());
        second.addResult(2);
        second.finish();
        first.addResult(1);
        first.finish();
        QTRY_COMPARE(runner.runningCount(), 0);
        QCOMPARE(seen, QList<int>({2}));

        // Dropped because what it reads is known to be stale (the agent's own action changed the ticket).
        QPromise<int> third;
        third.start();
        runner.runLatest<int>(QStringLiteral("ticket"), third.future(), [&](int value) { seen << value; });
        runner.dropLatest(QStringLiteral("ticket"));
        third.addResult(3);
        third.finish();
        QTRY_COMPARE(runner.runningCount(), 0);
        QCOMPARE(seen, QList<int>({2}));
    }

    // A runner that goes (with its window) waits for its jobs first.
    void theRunnerWaitsForItsJobs()
    {
        std::atomic<bool> started = false;
        std::atomic<bool> done = false;
        {
            JobRunner runner;
            runner.run<int>(QStringLiteral("slow"),
                            QtConcurrent::run(runner.pool(),
                                              [&started, &done] {
                                                  started = true;
                                                  QThread::msleep(300);
                                                  done = true;
                                                  return 1;
                                              }),
                            [](int) {});
            QTRY_VERIFY(started); // a job cancelled before it began never runs
        }
        QVERIFY(done);
    }

    // A new session waits for the old session's cancelled foreground job to stop (it would otherwise go on routing
    // the same store beside the new one); reads of the old session are not waited for.
    void aNewSessionWaitsForTheOldWriterToStop()
    {
        JobRunner runner;
        std::atomic<bool> started = false;
        std::atomic<bool> stopped = false;
        runner.run<int>(QStringLiteral("routing"),
                        QtConcurrent::run(runner.pool(),
                                          [&](QPromise<int> &promise) {
                                              started = true;
                                              while (!promise.isCanceled())
                                                  QThread::msleep(20); // one batch
                                              QThread::msleep(100); // commits what it has
                                              stopped = true;
                                          }),
                        [](int) {});
        QTRY_VERIFY(started);
        runner.startSession();
        runner.waitForStaleForeground();
        QVERIFY(stopped);
        QVERIFY(!runner.isBusy());
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "test_jobs_runner.moc"
