#include "csvwriter.h"

#include <QAbstractItemModel>
#include <QIODevice>
#include <QStringList>

namespace RouteDesk::Csv {

QString quote(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n'))
        && !field.contains(QLatin1Char('\r')))
        return field;
    return QLatin1Char('"') + QString(field).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

bool writeModel(const QAbstractItemModel &model, QIODevice *out, int valueRole, bool withRowHeaders, QString *error)
{
    auto line = [&](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << quote(f);
        const QByteArray bytes = (quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
        return out->write(bytes) == bytes.size();
    };
    QStringList header;
    if (withRowHeaders)
        header << QString();
    for (int c = 0; c < model.columnCount(); ++c)
        header << model.headerData(c, Qt::Horizontal).toString();
    bool ok = line(header);
    for (int r = 0; ok && r < model.rowCount(); ++r) {
        QStringList fields;
        if (withRowHeaders)
            fields << model.headerData(r, Qt::Vertical).toString();
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            QVariant value = valueRole >= 0 ? index.data(valueRole) : QVariant();
            if (!value.isValid())
                value = index.data(Qt::DisplayRole);
            fields << value.toString();
        }
        ok = line(fields);
    }
    if (!ok && error)
        *error = out->errorString();
    return ok;
}

} // namespace RouteDesk::Csv
