#include "enginetext.h"

#include <QCoreApplication>
#include <QLocale>

namespace RouteDesk {

QString fillArgs(const QString &pattern, const QStringList &args)
{
    QString out;
    out.reserve(pattern.size() + 16 * args.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
            qsizetype j = i + 1;
            int n = 0;
            while (j < pattern.size() && pattern.at(j).isDigit() && j < i + 3)
                n = n * 10 + pattern.at(j++).digitValue();
            if (n >= 1 && n <= args.size()) {
                out += args.at(n - 1);
                i = j - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

EngineText EngineText::make(const char *source, QList<EngineArg> args)
{
    EngineText result;
    result.source = QString::fromUtf8(source);
    result.args = std::move(args);
    QStringList english;
    english.reserve(result.args.size());
    for (const EngineArg &arg : std::as_const(result.args))
        english.append(arg.text);
    result.text = fillArgs(result.source, english);
    return result;
}

EngineText EngineText::framed(const char *frame, QList<EngineArg> frameArgs, const EngineText &sentence)
{
    EngineText result = sentence;
    if (!result.isStructured()) { // frame an unstructured text as a plain argument
        result.source = QStringLiteral("%1");
        result.args = {EngineArg::plain(sentence.text)};
    }
    if (!sentence.frame.isEmpty()) // one frame only: the outer one replaces it
        result.frameArgs.clear();
    result.frame = QString::fromUtf8(frame);
    result.frameArgs = std::move(frameArgs);
    QStringList english;
    for (const EngineArg &arg : std::as_const(result.frameArgs))
        english.append(arg.text);
    english.append(sentence.text);
    result.text = fillArgs(result.frame, english);
    return result;
}

EngineText EngineText::flagLine(const QString &code, const EngineText &reason)
{
    return framed(QT_TRANSLATE_NOOP("RouteDesk::Engine", "Flag %1: %2"), {{EngineArg::Kind::Flag, code, {code}}},
                  reason);
}

namespace {

QStringList translatedArgs(const QList<EngineArg> &list, const EngineNameLookup &names)
{
    QStringList args;
    args.reserve(list.size() + 1);
    for (const EngineArg &arg : list) {
        switch (arg.kind) {
        case EngineArg::Kind::Plain:
            args.append(arg.text);
            break;
        case EngineArg::Kind::Phrase:
            args.append(QCoreApplication::translate(EngineTextContext, arg.text.toUtf8().constData()));
            break;
        case EngineArg::Kind::Category:
        case EngineArg::Kind::Specialist:
        case EngineArg::Kind::Flag: {
            QStringList shown;
            for (const QString &id : arg.ids) {
                const QString name = names ? names(arg.kind, id) : QString();
                shown.append(name.isEmpty() ? id : name);
            }
            args.append(names && !arg.ids.isEmpty() ? shown.join(QStringLiteral(", ")) : arg.text);
            break;
        }
        }
    }
    return args;
}

QString tr(const QString &source)
{
    return QCoreApplication::translate(EngineTextContext, source.toUtf8().constData());
}

} // namespace

QString translated(const EngineText &text, const EngineNameLookup &names)
{
    if (!text.isStructured())
        return text.text;
    const QString sentence = fillArgs(tr(text.source), translatedArgs(text.args, names));
    if (text.frame.isEmpty())
        return sentence;
    QStringList frameArgs = translatedArgs(text.frameArgs, names);
    frameArgs.append(sentence);
    return fillArgs(tr(text.frame), frameArgs);
}

namespace {

QString kindName(EngineArg::Kind kind)
{
    switch (kind) {
    case EngineArg::Kind::Plain:
        return QStringLiteral("p");
    case EngineArg::Kind::Phrase:
        return QStringLiteral("t");
    case EngineArg::Kind::Category:
        return QStringLiteral("c");
    case EngineArg::Kind::Specialist:
        return QStringLiteral("s");
    case EngineArg::Kind::Flag:
        return QStringLiteral("f");
    }
    return QStringLiteral("p");
}

std::optional<EngineArg::Kind> kindFromName(const QString &name)
{
    if (name == u"p")
        return EngineArg::Kind::Plain;
    if (name == u"t")
        return EngineArg::Kind::Phrase;
    if (name == u"c")
        return EngineArg::Kind::Category;
    if (name == u"s")
        return EngineArg::Kind::Specialist;
    if (name == u"f")
        return EngineArg::Kind::Flag;
    return std::nullopt;
}

void appendArgs(QStringList *out, const QList<EngineArg> &args)
{
    for (const EngineArg &arg : args)
        *out << kindName(arg.kind) << arg.text << arg.ids.join(QLatin1Char('\n'));
}

} // namespace

QStringList flatten(const EngineText &text)
{
    QStringList out {text.text, text.source, text.frame, QString::number(text.frameArgs.size())};
    appendArgs(&out, text.frameArgs);
    appendArgs(&out, text.args);
    return out;
}

std::optional<EngineText> unflatten(const QStringList &list)
{
    if (list.size() < 4 || (list.size() - 4) % 3 != 0)
        return std::nullopt;
    bool ok = false;
    const qsizetype frameArgs = list.at(3).toLongLong(&ok);
    if (!ok || frameArgs < 0 || frameArgs * 3 > list.size() - 4)
        return std::nullopt;
    EngineText result;
    result.text = list.at(0);
    result.source = list.at(1);
    result.frame = list.at(2);
    for (qsizetype i = 4, n = 0; i < list.size(); i += 3, ++n) {
        const auto kind = kindFromName(list.at(i));
        if (!kind)
            return std::nullopt;
        EngineArg arg {*kind, list.at(i + 1),
                       list.at(i + 2).isEmpty() ? QStringList() : list.at(i + 2).split(QLatin1Char('\n'))};
        (n < frameArgs ? result.frameArgs : result.args).append(std::move(arg));
    }
    return result;
}

QString interfaceLanguage()
{
    const QString code = QLocale::languageToCode(QLocale().language());
    return code.isEmpty() || code == u"C" ? QStringLiteral("en") : code;
}

QList<EngineText> alignedTexts(const QStringList &lines, const QList<EngineText> &texts)
{
    if (texts.size() == lines.size())
        return texts;
    QList<EngineText> result;
    result.reserve(lines.size());
    for (const QString &line : lines)
        result.append(EngineText::plain(line));
    return result;
}

} // namespace RouteDesk
