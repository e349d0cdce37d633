// bench_queue: a 100,000-ticket queue in a SQLite store, opened in the agent's queue view.
// Prints the store's bytes per ticket, the time to open (the store query: opening the store with its integrity
// check, the unrouted tickets and queue(); then rows, model and view), to sort by each column, to filter by text
// and by each box of the filter bar, and the peak memory of opening (VmHWM, reset after generating the data).
// Targets (issue 14): open < 1 s, every sort and filter < 100 ms, a store < 1.5 KB per ticket with its decision;
// < 500 MB.
//
//   bench_queue [--tickets N] [--store FILE]

#include "queue/queueview.h"
#include "session/jobs.h"
#include "store/decisionstore.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
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

// Filler text for bodies, replies and drafts, as bench_store writes them.
QString filler(QRandomGenerator &random, int count)
{
    static const QStringList vocabulary {
        QStringLiteral("invoice"),  QStringLiteral("charged"), QStringLiteral("twice"),   QStringLiteral("order"),
        QStringLiteral("package"),  QStringLiteral("never"),   QStringLiteral("arrived"), QStringLiteral("password"),
        QStringLiteral("reset"),    QStringLiteral("login"),   QStringLiteral("refund"),  QStringLiteral("please"),
        QStringLiteral("help"),     QStringLiteral("account"), QStringLiteral("error"),   QStringLiteral("crash"),
        QStringLiteral("thank"),    QStringLiteral("you"),     QStringLiteral("the"),     QStringLiteral("my"),
        QStringLiteral("Rechnung"), QStringLiteral("colis"),   QStringLiteral("déjà"),    QStringLiteral("€49.00")};
    QStringList result;
    result.reserve(count);
    for (int i = 0; i < count; ++i)
        result.append(vocabulary.at(random.bounded(int(vocabulary.size()))));
    return result.join(QLatin1Char(' '));
}

// Tickets and decisions shaped like bench_store's (and like a synced helpdesk's): a body of about 700 characters
// that the conversation repeats as its first message, an agent's reply, tags; a decision with every category
// ranked, a draft, cited articles, an explanation and the rules fired. One ticket in ten has an agent's action
// (a third of them with a write-back), so the state and write-back columns have something to show.
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
            t.body = t.subject + QStringLiteral(". ") + filler(random, 85);
            t.requesterName = QStringLiteral("Customer %1").arg(random.bounded(20000));
            t.requesterEmail = QStringLiteral("c%1@example.org").arg(i);
            t.customerTier = i % 10 == 0 ? QStringLiteral("enterprise") : QStringLiteral("pro");
            t.language = QStringLiteral("en");
            t.channel = QStringLiteral("email");
            t.priority = priorities[int(random.bounded(qsizetype(priorities.size())))];
            t.status = QStringLiteral("open");
            t.tags = {QStringLiteral("bench"), categories[i % categories.size()]};
            t.createdAt = start.addSecs(qint64(random.bounded(30 * 86400)));
            t.updatedAt = t.createdAt.addSecs(300);
            t.messages = {{t.requesterName, t.requesterEmail, t.createdAt, t.body, true, true},
                          {QStringLiteral("Support"), QStringLiteral("help@acme.test"), t.updatedAt, filler(random, 30),
                           false, true}};
            tickets << t;
        }
        if (!store.upsertTickets(&tickets))
            return false;
        QList<RoutingDecision> decisions;
        for (const Ticket &t : std::as_const(tickets)) {
            RoutingDecision d;
            d.ticketId = t.id;
            double rest = 1.0;
            for (const QString &category : categories) {
                const double p = rest * random.generateDouble() * 0.6;
                rest -= p;
                d.alternatives << ScoredCategory {category, p};
            }
            for (int extra = 0; extra < 3; ++extra) { // eight categories ranked, as in bench_store
                const double p = rest * random.generateDouble() * 0.3;
                rest -= p;
                d.alternatives << ScoredCategory {QStringLiteral("other_%1").arg(extra), p};
            }
            std::sort(d.alternatives.begin(), d.alternatives.end(),
                      [](const ScoredCategory &a, const ScoredCategory &b) { return a.p > b.p; });
            d.category = d.alternatives.constFirst().category;
            d.confidence = d.alternatives.constFirst().p;
            d.specialist = d.category + QStringLiteral("_team");
            d.draft = QStringLiteral("Hello %1,\n\n").arg(t.requesterName) + filler(random, 60);
            d.citedArticles = {QStringLiteral("kb-%1").arg(random.bounded(400))};
            d.explanation
                = {QStringLiteral("\"%1\" +1.20 toward %2").arg(t.subject.section(QLatin1Char(' '), 0, 0), d.category),
                   QStringLiteral("'charged' +0.80 toward %1").arg(d.category), QStringLiteral("threshold 0.40")};
            d.rulesFired = {QStringLiteral("vip-tier")};
            d.modelVersion = QStringLiteral("model-2026-01");
            d.workspaceVersion = QStringLiteral("ws-7");
            if (random.bounded(4) == 0) {
                const QString code = flagCodes[int(random.bounded(qsizetype(flagCodes.size())))];
                d.flags << EscalationFlag {code, QStringLiteral("Generated flag %1").arg(code)};
            }
            d.decidedAt = t.createdAt.addSecs(30);
            decisions << d;
        }
        if (!store.recordDecisions(&decisions))
            return false;
        for (qsizetype i = 0; i < decisions.size(); i += 10) {
            const RoutingDecision &d = decisions.at(i);
            AgentAction action;
            action.ticketId = d.ticketId;
            action.decisionId = d.id;
            action.type
                = i % 30 == 0 ? ActionType::Override : (i % 30 == 10 ? ActionType::Escalate : ActionType::Accept);
            action.category = action.type == ActionType::Override ? categories.at(0) : d.category;
            action.reasonCode = action.type == ActionType::Override ? QStringLiteral("wrong_category") : QString();
            action.escalationTarget = action.type == ActionType::Escalate ? QStringLiteral("team_lead") : QString();
            action.agent = QStringLiteral("agent%1").arg(i % 5);
            action.at = d.decidedAt.addSecs(600);
            const std::optional<QByteArray> payload = i % 30 == 0
                ? std::optional<QByteArray>(QByteArrayLiteral("{\"note\":\"routed by RouteDesk\"}"))
                : std::nullopt;
            if (!store.recordAction(&action, payload))
                return false;
        }
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
    // A store given with --store is reused as it is. Only a new one is opened before the timed open below, so that
    // open is this process's first, as the app's is at start-up: it includes the integrity check of the file.
    if (!QFileInfo::exists(path)) {
        QString error;
        std::unique_ptr<DecisionStore> store = DecisionStore::open(path, &error);
        if (!store) {
            out() << "bench_queue: " << error << Qt::endl;
            return 1;
        }
        out() << "generating " << count << " tickets with decisions in " << path << " ..." << Qt::endl;
        bool ok = true;
        const double ms = timeMs([&] {
            ok = generate(*store, count);
            if (!ok)
                out() << "bench_queue: " << store->errorString() << Qt::endl;
        });
        if (!ok)
            return 1;
        out() << "  generated in " << qRound(ms) << " ms" << Qt::endl;
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

    double storeOpenMs = 0, unroutedMs = 0, queueMs = 0, queryMs = 0, rowsMs = 0, modelMs = 0, paintMs = 0;
    int rows = 0;
    double openCpu = 0;
    const double openMs = timeMs(
        [&] {
            QString error;
            std::unique_ptr<DecisionStore> store;
            QList<QueueEntry> entries;
            queryMs = timeMs([&] {
                storeOpenMs = timeMs([&] { store = DecisionStore::open(path, &error); });
                if (!store) {
                    out() << "bench_queue: " << error << Qt::endl;
                    return;
                }
                // as the app opens a queue: what is left to route (nothing here), then the list's rows
                unroutedMs = timeMs([&] {
                    if (!store->unroutedTicketIds().isEmpty())
                        qWarning("bench_queue: the generated store has unrouted tickets");
                });
                queueMs = timeMs([&] { entries = store->queue(Jobs::queueListOptions()); });
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
    // The store is closed (checkpointed) here: its file holds everything.
    const qint64 storeBytes = QFileInfo(path).size();
    out() << "tickets in the queue:        " << rows << Qt::endl;
    out() << "store file:                  " << QString::number(double(storeBytes) / 1e6, 'f', 1) << " MB, "
          << QString::number(rows > 0 ? double(storeBytes) / rows / 1024.0 : 0.0, 'f', 2)
          << " KB per ticket with its decision (target < 1.5 KB)" << Qt::endl;
    out() << "open (store query + model):  " << qRound(openMs) << " ms, cpu " << qRound(openCpu)
          << " ms   (target < 1000 ms)" << Qt::endl;
    out() << "  store query:               " << qRound(queryMs) << " ms   (open the store with its integrity check "
          << qRound(storeOpenMs) << ", unrouted tickets " << qRound(unroutedMs) << ", queue() " << qRound(queueMs)
          << ")" << Qt::endl;
    out() << "  rows " << qRound(rowsMs) << ", model and view " << qRound(modelMs) << ", first paint "
          << qRound(paintMs) << Qt::endl;

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
                 {QueueModel::CategoryColumn, Qt::AscendingOrder, "category"},
                 {QueueModel::FlagsColumn, Qt::DescendingOrder, "flags"},
                 {QueueModel::StateColumn, Qt::AscendingOrder, "state"},
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
    // The filter bar's boxes: each choice and back to all.
    for (const char *name : {"stateFilter", "categoryFilter", "flagFilter"}) {
        auto *box = view.findChild<QComboBox *>(QString::fromLatin1(name));
        if (!box || box->count() < 2)
            continue;
        for (int i : {1, box->count() - 1, 0}) {
            int shown = 0;
            double cpu = 0;
            const double ms = timeMs(
                [&] {
                    box->setCurrentIndex(i);
                    shown = view.proxy()->rowCount();
                    table->viewport()->grab();
                },
                &cpu);
            out() << "filter " << QString::fromLatin1(name).leftJustified(15)
                  << box->itemText(i).left(18).leftJustified(19) << qRound(ms) << " ms, cpu " << qRound(cpu)
                  << " ms   (" << shown << " shown)" << Qt::endl;
        }
    }
    const qint64 hwm = statusKb("VmHWM:");
    out() << "peak memory (VmHWM):         " << hwm / 1024 << " MB" << (peakReset ? "" : " (peak not reset)")
          << "   (RSS before opening " << rssBefore / 1024 << " MB)" << Qt::endl;
    return 0;
}
