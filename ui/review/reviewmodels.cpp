#include "reviewmodels.h"

#include <QLocale>

namespace RouteDesk {

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ReportTableModel::setContents(const QStringList &headers, QList<Row> rows)
{
    beginResetModel();
    m_headers = headers;
    m_rows = std::move(rows);
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    if (index.column() >= row.cells.size())
        return {};
    const Cell &cell = row.cells[index.column()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return cell.text;
    case Qt::ToolTipRole:
        return cell.toolTip.isEmpty() ? QVariant() : QVariant(cell.toolTip);
    case Qt::TextAlignmentRole:
        return cell.value.typeId() == QMetaType::Int || cell.value.typeId() == QMetaType::Double
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case RatioRole:
        return cell.ratio;
    case ValueRole:
        return cell.value.isValid() ? cell.value : QVariant(cell.text);
    case TicketIdRole:
        return row.ticketId;
    }
    return {};
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

ConfusionModel::ConfusionModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ConfusionModel::setCounts(const QList<ConfusionCount> &counts, const Taxonomy &taxonomy)
{
    beginResetModel();
    m_categories = taxonomy.ids();
    QStringList extra;
    for (const ConfusionCount &c : counts) {
        for (const QString &id : {c.predicted, c.final}) {
            if (!m_categories.contains(id) && !extra.contains(id))
                extra << id;
        }
    }
    extra.sort();
    m_categories << extra;
    m_names.clear();
    for (const QString &id : std::as_const(m_categories))
        m_names << (id.isEmpty() ? tr("(none)") : taxonomy.displayName(id, interfaceLanguage()));
    const qsizetype n = m_categories.size();
    m_counts = QList<QList<int>>(n, QList<int>(n, 0));
    m_max = 0;
    for (const ConfusionCount &c : counts) {
        const qsizetype p = m_categories.indexOf(c.predicted);
        const qsizetype f = m_categories.indexOf(c.final);
        m_counts[p][f] += c.count;
        m_max = qMax(m_max, m_counts[p][f]);
    }
    endResetModel();
}

int ConfusionModel::count(const QString &predicted, const QString &final) const
{
    const qsizetype p = m_categories.indexOf(predicted);
    const qsizetype f = m_categories.indexOf(final);
    return p < 0 || f < 0 ? 0 : m_counts[p][f];
}

int ConfusionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_categories.size());
}

int ConfusionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_categories.size());
}

QVariant ConfusionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int n = m_counts[index.row()][index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return n ? QLocale().toString(n) : QString();
    case CountRole:
        return n;
    case IntensityRole:
        return m_max ? double(n) / m_max : 0.0;
    case PredictedRole:
        return m_categories[index.row()];
    case FinalRole:
        return m_categories[index.column()];
    case DiagonalRole:
        return index.row() == index.column();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("Suggested %1, final %2: %n ticket(s)", nullptr, n)
            .arg(m_names[index.row()], m_names[index.column()]);
    }
    return {};
}

QVariant ConfusionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole && section >= 0 && section < m_names.size())
        return m_names[section];
    if (role == Qt::ToolTipRole && section >= 0 && section < m_names.size())
        return orientation == Qt::Vertical ? tr("Suggested: %1").arg(m_names[section])
                                           : tr("Final: %1").arg(m_names[section]);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace RouteDesk
