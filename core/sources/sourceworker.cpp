#include "sourceworker.h"

#include "store/decisionstore.h"

namespace RouteDesk {

SourceWorker::SourceWorker(QString storeSetting, QObject *parent)
    : QObject(parent)
    , m_storeSetting(std::move(storeSetting))
{
    qRegisterMetaType<RouteDesk::SyncReport>();
    qRegisterMetaType<RouteDesk::DeliveryReport>();
}

SourceWorker::~SourceWorker() = default;

DecisionStore *SourceWorker::store()
{
    if (!m_store) {
        QString error;
        m_store = DecisionStore::open(m_storeSetting, &error);
        if (!m_store)
            emit failed(error);
    }
    return m_store.get();
}

void SourceWorker::sync(const SourceConfig &config, const RouterFactory &routerFor)
{
    m_cancellation.reset();
    DecisionStore *decisions = store();
    if (!decisions)
        return;
    QString error;
    const std::unique_ptr<TicketSource> source = createTicketSource(config, &error);
    if (!source) {
        SyncReport report;
        report.error = SourcePage::Error::Failed;
        report.errorString = error;
        emit syncFinished(report);
        return;
    }
    QString routerError;
    TicketRouter router;
    if (routerFor && !routerFor(*decisions, &router, &routerError)) {
        SyncReport report;
        report.storeFailed = true;
        report.errorString = routerError;
        emit syncFinished(report);
        return;
    }
    SyncRunner runner(decisions, source.get(), router);
    const QString document = config.sourceId() + QLatin1Char('\n') + QString::fromStdString(config.document.dump());
    runner.setCheckWriteback(!m_checked.contains(document));
    runner.setCancellation(&m_cancellation);
    runner.setProgress(
        [this](const SyncProgress &progress) { emit syncProgress(progress.pulled, progress.remaining); });
    const SyncReport report = runner.run();
    if (report.writebackChecked)
        m_checked.insert(document);
    emit syncFinished(report);
    refreshOutbox();
}

void SourceWorker::deliver(bool all)
{
    m_cancellation.reset();
    DecisionStore *decisions = store();
    if (!decisions)
        return;
    OutboxDeliverer deliverer(decisions, storedSourceFactory(decisions));
    deliverer.setCancellation(&m_cancellation);
    emit deliveryFinished(all ? deliverer.deliverAllPending() : deliverer.deliverDue());
    refreshOutbox();
}

void SourceWorker::refreshOutbox()
{
    DecisionStore *decisions = store();
    if (!decisions)
        return;
    const OutboxCounts counts = decisions->outboxCounts();
    emit outboxChanged(counts.pending, counts.failed, counts.conflict);
}

} // namespace RouteDesk
