#include "jsonwriter.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>

namespace RouteDesk {

namespace {

constexpr char Hex[] = "0123456789abcdef";

// nlohmann's escapes for a code point below 0x80 (the rest is copied as UTF-8).
inline void appendAscii(std::string *out, char16_t c)
{
    switch (c) {
    case 0x08:
        out->append("\\b", 2);
        return;
    case 0x09:
        out->append("\\t", 2);
        return;
    case 0x0A:
        out->append("\\n", 2);
        return;
    case 0x0C:
        out->append("\\f", 2);
        return;
    case 0x0D:
        out->append("\\r", 2);
        return;
    case 0x22:
        out->append("\\\"", 2);
        return;
    case 0x5C:
        out->append("\\\\", 2);
        return;
    default:
        break;
    }
    if (c <= 0x1F) {
        const char escaped[6] = {'\\', 'u', '0', '0', Hex[(c >> 4) & 0xF], Hex[c & 0xF]};
        out->append(escaped, 6);
        return;
    }
    out->push_back(static_cast<char>(c));
}

} // namespace

void JsonWriter::appendEscaped(std::string *out, QStringView text)
{
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i];
        if (c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\') {
            // A run of characters that need no escape goes in with one append.
            qsizetype end = i + 1;
            while (end < n && p[end] >= 0x20 && p[end] < 0x80 && p[end] != u'"' && p[end] != u'\\')
                ++end;
            const size_t at = out->size();
            out->resize(at + size_t(end - i));
            char *dst = out->data() + at;
            for (qsizetype k = i; k < end; ++k)
                *dst++ = static_cast<char>(p[k]);
            i = end - 1;
        } else if (c < 0x80) {
            appendAscii(out, c);
        } else if (c < 0x800) {
            out->push_back(static_cast<char>(0xC0 | (c >> 6)));
            out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else if (c < 0xD800 || c > 0xDFFF) {
            out->push_back(static_cast<char>(0xE0 | (c >> 12)));
            out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else if (c < 0xDC00 && i + 1 < n && p[i + 1] >= 0xDC00 && p[i + 1] <= 0xDFFF) {
            const char32_t u = 0x10000 + ((char32_t(c) - 0xD800) << 10) + (char32_t(p[i + 1]) - 0xDC00);
            out->push_back(static_cast<char>(0xF0 | (u >> 18)));
            out->push_back(static_cast<char>(0x80 | ((u >> 12) & 0x3F)));
            out->push_back(static_cast<char>(0x80 | ((u >> 6) & 0x3F)));
            out->push_back(static_cast<char>(0x80 | (u & 0x3F)));
            ++i;
        } else {
            // A lone surrogate: whatever Qt's encoder writes for it, so that the output equals the old
            // QString::toStdString() route. It is ASCII or valid UTF-8, never a control character.
            const QByteArray bytes = text.mid(i, 1).toUtf8();
            out->append(bytes.constData(), size_t(bytes.size()));
        }
    }
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_depth > 0) {
        if (!m_first[size_t(m_depth)])
            m_out->push_back(',');
        m_first[size_t(m_depth)] = false;
    }
}

void JsonWriter::beginObject()
{
    separate();
    m_out->push_back('{');
    ++m_depth;
    Q_ASSERT(m_depth < int(m_first.size()));
    m_first[size_t(m_depth)] = true;
}

void JsonWriter::endObject()
{
    m_out->push_back('}');
    --m_depth;
}

void JsonWriter::beginArray()
{
    separate();
    m_out->push_back('[');
    ++m_depth;
    Q_ASSERT(m_depth < int(m_first.size()));
    m_first[size_t(m_depth)] = true;
}

void JsonWriter::endArray()
{
    m_out->push_back(']');
    --m_depth;
}

void JsonWriter::key(std::string_view name)
{
    separate();
    m_out->push_back('"');
    m_out->append(name);
    m_out->append("\":", 2);
    m_afterKey = true;
}

void JsonWriter::value(QStringView text)
{
    separate();
    m_out->push_back('"');
    appendEscaped(m_out, text);
    m_out->push_back('"');
}

void JsonWriter::value(QLatin1StringView text)
{
    beginString();
    part(text);
    endString();
}

void JsonWriter::value(std::string_view utf8)
{
    separate();
    m_out->push_back('"');
    for (const char c : utf8) {
        if (static_cast<unsigned char>(c) < 0x80)
            appendAscii(m_out, char16_t(c));
        else
            m_out->push_back(c);
    }
    m_out->push_back('"');
}

void JsonWriter::value(double number)
{
    separate();
    if (!std::isfinite(number)) {
        m_out->append("null", 4);
        return;
    }
    std::array<char, 64> buffer;
    char *end = nlohmann::detail::to_chars(buffer.data(), buffer.data() + buffer.size(), number);
    m_out->append(buffer.data(), size_t(end - buffer.data()));
}

void JsonWriter::value(qint64 number)
{
    separate();
    std::array<char, 24> buffer;
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), number);
    m_out->append(buffer.data(), size_t(result.ptr - buffer.data()));
}

void JsonWriter::value(bool flag)
{
    separate();
    if (flag)
        m_out->append("true", 4);
    else
        m_out->append("false", 5);
}

void JsonWriter::null()
{
    separate();
    m_out->append("null", 4);
}

void JsonWriter::beginString()
{
    separate();
    m_out->push_back('"');
}

void JsonWriter::part(QStringView text)
{
    appendEscaped(m_out, text);
}

void JsonWriter::part(QLatin1StringView text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x80) {
            appendAscii(m_out, char16_t(u));
        } else {
            m_out->push_back(static_cast<char>(0xC0 | (u >> 6)));
            m_out->push_back(static_cast<char>(0x80 | (u & 0x3F)));
        }
    }
}

void JsonWriter::endString()
{
    m_out->push_back('"');
}

} // namespace RouteDesk
