#pragma once

#include "store/customercontext.h"
#include "store/decisionstore.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QProgressBar;
class QScrollArea;
class QSplitter;
class QTabWidget;
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
// per ticket while the app runs, so moving through the queue loses nothing. Beside the conversation, two tabs give
// the customer context: the requester's other tickets with their final category and state, and similar settled
// tickets with how they were settled; picking one (click or Enter) asks for it with contextTicketActivated().
class TicketPane : public QWidget
{
    Q_OBJECT

public:
    explicit TicketPane(QWidget *parent = nullptr);

    void setWorkspace(const Workspace *workspace);
    // A ticket other than the shown one starts with its context "being read" until showContext() gives it.
    void showTicket(const TicketHistory &history);
    // The context read for the shown ticket (ignored when it is another ticket's).
    void showContext(const CustomerContext &context);
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
    // The shown ticket's context; none while it is being read.
    const std::optional<CustomerContext> &context() const { return m_context; }
    QTabWidget *ticketTabs() const { return m_tabs; }
    QListWidget *requesterList() const { return m_requesterList; }
    QListWidget *similarList() const { return m_similarList; }

signals:
    // The agent picked a ticket of the customer context.
    void contextTicketActivated(qint64 ticketId);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void render();
    void renderConversation();
    void renderContext();
    void fillContextList(QListWidget *list, const QList<ContextTicket> &items, bool similar, const QString &emptyText);
    QString settlementText(const ContextTicket &item) const;
    void activateContextItem(QListWidgetItem *item);
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
    std::optional<CustomerContext> m_context; // of m_ticketId; none while it is being read

    QLabel *m_subject;
    QLabel *m_meta;
    MessageBanner *m_banner;
    QWidget *m_actionsRow;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_conversation;
    QListWidget *m_requesterList;
    QListWidget *m_similarList;
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
