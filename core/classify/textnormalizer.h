#pragma once

// Text normalisation and tokenisation shared by training and prediction: both must see a ticket the same way.

#include <QString>
#include <QStringList>

namespace RouteDesk {

// Turns raw ticket text into a canonical form, in this order:
//  1. only the first MaxChars characters are read (a 10 MB paste must not stall the queue; the start of a
//     ticket carries its intent);
//  2. Unicode NFKC (full-width letters, ligatures and compatibility forms become plain letters);
//  3. URLs and e-mail addresses become the class tokens <url> and <email>;
//  4. full case folding (German ß becomes ss), then accents are stripped (é -> e, ü -> u, ñ -> n; æ -> ae,
//     œ -> oe, ø -> o) so that "Rückerstattung" and "ruckerstattung" meet;
//  5. money amounts (a currency sign or code next to a number: "$40", "25,50 €", "100 usd", "30 euros") become
//     <amount>; other stand-alone numbers (order ids, dates, counts) become <num>; words that mix letters and
//     digits ("2fa", "ios16") stay as they are;
//  6. whitespace runs become one space.
// Punctuation stays in the normalised text; tokenize() drops it.
class TextNormalizer
{
public:
    static constexpr qsizetype MaxChars = 32768;

    static QString normalize(const QString &text);

    // Splits normalised text into words: runs of letters and digits, and the class tokens (<url>, <email>,
    // <amount>, <num>) as single tokens. Apostrophes: French elisions are split off and dropped ("l'argent" ->
    // "argent", "qu'il" -> "il"); elsewhere the apostrophe is removed ("don't" -> "dont", "it's" -> "its").
    // Everything else (hyphens, ¿¡, quotes, dots) separates words.
    static QStringList tokenize(const QString &normalized);

    // True for the class tokens normalize() produces.
    static bool isClassToken(QStringView token);
};

} // namespace RouteDesk
