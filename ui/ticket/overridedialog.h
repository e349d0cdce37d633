#pragma once

#include "model/agentaction.h"
#include "model/routingdecision.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace RouteDesk {

class MessageBanner;
class Workspace;

// Override: the agent picks the right category and, if it should differ from the category's owner, the
// specialist; a reason from a short list and free text. The dialog does not record anything itself: it emits
// submitted() and stays open until the caller confirms with finish() (the store has the action) or reports a
// failure with showError() (the input stays as typed).
class OverrideDialog : public QDialog
{
    Q_OBJECT

public:
    OverrideDialog(const Workspace &workspace, const RoutingDecision &decision, QWidget *parent = nullptr);

    // Fills category, specialist, reasonCode and reason of an action.
    void fillAction(AgentAction *action) const;
    void showError(const QString &message);
    void finish();

    static QList<QPair<QString, QString>> reasons(); // code, translated label

    QComboBox *categoryBox() const { return m_category; }
    QComboBox *specialistBox() const { return m_specialist; }
    QComboBox *reasonBox() const { return m_reason; }
    QLineEdit *reasonText() const { return m_text; }

signals:
    void submitted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void categoryChanged();
    void validate();
    void trySubmit();

    const Workspace &m_workspace;
    RoutingDecision m_decision;
    MessageBanner *m_banner;
    QLabel *m_intro;
    QLabel *m_categoryLabel;
    QComboBox *m_category;
    QLabel *m_specialistLabel;
    QComboBox *m_specialist;
    QLabel *m_reasonLabel;
    QComboBox *m_reason;
    QLabel *m_textLabel;
    QLineEdit *m_text;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace RouteDesk
