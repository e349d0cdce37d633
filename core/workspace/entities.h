#pragma once

// Facts pulled from a ticket's text for reply placeholders and policy checks: invoice and order numbers, money
// amounts with their currency, dates (absolute and "45 days ago"), product and plan names, the customer's name.
// Works on English, German, French and Spanish wording.

#include "textmatch.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace RouteDesk {

struct MoneyAmount
{
    double amount = 0.0;
    QString currency; // ISO code: "USD", "EUR", "GBP"; "USD" for a bare "$"
    QString text; // as written

    friend bool operator==(const MoneyAmount &, const MoneyAmount &) = default;
};

struct MentionedDate
{
    QDate date;
    QString text; // as written ("March 3", "vor 45 Tagen")
    bool relative = false; // "45 days ago", "last month"

    friend bool operator==(const MentionedDate &, const MentionedDate &) = default;
};

// Names the extractor looks for, from the workspace.
struct EntityVocabulary
{
    QStringList products; // "iOS app", "Slack integration", ...: longest match wins
    QStringList plans; // "Free", "Starter", "Pro", ...
    QString invoicePattern; // regular expression for invoice numbers; default "INV-\d{4}-\d{3,6}"
    QString orderPattern; // default "ORD-\d{4,8}"
    QString defaultCurrency = QStringLiteral("USD");
};

struct Entities
{
    QStringList invoiceNumbers; // in text order, unique
    QStringList orderNumbers;
    QList<MoneyAmount> amounts;
    QList<MentionedDate> dates; // only dates on or before the reference day
    QString product; // first product mentioned, canonical spelling from the vocabulary
    QString plan;
    QString customerName; // from the requester, else from a sign-off ("Thanks,\nMaria Lopez")
    QString firstName;
};

// The extractor for one vocabulary, its patterns compiled once (the pipeline's stages keep one each: compiling
// the invoice, order and plan expressions for every ticket cost more than matching them). Immutable:
// extract() may run on several threads at once.
class EntityExtractor
{
public:
    explicit EntityExtractor(const EntityVocabulary &vocabulary);
    ~EntityExtractor();
    EntityExtractor(const EntityExtractor &) = delete;
    EntityExtractor &operator=(const EntityExtractor &) = delete;

    // `reference` is the ticket's creation time; relative dates are resolved against it and later dates dropped.
    // Reads at most MaxMatchChars characters.
    Entities extract(const QString &text, const QString &requesterName, const QDateTime &reference) const;

private:
    EntityVocabulary m_vocabulary;
    QRegularExpression m_invoice;
    QRegularExpression m_order;
    PhraseMatcher m_products; // every product name that compiles, in vocabulary order, in one list
    QList<std::pair<QString, QRegularExpression>> m_plansNear; // "Pro plan", "plan Pro"
    QList<std::pair<QString, QRegularExpression>> m_plansBare; // "Pro"
};

// EntityExtractor(vocabulary).extract(...), for a single text.
Entities extractEntities(const QString &text, const QString &requesterName, const QDateTime &reference,
                         const EntityVocabulary &vocabulary);

// Parses "1,234.56", "1.234,56", "1 234,56", "740" (a single separator followed by exactly three digits is a
// thousands separator). nullopt when not a number.
std::optional<double> parseAmount(const QString &text);

} // namespace RouteDesk
