#include "messagebanner.h"

#include "widgets/icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>

namespace RouteDesk {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setObjectName(QStringLiteral("messageBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_close->setIcon(Icons::named(QStringLiteral("cancel")));
    m_close->setAutoRaise(true);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    retranslateUi();
    hide();
}

void MessageBanner::showMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    m_label->setText(text);
    QPalette pal = palette();
    const QColor base = kind == Kind::Error ? QColor(0xfd, 0xed, 0xec) : QColor(0xea, 0xf2, 0xf8);
    const QColor border = kind == Kind::Error ? QColor(0xc0, 0x39, 0x2b) : QColor(0x2e, 0x86, 0xc1);
    pal.setColor(QPalette::Window, base);
    pal.setColor(QPalette::WindowText, QColor(0x1b, 0x1b, 0x1b));
    setPalette(pal);
    setStyleSheet(QStringLiteral("#messageBanner { border: 1px solid %1; border-radius: 4px; }").arg(border.name()));
    setAccessibleDescription(text);
    show();
}

QString MessageBanner::text() const
{
    return m_label->text();
}

void MessageBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void MessageBanner::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        return;
    }
    QFrame::keyPressEvent(event);
}

void MessageBanner::retranslateUi()
{
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    setAccessibleName(tr("Message"));
}

} // namespace RouteDesk
