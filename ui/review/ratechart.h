#pragma once

#include "review/reviewdata.h"

#include <QWidget>

namespace RouteDesk {

// The override rate over time: one point a day (overrides / settled tickets), with the day's volume as pale bars
// behind it, drawn with QPainter. The same numbers are in the table beside it for keyboard and screen readers.
class RateChart : public QWidget
{
    Q_OBJECT

public:
    explicit RateChart(QWidget *parent = nullptr);

    void setPoints(const QList<RatePoint> &points);
    const QList<RatePoint> &points() const { return m_points; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QList<RatePoint> m_points;
};

} // namespace RouteDesk
