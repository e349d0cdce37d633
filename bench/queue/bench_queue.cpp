// bench_queue: a 100,000-ticket queue in a SQLite store, opened in the agent's queue view.
// Prints the time to open (store query + rows + model + view), to sort by a column, to filter by text, and the
// peak memory of opening (VmHWM, reset after generating the data). Targets: open < 2 s, sort and filter
// < 200 ms, < 500 MB.
//
//   bench_queue [--tickets N] [--store FILE]

#include "queue/queueview.h"
#include "session/jobs.h"
#include "store/decisionstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

using namespace RouteDesk;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

qint64 statusKb(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Linux resets VmHWM to the current RSS when "5" is written to clear_refs.
bool resetPeak()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

const QStringList words = {
    QStringLiteral("invoice"), QStringLiteral("refund"),       QStringLiteral("login"),    QStringLiteral("password"),
    QStringLiteral("crash"),   QStringLiteral("sync"),         QStringLiteral("calendar"), QStringLiteral("export"),
    QStringLiteral("charge"),  QStringLiteral("subscription"), QStringLiteral("api"),      QStringLiteral("slow"),
    QStringLiteral("error"),   QStringLiteral("cancel"),       QStringLiteral("upgrade"),  QStringLiteral("team"),
    QStringLiteral("missing"), QStringLiteral("double"),       QStringLiteral("locked"),   QStringLiteral("question")};
const QStringList categories
    = {QStringLiteral("billing"), QStringLiteral("account_access"), QStringLiteral("technical"),
       QStringLiteral("refund_cancellation"), QStringLiteral("general")};
const QStringList priorities = {QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("normal"),
                                QStringLiteral("high"), QStringLiteral("urgent")};
const QStringList flagCodes = {QStringLiteral("low_confidence"), QStringLiteral("urgent"),
                               QStringLiteral("refund_review"), QStringLiteral("security_incident")};

bool generate(DecisionStore &store, int count)
{
    QRandomGenerator random(42);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
    const int chunk = 10000;
    for (int base = 0; base < count; base += chunk) {
        QList<Ticket> tickets;
        for (int i = base; i < qMin(count, base + chunk); ++i) {
            Ticket t;
            t.source = QStringLiteral("bench");
            t.externalId = QStringLiteral("B-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
            QStringList subject;
            for (int w = 0; w < 4 + int(random.bounded(4)); ++w)
                subject << words[int(random.bounded(qsizetype(words.size())))];
            subject.first()[0] = subject.first()[0].toUpper();
            t.subject = subject.join(QLatin1Char(' '));
            t.body = t.subject + QStringLiteral(". Please help, this started yesterday after the update.");
            t.requesterName = QStringLiteral("Customer %1").arg(random.bounded(20000));
            t.requesterEmail = QStringLiteral("c%1@example.org").arg(i);
            t.priority = priorities[int(random.bounded(qsizetype(priorities.size())))];
            t.createdAt = start.addSecs(qint64(random.bounded(30 * 86400)));
            tickets << t;
        }
        if (!store.upsertTickets(&tickets))
            return false;
        QList<RoutingDecision> decisions;
        for (const Ticket &t : std::as_const(tickets)) {
            RoutingDecision d;
            d.ticketId = t.id;
            d.category = categories[int(random.bounded(qsizetype(categories.size())))];
            d.confidence = 0.3 + random.generateDouble() * 0.7;
            d.alternatives << ScoredCategory {d.category, d.confidence};
            d.specialist = d.category + QStringLiteral("_team");
            d.draft = QStringLiteral("Hello %1, thank you for writing. We are looking into it.").arg(t.requesterName);
            d.explanation << QStringLiteral("\"%1\" +1.2").arg(t.subject.section(QLatin1Char(' '), 0, 0));
            if (random.bounded(4) == 0) {
                const QString code = flagCodes[int(random.bounded(qsizetype(flagCodes.size())))];
                d.flags << EscalationFlag {code, QStringLiteral("Generated flag %1").arg(code)};
            }
            d.decidedAt = t.createdAt.addSecs(30);
            decisions << d;
        }
        if (!store.recordDecisions(&decisions))
            return false;
    }
    return true;
}

double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

// Wall-clock time of f; *cpu (if given) gets the CPU time this process spent, which is what counts on a shared,
// busy machine.
template<typename F>
double timeMs(F &&f, double *cpu = nullptr)
{
    const double cpuStart = cpuMs();
    QElapsedTimer timer;
    timer.start();
    f();
    if (cpu)
        *cpu = cpuMs() - cpuStart;
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ticketsOption(QStringLiteral("tickets"), QStringLiteral("Tickets in the queue."),
                                           QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption storeOption(
        QStringLiteral("store"), QStringLiteral("Reuse (or create) this SQLite store."), QStringLiteral("file"));
    parser.addOptions({ticketsOption, storeOption});
    parser.process(app);
    const int count = parser.value(ticketsOption).toInt();

    QTemporaryDir dir;
    const QString path
        = parser.isSet(storeOption) ? parser.value(storeOption) : dir.filePath(QStringLiteral("bench.sqlite"));
    {
        QString error;
        std::unique_ptr<DecisionStore> store = DecisionStore::open(path, &error);
        if (!store) {
            out() << "bench_queue: " << error << Qt::endl;
            return 1;
        }
        if (store->ticketCount() < count) {
            out() << "generating " << count << " tickets with decisions in " << path << " ..." << Qt::endl;
            const double ms = timeMs([&] {
                if (!generate(*store, count))
                    out() << "bench_queue: " << store->errorString() << Qt::endl;
            });
            out() << "  generated in " << qRound(ms) << " ms" << Qt::endl;
        }
    }

    const bool peakReset = resetPeak();
    const qint64 rssBefore = statusKb("VmRSS:");
    QueueView view;
    view.resize(1400, 900);
    view.show();
    Taxonomy taxonomy({{QStringLiteral("billing"), QStringLiteral("Billing"), {}, {}},
                       {QStringLiteral("account_access"), QStringLiteral("Account access"), {}, {}},
                       {QStringLiteral("technical"), QStringLiteral("Technical"), {}, {}},
                       {QStringLiteral("refund_cancellation"), QStringLiteral("Refund and cancellation"), {}, {}},
                       {QStringLiteral("general"), QStringLiteral("General"), {}, {}}});
    view.setTaxonomy(taxonomy);

    double queryMs = 0, rowsMs = 0, modelMs = 0, paintMs = 0;
    int rows = 0;
    double openCpu = 0;
    const double openMs = timeMs(
        [&] {
            QString error;
            std::unique_ptr<DecisionStore> store;
            QList<QueueEntry> entries;
            queryMs = timeMs([&] {
                store = DecisionStore::open(path, &error);
                // as the app opens a queue: what is left to route (nothing here), then the list's rows
                if (store && !store->unroutedTicketIds().isEmpty())
                    qWarning("bench_queue: the generated store has unrouted tickets");
                entries = store ? store->queue(Jobs::queueListOptions()) : QList<QueueEntry>();
            });
            std::vector<QueueRow> queueRows;
            rowsMs = timeMs([&] {
                queueRows = QueueModel::makeRows(std::move(entries), taxonomy, QDateTime::currentDateTimeUtc());
            });
            rows = int(queueRows.size());
            modelMs = timeMs([&] { view.setRows(std::move(queueRows)); });
            paintMs = timeMs([&] { view.table()->viewport()->grab(); });
        },
        &openCpu);
    out() << "tickets in the queue:        " << rows << Qt::endl;
    out() << "open (store query + model):  " << qRound(openMs) << " ms, cpu " << qRound(openCpu) << " ms   (query "
          << qRound(queryMs) << ", rows " << qRound(rowsMs) << ", model and view " << qRound(modelMs)
          << ", first paint " << qRound(paintMs) << ")" << Qt::endl;

    QTableView *table = view.table();
    const struct
    {
        int column;
        Qt::SortOrder order;
        const char *name;
    } sorts[] = {{QueueModel::SubjectColumn, Qt::AscendingOrder, "subject"},
                 {QueueModel::ConfidenceColumn, Qt::DescendingOrder, "confidence"},
                 {QueueModel::AgeColumn, Qt::AscendingOrder, "age"},
                 {QueueModel::RequesterColumn, Qt::AscendingOrder, "requester"},
                 {QueueModel::PriorityColumn, Qt::AscendingOrder, "priority"}};
    for (const auto &sort : sorts) {
        double cpu = 0;
        const double ms = timeMs(
            [&] {
                table->sortByColumn(sort.column, sort.order);
                table->viewport()->grab();
            },
            &cpu);
        out() << "sort by " << QString::fromLatin1(sort.name).leftJustified(20) << qRound(ms) << " ms, cpu "
              << qRound(cpu) << " ms" << Qt::endl;
    }
    for (const QString &text :
         {QStringLiteral("invoice"), QStringLiteral("refund locked"), QStringLiteral("customer 1234"), QString()}) {
        int shown = 0;
        double cpu = 0;
        const double ms = timeMs(
            [&] {
                view.searchField()->setText(text);
                shown = view.proxy()->rowCount();
                table->viewport()->grab();
            },
            &cpu);
        out() << "filter by text " << QStringLiteral("\"%1\"").arg(text).leftJustified(16) << qRound(ms) << " ms, cpu "
              << qRound(cpu) << " ms   (" << shown << " shown)" << Qt::endl;
    }
    const qint64 hwm = statusKb("VmHWM:");
    out() << "peak memory (VmHWM):         " << hwm / 1024 << " MB" << (peakReset ? "" : " (peak not reset)")
          << "   (RSS before opening " << rssBefore / 1024 << " MB)" << Qt::endl;
    return 0;
}
