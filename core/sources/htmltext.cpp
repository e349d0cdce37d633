#include "htmltext.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace RouteDesk {

namespace {

const QHash<QString, char32_t> &namedEntities()
{
    // The references mail clients and helpdesks actually emit; an unknown name is left as written.
    static const QHash<QString, char32_t> entities = {
        {QStringLiteral("amp"), U'&'},       {QStringLiteral("lt"), U'<'},       {QStringLiteral("gt"), U'>'},
        {QStringLiteral("quot"), U'"'},      {QStringLiteral("apos"), U'\''},    {QStringLiteral("nbsp"), U' '},
        {QStringLiteral("ensp"), U' '},      {QStringLiteral("emsp"), U' '},     {QStringLiteral("thinsp"), U' '},
        {QStringLiteral("copy"), U'©'},      {QStringLiteral("reg"), U'®'},      {QStringLiteral("trade"), U'™'},
        {QStringLiteral("hellip"), U'…'},    {QStringLiteral("mdash"), U'—'},    {QStringLiteral("ndash"), U'–'},
        {QStringLiteral("lsquo"), U'‘'},     {QStringLiteral("rsquo"), U'’'},    {QStringLiteral("ldquo"), U'“'},
        {QStringLiteral("rdquo"), U'”'},     {QStringLiteral("sbquo"), U'‚'},    {QStringLiteral("bdquo"), U'„'},
        {QStringLiteral("laquo"), U'«'},     {QStringLiteral("raquo"), U'»'},    {QStringLiteral("bull"), U'•'},
        {QStringLiteral("middot"), U'·'},    {QStringLiteral("euro"), U'€'},     {QStringLiteral("pound"), U'£'},
        {QStringLiteral("yen"), U'¥'},       {QStringLiteral("cent"), U'¢'},     {QStringLiteral("sect"), U'§'},
        {QStringLiteral("para"), U'¶'},      {QStringLiteral("deg"), U'°'},      {QStringLiteral("plusmn"), U'±'},
        {QStringLiteral("times"), U'×'},     {QStringLiteral("divide"), U'÷'},   {QStringLiteral("frac12"), U'½'},
        {QStringLiteral("frac14"), U'¼'},    {QStringLiteral("frac34"), U'¾'},   {QStringLiteral("iexcl"), U'¡'},
        {QStringLiteral("iquest"), U'¿'},    {QStringLiteral("shy"), U'\u00AD'}, {QStringLiteral("zwj"), U'\u200D'},
        {QStringLiteral("zwnj"), U'\u200C'}, {QStringLiteral("Auml"), U'Ä'},     {QStringLiteral("Ouml"), U'Ö'},
        {QStringLiteral("Uuml"), U'Ü'},      {QStringLiteral("auml"), U'ä'},     {QStringLiteral("ouml"), U'ö'},
        {QStringLiteral("uuml"), U'ü'},      {QStringLiteral("szlig"), U'ß'},    {QStringLiteral("eacute"), U'é'},
        {QStringLiteral("egrave"), U'è'},    {QStringLiteral("ecirc"), U'ê'},    {QStringLiteral("euml"), U'ë'},
        {QStringLiteral("Eacute"), U'É'},    {QStringLiteral("Egrave"), U'È'},   {QStringLiteral("aacute"), U'á'},
        {QStringLiteral("agrave"), U'à'},    {QStringLiteral("acirc"), U'â'},    {QStringLiteral("atilde"), U'ã'},
        {QStringLiteral("aring"), U'å'},     {QStringLiteral("aelig"), U'æ'},    {QStringLiteral("ccedil"), U'ç'},
        {QStringLiteral("Ccedil"), U'Ç'},    {QStringLiteral("iacute"), U'í'},   {QStringLiteral("igrave"), U'ì'},
        {QStringLiteral("icirc"), U'î'},     {QStringLiteral("iuml"), U'ï'},     {QStringLiteral("ntilde"), U'ñ'},
        {QStringLiteral("Ntilde"), U'Ñ'},    {QStringLiteral("oacute"), U'ó'},   {QStringLiteral("ograve"), U'ò'},
        {QStringLiteral("ocirc"), U'ô'},     {QStringLiteral("otilde"), U'õ'},   {QStringLiteral("oslash"), U'ø'},
        {QStringLiteral("Oslash"), U'Ø'},    {QStringLiteral("uacute"), U'ú'},   {QStringLiteral("ugrave"), U'ù'},
        {QStringLiteral("ucirc"), U'û'},     {QStringLiteral("yacute"), U'ý'},   {QStringLiteral("yuml"), U'ÿ'},
        {QStringLiteral("larr"), U'←'},      {QStringLiteral("rarr"), U'→'},     {QStringLiteral("uarr"), U'↑'},
        {QStringLiteral("darr"), U'↓'},      {QStringLiteral("check"), U'✓'},    {QStringLiteral("dagger"), U'†'},
    };
    return entities;
}

// Elements whose content is never text for a reader.
const QSet<QString> &droppedElements()
{
    static const QSet<QString> names = {
        QStringLiteral("script"),   QStringLiteral("style"),  QStringLiteral("head"),     QStringLiteral("title"),
        QStringLiteral("template"), QStringLiteral("iframe"), QStringLiteral("object"),   QStringLiteral("embed"),
        QStringLiteral("svg"),      QStringLiteral("math"),   QStringLiteral("noscript"), QStringLiteral("canvas"),
        QStringLiteral("audio"),    QStringLiteral("video"),  QStringLiteral("select"),   QStringLiteral("textarea"),
    };
    return names;
}

const QSet<QString> &blockElements()
{
    static const QSet<QString> names = {
        QStringLiteral("p"),       QStringLiteral("div"),    QStringLiteral("section"),    QStringLiteral("article"),
        QStringLiteral("header"),  QStringLiteral("footer"), QStringLiteral("aside"),      QStringLiteral("nav"),
        QStringLiteral("h1"),      QStringLiteral("h2"),     QStringLiteral("h3"),         QStringLiteral("h4"),
        QStringLiteral("h5"),      QStringLiteral("h6"),     QStringLiteral("ul"),         QStringLiteral("ol"),
        QStringLiteral("dl"),      QStringLiteral("dt"),     QStringLiteral("dd"),         QStringLiteral("table"),
        QStringLiteral("tr"),      QStringLiteral("thead"),  QStringLiteral("tbody"),      QStringLiteral("tfoot"),
        QStringLiteral("pre"),     QStringLiteral("hr"),     QStringLiteral("blockquote"), QStringLiteral("address"),
        QStringLiteral("figure"),  QStringLiteral("form"),   QStringLiteral("fieldset"),   QStringLiteral("main"),
        QStringLiteral("caption"), QStringLiteral("body"),   QStringLiteral("html"),
    };
    return names;
}

void appendCodePoint(QString *out, char32_t code)
{
    // Control characters and invalid code points would let markup smuggle odd text in; replace them.
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        code = 0xFFFD;
    if ((code < 0x20 && code != U'\n' && code != U'\t') || (code >= 0x7F && code < 0xA0))
        return;
    const char32_t one[1] = {code};
    out->append(QString::fromUcs4(one, 1));
}

// Decodes one character reference starting at html[i] == '&'. Returns the index after it, or i when it is none.
qsizetype decodeReference(const QString &html, qsizetype i, QString *out)
{
    const qsizetype n = html.size();
    qsizetype j = i + 1;
    if (j < n && html.at(j) == QLatin1Char('#')) {
        ++j;
        int base = 10;
        if (j < n && (html.at(j) == QLatin1Char('x') || html.at(j) == QLatin1Char('X'))) {
            base = 16;
            ++j;
        }
        const qsizetype start = j;
        while (j < n && j - start < 8
               && (base == 16 ? isxdigit(html.at(j).unicode()) != 0 && html.at(j).unicode() < 128
                              : html.at(j).isDigit() && html.at(j).unicode() < 128))
            ++j;
        if (j == start)
            return i;
        bool ok = false;
        const uint code = html.mid(start, j - start).toUInt(&ok, base);
        appendCodePoint(out, ok ? code : 0xFFFD);
        if (j < n && html.at(j) == QLatin1Char(';'))
            ++j;
        return j;
    }
    const qsizetype start = j;
    while (j < n && j - start < 10 && html.at(j).unicode() < 128 && html.at(j).isLetterOrNumber())
        ++j;
    if (j == start)
        return i;
    const auto it = namedEntities().constFind(html.mid(start, j - start));
    if (it == namedEntities().constEnd())
        return i;
    appendCodePoint(out, it.value());
    if (j < n && html.at(j) == QLatin1Char(';'))
        ++j;
    return j;
}

struct Tag
{
    QString name; // lower case
    bool closing = false;
    bool selfClosing = false;
    QString alt; // alt text of <img>
};

// Parses a tag starting at html[i] == '<'. Returns the index after '>' or -1 when this '<' starts no tag.
qsizetype parseTag(const QString &html, qsizetype i, Tag *tag)
{
    const qsizetype n = html.size();
    qsizetype j = i + 1;
    if (j < n && html.at(j) == QLatin1Char('/')) {
        tag->closing = true;
        ++j;
    }
    const qsizetype nameStart = j;
    while (j < n && (html.at(j).isLetterOrNumber() || html.at(j) == QLatin1Char('-') || html.at(j) == QLatin1Char(':')))
        ++j;
    if (j == nameStart || !html.at(nameStart).isLetter())
        return -1;
    tag->name = html.mid(nameStart, j - nameStart).toLower();
    // Attributes: skip to the closing '>' that is not inside quotes.
    QChar quote;
    const qsizetype attributesStart = j;
    while (j < n) {
        const QChar c = html.at(j);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('>')) {
            break;
        }
        ++j;
    }
    if (j >= n)
        return n; // an unterminated tag swallows the rest, as browsers do
    const QString attributes = html.mid(attributesStart, j - attributesStart);
    tag->selfClosing = attributes.endsWith(QLatin1Char('/'));
    if (tag->name == QLatin1String("img")) {
        static const QRegularExpression alt(QStringLiteral("\\balt\\s*=\\s*(\"([^\"]*)\"|'([^']*)')"),
                                            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = alt.match(attributes);
        if (match.hasMatch())
            tag->alt = match.captured(2).isEmpty() ? match.captured(3) : match.captured(2);
    }
    return j + 1;
}

class TextBuilder
{
public:
    void text(const QString &chunk, bool preformatted)
    {
        for (const QChar c : chunk) {
            if (preformatted) {
                if (c == QLatin1Char('\r'))
                    continue;
                m_out.append(c);
                m_pendingSpace = false;
                continue;
            }
            if (c.isSpace()) {
                m_pendingSpace = true;
                continue;
            }
            if (m_pendingSpace && !m_out.isEmpty() && !m_out.endsWith(QLatin1Char('\n'))
                && !m_out.endsWith(QLatin1Char(' ')))
                m_out.append(QLatin1Char(' '));
            m_pendingSpace = false;
            m_out.append(c);
        }
    }
    void lineBreak()
    {
        trimLineEnd();
        m_out.append(QLatin1Char('\n'));
        m_pendingSpace = false;
    }
    void blockBreak()
    {
        trimLineEnd();
        if (m_out.isEmpty())
            return;
        if (!m_out.endsWith(QLatin1String("\n\n")))
            m_out.append(m_out.endsWith(QLatin1Char('\n')) ? QStringLiteral("\n") : QStringLiteral("\n\n"));
        m_pendingSpace = false;
    }
    void startLine(const QString &prefix)
    {
        trimLineEnd();
        if (!m_out.isEmpty() && !m_out.endsWith(QLatin1Char('\n')))
            m_out.append(QLatin1Char('\n'));
        m_out.append(prefix);
        m_pendingSpace = false;
    }
    void cellBreak()
    {
        if (!m_out.isEmpty() && !m_out.endsWith(QLatin1Char('\n')))
            m_out.append(QLatin1Char('\t'));
        m_pendingSpace = false;
    }
    QString finish()
    {
        QStringList lines = m_out.split(QLatin1Char('\n'));
        for (QString &line : lines) {
            while (!line.isEmpty() && (line.back() == QLatin1Char(' ') || line.back() == QLatin1Char('\t')))
                line.chop(1);
        }
        QString result = lines.join(QLatin1Char('\n'));
        static const QRegularExpression manyBlankLines(QStringLiteral("\n{3,}"));
        result.replace(manyBlankLines, QStringLiteral("\n\n"));
        return result.trimmed();
    }

private:
    void trimLineEnd()
    {
        while (m_out.endsWith(QLatin1Char(' ')) || m_out.endsWith(QLatin1Char('\t')))
            m_out.chop(1);
    }
    QString m_out;
    bool m_pendingSpace = false;
};

} // namespace

QString htmlToPlainText(const QString &html)
{
    TextBuilder out;
    const qsizetype n = html.size();
    qsizetype i = 0;
    int preDepth = 0;
    QString pendingText;
    auto flushText = [&] {
        if (!pendingText.isEmpty()) {
            out.text(pendingText, preDepth > 0);
            pendingText.clear();
        }
    };

    while (i < n) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('&')) {
            const qsizetype after = decodeReference(html, i, &pendingText);
            if (after == i) {
                pendingText.append(c);
                ++i;
            } else {
                i = after;
            }
            continue;
        }
        if (c != QLatin1Char('<')) {
            if (c.unicode() >= 0x20 || c == QLatin1Char('\n') || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
                pendingText.append(c);
            ++i;
            continue;
        }
        // Comments, doctype, CDATA, processing instructions.
        if (html.mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        if (i + 1 < n && (html.at(i + 1) == QLatin1Char('!') || html.at(i + 1) == QLatin1Char('?'))) {
            const qsizetype end = html.indexOf(QLatin1Char('>'), i + 2);
            i = end < 0 ? n : end + 1;
            continue;
        }
        Tag tag;
        const qsizetype after = parseTag(html, i, &tag);
        if (after < 0) {
            pendingText.append(c); // a lone '<' ("a < b") is text
            ++i;
            continue;
        }
        flushText();
        i = after;

        if (!tag.closing && droppedElements().contains(tag.name)) {
            if (tag.selfClosing)
                continue;
            // Skip to the matching end tag (no nesting for these: a "</script" inside a script ends it in HTML too).
            const QString endTag = QStringLiteral("</") + tag.name;
            qsizetype end = i;
            for (;;) {
                end = html.indexOf(endTag, end, Qt::CaseInsensitive);
                if (end < 0)
                    break;
                const qsizetype k = end + endTag.size();
                if (k >= n || !html.at(k).isLetterOrNumber())
                    break;
                end = k;
            }
            if (end < 0) {
                i = n;
            } else {
                const qsizetype close = html.indexOf(QLatin1Char('>'), end);
                i = close < 0 ? n : close + 1;
            }
            continue;
        }

        if (tag.name == QLatin1String("br")) {
            out.lineBreak();
        } else if (tag.name == QLatin1String("li")) {
            if (!tag.closing)
                out.startLine(QStringLiteral("- "));
        } else if (tag.name == QLatin1String("td") || tag.name == QLatin1String("th")) {
            if (!tag.closing)
                out.cellBreak();
        } else if (tag.name == QLatin1String("img")) {
            if (!tag.alt.isEmpty())
                out.text(tag.alt, false);
        } else if (blockElements().contains(tag.name)) {
            if (tag.name == QLatin1String("pre"))
                preDepth = std::max(0, preDepth + (tag.closing ? -1 : 1));
            if (tag.name == QLatin1String("tr") || tag.name == QLatin1String("dt") || tag.name == QLatin1String("dd"))
                out.startLine({});
            else
                out.blockBreak();
        }
    }
    flushText();
    return out.finish();
}

bool looksLikeHtml(const QString &text, const QString &contentType)
{
    if (contentType.startsWith(QLatin1String("text/html"), Qt::CaseInsensitive))
        return true;
    if (!contentType.isEmpty() && !contentType.startsWith(QLatin1String("text/plain"), Qt::CaseInsensitive)) {
        // Unknown types are sniffed like untyped text.
    } else if (!contentType.isEmpty()) {
        return false;
    }
    static const QRegularExpression markup(
        QStringLiteral("<(p|br|div|html|body|span|table|ul|ol|li|b|i|strong|em|a|img|font|h[1-6]|blockquote|pre|"
                       "style|script)(\\s[^>]*)?/?>"),
        QRegularExpression::CaseInsensitiveOption);
    return markup.match(text).hasMatch();
}

QString plainTextBody(const QString &text, const QString &contentType)
{
    if (looksLikeHtml(text, contentType))
        return htmlToPlainText(text);
    QString result = text;
    result.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return result.trimmed();
}

} // namespace RouteDesk
