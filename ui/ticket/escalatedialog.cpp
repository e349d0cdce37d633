#include "escalatedialog.h"

#include "queue/queuemodel.h"
#include "widgets/icons.h"
#include "widgets/messagebanner.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace RouteDesk {

EscalateDialog::EscalateDialog(const Workspace &workspace, const RoutingDecision &decision, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_decision(decision)
    , m_banner(new MessageBanner(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QComboBox(this))
    , m_targetLabel(new QLabel(this))
    , m_target(new QComboBox(this))
    , m_textLabel(new QLabel(this))
    , m_text(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("escalateDialog"));
    m_reason->setObjectName(QStringLiteral("escalateReason"));
    m_target->setObjectName(QStringLiteral("escalateTarget"));
    m_text->setObjectName(QStringLiteral("escalateReasonText"));

    // The ticket's own flags first, led by the one whose queue the pipeline chose as the target.
    for (const EscalationFlag &flag : decision.flags) {
        if (!m_codes.contains(flag.code)
            && (decision.escalationTarget.isEmpty() || workspace.targetFor(flag.code).id == decision.escalationTarget))
            m_codes << flag.code;
    }
    for (const EscalationFlag &flag : decision.flags) {
        if (!m_codes.contains(flag.code))
            m_codes << flag.code;
    }
    for (const QString &code : EscalationCode::all()) {
        if (!m_codes.contains(code))
            m_codes << code;
    }
    m_codes << QStringLiteral("other");

    auto *form = new QFormLayout;
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(m_targetLabel, m_target);
    form->addRow(m_textLabel, m_text);
    m_reasonLabel->setBuddy(m_reason);
    m_targetLabel->setBuddy(m_target);
    m_textLabel->setBuddy(m_text);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    retranslateUi();
    reasonChanged();
    // Who the pipeline said should take it (a rule's target, or the most serious flag's queue).
    if (const int chosen = m_target->findData(decision.escalationTarget); chosen >= 0)
        m_target->setCurrentIndex(chosen);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &EscalateDialog::reasonChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_banner->hide();
        emit submitted();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_reason->setFocus();
}

void EscalateDialog::retranslateUi()
{
    setWindowTitle(tr("Escalate the ticket"));
    m_reasonLabel->setText(tr("&Reason:"));
    m_targetLabel->setText(tr("&To:"));
    m_textLabel->setText(tr("&Details:"));
    m_text->setPlaceholderText(tr("Optional: what the person taking it should know"));

    const int reason = qMax(0, m_reason->currentIndex());
    m_reason->clear();
    for (const QString &code : std::as_const(m_codes)) {
        if (code == QLatin1String("other"))
            m_reason->addItem(tr("Other (explain below)"), code);
        else
            m_reason->addItem(Icons::flag(code), QueueModel::flagText(code), code);
    }
    m_reason->setCurrentIndex(reason);

    const QString target = m_target->currentData().toString();
    m_target->clear();
    const EscalationTarget &lead = m_workspace.teamLead();
    m_target->addItem(lead.name.isEmpty() ? tr("Team lead") : tr("Team lead (%1)").arg(lead.name),
                      lead.id.isEmpty() ? QStringLiteral("team_lead") : lead.id);
    for (const EscalationTarget &queue : m_workspace.queues())
        m_target->addItem(tr("Queue: %1").arg(queue.name.isEmpty() ? queue.id : queue.name), queue.id);
    const int index = m_target->findData(target);
    if (index >= 0)
        m_target->setCurrentIndex(index);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Escalate"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_reason->setAccessibleName(tr("Escalation reason"));
    m_target->setAccessibleName(tr("Escalate to"));
    m_text->setAccessibleName(tr("Escalation details"));
}

void EscalateDialog::reasonChanged()
{
    const QString code = m_reason->currentData().toString();
    const EscalationTarget &target = m_workspace.targetFor(code);
    const int index = m_target->findData(target.id);
    if (index >= 0)
        m_target->setCurrentIndex(index);
}

void EscalateDialog::fillAction(AgentAction *action) const
{
    action->type = ActionType::Escalate;
    action->category = m_decision.category;
    action->specialist = m_decision.specialist;
    action->reasonCode = m_reason->currentData().toString();
    action->reason = m_text->text().trimmed();
    action->escalationTarget = m_target->currentData().toString();
}

void EscalateDialog::showError(const QString &message)
{
    m_banner->showMessage(message, MessageBanner::Kind::Error);
}

void EscalateDialog::finish()
{
    accept();
}

void EscalateDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace RouteDesk
