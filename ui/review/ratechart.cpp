#include "ratechart.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace RouteDesk {

RateChart::RateChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("rateChart"));
    setAccessibleName(tr("Override rate over time"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void RateChart::setPoints(const QList<RatePoint> &points)
{
    m_points = points;
    QStringList summary;
    for (const RatePoint &p : points)
        summary << tr("%1: %2 %").arg(QLocale().toString(p.day, QLocale::ShortFormat)).arg(qRound(p.rate() * 100));
    setAccessibleDescription(summary.join(QStringLiteral("; ")));
    update();
}

QSize RateChart::sizeHint() const
{
    return {520, 240};
}

QSize RateChart::minimumSizeHint() const
{
    return {240, 140};
}

void RateChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Override rate over time"));
        update();
    }
    QWidget::changeEvent(event);
}

void RateChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QFontMetrics fm = fontMetrics();
    const int left = fm.horizontalAdvance(QStringLiteral("100 %")) + 12;
    const int bottom = fm.height() + 10;
    const int labelWidth = fm.horizontalAdvance(QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat)) + 12;
    const QRect plot = rect().adjusted(left, fm.height() + 8, -labelWidth / 2 - 4, -bottom);
    const QColor text = palette().color(QPalette::Text);
    QColor grid = palette().color(QPalette::Mid);
    grid.setAlpha(90);

    painter.setPen(text);
    int maxSettled = 1;
    for (const RatePoint &p : m_points)
        maxSettled = qMax(maxSettled, p.settled);
    painter.drawText(QRect(left, 2, width() - left, fm.height() + 4), Qt::AlignLeft | Qt::AlignVCenter,
                     m_points.isEmpty() ? tr("Overrides per settled ticket, by day")
                                        : tr("Overrides per settled ticket, by day (pale bars: tickets settled, "
                                             "at most %1 a day)")
                                              .arg(maxSettled));
    for (int pct = 0; pct <= 100; pct += 25) {
        const int y = plot.bottom() - plot.height() * pct / 100;
        painter.setPen(grid);
        painter.drawLine(plot.left(), y, plot.right(), y);
        painter.setPen(text);
        painter.drawText(QRect(0, y - fm.height() / 2, left - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("%1 %").arg(pct));
    }
    if (m_points.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(plot, Qt::AlignCenter, tr("No settled tickets in this period"));
        return;
    }
    const int n = int(m_points.size());
    const double step = n > 1 ? double(plot.width()) / (n - 1) : 0.0;
    auto xAt = [&](int i) {
        return n > 1 ? plot.left() + step * i : double(plot.center().x());
    };
    // Volume bars behind the line.
    const double barWidth = qMax(2.0, qMin(28.0, (n > 1 ? step : plot.width()) * 0.6));
    QColor bar = QColor(0x2e, 0x86, 0xc1);
    bar.setAlpha(40);
    for (int i = 0; i < n; ++i) {
        // Volume is drawn to half the height so it stays in the background of the rate.
        const double h = plot.height() * 0.5 * double(m_points[i].settled) / maxSettled;
        painter.fillRect(QRectF(xAt(i) - barWidth / 2, plot.bottom() - h, barWidth, h), bar);
    }
    QPainterPath line;
    for (int i = 0; i < n; ++i) {
        const QPointF p(xAt(i), plot.bottom() - plot.height() * m_points[i].rate());
        if (i == 0)
            line.moveTo(p);
        else
            line.lineTo(p);
    }
    painter.setPen(QPen(QColor(0xd3, 0x54, 0x00), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(line);
    painter.setBrush(QColor(0xd3, 0x54, 0x00));
    for (int i = 0; i < n; ++i)
        painter.drawEllipse(QPointF(xAt(i), plot.bottom() - plot.height() * m_points[i].rate()), 3, 3);
    // Date labels: first, last and a few between, never overlapping.
    painter.setPen(text);
    const int every = qMax(1, int(std::ceil(double(labelWidth) / qMax(1.0, step))));
    for (int i = 0; i < n; i += every) {
        const QString label = QLocale().toString(m_points[i].day, QLocale::ShortFormat);
        painter.drawText(QRectF(xAt(i) - labelWidth / 2.0, plot.bottom() + 4, labelWidth, fm.height()), Qt::AlignCenter,
                         label);
    }
}

} // namespace RouteDesk
