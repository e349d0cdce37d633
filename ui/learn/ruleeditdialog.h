#pragma once

#include "learn/rulemining.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace RouteDesk {

// Edits a rule suggestion before a lead accepts it: the phrase, the category, and whether the rule sets the
// category or only boosts it. The figures are measured again for what the lead typed.
class RuleEditDialog : public QDialog
{
    Q_OBJECT

public:
    RuleEditDialog(const RuleSuggestion &suggestion, const QStringList &categories,
                   const QList<LabelledTicket> &labelled, QWidget *parent = nullptr);

    RuleEdit edit() const;
    // The suggestion as edited, measured on the stored tickets (key: the original suggestion's).
    RuleSuggestion measured() const;

    QLineEdit *phraseEdit() const { return m_phrase; }
    QComboBox *categoryBox() const { return m_category; }
    QComboBox *actionBox() const { return m_action; }
    QDoubleSpinBox *boostBox() const { return m_boost; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateFigures();

    RuleSuggestion m_suggestion;
    const QList<LabelledTicket> &m_labelled;
    QLabel *m_phraseLabel;
    QLineEdit *m_phrase;
    QLabel *m_categoryLabel;
    QComboBox *m_category;
    QLabel *m_actionLabel;
    QComboBox *m_action;
    QDoubleSpinBox *m_boost;
    QLabel *m_figures;
};

} // namespace RouteDesk
