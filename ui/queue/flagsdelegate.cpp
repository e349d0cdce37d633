#include "flagsdelegate.h"

#include "queue/queuemodel.h"
#include "widgets/icons.h"

#include <QApplication>
#include <QHash>
#include <QPainter>

namespace RouteDesk {

namespace {
constexpr int iconSize = 16;
constexpr int spacing = 3;
constexpr int chipPadding = 3;

QFont chipFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    font.setBold(true);
    return font;
}
} // namespace

QString FlagsDelegate::chipText(const QString &code)
{
    static const QHash<QString, const char *> texts = {
        {QLatin1String(EscalationCode::LowConfidence), QT_TR_NOOP("Unsure")},
        {QLatin1String(EscalationCode::Ambiguous), QT_TR_NOOP("Ambig.")},
        {QLatin1String(EscalationCode::MultiIntent), QT_TR_NOOP("Multi")},
        {QLatin1String(EscalationCode::RefundReview), QT_TR_NOOP("Refund")},
        {QLatin1String(EscalationCode::PolicyException), QT_TR_NOOP("Policy")},
        {QLatin1String(EscalationCode::SecurityIncident), QT_TR_NOOP("Security")},
        {QLatin1String(EscalationCode::LegalThreat), QT_TR_NOOP("Legal")},
        {QLatin1String(EscalationCode::Abuse), QT_TR_NOOP("Abuse")},
        {QLatin1String(EscalationCode::Urgent), QT_TR_NOOP("Urgent")},
        {QLatin1String(EscalationCode::EmotionalDistress), QT_TR_NOOP("Distress")},
        {QLatin1String(EscalationCode::Vip), QT_TR_NOOP("VIP")},
        {QLatin1String(EscalationCode::RoutingLoop), QT_TR_NOOP("Loop")},
        {QLatin1String(EscalationCode::OutOfScope), QT_TR_NOOP("Scope")},
    };
    const auto it = texts.constFind(code);
    return it == texts.constEnd() ? code : tr(it.value());
}

void FlagsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QStringList codes = index.data(QueueModel::FlagCodesRole).toStringList();
    const QFont font = chipFont(opt.font);
    const QFontMetrics chipMetrics(font);
    int x = opt.rect.left() + 4;
    const int y = opt.rect.center().y() - iconSize / 2 + 1;
    painter->save();
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QString &code = codes.at(i);
        const QIcon icon = Icons::flag(code);
        if (Icons::renders(icon, iconSize)) {
            if (x + iconSize > opt.rect.right())
                break;
            icon.paint(painter, QRect(x, y, iconSize, iconSize));
            x += iconSize + spacing;
            continue;
        }
        const QString text = chipText(code);
        const int width = chipMetrics.horizontalAdvance(text) + 2 * chipPadding;
        if (x + width > opt.rect.right()) {
            // What does not fit is counted, so a cut row still says it has more flags (the tooltip lists them).
            painter->setPen(opt.palette.color(QPalette::Text));
            painter->setFont(font);
            painter->drawText(QRect(x, opt.rect.top(), opt.rect.right() - x, opt.rect.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("+%1").arg(codes.size() - i));
            break;
        }
        const QRect chip(x, y, width, iconSize);
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(Qt::NoPen);
        painter->setBrush(Icons::flagColor(code));
        painter->drawRoundedRect(chip, 3, 3);
        painter->setPen(Qt::white);
        painter->setFont(font);
        painter->drawText(chip, Qt::AlignCenter, text);
        x += width + spacing;
    }
    painter->restore();
}

QSize FlagsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList codes = index.data(QueueModel::FlagCodesRole).toStringList();
    const QFontMetrics chipMetrics(chipFont(option.font));
    int width = 8;
    for (const QString &code : codes) {
        width += (Icons::renders(Icons::flag(code), iconSize)
                      ? iconSize
                      : chipMetrics.horizontalAdvance(chipText(code)) + 2 * chipPadding)
            + spacing;
    }
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(40, width));
    size.setHeight(qMax(size.height(), iconSize + 4));
    return size;
}

} // namespace RouteDesk
