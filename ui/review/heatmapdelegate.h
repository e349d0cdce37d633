#pragma once

#include <QStyledItemDelegate>

namespace RouteDesk {

// Paints a confusion-matrix cell as a heat map: the more tickets, the deeper the colour (ConfusionModel's
// IntensityRole); the diagonal (suggestion was right) in blue, the rest in orange.
class HeatMapDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace RouteDesk
