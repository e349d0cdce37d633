// bench_store: bulk write rates, durable action latency and queue load time of the decision store.
//
//   bench_store [--tickets N] [--actions N] [--dir FOLDER] [--postgres URL] [--pg-tickets N]
//
// SQLite always (a new file in a temporary folder, or in --dir); PostgreSQL when --postgres or
// ROUTEDESK_TEST_PG_URL names a server (the benchmark creates and drops its own database there).

#include "store/decisionstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <ctime>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace RouteDesk;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

const QStringList kCategories {QStringLiteral("billing"), QStringLiteral("refunds"),   QStringLiteral("shipping"),
                               QStringLiteral("account"), QStringLiteral("technical"), QStringLiteral("security"),
                               QStringLiteral("returns"), QStringLiteral("product")};

QString words(QRandomGenerator &random, int count)
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

QList<Ticket> makeTickets(int count, QRandomGenerator &random)
{
    const QDateTime start(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    QList<Ticket> tickets;
    tickets.reserve(count);
    for (int i = 0; i < count; ++i) {
        Ticket t;
        t.source = QStringLiteral("bench");
        t.externalId = QString::number(100000 + i);
        t.subject = words(random, 8);
        t.body = words(random, 90);
        t.requesterName = QStringLiteral("Customer %1").arg(i);
        t.requesterEmail = QStringLiteral("customer%1@example.com").arg(i);
        t.customerTier = i % 10 == 0 ? QStringLiteral("enterprise") : QStringLiteral("pro");
        t.language = QStringLiteral("en");
        t.channel = QStringLiteral("email");
        t.priority = QStringLiteral("normal");
        t.status = QStringLiteral("open");
        t.tags = {QStringLiteral("bench"), kCategories.at(i % kCategories.size())};
        t.createdAt = start.addSecs(60 * i);
        t.updatedAt = t.createdAt.addSecs(30);
        t.messages = {
            {t.requesterName, t.requesterEmail, t.createdAt, t.body, true, true},
            {QStringLiteral("Support"), QStringLiteral("help@acme.test"), t.updatedAt, words(random, 30), false, true}};
        tickets.append(std::move(t));
    }
    return tickets;
}

QList<RoutingDecision> makeDecisions(const QList<Ticket> &tickets, QRandomGenerator &random)
{
    QList<RoutingDecision> decisions;
    decisions.reserve(tickets.size());
    for (const Ticket &t : tickets) {
        RoutingDecision d;
        d.ticketId = t.id;
        double rest = 1.0;
        for (const QString &category : kCategories) {
            const double p = rest * random.generateDouble() * 0.6;
            rest -= p;
            d.alternatives.append({category, p});
        }
        std::sort(d.alternatives.begin(), d.alternatives.end(),
                  [](const ScoredCategory &a, const ScoredCategory &b) { return a.p > b.p; });
        d.category = d.alternatives.constFirst().category;
        d.confidence = d.alternatives.constFirst().p;
        d.specialist = d.category + QStringLiteral("-team");
        d.draft = QStringLiteral("Hello %1,\n\n").arg(t.requesterName) + words(random, 60);
        d.citedArticles = {QStringLiteral("kb-%1").arg(random.bounded(400))};
        if (d.confidence < 0.4)
            d.flags.append({QStringLiteral("low_confidence"),
                            QStringLiteral("Confidence %1 is below 0.40").arg(d.confidence, 0, 'f', 2)});
        d.explanation = {QStringLiteral("'invoice' +1.20 toward %1").arg(d.category),
                         QStringLiteral("'charged' +0.80 toward %1").arg(d.category), QStringLiteral("threshold 0.40")};
        d.rulesFired = {QStringLiteral("vip-tier")};
        d.modelVersion = QStringLiteral("model-2026-01");
        d.workspaceVersion = QStringLiteral("ws-7");
        d.decidedAt = t.createdAt.addSecs(5);
        decisions.append(std::move(d));
    }
    return decisions;
}

// Wall-clock time is what a user waits; processor time of this process shows how much of that was our own work
// when other programs compete for the processors.
struct Stopwatch
{
    QElapsedTimer wall;
    std::clock_t cpu = 0;
    Stopwatch() { restart(); }
    void restart()
    {
        wall.start();
        cpu = std::clock();
    }
    double wallMs() const { return double(wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC; }
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

double percentile(QList<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0.0;
    const qsizetype index = std::min(values.size() - 1, qsizetype(fraction * double(values.size())));
    return values.at(index);
}

// The floor under any durable commit on this disk: write 4 KB and wait for fdatasync, as SQLite does for its WAL.
void printDiskSyncLatency(const QString &dir, int count)
{
#ifdef Q_OS_UNIX
    QFile file(dir + QStringLiteral("/bench-sync.tmp"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    const QByteArray block(4096, 'x');
    QList<double> latencies;
    for (int i = 0; i < count; ++i) {
        Stopwatch watch;
        file.write(block);
        file.flush();
        ::fdatasync(file.handle());
        latencies.append(watch.wallMs());
    }
    file.close();
    file.remove();
    out() << QStringLiteral("disk: 4 KB write + fdatasync: median %1 ms, p99 %2 ms (%3 times; the floor of a durable "
                            "commit here)")
                 .arg(median(latencies), 0, 'f', 2)
                 .arg(percentile(latencies, 0.99), 0, 'f', 2)
                 .arg(count)
          << Qt::endl;
#else
    Q_UNUSED(dir);
    Q_UNUSED(count);
#endif
}

bool runBackend(const QString &label, const QString &setting, int ticketCount, int actionCount)
{
    QString error;
    QRandomGenerator random(20261125);
    auto store = DecisionStore::open(setting, &error);
    if (!store) {
        out() << label << ": " << error << Qt::endl;
        return false;
    }
    out() << "== " << label << " (" << store->location().display() << ")" << Qt::endl;

    QList<Ticket> tickets = makeTickets(ticketCount, random);
    Stopwatch watch;
    if (!store->upsertTickets(&tickets)) {
        out() << "upsertTickets: " << store->errorString() << Qt::endl;
        return false;
    }
    double wall = watch.wallMs(), cpu = watch.cpuMs();
    out() << QStringLiteral("tickets upserted in bulk:   %1 tickets/s (%2 in %3 s; processor %4 s)")
                 .arg(double(ticketCount) / wall * 1000.0, 0, 'f', 0)
                 .arg(ticketCount)
                 .arg(wall / 1000.0, 0, 'f', 2)
                 .arg(cpu / 1000.0, 0, 'f', 2)
          << Qt::endl;

    QList<RoutingDecision> decisions = makeDecisions(tickets, random);
    watch.restart();
    if (!store->recordDecisions(&decisions)) {
        out() << "recordDecisions: " << store->errorString() << Qt::endl;
        return false;
    }
    wall = watch.wallMs();
    cpu = watch.cpuMs();
    out() << QStringLiteral("decisions inserted in bulk: %1 decisions/s (%2 in %3 s; processor %4 s)")
                 .arg(double(ticketCount) / wall * 1000.0, 0, 'f', 0)
                 .arg(ticketCount)
                 .arg(wall / 1000.0, 0, 'f', 2)
                 .arg(cpu / 1000.0, 0, 'f', 2)
          << Qt::endl;

    // Durable single actions, as agents record them: accept, override or escalate, one in three with a
    // write-back payload, on different tickets.
    QList<double> latencies;
    latencies.reserve(actionCount);
    for (int i = 0; i < actionCount; ++i) {
        const RoutingDecision &decision = decisions.at((i * 7919) % decisions.size());
        AgentAction action;
        action.ticketId = decision.ticketId;
        action.decisionId = decision.id;
        action.type = i % 3 == 0 ? ActionType::Override : (i % 3 == 1 ? ActionType::Accept : ActionType::Escalate);
        action.category = action.type == ActionType::Override ? QStringLiteral("refunds") : decision.category;
        action.specialist = action.category + QStringLiteral("-team");
        action.reasonCode = action.type == ActionType::Override ? QStringLiteral("wrong_category") : QString();
        action.escalationTarget = action.type == ActionType::Escalate ? QStringLiteral("team_lead") : QString();
        action.agent = QStringLiteral("agent%1").arg(i % 5);
        const std::optional<QByteArray> payload = i % 3 == 0
            ? std::optional<QByteArray>(QByteArrayLiteral("{\"note\":\"routed by RouteDesk\"}"))
            : std::nullopt;
        watch.restart();
        if (!store->recordAction(&action, payload)) {
            out() << "recordAction: " << store->errorString() << Qt::endl;
            return false;
        }
        latencies.append(watch.wallMs());
    }
    out() << QStringLiteral("durable recordAction:       median %1 ms, p99 %2 ms, max %3 ms (%4 actions)")
                 .arg(median(latencies), 0, 'f', 2)
                 .arg(percentile(latencies, 0.99), 0, 'f', 2)
                 .arg(percentile(latencies, 1.0), 0, 'f', 2)
                 .arg(actionCount)
          << Qt::endl;

    // What the desktop app does on start: open the store (integrity check included) and load the queue.
    store.reset();
    watch.restart();
    store = DecisionStore::open(setting, &error);
    if (!store) {
        out() << "reopen: " << error << Qt::endl;
        return false;
    }
    out() << QStringLiteral("open an existing store:     %1 ms (processor %2 ms)")
                 .arg(watch.wallMs(), 0, 'f', 0)
                 .arg(watch.cpuMs(), 0, 'f', 0)
          << Qt::endl;
    for (const bool details : {true, false}) {
        QueueOptions options;
        options.withDetails = details;
        QList<double> queueWall, queueCpu;
        qsizetype rows = 0;
        for (int run = 0; run < 3; ++run) {
            watch.restart();
            const QList<QueueEntry> queue = store->queue(options);
            queueWall.append(watch.wallMs());
            queueCpu.append(watch.cpuMs());
            rows = queue.size();
            if (rows != ticketCount || !store->errorString().isEmpty()) {
                out() << "queue: " << rows << " rows; " << store->errorString() << Qt::endl;
                return false;
            }
        }
        out() << QStringLiteral("queue() of %1 tickets%2 median %3 ms (processor %4 ms; runs %5, %6, %7 ms)")
                     .arg(rows)
                     .arg(details ? QStringLiteral(":                     ") : QStringLiteral(", withDetails = false:"))
                     .arg(median(queueWall), 0, 'f', 0)
                     .arg(median(queueCpu), 0, 'f', 0)
                     .arg(queueWall.at(0), 0, 'f', 0)
                     .arg(queueWall.at(1), 0, 'f', 0)
                     .arg(queueWall.at(2), 0, 'f', 0)
              << Qt::endl;
    }
    if (store->location().kind == StoreLocation::Kind::Sqlite)
        out() << QStringLiteral("store file size:            %1 MB")
                     .arg(double(QFileInfo(store->location().path).size()) / 1e6, 0, 'f', 1)
              << Qt::endl;
    return true;
}

// A throw-away database on the server named by `serverUrl`.
bool runOnServer(const QString &serverUrl, const QString &statement, QString *error)
{
    StoreLocation location;
    if (!StoreLocation::parse(serverUrl, &location, error))
        return false;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setPassword(location.password);
        db.setDatabaseName(location.database);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(statement);
            if (!ok)
                *error = query.lastError().text();
        } else {
            *error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Decision store benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("tickets"), QStringLiteral("Tickets (and decisions) for SQLite."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("pg-tickets"), QStringLiteral("Tickets (and decisions) for PostgreSQL."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("actions"), QStringLiteral("Durable single actions to time."), QStringLiteral("N"),
                      QStringLiteral("1000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Folder for the SQLite file (default: temporary)."),
                      QStringLiteral("FOLDER")});
    parser.addOption({QStringLiteral("postgres"),
                      QStringLiteral("PostgreSQL server URL (default: $ROUTEDESK_TEST_PG_URL)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("queue-only"),
                      QStringLiteral("Only time opening an existing store and loading its queue (for profiling)."),
                      QStringLiteral("STORE")});
    parser.process(app);

    if (parser.isSet(QStringLiteral("queue-only"))) {
        Stopwatch watch;
        QString error;
        auto store = DecisionStore::open(parser.value(QStringLiteral("queue-only")), &error);
        if (!store) {
            out() << error << Qt::endl;
            return 1;
        }
        out() << QStringLiteral("open: %1 ms (processor %2 ms)")
                     .arg(watch.wallMs(), 0, 'f', 0)
                     .arg(watch.cpuMs(), 0, 'f', 0)
              << Qt::endl;
        for (int run = 0; run < 6; ++run) {
            QueueOptions options;
            options.withDetails = run < 3;
            watch.restart();
            const QList<QueueEntry> queue = store->queue(options);
            out() << QStringLiteral("queue(%1): %2 rows in %3 ms (processor %4 ms)")
                         .arg(options.withDetails ? QStringLiteral("full") : QStringLiteral("withDetails = false"))
                         .arg(queue.size())
                         .arg(watch.wallMs(), 0, 'f', 0)
                         .arg(watch.cpuMs(), 0, 'f', 0)
                  << Qt::endl;
        }
        return 0;
    }

    const int tickets = parser.value(QStringLiteral("tickets")).toInt();
    const int pgTickets = parser.value(QStringLiteral("pg-tickets")).toInt();
    const int actions = parser.value(QStringLiteral("actions")).toInt();

    QTemporaryDir temporary;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path();
    const QString file = dir + QStringLiteral("/bench-store.sqlite");
    QFile::remove(file);
    printDiskSyncLatency(dir, actions);
    bool ok = runBackend(QStringLiteral("SQLite"), file, tickets, actions);

    QString server = parser.value(QStringLiteral("postgres"));
    if (server.isEmpty())
        server = qEnvironmentVariable("ROUTEDESK_TEST_PG_URL");
    if (server.isEmpty()) {
        out() << "== PostgreSQL: skipped (give --postgres URL or set ROUTEDESK_TEST_PG_URL)" << Qt::endl;
    } else {
        const QString name = QStringLiteral("routedesk_bench_%1").arg(QRandomGenerator::global()->bounded(1 << 30));
        QString error;
        if (!runOnServer(server, QStringLiteral("CREATE DATABASE ") + name, &error)) {
            out() << "PostgreSQL: cannot create a database: " << error << Qt::endl;
            return 1;
        }
        QUrl url(server);
        url.setPath(QLatin1Char('/') + name);
        ok = runBackend(QStringLiteral("PostgreSQL"), url.toString(), pgTickets, actions) && ok;
        runOnServer(server, QStringLiteral("DROP DATABASE IF EXISTS ") + name + QStringLiteral(" WITH (FORCE)"),
                    &error);
    }
    return ok ? 0 : 1;
}
