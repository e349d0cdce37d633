#include "jobs.h"

#include "io/jsonparse.h"
#include "io/recordreader.h"
#include "learn/activemodel.h"
#include "model/modeljson.h"
#include "triage/triageservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcJobs, "routedesk.ui.jobs")

namespace RouteDesk::Jobs {

namespace {

// The jobs' progress texts, translated on the worker thread (QCoreApplication::translate is thread-safe).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Jobs)
};

// The workspace document with the escalation threshold replaced (the settings dialog's override).
QByteArray withThreshold(const QByteArray &document, double threshold)
{
    nlohmann::json json = parseJsonOrDiscarded(document);
    if (json.is_discarded() || !json.is_object())
        return document;
    json["escalation"]["confidence_threshold"] = threshold;
    return QByteArray::fromStdString(json.dump());
}

bool importDemoQueue(DecisionStore &store, const QString &path, int *imported, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("The demo queue %1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    RecordReader reader;
    if (!reader.openData(file.readAll(), RecordReader::Format::JsonLines, QStringLiteral("queue.jsonl"))) {
        *error = reader.errorString();
        return false;
    }
    QList<Ticket> tickets;
    Record record;
    while (reader.next(&record)) {
        Ticket ticket;
        QString problem;
        if (!fromJson(record.fields, &ticket, &problem)) {
            *error = QStringLiteral("queue.jsonl:%1: %2").arg(record.line).arg(problem);
            return false;
        }
        if (ticket.source.isEmpty())
            ticket.source = QStringLiteral("demo");
        if (ticket.externalId.isEmpty())
            ticket.externalId = QString::number(record.index + 1);
        tickets << ticket;
    }
    if (reader.hasError()) {
        *error = reader.errorString();
        return false;
    }
    if (!store.upsertTickets(&tickets)) {
        *error = store.errorString();
        return false;
    }
    *imported = int(tickets.size());
    return true;
}

} // namespace

QueueOptions queueListOptions()
{
    QueueOptions options;
    options.withDetails = false;
    return options;
}

std::shared_ptr<const Pipeline> makePipeline(const OpenRequest &request, QString *error)
{
    std::shared_ptr<const Workspace> workspace;
    if (request.demo) {
        workspace = Workspace::demo(error);
    } else {
        workspace = Workspace::load(request.workspacePath, error);
    }
    if (!workspace)
        return {};
    if (request.confidenceThreshold > 0.0) {
        workspace = Workspace::fromJson(withThreshold(workspace->document(), request.confidenceThreshold),
                                        request.demo ? QStringLiteral("workspace.json") : request.workspacePath, error);
        if (!workspace)
            return {};
    }
    PipelineSetup setup;
    setup.modelPath = request.modelPath;
    // May ask the keychain (secret-tool, up to 3 s): this runs on the open job's worker thread.
    setup.drafting = configuredDrafting(request.llmUrl, request.llmModel);
    if (setup.drafting)
        qCInfo(lcJobs).noquote() << "drafting with" << setup.drafting->name();
    return buildPipeline(std::move(workspace), setup, error);
}

void openWorkspace(QPromise<OpenResult> &promise, const OpenRequest &request)
{
    OpenResult result;
    promise.setProgressRange(0, 0);
    promise.setProgressValueAndText(0, Text::tr("Loading the workspace and its model…"));
    result.pipeline = makePipeline(request, &result.error);
    if (!result.pipeline) {
        promise.addResult(std::move(result));
        return;
    }
    std::unique_ptr<DecisionStore> store = DecisionStore::open(request.location, &result.error);
    if (!store) {
        promise.addResult(std::move(result));
        return;
    }
    result.bundled = result.pipeline;
    const std::unique_ptr<TriageService> triage = TriageService::create(store.get(), result.bundled, &result.error);
    if (!triage) {
        // The queue still opens with the bundled pipeline; the banner says why learning was not applied.
        promise.addResult(std::move(result));
        return;
    }
    result.pipeline = triage->pipeline();
    if (request.demo && store->ticketCount() == 0) {
        promise.setProgressValueAndText(0, Text::tr("Importing the demo queue…"));
        if (!importDemoQueue(*store, request.demoQueue, &result.imported, &result.error)) {
            promise.addResult(std::move(result));
            return;
        }
    }
    if (promise.isCanceled())
        return;
    const bool ok = triage->routeUnrouted(
        [&](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValueAndText(done, Text::tr("Routing tickets: %1 of %2").arg(done).arg(total));
            return !promise.isCanceled();
        },
        &result.routed, &result.error);
    if (!ok || promise.isCanceled()) {
        promise.addResult(std::move(result));
        return;
    }
    promise.setProgressRange(0, 0);
    promise.setProgressValueAndText(0, Text::tr("Reading the queue…"));
    QList<QueueEntry> entries = store->queue(queueListOptions());
    if (!store->errorString().isEmpty()) { // a failed read is an error, not an empty queue
        result.error = store->errorString();
        promise.addResult(std::move(result));
        return;
    }
    result.rows = QueueModel::makeRows(std::move(entries), result.pipeline->workspace().taxonomy(),
                                       QDateTime::currentDateTimeUtc());
    qCInfo(lcJobs) << "opened" << result.rows.size() << "tickets," << result.imported << "imported," << result.routed
                   << "routed";
    promise.addResult(std::move(result));
}

void routeUnrouted(QPromise<RouteSummary> &promise, const StoreLocation &location,
                   std::shared_ptr<const Pipeline> pipeline)
{
    RouteSummary summary;
    std::unique_ptr<DecisionStore> store = DecisionStore::open(location, &summary.error);
    if (store) {
        const std::unique_ptr<TriageService> triage = TriageService::create(store.get(), pipeline, &summary.error);
        if (triage)
            triage->routeUnrouted(
                [&](int done, int total) {
                    promise.setProgressRange(0, total);
                    promise.setProgressValueAndText(done, Text::tr("Routing tickets: %1 of %2").arg(done).arg(total));
                    return !promise.isCanceled();
                },
                &summary.routed, &summary.error);
    }
    promise.addResult(std::move(summary));
}

void loadQueue(QPromise<QueueLoad> &promise, const StoreLocation &location, const Taxonomy &taxonomy)
{
    QueueLoad load;
    promise.setProgressRange(0, 0);
    promise.setProgressValueAndText(0, Text::tr("Reading the queue…"));
    std::unique_ptr<DecisionStore> store = DecisionStore::open(location, &load.error);
    if (store) {
        QList<QueueEntry> entries = store->queue(queueListOptions());
        if (!store->errorString().isEmpty()) // a failed read is an error, not an empty queue
            load.error = store->errorString();
        else if (!promise.isCanceled())
            load.rows = QueueModel::makeRows(std::move(entries), taxonomy, QDateTime::currentDateTimeUtc());
    }
    promise.addResult(std::move(load));
}

void readTicket(QPromise<TicketRead> &promise, const StoreLocation &location, qint64 ticketId)
{
    TicketRead read;
    read.ticketId = ticketId;
    if (promise.isCanceled()) // the agent moved on before the read began
        return;
    std::unique_ptr<DecisionStore> store = DecisionStore::open(location, &read.error);
    if (store && !promise.isCanceled()) {
        read.entry = store->queueEntry(ticketId);
        if (!promise.isCanceled())
            read.history = store->history(ticketId);
        if (!read.history)
            read.error = store->errorString().isEmpty() ? Text::tr("ticket %1 is not in the store").arg(ticketId)
                                                        : store->errorString();
        else if (!promise.isCanceled())
            read.context = read.entry ? customerContext(*store, *read.entry) : customerContext(*store, ticketId);
    }
    promise.addResult(std::move(read));
}

} // namespace RouteDesk::Jobs
