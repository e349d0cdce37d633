#include "textnormalizer.h"

#include <QRegularExpression>

namespace RouteDesk {

namespace {

const QString UrlToken = QStringLiteral(" <url> ");
const QString EmailToken = QStringLiteral(" <email> ");
const QString AmountToken = QStringLiteral(" <amount> ");
const QString NumberToken = QStringLiteral(" <num> ");

const QRegularExpression &urlPattern()
{
    static const QRegularExpression re(QStringLiteral(R"((?:https?://|ftp://|www\.)[^\s<>"']+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &emailPattern()
{
    static const QRegularExpression re(QStringLiteral(R"([\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)"));
    return re;
}

// Runs on folded, accent-free text. A number is digits with inner separators (1,234.50 / 1.234,50 / 1 000).
const QRegularExpression &amountPattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"((?:[$€£¥₹₽₩₺]|(?<![\p{L}\p{N}])(?:usd|eur|gbp|chf|cad|aud|jpy|mxn|us\$)(?![\p{L}]))\s?[0-9](?:[0-9]|[.,' ][0-9])*)"
        R"(|(?<![\p{L}\p{N}])[0-9](?:[0-9]|[.,' ][0-9])*\s?(?:[$€£¥₹₽₩₺]|(?:usd|eur|gbp|chf|cad|aud|jpy|mxn|dollars?|euros?|pounds?|bucks|francs?|pesos?)(?![\p{L}\p{N}])))"));
    return re;
}

const QRegularExpression &numberPattern()
{
    static const QRegularExpression re(QStringLiteral(R"((?<![\p{L}\p{N}])[0-9]+(?:[.,:/'-][0-9]+)*(?![\p{L}\p{N}]))"));
    return re;
}

bool hasDigit(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() >= u'0' && c.unicode() <= u'9')
            return true;
    }
    return false;
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02BC' || c == u'\u2018';
}

// Folds case and strips accents. Letters with no decomposition that readers still see as accented or joined
// (ø, æ, œ, ł, đ, ı) are spelled out.
QString foldAndStrip(const QString &text)
{
    QString folded = text.toCaseFolded();
    bool ascii = true;
    for (const QChar c : folded) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return folded;
    // toCaseFolded() is simple folding: do the full folds that matter here by hand.
    folded = folded.toLower();
    const QString decomposed = folded.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.unicode()) {
        case u'\u00DF': // ß
        case u'\u1E9E': // ẞ
            out += QLatin1String("ss");
            continue;
        case u'\u00E6':
            out += QLatin1String("ae");
            continue;
        case u'\u0153':
            out += QLatin1String("oe");
            continue;
        case u'\u00F8':
            out += u'o';
            continue;
        case u'\u0142':
            out += u'l';
            continue;
        case u'\u0111':
            out += u'd';
            continue;
        case u'\u0131':
            out += u'i';
            continue;
        case u'\u00A0':
            out += u' ';
            continue;
        default:
            break;
        }
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c;
    }
    return out.normalized(QString::NormalizationForm_C);
}

QString collapseWhitespace(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += u' ';
            pendingSpace = false;
        }
        out += c;
    }
    return out;
}

const QLatin1String ClassTokens[]
    = {QLatin1String("<url>"), QLatin1String("<email>"), QLatin1String("<amount>"), QLatin1String("<num>")};

// French elisions: the particle before the apostrophe is dropped.
bool isElision(QStringView word)
{
    static const QLatin1String elisions[]
        = {QLatin1String("l"),  QLatin1String("d"),     QLatin1String("j"),      QLatin1String("m"),
           QLatin1String("n"),  QLatin1String("s"),     QLatin1String("t"),      QLatin1String("c"),
           QLatin1String("qu"), QLatin1String("jusqu"), QLatin1String("lorsqu"), QLatin1String("puisqu")};
    for (const QLatin1String &e : elisions) {
        if (word == e)
            return true;
    }
    return false;
}

} // namespace

QString TextNormalizer::normalize(const QString &text)
{
    QString s = text.size() > MaxChars ? text.left(MaxChars) : text;
    s = s.normalized(QString::NormalizationForm_KC);
    if (s.contains(QLatin1String("://")) || s.contains(QLatin1String("www."), Qt::CaseInsensitive))
        s.replace(urlPattern(), UrlToken);
    if (s.contains(u'@'))
        s.replace(emailPattern(), EmailToken);
    s = foldAndStrip(s);
    if (hasDigit(s)) {
        s.replace(amountPattern(), AmountToken);
        s.replace(numberPattern(), NumberToken);
    }
    return collapseWhitespace(s);
}

bool TextNormalizer::isClassToken(QStringView token)
{
    for (const QLatin1String &t : ClassTokens) {
        if (token == t)
            return true;
    }
    return false;
}

QStringList TextNormalizer::tokenize(const QString &normalized)
{
    QStringList tokens;
    const qsizetype n = normalized.size();
    qsizetype start = -1; // start of the word being read, -1 between words
    auto flush = [&](qsizetype end) {
        if (start >= 0 && end > start)
            tokens.append(normalized.mid(start, end - start));
        start = -1;
    };
    QString joined; // a word with an apostrophe removed is assembled here
    bool joining = false;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = normalized.at(i);
        if (c.isLetterOrNumber() || c.isMark()) {
            if (start < 0 && !joining)
                start = i;
            if (joining)
                joined += c;
            continue;
        }
        if (isApostrophe(c) && i + 1 < n && normalized.at(i + 1).isLetter() && (start >= 0 || joining)) {
            const QString before = joining ? joined : normalized.mid(start, i - start);
            if (isElision(before)) {
                start = -1;
                joining = false;
                joined.clear();
                continue;
            }
            if (!joining) {
                joined = before;
                joining = true;
                start = -1;
            }
            continue;
        }
        if (joining) {
            tokens.append(joined);
            joined.clear();
            joining = false;
        }
        flush(i);
        if (c == u'<') {
            for (const QLatin1String &t : ClassTokens) {
                if (QStringView(normalized).mid(i).startsWith(t)) {
                    tokens.append(QString(t));
                    i += t.size() - 1;
                    break;
                }
            }
        }
    }
    if (joining)
        tokens.append(joined);
    flush(n);
    return tokens;
}

} // namespace RouteDesk
