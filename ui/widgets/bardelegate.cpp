#include "bardelegate.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace RouteDesk {

namespace {

int textWidth(const QFontMetrics &metrics, const QString &text)
{
    static const QString widest = QLocale().toString(100.0, 'f', 1) + QStringLiteral(" %");
    return qMax(metrics.horizontalAdvance(widest), metrics.horizontalAdvance(text)) + 6;
}

} // namespace

BarDelegate::BarDelegate(int valueRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_valueRole(valueRole)
{ }

void BarDelegate::layout(const QRect &rect, const QFontMetrics &metrics, const QString &text, QRect *track,
                         QRect *textRect)
{
    const QRect area = rect.adjusted(4, 0, -4, 0);
    const int barHeight = qMax(6, metrics.height() / 2);
    *track = QRect(area.left(), area.center().y() - barHeight / 2 + 1,
                   qMax(10, area.width() - textWidth(metrics, text)), barHeight);
    *textRect = QRect(track->right() + 4, rect.top(), qMax(0, area.right() - track->right() - 3), rect.height());
}

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
    QRect track;
    QRect textRect;
    layout(opt.rect, opt.fontMetrics, text, &track, &textRect);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const bool selected = opt.state & QStyle::State_Selected;
    QColor trackColor = opt.palette.color(QPalette::Mid);
    trackColor.setAlpha(60);
    painter->setPen(Qt::NoPen);
    painter->setBrush(trackColor);
    painter->drawRoundedRect(track, 2, 2);
    const bool warning = m_warningRole != 0 && index.data(m_warningRole).toBool();
    const QColor fill = warning ? QColor(0xd4, 0x8a, 0x17) : QColor(0x2e, 0x86, 0xc1);
    QRectF bar = track;
    bar.setWidth(track.width() * qBound(0.0, value, 1.0));
    painter->setBrush(selected ? opt.palette.color(QPalette::HighlightedText) : fill);
    painter->drawRoundedRect(bar, 2, 2);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize BarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), textWidth(option.fontMetrics, index.data().toString()) + 60));
    return size;
}

} // namespace RouteDesk
