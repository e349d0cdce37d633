// The queue model and its sort/filter proxy: what the agent's table relies on, checked with
// QAbstractItemModelTester while sorting, filtering and updating.

#include "queue/queueproxymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTimeZone>
#include <QtTest>

using namespace RouteDesk;

namespace {

Taxonomy taxonomy()
{
    return Taxonomy({{QStringLiteral("billing"), QStringLiteral("Billing"), {}, QStringLiteral("billing_team")},
                     {QStringLiteral("technical"), QStringLiteral("Technical"), {}, QStringLiteral("tech_team")},
                     {QStringLiteral("general"), QStringLiteral("General"), {}, QStringLiteral("front")}});
}

QueueEntry entry(qint64 id, const QString &subject, const QString &priority, int ageHours, const QString &category,
                 double confidence, const QStringList &flags = {}, TicketState state = TicketState::New)
{
    QueueEntry e;
    e.ticket.id = id;
    e.ticket.externalId = QStringLiteral("T-%1").arg(id);
    e.ticket.subject = subject;
    e.ticket.requesterName = QStringLiteral("Requester %1").arg(id);
    e.ticket.requesterEmail = QStringLiteral("r%1@example.org").arg(id);
    e.ticket.priority = priority;
    e.ticket.createdAt = QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc()).addSecs(-3600LL * ageHours);
    if (!category.isNull()) {
        RoutingDecision d;
        d.ticketId = id;
        d.category = category;
        d.confidence = confidence;
        for (const QString &code : flags)
            d.flags << EscalationFlag {code, QStringLiteral("because of %1").arg(code)};
        e.decision = d;
    }
    e.state = state;
    return e;
}

QList<QueueEntry> sample()
{
    return {
        entry(1, QStringLiteral("Invoice missing"), QStringLiteral("normal"), 5, QStringLiteral("billing"), 0.91),
        entry(2, QStringLiteral("App crashes on start"), QStringLiteral("urgent"), 1, QStringLiteral("technical"), 0.55,
              {QStringLiteral("urgent"), QStringLiteral("low_confidence")}),
        entry(3, QStringLiteral("account hacked"), QStringLiteral("high"), 30, QStringLiteral("technical"), 0.42,
              {QStringLiteral("security_incident")}, TicketState::Escalated),
        entry(4, QStringLiteral("Question about pricing"), QStringLiteral("low"), 80, QStringLiteral("general"), 0.77,
              {}, TicketState::Accepted),
        entry(5, QStringLiteral("Not routed yet"), QStringLiteral("normal"), 2, QString(), 0.0),
    };
}

const QDateTime now = QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc());

QList<qint64> order(const QueueProxyModel &proxy)
{
    QList<qint64> ids;
    for (int r = 0; r < proxy.rowCount(); ++r)
        ids << proxy.index(r, 0).data(QueueModel::TicketIdRole).toLongLong();
    return ids;
}

} // namespace

class TestQueueModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsShowWhatTheQueueHas()
    {
        QueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTaxonomy(taxonomy());
        model.setRows(QueueModel::makeRows(sample(), taxonomy(), now));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(QueueModel::ColumnCount));
        QCOMPARE(model.index(0, QueueModel::SubjectColumn).data().toString(), QStringLiteral("Invoice missing"));
        QCOMPARE(model.index(0, QueueModel::CategoryColumn).data().toString(), QStringLiteral("Billing"));
        QCOMPARE(model.index(0, QueueModel::ConfidenceColumn).data(QueueModel::ConfidenceRole).toDouble(), 0.91);
        QCOMPARE(model.index(0, QueueModel::AgeColumn).data().toString(), QStringLiteral("5 h"));
        QCOMPARE(model.index(3, QueueModel::AgeColumn).data().toString(), QStringLiteral("3 d"));
        QCOMPARE(model.index(1, QueueModel::PriorityColumn).data().toString(), QStringLiteral("Urgent"));
        QCOMPARE(model.index(2, QueueModel::StateColumn).data().toString(), QStringLiteral("Escalated"));
        QCOMPARE(model.index(4, QueueModel::ConfidenceColumn).data(QueueModel::ConfidenceRole).toDouble(), -1.0);
        QCOMPARE(model.index(1, QueueModel::FlagsColumn).data(QueueModel::FlagCodesRole).toStringList(),
                 QStringList({QStringLiteral("urgent"), QStringLiteral("low_confidence")}));
        const QString tip = model.index(1, QueueModel::FlagsColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("because of urgent")) && tip.contains(QLatin1String("Low confidence")),
                 qPrintable(tip));
        QCOMPARE(model.rowOfTicket(3), 2);
        QCOMPARE(model.rowOfTicket(99), -1);
        QCOMPARE(model.countInState(TicketState::New), 3);
    }

    // An overridden ticket shows where it went, with the suggestion it replaced; an accepted one its category.
    void overriddenRowShowsItsFinalCategory()
    {
        QList<QueueEntry> entries = sample();
        QueueEntry overridden = entry(6, QStringLiteral("Charged twice"), QStringLiteral("normal"), 3,
                                      QStringLiteral("technical"), 0.6, {}, TicketState::Overridden);
        AgentAction action;
        action.type = ActionType::Override;
        action.category = QStringLiteral("billing");
        overridden.lastAction = action;
        entries << overridden;
        QueueModel model;
        model.setTaxonomy(taxonomy());
        model.setRows(QueueModel::makeRows(std::move(entries), taxonomy(), now));
        const int row = model.rowOfTicket(6);
        QCOMPARE(model.index(row, QueueModel::CategoryColumn).data().toString(),
                 QStringLiteral("Billing (was Technical)"));
        QCOMPARE(model.index(row, QueueModel::CategoryColumn).data(QueueModel::FinalCategoryIdRole).toString(),
                 QStringLiteral("billing"));
        QCOMPARE(model.index(row, QueueModel::CategoryColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Suggested: Technical, final: Billing"));
        QCOMPARE(model.index(model.rowOfTicket(4), QueueModel::CategoryColumn).data().toString(),
                 QStringLiteral("General"));
    }

    // A reason that already names its flag ("Legal threat: the ticket mentions ...") is not prefixed again.
    void flagToolTipsDoNotRepeatTheirName()
    {
        QueueEntry e = entry(1, QStringLiteral("Lawyer"), QStringLiteral("normal"), 1, QStringLiteral("general"), 0.4);
        e.decision->flags
            = {{QStringLiteral("legal_threat"), QStringLiteral("Legal threat: the ticket mentions \"lawyer\"")},
               {QStringLiteral("urgent"), QStringLiteral("Sounds urgent (learned detector 0.42, threshold 0.10)")},
               {QStringLiteral("low_confidence"),
                QStringLiteral("Confidence 40 % for General is below the threshold 50 %")}};
        QueueModel model;
        model.setTaxonomy(taxonomy());
        model.setRows(QueueModel::makeRows({e}, taxonomy(), now));
        QCOMPARE(model.index(0, QueueModel::FlagsColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Legal threat: the ticket mentions \"lawyer\"\n"
                                "Sounds urgent (learned detector 0.42, threshold 0.10)\n"
                                "Low confidence: Confidence 40 % for General is below the threshold 50 %"));
        QCOMPARE(QueueModel::flagLine(QStringLiteral("abuse"), QStringLiteral("Abusive language: \"idiot\"")),
                 QStringLiteral("Abuse: Abusive language: \"idiot\""));
        QCOMPARE(QueueModel::flagLine(QStringLiteral("vip"), QStringLiteral("Customer tier \"gold\" is a VIP tier")),
                 QStringLiteral("Customer tier \"gold\" is a VIP tier"));
        // The bar turns amber exactly when the policy flagged low confidence.
        QVERIFY(model.index(0, QueueModel::ConfidenceColumn).data(QueueModel::LowConfidenceRole).toBool());
    }

    // A large queue is built in parts on several threads: the rows are the same, in the same order, as one by one.
    void largeQueueRowsMatchOneByOne()
    {
        const QList<QueueEntry> base = sample();
        QList<QueueEntry> entries;
        for (int i = 0; i < 25000; ++i) {
            QueueEntry e = base.at(i % base.size());
            e.ticket.id = i + 1;
            e.ticket.subject += QString::number(i);
            entries << e;
        }
        QueueModel model;
        model.setTaxonomy(taxonomy());
        model.setRows(QueueModel::makeRows(QList<QueueEntry>(entries), taxonomy(), now));
        QCOMPARE(model.rowCount(), 25000);
        for (int i : {0, 1, 6249, 6250, 12499, 12500, 18749, 18750, 24999}) {
            const QueueRow expected = QueueModel::makeRow(entries.at(i), taxonomy(), now);
            QCOMPARE(model.index(i, 0).data(QueueModel::TicketIdRole).toLongLong(), expected.ticketId);
            QCOMPARE(model.index(i, QueueModel::SubjectColumn).data().toString(), expected.subject);
            QCOMPARE(model.index(i, QueueModel::CategoryColumn).data().toString(), expected.categoryText);
            QCOMPARE(model.index(i, QueueModel::FlagsColumn).data(QueueModel::FlagCodesRole).toStringList().size(),
                     expected.flags.size());
        }
    }

    void sortsByEveryColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("priority") << int(QueueModel::PriorityColumn) << int(Qt::AscendingOrder)
                                  << QList<qint64> {2, 3, 1, 5, 4}; // ties: the older ticket first
        QTest::newRow("age, newest first")
            << int(QueueModel::AgeColumn) << int(Qt::AscendingOrder) << QList<qint64> {2, 5, 1, 3, 4};
        QTest::newRow("subject") << int(QueueModel::SubjectColumn) << int(Qt::AscendingOrder)
                                 << QList<qint64> {3, 2, 1, 5, 4};
        QTest::newRow("confidence, highest first")
            << int(QueueModel::ConfidenceColumn) << int(Qt::DescendingOrder) << QList<qint64> {1, 4, 2, 3, 5};
        QTest::newRow("flags") << int(QueueModel::FlagsColumn) << int(Qt::DescendingOrder)
                               << QList<qint64> {2, 3, 4, 1, 5};
        QTest::newRow("state") << int(QueueModel::StateColumn) << int(Qt::AscendingOrder)
                               << QList<qint64> {1, 5, 2, 4, 3};
        QTest::newRow("category") << int(QueueModel::CategoryColumn) << int(Qt::AscendingOrder)
                                  << QList<qint64> {5, 1, 4, 3, 2};
    }

    void sortsByEveryColumn()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QList<qint64>, expected);
        QueueModel model;
        QueueProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTaxonomy(taxonomy());
        model.setRows(QueueModel::makeRows(sample(), taxonomy(), now));
        proxy.sort(column, Qt::SortOrder(order));
        QCOMPARE(::order(proxy), expected);
    }

    // Subjects that share their first 24 characters (what the sort packs into integers) are ordered by the whole
    // text, whichever side is the longer one: the comparison must be a strict weak ordering.
    void sortsSubjectsWithALongSharedPrefix()
    {
        const QString prefix = QStringLiteral("Invoice for the workspace");
        QVERIFY(prefix.size() > 24);
        QList<QueueEntry> entries;
        for (int i = 0; i < 60; ++i) {
            const QString subject = i % 3 == 0 ? prefix.left(24) : prefix + QString::number((i * 37) % 100);
            entries << entry(i + 1, subject, QStringLiteral("normal"), i, QStringLiteral("billing"), 0.9);
        }
        QueueModel model;
        QueueProxyModel proxy;
        proxy.setSourceModel(&model);
        model.setTaxonomy(taxonomy());
        model.setRows(QueueModel::makeRows(std::move(entries), taxonomy(), now));
        for (const Qt::SortOrder sortOrder : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(QueueModel::SubjectColumn, sortOrder);
            for (int r = 1; r < proxy.rowCount(); ++r) {
                const QString before = proxy.index(r - 1, QueueModel::SubjectColumn).data().toString();
                const QString after = proxy.index(r, QueueModel::SubjectColumn).data().toString();
                const int c = before.toCaseFolded().compare(after.toCaseFolded());
                QVERIFY2(sortOrder == Qt::AscendingOrder ? c <= 0 : c >= 0,
                         qPrintable(QStringLiteral("row %1: \"%2\" before \"%3\"").arg(r).arg(before, after)));
            }
        }
    }

    void sortKeepsPersistentIndexes()
    {
        QueueModel model;
        QueueProxyModel proxy;
        proxy.setSourceModel(&model);
        model.setRows(QueueModel::makeRows(sample(), taxonomy(), now));
        proxy.sort(QueueModel::SubjectColumn);
        const QPersistentModelIndex pinned = proxy.index(proxy.rowOfTicket(4), QueueModel::SubjectColumn);
        QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
        proxy.sort(QueueModel::PriorityColumn);
        QCOMPARE(layout.count(), 1);
        QVERIFY(pinned.isValid());
        QCOMPARE(pinned.data(QueueModel::TicketIdRole).toLongLong(), 4);
        QCOMPARE(pinned.row(), proxy.rowOfTicket(4));
    }

    void filters_data()
    {
        QTest::addColumn<QueueFilter>("filter");
        QTest::addColumn<QList<qint64>>("expected");
        QueueFilter state;
        state.state = TicketState::New;
        QTest::newRow("state new") << state << QList<qint64> {1, 2, 5};
        QueueFilter category;
        category.category = QStringLiteral("technical");
        QTest::newRow("category") << category << QList<qint64> {2, 3};
        QueueFilter flag;
        flag.flag = QStringLiteral("security_incident");
        QTest::newRow("one flag") << flag << QList<qint64> {3};
        QueueFilter anyFlag;
        anyFlag.flag = QueueFilter::anyFlag();
        QTest::newRow("any flag") << anyFlag << QList<qint64> {2, 3};
        QueueFilter text;
        text.text = QStringLiteral("  APP   start ");
        QTest::newRow("words, any case") << text << QList<qint64> {2};
        QueueFilter byRequester;
        byRequester.text = QStringLiteral("r4@example");
        QTest::newRow("requester address") << byRequester << QList<qint64> {4};
        QueueFilter byCategoryName;
        byCategoryName.text = QStringLiteral("billing");
        QTest::newRow("category name") << byCategoryName << QList<qint64> {1};
        QueueFilter combined;
        combined.state = TicketState::New;
        combined.category = QStringLiteral("technical");
        QTest::newRow("state and category") << combined << QList<qint64> {2};
        QueueFilter ids;
        ids.ticketIds = {4, 5, 77};
        QTest::newRow("ticket ids") << ids << QList<qint64> {4, 5};
        QueueFilter none;
        none.text = QStringLiteral("nothing like this");
        QTest::newRow("no match") << none << QList<qint64> {};
    }

    void filters()
    {
        QFETCH(QueueFilter, filter);
        QFETCH(QList<qint64>, expected);
        QueueModel model;
        QueueProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTaxonomy(taxonomy());
        model.setRows(QueueModel::makeRows(sample(), taxonomy(), now));
        proxy.sort(-1);
        proxy.setFilter(filter);
        QList<qint64> ids = order(proxy);
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, expected);
        for (qint64 id : expected)
            QCOMPARE(proxy.ticketAt(proxy.rowOfTicket(id)), id);
        proxy.setFilter({});
        QCOMPARE(proxy.rowCount(), 5);
    }

    void updatedRowKeepsItsPlaceAndSignals()
    {
        QueueModel model;
        QueueProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTaxonomy(taxonomy());
        model.setRows(QueueModel::makeRows(sample(), taxonomy(), now));
        QueueFilter filter;
        filter.state = TicketState::New;
        proxy.setFilter(filter);
        proxy.sort(QueueModel::PriorityColumn);
        const int row = proxy.rowOfTicket(1);
        QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
        QueueEntry accepted = sample().first();
        accepted.state = TicketState::Accepted;
        QVERIFY(model.updateEntry(accepted));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
        // Still shown where it was, now accepted: the row does not jump away under the agent's cursor.
        QCOMPARE(proxy.rowOfTicket(1), row);
        QCOMPARE(proxy.index(row, QueueModel::StateColumn).data().toString(), QStringLiteral("Accepted"));
        QueueEntry unknown = sample().first();
        unknown.ticket.id = 42;
        QVERIFY(!model.updateEntry(unknown));
        // The next filter change applies the filter again.
        proxy.setFilter({});
        proxy.setFilter(filter);
        QCOMPARE(proxy.rowOfTicket(1), -1);
    }

    void resetFromSourceKeepsSortAndFilter()
    {
        QueueModel model;
        QueueProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QueueFilter filter;
        filter.flag = QueueFilter::anyFlag();
        proxy.setFilter(filter);
        proxy.sort(QueueModel::ConfidenceColumn, Qt::DescendingOrder);
        model.setRows(QueueModel::makeRows(sample(), taxonomy(), now));
        QCOMPARE(order(proxy), (QList<qint64> {2, 3}));
        model.setRows({});
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestQueueModel)
#include "test_queuemodel.moc"
