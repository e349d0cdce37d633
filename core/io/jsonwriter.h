#pragma once

// Compact JSON written straight into a caller's byte buffer, for outputs with a line per record (classify,
// route): no document is built per line, and a buffer reused from line to line stops allocating once it has
// grown. The bytes are those nlohmann::json::dump() prints for the same values: numbers through nlohmann's own
// shortest round-trip printer, strings as UTF-8 with the same escapes (a lone surrogate becomes what
// QString::toUtf8() makes of it). Keys are written in the order given: a caller that wants dump()'s layout
// writes them sorted, as dump() does.
//
// Not checked: nesting and key/value order are the caller's business (a debug assertion at most).

#include <QLatin1StringView>
#include <QStringView>

#include <array>
#include <string>
#include <string_view>

namespace RouteDesk {

class JsonWriter
{
public:
    // Appends to *out, which must outlive the writer.
    explicit JsonWriter(std::string *out)
        : m_out(out)
    { }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(std::string_view name); // ASCII without characters that need escaping

    void value(QStringView text);
    void value(QLatin1StringView text);
    void value(std::string_view utf8); // valid UTF-8
    void value(double number); // NaN and infinities as null, as dump() does
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool flag);
    void null();

    // A string value written in parts: beginString(), any number of part() calls, endString().
    void beginString();
    void part(QStringView text);
    void part(QLatin1StringView text);
    void endString();

    // Escapes `text` as the inside of a JSON string (without the quotes) onto *out.
    static void appendEscaped(std::string *out, QStringView text);

private:
    void separate(); // the comma before a value or key when one came before it at this level

    std::string *m_out;
    std::array<bool, 32> m_first {}; // per level: nothing written yet
    int m_depth = 0;
    bool m_afterKey = false;
};

} // namespace RouteDesk
