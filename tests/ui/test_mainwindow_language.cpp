// A whole translation (issue 13): on the demo, switching to German, French and Spanish leaves no English in the
// ticket pane (flags, why lines, category and specialist), the queue (headers, states, categories, flag tooltips)
// and the review; switching back to English brings back exactly the English texts, with no German left; the state
// column fits "Angenommen". Drives the real window offscreen.

#include "mainwindow.h"
#include "queue/queuemodel.h"
#include "queue/queueview.h"
#include "review/reviewview.h"
#include "settings/appsettings.h"
#include "settings/language.h"
#include "testsupport.h"
#include "ticket/ticketpane.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace RouteDesk;

namespace {

// English source texts that the interface translates in every language: the engine's sentences (the fixed part
// of each), the demo workspace's names that differ in German, French and Spanish, states and flag names.
const QStringList &englishFragments()
{
    static const QStringList fragments = {
        // engine sentences (core: escalator, router, pipeline)
        QStringLiteral(" is below the threshold "),
        QStringLiteral(" is below the high-risk threshold "),
        QStringLiteral("the ticket mentions"),
        QStringLiteral("are within "),
        QStringLiteral("Also asks about"),
        QStringLiteral("Routed to "),
        QStringLiteral("(owner of "),
        QStringLiteral("Flag "),
        QStringLiteral("Escalate to "),
        QStringLiteral("Model: "),
        QStringLiteral(", driven by "),
        QStringLiteral("Draft: "),
        QStringLiteral("Draft cites"),
        QStringLiteral("learned detector"),
        QStringLiteral("Ignored \""),
        QStringLiteral("negated by"),
        QStringLiteral("Fits no category"),
        QStringLiteral("Customer tier"),
        QStringLiteral("Next best"),
        // the demo workspace's names
        QStringLiteral("Billing"),
        QStringLiteral("Account access"),
        QStringLiteral("Technical"),
        QStringLiteral("Refunds and cancellations"),
        QStringLiteral("enquiries specialist"),
        // flag names and states
        QStringLiteral("Low confidence"),
        QStringLiteral("Legal threat"),
        QStringLiteral("Several intents"),
        QStringLiteral("Refund review"),
        QStringLiteral("Security incident"),
        QStringLiteral("Accepted"),
        QStringLiteral("Overridden"),
        QStringLiteral("Escalated"),
        // tier and channel words
        QStringLiteral("web form"),
        QStringLiteral("tier "),
    };
    return fragments;
}

// Words of the German interface that must be gone after switching back to English.
const QStringList &germanFragments()
{
    static const QStringList fragments = {
        QStringLiteral("Abrechnung"),         QStringLiteral("Kontozugang"),        QStringLiteral("Angenommen"),
        QStringLiteral("liegt unter"),        QStringLiteral("Markierung"),         QStringLiteral("Eskalieren an"),
        QStringLiteral("Modell: "),           QStringLiteral("Zugewiesen an"),      QStringLiteral("Entwurf"),
        QStringLiteral("Geringe Sicherheit"), QStringLiteral("Rechtliche Drohung"), QStringLiteral("Stufe "),
    };
    return fragments;
}

} // namespace

class TestMainWindowLanguage : public QObject
{
    Q_OBJECT

public:
    TestMainWindowLanguage() { QApplication::setStyle(QStringLiteral("Fusion")); }

private:
    QTemporaryDir m_home;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_flagged = 0; // the ticket shown: several flags, low confidence among them

    QueueView *queue() const { return m_window->queueView(); }
    TicketPane *pane() const { return m_window->ticketPane(); }

    void switchTo(const QString &language)
    {
        AppSettings settings = AppSettings::load();
        settings.agent = QStringLiteral("tester");
        settings.language = language;
        m_window->applySettings(settings);
        QCOMPARE(Language::current(), language);
        // Qt posts QEvent::LanguageChange to every widget: let them all handle it.
        QTest::qWait(50);
        QCoreApplication::processEvents();
        QTRY_COMPARE(pane()->ticketId(), m_flagged);
    }

    // Every text of the pane an agent reads, except the ticket's own words (conversation, draft, subject).
    QStringList paneTexts() const
    {
        QStringList texts;
        for (const QLabel *label : pane()->findChildren<QLabel *>()) {
            if (label->isVisibleTo(pane()) && !label->text().isEmpty()
                && label->objectName() != QLatin1String("ticketSubject"))
                texts << label->text();
        }
        for (const QGroupBox *box : pane()->findChildren<QGroupBox *>())
            texts << box->title();
        return texts;
    }

    // Headers, categories, states and flag tooltips of every row.
    QStringList queueTexts() const
    {
        QStringList texts;
        const QAbstractItemModel *model = queue()->table()->model();
        for (int c = 0; c < model->columnCount(); ++c)
            texts << model->headerData(c, Qt::Horizontal).toString();
        for (int r = 0; r < model->rowCount(); ++r) {
            texts << model->index(r, QueueModel::CategoryColumn).data().toString()
                  << model->index(r, QueueModel::StateColumn).data().toString()
                  << model->index(r, QueueModel::FlagsColumn).data(Qt::ToolTipRole).toString();
        }
        return texts;
    }

    // Labels, section titles and every table of the review, headers and cells.
    QStringList reviewTexts() const
    {
        QStringList texts;
        ReviewView *review = m_window->reviewView();
        for (const QLabel *label : review->findChildren<QLabel *>()) {
            if (!label->text().isEmpty())
                texts << label->text();
        }
        for (const QTabWidget *tabs : review->findChildren<QTabWidget *>()) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        }
        for (const QAbstractItemView *view : review->findChildren<QAbstractItemView *>()) {
            const QAbstractItemModel *model = view->model();
            if (!model)
                continue;
            for (int c = 0; c < model->columnCount(); ++c)
                texts << model->headerData(c, Qt::Horizontal).toString();
            for (int r = 0; r < model->rowCount(); ++r) {
                texts << model->headerData(r, Qt::Vertical).toString();
                for (int c = 0; c < model->columnCount(); ++c)
                    texts << model->index(r, c).data().toString();
            }
        }
        return texts;
    }

    static QStringList containing(const QStringList &texts, const QStringList &fragments)
    {
        QStringList found;
        for (const QString &text : texts) {
            for (const QString &fragment : fragments) {
                if (text.contains(fragment))
                    found << QStringLiteral("\"%1\" in: %2").arg(fragment, text.left(200));
            }
        }
        found.removeDuplicates();
        return found;
    }

    // The lines of a box of the pane (flags, why).
    QStringList lines(const char *box) const
    {
        QStringList result;
        auto *widget = pane()->findChild<QWidget *>(QLatin1String(box));
        for (const QLabel *label : widget->findChildren<QLabel *>(QStringLiteral("line")))
            result << label->text();
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("RouteDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("RouteDesk"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.filePath(QStringLiteral("config")));
        Language::apply(QStringLiteral("en"));

        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 690);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        SessionConfig config;
        config.demo = true;
        config.store = AppSettings::demoStorePath();
        config.agent = QStringLiteral("tester");
        QSignalSpy opened(m_window.get(), &MainWindow::sessionOpened);
        QVERIFY(m_window->openSession(config));
        QVERIFY(opened.wait(120000));
        QCOMPARE(opened.first().first().toString(), QString());

        // Accept a ticket without flags, so that the queue shows an "Accepted" state.
        const QueueModel *model = queue()->model();
        qint64 plain = 0;
        qsizetype mostFlags = 0;
        for (int r = 0; r < model->size(); ++r) {
            const QueueRow &row = model->row(r);
            if (row.routed && row.flags.isEmpty() && !plain)
                plain = row.ticketId;
            bool lowConfidence = false;
            for (const EscalationFlag &flag : row.flags)
                lowConfidence = lowConfidence || flag.code == QLatin1String(EscalationCode::LowConfidence);
            if (lowConfidence && row.flags.size() > mostFlags) {
                mostFlags = row.flags.size();
                m_flagged = row.ticketId;
            }
        }
        QVERIFY(plain && m_flagged);
        QVERIFY(mostFlags >= 2);
        QVERIFY(queue()->selectTicket(plain));
        QTRY_COMPARE(pane()->ticketId(), plain);
        m_window->acceptAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int r = 0; r < model->size(); ++r) {
                    if (model->row(r).ticketId == plain)
                        return model->row(r).state == TicketState::Accepted;
                }
                return false;
            }(),
            10000);
        QVERIFY(queue()->selectTicket(m_flagged));
        QTRY_COMPARE(pane()->ticketId(), m_flagged);
        QTRY_VERIFY(lines("flagList").size() >= 2);
    }

    void noEnglishLeft_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("French") << QStringLiteral("fr");
        QTest::newRow("Spanish") << QStringLiteral("es");
    }

    void noEnglishLeft()
    {
        QFETCH(QString, language);
        switchTo(QStringLiteral("en"));
        const QStringList englishFlags = lines("flagList");
        const QStringList englishWhy = lines("explanationList");
        QVERIFY(englishFlags.size() >= 2);
        QVERIFY(englishWhy.size() >= 3);
        // The English pane really shows the sentences this test looks for.
        QVERIFY2(!containing(paneTexts(), englishFragments()).isEmpty(), qPrintable(paneTexts().join(u'\n')));

        switchTo(language);
        // Every flag and why line is said again in the language, none left as it was in English.
        const QStringList flags = lines("flagList");
        const QStringList why = lines("explanationList");
        QCOMPARE(flags.size(), englishFlags.size());
        QCOMPARE(why.size(), englishWhy.size());
        QStringList unchanged;
        for (const QString &line : flags + why) {
            if (englishFlags.contains(line) || englishWhy.contains(line))
                unchanged << line;
        }
        QVERIFY2(unchanged.isEmpty(), qPrintable(Test::describe(unchanged)));
        QStringList english = containing(paneTexts(), englishFragments());
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("ticket pane:\n") + Test::describe(english)));
        english = containing(queueTexts(), englishFragments());
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("queue:\n") + Test::describe(english)));
        english = containing(reviewTexts(), englishFragments());
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("review:\n") + Test::describe(english)));

        // The state column fits the longest state word of the language.
        const QTableView *table = queue()->table();
        const QFontMetrics metrics(table->font());
        for (TicketState s : {TicketState::New, TicketState::Accepted, TicketState::Overridden, TicketState::Escalated})
            QVERIFY2(table->columnWidth(QueueModel::StateColumn)
                         >= metrics.horizontalAdvance(QueueModel::stateText(s)) + 8,
                     qPrintable(QueueModel::stateText(s)));
    }

    // Back in English, the pane, the queue and the review read exactly as before, without a German word.
    void backToEnglishLeavesNoGerman()
    {
        switchTo(QStringLiteral("en"));
        const QStringList pane = paneTexts();
        const QStringList queueBefore = queueTexts();
        const QStringList review = reviewTexts();
        // The review really shows categories and states (the accepted ticket), so its check means something.
        QVERIFY2(!containing(review, englishFragments()).isEmpty(), qPrintable(review.join(u'\n')));
        switchTo(QStringLiteral("de"));
        QVERIFY(!containing(paneTexts(), germanFragments()).isEmpty());
        switchTo(QStringLiteral("en"));
        QStringList german = containing(paneTexts() + queueTexts() + reviewTexts(), germanFragments());
        QVERIFY2(german.isEmpty(), qPrintable(Test::describe(german)));
        QCOMPARE(paneTexts(), pane);
        QCOMPARE(queueTexts(), queueBefore);
        QCOMPARE(reviewTexts(), review);
    }

    void cleanupTestCase()
    {
        Language::apply(QStringLiteral("en"));
        m_window.reset();
    }
};

QTEST_MAIN(TestMainWindowLanguage)
#include "test_mainwindow_language.moc"
