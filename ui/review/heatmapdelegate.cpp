#include "heatmapdelegate.h"

#include "review/reviewmodels.h"

#include <QPainter>

namespace RouteDesk {

void HeatMapDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const double intensity = index.data(ConfusionModel::IntensityRole).toDouble();
    const bool diagonal = index.data(ConfusionModel::DiagonalRole).toBool();
    const int count = index.data(ConfusionModel::CountRole).toInt();
    painter->save();
    const QColor base = diagonal ? QColor(0x2e, 0x86, 0xc1) : QColor(0xd3, 0x54, 0x00);
    QColor fill = base;
    fill.setAlphaF(count ? 0.12 + 0.78 * intensity : 0.0);
    painter->fillRect(option.rect.adjusted(1, 1, -1, -1), option.palette.base());
    painter->fillRect(option.rect.adjusted(1, 1, -1, -1), fill);
    if (option.state & QStyle::State_HasFocus) {
        QPen pen(option.palette.color(QPalette::Highlight), 2);
        painter->setPen(pen);
        painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
    }
    if (count) {
        painter->setPen(intensity > 0.55 ? QColor(Qt::white) : option.palette.color(QPalette::Text));
        painter->drawText(option.rect, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
    }
    painter->restore();
}

} // namespace RouteDesk
