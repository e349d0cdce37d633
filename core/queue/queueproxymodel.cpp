#include "queueproxymodel.h"

#include <QLoggingCategory>

#include <algorithm>
#include <array>
#include <limits>
#include <numeric>

Q_LOGGING_CATEGORY(lcQueueProxy, "routedesk.queue.proxy")

namespace RouteDesk {

QueueProxyModel::QueueProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

QueueProxyModel::~QueueProxyModel() = default;

void QueueProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    auto *queue = qobject_cast<QueueModel *>(sourceModel);
    if (sourceModel && !queue) {
        qCWarning(lcQueueProxy) << "QueueProxyModel only sorts and filters a QueueModel";
        return;
    }
    beginResetModel();
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(queue);
    m_source = queue;
    if (m_source) {
        connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this, &QueueProxyModel::beginResetModel);
        connect(m_source, &QAbstractItemModel::modelReset, this, &QueueProxyModel::sourceReset);
        connect(m_source, &QAbstractItemModel::dataChanged, this, &QueueProxyModel::sourceDataChanged);
        connect(m_source, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    }
    rebuild();
    endResetModel();
}

void QueueProxyModel::sourceReset()
{
    rebuild();
    endResetModel();
}

void QueueProxyModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                        const QList<int> &roles)
{
    // Changed rows keep their place; contiguous runs in the proxy become one signal each.
    int runStart = -1;
    int runEnd = -1;
    auto flush = [&] {
        if (runStart >= 0)
            emit dataChanged(index(runStart, topLeft.column()), index(runEnd, bottomRight.column()), roles);
        runStart = runEnd = -1;
    };
    const int last = bottomRight.row();
    if (last - topLeft.row() > 1000 && !m_proxyToSource.empty()) {
        emit dataChanged(index(0, topLeft.column()), index(int(m_proxyToSource.size()) - 1, bottomRight.column()),
                         roles);
        return;
    }
    std::vector<int> rows;
    for (int s = topLeft.row(); s <= last; ++s) {
        if (s < int(m_sourceToProxy.size()) && m_sourceToProxy[size_t(s)] >= 0)
            rows.push_back(m_sourceToProxy[size_t(s)]);
    }
    std::sort(rows.begin(), rows.end());
    for (int p : rows) {
        if (runStart >= 0 && p == runEnd + 1) {
            runEnd = p;
        } else {
            flush();
            runStart = runEnd = p;
        }
    }
    flush();
}

bool QueueProxyModel::accepts(const QueueRow &row) const
{
    if (m_filter.state && row.state != *m_filter.state)
        return false;
    if (!m_filter.category.isEmpty() && row.category != m_filter.category)
        return false;
    if (!m_filter.flag.isEmpty()) {
        if (row.flags.isEmpty())
            return false;
        if (m_filter.flag != QueueFilter::anyFlag()
            && std::none_of(row.flags.cbegin(), row.flags.cend(),
                            [&](const EscalationFlag &f) { return f.code == m_filter.flag; }))
            return false;
    }
    if (!m_filter.ticketIds.isEmpty() && !m_filter.ticketIds.contains(row.ticketId))
        return false;
    for (const QStringMatcher &word : m_words) {
        if (word.indexIn(row.haystack) < 0)
            return false;
    }
    return true;
}

void QueueProxyModel::setFilter(const QueueFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    m_words.clear();
    for (const QString &word : filter.text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        m_words << QStringMatcher(word, Qt::CaseSensitive);
    applyFilter();
    endResetModel();
}

namespace {

// What one row sorts by, side by side in one vector: the sort touches these and only reads a row's text when two
// rows share the first 40 characters (subjects often begin alike; most are shorter than that).
constexpr int packedWords = 10; // 40 characters of a text key

struct SortKey
{
    std::array<quint64, packedWords> packed {}; // the number, or a text key's first characters
    qint64 created = 0;
    qint64 id = 0;
    int row = 0;
};

const QString *textKey(const QueueRow &row, int column)
{
    switch (column) {
    case QueueModel::SubjectColumn:
        return &row.subjectKey;
    case QueueModel::RequesterColumn:
        return &row.requesterKey;
    case QueueModel::CategoryColumn:
        return &row.categoryKey;
    }
    return nullptr;
}

quint64 numericKey(const QueueRow &row, int column)
{
    switch (column) {
    case QueueModel::PriorityColumn:
        return quint64(row.priorityRank);
    case QueueModel::AgeColumn: // ascending by age: the newest ticket first
        return quint64(std::numeric_limits<qint64>::max() - row.createdMs);
    case QueueModel::ConfidenceColumn:
        return row.routed ? quint64(qBound(0.0, row.confidence, 1.0) * 1e9) + 1 : 0;
    case QueueModel::FlagsColumn:
        return quint64(row.flags.size());
    case QueueModel::StateColumn:
        return quint64(row.state);
    }
    return 0;
}

} // namespace

void QueueProxyModel::sortOrder(std::vector<int> *order) const
{
    const int n = m_source ? m_source->size() : 0;
    order->resize(size_t(n));
    std::iota(order->begin(), order->end(), 0);
    if (!m_source || m_sortColumn < 0)
        return;
    const QueueModel &model = *m_source;
    const int column = m_sortColumn;
    const bool text = column == QueueModel::SubjectColumn || column == QueueModel::RequesterColumn
        || column == QueueModel::CategoryColumn;
    std::vector<SortKey> keys(static_cast<size_t>(n));
    for (int r = 0; r < n; ++r) {
        const QueueRow &row = model.row(r);
        SortKey &key = keys[size_t(r)];
        if (text) {
            const QString &k = *textKey(row, column);
            const QChar *chars = k.constData();
            const qsizetype length = std::min<qsizetype>(k.size(), 4 * packedWords);
            for (int w = 0; w < packedWords; ++w) {
                quint64 value = 0;
                for (int i = 4 * w; i < 4 * w + 4; ++i)
                    value = (value << 16) | (i < length ? chars[i].unicode() : 0);
                key.packed[size_t(w)] = value;
            }
        } else {
            key.packed[0] = numericKey(row, column);
        }
        key.created = row.createdMs;
        key.id = row.ticketId;
        key.row = r;
    }
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    // Ties fall back to the oldest ticket first, then the store id, so the order is total and repeatable.
    std::sort(keys.begin(), keys.end(), [&](const SortKey &a, const SortKey &b) {
        // One pass over the packed words, stopping at the first that differs or where both keys have ended (a word of
        // padding: category names and other short keys tie often).
        int c = 0;
        for (size_t w = 0; w < size_t(packedWords); ++w) {
            if (a.packed[w] != b.packed[w]) {
                c = a.packed[w] < b.packed[w] ? -1 : 1;
                break;
            }
            if (a.packed[w] == 0)
                break;
        }
        if (c == 0 && text) {
            // Equal first characters: the whole keys decide (either side may be the longer one).
            const QString &left = *textKey(model.row(a.row), column);
            const QString &right = *textKey(model.row(b.row), column);
            if (left.size() > 4 * packedWords || right.size() > 4 * packedWords)
                c = left.compare(right);
        }
        if (c != 0)
            return descending ? c > 0 : c < 0;
        if (a.created != b.created)
            return a.created < b.created;
        return a.id < b.id;
    });
    for (int i = 0; i < n; ++i)
        (*order)[size_t(i)] = keys[size_t(i)].row;
}

void QueueProxyModel::rebuild()
{
    sortOrder(&m_sorted);
    applyFilter();
}

void QueueProxyModel::applyFilter()
{
    m_proxyToSource.clear();
    m_sourceToProxy.assign(m_sorted.size(), -1);
    if (!m_source)
        return;
    m_proxyToSource.reserve(m_sorted.size());
    const bool all = m_filter.isEmpty();
    for (int s : m_sorted) {
        if (all || accepts(m_source->row(s))) {
            m_sourceToProxy[size_t(s)] = int(m_proxyToSource.size());
            m_proxyToSource.push_back(s);
        }
    }
}

void QueueProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column >= QueueModel::ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QPersistentModelIndex> sources;
    sources.reserve(before.size());
    for (const QModelIndex &index : before)
        sources << QPersistentModelIndex(mapToSource(index));
    m_sortColumn = column;
    m_sortOrder = order;
    rebuild();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QPersistentModelIndex &source : std::as_const(sources))
        after << mapFromSource(source);
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int QueueProxyModel::rowOfTicket(qint64 ticketId) const
{
    if (!m_source)
        return -1;
    const int s = m_source->rowOfTicket(ticketId);
    return s < 0 ? -1 : m_sourceToProxy[size_t(s)];
}

qint64 QueueProxyModel::ticketAt(int proxyRow) const
{
    if (proxyRow < 0 || proxyRow >= int(m_proxyToSource.size()))
        return 0;
    return m_source->row(m_proxyToSource[size_t(proxyRow)]).ticketId;
}

QModelIndex QueueProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_source || !proxyIndex.isValid() || proxyIndex.row() >= int(m_proxyToSource.size()))
        return {};
    return m_source->index(m_proxyToSource[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex QueueProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_source || !sourceIndex.isValid() || sourceIndex.row() >= int(m_sourceToProxy.size()))
        return {};
    const int p = m_sourceToProxy[size_t(sourceIndex.row())];
    return p < 0 ? QModelIndex() : index(p, sourceIndex.column());
}

QModelIndex QueueProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= int(m_proxyToSource.size())
        || column >= QueueModel::ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex QueueProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex QueueProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int QueueProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_proxyToSource.size());
}

int QueueProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : QueueModel::ColumnCount;
}

bool QueueProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_proxyToSource.empty();
}

QVariant QueueProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && m_source)
        return m_source->headerData(section, orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}

} // namespace RouteDesk
