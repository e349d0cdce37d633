#include "bardelegate.h"

#include <QApplication>
#include <QPainter>

namespace RouteDesk {

BarDelegate::BarDelegate(int valueRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_valueRole(valueRole)
{ }

void BarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    bool ok = false;
    const double value = index.data(m_valueRole).toDouble(&ok);
    if (!ok || value < 0.0)
        return;
    const QRect area = opt.rect.adjusted(4, 0, -4, 0);
    const int textWidth = opt.fontMetrics.horizontalAdvance(QStringLiteral("100 %")) + 6;
    const int barHeight = qMax(6, opt.fontMetrics.height() / 2);
    QRect track(area.left(), area.center().y() - barHeight / 2 + 1, qMax(10, area.width() - textWidth), barHeight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const bool selected = opt.state & QStyle::State_Selected;
    QColor trackColor = opt.palette.color(QPalette::Mid);
    trackColor.setAlpha(60);
    painter->setPen(Qt::NoPen);
    painter->setBrush(trackColor);
    painter->drawRoundedRect(track, 2, 2);
    const QColor fill = value < m_warningBelow ? QColor(0xd4, 0x8a, 0x17) : QColor(0x2e, 0x86, 0xc1);
    QRectF bar = track;
    bar.setWidth(track.width() * qBound(0.0, value, 1.0));
    painter->setBrush(selected ? opt.palette.color(QPalette::HighlightedText) : fill);
    painter->drawRoundedRect(bar, 2, 2);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect textRect(track.right() + 4, opt.rect.top(), area.right() - track.right() - 4, opt.rect.height());
    painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize BarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), option.fontMetrics.horizontalAdvance(QStringLiteral("100 %")) + 70));
    return size;
}

} // namespace RouteDesk
