#include "ticketpane.h"

#include "queue/flagsdelegate.h"
#include "queue/queuemodel.h"
#include "sources/htmltext.h"
#include "widgets/enginetext.h"
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
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextCursor>
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

// A box of lines (flags, why), each a word-wrapped label: as tall as its content, never cut to a fixed height.
QWidget *linesBox(QWidget *parent, const QString &name)
{
    auto *box = new QWidget(parent);
    box->setObjectName(name);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    return box;
}

// A flag's mark in the pane: its icon, or the queue's text chip when the icon does not render.
QLabel *flagMark(QWidget *parent, const QString &code)
{
    auto *mark = new QLabel(parent);
    mark->setObjectName(QStringLiteral("flagMark"));
    const QIcon icon = Icons::flag(code);
    if (Icons::renders(icon)) {
        mark->setPixmap(icon.pixmap(QSize(16, 16)));
    } else {
        mark->setText(FlagsDelegate::chipText(code));
        const QColor color = Icons::flagColor(code);
        mark->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 3px; "
                                           "padding: 0 3px; font-weight: bold; }")
                                .arg(color.name()));
    }
    mark->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    return mark;
}

// A list of context tickets: two lines per ticket (subject, then what became of it), no editing, no icons.
QListWidget *contextList(QWidget *parent, const QString &name)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setTextElideMode(Qt::ElideRight);
    list->setUniformItemSizes(false);
    list->setWordWrap(false);
    list->setFrameShape(QFrame::NoFrame);
    return list;
}

constexpr int kTicketIdRole = Qt::UserRole;

} // namespace

TicketPane::TicketPane(QWidget *parent)
    : QWidget(parent)
    , m_subject(plainLabel(this, QStringLiteral("ticketSubject")))
    , m_meta(plainLabel(this, QStringLiteral("ticketMeta")))
    , m_banner(new MessageBanner(this))
    , m_actionsRow(new QWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_conversation(new QPlainTextEdit(m_tabs))
    , m_requesterList(contextList(m_tabs, QStringLiteral("requesterTickets")))
    , m_similarList(contextList(m_tabs, QStringLiteral("similarTickets")))
    , m_suggestionBox(new QGroupBox(this))
    , m_categoryCaption(new QLabel(m_suggestionBox))
    , m_category(plainLabel(m_suggestionBox, QStringLiteral("suggestedCategory")))
    , m_confidence(new QProgressBar(m_suggestionBox))
    , m_pathCaption(new QLabel(m_suggestionBox))
    , m_path(plainLabel(m_suggestionBox, QStringLiteral("specialistPath")))
    , m_secondaryCaption(new QLabel(m_suggestionBox))
    , m_secondary(plainLabel(m_suggestionBox, QStringLiteral("secondaryIntents")))
    , m_flagsCaption(new QLabel(m_suggestionBox))
    , m_flags(linesBox(m_suggestionBox, QStringLiteral("flagList")))
    , m_whyCaption(new QLabel(m_suggestionBox))
    , m_why(linesBox(m_suggestionBox, QStringLiteral("explanationList")))
    , m_details(new QScrollArea(this))
    , m_draftBox(new QGroupBox(this))
    , m_draft(new QPlainTextEdit(m_draftBox))
    , m_articles(plainLabel(m_suggestionBox, QStringLiteral("citedArticles")))
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
    // The context shares the conversation's place: a tab each, so the suggestion's flags and why keep their room.
    m_tabs->setObjectName(QStringLiteral("ticketTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_conversation, QString());
    m_tabs->addTab(m_requesterList, QString());
    m_tabs->addTab(m_similarList, QString());
    for (QListWidget *list : {m_requesterList, m_similarList}) {
        connect(list, &QListWidget::itemClicked, this, &TicketPane::activateContextItem);
        connect(list, &QListWidget::itemActivated, this, &TicketPane::activateContextItem);
    }

    m_confidence->setObjectName(QStringLiteral("confidenceBar"));
    m_confidence->setRange(0, 100);
    m_confidence->setTextVisible(true);
    m_confidence->setMaximumWidth(260);
    m_confidence->setMinimumWidth(140);
    // The category keeps its whole name; the bar takes what is left.
    m_category->setWordWrap(false);
    m_category->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
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
    // What the draft cites, here rather than under the editor: a long list wraps in the scrolling part and never
    // squeezes the draft.
    form->addRow(m_articles);
    m_categoryCaption->setBuddy(m_confidence);

    m_draft->setObjectName(QStringLiteral("draftEditor"));
    m_draft->setTabChangesFocus(true);
    auto *draftLayout = new QVBoxLayout(m_draftBox);
    draftLayout->addWidget(m_draft, 1);
    connect(m_draft, &QPlainTextEdit::textChanged, this, [this] {
        if (m_ticketId && m_draft->document()->isModified())
            m_editedDrafts.insert(m_ticketId, m_draft->toPlainText());
    });

    auto *actionsLayout = new QHBoxLayout(m_actionsRow);
    actionsLayout->setContentsMargins(0, 0, 0, 0);
    actionsLayout->addStretch(1);

    // The suggestion and the history scroll together when the window is small, instead of cutting flags or
    // making the window taller than the screen.
    auto *details = new QWidget(m_details);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_suggestionBox);
    auto *historyRow = new QHBoxLayout;
    historyRow->addWidget(m_historyCaption, 0, Qt::AlignTop);
    historyRow->addWidget(m_actionHistory, 1);
    detailsLayout->addLayout(historyRow);
    detailsLayout->addStretch(1);
    m_details->setObjectName(QStringLiteral("ticketDetails"));
    m_details->setWidget(details);
    m_details->setWidgetResizable(true);
    m_details->setFrameShape(QFrame::NoFrame);
    m_details->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_details->setMinimumHeight(80);
    m_conversation->setMinimumHeight(60);
    m_draft->setMinimumHeight(60);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_splitter = splitter;
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_splitterMoved = true; });
    splitter->setObjectName(QStringLiteral("ticketSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_details);
    splitter->addWidget(m_draftBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_subject);
    layout->addWidget(m_meta);
    layout->addWidget(m_banner);
    layout->addWidget(m_actionsRow);
    layout->addWidget(splitter, 1);

    setTabOrder(m_conversation, m_confidence);
    setTabOrder(m_confidence, m_draft);
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
    m_context.reset();
    m_banner->hide();
    render();
}

void TicketPane::showTicket(const TicketHistory &history)
{
    if (history.ticket.id != m_ticketId) {
        m_banner->hide();
        m_context.reset();
    }
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
    return EngineTexts::categoryName(m_workspace, id);
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

void TicketPane::showContext(const CustomerContext &context)
{
    if (context.ticketId != m_ticketId || m_ticketId == 0)
        return;
    m_context = context;
    renderContext();
}

void TicketPane::activateContextItem(QListWidgetItem *item)
{
    const qint64 id = item ? item->data(kTicketIdRole).toLongLong() : 0;
    if (id != 0)
        emit contextTicketActivated(id);
}

QString TicketPane::settlementText(const ContextTicket &item) const
{
    const QString category = item.finalCategory.isEmpty() ? tr("(out of scope)") : categoryName(item.finalCategory);
    if (!item.settledBy)
        return item.finalCategory.isEmpty() ? tr("new, not routed") : tr("new, suggested %1").arg(category);
    QString text;
    switch (item.settledBy->type) {
    case ActionType::Accept:
        text = tr("accepted as %1").arg(category);
        break;
    case ActionType::Override:
        text = tr("overridden to %1").arg(category);
        break;
    case ActionType::Escalate:
        text = tr("escalated (%1)").arg(category);
        break;
    case ActionType::Undo:
        text = QueueModel::stateText(item.state);
        break;
    }
    const QString reason = item.settledBy->reason.isEmpty()
        ? (item.settledBy->type == ActionType::Escalate ? QueueModel::flagText(item.settledBy->reasonCode) : QString())
        : item.settledBy->reason;
    if (!reason.isEmpty())
        text = tr("%1: “%2”", "how a ticket was settled: the agent's reason").arg(text, reason);
    return text;
}

void TicketPane::fillContextList(QListWidget *list, const QList<ContextTicket> &items, bool similar,
                                 const QString &emptyText)
{
    list->clear();
    if (items.isEmpty()) {
        auto *empty = new QListWidgetItem(emptyText, list);
        empty->setFlags(Qt::NoItemFlags);
        return;
    }
    for (const ContextTicket &item : items) {
        const QString subject = item.subject.isEmpty() ? tr("(no subject)") : item.subject;
        const QString title = item.externalId.isEmpty()
            ? subject
            : tr("#%1 %2", "ticket number, subject").arg(item.externalId, subject);
        QStringList details;
        if (similar)
            details << tr("%1 % similar").arg(qRound(item.similarity * 100));
        else if (item.createdAt.isValid())
            details << QLocale().toString(item.createdAt.toLocalTime(), QLocale::ShortFormat);
        details << settlementText(item);
        QStringList flags;
        for (const QString &code : item.flagCodes)
            flags << QueueModel::flagText(code);
        if (!flags.isEmpty())
            details << tr("flags: %1").arg(flags.join(QStringLiteral(", ")));
        const QString detail = details.join(QStringLiteral(" \u00b7 "));
        auto *row = new QListWidgetItem(title + QLatin1Char('\n') + detail, list);
        row->setData(kTicketIdRole, item.ticketId);
        QString tip = title + QLatin1Char('\n') + detail;
        if (item.settledBy && !item.settledBy->agent.isEmpty())
            tip += QLatin1Char('\n')
                + tr("by %1, %2", "agent, time")
                      .arg(item.settledBy->agent,
                           QLocale().toString(item.settledBy->at.toLocalTime(), QLocale::ShortFormat));
        row->setToolTip(tip);
    }
}

void TicketPane::renderContext()
{
    const int requesterCount = m_context && m_context->ok() ? int(m_context->requesterTickets.size()) : 0;
    const int similarCount = m_context && m_context->ok() ? int(m_context->similarTickets.size()) : 0;
    m_tabs->setTabText(1, tr("Customer (%n)", "the requester's other tickets", requesterCount));
    m_tabs->setTabText(2, tr("Similar (%n)", "similar settled tickets", similarCount));
    m_tabs->setTabEnabled(1, m_history.has_value());
    m_tabs->setTabEnabled(2, m_history.has_value());
    if (!m_history) {
        m_requesterList->clear();
        m_similarList->clear();
        return;
    }
    if (!m_context) {
        fillContextList(m_requesterList, {}, false, tr("Reading the requester's other tickets…"));
        fillContextList(m_similarList, {}, true, tr("Looking for similar settled tickets…"));
        return;
    }
    if (!m_context->ok()) {
        const QString failed = tr("The customer context could not be read: %1").arg(m_context->error);
        fillContextList(m_requesterList, {}, false, failed);
        fillContextList(m_similarList, {}, true, failed);
        m_requesterList->item(0)->setToolTip(failed);
        m_similarList->item(0)->setToolTip(failed);
        return;
    }
    fillContextList(m_requesterList, m_context->requesterTickets, false,
                    m_context->requesterEmail.trimmed().isEmpty()
                        ? tr("The ticket names no requester address.")
                        : tr("No other tickets from %1.").arg(m_context->requesterEmail));
    fillContextList(m_similarList, m_context->similarTickets, true, tr("No similar ticket has been settled yet."));
}

void TicketPane::render()
{
    const bool has = m_history.has_value();
    m_suggestionBox->setEnabled(has);
    m_draftBox->setEnabled(has);
    QStringList flagLines;
    QStringList flagCodes;
    QStringList whyLines;
    if (!has) {
        setLines(m_flags, {});
        setLines(m_why, {});
        m_newestPosition = -1;
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
        renderContext();
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
        meta << tr("tier %1").arg(EngineTexts::tierText(t.customerTier));
    if (!t.channel.isEmpty())
        meta << EngineTexts::channelText(t.channel);
    if (t.createdAt.isValid())
        meta << QLocale().toString(t.createdAt.toLocalTime(), QLocale::ShortFormat);
    m_meta->setText(meta.join(QStringLiteral(" \u00b7 ")));

    renderConversation();
    renderContext();

    if (m_decision) {
        const RoutingDecision &d = *m_decision;
        m_category->setText(d.category.isEmpty() ? tr("(out of scope)") : categoryName(d.category));
        m_confidence->setValue(qRound(d.confidence * 100));
        m_confidence->setFormat(tr("%1 % confidence").arg(qRound(d.confidence * 100)));
        m_confidence->setAccessibleName(tr("Confidence %1 percent").arg(qRound(d.confidence * 100)));
        const QString specialistName = EngineTexts::specialistName(m_workspace, d.specialist);
        m_path->setText(d.specialist.isEmpty()
                            ? tr("(no specialist)")
                            : tr("%1 → %2", "category -> specialist").arg(m_category->text(), specialistName));
        QStringList secondary;
        for (const QString &intent : d.secondaryIntents)
            secondary << categoryName(intent);
        m_secondary->setText(secondary.isEmpty() ? tr("none") : secondary.join(QStringLiteral(", ")));
        for (const EscalationFlag &flag : d.flags) {
            flagLines << QueueModel::flagLine(flag.code, EngineTexts::text(flag.reasonText(), m_workspace));
            flagCodes << flag.code;
        }
        if (d.flags.isEmpty())
            flagLines << tr("No flags: the ticket can be handled without a person.");
        // The bar is amber exactly when the policy flagged low confidence, as in the queue.
        QPalette barPalette = m_confidence->palette();
        barPalette.setColor(QPalette::Highlight,
                            d.hasFlag(QLatin1String(EscalationCode::LowConfidence))
                                ? QColor(0xd4, 0x8a, 0x17)
                                : palette().color(QPalette::Highlight));
        m_confidence->setPalette(barPalette);
        for (const EngineText &line : alignedTexts(d.explanation, d.explanationTexts))
            whyLines << EngineTexts::text(line, m_workspace);
        for (const QString &rule : d.rulesFired)
            whyLines << tr("Rule fired: %1").arg(rule);
        QStringList alternatives;
        for (int i = 1; i < qMin(d.alternatives.size(), qsizetype(4)); ++i)
            alternatives << tr("%1 %2 %", "category probability")
                                .arg(categoryName(d.alternatives[i].category))
                                .arg(qRound(d.alternatives[i].p * 100));
        if (!alternatives.isEmpty())
            whyLines << tr("Next best: %1").arg(alternatives.join(QStringLiteral(", ")));
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

    setLines(m_flags, flagLines, flagCodes);
    setLines(m_why, whyLines);
    fitSplitter();

    QStringList actions;
    for (const AgentAction &action : m_history->actions)
        actions << describeAction(action);
    m_actionHistory->setText(actions.isEmpty() ? tr("No action yet.") : actions.join(QLatin1Char('\n')));
}

// The conversation as messages, oldest first, each under its author and time; opened at the newest message.
// Bodies may hold HTML from a helpdesk: inserted as converted plain text into a plain-text editor, so no markup is
// interpreted and nothing remote is loaded.
void TicketPane::renderConversation()
{
    const Ticket &t = m_history->ticket;
    m_conversation->clear();
    QTextCursor cursor(m_conversation->document());
    QTextCharFormat headFormat;
    headFormat.setFontWeight(QFont::Bold);
    QTextCharFormat noteFormat = headFormat;
    noteFormat.setForeground(palette().color(QPalette::PlaceholderText));
    const QTextCharFormat bodyFormat;
    m_newestPosition = -1;
    if (t.messages.isEmpty()) {
        m_newestPosition = 0;
        cursor.insertText(plainTextBody(t.body), bodyFormat);
    } else {
        bool first = true;
        for (const Message &m : t.messages) {
            if (!first)
                cursor.insertText(QStringLiteral("\n\n"), bodyFormat);
            first = false;
            m_newestPosition = cursor.position();
            const QString who = m.authorName.isEmpty() ? m.authorEmail : m.authorName;
            QString head = tr("%1, %2", "message author, time")
                               .arg(who.isEmpty() ? tr("unknown") : who,
                                    QLocale().toString(m.createdAt.toLocalTime(), QLocale::ShortFormat));
            if (!m.isPublic)
                head += QLatin1Char(' ') + tr("(internal note)");
            cursor.insertText(head, m.isPublic ? headFormat : noteFormat);
            cursor.insertText(QStringLiteral("\n") + plainTextBody(m.body), bodyFormat);
        }
    }
    m_conversation->document()->setModified(false);
    scrollToNewest();
}

void TicketPane::scrollToNewest()
{
    if (m_newestPosition < 0)
        return;
    // To the end first, then back to the newest message's heading: a short last message shows with what came
    // before it, a long one from its heading.
    m_conversation->moveCursor(QTextCursor::End);
    m_conversation->ensureCursorVisible();
    QTextCursor newest(m_conversation->document());
    newest.setPosition(m_newestPosition);
    m_conversation->setTextCursor(newest);
    m_conversation->ensureCursorVisible();
}

void TicketPane::setLines(QWidget *box, const QStringList &lines, const QStringList &codes)
{
    auto *layout = static_cast<QVBoxLayout *>(box->layout());
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *inner = row->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item->widget();
        delete item;
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QLabel *text = plainLabel(box, QStringLiteral("line"));
        text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        text->setText(lines.at(i));
        if (i < codes.size()) {
            auto *row = new QHBoxLayout;
            row->setSpacing(6);
            QLabel *mark = flagMark(box, codes.at(i));
            mark->setToolTip(QueueModel::flagText(codes.at(i)));
            mark->setAccessibleName(QueueModel::flagText(codes.at(i)));
            row->addWidget(mark, 0, Qt::AlignTop);
            row->addWidget(text, 1);
            layout->addLayout(row);
        } else {
            layout->addWidget(text);
        }
    }
}

void TicketPane::fitSplitter()
{
    if (m_splitterMoved || !m_splitter || m_splitter->height() <= 0)
        return;
    const int total = m_splitter->height() - 2 * m_splitter->handleWidth();
    QWidget *content = m_details->widget();
    const int width = m_details->viewport()->width() > 0 ? m_details->viewport()->width() : content->width();
    const int wanted = content->hasHeightForWidth() ? content->heightForWidth(width) : content->sizeHint().height();
    const int details = qBound(m_details->minimumHeight(), wanted + 2, total * 11 / 20);
    const int rest = qMax(0, total - details);
    m_splitter->setSizes({rest / 2, details, rest - rest / 2});
    // The conversation got a new height: keep its newest message in view.
    scrollToNewest();
}

void TicketPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitSplitter();
}

QStringList TicketPane::flagLines() const
{
    QStringList lines;
    for (const QLabel *label : m_flags->findChildren<QLabel *>(QStringLiteral("line")))
        lines << label->text();
    return lines;
}

QStringList TicketPane::explanationLines() const
{
    QStringList lines;
    for (const QLabel *label : m_why->findChildren<QLabel *>(QStringLiteral("line")))
        lines << label->text();
    return lines;
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
    m_tabs->setTabText(0, tr("Conversation"));
    m_conversation->setAccessibleName(tr("Conversation"));
    m_requesterList->setAccessibleName(tr("The requester's other tickets"));
    m_similarList->setAccessibleName(tr("Similar settled tickets"));
    m_suggestionBox->setTitle(tr("Suggestion"));
    m_categoryCaption->setText(tr("Category:"));
    m_pathCaption->setText(tr("Specialist path:"));
    m_secondaryCaption->setText(tr("Secondary intents:"));
    m_flagsCaption->setText(tr("Flags:"));
    m_flags->setAccessibleName(tr("Escalation flags"));
    m_whyCaption->setText(tr("Why:"));
    m_details->setAccessibleName(tr("Suggestion and history"));
    m_why->setAccessibleName(tr("Explanation and rules fired"));
    m_draftBox->setTitle(tr("Draft reply"));
    m_draft->setAccessibleName(tr("Draft reply"));
    m_historyCaption->setText(tr("History:"));
    m_subject->setAccessibleName(tr("Ticket subject"));
}

} // namespace RouteDesk
