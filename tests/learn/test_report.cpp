// The report's numbers equal counts computed directly from the store with SQL, on SQLite and on PostgreSQL; the
// HTML report is self-contained and escapes ticket text; JSON starts with the summary; CSV is well-formed.

#include "testsupport.h"

#include "io/recordreader.h"
#include "learn/report.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace RouteDesk;

namespace {

const QDateTime kStart(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
const QStringList kCategories {QStringLiteral("billing"), QStringLiteral("technical"), QStringLiteral("account_access"),
                               QStringLiteral("general")};
const QStringList kAgents {QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("chloe")};

// 84 tickets over ten days: every kind of action sequence, re-routed tickets, flags, undos after the period.
bool fill(DecisionStore &store, QString *error)
{
    QList<Ticket> tickets;
    for (int i = 0; i < 84; ++i) {
        Ticket ticket;
        ticket.source = QStringLiteral("report");
        ticket.externalId = QString::number(i + 1);
        ticket.subject = i % 8 == 1 ? QStringLiteral("<script>alert('x')</script> & \"refund\" now")
                                    : QStringLiteral("Ticket %1 about %2").arg(i).arg(kCategories.at(i % 4));
        ticket.body = QStringLiteral("Body of ticket %1").arg(i);
        tickets.append(ticket);
    }
    if (!store.upsertTickets(&tickets)) {
        *error = store.errorString();
        return false;
    }
    for (int i = 0; i < tickets.size(); ++i) {
        const qint64 ticketId = tickets.at(i).id;
        const QDateTime decided = kStart.addDays(i % 10).addSecs(3600LL * (i % 7));
        RoutingDecision decision;
        decision.ticketId = ticketId;
        decision.category = kCategories.at(i % 4);
        decision.confidence = 0.3 + 0.69 * ((i * 37) % 100) / 100.0;
        if (decision.confidence < 0.5)
            decision.flags.append({QStringLiteral("low_confidence"), QStringLiteral("low")});
        if (i % 9 == 0)
            decision.flags.append({QStringLiteral("vip"), QStringLiteral("vip")});
        decision.decidedAt = decided;
        if (!store.recordDecision(&decision)) {
            *error = store.errorString();
            return false;
        }
        if (i % 13 == 0) { // re-routed later: the agent saw the second decision
            RoutingDecision again = decision;
            again.id = 0;
            again.category = kCategories.at((i + 1) % 4);
            again.flags.clear();
            again.decidedAt = decided.addSecs(600);
            if (!store.recordDecision(&again)) {
                *error = store.errorString();
                return false;
            }
            decision = again;
        }
        if (i % 19 == 4) { // a decision without a time
            RoutingDecision untimed = decision;
            untimed.id = 0;
            untimed.decidedAt = QDateTime();
            if (!store.recordDecision(&untimed)) {
                *error = store.errorString();
                return false;
            }
        }
        AgentAction base;
        base.ticketId = ticketId;
        base.decisionId = decision.id;
        base.agent = kAgents.at(i % 3);
        base.at = decided.addSecs(3600 * 5); // some spill into the next day
        auto act = [&](ActionType type, const QString &category, const QDateTime &at, qint64 undoes = 0) {
            AgentAction action = base;
            action.type = type;
            action.category = category;
            action.at = at;
            action.undoesActionId = undoes;
            if (type == ActionType::Escalate)
                action.reasonCode = i % 2 ? QStringLiteral("needs_specialist") : QStringLiteral("angry_customer");
            if (type == ActionType::Override)
                action.reasonCode = QStringLiteral("wrong_category");
            if (!store.recordAction(&action)) {
                *error = store.errorString();
                return qint64(0);
            }
            return action.id;
        };
        const QString other = kCategories.at((i + 2) % 4);
        const QDateTime t = base.at;
        switch (i % 8) {
        case 0:
            if (!act(ActionType::Accept, decision.category, t))
                return false;
            break;
        case 1:
            if (!act(ActionType::Override, other, t))
                return false;
            break;
        case 2:
            if (!act(ActionType::Escalate, decision.category, t))
                return false;
            break;
        case 3: { // accepted, undone three days later (maybe outside the period)
            const qint64 a = act(ActionType::Accept, decision.category, t);
            if (!a || !act(ActionType::Undo, {}, t.addDays(3), a))
                return false;
            break;
        }
        case 4: { // overridden, undone, accepted
            const qint64 a = act(ActionType::Override, other, t);
            if (!a || !act(ActionType::Undo, {}, t.addSecs(60), a)
                || !act(ActionType::Accept, decision.category, t.addSecs(120)))
                return false;
            break;
        }
        case 5: { // escalated, undone, overridden to the same category it had (counts as right)
            const qint64 a = act(ActionType::Escalate, decision.category, t);
            if (!a || !act(ActionType::Undo, {}, t.addSecs(60), a)
                || !act(ActionType::Override, decision.category, t.addSecs(120)))
                return false;
            break;
        }
        case 6: // escalated, then accepted
            if (!act(ActionType::Escalate, decision.category, t)
                || !act(ActionType::Accept, decision.category, t.addDays(1)))
                return false;
            break;
        default: // untouched
            break;
        }
    }
    return true;
}

QString period(const QString &column, const QDateTime &from, const QDateTime &to)
{
    QString sql;
    if (from.isValid())
        sql += QStringLiteral(" AND %1 >= %2").arg(column).arg(from.toMSecsSinceEpoch());
    if (to.isValid())
        sql += QStringLiteral(" AND %1 < %2").arg(column).arg(to.toMSecsSinceEpoch());
    return sql;
}

// The live actions (not undos, not undone) and each ticket's effective one, written independently of the store.
const QString kEffective = QStringLiteral(
    "WITH live AS (SELECT * FROM actions a WHERE a.action_type <> 'undo' AND a.id NOT IN "
    "(SELECT undoes_action_id FROM actions WHERE undoes_action_id IS NOT NULL)), "
    "eff AS (SELECT l.* FROM live l JOIN (SELECT ticket_id, max(id) AS id FROM live GROUP BY ticket_id) m "
    "ON m.id = l.id) ");

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void numbersEqualSqlCounts_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::newRow("all time") << QDateTime() << QDateTime();
        QTest::newRow("days 3 to 7") << kStart.addDays(2).addSecs(-8 * 3600) << kStart.addDays(7).addSecs(-8 * 3600);
        QTest::newRow("from day 5") << kStart.addDays(4) << QDateTime();
        QTest::newRow("empty period") << kStart.addYears(-1) << kStart.addYears(-1).addDays(1);
    }
    void numbersEqualSqlCounts()
    {
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        checkAgainstSql(sqliteStore(), from, to);
    }

    void numbersEqualSqlCountsOnPostgres_data() { numbersEqualSqlCounts_data(); }
    void numbersEqualSqlCountsOnPostgres()
    {
        ROUTEDESK_REQUIRE_POSTGRES();
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        checkAgainstSql(postgresStore(), from, to);
    }

    void htmlIsSelfContainedAndEscaped()
    {
        Report report;
        QString error;
        ReportOptions options;
        options.threshold = 0.6;
        options.thresholdSource = QStringLiteral("<b>policy</b>");
        QVERIFY2(buildReport(sqliteStore(), options, &report, &error), qPrintable(error));
        const QString html = QString::fromUtf8(report.toHtml());
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QLatin1String("<svg")));
        QVERIFY(html.count(QLatin1String("<svg")) >= 4);
        static const QRegularExpression external(QStringLiteral("(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//"),
                                                 QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!external.match(html).hasMatch(), qPrintable(external.match(html).captured()));
        QVERIFY(!html.contains(QLatin1String("http://")) && !html.contains(QLatin1String("https://")));
        QVERIFY(!html.contains(QLatin1String("<link")));
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive)); // the planted subject is escaped
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(")));
        QVERIFY(html.contains(QLatin1String("&lt;b&gt;policy&lt;/b&gt;")));
        QVERIFY(html.contains(QLatin1String("Reliability")));
    }

    void jsonStartsWithTheSummaryAndCsvParses()
    {
        Report report;
        QString error;
        QVERIFY(buildReport(sqliteStore(), {}, &report, &error));
        const QByteArray json = report.toJson();
        static const QRegularExpression start(QStringLiteral(
            "^\\{\\s*\"summary\":\\s*\\{\\s*\"tickets\":\\s*\\d+,\\s*\"decisions\":\\s*\\d+,\\s*\"accepted\":\\s*\\d+,"
            "\\s*\"overrides\":\\s*\\d+,\\s*\"escalations\":\\s*\\d+,\\s*\"accuracy\":\\s*[0-9.e-]+\\s*\\}"));
        QVERIFY2(start.match(QString::fromUtf8(json)).hasMatch(), json.left(300).constData());
        const nlohmann::json parsed = nlohmann::json::parse(json.constBegin(), json.constEnd());
        QCOMPARE(parsed["summary"]["tickets"].get<int>(), report.summary.tickets);
        QCOMPARE(parsed["top_confusions"].size(), size_t(report.confusions.size()));
        QCOMPARE(parsed["calibration"]["bins"].size(), size_t(10));

        RecordReader reader;
        QVERIFY(reader.openData(report.toCsv(), RecordReader::Format::Csv, QStringLiteral("report.csv")));
        Record record;
        QHash<QString, QString> summary;
        int rows = 0;
        while (reader.next(&record)) {
            ++rows;
            if (record.fields["section"] == "summary")
                summary.insert(QString::fromStdString(record.fields["metric"].get<std::string>()),
                               QString::fromStdString(record.fields["value"].get<std::string>()));
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QVERIFY(rows > 20);
        QCOMPARE(summary.value(QStringLiteral("accepted")).toInt(), report.summary.accepted);
        QCOMPARE(summary.value(QStringLiteral("escalations")).toInt(), report.summary.escalations);
    }

private:
    DecisionStore &sqliteStore()
    {
        if (!m_sqlite) {
            QString error;
            m_sqlite = DecisionStore::open(m_dir.filePath(QStringLiteral("report.sqlite")), &error);
            if (!m_sqlite || !fill(*m_sqlite, &error))
                qFatal("%s", qPrintable(error));
        }
        return *m_sqlite;
    }
    DecisionStore &postgresStore()
    {
        if (!m_postgres) {
            QString error;
            m_postgresUrl = Test::createPostgresDatabase(&error);
            if (m_postgresUrl.isEmpty())
                qFatal("%s", qPrintable(error));
            m_postgres = DecisionStore::open(m_postgresUrl, &error);
            if (!m_postgres || !fill(*m_postgres, &error))
                qFatal("%s", qPrintable(error));
        }
        return *m_postgres;
    }

    static int sql(DecisionStore &store, const QString &text)
    {
        QSqlQuery query(store.connection());
        if (!query.exec(text) || !query.next())
            qFatal("%s: %s", qPrintable(text), qPrintable(query.lastError().text()));
        return query.value(0).toInt();
    }

    void checkAgainstSql(DecisionStore &store, const QDateTime &from, const QDateTime &to)
    {
        ReportOptions options;
        options.from = from;
        options.to = to;
        options.threshold = 0.7;
        Report report;
        QString error;
        QVERIFY2(buildReport(store, options, &report, &error), qPrintable(error));
        const QString inDecisions = period(QStringLiteral("decided_at"), from, to);
        const QString inActions = period(QStringLiteral("acted_at"), from, to);

        const int tickets = sql(store,
                                QStringLiteral("SELECT count(*) FROM (SELECT ticket_id FROM decisions WHERE "
                                               "1 = 1%1 UNION SELECT ticket_id FROM actions WHERE 1 = 1%2) x")
                                    .arg(inDecisions, inActions));
        const int decisions
            = sql(store, QStringLiteral("SELECT count(*) FROM decisions WHERE 1 = 1%1").arg(inDecisions));
        const int accepted = sql(
            store,
            kEffective + QStringLiteral("SELECT count(*) FROM eff WHERE action_type = 'accept'%1").arg(inActions));
        const int overrides = sql(
            store,
            kEffective + QStringLiteral("SELECT count(*) FROM eff WHERE action_type = 'override'%1").arg(inActions));
        const int correct
            = sql(store,
                  kEffective
                      + QStringLiteral("SELECT count(*) FROM eff JOIN decisions d ON d.id = eff.decision_id "
                                       "WHERE eff.action_type IN ('accept', 'override') AND d.category = "
                                       "eff.category%1")
                            .arg(inActions));
        const int escalations = sql(store,
                                    QStringLiteral("SELECT count(*) FROM actions a WHERE a.action_type = "
                                                   "'escalate' AND NOT EXISTS (SELECT 1 FROM actions u WHERE "
                                                   "u.undoes_action_id = a.id)%1")
                                        .arg(inActions));
        qInfo("%s: tickets %d decisions %d accepted %d overrides %d escalations %d correct %d",
              qPrintable(store.location().display()), tickets, decisions, accepted, overrides, escalations, correct);
        QCOMPARE(report.summary.tickets, tickets);
        QCOMPARE(report.summary.decisions, decisions);
        QCOMPARE(report.summary.accepted, accepted);
        QCOMPARE(report.summary.overrides, overrides);
        QCOMPARE(report.summary.escalations, escalations);
        QCOMPARE(report.summary.correct, correct);
        if (accepted + overrides > 0)
            QCOMPARE(report.summary.accuracy(), double(correct) / (accepted + overrides));
        if (!from.isValid() && !to.isValid()) {
            QVERIFY(accepted > 0 && overrides > 0 && escalations > 0 && correct < accepted + overrides);
            QVERIFY(decisions > tickets); // re-routed and untimed decisions
        }

        // Override rate by agent and by suggested category.
        for (const RateRow &row : report.byAgent) {
            const QString agentFilter = QStringLiteral(" AND agent = '%1'").arg(row.key);
            QCOMPARE(row.overrides,
                     sql(store,
                         kEffective
                             + QStringLiteral("SELECT count(*) FROM eff WHERE action_type = "
                                              "'override'%1%2")
                                   .arg(inActions, agentFilter)));
            QCOMPARE(row.settled,
                     sql(store,
                         kEffective
                             + QStringLiteral("SELECT count(*) FROM eff WHERE action_type IN "
                                              "('accept', 'override')%1%2")
                                   .arg(inActions, agentFilter)));
        }
        int settledByCategory = 0;
        for (const RateRow &row : report.byCategory) {
            settledByCategory += row.settled;
            QCOMPARE(row.overrides,
                     sql(store,
                         kEffective
                             + QStringLiteral("SELECT count(*) FROM eff JOIN decisions d ON d.id = eff.decision_id "
                                              "WHERE eff.action_type = 'override' AND d.category = '%1'%2")
                                   .arg(row.key, period(QStringLiteral("eff.acted_at"), from, to))));
        }
        QCOMPARE(settledByCategory, accepted + overrides);

        // Escalations by the agents' reasons add up; pipeline flags count latest decisions in the period.
        int byReason = 0;
        for (const ReasonRow &row : report.agentEscalations)
            byReason += row.count;
        QCOMPARE(byReason, escalations);
        const QString latest = QStringLiteral("SELECT count(*) FROM decisions d WHERE d.id = (SELECT max(z.id) FROM "
                                              "decisions z WHERE z.ticket_id = d.ticket_id)%1%2");
        QCOMPARE(report.automation.decided,
                 sql(store, latest.arg(period(QStringLiteral("d.decided_at"), from, to), QString())));
        QCOMPARE(report.automation.atThreshold,
                 sql(store,
                     latest.arg(period(QStringLiteral("d.decided_at"), from, to),
                                QStringLiteral(" AND d.confidence >= 0.7"))));
        for (const ReasonRow &row : report.pipelineEscalations)
            QCOMPARE(row.count,
                     sql(store,
                         latest.arg(period(QStringLiteral("d.decided_at"), from, to),
                                    QStringLiteral(" AND d.flags LIKE '%\"code\":\"%1\"%'").arg(row.code))));

        // Calibration covers exactly the settled tickets; confusions are the wrong ones.
        int binned = 0;
        for (const CalibrationBin &bin : report.calibration)
            binned += bin.count;
        QCOMPARE(binned, accepted + overrides);
        int confused = 0;
        for (const ConfusionRow &row : report.confusions)
            confused += row.count;
        QVERIFY(confused <= accepted + overrides - correct);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<DecisionStore> m_sqlite;
    std::unique_ptr<DecisionStore> m_postgres;
    QString m_postgresUrl;

public:
    ~TestReport() override
    {
        m_postgres.reset();
        if (!m_postgresUrl.isEmpty())
            Test::dropPostgresDatabase(m_postgresUrl);
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "test_report.moc"
