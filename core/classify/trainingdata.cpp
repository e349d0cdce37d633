#include "trainingdata.h"

namespace RouteDesk {

bool recordText(const Record &record, const QString &textColumn, QString *text, QString *what)
{
    if (!textColumn.isEmpty()) {
        if (!record.has(textColumn)) {
            *what = QStringLiteral("no column '%1'").arg(textColumn);
            return false;
        }
        *text = record.text(textColumn);
        return true;
    }
    if (record.has(QStringLiteral("text"))) {
        *text = record.text(QStringLiteral("text"));
        return true;
    }
    const bool hasSubject = record.has(QStringLiteral("subject"));
    const bool hasBody = record.has(QStringLiteral("body"));
    if (!hasSubject && !hasBody) {
        *what = QStringLiteral("no text: expected a 'text' column, or 'subject' and 'body'");
        return false;
    }
    const QString subject = record.text(QStringLiteral("subject"));
    const QString body = record.text(QStringLiteral("body"));
    *text = subject.isEmpty() ? body : body.isEmpty() ? subject : subject + u'\n' + body;
    return true;
}

bool recordList(const Record &record, const QString &key, QStringList *out, QString *what)
{
    out->clear();
    const auto it = record.fields.find(key.toStdString());
    if (it == record.fields.end() || it->is_null())
        return true;
    if (it->is_array()) {
        for (const nlohmann::json &item : *it) {
            if (!item.is_string()) {
                *what = QStringLiteral("'%1' must be an array of strings").arg(key);
                return false;
            }
            const QString value = QString::fromStdString(item.get<std::string>()).trimmed();
            if (!value.isEmpty() && !out->contains(value))
                out->append(value);
        }
        return true;
    }
    if (!it->is_string()) {
        *what = QStringLiteral("'%1' must be an array of strings or a ';'-separated text").arg(key);
        return false;
    }
    for (const QString &part : QString::fromStdString(it->get<std::string>()).split(u';')) {
        const QString value = part.trimmed();
        if (!value.isEmpty() && !out->contains(value))
            out->append(value);
    }
    return true;
}

bool recordEscalationLabels(const Record &record, const QString &category, QStringList *reasons, QStringList *secondary,
                            QString *what)
{
    if (!recordList(record, QStringLiteral("escalation_reasons"), reasons, what)
        || !recordList(record, QStringLiteral("secondary_categories"), secondary, what))
        return false;
    for (const QString &code : std::as_const(*reasons)) {
        if (!EscalationCode::all().contains(code)) {
            *what = QStringLiteral("unknown escalation code '%1' in 'escalation_reasons'").arg(code);
            return false;
        }
    }
    secondary->removeAll(category);
    return true;
}

bool loadLabelledTexts(const QString &path, const TextColumns &columns, QList<LabelledText> *examples, QString *error)
{
    examples->clear();
    RecordReader reader;
    if (!reader.open(path)) {
        *error = reader.errorString();
        return false;
    }
    auto bad = [&](const Record &record, const QString &what) {
        *error = QStringLiteral("%1:%2: %3").arg(path, QString::number(record.line), what);
        return false;
    };
    Record record;
    while (reader.next(&record)) {
        LabelledText example;
        QString what;
        if (!recordText(record, columns.text, &example.text, &what))
            return bad(record, what);
        if (example.text.trimmed().isEmpty())
            return bad(record, QStringLiteral("empty text"));
        QString labelColumn = columns.label;
        if (labelColumn.isEmpty()) {
            if (record.has(QStringLiteral("category")))
                labelColumn = QStringLiteral("category");
            else if (record.has(QStringLiteral("label")))
                labelColumn = QStringLiteral("label");
            else
                return bad(record, QStringLiteral("no label: expected a 'category' or 'label' column"));
        } else if (!record.has(labelColumn)) {
            return bad(record, QStringLiteral("no column '%1'").arg(labelColumn));
        }
        example.label = record.text(labelColumn).trimmed();
        if (example.label.isEmpty())
            return bad(record, QStringLiteral("empty label in column '%1'").arg(labelColumn));
        if (!recordEscalationLabels(record, example.label, &example.reasons, &example.secondary, &what))
            return bad(record, what);
        examples->append(std::move(example));
    }
    if (reader.hasError()) {
        *error = reader.errorString();
        return false;
    }
    if (examples->isEmpty()) {
        *error = QStringLiteral("%1: no examples").arg(path);
        return false;
    }
    return true;
}

} // namespace RouteDesk
