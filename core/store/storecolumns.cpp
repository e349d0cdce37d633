#include "storecolumns.h"

#include "io/jsonparse.h"
#include "model/modeljson.h"

#include <QLocale>

#include <charconv>
#include <cmath>

namespace RouteDesk {

Q_LOGGING_CATEGORY(lcStore, "routedesk.store")

namespace StoreColumns {

namespace {

using nlohmann::json;

// Parses a JSON array column; nullopt (and a warning) when the text is not one.
std::optional<json> parseArray(const QString &text, const char *column)
{
    const std::string utf8 = text.toStdString();
    json value = parseJsonOrDiscarded(QByteArrayView(utf8.data(), qsizetype(utf8.size())));
    if (value.is_discarded() || !value.is_array()) {
        qCWarning(lcStore) << "ignoring a" << column << "column that is not a JSON array:" << text.left(80);
        return std::nullopt;
    }
    return value;
}

bool isEmptyArray(const QString &text)
{
    return text.isEmpty() || text == QLatin1String("[]");
}

QString stringField(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? fromStd(it->get<std::string>()) : QString();
}

// The queue reads several list columns per row for up to 100,000 rows; building an nlohmann DOM for each
// (UTF-16 -> UTF-8, a std::map per object) dominated the load time. The columns only ever hold the few shapes
// written here, so a small reader works on the UTF-16 text directly; anything it does not expect (a row written
// by hand or by another tool) falls back to the full parser.
void appendJsonString(QString *out, const QString &value)
{
    out->reserve(out->size() + value.size() + 2);
    out->append(QLatin1Char('"'));
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out->append(QLatin1Char('\\'));
            out->append(c);
        } else if (u >= 0x20) {
            out->append(c);
        } else if (u == u'\n') {
            out->append(QLatin1String("\\n"));
        } else if (u == u'\t') {
            out->append(QLatin1String("\\t"));
        } else if (u == u'\r') {
            out->append(QLatin1String("\\r"));
        } else {
            out->append(QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0')));
        }
    }
    out->append(QLatin1Char('"'));
}

void appendJsonNumber(QString *out, double value)
{
    if (!std::isfinite(value)) {
        out->append(QLatin1String("null")); // as nlohmann writes it; reads back as 0
        return;
    }
    out->append(QString::number(value, 'g', QLocale::FloatingPointShortest));
}

class ColumnReader
{
public:
    explicit ColumnReader(QStringView text)
        : m_text(text)
    { }

    bool atEnd()
    {
        skipSpace();
        return m_pos == m_text.size();
    }
    bool consume(char16_t c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool expect(char16_t c) { return consume(c); }

    // A string without escapes (nearly all of them) comes from the pool when one is given.
    bool readString(QString *out, StringPool *pool = nullptr)
    {
        skipSpace();
        if (m_pos >= m_text.size() || m_text[m_pos] != u'"')
            return false;
        const qsizetype start = ++m_pos;
        // Fast path: no escapes.
        while (m_pos < m_text.size() && m_text[m_pos] != u'"' && m_text[m_pos] != u'\\')
            ++m_pos;
        if (m_pos >= m_text.size())
            return false;
        if (m_text[m_pos] == u'"') {
            const QStringView value = m_text.mid(start, m_pos - start);
            *out = pool ? pool->intern(value) : value.toString();
            ++m_pos;
            return true;
        }
        QString value = m_text.mid(start, m_pos - start).toString();
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos++];
            if (c == u'"') {
                *out = value;
                return true;
            }
            if (c != u'\\') {
                value.append(c);
                continue;
            }
            if (m_pos >= m_text.size())
                return false;
            const char16_t e = m_text[m_pos++].unicode();
            switch (e) {
            case u'"':
            case u'\\':
            case u'/':
                value.append(QChar(e));
                break;
            case u'b':
                value.append(QChar(u'\b'));
                break;
            case u'f':
                value.append(QChar(u'\f'));
                break;
            case u'n':
                value.append(QChar(u'\n'));
                break;
            case u'r':
                value.append(QChar(u'\r'));
                break;
            case u't':
                value.append(QChar(u'\t'));
                break;
            case u'u': {
                if (m_pos + 4 > m_text.size())
                    return false;
                bool ok = false;
                const uint code = m_text.mid(m_pos, 4).toUInt(&ok, 16);
                if (!ok)
                    return false;
                m_pos += 4;
                value.append(QChar(char16_t(code))); // surrogate pairs arrive as two escapes
                break;
            }
            default:
                return false;
            }
        }
        return false;
    }

    bool readNumber(double *out)
    {
        skipSpace();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()) {
            const char16_t c = m_text[m_pos].unicode();
            if ((c >= u'0' && c <= u'9') || c == u'-' || c == u'+' || c == u'.' || c == u'e' || c == u'E')
                ++m_pos;
            else
                break;
        }
        if (m_pos == start) {
            if (m_text.mid(m_pos).startsWith(u"null")) { // a non-finite number was written as null
                m_pos += 4;
                *out = 0.0;
                return true;
            }
            return false;
        }
        // std::from_chars: exact like the C locale's strtod, without QLocale's lookups per call.
        char buffer[64];
        const qsizetype length = m_pos - start;
        if (length >= qsizetype(sizeof buffer))
            return false;
        for (qsizetype i = 0; i < length; ++i)
            buffer[i] = char(m_text[start + i].unicode());
        const auto [end, status] = std::from_chars(buffer, buffer + length, *out);
        return status == std::errc() && end == buffer + length;
    }

    bool readBool(bool *out)
    {
        skipSpace();
        const QStringView rest = m_text.mid(m_pos);
        if (rest.startsWith(u"true")) {
            m_pos += 4;
            *out = true;
            return true;
        }
        if (rest.startsWith(u"false")) {
            m_pos += 5;
            *out = false;
            return true;
        }
        return false;
    }

    // Calls onKey for every key with the reader positioned at its value; onKey must consume the value.
    template<typename OnKey>
    bool readObject(OnKey onKey)
    {
        if (!consume(u'{'))
            return false;
        if (consume(u'}'))
            return true;
        do {
            QString key;
            if (!readString(&key) || !consume(u':') || !onKey(QStringView(key)))
                return false;
        } while (consume(u','));
        return consume(u'}');
    }

    // An array of strings: `out` gets them (an empty array gives an empty list).
    bool readStringArray(QStringList *out, StringPool *pool = nullptr)
    {
        if (!consume(u'['))
            return false;
        if (consume(u']'))
            return true;
        do {
            QString entry;
            if (!readString(&entry, pool))
                return false;
            out->append(entry);
        } while (consume(u','));
        return consume(u']');
    }

    bool peek(char16_t c)
    {
        skipSpace();
        return m_pos < m_text.size() && m_text[m_pos] == c;
    }

    bool skipValue()
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return false;
        const char16_t c = m_text[m_pos].unicode();
        if (c == u'"') {
            QString ignored;
            return readString(&ignored);
        }
        if (c == u'{')
            return readObject([this](QStringView) { return skipValue(); });
        if (c == u'[') {
            ++m_pos;
            if (consume(u']'))
                return true;
            do {
                if (!skipValue())
                    return false;
            } while (consume(u','));
            return consume(u']');
        }
        for (const char16_t *word : {u"true", u"false", u"null"}) {
            const QStringView w(word);
            if (m_text.mid(m_pos).startsWith(w)) {
                m_pos += w.size();
                return true;
            }
        }
        double ignored = 0;
        return readNumber(&ignored);
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char16_t c = m_text[m_pos].unicode();
            if (c != u' ' && c != u'\n' && c != u'\r' && c != u'\t')
                break;
            ++m_pos;
        }
    }

    QStringView m_text;
    qsizetype m_pos = 0;
};

} // namespace

QString StringPool::intern(QStringView text)
{
    constexpr qsizetype kLongest = 64; // longer text rarely repeats
    constexpr size_t kMostStrings = 8192; // a pool never grows without bound
    if (text.size() > kLongest)
        return text.toString();
    if (const auto it = m_strings.find(text); it != m_strings.end())
        return it->second;
    QString value = text.toString();
    if (m_strings.size() < kMostStrings)
        m_strings.emplace(QStringView(value), value);
    return value;
}

QString encode(const QStringList &list)
{
    if (list.isEmpty())
        return QStringLiteral("[]");
    QString out;
    out.reserve(16 * list.size());
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        appendJsonString(&out, list.at(i));
    }
    out += QLatin1Char(']');
    return out;
}

QString encode(const QList<ScoredCategory> &list)
{
    if (list.isEmpty())
        return QStringLiteral("[]");
    QString out;
    out.reserve(40 * list.size());
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < list.size(); ++i) {
        out += i > 0 ? QLatin1String(",{\"category\":") : QLatin1String("{\"category\":");
        appendJsonString(&out, list.at(i).category);
        out += QLatin1String(",\"p\":");
        appendJsonNumber(&out, list.at(i).p);
        out += QLatin1Char('}');
    }
    out += QLatin1Char(']');
    return out;
}

QString encode(const QList<EscalationFlag> &list)
{
    if (list.isEmpty())
        return QStringLiteral("[]");
    QString out;
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < list.size(); ++i) {
        out += i > 0 ? QLatin1String(",{\"code\":") : QLatin1String("{\"code\":");
        appendJsonString(&out, list.at(i).code);
        out += QLatin1String(",\"reason\":");
        appendJsonString(&out, list.at(i).reason);
        if (list.at(i).message.isStructured()) {
            out += QLatin1String(",\"message\":");
            out += encode(flatten(list.at(i).message));
        }
        out += QLatin1Char('}');
    }
    out += QLatin1Char(']');
    return out;
}

QString encodeExplanation(const QStringList &lines, const QList<EngineText> &texts)
{
    if (texts.size() != lines.size())
        return encode(lines);
    if (lines.isEmpty())
        return QStringLiteral("[]");
    QString out;
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        if (texts.at(i).isStructured())
            out += encode(flatten(texts.at(i)));
        else
            appendJsonString(&out, lines.at(i));
    }
    out += QLatin1Char(']');
    return out;
}

// The same object modeljson writes for a message, keys in the same (sorted) order; "body_of_ticket" stands for a
// body equal to the ticket's.
QString encode(const QList<Message> &messages, const QString &ticketBody)
{
    if (messages.isEmpty())
        return QStringLiteral("[]");
    QString out;
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const Message &m = messages.at(i);
        out += i > 0 ? QLatin1String(",{\"author_email\":") : QLatin1String("{\"author_email\":");
        appendJsonString(&out, m.authorEmail);
        out += QLatin1String(",\"author_name\":");
        appendJsonString(&out, m.authorName);
        if (!m.body.isEmpty() && m.body == ticketBody) {
            out += QLatin1String(",\"body_of_ticket\":true");
        } else {
            out += QLatin1String(",\"body\":");
            appendJsonString(&out, m.body);
        }
        out += QLatin1String(",\"created_at\":");
        appendJsonString(&out, isoTime(m.createdAt));
        out += m.fromRequester ? QLatin1String(",\"from_requester\":true") : QLatin1String(",\"from_requester\":false");
        out += m.isPublic ? QLatin1String(",\"public\":true}") : QLatin1String(",\"public\":false}");
    }
    out += QLatin1Char(']');
    return out;
}

QVariant packed(const QString &text, bool compress)
{
    if (!compress || text.size() < kPackFrom / 3) // fewer than kPackFrom bytes of UTF-8 whatever the characters
        return StoreColumns::text(text);
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() < kPackFrom)
        return StoreColumns::text(text);
    QByteArray compressed = qCompress(utf8, 9);
    if (compressed.size() > utf8.size() - utf8.size() / 10)
        return StoreColumns::text(text);
    return compressed;
}

QString unpacked(const QVariant &value)
{
    if (value.typeId() != QMetaType::QByteArray)
        return value.toString();
    const QByteArray data = value.toByteArray();
    if (data.isEmpty())
        return QString();
    const QByteArray utf8 = qUncompress(data);
    if (utf8.isEmpty())
        qCWarning(lcStore) << "ignoring a compressed text column that does not uncompress," << data.size() << "bytes";
    return QString::fromUtf8(utf8);
}

QStringList decodeStringList(const QString &text, StringPool *pool)
{
    QStringList result;
    if (isEmptyArray(text))
        return result;
    ColumnReader reader(text);
    bool ok = reader.expect(u'[');
    if (ok && !reader.consume(u']')) {
        do {
            QString entry;
            ok = reader.readString(&entry, pool);
            result.append(entry);
        } while (ok && reader.consume(u','));
        ok = ok && reader.expect(u']') && reader.atEnd();
    }
    if (ok)
        return result;
    const auto array = parseArray(text, "list");
    return array ? stringListFromJson(*array) : QStringList();
}

QList<ScoredCategory> decodeScored(const QString &text, StringPool *pool)
{
    QList<ScoredCategory> result;
    if (isEmptyArray(text))
        return result;
    ColumnReader reader(text);
    bool ok = reader.expect(u'[');
    if (ok && !reader.consume(u']')) {
        do {
            ScoredCategory entry;
            ok = reader.readObject([&](QStringView key) {
                if (key == u"category")
                    return reader.readString(&entry.category, pool);
                if (key == u"p")
                    return reader.readNumber(&entry.p);
                return reader.skipValue();
            });
            result.append(entry);
        } while (ok && reader.consume(u','));
        ok = ok && reader.expect(u']') && reader.atEnd();
    }
    if (ok)
        return result;
    result.clear();
    const auto array = parseArray(text, "alternatives");
    if (!array)
        return result;
    for (const json &entry : *array) {
        if (!entry.is_object())
            continue;
        const auto p = entry.find("p");
        result.append({stringField(entry, "category"), p != entry.end() && p->is_number() ? p->get<double>() : 0.0});
    }
    return result;
}

QList<EscalationFlag> decodeFlags(const QString &text, StringPool *pool)
{
    QList<EscalationFlag> result;
    if (isEmptyArray(text))
        return result;
    ColumnReader reader(text);
    bool ok = reader.expect(u'[');
    if (ok && !reader.consume(u']')) {
        do {
            EscalationFlag flag;
            ok = reader.readObject([&](QStringView key) {
                if (key == u"code")
                    return reader.readString(&flag.code, pool);
                if (key == u"reason")
                    return reader.readString(&flag.reason);
                if (key == u"message") {
                    QStringList flat;
                    if (!reader.readStringArray(&flat, pool))
                        return false;
                    flag.message = unflatten(flat).value_or(EngineText());
                    return true;
                }
                return reader.skipValue();
            });
            result.append(flag);
        } while (ok && reader.consume(u','));
        ok = ok && reader.expect(u']') && reader.atEnd();
    }
    if (ok)
        return result;
    result.clear();
    const auto array = parseArray(text, "flags");
    if (!array)
        return result;
    for (const json &entry : *array) {
        if (entry.is_object())
            result.append({stringField(entry, "code"), stringField(entry, "reason")});
    }
    return result;
}

Explanation decodeExplanation(const QString &text)
{
    Explanation result;
    if (isEmptyArray(text))
        return result;
    ColumnReader reader(text);
    bool ok = reader.expect(u'[');
    bool structured = false;
    if (ok && !reader.consume(u']')) {
        do {
            if (reader.peek(u'[')) {
                QStringList flat;
                ok = reader.readStringArray(&flat);
                const auto line = unflatten(flat);
                ok = ok && line.has_value();
                if (ok) {
                    result.lines.append(line->text);
                    result.texts.append(*line);
                    structured = true;
                }
            } else {
                QString line;
                ok = reader.readString(&line);
                result.lines.append(line);
                result.texts.append(EngineText::plain(line));
            }
        } while (ok && reader.consume(u','));
        ok = ok && reader.expect(u']') && reader.atEnd();
    }
    if (ok) {
        if (!structured) // stored before sentences were structured: shown as stored
            result.texts.clear();
        return result;
    }
    result = {};
    result.lines = decodeStringList(text);
    return result;
}

QList<Message> decodeMessages(const QString &text, const QString &ticketBody)
{
    QList<Message> result;
    if (isEmptyArray(text))
        return result;
    ColumnReader reader(text);
    bool ok = reader.expect(u'[');
    if (ok && !reader.consume(u']')) {
        do {
            Message message;
            ok = reader.readObject([&](QStringView key) {
                if (key == u"author_email")
                    return reader.readString(&message.authorEmail);
                if (key == u"author_name")
                    return reader.readString(&message.authorName);
                if (key == u"body")
                    return reader.readString(&message.body);
                if (key == u"body_of_ticket") {
                    bool same = false;
                    if (!reader.readBool(&same))
                        return false;
                    if (same)
                        message.body = ticketBody;
                    return true;
                }
                if (key == u"created_at") {
                    QString time;
                    if (!reader.readString(&time))
                        return false;
                    message.createdAt = parseIsoTime(time);
                    return true;
                }
                if (key == u"from_requester")
                    return reader.readBool(&message.fromRequester);
                if (key == u"public")
                    return reader.readBool(&message.isPublic);
                return reader.skipValue();
            });
            result.append(message);
        } while (ok && reader.consume(u','));
        ok = ok && reader.expect(u']') && reader.atEnd();
    }
    if (ok)
        return result;
    result.clear();
    const auto array = parseArray(text, "messages");
    if (!array)
        return result;
    for (const json &entry : *array) {
        Message message;
        QString error;
        if (fromJson(entry, &message, &error)) {
            if (const auto same = entry.find("body_of_ticket");
                same != entry.end() && same->is_boolean() && same->get<bool>())
                message.body = ticketBody;
            result.append(message);
        } else
            qCWarning(lcStore) << "ignoring a stored message:" << error;
    }
    return result;
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString effectiveActionOf(const QString &ticketExpression)
{
    return QStringLiteral("(SELECT max(x.id) FROM actions x WHERE x.ticket_id = %1 AND x.action_type <> 'undo' "
                          "AND NOT EXISTS (SELECT 1 FROM actions u WHERE u.undoes_action_id = x.id))")
        .arg(ticketExpression);
}

} // namespace StoreColumns

} // namespace RouteDesk
