// bench_context: how long the customer context of one ticket takes on a large store (issue 13).
//
//   bench_context [--tickets N] [--settled PERCENT] [--store FILE] [--samples N]
//
// Builds a SQLite store of N tickets (default 100,000) from a handful of topics, about five tickets per
// requester, every ticket routed and PERCENT of them settled by an accept or override, then times
// customerContext() for random tickets: the whole call and the requester part alone. --store reuses (or keeps)
// the file.

#include "store/customercontext.h"
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

#include <algorithm>

using namespace RouteDesk;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Topic
{
    QString category;
    QStringList words;
};

const QList<Topic> &topics()
{
    static const QList<Topic> list {
        {QStringLiteral("billing"),
         QStringLiteral("invoice charged twice card payment subscription receipt vat billing address").split(u' ')},
        {QStringLiteral("refunds"),
         QStringLiteral("refund money back cancel cancellation charge returned reimburse").split(u' ')},
        {QStringLiteral("shipping"),
         QStringLiteral("parcel package delivery courier arrived tracking address late").split(u' ')},
        {QStringLiteral("account"),
         QStringLiteral("login password reset locked two-factor email verification sso").split(u' ')},
        {QStringLiteral("technical"),
         QStringLiteral("crash error slow loading gantt export sync browser freeze bug").split(u' ')},
        {QStringLiteral("security"),
         QStringLiteral("phishing suspicious breach leaked token unauthorised access").split(u' ')},
        {QStringLiteral("how_to"),
         QStringLiteral("how board template column filter automation guest permissions").split(u' ')},
        {QStringLiteral("sales"), QStringLiteral("quote seats discount enterprise plan trial upgrade").split(u' ')}};
    return list;
}

const QStringList kFiller
    = QStringLiteral("hello please thanks the my our we you it is was this that since yesterday week team "
                     "project workspace again still help could would really need today")
          .split(u' ');

QString sentence(QRandomGenerator &random, const Topic &topic, int words)
{
    QStringList result;
    for (int i = 0; i < words; ++i) {
        const QStringList &pool = random.bounded(3) == 0 ? topic.words : kFiller;
        result << pool.at(random.bounded(int(pool.size())));
    }
    return result.join(u' ');
}

double percentile(QList<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0.0;
    return values.at(std::min(values.size() - 1, qsizetype(fraction * double(values.size()))));
}

bool build(DecisionStore &store, int count, int settledPercent, QRandomGenerator &random)
{
    QElapsedTimer timer;
    timer.start();
    const QDateTime start(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    QList<Ticket> tickets;
    tickets.reserve(count);
    QList<int> topicOf;
    for (int i = 0; i < count; ++i) {
        const int t = random.bounded(int(topics().size()));
        topicOf << t;
        Ticket ticket;
        ticket.source = QStringLiteral("bench");
        ticket.externalId = QString::number(i + 1);
        ticket.subject = sentence(random, topics().at(t), 6);
        ticket.body = sentence(random, topics().at(t), 120);
        ticket.requesterEmail = QStringLiteral("Customer%1@Example.com").arg(random.bounded(count / 5 + 1));
        ticket.requesterName = ticket.requesterEmail.section(u'@', 0, 0);
        ticket.createdAt = start.addSecs(60 * i);
        ticket.messages = {{ticket.requesterName, ticket.requesterEmail, ticket.createdAt, ticket.body, true, true}};
        tickets << ticket;
    }
    if (!store.upsertTickets(&tickets))
        return false;
    QList<RoutingDecision> decisions;
    decisions.reserve(count);
    for (int i = 0; i < count; ++i) {
        RoutingDecision decision;
        decision.ticketId = tickets.at(i).id;
        decision.category = topics().at(topicOf.at(i)).category;
        decision.confidence = 0.5 + random.generateDouble() / 2;
        decision.specialist = decision.category;
        decision.draft = sentence(random, topics().at(topicOf.at(i)), 60);
        decision.decidedAt = tickets.at(i).createdAt.addSecs(5);
        decisions << decision;
    }
    if (!store.recordDecisions(&decisions))
        return false;
    // Actions straight through the connection in one transaction: recordAction() syncs each one, which is right
    // for an agent and hours for a benchmark's 60,000.
    QSqlDatabase db = store.connection();
    QSqlQuery query(db);
    if (!db.transaction())
        return false;
    query.prepare(QStringLiteral("INSERT INTO actions (ticket_id, decision_id, action_type, category, specialist, "
                                 "reason_code, reason, escalation_target, agent, acted_at, recorded_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, '', 'bench', ?, ?)"));
    int settled = 0;
    for (int i = 0; i < count; ++i) {
        if (random.bounded(100) >= settledPercent)
            continue;
        const bool override = random.bounded(5) == 0;
        const QString category
            = override ? topics().at(random.bounded(int(topics().size()))).category : decisions.at(i).category;
        const qint64 at = tickets.at(i).createdAt.addSecs(600).toMSecsSinceEpoch();
        const QVariantList values {tickets.at(i).id,
                                   decisions.at(i).id,
                                   override ? QStringLiteral("override") : QStringLiteral("accept"),
                                   category,
                                   category,
                                   override ? QStringLiteral("wrong_category") : QStringLiteral(""),
                                   override ? QStringLiteral("customer meant something else") : QStringLiteral(""),
                                   at,
                                   at};
        for (int v = 0; v < values.size(); ++v)
            query.bindValue(v, values.at(v));
        if (!query.exec()) {
            out() << "insert failed: " << query.lastError().text() << Qt::endl;
            db.rollback();
            return false;
        }
        ++settled;
    }
    if (!db.commit())
        return false;
    out() << QStringLiteral("built %1 tickets, %2 settled, in %3 s")
                 .arg(count)
                 .arg(settled)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Customer context benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("tickets"), QStringLiteral("Tickets in a new store."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("settled"), QStringLiteral("Percent of tickets settled."),
                      QStringLiteral("PERCENT"), QStringLiteral("60")});
    parser.addOption(
        {QStringLiteral("samples"), QStringLiteral("Tickets to time."), QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption(
        {QStringLiteral("store"), QStringLiteral("SQLite file to reuse or keep."), QStringLiteral("FILE")});
    parser.process(app);

    QTemporaryDir temporary;
    const QString file = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store"))
                                                               : temporary.filePath(QStringLiteral("context.sqlite"));
    const bool existing = QFileInfo::exists(file);
    QString error;
    std::unique_ptr<DecisionStore> store = DecisionStore::open(file, &error);
    if (!store) {
        out() << error << Qt::endl;
        return 1;
    }
    QRandomGenerator random(13);
    if (!existing
        && !build(*store, parser.value(QStringLiteral("tickets")).toInt(),
                  parser.value(QStringLiteral("settled")).toInt(), random)) {
        out() << "cannot build the store: " << store->errorString() << Qt::endl;
        return 1;
    }
    const int total = store->ticketCount();
    const int samples = parser.value(QStringLiteral("samples")).toInt();
    CustomerContextOptions requesterOnly;
    requesterOnly.similarLimit = 0;
    QList<double> whole;
    QList<double> requester;
    int compared = 0;
    int similar = 0;
    int others = 0;
    // One warm-up call: the first read pulls the pages into the cache.
    customerContext(*store, 1);
    for (int i = 0; i < samples; ++i) {
        const qint64 id = 1 + random.bounded(total);
        QElapsedTimer timer;
        timer.start();
        const CustomerContext context = customerContext(*store, id);
        whole << double(timer.nsecsElapsed()) / 1e6;
        if (!context.ok()) {
            out() << context.error << Qt::endl;
            return 1;
        }
        compared += context.candidatesCompared;
        similar += int(context.similarTickets.size());
        others += int(context.requesterTickets.size());
        timer.restart();
        customerContext(*store, id, requesterOnly);
        requester << double(timer.nsecsElapsed()) / 1e6;
    }
    out() << QStringLiteral("%1 tickets; customerContext() over %2 tickets: median %3 ms, p95 %4 ms, max %5 ms "
                            "(%6 candidates compared, %7 similar and %8 of the requester's tickets on average)")
                 .arg(total)
                 .arg(samples)
                 .arg(percentile(whole, 0.5), 0, 'f', 1)
                 .arg(percentile(whole, 0.95), 0, 'f', 1)
                 .arg(percentile(whole, 1.0), 0, 'f', 1)
                 .arg(samples ? compared / samples : 0)
                 .arg(samples ? double(similar) / samples : 0.0, 0, 'f', 1)
                 .arg(samples ? double(others) / samples : 0.0, 0, 'f', 1)
          << Qt::endl;
    out() << QStringLiteral("requester part alone: median %1 ms, p95 %2 ms")
                 .arg(percentile(requester, 0.5), 0, 'f', 1)
                 .arg(percentile(requester, 0.95), 0, 'f', 1)
          << Qt::endl;
    return 0;
}
