// The Request Tracker connector against a real RT 5 (scripts/test.sh starts it): queues and a custom field made
// through REST 2.0, seeded tickets with several messages, sync, write-back, conflicts, and a server stopped in the
// middle of a sync.

#include "enginetestsupport.h"
#include "fakeclock.h"
#include "rtadmin.h"

#include "pipeline/pipeline.h"
#include "sources/outboxdeliverer.h"
#include "sources/rtsource.h"
#include "sources/sourceworker.h"
#include "sources/syncrunner.h"
#include "store/decisionstore.h"

#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <QUuid>

using namespace RouteDesk;
using namespace RouteDesk::Test;

namespace {

const char *const kPasswordEnv = "ROUTEDESK_TEST_RT_SOURCE_PASSWORD";
const QString kCategoryField = QStringLiteral("RouteDesk Category");

const QStringList &queues()
{
    static const QStringList names
        = {QStringLiteral("Billing"), QStringLiteral("Accounts"), QStringLiteral("Technical"),
           QStringLiteral("Refunds"), QStringLiteral("General"),  QStringLiteral("Escalations")};
    return names;
}

nlohmann::json queueMap()
{
    return {{"billing", "Billing"},
            {"account_access", "Accounts"},
            {"technical", "Technical"},
            {"refund_cancellation", "Refunds"},
            {"general", "General"}};
}

struct Seeded
{
    qint64 id = 0;
    QString subject;
    int messages = 0;
};

// The minimal RT source document as docs/connectors.md gives it: the first ```json block after the line
// "<!-- minimal-rt-source -->". README.md must give the same document.
nlohmann::json documentedMinimalRtSource(QString *error)
{
    auto block = [&](const QString &file) -> nlohmann::json {
        QFile text(Test::sourceDir() + QLatin1Char('/') + file);
        if (!text.open(QIODevice::ReadOnly)) {
            *error = file + QStringLiteral(": cannot read");
            return {};
        }
        const QString content = QString::fromUtf8(text.readAll());
        const qsizetype marker = content.indexOf(QLatin1String("<!-- minimal-rt-source -->"));
        const qsizetype open = marker < 0 ? -1 : content.indexOf(QLatin1String("```json\n"), marker);
        const qsizetype close = open < 0 ? -1 : content.indexOf(QLatin1String("```"), open + 8);
        if (close < 0) {
            *error = file + QStringLiteral(": no json block after <!-- minimal-rt-source -->");
            return {};
        }
        const QByteArray json = content.mid(open + 8, close - open - 8).toUtf8();
        nlohmann::json parsed = nlohmann::json::parse(json.constBegin(), json.constEnd(), nullptr, false);
        if (parsed.is_discarded())
            *error = file + QStringLiteral(": the minimal RT source is not valid JSON");
        return parsed;
    };
    const nlohmann::json docs = block(QStringLiteral("docs/connectors.md"));
    if (!docs.is_object())
        return {};
    const nlohmann::json readme = block(QStringLiteral("README.md"));
    if (readme != docs) {
        *error = QStringLiteral("README.md and docs/connectors.md give different minimal RT sources");
        return {};
    }
    return docs;
}

} // namespace

class TestRtSource : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RtAdmin> m_rt;
    std::shared_ptr<const Pipeline> m_pipeline; // the demo workspace and model (tests/engine's support)
    QString m_run; // tag in every subject of this run, so reruns on one server never see each other's tickets
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<DecisionStore> m_store;
    FakeClock m_clock;
    int m_storeNumber = 0;
    // A Request Tracker as Debian installs it (only the queue General, no custom fields), started on first use and
    // never set up: what a new user connects to.
    std::unique_ptr<PrivateRt> m_stock;

    // The stock server's URL, or empty with *error (the caller skips or fails).
    QUrl stockRt(QString *error)
    {
        if (!m_stock) {
            auto server = std::make_unique<PrivateRt>();
            if (!server->start(error))
                return {};
            m_stock = std::move(server);
        }
        return m_stock->url();
    }

    // The warnings of one code, by name.
    static QMap<QString, SourceWarning> warningsOf(const SyncReport &report, SourceWarning::Code code)
    {
        QMap<QString, SourceWarning> found;
        for (const SourceWarning &warning : report.warnings)
            if (warning.code == code)
                found.insert(warning.name, warning);
        return found;
    }

    SourceConfig parsed(const nlohmann::json &document)
    {
        SourceConfig result;
        QString error;
        if (!SourceConfig::parse(document, {}, &result, &error))
            qFatal("bad RT source document: %s", qPrintable(error));
        return result;
    }

    bool prepareServer(RtAdmin *rt, QString *error)
    {
        for (const QString &queue : queues()) {
            if (!rt->ensureQueue(queue, error))
                return false;
        }
        return rt->ensureGlobalCustomField(kCategoryField, error);
    }

    // Tickets of the run's tag in the queue General (or in any queue with `anyQueue`).
    SourceConfig config(const QUrl &url, const QString &tag, int pageSize = 100, bool anyQueue = false)
    {
        const nlohmann::json document
            = {{"type", "rt"},
               {"url", url.toString().toStdString()},
               {"username", qEnvironmentVariable("ROUTEDESK_TEST_RT_USER", QStringLiteral("root")).toStdString()},
               {"password_env", kPasswordEnv},
               {"query",
                (anyQueue ? QStringLiteral("Subject LIKE '%1'")
                          : QStringLiteral("Queue = 'General' AND Subject LIKE '%1'"))
                    .arg(tag)
                    .toStdString()},
               {"queue_map", queueMap()},
               {"escalation_queue", "Escalations"},
               {"category_field", kCategoryField.toStdString()},
               {"page_size", pageSize}};
        SourceConfig result;
        QString error;
        if (!SourceConfig::parse(document, {}, &result, &error))
            qFatal("bad RT source document: %s", qPrintable(error));
        return result;
    }

    std::unique_ptr<TicketSource> source(const SourceConfig &sourceConfig)
    {
        QString error;
        std::unique_ptr<TicketSource> made = createTicketSource(sourceConfig, &error, &m_clock);
        if (!made)
            qFatal("%s", qPrintable(error));
        return made;
    }

    SyncReport sync(TicketSource *from)
    {
        const Pipeline *pipeline = m_pipeline.get();
        SyncRunner runner(m_store.get(), from, [pipeline](const Ticket &ticket) { return pipeline->run(ticket); });
        return runner.run();
    }

    QList<Seeded> seed(RtAdmin *rt, const QString &tag, int count, QString *error)
    {
        QList<Seeded> seeded;
        const QStringList texts = {
            QStringLiteral("I was charged twice for my subscription this month, please refund the duplicate invoice."),
            QStringLiteral("I cannot log in to my account, the password reset email never arrives."),
            QStringLiteral("The export to CSV crashes with an error 500 every time I try it."),
        };
        for (int i = 0; i < count; ++i) {
            Seeded ticket;
            ticket.subject = QStringLiteral("%1 ticket %2").arg(tag).arg(i);
            const bool html = i % 2 == 1;
            const QString body = html ? QStringLiteral("<p>%1</p><script>alert(1)</script><p>Thanks &amp; regards</p>")
                                            .arg(texts.at(i % texts.size()))
                                      : texts.at(i % texts.size());
            ticket.id = rt->createTicket(QStringLiteral("General"), ticket.subject, body,
                                         QStringLiteral("customer%1@example.com").arg(i), error,
                                         html ? QStringLiteral("text/html") : QStringLiteral("text/plain"));
            if (ticket.id == 0)
                return {};
            ticket.messages = 1;
            if (i % 3 != 2) {
                if (!rt->correspond(ticket.id, QStringLiteral("Thanks, we are looking into it (%1).").arg(i), error))
                    return {};
                ++ticket.messages;
            }
            if (i % 3 == 0) {
                if (!rt->comment(ticket.id, QStringLiteral("Internal: check the payment provider."), error))
                    return {};
                ++ticket.messages;
            }
            seeded.append(ticket);
        }
        return seeded;
    }

    AgentAction decide(const Ticket &ticket, ActionType type, const QString &category = {})
    {
        AgentAction action;
        action.ticketId = ticket.id;
        action.type = type;
        action.category = category;
        action.agent = QStringLiteral("ana");
        action.reason = QStringLiteral("checked by hand");
        if (type == ActionType::Escalate)
            action.escalationTarget = QStringLiteral("team_lead");
        QString error;
        ActionOutcome outcome;
        if (!recordAgentAction(m_store.get(), &action, &outcome, &error) || !outcome.queued)
            qFatal("cannot record: %s", qPrintable(error));
        return action;
    }

private slots:
    void initTestCase()
    {
        ROUTEDESK_REQUIRE_SERVER_ENV("ROUTEDESK_TEST_RT_URL");
        qputenv(kPasswordEnv, qgetenv("ROUTEDESK_TEST_RT_PASSWORD"));
        m_rt = std::make_unique<RtAdmin>(QUrl(qEnvironmentVariable("ROUTEDESK_TEST_RT_URL")),
                                         qEnvironmentVariable("ROUTEDESK_TEST_RT_USER"),
                                         qEnvironmentVariable("ROUTEDESK_TEST_RT_PASSWORD"));
        QString error;
        QVERIFY2(prepareServer(m_rt.get(), &error), qPrintable(error));
        m_pipeline = demoPipeline();
        QVERIFY(m_pipeline);
        m_run = QStringLiteral("rdtest-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    }

    void init()
    {
        m_dir = new QTemporaryDir;
        QString error;
        m_store = DecisionStore::open(m_dir->filePath(QStringLiteral("store%1.sqlite").arg(++m_storeNumber)), &error);
        QVERIFY2(m_store, qPrintable(error));
    }
    void cleanup()
    {
        m_store.reset();
        delete m_dir;
        m_dir = nullptr;
    }

    void syncPullsSeededTicketsWithTheirMessages()
    {
        const QString tag = m_run + QStringLiteral("-pull");
        QString error;
        const QList<Seeded> seeded = seed(m_rt.get(), tag, 7, &error);
        QVERIFY2(!seeded.isEmpty(), qPrintable(error));

        auto rt = source(config(m_rt->url(), tag, 3));
        const SyncReport report = sync(rt.get());
        QVERIFY2(report.ok(), qPrintable(report.errorString));
        QVERIFY(report.complete);
        QCOMPARE(report.pulled, 7);
        QCOMPARE(report.routed, 7);
        QCOMPARE(report.pages, 3);
        // Every queue and the field are there: the check finds nothing to say.
        QVERIFY(report.writebackChecked);
        QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warningMessages().join(QLatin1Char('\n'))));

        for (const Seeded &expected : seeded) {
            const std::optional<Ticket> ticket
                = m_store->ticketByExternalId(rt->sourceId(), QString::number(expected.id));
            QVERIFY2(ticket, qPrintable(expected.subject));
            QCOMPARE(ticket->subject, expected.subject);
            QCOMPARE(ticket->messages.size(), expected.messages); // auto-replies (EmailRecord) are not messages
            QVERIFY(ticket->messages.first().fromRequester);
            QVERIFY(!ticket->body.contains(QLatin1Char('<')));
            QVERIFY(!ticket->body.contains(QLatin1String("alert")));
            QVERIFY(ticket->requesterEmail.endsWith(QLatin1String("@example.com")));
            if (expected.messages >= 2) {
                QVERIFY(!ticket->messages.at(1).fromRequester);
                QVERIFY(ticket->messages.at(1).isPublic);
            }
            if (expected.messages == 3)
                QVERIFY(!ticket->messages.at(2).isPublic); // the comment
            // The revision kept for conflict checks is RT's ETag.
            QString etag;
            m_rt->ticket(expected.id, &etag);
            QCOMPARE(m_store->syncCursor(revisionKey(rt->sourceId(), QString::number(expected.id))), etag);
            QVERIFY(m_store->latestDecision(ticket->id));
        }
        const Ticket html = *m_store->ticketByExternalId(rt->sourceId(), QString::number(seeded.at(1).id));
        QVERIFY2(html.body.endsWith(QLatin1String("\n\nThanks & regards")), qPrintable(html.body));

        // Incremental: nothing changed, nothing pulled; one ticket edited, that one only, and it is routed again
        // (the customer's new message may change what it is about).
        QCOMPARE(sync(rt.get()).pulled, 0);
        QVERIFY(m_rt->correspond(seeded.at(4).id, QStringLiteral("One more thing."), &error));
        const SyncReport again = sync(rt.get());
        QCOMPARE(again.pulled, 1);
        QCOMPARE(again.updated, 1);
        QCOMPARE(again.routed, 1);
        QCOMPARE(m_store->ticketByExternalId(rt->sourceId(), QString::number(seeded.at(4).id))->messages.size(),
                 seeded.at(4).messages + 1);
    }

    // RT answers a wrong password with HTTP 200 and its login page: the sync says the user or password was refused
    // (it said "malformed JSON in the answer to GET ...fields=Subject4676CStatus...").
    void wrongPasswordIsNamed()
    {
        qputenv("ROUTEDESK_TEST_RT_WRONG_PASSWORD", "certainly-not-the-password");
        SourceConfig wrong;
        nlohmann::json document
            = {{"type", "rt"},
               {"url", QUrl(qEnvironmentVariable("ROUTEDESK_TEST_RT_URL")).toString().toStdString()},
               {"username", qEnvironmentVariable("ROUTEDESK_TEST_RT_USER", QStringLiteral("root")).toStdString()},
               {"password_env", "ROUTEDESK_TEST_RT_WRONG_PASSWORD"},
               {"query", QStringLiteral("Queue = 'General' AND Subject LIKE '%1'").arg(m_run).toStdString()}};
        QString error;
        QVERIFY2(SourceConfig::parse(document, {}, &wrong, &error), qPrintable(error));
        auto rt = source(wrong);
        const SyncReport report = sync(rt.get());
        QCOMPARE(report.error, SourcePage::Error::Authentication);
        QVERIFY2(report.errorString.contains(QLatin1String("RT refused the user")), qPrintable(report.errorString));
        QVERIFY2(!report.errorString.contains(QLatin1String("malformed JSON")), qPrintable(report.errorString));
    }

    void acceptOverrideEscalateAreWrittenBack()
    {
        const QString tag = m_run + QStringLiteral("-write");
        QString error;
        const QList<Seeded> seeded = seed(m_rt.get(), tag, 3, &error);
        QVERIFY2(!seeded.isEmpty(), qPrintable(error));
        auto rt = source(config(m_rt->url(), tag));
        QVERIFY(sync(rt.get()).ok());

        const Ticket accepted = *m_store->ticketByExternalId(rt->sourceId(), QString::number(seeded.at(0).id));
        const Ticket overridden = *m_store->ticketByExternalId(rt->sourceId(), QString::number(seeded.at(1).id));
        const Ticket escalated = *m_store->ticketByExternalId(rt->sourceId(), QString::number(seeded.at(2).id));
        const QString suggested = m_store->latestDecision(accepted.id)->category;
        decide(accepted, ActionType::Accept);
        decide(overridden, ActionType::Override, QStringLiteral("refund_cancellation"));
        decide(escalated, ActionType::Escalate);
        QCOMPARE(m_store->outboxCounts().pending, 3);

        OutboxDeliverer deliverer(m_store.get(), storedSourceFactory(m_store.get(), std::nullopt, &m_clock));
        const DeliveryReport report = deliverer.deliverDue();
        QVERIFY2(report.done == 3, qPrintable(report.messages.join(QLatin1Char('\n'))));
        QCOMPARE(m_store->outboxCounts().done, 3);

        struct Expectation
        {
            qint64 id;
            QString queue;
            QString category;
        };
        const QList<Expectation> expectations = {
            {seeded.at(0).id, QString::fromStdString(queueMap()[suggested.toStdString()].get<std::string>()),
             suggested},
            {seeded.at(1).id, QStringLiteral("Refunds"), QStringLiteral("refund_cancellation")},
            {seeded.at(2).id, QStringLiteral("Escalations"), m_store->latestDecision(escalated.id)->category},
        };
        const QList<OutboxItem> done = m_store->outbox(OutboxItem::State::Done);
        for (qsizetype i = 0; i < expectations.size(); ++i) {
            const Expectation &expected = expectations.at(i);
            const nlohmann::json ticket = m_rt->ticket(expected.id);
            QCOMPARE(QString::fromStdString(ticket["Queue"]["id"].get<std::string>()), m_rt->queueId(expected.queue));
            QString field;
            for (const auto &custom : ticket["CustomFields"])
                if (custom["name"] == kCategoryField.toStdString() && !custom["values"].empty())
                    field = QString::fromStdString(custom["values"][0].get<std::string>());
            QCOMPARE(field, expected.category);
            const QStringList types = m_rt->transactionTypes(expected.id);
            QCOMPARE(types.count(QStringLiteral("Comment")), 1 + (seeded.at(i).messages == 3 ? 1 : 0));
            QCOMPARE(types.count(QStringLiteral("Correspond")),
                     expected.id == seeded.at(2).id ? 0 : 1); // no reply sent
            const QStringList contents = m_rt->attachmentContents(expected.id);
            const QString note = [&] {
                for (const QString &content : contents)
                    if (content.contains(QLatin1String("[routedesk:")))
                        return content;
                return QString();
            }();
            QVERIFY2(note.contains(QStringLiteral("Category: %1").arg(expected.category)), qPrintable(note));
            QVERIFY(note.contains(QLatin1String("confidence")));
            QVERIFY(note.contains(QLatin1String("Agent's reason: checked by hand")));
            QVERIFY(note.contains(QStringLiteral("Moved to: %1").arg(expected.queue)));
        }
        QCOMPARE(done.size(), 3);

        // A sync that sees every queue finds the tickets where the write-backs moved them, by the queues' names,
        // and the store records each move in the ownership history.
        auto everywhere = source(config(m_rt->url(), tag, 100, true));
        const SyncReport moved = sync(everywhere.get());
        QVERIFY2(moved.ok(), qPrintable(moved.errorString));
        for (const Expectation &expected : expectations) {
            const Ticket ticket = *m_store->ticketByExternalId(rt->sourceId(), QString::number(expected.id));
            QCOMPARE(ticket.queue, expected.queue);
            const std::optional<TicketHistory> history = m_store->history(ticket.id);
            QVERIFY(history);
            QCOMPARE(history->moves.size(), 1);
            QCOMPARE(history->moves.constFirst().fromQueue, QStringLiteral("General"));
            QCOMPARE(history->moves.constFirst().toQueue, expected.queue);
        }
    }

    // The first sync says what a write-back will miss: on a stock RT, the README's example names five queues that do
    // not exist and a custom field that does not exist (before, nothing was said until every write-back failed).
    void syncNamesWhatAStockRtLacks()
    {
        QString error;
        const QUrl url = stockRt(&error);
        if (url.isEmpty()) {
            if (Test::serversRequired())
                QFAIL(qPrintable(error));
            QSKIP(qPrintable(error));
        }
        qputenv(kPasswordEnv, "password");
        const nlohmann::json document
            = {{"type", "rt"},
               {"url", url.toString().toStdString()},
               {"username", "root"},
               {"password_env", kPasswordEnv},
               {"query", QStringLiteral("Queue = 'General' AND Subject LIKE '%1-none'").arg(m_run).toStdString()},
               {"queue_map", queueMap()},
               {"escalation_queue", "Escalations"},
               {"category_field", "Category"}};
        auto rt = source(parsed(document));
        const SyncReport report = sync(rt.get());
        qputenv(kPasswordEnv, qgetenv("ROUTEDESK_TEST_RT_PASSWORD"));
        QVERIFY2(report.ok(), qPrintable(report.errorString)); // warnings do not fail the sync
        QVERIFY(report.writebackChecked);
        const QString all = report.warningMessages().join(QLatin1Char('\n'));

        const QMap<QString, SourceWarning> queues = warningsOf(report, SourceWarning::Code::MissingQueue);
        QCOMPARE(queues.keys(),
                 QStringList({QStringLiteral("Accounts"), QStringLiteral("Billing"), QStringLiteral("Escalations"),
                              QStringLiteral("Refunds"), QStringLiteral("Technical")}));
        QCOMPARE(queues.value(QStringLiteral("Billing")).fields, QStringList {QStringLiteral("queue_map.billing")});
        QCOMPARE(queues.value(QStringLiteral("Escalations")).fields, QStringList {QStringLiteral("escalation_queue")});
        QVERIFY2(queues.value(QStringLiteral("Refunds")).message.contains(QLatin1String("'Refunds'")), qPrintable(all));
        QVERIFY2(!all.contains(QLatin1String("'General'")), qPrintable(all)); // a stock RT has General

        const QMap<QString, SourceWarning> fields = warningsOf(report, SourceWarning::Code::MissingField);
        QCOMPARE(fields.keys(), QStringList {QStringLiteral("Category")});
        QCOMPARE(fields.first().fields, QStringList {QStringLiteral("category_field")});
        QCOMPARE(report.warnings.size(), 6);

        // The desktop app's worker checks on the first sync of a source document, not on every sync after it.
        SourceWorker worker(m_dir->filePath(QStringLiteral("worker.sqlite")));
        QSignalSpy finished(&worker, &SourceWorker::syncFinished);
        qputenv(kPasswordEnv, "password");
        worker.sync(parsed(document), {});
        worker.sync(parsed(document), {});
        qputenv(kPasswordEnv, qgetenv("ROUTEDESK_TEST_RT_PASSWORD"));
        QCOMPARE(finished.size(), 2);
        const SyncReport first = finished.at(0).at(0).value<SyncReport>();
        const SyncReport second = finished.at(1).at(0).value<SyncReport>();
        QVERIFY2(first.ok() && second.ok(), qPrintable(first.errorString + second.errorString));
        QCOMPARE(first.warningMessages(), report.warningMessages());
        QVERIFY(second.warnings.isEmpty());
    }

    // A field that exists but is applied to one queue only: the check names the queues without it.
    void syncNamesQueuesWithoutTheCategoryField()
    {
        const QString field = m_run + QStringLiteral(" General only");
        QString error;
        QVERIFY2(m_rt->ensureQueueCustomField(field, QStringLiteral("General"), &error), qPrintable(error));
        SourceConfig sourceConfig = config(m_rt->url(), m_run + QStringLiteral("-none"));
        nlohmann::json document = sourceConfig.document;
        document["category_field"] = field.toStdString();
        auto rt = source(parsed(document));
        const SyncReport report = sync(rt.get());
        QVERIFY2(report.ok(), qPrintable(report.errorString));
        const QString all = report.warningMessages().join(QLatin1Char('\n'));
        QCOMPARE(report.warnings.size(), 1);
        const SourceWarning warning = report.warnings.constFirst();
        QCOMPARE(warning.code, SourceWarning::Code::FieldNotOnQueue);
        QCOMPARE(warning.name, field);
        QCOMPARE(warning.queues,
                 QStringList({QStringLiteral("Accounts"), QStringLiteral("Billing"), QStringLiteral("Escalations"),
                              QStringLiteral("Refunds"), QStringLiteral("Technical")}));
        QVERIFY2(all.contains(QLatin1String("Refunds")), qPrintable(all));
    }

    // A custom field RT lacks is optional: the write-back still moves the ticket and adds the note, says in the note
    // and in the result that it skipped the field, and the item is done (before, every such item failed). The move
    // and the note are required: a queue RT lacks fails the item, and nothing is written.
    void aMissingCustomFieldDoesNotFailTheMoveAndTheNote()
    {
        const QString tag = m_run + QStringLiteral("-nofield");
        QString error;
        const QList<Seeded> seeded = seed(m_rt.get(), tag, 3, &error);
        QVERIFY2(!seeded.isEmpty(), qPrintable(error));
        const QString missing = m_run + QStringLiteral(" no such field");
        const QString generalOnly = m_run + QStringLiteral(" General only");
        QVERIFY2(m_rt->ensureQueueCustomField(generalOnly, QStringLiteral("General"), &error), qPrintable(error));

        // Ticket 0: a field RT does not have at all. Ticket 1: a field on General only, and the ticket moves to
        // Billing (RT sets custom fields after the move, and would silently drop it). Ticket 2: a queue RT lacks.
        nlohmann::json document = config(m_rt->url(), tag).document;
        document["category_field"] = missing.toStdString();
        auto noField = parsed(document);
        document["category_field"] = generalOnly.toStdString();
        auto onGeneral = parsed(document);
        document["queue_map"]["billing"] = QString(m_run + QStringLiteral(" no such queue")).toStdString();
        document.erase("category_field");
        auto noQueue = parsed(document);

        auto rt = source(noField);
        QVERIFY(sync(rt.get()).ok());
        Ticket tickets[3];
        for (int i = 0; i < 3; ++i)
            tickets[i] = *m_store->ticketByExternalId(rt->sourceId(), QString::number(seeded.at(i).id));
        decide(tickets[0], ActionType::Override, QStringLiteral("refund_cancellation"));
        decide(tickets[1], ActionType::Override, QStringLiteral("billing"));
        decide(tickets[2], ActionType::Override, QStringLiteral("billing"));
        const QList<OutboxItem> items = m_store->outbox(OutboxItem::State::Pending);
        QCOMPARE(items.size(), 3);

        auto deliver = [&](const SourceConfig &with, const OutboxItem &item) {
            OutboxDeliverer deliverer(m_store.get(), storedSourceFactory(m_store.get(), with, &m_clock));
            return deliverer.deliver({item});
        };
        auto noteOn = [&](qint64 id) {
            for (const QString &content : m_rt->attachmentContents(id))
                if (content.contains(QLatin1String("[routedesk:")))
                    return content;
            return QString();
        };
        auto fieldOn = [&](qint64 id, const QString &name) {
            for (const auto &custom : m_rt->ticket(id)["CustomFields"])
                if (custom["name"] == name.toStdString() && !custom["values"].empty())
                    return QString::fromStdString(custom["values"][0].get<std::string>());
            return QString();
        };

        const DeliveryReport first = deliver(noField, items.at(0));
        QVERIFY2(first.done == 1, qPrintable(first.messages.join(QLatin1Char('\n'))));
        QCOMPARE(first.partial, 1);
        QVERIFY2(first.notes.join(QLatin1Char('\n')).contains(missing),
                 qPrintable(first.notes.join(QLatin1Char('\n'))));
        QCOMPARE(QString::fromStdString(m_rt->ticket(seeded.at(0).id)["Queue"]["id"].get<std::string>()),
                 m_rt->queueId(QStringLiteral("Refunds")));
        QString note = noteOn(seeded.at(0).id);
        QVERIFY2(note.contains(QLatin1String("Category: refund_cancellation")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("Not set: the custom field '%1'").arg(missing)), qPrintable(note));

        const DeliveryReport second = deliver(onGeneral, items.at(1));
        QVERIFY2(second.done == 1, qPrintable(second.messages.join(QLatin1Char('\n'))));
        QCOMPARE(second.partial, 1);
        QCOMPARE(QString::fromStdString(m_rt->ticket(seeded.at(1).id)["Queue"]["id"].get<std::string>()),
                 m_rt->queueId(QStringLiteral("Billing")));
        note = noteOn(seeded.at(1).id);
        QVERIFY2(note.contains(QStringLiteral("Not set: the custom field '%1'").arg(generalOnly)), qPrintable(note));
        QVERIFY2(note.contains(QLatin1String("Billing")), qPrintable(note));
        QVERIFY(fieldOn(seeded.at(1).id, generalOnly).isEmpty());
        const QString recorded = [&] {
            for (const OutboxItem &item : m_store->outbox(OutboxItem::State::Done))
                if (item.id == items.at(1).id)
                    return item.lastError;
            return QString();
        }();
        QVERIFY2(recorded.contains(generalOnly), qPrintable(recorded)); // the outbox keeps what was skipped

        const DeliveryReport third = deliver(noQueue, items.at(2));
        QCOMPARE(third.failed, 1);
        QCOMPARE(third.done, 0);
        QVERIFY2(third.messages.join(QLatin1Char('\n')).contains(QLatin1String("no such queue")),
                 qPrintable(third.messages.join(QLatin1Char('\n'))));
        QCOMPARE(QString::fromStdString(m_rt->ticket(seeded.at(2).id)["Queue"]["id"].get<std::string>()),
                 m_rt->queueId(QStringLiteral("General")));
        QVERIFY(noteOn(seeded.at(2).id).isEmpty());
    }

    // The minimal RT source document the docs give works on RT as Debian installs it: the sync pulls and warns about
    // nothing, and a decision's write-back is delivered in full (before, the default custom field "Category", which
    // a stock RT lacks, failed every write-back).
    void theDocumentedMinimalSourceWorksOnAStockRt()
    {
        QString error;
        const QUrl url = stockRt(&error);
        if (url.isEmpty()) {
            if (Test::serversRequired())
                QFAIL(qPrintable(error));
            QSKIP(qPrintable(error));
        }
        nlohmann::json document = documentedMinimalRtSource(&error);
        QVERIFY2(document.is_object(), qPrintable(error));
        document["url"] = url.toString().toStdString(); // the docs' port is the one in docs/local-servers.md
        const QString passwordEnv = QString::fromStdString(document.value("password_env", std::string()));
        QVERIFY(!passwordEnv.isEmpty());
        qputenv(passwordEnv.toUtf8().constData(), "password");

        // New tickets as a customer's mail makes them (a reply would open them, and the query takes new ones).
        RtAdmin admin(url, QStringLiteral("root"), QStringLiteral("password"));
        QList<Seeded> seeded;
        for (int i = 0; i < 2; ++i) {
            Seeded ticket;
            ticket.id = admin.createTicket(QStringLiteral("General"), m_run + QStringLiteral(" minimal %1").arg(i),
                                           QStringLiteral("I was charged twice this month, please refund one."),
                                           QStringLiteral("customer%1@example.com").arg(i), &error);
            QVERIFY2(ticket.id > 0, qPrintable(error));
            seeded.append(ticket);
        }
        auto rt = source(parsed(document));
        const SyncReport report = sync(rt.get());
        QVERIFY2(report.ok(), qPrintable(report.errorString));
        QVERIFY(report.pulled >= 2);
        QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warningMessages().join(QLatin1Char('\n'))));

        const Ticket accepted = *m_store->ticketByExternalId(rt->sourceId(), QString::number(seeded.at(0).id));
        const Ticket overridden = *m_store->ticketByExternalId(rt->sourceId(), QString::number(seeded.at(1).id));
        decide(accepted, ActionType::Accept);
        decide(overridden, ActionType::Override, QStringLiteral("refund_cancellation"));
        OutboxDeliverer deliverer(m_store.get(), storedSourceFactory(m_store.get(), std::nullopt, &m_clock));
        const DeliveryReport delivered = deliverer.deliverDue();
        QVERIFY2(delivered.done == 2, qPrintable(delivered.messages.join(QLatin1Char('\n'))));
        QCOMPARE(delivered.partial, 0);
        for (const Seeded &ticket : seeded) {
            const QStringList notes = admin.attachmentContents(ticket.id).filter(QStringLiteral("[routedesk:"));
            QCOMPARE(notes.size(), 1);
            QVERIFY2(!notes.constFirst().contains(QLatin1String("Not set")), qPrintable(notes.constFirst()));
        }
    }

    void aRetriedWriteBackAddsTheNoteOnce()
    {
        const QString tag = m_run + QStringLiteral("-once");
        QString error;
        const QList<Seeded> seeded = seed(m_rt.get(), tag, 2, &error);
        QVERIFY2(!seeded.isEmpty(), qPrintable(error));
        auto rt = source(config(m_rt->url(), tag));
        QVERIFY(sync(rt.get()).ok());
        const Ticket first = *m_store->ticketByExternalId(rt->sourceId(), QString::number(seeded.at(0).id));
        const Ticket second = *m_store->ticketByExternalId(rt->sourceId(), QString::number(seeded.at(1).id));
        decide(first, ActionType::Override, QStringLiteral("technical"));
        OutboxDeliverer deliverer(m_store.get(), storedSourceFactory(m_store.get(), std::nullopt, &m_clock));
        QCOMPARE(deliverer.deliverDue().done, 1);

        // The process died after RT took the write-back but before the store heard: the item is pending again.
        const OutboxItem item = m_store->outbox(OutboxItem::State::Done).constFirst();
        QVERIFY(m_store->updateOutbox(item.id, OutboxItem::State::Pending, QString(), QDateTime::currentDateTimeUtc()));
        const DeliveryReport retry = deliverer.deliverAllPending();
        QCOMPARE(retry.done, 1);
        QCOMPARE(retry.alreadyDelivered, 1);
        const QString marker = idempotencyMarker(item.idempotencyKey);
        QCOMPARE(m_rt->attachmentContents(first.externalId.toLongLong()).filter(marker).size(), 1);

        // An earlier attempt moved the ticket and set the field, then died before the note: the retry sees its own
        // change (not a conflict) and adds the note.
        decide(second, ActionType::Override, QStringLiteral("billing"));
        QVERIFY(m_rt->update(seeded.at(1).id,
                             {{"Queue", "Billing"}, {"CustomFields", {{kCategoryField.toStdString(), "billing"}}}},
                             &error));
        const DeliveryReport partial = deliverer.deliverDue();
        QVERIFY2(partial.done == 1, qPrintable(partial.messages.join(QLatin1Char('\n'))));
        const OutboxItem secondItem = [&] {
            for (const OutboxItem &candidate : m_store->outbox(OutboxItem::State::Done))
                if (candidate.externalId == second.externalId)
                    return candidate;
            return OutboxItem();
        }();
        QCOMPARE(m_rt->attachmentContents(seeded.at(1).id).filter(idempotencyMarker(secondItem.idempotencyKey)).size(),
                 1);
    }

    void aTicketEditedSinceTheSyncIsAConflictNotAnOverwrite()
    {
        const QString tag = m_run + QStringLiteral("-conflict");
        QString error;
        const QList<Seeded> seeded = seed(m_rt.get(), tag, 1, &error);
        QVERIFY2(!seeded.isEmpty(), qPrintable(error));
        auto rt = source(config(m_rt->url(), tag));
        QVERIFY(sync(rt.get()).ok());
        const Ticket seen = m_store->queue().constFirst().ticket;

        // A colleague moves it to Technical and renames it while our agent is deciding.
        QVERIFY(m_rt->update(
            seeded.at(0).id,
            {{"Queue", "Technical"}, {"Subject", QString(seen.subject + QStringLiteral(" [moved]")).toStdString()}},
            &error));
        decide(seen, ActionType::Override, QStringLiteral("refund_cancellation"));
        OutboxDeliverer deliverer(m_store.get(), storedSourceFactory(m_store.get(), std::nullopt, &m_clock));
        const DeliveryReport report = deliverer.deliverDue();
        QCOMPARE(report.conflicts, 1);
        QCOMPARE(m_store->outboxCounts().conflict, 1);

        const nlohmann::json ticket = m_rt->ticket(seeded.at(0).id);
        QCOMPARE(QString::fromStdString(ticket["Queue"]["id"].get<std::string>()),
                 m_rt->queueId(QStringLiteral("Technical")));
        QVERIFY(m_rt->attachmentContents(seeded.at(0).id).filter(QStringLiteral("[routedesk:")).isEmpty());
        // The store holds the fresh ticket for the agent to look at again.
        QVERIFY(m_store->ticket(seen.id)->subject.endsWith(QLatin1String("[moved]")));
        QVERIFY(m_store->outbox(OutboxItem::State::Conflict)
                    .constFirst()
                    .lastError.contains(QLatin1String("changed in RT")));

        // An edit in the gap between the connector's checks and its update: RT's If-Match answers 412.
        const QList<Seeded> racing = seed(m_rt.get(), tag + QStringLiteral("-race"), 1, &error);
        QVERIFY2(!racing.isEmpty(), qPrintable(error));
        auto raceSource = source(config(m_rt->url(), tag + QStringLiteral("-race")));
        QVERIFY(sync(raceSource.get()).ok());
        const Ticket raced = *m_store->ticketByExternalId(raceSource->sourceId(), QString::number(racing.at(0).id));
        decide(raced, ActionType::Override, QStringLiteral("billing"));
        const QList<OutboxItem> pending = m_store->outbox(OutboxItem::State::Pending);
        QCOMPARE(pending.size(), 1);
        WritebackPayload payload;
        QVERIFY(WritebackPayload::fromJson(pending.constFirst().payload, &payload, &error));
        raceSource->setBeforeUpdate(
            [&] { QVERIFY(m_rt->correspond(racing.at(0).id, QStringLiteral("The customer writes again."), &error)); });
        const WritebackResult result
            = raceSource->writeBack({pending.constFirst().externalId, pending.constFirst().idempotencyKey, payload});
        QCOMPARE(result.outcome, WritebackResult::Outcome::Conflict);
        QVERIFY2(result.message.contains(QLatin1String("412")), qPrintable(result.message));
        QVERIFY(result.freshTicket);
        QCOMPARE(result.freshTicket->messages.constLast().body, QStringLiteral("The customer writes again."));
        QCOMPARE(QString::fromStdString(m_rt->ticket(racing.at(0).id)["Queue"]["id"].get<std::string>()),
                 m_rt->queueId(QStringLiteral("General")));
        QVERIFY(m_rt->attachmentContents(racing.at(0).id).filter(QStringLiteral("[routedesk:")).isEmpty());

        // RT itself refuses a stale If-Match with 412: the guard the PUT carries.
        HttpRequest stale = HttpRequest::withJson(
            "PUT", QUrl(m_rt->url().toString() + QStringLiteral("/REST/2.0/ticket/%1").arg(seeded.at(0).id)),
            {{"Queue", "Billing"}});
        stale.headers.append({QByteArrayLiteral("If-Match"), QByteArrayLiteral("\"1\"")});
        QCOMPARE(m_rt->http().send(stale).status, 412);
    }

    void serverStoppedMidSyncResumesWithoutLossOrDuplicates()
    {
        PrivateRt server;
        QString error;
        if (!server.start(&error)) {
            if (Test::serversRequired())
                QFAIL(qPrintable(error));
            QSKIP(qPrintable(error));
        }
        RtAdmin admin(server.url(), QStringLiteral("root"), QStringLiteral("password"));
        QVERIFY2(prepareServer(&admin, &error), qPrintable(error));
        const QString tag = m_run + QStringLiteral("-outage");
        const QList<Seeded> seeded = seed(&admin, tag, 15, &error);
        QVERIFY2(!seeded.isEmpty(), qPrintable(error));

        qputenv(kPasswordEnv, "password");
        auto rt = source(config(server.url(), tag, 10));
        // Stop the server in the middle of the first page: its conversations are fetched eight tickets at a time,
        // so after the first eight the next requests find no server.
        int pages = 0;
        rt->setItemProgress([&](int done) {
            if (pages == 0 && done == 8 && server.running())
                server.stop();
        });
        const Pipeline *pipeline = m_pipeline.get();
        SyncRunner runner(m_store.get(), rt.get(), [pipeline](const Ticket &ticket) { return pipeline->run(ticket); });
        runner.setProgress([&](const SyncProgress &progress) { pages = progress.pages; });
        const SyncReport broken = runner.run();
        QCOMPARE(broken.error, SourcePage::Error::Transient);
        QVERIFY2(broken.errorString.contains(QLatin1String("refused"))
                     || broken.errorString.contains(QLatin1String("closed")),
                 qPrintable(broken.errorString));
        const int kept = m_store->ticketCount();
        QCOMPARE(kept, 8); // the tickets before the fault are kept, and the cursor points right after them

        QVERIFY2(server.start(&error), qPrintable(error));
        rt->setItemProgress({});
        const SyncReport resumed = sync(rt.get());
        QVERIFY2(resumed.ok(), qPrintable(resumed.errorString));
        QVERIFY(resumed.complete);
        QCOMPARE(m_store->ticketCount(), 15);
        QCOMPARE(resumed.inserted, 15 - kept);
        for (const Seeded &expected : seeded) {
            const std::optional<Ticket> ticket
                = m_store->ticketByExternalId(rt->sourceId(), QString::number(expected.id));
            QVERIFY(ticket);
            QCOMPARE(ticket->messages.size(), expected.messages);
            QVERIFY(m_store->latestDecision(ticket->id));
            QCOMPARE(m_store->history(ticket->id)->decisions.size(), 1);
        }
        qputenv(kPasswordEnv, qgetenv("ROUTEDESK_TEST_RT_PASSWORD"));
    }
};

QTEST_GUILESS_MAIN(TestRtSource)
#include "test_rtsource.moc"
