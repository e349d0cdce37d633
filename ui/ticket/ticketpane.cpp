#include "ticketpane.h"

#include "queue/queuemodel.h"
#include "sources/htmltext.h"
#include "widgets/icons.h"
#include "widgets/messagebanner.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace RouteDesk {

namespace {

QLabel *plainLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // ticket data is never interpreted as markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

TicketPane::TicketPane(QWidget *parent)
    : QWidget(parent)
    , m_subject(plainLabel(this, QStringLiteral("ticketSubject")))
    , m_meta(plainLabel(this, QStringLiteral("ticketMeta")))
    , m_banner(new MessageBanner(this))
    , m_actionsRow(new QWidget(this))
    , m_conversationBox(new QGroupBox(this))
    , m_conversation(new QPlainTextEdit(m_conversationBox))
    , m_suggestionBox(new QGroupBox(this))
    , m_categoryCaption(new QLabel(m_suggestionBox))
    , m_category(plainLabel(m_suggestionBox, QStringLiteral("suggestedCategory")))
    , m_confidence(new QProgressBar(m_suggestionBox))
    , m_pathCaption(new QLabel(m_suggestionBox))
    , m_path(plainLabel(m_suggestionBox, QStringLiteral("specialistPath")))
    , m_secondaryCaption(new QLabel(m_suggestionBox))
    , m_secondary(plainLabel(m_suggestionBox, QStringLiteral("secondaryIntents")))
    , m_flagsCaption(new QLabel(m_suggestionBox))
    , m_flags(new QListWidget(m_suggestionBox))
    , m_whyCaption(new QLabel(m_suggestionBox))
    , m_why(new QListWidget(m_suggestionBox))
    , m_draftBox(new QGroupBox(this))
    , m_draft(new QPlainTextEdit(m_draftBox))
    , m_articles(plainLabel(m_draftBox, QStringLiteral("citedArticles")))
    , m_historyCaption(new QLabel(this))
    , m_actionHistory(plainLabel(this, QStringLiteral("actionHistory")))
{
    setObjectName(QStringLiteral("ticketPane"));
    QFont subjectFont = m_subject->font();
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.25);
    subjectFont.setBold(true);
    m_subject->setFont(subjectFont);
    m_meta->setForegroundRole(QPalette::PlaceholderText);

    m_conversation->setObjectName(QStringLiteral("conversation"));
    m_conversation->setReadOnly(true);
    m_conversation->setTabChangesFocus(true);
    m_conversation->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    auto *conversationLayout = new QVBoxLayout(m_conversationBox);
    conversationLayout->addWidget(m_conversation);

    m_confidence->setObjectName(QStringLiteral("confidenceBar"));
    m_confidence->setRange(0, 100);
    m_confidence->setTextVisible(true);
    m_confidence->setMaximumWidth(260);
    m_flags->setObjectName(QStringLiteral("flagList"));
    m_flags->setWordWrap(true);
    m_flags->setMaximumHeight(96);
    m_flags->setIconSize(QSize(16, 16));
    m_why->setObjectName(QStringLiteral("explanationList"));
    m_why->setWordWrap(true);
    m_why->setMaximumHeight(120);
    auto *categoryRow = new QHBoxLayout;
    categoryRow->addWidget(m_category);
    categoryRow->addWidget(m_confidence, 1);
    auto *form = new QFormLayout(m_suggestionBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_categoryCaption, categoryRow);
    form->addRow(m_pathCaption, m_path);
    form->addRow(m_secondaryCaption, m_secondary);
    form->addRow(m_flagsCaption, m_flags);
    form->addRow(m_whyCaption, m_why);
    m_categoryCaption->setBuddy(m_confidence);
    m_flagsCaption->setBuddy(m_flags);
    m_whyCaption->setBuddy(m_why);

    m_draft->setObjectName(QStringLiteral("draftEditor"));
    m_draft->setTabChangesFocus(true);
    auto *draftLayout = new QVBoxLayout(m_draftBox);
    draftLayout->addWidget(m_draft, 1);
    draftLayout->addWidget(m_articles);
    connect(m_draft, &QPlainTextEdit::textChanged, this, [this] {
        if (m_ticketId && m_draft->document()->isModified())
            m_editedDrafts.insert(m_ticketId, m_draft->toPlainText());
    });

    auto *actionsLayout = new QHBoxLayout(m_actionsRow);
    actionsLayout->setContentsMargins(0, 0, 0, 0);
    actionsLayout->addStretch(1);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_suggestionBox);
    lowerLayout->addWidget(m_draftBox, 1);
    auto *historyRow = new QHBoxLayout;
    historyRow->addWidget(m_historyCaption, 0, Qt::AlignTop);
    historyRow->addWidget(m_actionHistory, 1);
    lowerLayout->addLayout(historyRow);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("ticketSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_conversationBox);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_subject);
    layout->addWidget(m_meta);
    layout->addWidget(m_banner);
    layout->addWidget(m_actionsRow);
    layout->addWidget(splitter, 1);

    setTabOrder(m_conversation, m_confidence);
    setTabOrder(m_confidence, m_flags);
    setTabOrder(m_flags, m_why);
    setTabOrder(m_why, m_draft);
    retranslateUi();
    clear();
}

void TicketPane::setWorkspace(const Workspace *workspace)
{
    m_workspace = workspace;
    render();
}

void TicketPane::addActionButton(QAction *action)
{
    auto *button = new QToolButton(m_actionsRow);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setFocusPolicy(Qt::TabFocus);
    auto *layout = static_cast<QHBoxLayout *>(m_actionsRow->layout());
    layout->insertWidget(layout->count() - 1, button);
}

void TicketPane::clear()
{
    m_history.reset();
    m_decision.reset();
    m_ticketId = 0;
    m_banner->hide();
    render();
}

void TicketPane::showTicket(const TicketHistory &history)
{
    if (history.ticket.id != m_ticketId)
        m_banner->hide();
    m_history = history;
    m_ticketId = history.ticket.id;
    m_decision.reset();
    if (!history.decisions.isEmpty())
        m_decision = history.decisions.last();
    render();
}

QString TicketPane::draftText() const
{
    return m_draft->toPlainText();
}

QString TicketPane::categoryName(const QString &id) const
{
    return m_workspace ? m_workspace->taxonomy().displayName(id) : id;
}

QString TicketPane::articleTitle(const QString &id) const
{
    if (m_workspace) {
        for (const Specialist &specialist : m_workspace->specialists()) {
            for (const KnowledgeArticle &article : specialist.articles) {
                if (article.id == id)
                    return tr("%1 (%2)", "article title (id)").arg(article.title, id);
            }
        }
    }
    return id;
}

QString TicketPane::describeAction(const AgentAction &action) const
{
    const QString when = QLocale().toString(action.at.toLocalTime(), QLocale::ShortFormat);
    switch (action.type) {
    case ActionType::Accept:
        return tr("%1: %2 accepted %3").arg(when, action.agent, categoryName(action.category));
    case ActionType::Override:
        return tr("%1: %2 changed the category to %3 (%4)")
            .arg(when, action.agent, categoryName(action.category),
                 action.reason.isEmpty() ? action.reasonCode : action.reason);
    case ActionType::Escalate:
        return tr("%1: %2 escalated to %3 (%4)")
            .arg(when, action.agent, action.escalationTarget,
                 action.reason.isEmpty() ? QueueModel::flagText(action.reasonCode) : action.reason);
    case ActionType::Undo:
        return tr("%1: %2 undid an earlier action").arg(when, action.agent);
    }
    return {};
}

void TicketPane::render()
{
    const bool has = m_history.has_value();
    m_suggestionBox->setEnabled(has);
    m_draftBox->setEnabled(has);
    m_flags->clear();
    m_why->clear();
    if (!has) {
        m_subject->setText(tr("No ticket selected"));
        m_meta->setText(tr("Pick a ticket in the queue (J and K move through it)."));
        m_conversation->clear();
        m_category->clear();
        m_confidence->setValue(0);
        m_path->clear();
        m_secondary->clear();
        m_draft->clear();
        m_articles->clear();
        m_actionHistory->clear();
        return;
    }
    const Ticket &t = m_history->ticket;
    m_subject->setText(t.subject.isEmpty() ? tr("(no subject)") : t.subject);
    QStringList meta;
    if (!t.externalId.isEmpty())
        meta << QStringLiteral("#") + t.externalId;
    const QString requester = t.requesterEmail.isEmpty() || t.requesterName.isEmpty()
        ? t.requesterName + t.requesterEmail
        : tr("%1 <%2>", "requester name <address>").arg(t.requesterName, t.requesterEmail);
    if (!requester.isEmpty())
        meta << requester;
    if (!t.priority.isEmpty())
        meta << tr("priority %1").arg(QueueModel::priorityText(t.priority));
    if (!t.customerTier.isEmpty())
        meta << tr("tier %1").arg(t.customerTier);
    if (!t.channel.isEmpty())
        meta << t.channel;
    if (t.createdAt.isValid())
        meta << QLocale().toString(t.createdAt.toLocalTime(), QLocale::ShortFormat);
    m_meta->setText(meta.join(QStringLiteral(" \u00b7 ")));

    // The conversation, oldest first. Bodies may hold HTML from a helpdesk: shown as converted plain text in a
    // plain-text editor, so no markup is interpreted and nothing remote is loaded.
    QStringList parts;
    if (t.messages.isEmpty()) {
        parts << plainTextBody(t.body);
    } else {
        for (const Message &m : t.messages) {
            const QString who = m.authorName.isEmpty() ? m.authorEmail : m.authorName;
            QString head = tr("%1, %2", "message author, time")
                               .arg(who.isEmpty() ? tr("unknown") : who,
                                    QLocale().toString(m.createdAt.toLocalTime(), QLocale::ShortFormat));
            if (!m.isPublic)
                head += QLatin1Char(' ') + tr("(internal note)");
            parts << QStringLiteral("\u2014 ") + head + QLatin1Char('\n') + plainTextBody(m.body);
        }
    }
    m_conversation->setPlainText(parts.join(QStringLiteral("\n\n")));

    if (m_decision) {
        const RoutingDecision &d = *m_decision;
        m_category->setText(d.category.isEmpty() ? tr("(out of scope)") : categoryName(d.category));
        m_confidence->setValue(qRound(d.confidence * 100));
        m_confidence->setFormat(tr("%1 % confidence").arg(qRound(d.confidence * 100)));
        m_confidence->setAccessibleName(tr("Confidence %1 percent").arg(qRound(d.confidence * 100)));
        const Specialist *specialist = m_workspace ? m_workspace->specialist(d.specialist) : nullptr;
        const QString specialistName = specialist && !specialist->name.isEmpty() ? specialist->name : d.specialist;
        m_path->setText(d.specialist.isEmpty()
                            ? tr("(no specialist)")
                            : tr("%1 → %2", "category -> specialist").arg(m_category->text(), specialistName));
        QStringList secondary;
        for (const QString &intent : d.secondaryIntents)
            secondary << categoryName(intent);
        m_secondary->setText(secondary.isEmpty() ? tr("none") : secondary.join(QStringLiteral(", ")));
        for (const EscalationFlag &flag : d.flags) {
            // The reason is a full sentence; the flag's name is in the icon's tooltip and the accessible text.
            auto *item = new QListWidgetItem(Icons::flag(flag.code), flag.reason);
            item->setToolTip(QueueModel::flagText(flag.code));
            item->setData(Qt::AccessibleTextRole,
                          QString(QueueModel::flagText(flag.code) + QStringLiteral(": ") + flag.reason));
            m_flags->addItem(item);
        }
        if (d.flags.isEmpty())
            m_flags->addItem(tr("No flags: the ticket can be handled without a person."));
        for (const QString &line : d.explanation)
            m_why->addItem(line);
        for (const QString &rule : d.rulesFired)
            m_why->addItem(tr("Rule fired: %1").arg(rule));
        QStringList alternatives;
        for (int i = 1; i < qMin(d.alternatives.size(), qsizetype(4)); ++i)
            alternatives << tr("%1 %2 %", "category probability")
                                .arg(categoryName(d.alternatives[i].category))
                                .arg(qRound(d.alternatives[i].p * 100));
        if (!alternatives.isEmpty())
            m_why->addItem(tr("Next best: %1").arg(alternatives.join(QStringLiteral(", "))));
        const QString draft = m_editedDrafts.value(m_ticketId, d.draft);
        m_draft->setPlainText(draft);
        m_draft->document()->setModified(false);
        QStringList articles;
        for (const QString &id : d.citedArticles)
            articles << articleTitle(id);
        m_articles->setText(articles.isEmpty() ? tr("Cites no articles.")
                                               : tr("Cites: %1").arg(articles.join(QStringLiteral("; "))));
    } else {
        m_category->setText(tr("(not routed yet)"));
        m_confidence->setValue(0);
        m_confidence->setFormat(QString());
        m_path->clear();
        m_secondary->clear();
        m_draft->clear();
        m_articles->clear();
    }

    QStringList actions;
    for (const AgentAction &action : m_history->actions)
        actions << describeAction(action);
    m_actionHistory->setText(actions.isEmpty() ? tr("No action yet.") : actions.join(QLatin1Char('\n')));
}

void TicketPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        render();
    }
    QWidget::changeEvent(event);
}

void TicketPane::retranslateUi()
{
    m_conversationBox->setTitle(tr("Conversation"));
    m_conversation->setAccessibleName(tr("Conversation"));
    m_suggestionBox->setTitle(tr("Suggestion"));
    m_categoryCaption->setText(tr("Category:"));
    m_pathCaption->setText(tr("Specialist path:"));
    m_secondaryCaption->setText(tr("Secondary intents:"));
    m_flagsCaption->setText(tr("Flags:"));
    m_flags->setAccessibleName(tr("Escalation flags"));
    m_whyCaption->setText(tr("Why:"));
    m_why->setAccessibleName(tr("Explanation and rules fired"));
    m_draftBox->setTitle(tr("Draft reply"));
    m_draft->setAccessibleName(tr("Draft reply"));
    m_historyCaption->setText(tr("History:"));
    m_subject->setAccessibleName(tr("Ticket subject"));
}

} // namespace RouteDesk
