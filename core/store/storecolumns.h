#pragma once

// How the store keeps values that have no column type of their own: lists and the conversation as compact
// JSON text (the shapes modeljson uses), times as milliseconds since the epoch in UTC. Internal to core/store.

#include "model/routingdecision.h"
#include "model/ticket.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <unordered_map>

namespace RouteDesk {
Q_DECLARE_LOGGING_CATEGORY(lcStore)
}

namespace RouteDesk::StoreColumns {

QString encode(const QStringList &list);
QString encode(const QList<ScoredCategory> &list);
QString encode(const QList<EscalationFlag> &list);
// The conversation; a message whose text is the ticket's body (the first one, as helpdesks send it) is written
// as {"body_of_ticket":true} without its text, which the ticket's body column holds already.
QString encode(const QList<Message> &messages, const QString &ticketBody);

// How many ranked categories a stored decision keeps (issue 14: the top ones, as `route --top` writes them;
// a decision is ranked best first, so its category is always among them).
inline constexpr qsizetype kStoredAlternatives = 5;

// Long texts (body, conversation, draft, ranked categories, explanation) on SQLite: the UTF-8 text compressed with
// qCompress in a BLOB when that saves at least a tenth and the text has at least kPackFrom bytes; otherwise the
// text itself. PostgreSQL compresses long values itself (TOAST), so there the text is always written as text.
// unpacked() reads either form (and old rows, which are all text); damaged compressed data reads as empty with a
// warning.
inline constexpr qsizetype kPackFrom = 96;
QVariant packed(const QString &text, bool compress);
QString unpacked(const QVariant &value);

// Shares equal short strings (category ids, tags, flag codes) between the rows of one read: a queue of 100,000
// tickets then holds eight category names, not 800,000 copies, and builds and frees that much less.
class StringPool
{
public:
    QString intern(QStringView text);

private:
    std::unordered_map<QStringView, QString> m_strings; // keys view their own values
};

// Decoders never throw; text that is not the expected JSON gives an empty list and a warning in the log
// (a hand-edited row must not make the whole queue unreadable).
QStringList decodeStringList(const QString &text, StringPool *pool = nullptr);
QList<ScoredCategory> decodeScored(const QString &text, StringPool *pool = nullptr);
QList<EscalationFlag> decodeFlags(const QString &text, StringPool *pool = nullptr);
// `ticketBody` fills the messages written with "body_of_ticket".
QList<Message> decodeMessages(const QString &text, const QString &ticketBody);

// The explanation column: one entry per line, a string (unstructured, and every line of decisions stored before
// sentences were structured) or a sentence in flatten()'s form. `texts` is empty when no line is structured.
struct Explanation
{
    QStringList lines;
    QList<EngineText> texts;
};
QString encodeExplanation(const QStringList &lines, const QList<EngineText> &texts);
Explanation decodeExplanation(const QString &text);

// A typed NULL for an invalid time, so both drivers bind it as a NULL integer.
QVariant timeValue(const QDateTime &time);
QDateTime timeFrom(const QVariant &value);

// Text columns are NOT NULL: Qt binds a null QString as SQL NULL, so bind an empty one instead.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// The id of a ticket's effective action as a SQL expression (both backends): its latest action that is not an
// undo and that no undo took back. Undo may only take back the effective action, so this is a stack: undoing it
// uncovers the one before. `ticketExpression` is SQL text (a column or a placeholder), never a value.
QString effectiveActionOf(const QString &ticketExpression);

} // namespace RouteDesk::StoreColumns
