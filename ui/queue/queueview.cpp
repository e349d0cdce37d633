#include "queueview.h"

#include "queue/flagsdelegate.h"
#include "widgets/bardelegate.h"
#include "widgets/icons.h"

#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace RouteDesk {

QueueView::QueueView(QWidget *parent)
    : QWidget(parent)
    , m_model(new QueueModel(this))
    , m_proxy(new QueueProxyModel(this))
    , m_state(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_flag(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_only(new QWidget(this))
    , m_onlyLabel(new QLabel(m_only))
    , m_onlyClear(new QToolButton(m_only))
    , m_table(new QTableView(this))
    , m_confidenceDelegate(new BarDelegate(QueueModel::ConfidenceRole, this))
{
    setObjectName(QStringLiteral("queueView"));
    m_proxy->setSourceModel(m_model);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_flag->setObjectName(QStringLiteral("flagFilter"));
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_count->setObjectName(QStringLiteral("queueCount"));
    m_onlyClear->setObjectName(QStringLiteral("clearOnlyFilter"));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_flag->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(QueueModel::SubjectColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    // The subject takes what the others leave: they are kept narrow so that it reads at 1280 pixels too.
    m_table->setColumnWidth(QueueModel::PriorityColumn, 62);
    m_table->setColumnWidth(QueueModel::AgeColumn, 46);
    m_table->setColumnWidth(QueueModel::RequesterColumn, 112);
    m_table->setColumnWidth(QueueModel::CategoryColumn, 128);
    m_table->setColumnWidth(QueueModel::ConfidenceColumn, 86);
    m_table->setColumnWidth(QueueModel::FlagsColumn, 76);
    m_table->setColumnWidth(QueueModel::StateColumn, 84);
    // Amber exactly when the escalation policy flagged low confidence: one threshold for the bar and the flag.
    m_confidenceDelegate->setWarningRole(QueueModel::LowConfidenceRole);
    m_table->setItemDelegateForColumn(QueueModel::ConfidenceColumn, m_confidenceDelegate);
    m_table->setItemDelegateForColumn(QueueModel::FlagsColumn, new FlagsDelegate(this));
    m_table->sortByColumn(QueueModel::PriorityColumn, Qt::AscendingOrder);

    m_onlyLabel->setObjectName(QStringLiteral("onlyFilterLabel"));
    m_onlyClear->setIcon(Icons::named(QStringLiteral("cancel")));
    auto *onlyLayout = new QHBoxLayout(m_only);
    onlyLayout->setContentsMargins(0, 0, 0, 0);
    onlyLayout->addWidget(m_onlyLabel);
    onlyLayout->addWidget(m_onlyClear);
    m_only->hide();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_state);
    filters->addWidget(m_category);
    filters->addWidget(m_flag);
    filters->addWidget(m_only);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    setTabOrder(m_search, m_state);
    setTabOrder(m_state, m_category);
    setTabOrder(m_category, m_flag);
    setTabOrder(m_flag, m_table);

    retranslateUi();

    connect(m_state, &QComboBox::currentIndexChanged, this, &QueueView::applyFilter);
    connect(m_category, &QComboBox::currentIndexChanged, this, &QueueView::applyFilter);
    connect(m_flag, &QComboBox::currentIndexChanged, this, &QueueView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &QueueView::applyFilter);
    // Enter (and Escape, see eventFilter) hand the keyboard back to the list, so J and K move again.
    connect(m_search, &QLineEdit::returnPressed, this, &QueueView::focusList);
    m_search->installEventFilter(this);
    connect(m_onlyClear, &QToolButton::clicked, this, [this] { showOnly({}, {}); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QueueView::currentRowChanged);
    // A reset (filter, reload) drops the current index: put the current ticket back when it is still shown.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        const qint64 keep = m_current;
        const int row = keep ? m_proxy->rowOfTicket(keep) : -1;
        if (row >= 0)
            selectRow(row);
        else if (m_proxy->rowCount() > 0)
            selectRow(0);
        else
            currentRowChanged();
        m_count->setText(tr("%n shown", "tickets", m_proxy->rowCount()));
    });
}

bool QueueView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        focusList();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void QueueView::focusList()
{
    // Keep the filter; the list takes the keyboard with the current ticket (or the first one) selected.
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        selectRow(0);
    m_table->setFocus(Qt::ShortcutFocusReason);
}

void QueueView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void QueueView::retranslateUi()
{
    m_filling = true;
    const int state = qMax(0, m_state->currentIndex());
    m_state->clear();
    m_state->addItem(tr("All states"));
    for (TicketState s : {TicketState::New, TicketState::Accepted, TicketState::Overridden, TicketState::Escalated})
        m_state->addItem(QueueModel::stateText(s), int(s));
    m_state->setCurrentIndex(state);
    fillCategoryBox();
    fillFlagBox();
    m_filling = false;
    m_search->setPlaceholderText(tr("Filter by subject, requester, id or category (Ctrl+F)"));
    m_search->setAccessibleName(tr("Filter text"));
    m_state->setAccessibleName(tr("State filter"));
    m_state->setToolTip(tr("Show tickets in this state"));
    m_category->setAccessibleName(tr("Category filter"));
    m_category->setToolTip(tr("Show tickets with this suggested category"));
    m_flag->setAccessibleName(tr("Flag filter"));
    m_flag->setToolTip(tr("Show tickets with this escalation flag"));
    m_table->setAccessibleName(tr("Ticket queue"));
    m_onlyClear->setToolTip(tr("Show the whole queue again"));
    m_onlyClear->setAccessibleName(tr("Clear ticket selection filter"));
    m_count->setText(tr("%n shown", "tickets", m_proxy->rowCount()));
    m_model->retranslate();
    fitStateColumn();
}

// The state column fits its longest word in this language ("Angenommen", "Remplacé"), never cut to the English
// width; it only grows, so an agent's own wider setting stays.
void QueueView::fitStateColumn()
{
    const QFontMetrics metrics(m_table->font());
    int width = QFontMetrics(m_table->horizontalHeader()->font())
                    .horizontalAdvance(m_model->headerData(QueueModel::StateColumn, Qt::Horizontal).toString());
    for (TicketState s : {TicketState::New, TicketState::Accepted, TicketState::Overridden, TicketState::Escalated})
        width = qMax(width, metrics.horizontalAdvance(QueueModel::stateText(s)));
    width += 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 16;
    if (m_table->columnWidth(QueueModel::StateColumn) < width)
        m_table->setColumnWidth(QueueModel::StateColumn, width);
}

void QueueView::fillCategoryBox()
{
    const bool was = m_filling;
    m_filling = true;
    const QString current = m_category->currentData().toString();
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (const Category &category : m_model->taxonomy().categories())
        m_category->addItem(
            category.names.value(interfaceLanguage(), category.name.isEmpty() ? category.id : category.name),
            category.id);
    const int index = m_category->findData(current);
    m_category->setCurrentIndex(index < 0 ? 0 : index);
    m_filling = was;
}

void QueueView::fillFlagBox()
{
    const QString current = m_flag->currentData().toString();
    m_flag->clear();
    m_flag->addItem(tr("Any or no flag"), QString());
    m_flag->addItem(tr("Flagged (any flag)"), QueueFilter::anyFlag());
    for (const QString &code : EscalationCode::all())
        m_flag->addItem(Icons::flag(code), QueueModel::flagText(code), code);
    const int index = m_flag->findData(current);
    m_flag->setCurrentIndex(index < 0 ? 0 : index);
}

void QueueView::setTaxonomy(const Taxonomy &taxonomy)
{
    m_model->setTaxonomy(taxonomy);
    fillCategoryBox();
    applyFilter();
}

void QueueView::setRows(std::vector<QueueRow> rows)
{
    m_model->setRows(std::move(rows));
}

void QueueView::applyFilter()
{
    if (m_filling)
        return;
    QueueFilter filter;
    if (m_state->currentIndex() > 0)
        filter.state = TicketState(m_state->currentData().toInt());
    filter.category = m_category->currentData().toString();
    filter.flag = m_flag->currentData().toString();
    filter.text = m_search->text();
    filter.ticketIds = m_onlyIds;
    m_proxy->setFilter(filter);
}

void QueueView::showOnly(const QList<qint64> &ticketIds, const QString &label)
{
    m_onlyIds = QSet<qint64>(ticketIds.cbegin(), ticketIds.cend());
    m_onlyText = label;
    m_onlyLabel->setText(label);
    m_only->setVisible(!m_onlyIds.isEmpty());
    if (!m_onlyIds.isEmpty()) {
        m_filling = true;
        m_state->setCurrentIndex(0);
        m_category->setCurrentIndex(0);
        m_flag->setCurrentIndex(0);
        m_search->clear();
        m_filling = false;
    }
    applyFilter();
}

void QueueView::clearFilters()
{
    m_filling = true;
    m_state->setCurrentIndex(0);
    m_category->setCurrentIndex(0);
    m_flag->setCurrentIndex(0);
    m_search->clear();
    m_filling = false;
    showOnly({}, {});
}

qint64 QueueView::currentTicketId() const
{
    return m_current;
}

void QueueView::selectRow(int proxyRow)
{
    if (proxyRow < 0 || proxyRow >= m_proxy->rowCount())
        return;
    const QModelIndex index = m_proxy->index(proxyRow, QueueModel::SubjectColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    currentRowChanged();
}

bool QueueView::selectTicket(qint64 ticketId)
{
    if (m_model->rowOfTicket(ticketId) < 0)
        return false;
    if (m_proxy->rowOfTicket(ticketId) < 0)
        clearFilters();
    selectRow(m_proxy->rowOfTicket(ticketId));
    return true;
}

bool QueueView::selectNext()
{
    const int row = m_table->currentIndex().row();
    if (row + 1 >= m_proxy->rowCount())
        return false;
    selectRow(row + 1);
    return true;
}

bool QueueView::selectPrevious()
{
    const int row = m_table->currentIndex().row();
    if (row <= 0)
        return false;
    selectRow(row - 1);
    return true;
}

void QueueView::currentRowChanged()
{
    const QModelIndex index = m_table->currentIndex();
    const qint64 id = index.isValid() ? m_proxy->ticketAt(index.row()) : 0;
    if (id == m_current)
        return;
    m_current = id;
    emit currentTicketChanged(id);
}

} // namespace RouteDesk
