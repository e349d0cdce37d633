#include "ruleeditdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace RouteDesk {

RuleEditDialog::RuleEditDialog(const RuleSuggestion &suggestion, const QStringList &categories,
                               const QList<LabelledTicket> &labelled, QWidget *parent)
    : QDialog(parent)
    , m_suggestion(suggestion)
    , m_labelled(labelled)
    , m_phraseLabel(new QLabel(this))
    , m_phrase(new QLineEdit(suggestion.phrase, this))
    , m_categoryLabel(new QLabel(this))
    , m_category(new QComboBox(this))
    , m_actionLabel(new QLabel(this))
    , m_action(new QComboBox(this))
    , m_boost(new QDoubleSpinBox(this))
    , m_figures(new QLabel(this))
{
    setObjectName(QStringLiteral("ruleEditDialog"));
    m_phrase->setObjectName(QStringLiteral("ruleEditPhrase"));
    m_category->setObjectName(QStringLiteral("ruleEditCategory"));
    m_action->setObjectName(QStringLiteral("ruleEditAction"));
    m_boost->setObjectName(QStringLiteral("ruleEditBoost"));
    m_figures->setObjectName(QStringLiteral("ruleEditFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextFormat(Qt::PlainText);
    QStringList choices = categories;
    if (!choices.contains(suggestion.category))
        choices.prepend(suggestion.category);
    m_category->addItems(choices);
    m_category->setCurrentText(suggestion.category);
    m_action->addItem(QString(), QStringLiteral("set"));
    m_action->addItem(QString(), QStringLiteral("boost"));
    m_boost->setRange(-1.0, 1.0);
    m_boost->setSingleStep(0.05);
    m_boost->setValue(0.3);
    m_boost->setEnabled(false);
    m_phraseLabel->setBuddy(m_phrase);
    m_categoryLabel->setBuddy(m_category);
    m_actionLabel->setBuddy(m_action);

    auto *form = new QFormLayout;
    form->addRow(m_phraseLabel, m_phrase);
    form->addRow(m_categoryLabel, m_category);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_action, 1);
    actionRow->addWidget(m_boost);
    form->addRow(m_actionLabel, actionRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_figures);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_phrase, &QLineEdit::textChanged, this, &RuleEditDialog::updateFigures);
    connect(m_category, &QComboBox::currentTextChanged, this, &RuleEditDialog::updateFigures);
    connect(m_action, &QComboBox::currentIndexChanged, this,
            [this] { m_boost->setEnabled(m_action->currentData().toString() == QLatin1String("boost")); });
    connect(m_phrase, &QLineEdit::textChanged, this, [this, buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    retranslateUi();
    updateFigures();
}

RuleEdit RuleEditDialog::edit() const
{
    RuleEdit edit;
    edit.phrase = m_phrase->text().trimmed();
    edit.category = m_category->currentText();
    if (m_action->currentData().toString() == QLatin1String("boost"))
        edit.boost = m_boost->value();
    return edit;
}

RuleSuggestion RuleEditDialog::measured() const
{
    RuleSuggestion result = measurePhrase(m_labelled, m_category->currentText(), m_phrase->text().trimmed());
    result.key = m_suggestion.key;
    return result;
}

void RuleEditDialog::updateFigures()
{
    if (m_phrase->text().trimmed().isEmpty()) {
        m_figures->setText(tr("Type a word or phrase."));
        return;
    }
    const RuleSuggestion s = measured();
    m_figures->setText(tr("On the stored tickets: support %1, precision %2 (%3 of %4 tickets with the phrase were "
                          "settled in %5).")
                           .arg(s.support)
                           .arg(QLocale().toString(s.precision() * 100, 'f', 1) + QStringLiteral(" %"))
                           .arg(s.correct)
                           .arg(s.matches)
                           .arg(s.category)
                       + QLatin1Char(' ')
                       + tr("It would change %n ticket(s), %1 of them for the better.", nullptr, int(s.changes.size()))
                             .arg(s.fixes()));
}

void RuleEditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RuleEditDialog::retranslateUi()
{
    setWindowTitle(tr("Edit the rule"));
    m_phraseLabel->setText(tr("When the text has:"));
    m_categoryLabel->setText(tr("Category:"));
    m_actionLabel->setText(tr("Then:"));
    m_action->setItemText(0, tr("set the category"));
    m_action->setItemText(1, tr("boost the category by"));
}

} // namespace RouteDesk
