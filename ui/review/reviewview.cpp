#include "reviewview.h"

#include "queue/queuemodel.h"
#include "review/heatmapdelegate.h"
#include "review/ratechart.h"
#include "review/reviewmodels.h"
#include "ticket/overridedialog.h"
#include "widgets/bardelegate.h"
#include "widgets/csvwriter.h"
#include "widgets/icons.h"
#include "widgets/tables.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QtConcurrent>
#include <QToolBar>
#include <QVBoxLayout>

namespace RouteDesk {

using Tables::percent;

namespace {

ReportTableModel::Cell cell(const QString &text, const QVariant &value = {}, double ratio = -1.0)
{
    return ReportTableModel::Cell {text, value, ratio, {}};
}

} // namespace

ReviewView::ReviewView(QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(this))
    , m_refresh(new QAction(this))
    , m_export(new QAction(this))
    , m_periodLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_agentLabel(new QLabel(this))
    , m_agent(new QComboBox(this))
    , m_categoryLabel(new QLabel(this))
    , m_category(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_sections(new QTabWidget(this))
    , m_overrides(new ReportTableModel(this))
    , m_confusion(new ConfusionModel(this))
    , m_categories(new ReportTableModel(this))
    , m_rate(new ReportTableModel(this))
    , m_escalations(new ReportTableModel(this))
    , m_overridesView(Tables::makeReadOnlyTable(this, QStringLiteral("overridesTable"), m_overrides))
    , m_confusionView(Tables::makeReadOnlyTable(this, QStringLiteral("confusionMatrix"), m_confusion))
    , m_confusionHint(new QLabel(this))
    , m_categoriesView(Tables::makeReadOnlyTable(this, QStringLiteral("categoryTable"), m_categories))
    , m_chart(new RateChart(this))
    , m_rateView(Tables::makeReadOnlyTable(this, QStringLiteral("rateTable"), m_rate))
    , m_escalationsView(Tables::makeReadOnlyTable(this, QStringLiteral("escalationTable"), m_escalations))
{
    setObjectName(QStringLiteral("reviewView"));
    m_toolBar->setObjectName(QStringLiteral("reviewToolBar"));
    m_refresh->setObjectName(QStringLiteral("reviewRefresh"));
    m_export->setObjectName(QStringLiteral("reviewExport"));
    m_period->setObjectName(QStringLiteral("reviewPeriod"));
    m_agent->setObjectName(QStringLiteral("reviewAgent"));
    m_category->setObjectName(QStringLiteral("reviewCategory"));
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_sections->setObjectName(QStringLiteral("reviewSections"));
    m_refresh->setIcon(Icons::named(QStringLiteral("refresh")));
    m_export->setIcon(Icons::named(QStringLiteral("export")));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_export->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_export);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->addAction(m_refresh);
    m_toolBar->addAction(m_export);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_agent->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_periodLabel);
    filters->addWidget(m_period);
    filters->addSpacing(12);
    filters->addWidget(m_agentLabel);
    filters->addWidget(m_agent);
    filters->addSpacing(12);
    filters->addWidget(m_categoryLabel);
    filters->addWidget(m_category);
    filters->addStretch(1);
    filters->addWidget(m_toolBar);
    m_periodLabel->setBuddy(m_period);
    m_agentLabel->setBuddy(m_agent);
    m_categoryLabel->setBuddy(m_category);

    m_confusionView->setItemDelegate(new HeatMapDelegate(this));
    m_confusionView->verticalHeader()->show();
    m_confusionView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_confusionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_confusionView->setAlternatingRowColors(false);
    m_confusionView->setShowGrid(false);
    m_confusionView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_confusionView->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_confusionHint->setWordWrap(true);
    auto *confusion = new QWidget(this);
    auto *confusionLayout = new QVBoxLayout(confusion);
    confusionLayout->addWidget(m_confusionHint);
    confusionLayout->addWidget(m_confusionView, 1);
    connect(m_confusionView, &QTableView::activated, this, &ReviewView::openConfusionCell);

    for (int column : {3, 5}) {
        auto *bar = new BarDelegate(ReportTableModel::RatioRole, this);
        m_categoriesView->setItemDelegateForColumn(column, bar);
    }
    m_escalationsView->setItemDelegateForColumn(2, new BarDelegate(ReportTableModel::RatioRole, this));
    m_rateView->setItemDelegateForColumn(3, new BarDelegate(ReportTableModel::RatioRole, this));
    m_overridesView->setSortingEnabled(false);
    m_overridesView->setWordWrap(false);

    auto *overTime = new QSplitter(Qt::Horizontal, this);
    overTime->addWidget(m_chart);
    overTime->addWidget(m_rateView);
    overTime->setStretchFactor(0, 3);
    overTime->setStretchFactor(1, 2);

    m_sections->addTab(m_overridesView, QString());
    m_sections->addTab(confusion, QString());
    m_sections->addTab(m_categoriesView, QString());
    m_sections->addTab(overTime, QString());
    m_sections->addTab(m_escalationsView, QString());
    m_exportModels.insert(m_overridesView, m_overrides);
    m_exportModels.insert(confusion, m_confusion);
    m_exportModels.insert(m_categoriesView, m_categories);
    m_exportModels.insert(overTime, m_rate);
    m_exportModels.insert(m_escalationsView, m_escalations);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_sections, 1);
    setTabOrder(m_period, m_agent);
    setTabOrder(m_agent, m_category);
    setTabOrder(m_category, m_sections);

    retranslateUi();
    connect(m_refresh, &QAction::triggered, this, &ReviewView::refresh);
    connect(m_export, &QAction::triggered, this, &ReviewView::exportShown);
    for (QComboBox *box : {m_period, m_agent, m_category}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                refresh();
        });
    }
}

ReviewView::~ReviewView()
{
    if (m_watcher)
        m_watcher->waitForFinished();
}

void ReviewView::addSection(QWidget *section, const QString &title, QAbstractItemModel *exportModel)
{
    m_sections->addTab(section, title);
    if (exportModel)
        m_exportModels.insert(section, exportModel);
}

void ReviewView::setStore(const StoreLocation &location)
{
    m_location = location;
    m_hasStore = true;
    m_noStoreReason.clear();
    m_store.reset();
}

void ReviewView::clearStore(const QString &reason)
{
    m_hasStore = false;
    m_store.reset();
    m_noStoreReason = reason;
    ReviewData none;
    none.error = reason;
    show(none);
}

void ReviewView::setTaxonomy(const Taxonomy &taxonomy)
{
    m_taxonomy = taxonomy;
    fillFilters();
}

QString ReviewView::categoryName(const QString &id) const
{
    return id.isEmpty() ? tr("(none)") : m_taxonomy.displayName(id, interfaceLanguage());
}

QString ReviewView::reasonText(const QString &code) const
{
    for (const auto &[reason, label] : OverrideDialog::reasons()) {
        if (reason == code)
            return label;
    }
    if (code == QLatin1String("other"))
        return tr("Other");
    return QueueModel::flagText(code);
}

void ReviewView::fillFilters()
{
    m_filling = true;
    const int period = qMax(0, m_period->currentIndex());
    m_period->clear();
    m_period->addItem(tr("All time"), int(Period::AllTime));
    m_period->addItem(tr("Today"), int(Period::Today));
    m_period->addItem(tr("Last 7 days"), int(Period::Last7Days));
    m_period->addItem(tr("Last 30 days"), int(Period::Last30Days));
    m_period->addItem(tr("Last 90 days"), int(Period::Last90Days));
    m_period->setCurrentIndex(period);

    const QString agent = m_agent->currentData().toString();
    m_agent->clear();
    m_agent->addItem(tr("Every agent"), QString());
    QStringList agents = m_data.agents;
    if (!agent.isEmpty() && !agents.contains(agent))
        agents << agent;
    for (const QString &name : std::as_const(agents))
        m_agent->addItem(name, name);
    m_agent->setCurrentIndex(qMax(0, m_agent->findData(agent)));

    const QString category = m_category->currentData().toString();
    m_category->clear();
    m_category->addItem(tr("Every category"), QString());
    for (const Category &c : m_taxonomy.categories())
        m_category->addItem(c.names.value(interfaceLanguage(), c.name.isEmpty() ? c.id : c.name), c.id);
    m_category->setCurrentIndex(qMax(0, m_category->findData(category)));
    m_filling = false;
}

void ReviewView::setPeriod(Period period)
{
    m_period->setCurrentIndex(qMax(0, m_period->findData(int(period))));
}

void ReviewView::setAgent(const QString &agent)
{
    if (m_agent->findData(agent) < 0)
        m_agent->addItem(agent, agent);
    m_agent->setCurrentIndex(m_agent->findData(agent));
}

void ReviewView::setCategory(const QString &category)
{
    m_category->setCurrentIndex(qMax(0, m_category->findData(category)));
}

PeriodFilter ReviewView::currentFilter() const
{
    PeriodFilter filter;
    const QDateTime now = QDateTime::currentDateTime();
    switch (Period(m_period->currentData().toInt())) {
    case Period::AllTime:
        break;
    case Period::Today:
        filter.from = QDateTime(now.date(), QTime(0, 0));
        break;
    case Period::Last7Days:
        filter.from = now.addDays(-7);
        break;
    case Period::Last30Days:
        filter.from = now.addDays(-30);
        break;
    case Period::Last90Days:
        filter.from = now.addDays(-90);
        break;
    }
    filter.agent = m_agent->currentData().toString();
    filter.category = m_category->currentData().toString();
    return filter;
}

void ReviewView::refresh()
{
    if (!m_hasStore) {
        m_summary->setText(m_noStoreReason.isEmpty() ? tr("No store is open: there is nothing to review.")
                                                     : tr("No store is open: %1").arg(m_noStoreReason));
        return;
    }
    if (m_watcher) {
        m_refreshAgain = true;
        return;
    }
    m_summary->setText(tr("Reading the store…"));
    const PeriodFilter filter = currentFilter();
    const StoreLocation location = m_location;
    const Taxonomy taxonomy = m_taxonomy;
    m_watcher = new QFutureWatcher<ReviewData>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const ReviewData data = m_watcher->future().resultCount() ? m_watcher->result() : ReviewData();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refresh();
            return;
        }
        show(data);
        emit refreshed();
    });
    m_watcher->setFuture(QtConcurrent::run([location, filter, taxonomy] {
        QString error;
        std::unique_ptr<DecisionStore> store = DecisionStore::open(location, &error);
        if (!store) {
            ReviewData failed;
            failed.error = error;
            return failed;
        }
        return ReviewData::query(*store, filter, taxonomy);
    }));
}

void ReviewView::show(const ReviewData &data)
{
    if (!data.error.isEmpty()) {
        // Nothing of an earlier read stays on screen beside the error.
        ReviewData empty;
        empty.filter = data.filter;
        show(empty);
        m_data = data;
        m_summary->setText(m_hasStore ? tr("The review could not be read: %1").arg(data.error)
                                      : tr("No store is open: %1").arg(data.error));
        return;
    }
    m_data = data;
    fillFilters();
    int escalations = 0;
    for (const ReasonCount &r : data.escalations)
        escalations += r.count;
    m_summary->setText(
        tr("%n settled ticket(s)", nullptr, data.settled) + QStringLiteral(" \u00b7 ")
        + tr("suggestions right: %1").arg(data.settled ? percent(double(data.correct) / data.settled) : tr("n/a"))
        + QStringLiteral(" \u00b7 ") + tr("%n override(s)", nullptr, int(data.overrides.size()))
        + QStringLiteral(" \u00b7 ") + tr("%n escalation(s)", nullptr, escalations));

    QList<ReportTableModel::Row> rows;
    for (const OverrideRecord &o : data.overrides) {
        ReportTableModel::Row row;
        row.ticketId = o.action.ticketId;
        const QDateTime at = o.action.at.toLocalTime();
        row.cells << cell(QLocale().toString(at, QLocale::ShortFormat), at.toString(Qt::ISODate))
                  << cell(o.action.agent) << cell(o.ticketExternalId + QStringLiteral(" ") + o.ticketSubject)
                  << cell(categoryName(o.suggestedCategory), o.suggestedCategory)
                  << cell(categoryName(o.action.category), o.action.category)
                  << cell(Tables::confidence(o.confidence), o.confidence)
                  << cell(o.action.reason.isEmpty()
                              ? reasonText(o.action.reasonCode)
                              : reasonText(o.action.reasonCode) + QStringLiteral(": ") + o.action.reason)
                  << cell(o.undone ? tr("yes") : tr("no"), o.undone);
        rows << row;
    }
    m_overrides->setContents({tr("When"), tr("Agent"), tr("Ticket"), tr("Suggested"), tr("Final"), tr("Confidence"),
                              tr("Reason"), tr("Undone")},
                             rows);
    m_overridesView->resizeColumnsToContents();

    m_confusion->setCounts(data.confusion, m_taxonomy);

    rows.clear();
    for (const CategoryStats &s : data.categories) {
        ReportTableModel::Row row;
        row.cells << cell(categoryName(s.category), s.category) << cell(QLocale().toString(s.settled), s.settled)
                  << cell(QLocale().toString(s.correct), s.correct)
                  << cell(s.settled ? percent(s.accuracy()) : tr("n/a"), s.accuracy(), s.settled ? s.accuracy() : -1.0)
                  << cell(QLocale().toString(s.overrides), s.overrides)
                  << cell(s.settled ? percent(s.overrideRate()) : tr("n/a"), s.overrideRate(),
                          s.settled ? s.overrideRate() : -1.0);
        rows << row;
    }
    m_categories->setContents(
        {tr("Suggested category"), tr("Settled"), tr("Right"), tr("Accuracy"), tr("Overrides"), tr("Override rate")},
        rows);
    m_categoriesView->resizeColumnsToContents();

    rows.clear();
    for (const RatePoint &p : data.rateOverTime) {
        ReportTableModel::Row row;
        row.cells << cell(QLocale().toString(p.day, QLocale::ShortFormat), p.day.toString(Qt::ISODate))
                  << cell(QLocale().toString(p.settled), p.settled)
                  << cell(QLocale().toString(p.overrides), p.overrides) << cell(percent(p.rate()), p.rate(), p.rate());
        rows << row;
    }
    m_rate->setContents({tr("Day"), tr("Settled"), tr("Overrides"), tr("Override rate")}, rows);
    m_rateView->resizeColumnsToContents();
    m_chart->setPoints(data.rateOverTime);

    rows.clear();
    for (const ReasonCount &r : data.escalations) {
        ReportTableModel::Row row;
        const double share = escalations ? double(r.count) / escalations : 0.0;
        row.cells << cell(reasonText(r.reasonCode), r.reasonCode) << cell(QLocale().toString(r.count), r.count)
                  << cell(percent(share), share, share);
        rows << row;
    }
    m_escalations->setContents({tr("Reason"), tr("Escalations"), tr("Share")}, rows);
    m_escalationsView->resizeColumnsToContents();
}

void ReviewView::openConfusionCell(const QModelIndex &index)
{
    if (!index.isValid() || !m_hasStore)
        return;
    const QString predicted = index.data(ConfusionModel::PredictedRole).toString();
    const QString final = index.data(ConfusionModel::FinalRole).toString();
    if (!m_store) {
        QString error;
        m_store = DecisionStore::open(m_location, &error);
        if (!m_store) {
            m_summary->setText(tr("The store cannot be opened: %1").arg(error));
            return;
        }
    }
    const QList<qint64> ids = m_store->confusionTickets(predicted, final, m_data.filter);
    if (ids.isEmpty())
        return;
    emit ticketsRequested(ids,
                          tr("Suggested %1, final %2: %n ticket(s)", nullptr, int(ids.size()))
                              .arg(categoryName(predicted), categoryName(final)));
}

bool ReviewView::exportCsv(const QString &path, QString *error) const
{
    const QAbstractItemModel *model = m_exportModels.value(m_sections->currentWidget());
    if (!model) {
        *error = tr("This section has nothing to export");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    const bool matrix = model == m_confusion;
    // What the screen shows: names, not ids, and percentages as they read (the matrix: its counts).
    if (!Csv::writeModel(*model, &file, matrix ? int(ConfusionModel::CountRole) : int(Qt::DisplayRole), matrix, error))
        return false;
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void ReviewView::exportShown()
{
    const QString name = m_sections->tabText(m_sections->currentIndex()).remove(QLatin1Char('&'));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export as CSV"), name.toLower().replace(QLatin1Char(' '), QLatin1Char('-')) + QStringLiteral(".csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error)) {
        QMessageBox::warning(this, tr("Export as CSV"), tr("%1 could not be written: %2").arg(path, error));
        return;
    }
    QMessageBox::information(this, tr("Export as CSV"), tr("\"%1\" was written to %2.").arg(name, path));
}

void ReviewView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_hasStore && m_data.error.isEmpty())
            show(m_data);
    }
    QWidget::changeEvent(event);
}

void ReviewView::retranslateUi()
{
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Read the figures again from the store (F5)"));
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("Save the section shown as a CSV file (Ctrl+Shift+S)"));
    m_toolBar->setWindowTitle(tr("Review actions"));
    m_periodLabel->setText(tr("&Period:"));
    m_agentLabel->setText(tr("A&gent:"));
    m_categoryLabel->setText(tr("&Category:"));
    m_period->setAccessibleName(tr("Period"));
    m_agent->setAccessibleName(tr("Agent"));
    m_category->setAccessibleName(tr("Category"));
    m_sections->setTabText(0, tr("Overrides"));
    m_sections->setTabText(1, tr("Confusion matrix"));
    m_sections->setTabText(2, tr("Per category"));
    m_sections->setTabText(3, tr("Over time"));
    m_sections->setTabText(4, tr("Escalations"));
    m_sections->setAccessibleName(tr("Review sections"));
    m_overridesView->setAccessibleName(tr("Overrides"));
    m_confusionView->setAccessibleName(tr("Confusion matrix: suggested category by final category"));
    m_confusionHint->setText(tr("Rows: suggested category. Columns: final category after the agent. Press Enter "
                                "or double-click a cell to open its tickets in the queue."));
    m_categoriesView->setAccessibleName(tr("Accuracy and override rate per category"));
    m_rateView->setAccessibleName(tr("Override rate by day"));
    m_escalationsView->setAccessibleName(tr("Escalations by reason"));
    fillFilters();
}

} // namespace RouteDesk
