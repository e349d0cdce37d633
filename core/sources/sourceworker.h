#pragma once

#include "cancellation.h"
#include "outboxdeliverer.h"
#include "sourceconfig.h"
#include "syncrunner.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

namespace RouteDesk {

class DecisionStore;

// Sync and write-back delivery off the GUI thread, for the desktop app. Move the worker to a QThread and call its
// slots with QMetaObject::invokeMethod (queued); results come back as signals. The worker opens its own store
// connection in its thread (DecisionStore objects belong to the thread that opened them).
//
//     auto *thread = new QThread(this);
//     auto *worker = new SourceWorker(storeSetting);
//     worker->moveToThread(thread);
//     connect(thread, &QThread::finished, worker, &QObject::deleteLater);
//     connect(worker, &SourceWorker::syncProgress, this, ...);
//     thread->start();
//     QMetaObject::invokeMethod(worker, [worker, config, routerFor] { worker->sync(config, routerFor); });
//
// cancel() may be called from any thread; the running sync stops at the next request or record and keeps what it
// has stored.
class SourceWorker : public QObject
{
    Q_OBJECT
public:
    explicit SourceWorker(QString storeSetting, QObject *parent = nullptr);
    ~SourceWorker() override;

    void cancel() { m_cancellation.cancel(); }

    // Makes the router for the worker's own store (on the worker thread): false with *error when it cannot.
    using RouterFactory
        = std::function<bool(RouteDesk::DecisionStore &store, RouteDesk::TicketRouter *router, QString *error)>;

public slots:
    // Pulls `config` into the store and routes new and changed tickets with the router `routerFor` makes (none:
    // no routing). Emits syncProgress while it runs and syncFinished at the end, then outboxChanged. The first sync
    // of a source document in this worker's life also checks what write-backs need (SyncReport::warnings).
    void sync(const RouteDesk::SourceConfig &config, const RouterFactory &routerFor);
    // Delivers the write-backs that are due (all pending ones with `all`). Emits deliveryFinished and outboxChanged.
    void deliver(bool all = false);
    // Emits outboxChanged with the current counts.
    void refreshOutbox();

signals:
    void syncProgress(qint64 pulled, qint64 remaining);
    void syncFinished(const RouteDesk::SyncReport &report);
    void deliveryFinished(const RouteDesk::DeliveryReport &report);
    void outboxChanged(int pending, int failed, int conflict);
    void failed(const QString &message); // the store could not be opened

private:
    DecisionStore *store();

    QString m_storeSetting;
    std::unique_ptr<DecisionStore> m_store;
    Cancellation m_cancellation;
    QSet<QString> m_checked; // source documents whose write-back configuration was checked
};

} // namespace RouteDesk

Q_DECLARE_METATYPE(RouteDesk::SyncReport)
Q_DECLARE_METATYPE(RouteDesk::DeliveryReport)
