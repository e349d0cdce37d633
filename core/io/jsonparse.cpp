#include "jsonparse.h"

#include <QStringList>

#include <string>
#include <vector>

namespace RouteDesk {

using nlohmann::json;

namespace {

// Strips "[json.exception.parse_error.101] parse error at line 1, column 5: " down to what went wrong.
QString plainMessage(const char *what)
{
    QString text = QString::fromUtf8(what);
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1String("] "));
        if (close > 0)
            text = text.mid(close + 2);
    }
    if (text.startsWith(QLatin1String("parse error"))) {
        const qsizetype colon = text.indexOf(QLatin1String(": "));
        if (colon > 0)
            text = text.mid(colon + 2);
    }
    return text;
}

// Builds the value through nlohmann's own DOM builder, keeping the path to the current value and the depth.
class GuardedSax
{
public:
    GuardedSax(json &root, int maxDepth)
        : m_dom(root, false)
        , m_maxDepth(maxDepth)
    { }

    bool null() { return value() && m_dom.null(); }
    bool boolean(bool v) { return value() && m_dom.boolean(v); }
    bool number_integer(json::number_integer_t v) { return value() && m_dom.number_integer(v); }
    bool number_unsigned(json::number_unsigned_t v) { return value() && m_dom.number_unsigned(v); }
    bool number_float(json::number_float_t v, const json::string_t &s) { return value() && m_dom.number_float(v, s); }
    bool string(json::string_t &v) { return value() && m_dom.string(v); }
    bool binary(json::binary_t &v) { return value() && m_dom.binary(v); }

    bool start_object(std::size_t n) { return open(false) && m_dom.start_object(n); }
    bool key(json::string_t &k)
    {
        m_path.back().key = k;
        m_path.back().hasKey = true;
        return m_dom.key(k);
    }
    bool end_object()
    {
        m_path.pop_back();
        return m_dom.end_object();
    }
    bool start_array(std::size_t n) { return open(true) && m_dom.start_array(n); }
    bool end_array()
    {
        m_path.pop_back();
        return m_dom.end_array();
    }

    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &ex)
    {
        value(); // in an array, the error is in the element after the last one read
        m_errorPosition = position;
        m_error = plainMessage(ex.what());
        return false;
    }

    void fail(const QString &message) { m_error = message; }

    bool tooDeep() const { return m_tooDeep; }
    std::size_t errorPosition() const { return m_errorPosition; }
    QString error() const { return m_error; }
    QString path() const
    {
        // Deep paths name their first levels only: "a.b[0][0][0][0][0][0]...".
        constexpr size_t kShownSteps = 8;
        QString text;
        for (size_t i = 0; i < m_path.size(); ++i) {
            const Step &step = m_path[i];
            if (i == kShownSteps) {
                text += QStringLiteral("...");
                break;
            }
            if (step.array) {
                text += QStringLiteral("[%1]").arg(step.index);
            } else if (step.hasKey) {
                if (!text.isEmpty())
                    text += QLatin1Char('.');
                text += QString::fromStdString(step.key);
            }
        }
        return text;
    }

private:
    struct Step
    {
        bool array = false;
        qint64 index = -1; // of the element being read
        bool hasKey = false;
        std::string key;
    };

    // A value starts: in an array it is the next element.
    bool value()
    {
        if (!m_path.empty() && m_path.back().array)
            ++m_path.back().index;
        return true;
    }
    bool open(bool array)
    {
        value();
        if (int(m_path.size()) >= m_maxDepth) {
            m_tooDeep = true;
            m_error = QStringLiteral("nested deeper than %1 levels").arg(m_maxDepth);
            return false;
        }
        m_path.push_back(Step {array, -1, false, {}});
        return true;
    }

    nlohmann::detail::json_sax_dom_parser<json> m_dom;
    int m_maxDepth;
    std::vector<Step> m_path;
    bool m_tooDeep = false;
    std::size_t m_errorPosition = 0;
    QString m_error;
};

// The byte offset of the bracket that opens level maxDepth + 1, outside strings; -1 if there is none.
qsizetype tooDeepOffset(QByteArrayView bytes, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return -1;
}

qint64 lineAt(QByteArrayView bytes, qsizetype offset)
{
    qint64 lines = 0;
    const qsizetype end = std::min(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (bytes[i] == '\n')
            ++lines;
    }
    return lines;
}

} // namespace

JsonParseResult parseJson(QByteArrayView bytes, const QString &name, qint64 firstLine, int maxDepth)
{
    JsonParseResult result;
    json root;
    GuardedSax sax(root, maxDepth);
    bool parsed = false;
    try {
        parsed = json::sax_parse(bytes.begin(), bytes.end(), &sax);
    } catch (const std::exception &e) { // bad_alloc and the like: the guard above stops what it can foresee
        sax.fail(plainMessage(e.what()));
    }
    if (parsed) {
        result.ok = true;
        result.value = std::move(root);
        return result;
    }
    qsizetype offset = 0;
    if (sax.tooDeep()) {
        offset = tooDeepOffset(bytes, maxDepth);
    } else {
        // The lexer counts the character it stopped at; point at it, not past it.
        offset = sax.errorPosition() > 0 ? qsizetype(sax.errorPosition()) - 1 : 0;
    }
    result.line = firstLine + lineAt(bytes, offset);
    result.field = sax.path();
    result.what = sax.error().isEmpty() ? QStringLiteral("not valid JSON") : sax.error();
    result.error
        = QStringLiteral("%1:%2: not valid JSON (%3)").arg(name, QString::number(result.line), result.detail());
    return result;
}

bool parseJson(QByteArrayView bytes, const QString &name, json *out, QString *error, qint64 firstLine)
{
    JsonParseResult result = parseJson(bytes, name, firstLine);
    if (!result.ok) {
        if (error)
            *error = result.error;
        return false;
    }
    *out = std::move(result.value);
    return true;
}

nlohmann::json parseJsonOrDiscarded(QByteArrayView bytes)
{
    JsonParseResult result = parseJson(bytes, QString());
    if (!result.ok)
        return json(json::value_t::discarded);
    return std::move(result.value);
}

QString jsonExceptionText(const std::exception &e)
{
    return plainMessage(e.what());
}

} // namespace RouteDesk
