#include "entities.h"

#include "textmatch.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace RouteDesk {

namespace {

const QString &numberPattern()
{
    // Thousands groups need at least one group; otherwise plain digits with up to two decimals.
    static const QString pattern = QStringLiteral(
        "\\d{1,3}(?:[.,\\x{00A0}\\x{202F}']\\d{3})+(?:[.,]\\d{1,2})?(?!\\d)|\\d+(?:[.,]\\d{1,2})?(?!\\d)");
    return pattern;
}

QString currencyFor(const QString &token, const QString &fallback)
{
    const QString t = foldText(token).trimmed();
    if (t == QLatin1String("$") || t == QLatin1String("us$") || t == QLatin1String("usd")
        || t.startsWith(QLatin1String("dollar")) || t.startsWith(QLatin1String("dolar")))
        return QStringLiteral("USD");
    if (t == QStringLiteral("€") || t == QLatin1String("eur") || t.startsWith(QLatin1String("euro")))
        return QStringLiteral("EUR");
    if (t == QStringLiteral("£") || t == QLatin1String("gbp") || t.startsWith(QLatin1String("pound")))
        return QStringLiteral("GBP");
    return fallback;
}

int monthFromName(const QString &folded)
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> m;
        const char *const names[12][8] = {
            {"january", "jan", "januar", "janvier", "enero", nullptr},
            {"february", "feb", "februar", "fevrier", "febrero", nullptr},
            {"march", "mar", "marz", "mars", "marzo", nullptr},
            {"april", "apr", "avril", "abril", nullptr},
            {"may", "mai", "mayo", nullptr},
            {"june", "jun", "juni", "juin", "junio", nullptr},
            {"july", "jul", "juli", "juillet", "julio", nullptr},
            {"august", "aug", "aout", "agosto", nullptr},
            {"september", "sep", "sept", "septembre", "septiembre", "setiembre", nullptr},
            {"october", "oct", "oktober", "octobre", "octubre", nullptr},
            {"november", "nov", "novembre", "noviembre", nullptr},
            {"december", "dec", "dezember", "decembre", "diciembre", "dez", nullptr},
        };
        for (int i = 0; i < 12; ++i) {
            for (int j = 0; j < 8 && names[i][j]; ++j)
                m.insert(QLatin1String(names[i][j]), i + 1);
        }
        return m;
    }();
    return months.value(folded, 0);
}

int numberWord(const QString &folded)
{
    static const QHash<QString, int> words = [] {
        QHash<QString, int> w;
        const char *const lists[4][13] = {
            {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"},
            {"", "ein", "zwei", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwolf"},
            {"", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"},
            {"", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce"},
        };
        for (const auto &list : lists) {
            for (int i = 1; i < 13; ++i)
                w.insert(QLatin1String(list[i]), i);
        }
        for (const char *one : {"a", "an", "einem", "einer", "eine", "une", "una"})
            w.insert(QLatin1String(one), 1);
        w.insert(QStringLiteral("couple"), 2);
        w.insert(QStringLiteral("few"), 3);
        w.insert(QStringLiteral("several"), 3);
        return w;
    }();
    bool ok = false;
    const int n = folded.toInt(&ok);
    if (ok)
        return n;
    return words.value(folded, 0);
}

// Unit -> days per unit; 30 for months, 365 for years, 7 for weeks.
int unitDays(const QString &folded)
{
    if (folded.startsWith(QLatin1String("day")) || folded.startsWith(QLatin1String("tag"))
        || folded.startsWith(QLatin1String("jour")) || folded.startsWith(QLatin1String("dia")))
        return 1;
    if (folded.startsWith(QLatin1String("week")) || folded.startsWith(QLatin1String("woche"))
        || folded.startsWith(QLatin1String("semaine")) || folded.startsWith(QLatin1String("semana")))
        return 7;
    if (folded.startsWith(QLatin1String("month")) || folded.startsWith(QLatin1String("monat"))
        || folded == QLatin1String("mois") || folded.startsWith(QLatin1String("mes")))
        return 30;
    if (folded.startsWith(QLatin1String("year")) || folded.startsWith(QLatin1String("jahr"))
        || folded == QLatin1String("an") || folded == QLatin1String("ans") || folded.startsWith(QLatin1String("ano")))
        return 365;
    return 0;
}

// A day and month without a year: the latest such date not after the reference day.
QDate resolveYear(int day, int month, int year, const QDate &reference)
{
    if (year > 0)
        return QDate(year, month, day);
    QDate date(reference.year(), month, day);
    if (date.isValid() && date > reference)
        date = QDate(reference.year() - 1, month, day);
    return date;
}

void addDate(QList<MentionedDate> *dates, const QDate &date, const QString &text, bool relative, const QDate &reference)
{
    if (!date.isValid() || date > reference || date.year() < 1990)
        return;
    for (const MentionedDate &existing : *dates) {
        if (existing.date == date && existing.text == text)
            return;
    }
    dates->append(MentionedDate {date, text, relative});
}

bool looksLikeName(const QString &line)
{
    const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 3 || line.size() > 40)
        return false;
    for (const QString &word : words) {
        if (!word.at(0).isUpper())
            return false;
        for (const QChar c : word) {
            if (!c.isLetter() && c != QLatin1Char('-') && c != QLatin1Char('\'') && c != QLatin1Char('.'))
                return false;
        }
    }
    return true;
}

QString nameFromSignOff(const QString &text)
{
    static const QRegularExpression signOff(
        QStringLiteral("^\\s*(thanks|thank you|many thanks|best|best regards|kind regards|regards|cheers|sincerely|"
                       "danke|vielen dank|viele gr(u|ü|ue)(ß|ss)e|beste gr(u|ü|ue)(ß|ss)e|mit freundlichen "
                       "gr(u|ü|ue)(ß|ss)en|lg|merci|cordialement|bien (a|à) vous|bonne journ(e|é)e|saludos|"
                       "un saludo|gracias|atentamente|muchas gracias)\\s*[,.!]?\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList lines = text.right(2000).split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.trimmed();
    lines.removeAll(QString());
    const qsizetype from = std::max<qsizetype>(0, lines.size() - 6);
    for (qsizetype i = lines.size() - 1; i >= from; --i) {
        const auto match = signOff.match(lines.at(i));
        if (!match.hasMatch())
            continue;
        QString rest = match.captured(match.lastCapturedIndex()).trimmed();
        if (rest.startsWith(QLatin1Char('-')))
            rest = rest.mid(1).trimmed();
        if (!rest.isEmpty() && looksLikeName(rest))
            return rest;
        if (i + 1 < lines.size() && looksLikeName(lines.at(i + 1)))
            return lines.at(i + 1);
    }
    if (!lines.isEmpty()) {
        QString last = lines.last();
        if (last.startsWith(QLatin1Char('-')) || last.startsWith(QChar(0x2014)))
            last = last.mid(1).trimmed();
        if (lines.size() > 1 && looksLikeName(last) && last.contains(QLatin1Char(' ')))
            return last;
    }
    return {};
}

void appendUnique(QStringList *list, const QString &value)
{
    if (!list->contains(value))
        list->append(value);
}

} // namespace

std::optional<double> parseAmount(const QString &input)
{
    QString text = input;
    text.remove(QChar(0x00A0));
    text.remove(QChar(0x202F));
    text.remove(QLatin1Char('\''));
    text.remove(QLatin1Char(' '));
    if (text.isEmpty())
        return std::nullopt;
    const qsizetype lastDot = text.lastIndexOf(QLatin1Char('.'));
    const qsizetype lastComma = text.lastIndexOf(QLatin1Char(','));
    QString normalized;
    if (lastDot >= 0 && lastComma >= 0) {
        const QChar decimal = lastDot > lastComma ? QLatin1Char('.') : QLatin1Char(',');
        const QChar thousands = decimal == QLatin1Char('.') ? QLatin1Char(',') : QLatin1Char('.');
        normalized = text;
        normalized.remove(thousands);
        normalized.replace(decimal, QLatin1Char('.'));
    } else if (lastDot >= 0 || lastComma >= 0) {
        const QChar sep = lastDot >= 0 ? QLatin1Char('.') : QLatin1Char(',');
        const qsizetype count = text.count(sep);
        const qsizetype last = std::max(lastDot, lastComma);
        const qsizetype after = text.size() - last - 1;
        normalized = text;
        if (count > 1 || after == 3)
            normalized.remove(sep);
        else
            normalized.replace(sep, QLatin1Char('.'));
    } else {
        normalized = text;
    }
    bool ok = false;
    const double value = normalized.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

EntityExtractor::EntityExtractor(const EntityVocabulary &vocabulary)
    : m_vocabulary(vocabulary)
    , m_invoice(vocabulary.invoicePattern.isEmpty() ? QStringLiteral("\\bINV[-\\s]?(\\d{4})[-\\s]?(\\d{3,6})\\b")
                                                    : vocabulary.invoicePattern,
                QRegularExpression::CaseInsensitiveOption)
    , m_order(vocabulary.orderPattern.isEmpty() ? QStringLiteral("\\bORD[-\\s]?(\\d{4,8})\\b")
                                                : vocabulary.orderPattern,
              QRegularExpression::CaseInsensitiveOption)
{
    // One matcher for all products: one pass over the text finds each product's first mention.
    QStringList products;
    for (const QString &product : vocabulary.products) {
        QString error;
        if (PhraseMatcher::compile({product}, &error))
            products.append(product);
    }
    QString error;
    if (auto matcher = PhraseMatcher::compile(products, &error))
        m_products = std::move(*matcher);
    for (const QString &plan : vocabulary.plans) {
        const QString escaped = QRegularExpression::escape(plan);
        m_plansNear.append(
            {plan,
             QRegularExpression(QStringLiteral("\\b%1[\\s-](plan|tier|subscription|abo|tarif|paket)\\b|\\b(plan|tarif|"
                                               "forfait|offre|abonnement|abo|paket|suscripci(o|ó)n)\\s+%1\\b")
                                    .arg(escaped),
                                QRegularExpression::CaseInsensitiveOption
                                    | QRegularExpression::UseUnicodePropertiesOption)});
        m_plansBare.append({plan, QRegularExpression(QStringLiteral("\\b%1\\b").arg(escaped))});
    }
}

EntityExtractor::~EntityExtractor() = default;

Entities extractEntities(const QString &text, const QString &requesterName, const QDateTime &reference,
                         const EntityVocabulary &vocabulary)
{
    return EntityExtractor(vocabulary).extract(text, requesterName, reference);
}

Entities EntityExtractor::extract(const QString &input, const QString &requesterName,
                                  const QDateTime &referenceTime) const
{
    const EntityVocabulary &vocabulary = m_vocabulary;
    const QString text = input.size() > MaxMatchChars ? input.left(MaxMatchChars) : input;
    const QDate reference = referenceTime.isValid() ? referenceTime.toUTC().date() : QDate::currentDate();
    Entities result;

    // Invoice and order numbers, printed in the company's canonical form.
    {
        auto it = m_invoice.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString value = vocabulary.invoicePattern.isEmpty()
                ? QStringLiteral("INV-%1-%2").arg(m.captured(1), m.captured(2))
                : m.captured(0).toUpper();
            appendUnique(&result.invoiceNumbers, value);
        }
        it = m_order.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString value = vocabulary.orderPattern.isEmpty() ? QStringLiteral("ORD-%1").arg(m.captured(1))
                                                                    : m.captured(0).toUpper();
            appendUnique(&result.orderNumbers, value);
        }
    }

    // Money: symbol or code before or after the number, or a currency word after it.
    {
        static const QRegularExpression before(
            QStringLiteral("(US\\$|\\$|€|£|\\bUSD|\\bEUR|\\bGBP)\\s?(%1)").arg(numberPattern()),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression after(
            QStringLiteral("(?<![\\w.,])(%1)\\s?(USD\\b|EUR\\b|GBP\\b|\\$|€|£|dollars?\\b|d(o|ó)lares\\b|euros?\\b|"
                           "pounds?\\b)")
                .arg(numberPattern()),
            QRegularExpression::CaseInsensitiveOption);
        struct Found
        {
            qsizetype at;
            MoneyAmount amount;
        };
        QList<Found> found;
        auto collect = [&](const QRegularExpression &re, int numberGroup, int currencyGroup) {
            auto it = re.globalMatch(text);
            while (it.hasNext()) {
                const auto m = it.next();
                const auto value = parseAmount(m.captured(numberGroup));
                if (!value)
                    continue;
                bool overlaps = false;
                for (const Found &f : found) {
                    if (std::abs(f.at - m.capturedStart(numberGroup)) < 2 && f.amount.amount == *value)
                        overlaps = true;
                }
                if (!overlaps)
                    found.append(
                        Found {m.capturedStart(numberGroup),
                               MoneyAmount {*value, currencyFor(m.captured(currencyGroup), vocabulary.defaultCurrency),
                                            m.captured(0).trimmed()}});
            }
        };
        collect(before, 2, 1);
        collect(after, 1, 2);
        std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) { return a.at < b.at; });
        for (const Found &f : found)
            result.amounts.append(f.amount);
    }

    // Dates.
    {
        static const QRegularExpression iso(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"));
        auto it = iso.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            addDate(&result.dates, QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()),
                    m.captured(0), false, reference);
        }
        static const QRegularExpression numeric(QStringLiteral("\\b(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})\\b"));
        it = numeric.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            int a = m.captured(1).toInt();
            int b = m.captured(3).toInt();
            const int year = m.captured(4).toInt();
            // Dots are day-first (German, French, Spanish); slashes are month-first unless that cannot be.
            int day = a, month = b;
            if (m.captured(2) == QLatin1String("/") && a <= 12 && b > 12) {
                day = b;
                month = a;
            } else if (m.captured(2) == QLatin1String("/") && a <= 12 && b <= 12) {
                day = b;
                month = a;
            }
            addDate(&result.dates, QDate(year, month, day), m.captured(0), false, reference);
        }

        const QString folded = foldText(text);
        static const QString month = QStringLiteral(
            "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|"
            "apr|jun|jul|aug|sept|sep|oct|nov|dec|januar|februar|marz|mai|juni|juli|oktober|dezember|janvier|"
            "fevrier|mars|avril|juin|juillet|aout|septembre|octobre|novembre|decembre|enero|febrero|marzo|abril|"
            "mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)");
        static const QRegularExpression dayMonth(
            QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:of\\s+|de\\s+)?%1\\b\\.?(?:,?\\s+(?:de\\s+)?("
                           "\\d{4})\\b)?")
                .arg(month));
        it = dayMonth.globalMatch(folded);
        while (it.hasNext()) {
            const auto m = it.next();
            const int monthNumber = monthFromName(m.captured(2));
            const QDate date = resolveYear(m.captured(1).toInt(), monthNumber, m.captured(3).toInt(), reference);
            addDate(&result.dates, date, m.captured(0).trimmed(), false, reference);
        }
        static const QRegularExpression monthDay(
            QStringLiteral("\\b%1\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?").arg(month));
        it = monthDay.globalMatch(folded);
        while (it.hasNext()) {
            const auto m = it.next();
            const int monthNumber = monthFromName(m.captured(1));
            const QDate date = resolveYear(m.captured(2).toInt(), monthNumber, m.captured(3).toInt(), reference);
            addDate(&result.dates, date, m.captured(0).trimmed(), false, reference);
        }

        // "45 days ago", "vor 45 Tagen", "il y a 45 jours", "hace 45 días", "two months ago".
        static const QRegularExpression ago(QStringLiteral(
            "\\b(\\d{1,4}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|couple of|few|several)"
            "\\s+(days?|weeks?|months?|years?)\\s+ago\\b"));
        static const QRegularExpression vor(QStringLiteral(
            "\\bvor\\s+(\\d{1,4}|einem|einer|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf)\\s+("
            "tag|tagen|woche|wochen|monat|monaten|jahr|jahren)\\b"));
        static const QRegularExpression ilya(QStringLiteral(
            "\\bil y a\\s+(\\d{1,4}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)\\s+(jours?|"
            "semaines?|mois|ans?)\\b"));
        static const QRegularExpression hace(QStringLiteral(
            "\\bhace\\s+(\\d{1,4}|un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\\s+(dias?|"
            "semanas?|mes|meses|anos?)\\b"));
        for (const QRegularExpression *re : {&ago, &vor, &ilya, &hace}) {
            it = re->globalMatch(folded);
            while (it.hasNext()) {
                const auto m = it.next();
                QString count = m.captured(1);
                if (count.endsWith(QLatin1String(" of")))
                    count.chop(3);
                const int n = numberWord(count);
                const int days = unitDays(m.captured(2));
                if (n <= 0 || days <= 0)
                    continue;
                QDate date = reference;
                if (days == 30)
                    date = reference.addMonths(-n);
                else if (days == 365)
                    date = reference.addYears(-n);
                else
                    date = reference.addDays(-qint64(n) * days);
                addDate(&result.dates, date, m.captured(0), true, reference);
            }
        }
        // "last month": at the latest the last day of the previous month.
        static const QRegularExpression lastMonth(
            QStringLiteral("\\b(last month|letzten monat|vergangenen monat|le mois dernier|el mes pasado)\\b"));
        it = lastMonth.globalMatch(folded);
        while (it.hasNext()) {
            const auto m = it.next();
            addDate(&result.dates, QDate(reference.year(), reference.month(), 1).addDays(-1), m.captured(0), true,
                    reference);
        }
        // A month without a day ("charged in August", "since June", "seit März"): its last day, or the reference
        // day for the current month, so that the age is never overstated.
        static const QRegularExpression monthOnly(
            QStringLiteral("(?<!\\d\\s)(?<!\\d(?:st|nd|rd|th|er)\\s)\\b(?:in|since|from|during|of|im|seit|ab|en|depuis|"
                           "desde|de)\\s+(?:early\\s+|late\\s+|mid-?)?%1\\b(?![\\s.,]*(?:de\\s+)?\\d)")
                .arg(month));
        it = monthOnly.globalMatch(folded);
        while (it.hasNext()) {
            const auto m = it.next();
            const int monthNumber = monthFromName(m.captured(1));
            if (monthNumber == 0)
                continue;
            int year = reference.year();
            if (monthNumber > reference.month())
                --year;
            QDate date = QDate(year, monthNumber, 1).addMonths(1).addDays(-1);
            if (date > reference)
                date = reference;
            addDate(&result.dates, date, m.captured(0).trimmed(), true, reference);
        }
    }

    // Products (longest first) and plans (next to a plan word, else a capitalised plan name).
    {
        const MatchText matchText(text);
        qsizetype bestAt = -1;
        qsizetype bestLength = 0;
        // Hits come in text order, so a product's first hit is its first mention. As product by product: the
        // earliest mention wins, the longest name among those at the same token, the first listed on a tie.
        QSet<QString> seen;
        for (const PhraseMatcher::Hit &hit : m_products.find(matchText)) {
            if (!seen.contains(hit.phrase)) {
                seen.insert(hit.phrase);
                const QString &product = hit.phrase;
                if (bestAt < 0 || hit.token < bestAt || (hit.token == bestAt && product.size() > bestLength)) {
                    bestAt = hit.token;
                    bestLength = product.size();
                    result.product = product;
                }
            }
        }
        for (const auto &[plan, near] : m_plansNear) {
            if (near.match(text).hasMatch()) {
                result.plan = plan;
                break;
            }
        }
        if (result.plan.isEmpty()) {
            for (const auto &[plan, bare] : m_plansBare) {
                if (bare.match(text).hasMatch()) {
                    result.plan = plan;
                    break;
                }
            }
        }
    }

    // Names.
    result.customerName = requesterName.trimmed();
    if (result.customerName.contains(QLatin1Char('@')))
        result.customerName.clear();
    if (result.customerName.isEmpty())
        result.customerName = nameFromSignOff(text);
    if (!result.customerName.isEmpty()) {
        QString name = result.customerName;
        if (name.contains(QLatin1Char(','))) // "Lopez, Maria"
            name = name.section(QLatin1Char(','), 1).trimmed();
        result.firstName = name.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    }
    return result;
}

} // namespace RouteDesk
