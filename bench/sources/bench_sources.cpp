// bench_sources: tickets pulled per second from a real Request Tracker 5.
//
//   cd /work/main && source scripts/lib/servers.sh && start_rt && build/bin/bench_sources [--tickets 2000];
//   stop_servers
//
// Seeds the tickets once through REST 2.0 (reported separately: RT is slow to create tickets), then times
//   1. the pull alone: RtSource::fetchPage until the end (list page + history + attachments per ticket), and
//   2. a full sync into a fresh SQLite store (pull, upsert, revisions, cursor), without routing.

#include "sources/httpclient.h"
#include "sources/rtsource.h"
#include "sources/syncrunner.h"
#include "store/decisionstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace RouteDesk;
using nlohmann::json;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QUrl api(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(QStringLiteral("/REST/2.0") + path);
    return url;
}

qint64 countTickets(HttpClient &http, const QUrl &base, const QString &query)
{
    QUrl url = api(base, QStringLiteral("/tickets"));
    url.setQuery(QStringLiteral("per_page=1&query=") + QString::fromLatin1(QUrl::toPercentEncoding(query)));
    const HttpResponse response = http.send(HttpRequest::get(url));
    json body;
    if (!response.ok() || !response.json(&body, nullptr))
        return -1;
    return body.value("total", qint64(-1));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("tickets"), QStringLiteral("Tickets to pull (default 2000)."), QStringLiteral("N"),
                      QStringLiteral("2000")});
    parser.process(app);
    const int tickets = parser.value(QStringLiteral("tickets")).toInt();

    const QUrl base(qEnvironmentVariable("ROUTEDESK_TEST_RT_URL"));
    const QString user = qEnvironmentVariable("ROUTEDESK_TEST_RT_USER", QStringLiteral("root"));
    const QByteArray password = qgetenv("ROUTEDESK_TEST_RT_PASSWORD");
    if (base.isEmpty() || password.isEmpty()) {
        std::fprintf(stderr,
                     "bench_sources: ROUTEDESK_TEST_RT_URL/_PASSWORD not set (source scripts/lib/servers.sh && "
                     "start_rt)\n");
        return 2;
    }
    const QString tag = QStringLiteral("rdbench%1").arg(tickets);
    const QString query = QStringLiteral("Queue = 'General' AND Subject LIKE '%1'").arg(tag);

    HttpOptions options;
    options.timeoutMs = 120'000;
    options.maxParallel = 4;
    HttpClient http(options);
    http.setBasicAuth(user, QString::fromLocal8Bit(password));
    {
        // A web session, as RtSource does: RT checks a Basic password with bcrypt on every request.
        HttpRequest login;
        login.method = "POST";
        login.url = base;
        login.url.setPath(QStringLiteral("/NoAuth/Login.html"));
        login.body = "user=" + QUrl::toPercentEncoding(user)
            + "&pass=" + QUrl::toPercentEncoding(QString::fromLocal8Bit(password));
        login.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
        http.send(login);
    }

    // Seeding, once per server.
    qint64 present = countTickets(http, base, query);
    if (present < 0) {
        std::fprintf(stderr, "bench_sources: cannot reach %s\n", qPrintable(base.toString()));
        return 1;
    }
    if (present < tickets) {
        QElapsedTimer seeding;
        seeding.start();
        const QStringList bodies = {
            QStringLiteral("I was charged twice for my subscription, please refund the duplicate payment."),
            QStringLiteral("I cannot log in, the password reset email never arrives."),
            QStringLiteral("<p>The CSV export fails with <b>error 500</b>.</p><p>Regards</p>"),
            QStringLiteral("How do I add a colleague to my workspace?"),
        };
        const int batch = 16;
        for (qint64 i = present; i < tickets; i += batch) {
            QList<HttpRequest> creates;
            for (qint64 j = i; j < std::min<qint64>(tickets, i + batch); ++j) {
                const QString body = bodies.at(j % bodies.size());
                creates.append(HttpRequest::withJson(
                    "POST", api(base, QStringLiteral("/ticket")),
                    {{"Queue", "General"},
                     {"Subject", QStringLiteral("%1 #%2").arg(tag).arg(j).toStdString()},
                     {"Content", body.toStdString()},
                     {"ContentType", body.startsWith(QLatin1Char('<')) ? "text/html" : "text/plain"},
                     {"Requestor", QStringLiteral("bench%1@example.com").arg(j % 97).toStdString()}}));
            }
            QList<HttpRequest> replies;
            const QList<HttpResponse> created = http.sendAll(creates);
            for (const HttpResponse &response : created) {
                json body;
                if (!response.ok() || !response.json(&body, nullptr)) {
                    std::fprintf(stderr, "bench_sources: seeding failed: %s\n", qPrintable(response.errorString));
                    return 1;
                }
                const QString id = QString::fromStdString(body["id"].get<std::string>());
                if (id.toLongLong() % 2 == 0)
                    replies.append(
                        HttpRequest::withJson("POST", api(base, QStringLiteral("/ticket/%1/correspond").arg(id)),
                                              {{"Content", "Thanks, we are on it."}, {"ContentType", "text/plain"}}));
            }
            if ((i / batch) % 10 == 9)
                std::fprintf(stderr, "bench_sources: seeded %lld of %d\n", static_cast<long long>(i + batch), tickets);
            for (const HttpResponse &response : http.sendAll(replies)) {
                if (!response.ok()) {
                    std::fprintf(stderr, "bench_sources: seeding failed: %s\n", qPrintable(response.errorString));
                    return 1;
                }
            }
        }
        const double seconds = static_cast<double>(seeding.elapsed()) / 1000.0;
        out() << "seeding: " << (tickets - present) << " tickets (half with a reply) in "
              << QString::number(seconds, 'f', 1) << " s ("
              << QString::number(static_cast<double>(tickets - present) / seconds, 'f', 1)
              << " tickets/s, REST 2.0, 4 requests in parallel)" << Qt::endl;
        present = countTickets(http, base, query);
    } else {
        out() << "seeding: " << present << " tickets already on the server" << Qt::endl;
    }

    qputenv("ROUTEDESK_BENCH_RT_PASSWORD", password);
    SourceConfig config;
    QString error;
    if (!SourceConfig::parse({{"type", "rt"},
                              {"url", base.toString().toStdString()},
                              {"username", user.toStdString()},
                              {"password_env", "ROUTEDESK_BENCH_RT_PASSWORD"},
                              {"query", query.toStdString()},
                              {"page_size", 100}},
                             {}, &config, &error)) {
        std::fprintf(stderr, "bench_sources: %s\n", qPrintable(error));
        return 1;
    }

    // 1. The pull alone.
    {
        const std::unique_ptr<TicketSource> source = createTicketSource(config, &error);
        QElapsedTimer timer;
        timer.start();
        QString cursor;
        qint64 pulled = 0;
        qint64 messages = 0;
        for (;;) {
            const SourcePage page = source->fetchPage(cursor);
            if (!page.ok()) {
                std::fprintf(stderr, "bench_sources: %s\n", qPrintable(page.errorString));
                return 1;
            }
            pulled += page.tickets.size();
            for (const Ticket &ticket : page.tickets)
                messages += ticket.messages.size();
            cursor = page.cursor;
            if (page.atEnd)
                break;
        }
        const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
        out() << "pull: " << pulled << " tickets (" << messages << " messages) in " << QString::number(seconds, 'f', 1)
              << " s = " << QString::number(static_cast<double>(pulled) / seconds, 'f', 1) << " tickets/s" << Qt::endl;
    }

    // 2. A full sync into a fresh SQLite store.
    {
        QTemporaryDir dir;
        std::unique_ptr<DecisionStore> store
            = DecisionStore::open(dir.filePath(QStringLiteral("bench.sqlite")), &error);
        if (!store) {
            std::fprintf(stderr, "bench_sources: %s\n", qPrintable(error));
            return 1;
        }
        const std::unique_ptr<TicketSource> source = createTicketSource(config, &error);
        SyncRunner runner(store.get(), source.get());
        QElapsedTimer timer;
        timer.start();
        const SyncReport report = runner.run();
        const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
        if (!report.ok()) {
            std::fprintf(stderr, "bench_sources: %s\n", qPrintable(report.errorString));
            return 1;
        }
        out() << "sync into SQLite: " << report.pulled << " tickets in " << QString::number(seconds, 'f', 1)
              << " s = " << QString::number(static_cast<double>(report.pulled) / seconds, 'f', 1) << " tickets/s"
              << Qt::endl;
    }
    return 0;
}
