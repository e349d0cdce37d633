#pragma once

#include "store/decisionstore.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QToolButton;
class QGroupBox;

namespace RouteDesk {

class MessageBanner;
class Workspace;

// One ticket in full: the conversation as plain text (HTML bodies converted, nothing fetched), the suggestion
// with its confidence and why, secondary intents, the specialist path, the draft in an editor with its cited
// articles, every flag with its reason, and what agents did so far. Draft edits are kept per ticket while the
// app runs, so moving through the queue loses nothing.
class TicketPane : public QWidget
{
    Q_OBJECT

public:
    explicit TicketPane(QWidget *parent = nullptr);

    void setWorkspace(const Workspace *workspace);
    void showTicket(const TicketHistory &history);
    void clear();
    qint64 ticketId() const { return m_ticketId; }
    const std::optional<RoutingDecision> &decision() const { return m_decision; }

    MessageBanner *banner() const { return m_banner; }
    QString draftText() const;
    // Buttons for the main window's actions (Accept, Override, Escalate, Undo).
    void addActionButton(QAction *action);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();
    QString categoryName(const QString &id) const;
    QString articleTitle(const QString &id) const;
    QString describeAction(const AgentAction &action) const;

    const Workspace *m_workspace = nullptr;
    std::optional<TicketHistory> m_history;
    std::optional<RoutingDecision> m_decision;
    qint64 m_ticketId = 0;
    QHash<qint64, QString> m_editedDrafts;

    QLabel *m_subject;
    QLabel *m_meta;
    MessageBanner *m_banner;
    QWidget *m_actionsRow;
    QGroupBox *m_conversationBox;
    QPlainTextEdit *m_conversation;
    QGroupBox *m_suggestionBox;
    QLabel *m_categoryCaption;
    QLabel *m_category;
    QProgressBar *m_confidence;
    QLabel *m_pathCaption;
    QLabel *m_path;
    QLabel *m_secondaryCaption;
    QLabel *m_secondary;
    QLabel *m_flagsCaption;
    QListWidget *m_flags;
    QLabel *m_whyCaption;
    QListWidget *m_why;
    QGroupBox *m_draftBox;
    QPlainTextEdit *m_draft;
    QLabel *m_articles;
    QLabel *m_historyCaption;
    QLabel *m_actionHistory;
};

} // namespace RouteDesk
