#pragma once

#include <QString>
#include <QVariant>

class QAbstractItemModel;
class QStandardItem;
class QTableView;
class QWidget;

// Small pieces the review's tables share (the review itself and its learning sections).
namespace RouteDesk::Tables {

// A read-only table of whole rows: no editing, alternating rows, no row numbers, the last column stretched, and Tab
// leaves the table (arrow keys move inside it) so keyboard users can reach what follows.
QTableView *makeReadOnlyTable(QWidget *parent, const QString &objectName, QAbstractItemModel *model);

// "12.5 %" in the user's locale, for a ratio of 0.125.
QString percent(double ratio);
// A model's confidence as the queue and the ticket pane show it: a whole percent ("47 %" for 0.468).
QString confidence(double p);

// A cell showing `text` whose Qt::UserRole (what tests and sorting read) is `value`, or the text without one.
QStandardItem *item(const QString &text, const QVariant &value = {});

} // namespace RouteDesk::Tables
