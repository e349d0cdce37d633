#include "helpdialog.h"

#include "model/routingdecision.h"
#include "queue/flagsdelegate.h"
#include "queue/queuemodel.h"
#include "widgets/icons.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QPainter>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace RouteDesk {

namespace {

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setIconSize(QSize(16, 16));
    return table;
}

// The flag's icon, or its text chip when the icon does not render (as the queue draws it).
QIcon legendIcon(const QString &code)
{
    const QIcon icon = Icons::flag(code);
    if (Icons::renders(icon))
        return icon;
    QPixmap chip(16, 16);
    chip.fill(Qt::transparent);
    QPainter painter(&chip);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Icons::flagColor(code));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 15, 15), 3, 3);
    return QIcon(chip);
}

} // namespace

HelpDialog::HelpDialog(const QList<QAction *> &actions, Page page, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_shortcuts(makeTable(this, QStringLiteral("shortcutsTable"), {tr("Keys"), tr("Action")}))
    , m_flags(makeTable(this, QStringLiteral("flagLegendTable"), {tr("Flag"), tr("Short name"), tr("Meaning")}))
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("RouteDesk help"));
    m_tabs->addTab(m_shortcuts, tr("&Keyboard shortcuts"));
    m_tabs->addTab(m_flags, tr("&Flag icons"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    fill(actions);
    showPage(page);
    resize(620, 460);
}

void HelpDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(page == Page::Shortcuts ? 0 : 1);
}

QString HelpDialog::flagMeaning(const QString &code)
{
    static const QHash<QString, const char *> meanings = {
        {QLatin1String(EscalationCode::LowConfidence),
         QT_TR_NOOP("The model is not sure of the category (below the workspace's threshold; the confidence bar is "
                    "amber).")},
        {QLatin1String(EscalationCode::Ambiguous), QT_TR_NOOP("The two best categories are close to each other.")},
        {QLatin1String(EscalationCode::MultiIntent),
         QT_TR_NOOP("The ticket asks about more than one thing, for different specialists.")},
        {QLatin1String(EscalationCode::RefundReview), QT_TR_NOOP("Money back: a person reviews every refund.")},
        {QLatin1String(EscalationCode::PolicyException),
         QT_TR_NOOP("Asks for an exception to the terms, or beyond the refund limit or window.")},
        {QLatin1String(EscalationCode::SecurityIncident),
         QT_TR_NOOP("A possible breach, leaked key or account take-over.")},
        {QLatin1String(EscalationCode::LegalThreat), QT_TR_NOOP("Mentions lawyers, courts or legal action.")},
        {QLatin1String(EscalationCode::Abuse), QT_TR_NOOP("Abusive or threatening language.")},
        {QLatin1String(EscalationCode::Urgent), QT_TR_NOOP("The customer says it cannot wait.")},
        {QLatin1String(EscalationCode::EmotionalDistress),
         QT_TR_NOOP("The customer sounds distressed; crisis language always goes to a person.")},
        {QLatin1String(EscalationCode::Vip), QT_TR_NOOP("The customer's tier is a VIP tier.")},
        {QLatin1String(EscalationCode::RoutingLoop),
         QT_TR_NOOP("The ticket has been passed back and forth; it stays where it is.")},
        {QLatin1String(EscalationCode::OutOfScope),
         QT_TR_NOOP("Fits no category: spam or mail meant for another company.")},
    };
    const auto it = meanings.constFind(code);
    return it == meanings.constEnd() ? QString() : tr(it.value());
}

void HelpDialog::fill(const QList<QAction *> &actions)
{
    const auto addRow = [this](const QString &keys, const QString &what) {
        const int row = m_shortcuts->rowCount();
        m_shortcuts->insertRow(row);
        m_shortcuts->setItem(row, 0, new QTableWidgetItem(keys));
        m_shortcuts->setItem(row, 1, new QTableWidgetItem(what));
    };
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys << sequence.toString(QKeySequence::NativeText);
        addRow(keys.join(QStringLiteral(", ")), action->text().remove(QLatin1Char('&')));
    }
    addRow(tr("Down, Up"), tr("Next or previous ticket in the list"));
    addRow(tr("Enter, Escape (in the filter)"), tr("Back to the list, keeping the filter"));
    addRow(tr("Tab, Shift+Tab"), tr("Move between the filter, the list and the ticket"));
    addRow(tr("Enter (on a confusion cell)"), tr("Open its tickets in the queue"));
    m_shortcuts->resizeColumnToContents(0);

    for (const QString &code : EscalationCode::all()) {
        const int row = m_flags->rowCount();
        m_flags->insertRow(row);
        auto *name = new QTableWidgetItem(legendIcon(code), QueueModel::flagText(code));
        name->setData(Qt::UserRole, code);
        m_flags->setItem(row, 0, name);
        m_flags->setItem(row, 1, new QTableWidgetItem(FlagsDelegate::chipText(code)));
        m_flags->setItem(row, 2, new QTableWidgetItem(flagMeaning(code)));
    }
    m_flags->resizeColumnsToContents();
    m_flags->horizontalHeader()->setStretchLastSection(true);
    m_flags->resizeRowsToContents();
}

} // namespace RouteDesk
