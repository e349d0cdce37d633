#pragma once

#include <QString>

class QAbstractItemModel;
class QIODevice;

namespace RouteDesk::Csv {

// Writes a model as RFC 4180 CSV (UTF-8, CRLF, a header row from the horizontal headers, a first column from
// the vertical headers when `withRowHeaders`). `valueRole` is read first, then Qt::DisplayRole.
bool writeModel(const QAbstractItemModel &model, QIODevice *out, int valueRole, bool withRowHeaders, QString *error);
QString quote(const QString &field);

} // namespace RouteDesk::Csv
