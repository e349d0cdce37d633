#pragma once

#include "store/decisionstore.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QScrollArea;
class QSplitter;
class QToolButton;
class QGroupBox;
class QVBoxLayout;

namespace RouteDesk {

class MessageBanner;
class Workspace;

// One ticket in full: the conversation as messages with author and time (plain text: HTML bodies converted,
// nothing fetched), opened at the newest message; the suggestion with its confidence and why, secondary intents,
// the specialist path, every flag with its reason (boxes as tall as their content, in a scroll area so the window
// stays small), the draft in an editor with its cited articles, and what agents did so far. Draft edits are kept
// per ticket while the app runs, so moving through the queue loses nothing.
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
    QPlainTextEdit *conversation() const { return m_conversation; }
    // Where the newest message starts in the conversation's document (-1 when there is none).
    int newestMessagePosition() const { return m_newestPosition; }
    // The lines shown in the Flags and Why boxes.
    QStringList flagLines() const;
    QStringList explanationLines() const;
    // Buttons for the main window's actions (Accept, Override, Escalate, Undo).
    void addActionButton(QAction *action);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void render();
    void renderConversation();
    void scrollToNewest();
    void setLines(QWidget *box, const QStringList &lines, const QStringList &codes = {});
    // Gives the suggestion its content's height (up to about half), the rest to the conversation and the draft,
    // until the agent moves the splitter.
    void fitSplitter();
    QString categoryName(const QString &id) const;
    QString articleTitle(const QString &id) const;
    QString describeAction(const AgentAction &action) const;

    const Workspace *m_workspace = nullptr;
    std::optional<TicketHistory> m_history;
    std::optional<RoutingDecision> m_decision;
    qint64 m_ticketId = 0;
    int m_newestPosition = -1;
    bool m_splitterMoved = false;
    QSplitter *m_splitter = nullptr;
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
    QWidget *m_flags;
    QLabel *m_whyCaption;
    QWidget *m_why;
    QScrollArea *m_details;
    QGroupBox *m_draftBox;
    QPlainTextEdit *m_draft;
    QLabel *m_articles;
    QLabel *m_historyCaption;
    QLabel *m_actionHistory;
};

} // namespace RouteDesk
