#pragma once

#include "review/reviewdata.h"

#include <QAbstractTableModel>

namespace RouteDesk {

// A read-only table of precomputed cells for the review's lists (overrides, per-category figures, override rate
// by day, escalations by reason). Each cell has its display text, a sort/export value and optionally a ratio in
// [0, 1] that BarDelegate draws (RatioRole, -1 when none).
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { RatioRole = Qt::UserRole + 1, ValueRole, TicketIdRole };

    struct Cell
    {
        QString text;
        QVariant value; // what export and sorting use; the text when invalid
        double ratio = -1.0;
        QString toolTip;
    };
    struct Row
    {
        QList<Cell> cells;
        qint64 ticketId = 0;
    };

    explicit ReportTableModel(QObject *parent = nullptr);

    void setContents(const QStringList &headers, QList<Row> rows);
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

// The predicted-by-final confusion matrix: rows are suggested categories, columns final categories, cells counts.
class ConfusionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { CountRole = Qt::UserRole + 1, IntensityRole, PredictedRole, FinalRole, DiagonalRole };

    explicit ConfusionModel(QObject *parent = nullptr);

    void setCounts(const QList<ConfusionCount> &counts, const Taxonomy &taxonomy);
    int count(const QString &predicted, const QString &final) const;
    const QStringList &categories() const { return m_categories; }
    int maxCount() const { return m_max; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_categories; // ids, taxonomy order then others
    QStringList m_names;
    QList<QList<int>> m_counts; // [predicted][final]
    int m_max = 0;
};

} // namespace RouteDesk
