#include "overridedialog.h"

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

OverrideDialog::OverrideDialog(const Workspace &workspace, const RoutingDecision &decision, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_decision(decision)
    , m_banner(new MessageBanner(this))
    , m_intro(new QLabel(this))
    , m_categoryLabel(new QLabel(this))
    , m_category(new QComboBox(this))
    , m_specialistLabel(new QLabel(this))
    , m_specialist(new QComboBox(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QComboBox(this))
    , m_textLabel(new QLabel(this))
    , m_text(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("overrideDialog"));
    m_category->setObjectName(QStringLiteral("overrideCategory"));
    m_specialist->setObjectName(QStringLiteral("overrideSpecialist"));
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_text->setObjectName(QStringLiteral("overrideReasonText"));
    m_hint->setObjectName(QStringLiteral("overrideHint"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);

    for (const Category &category : workspace.taxonomy().categories())
        m_category->addItem(
            category.names.value(interfaceLanguage(), category.name.isEmpty() ? category.id : category.name),
            category.id);
    for (const Specialist &specialist : workspace.specialists())
        m_specialist->addItem(
            specialist.names.value(interfaceLanguage(), specialist.name.isEmpty() ? specialist.id : specialist.name),
            specialist.id);
    // Start on the most likely alternative: the best-ranked category that is not the suggestion.
    QString start;
    for (const ScoredCategory &alternative : decision.alternatives) {
        if (alternative.category != decision.category) {
            start = alternative.category;
            break;
        }
    }
    const int startIndex = m_category->findData(start);
    m_category->setCurrentIndex(startIndex >= 0 ? startIndex : 0);

    auto *form = new QFormLayout;
    form->addRow(m_categoryLabel, m_category);
    form->addRow(m_specialistLabel, m_specialist);
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(m_textLabel, m_text);
    m_categoryLabel->setBuddy(m_category);
    m_specialistLabel->setBuddy(m_specialist);
    m_reasonLabel->setBuddy(m_reason);
    m_textLabel->setBuddy(m_text);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    retranslateUi();
    categoryChanged();
    connect(m_category, &QComboBox::currentIndexChanged, this, &OverrideDialog::categoryChanged);
    connect(m_specialist, &QComboBox::currentIndexChanged, this, &OverrideDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OverrideDialog::trySubmit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_category->setFocus();
}

QList<QPair<QString, QString>> OverrideDialog::reasons()
{
    return {
        {QStringLiteral("wrong_category"), tr("The suggested category is wrong")},
        {QStringLiteral("other_intent_first"), tr("Another request in the ticket comes first")},
        {QStringLiteral("customer_context"), tr("Customer context the suggestion cannot know")},
        {QStringLiteral("wrong_specialist"), tr("Right category, other specialist")},
        {QStringLiteral("other"), tr("Other (explain below)")},
    };
}

void OverrideDialog::retranslateUi()
{
    setWindowTitle(tr("Override the suggestion"));
    m_intro->setText(tr("Suggested: %1 (%2 %). Pick what it should be.")
                         .arg(m_decision.category.isEmpty()
                                  ? tr("out of scope")
                                  : m_workspace.taxonomy().displayName(m_decision.category, interfaceLanguage()))
                         .arg(qRound(m_decision.confidence * 100)));
    m_categoryLabel->setText(tr("&Category:"));
    m_specialistLabel->setText(tr("&Specialist:"));
    m_reasonLabel->setText(tr("&Reason:"));
    m_textLabel->setText(tr("&Details:"));
    m_text->setPlaceholderText(tr("Optional: what the agent saw"));
    const QString reason = m_reason->currentData().toString();
    m_reason->clear();
    for (const auto &[code, label] : reasons())
        m_reason->addItem(label, code);
    const int index = m_reason->findData(reason);
    m_reason->setCurrentIndex(index < 0 ? 0 : index);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Override"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_category->setAccessibleName(tr("Final category"));
    m_specialist->setAccessibleName(tr("Specialist"));
    m_reason->setAccessibleName(tr("Reason"));
    m_text->setAccessibleName(tr("Reason details"));
    validate();
}

void OverrideDialog::categoryChanged()
{
    const Specialist *owner = m_workspace.specialistForCategory(m_category->currentData().toString());
    if (owner) {
        const int index = m_specialist->findData(owner->id);
        if (index >= 0)
            m_specialist->setCurrentIndex(index);
    }
    validate();
}

void OverrideDialog::validate()
{
    const QString category = m_category->currentData().toString();
    const QString specialist = m_specialist->currentData().toString();
    const bool changes = category != m_decision.category || specialist != m_decision.specialist;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(changes);
    m_hint->setText(changes ? QString()
                            : tr("This is what was suggested: pick another category or specialist, or accept the "
                                 "suggestion instead."));
    m_hint->setVisible(!changes);
}

void OverrideDialog::trySubmit()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    m_banner->hide();
    emit submitted();
}

void OverrideDialog::fillAction(AgentAction *action) const
{
    action->type = ActionType::Override;
    action->category = m_category->currentData().toString();
    action->specialist = m_specialist->currentData().toString();
    action->reasonCode = m_reason->currentData().toString();
    action->reason = m_text->text().trimmed();
}

void OverrideDialog::showError(const QString &message)
{
    m_banner->showMessage(message, MessageBanner::Kind::Error);
}

void OverrideDialog::finish()
{
    accept();
}

void OverrideDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace RouteDesk
