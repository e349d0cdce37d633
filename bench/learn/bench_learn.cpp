// bench_learn: retrain time and report time for a store with 100,000 decisions.
//
//   bench_learn [--tickets N] [--dir FOLDER] [--postgres URL]
//
// Builds a SQLite store (a new file in a temporary folder, or in --dir; or a PostgreSQL database at --postgres)
// with N tickets (default 50,000) drawn from the demo history and queue with a per-ticket suffix, two routing
// decisions per ticket (100,000 for the default), and one agent action per ticket (about 70% accepts, 20%
// overrides, 10% escalations). Decisions come from the demo model's predictions of the underlying texts, so the
// numbers look like a real store's. Then it times retrain() (demo history + every stored final category, 25%
// held out, compared with the bundled model) and buildReport() + HTML/JSON output over all time.

#include "learn/activemodel.h"
#include "learn/report.h"
#include "learn/retrainer.h"

#include "classify/trainingdata.h"
#include "io/recordreader.h"
#include "model/modeljson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace RouteDesk;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double seconds(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e9;
}

QList<Ticket> baseTickets()
{
    QList<Ticket> tickets;
    for (const char *file : {":/demo/history.jsonl", ":/demo/queue.jsonl"}) {
        QList<Record> records;
        QString error;
        if (!RecordReader::readAll(QString::fromLatin1(file), &records, &error))
            qFatal("%s", qPrintable(error));
        for (const Record &record : std::as_const(records)) {
            Ticket ticket;
            if (!fromJson(record.fields, &ticket, &error))
                qFatal("%s", qPrintable(error));
            tickets.append(ticket);
        }
    }
    return tickets;
}

bool fill(DecisionStore &store, const TextClassifier &model, int count, QString *error)
{
    const QList<Ticket> base = baseTickets();
    QStringList texts;
    for (const Ticket &ticket : base)
        texts.append(ticket.text());
    const QList<Prediction> predictions = predictAll(model, texts, false);
    const QStringList agents {QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("chloe"),
                              QStringLiteral("dara"), QStringLiteral("eli")};
    const QStringList categories = model.categories();
    QRandomGenerator random(42);
    const QDateTime start(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
    const int batch = 2000;
    for (int first = 0; first < count; first += batch) {
        QList<Ticket> tickets;
        QList<int> sources;
        for (int i = first; i < std::min(count, first + batch); ++i) {
            const int b = int(random.bounded(qsizetype(base.size())));
            Ticket ticket = base.at(b);
            ticket.source = QStringLiteral("bench");
            ticket.externalId = QStringLiteral("B-%1").arg(i);
            ticket.body += QStringLiteral("\n(ref %1)").arg(i);
            ticket.createdAt = start.addSecs(qint64(i) * 300);
            tickets.append(ticket);
            sources.append(b);
        }
        if (!store.upsertTickets(&tickets)) {
            *error = store.errorString();
            return false;
        }
        QList<RoutingDecision> decisions;
        for (qsizetype i = 0; i < tickets.size(); ++i) {
            const Prediction &prediction = predictions.at(sources.at(i));
            RoutingDecision decision;
            decision.ticketId = tickets.at(i).id;
            decision.category = prediction.category();
            decision.confidence = prediction.confidence();
            decision.alternatives = prediction.ranked;
            decision.specialist = decision.category;
            if (decision.confidence < model.threshold())
                decision.flags.append({QStringLiteral("low_confidence"), QStringLiteral("below the threshold")});
            decision.modelVersion = model.version();
            decision.decidedAt = tickets.at(i).createdAt.addSecs(60);
            decisions.append(decision);
            RoutingDecision again = decision; // re-routed after a sync
            again.decidedAt = decision.decidedAt.addSecs(600);
            decisions.append(again);
        }
        if (!store.recordDecisions(&decisions)) {
            *error = store.errorString();
            return false;
        }
        for (qsizetype i = 0; i < tickets.size(); ++i) {
            const RoutingDecision &seen = decisions.at(2 * i + 1);
            AgentAction action;
            action.ticketId = tickets.at(i).id;
            action.decisionId = seen.id;
            action.agent = agents.at(random.bounded(qsizetype(agents.size())));
            action.at = seen.decidedAt.addSecs(1800);
            const int roll = int(random.bounded(100));
            if (roll < 70) {
                action.type = ActionType::Accept;
                action.category = seen.category;
            } else if (roll < 90) {
                action.type = ActionType::Override;
                action.category = categories.at(random.bounded(qsizetype(categories.size())));
                action.reasonCode = QStringLiteral("wrong_category");
            } else {
                action.type = ActionType::Escalate;
                action.category = seen.category;
                action.reasonCode = QStringLiteral("needs_specialist");
            }
            if (!store.recordAction(&action)) {
                *error = store.errorString();
                return false;
            }
        }
        out() << "  stored " << std::min(count, first + batch) << " tickets\r" << Qt::flush;
    }
    out() << '\n';
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("tickets"), QStringLiteral("Tickets (two decisions each)."), QStringLiteral("N"),
                      QStringLiteral("50000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Folder for the SQLite store."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("postgres"), QStringLiteral("An empty PostgreSQL database URL instead."),
                      QStringLiteral("URL")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("tickets")).toInt();

    QString error;
    LearningContext context;
    QElapsedTimer timer;
    timer.start();
    if (!loadLearningContext({}, &context, &error))
        qFatal("%s", qPrintable(error));
    out() << "demo context (" << context.bundledDescription << ", " << context.history.size() << " history tickets) in "
          << QString::number(seconds(timer), 'f', 1) << " s\n";

    QTemporaryDir temporary;
    const QString setting = parser.isSet(QStringLiteral("postgres"))
        ? parser.value(QStringLiteral("postgres"))
        : (parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path())
            + QStringLiteral("/bench_learn.sqlite");
    auto store = DecisionStore::open(setting, &error);
    if (!store)
        qFatal("%s", qPrintable(error));
    timer.restart();
    if (store->ticketCount() == 0 && !fill(*store, *context.bundledModel, count, &error))
        qFatal("%s", qPrintable(error));
    out() << "store " << store->location().display() << ": " << store->ticketCount() << " tickets, "
          << 2 * store->ticketCount() << " decisions, filled in " << QString::number(seconds(timer), 'f', 1) << " s\n";

    timer.restart();
    Report report;
    ReportOptions reportOptions;
    reportOptions.threshold = context.bundledModel->threshold();
    if (!buildReport(*store, reportOptions, &report, &error))
        qFatal("%s", qPrintable(error));
    const double reportRead = seconds(timer);
    const QByteArray html = report.toHtml();
    const QByteArray json = report.toJson();
    const double reportTotal = seconds(timer);
    out() << "report: " << report.summary.decisions << " decisions, " << report.summary.tickets << " tickets read in "
          << QString::number(reportRead, 'f', 2) << " s; with HTML (" << html.size() / 1024 << " KiB) and JSON "
          << QString::number(reportTotal, 'f', 2) << " s\n";

    timer.restart();
    RetrainResult result;
    RetrainOptions options;
    if (!retrain(*store, context, options, {}, &result, &error))
        qFatal("%s", qPrintable(error));
    const TrainingSummary &s = result.summary;
    out() << "retrain: " << (s.historyExamples + s.storedAccepts + s.storedOverrides) << " training tickets ("
          << s.storedAccepts + s.storedOverrides << " from the store), " << s.heldOut << " held out, in "
          << QString::number(seconds(timer), 'f', 1) << " s (accuracy on held-out "
          << QString::number(100 * result.comparison.before.accuracy, 'f', 1) << "% -> "
          << QString::number(100 * result.comparison.after.accuracy, 'f', 1) << "%)\n";
    out() << "threads: " << QThread::idealThreadCount() << Qt::endl;
    return 0;
}
