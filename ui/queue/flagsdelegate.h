#pragma once

#include <QStyledItemDelegate>

namespace RouteDesk {

// Paints a ticket's escalation flags as a row of icons (QueueModel::FlagCodesRole); the model's tooltip gives
// the reasons. A flag whose icon does not render (no SVG plugin, a missing file) is drawn as a short text chip in
// the flag's colour, so the column never looks empty while the ticket is flagged.
class FlagsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The chip's text for a flag ("Legal", "Refund"), translated.
    static QString chipText(const QString &code);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace RouteDesk
