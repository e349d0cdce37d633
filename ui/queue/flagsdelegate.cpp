#include "flagsdelegate.h"

#include "queue/queuemodel.h"
#include "widgets/icons.h"

#include <QApplication>
#include <QPainter>

namespace RouteDesk {

namespace {
constexpr int iconSize = 16;
constexpr int spacing = 3;
} // namespace

void FlagsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QStringList codes = index.data(QueueModel::FlagCodesRole).toStringList();
    int x = opt.rect.left() + 4;
    const int y = opt.rect.center().y() - iconSize / 2 + 1;
    for (const QString &code : codes) {
        if (x + iconSize > opt.rect.right())
            break;
        Icons::flag(code).paint(painter, QRect(x, y, iconSize, iconSize));
        x += iconSize + spacing;
    }
}

QSize FlagsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int n = int(index.data(QueueModel::FlagCodesRole).toStringList().size());
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(40, 8 + n * (iconSize + spacing)));
    size.setHeight(qMax(size.height(), iconSize + 4));
    return size;
}

} // namespace RouteDesk
