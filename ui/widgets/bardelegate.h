#pragma once

#include <QStyledItemDelegate>

namespace RouteDesk {

// Paints a value in [0, 1] (read from `valueRole`; negative means "no value") as a bar with the item's display
// text beside it. A bar is drawn amber when the item's `warningRole` is true (the queue: the ticket is flagged
// low_confidence, so the bar and the flag use the escalation policy's one threshold), so low confidence stands out
// without reading numbers.
class BarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit BarDelegate(int valueRole, QObject *parent = nullptr);

    // 0 (the default): never amber.
    void setWarningRole(int role) { m_warningRole = role; }
    int warningRole() const { return m_warningRole; }

    // Where the bar and its text go in `rect`: the text area is wide enough for `text` (and for "100.0 %", so the
    // bars of a column line up).
    static void layout(const QRect &rect, const QFontMetrics &metrics, const QString &text, QRect *track,
                       QRect *textRect);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_valueRole;
    int m_warningRole = 0;
};

} // namespace RouteDesk
