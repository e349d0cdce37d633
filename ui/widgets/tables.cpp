#include "tables.h"

#include <QHeaderView>
#include <QLocale>
#include <QStandardItem>
#include <QTableView>

namespace RouteDesk::Tables {

QTableView *makeReadOnlyTable(QWidget *parent, const QString &objectName, QAbstractItemModel *model)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QString percent(double ratio)
{
    return QLocale().toString(ratio * 100, 'f', 1) + QStringLiteral(" %");
}

QString confidence(double p)
{
    return QLocale().toString(qRound(p * 100)) + QStringLiteral(" %");
}

QStandardItem *item(const QString &text, const QVariant &value)
{
    auto *cell = new QStandardItem(text);
    cell->setData(value.isValid() ? value : QVariant(text), Qt::UserRole);
    return cell;
}

} // namespace RouteDesk::Tables
