#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace RouteDesk {

// One argument of an engine sentence. Plain text (a number, a quoted phrase of the ticket) is shown as given;
// a `Phrase` is itself an engine source text without arguments ("the wording as a whole") that the UI translates;
// `Category` and `Specialist` name workspace entities by id, shown in the workspace's name for the UI's language
// (several ids are joined with ", "). `text` is always the English rendering.
struct EngineArg
{
    enum class Kind { Plain, Phrase, Category, Specialist, Flag };

    Kind kind = Kind::Plain;
    QString text; // the English rendering
    QStringList ids; // Category / Specialist: the entity ids

    static EngineArg plain(QString text) { return {Kind::Plain, std::move(text), {}}; }
    static EngineArg number(qint64 n) { return plain(QString::number(n)); }
    static EngineArg phrase(const char *source) { return {Kind::Phrase, QString::fromUtf8(source), {}}; }

    friend bool operator==(const EngineArg &, const EngineArg &) = default;
};

// A sentence the engine says to a person (a flag's reason, a line of "why", a draft note), kept as a source and
// its arguments so that the UI can show it in the agent's language, next to the English rendering that the
// command-line tool and old stored decisions use. `source` is the English source with %1.. placeholders, marked
// with QT_TRANSLATE_NOOP("RouteDesk::Engine", ...) where it is written, so lupdate extracts it; an empty source
// means "no structured form": `text` is shown as it is (decisions stored before sentences were structured).
struct EngineText
{
    QString source;
    QList<EngineArg> args;
    QString text; // the English rendering
    // A sentence framed by another ("Flag %1: %2", "Draft: %1"): the frame's source, its own arguments, and the
    // sentence as its last argument. Empty when the sentence stands alone.
    QString frame;
    QList<EngineArg> frameArgs;

    // `source` (a QT_TRANSLATE_NOOP literal) with `args` filled in, in English.
    static EngineText make(const char *source, QList<EngineArg> args = {});
    // Text without a structured form: shown as given in every language.
    static EngineText plain(QString text) { return {QString(), {}, std::move(text), {}, {}}; }
    // `reason` as the explanation line of flag `code`: "Flag <code>: <reason>".
    static EngineText flagLine(const QString &code, const EngineText &reason);
    // `sentence` inside `frame` (a QT_TRANSLATE_NOOP literal whose last placeholder is the sentence).
    static EngineText framed(const char *frame, QList<EngineArg> frameArgs, const EngineText &sentence);
    bool isStructured() const { return !source.isEmpty(); }

    friend bool operator==(const EngineText &, const EngineText &) = default;
};

// The translation context of every engine sentence.
inline constexpr auto EngineTextContext = "RouteDesk::Engine";

// Fills %1..%99 in `pattern` with `args` in one pass (an argument that itself contains "%2" stays as it is).
QString fillArgs(const QString &pattern, const QStringList &args);

// How a front end names workspace entities in its language: (kind, id) -> name; an empty result falls back to the
// argument's English text.
using EngineNameLookup = std::function<QString(EngineArg::Kind, const QString &id)>;

// The sentence in the installed translation (QCoreApplication::translate with EngineTextContext), names through
// `names`. Unstructured text comes back as it is.
QString translated(const EngineText &text, const EngineNameLookup &names = {});

// `texts` when it has one entry per line of `lines`, else `lines` as unstructured texts: a stage that gave no
// structured form (or an old stored decision) is shown as written.
QList<EngineText> alignedTexts(const QStringList &lines, const QList<EngineText> &texts);

// The interface language: the two-letter code of the default QLocale (the desktop app sets it to the language
// of its interface), "en" when it has none.
QString interfaceLanguage();

// The form stores and JSON keep a sentence in: a flat list of strings, [text, source, frame, number of frame
// arguments, then kind, text and ids (joined by "\n") of each frame argument and each argument]. A flat string list
// keeps the store's column readers simple and fast. unflatten() returns nullopt for a list it cannot read.
QStringList flatten(const EngineText &text);
std::optional<EngineText> unflatten(const QStringList &list);

} // namespace RouteDesk
