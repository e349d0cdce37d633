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

// Escalate: a reason (the decision's flags first, then every escalation code) and where to (the team lead or
// one of the workspace's queues; the queue that takes the reason is preselected), with free text. Same
// contract as OverrideDialog: submitted(), then finish() or showError().
class EscalateDialog : public QDialog
{
    Q_OBJECT

public:
    EscalateDialog(const Workspace &workspace, const RoutingDecision &decision, QWidget *parent = nullptr);

    void fillAction(AgentAction *action) const;
    void showError(const QString &message);
    void finish();

    QComboBox *reasonBox() const { return m_reason; }
    QComboBox *targetBox() const { return m_target; }
    QLineEdit *reasonText() const { return m_text; }

signals:
    void submitted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reasonChanged();

    const Workspace &m_workspace;
    RoutingDecision m_decision;
    QStringList m_codes;
    MessageBanner *m_banner;
    QLabel *m_reasonLabel;
    QComboBox *m_reason;
    QLabel *m_targetLabel;
    QComboBox *m_target;
    QLabel *m_textLabel;
    QLineEdit *m_text;
    QDialogButtonBox *m_buttons;
};

} // namespace RouteDesk
