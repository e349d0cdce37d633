#pragma once

#include <QStyledItemDelegate>

namespace RouteDesk {

// Paints a ticket's escalation flags as a row of icons (QueueModel::FlagCodesRole); the model's tooltip gives
// the reasons.
class FlagsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace RouteDesk
