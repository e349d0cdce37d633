#pragma once

#include <QStyledItemDelegate>

namespace RouteDesk {

// Paints a value in [0, 1] (read from `valueRole`; negative means "no value") as a bar with the item's display
// text beside it. Values below the warning threshold are drawn amber, so low confidence stands out without
// reading numbers.
class BarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    BarDelegate(int valueRole, QObject *parent = nullptr);

    void setWarningBelow(double threshold) { m_warningBelow = threshold; }
    double warningBelow() const { return m_warningBelow; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_valueRole;
    double m_warningBelow = 0.0;
};

} // namespace RouteDesk
