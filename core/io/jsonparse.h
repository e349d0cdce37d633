#pragma once

#include <QByteArrayView>
#include <QString>

#include <nlohmann/json.hpp>

#include <exception>

namespace RouteDesk {

// The one way RouteDesk parses JSON: tickets, source documents, workspaces, models, helpdesk answers.
//
// Never throws. Refuses what the rest of the code cannot hold safely: nesting deeper than kMaxJsonDepth (values
// are copied and printed recursively; 60,000 levels overflow the stack), numbers a double cannot hold (1e999)
// and every syntax error. The message names where: "<name>:<line>: not valid JSON (<what> (at <field>))", the line
// counted from `firstLine` (a JSON Lines record starts at its own line), the field as a JSON path when there is one.
inline constexpr int kMaxJsonDepth = 256;

struct JsonParseResult
{
    bool ok = false;
    nlohmann::json value; // discarded unless ok
    QString error; // "<name>:<line>: not valid JSON (<detail()>)"; empty when ok
    qint64 line = 0; // where the error is (1-based, counted from firstLine)
    QString field; // the JSON path where the error is ("weights[3]", "taxonomy.categories[0].id"), if any
    QString what; // the error without where: "number overflow parsing '1e999'"

    // what, with the field when there is one: "number overflow parsing '1e999' (at weights[3])"
    QString detail() const
    {
        return field.isEmpty() ? what : what + QStringLiteral(" (at ") + field + QLatin1Char(')');
    }
};

JsonParseResult parseJson(QByteArrayView bytes, const QString &name, qint64 firstLine = 1,
                          int maxDepth = kMaxJsonDepth);

// The same, in the shape most callers want: true and *out, or false and *error (out is left as it was).
bool parseJson(QByteArrayView bytes, const QString &name, nlohmann::json *out, QString *error, qint64 firstLine = 1);

// For text RouteDesk wrote itself (cursors, stored columns) or whose error was reported already: the value, or
// a discarded value (is_discarded()) on any error, with the same guards.
nlohmann::json parseJsonOrDiscarded(QByteArrayView bytes);

// A nlohmann::json exception met while reading an already parsed value (type_error.302 from get<int>() on a
// string, out_of_range.403 from at() on a missing key) as a plain message without the library's prefix.
QString jsonExceptionText(const std::exception &e);

} // namespace RouteDesk
