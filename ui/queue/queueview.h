#pragma once

#include "model/category.h"
#include "queue/queueproxymodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace RouteDesk {

class BarDelegate;

// The agent's queue: a filter bar (state, category, flag, free text) over a sortable table of tickets.
// Owns the QueueModel and its QueueProxyModel. The current ticket is tracked by id, so it survives sorting,
// filtering and reloading.
class QueueView : public QWidget
{
    Q_OBJECT

public:
    explicit QueueView(QWidget *parent = nullptr);

    QueueModel *model() const { return m_model; }
    QueueProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }

    void setTaxonomy(const Taxonomy &taxonomy);
    void setRows(std::vector<QueueRow> rows);

    qint64 currentTicketId() const;
    // Makes the ticket current (clearing filters that hide it); false when it is not in the queue.
    bool selectTicket(qint64 ticketId);
    void selectRow(int proxyRow);
    // Moves the current row; false at either end.
    bool selectNext();
    bool selectPrevious();

    // Shows only these tickets (from the review's confusion matrix) with `label` and a button that clears it.
    void showOnly(const QList<qint64> &ticketIds, const QString &label);
    void clearFilters();
    // Gives the keyboard to the list (after Enter or Escape in the filter field).
    void focusList();

signals:
    void currentTicketChanged(qint64 ticketId); // 0 when nothing is current

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void fitStateColumn();
    void fillCategoryBox();
    void fillFlagBox();
    void applyFilter();
    void currentRowChanged();

    QueueModel *m_model;
    QueueProxyModel *m_proxy;
    QComboBox *m_state;
    QComboBox *m_category;
    QComboBox *m_flag;
    QLineEdit *m_search;
    QLabel *m_count;
    QWidget *m_only;
    QLabel *m_onlyLabel;
    QToolButton *m_onlyClear;
    QTableView *m_table;
    BarDelegate *m_confidenceDelegate;
    QSet<qint64> m_onlyIds;
    QString m_onlyText;
    qint64 m_current = 0;
    bool m_filling = false;
};

} // namespace RouteDesk
