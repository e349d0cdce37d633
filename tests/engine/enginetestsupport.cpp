#include "enginetestsupport.h"

#include "testsupport.h"

#include "classify/trainingdata.h"
#include "io/recordreader.h"
#include "model/modeljson.h"

#include <QFile>
#include <QMutex>

namespace RouteDesk::Test {

std::shared_ptr<const Workspace> demoWorkspace()
{
    static std::shared_ptr<const Workspace> workspace = [] {
        QString error;
        std::shared_ptr<const Workspace> loaded = Workspace::demo(&error);
        if (!loaded)
            qFatal("the demo workspace does not load: %s", qPrintable(error));
        return loaded;
    }();
    return workspace;
}

std::shared_ptr<const TextClassifier> demoClassifier()
{
    static QMutex mutex;
    static std::shared_ptr<const TextClassifier> classifier;
    QMutexLocker lock(&mutex);
    if (classifier)
        return classifier;
    QString error;
    if (QFile::exists(QStringLiteral(":/demo/model.json"))) {
        classifier = Pipeline::demoModel(&error);
        if (!classifier)
            qFatal("the shipped demo model does not load: %s", qPrintable(error));
        qInfo("using the shipped demo model %s", qPrintable(classifier->version()));
        return classifier;
    }
    QList<LabelledText> examples;
    if (!loadLabelledTexts(sourceDir() + QStringLiteral("/resources/demo/history.jsonl"), {}, &examples, &error))
        qFatal("cannot read the demo history: %s", qPrintable(error));
    nlohmann::json report;
    classifier = trainClassifier(examples, TrainOptions {}, &report, {}, &error);
    if (!classifier)
        qFatal("cannot train on the demo history: %s", qPrintable(error));
    qInfo("no shipped demo model: trained %s on the demo history", qPrintable(classifier->version()));
    return classifier;
}

std::shared_ptr<const Pipeline> demoPipeline()
{
    static std::shared_ptr<const Pipeline> pipeline = std::make_shared<Pipeline>(demoWorkspace(), demoClassifier());
    return pipeline;
}

nlohmann::json demoWorkspaceJson()
{
    QFile file(QStringLiteral(":/demo/workspace.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no embedded demo workspace");
    const QByteArray bytes = file.readAll();
    return nlohmann::json::parse(bytes.constBegin(), bytes.constEnd());
}

std::unique_ptr<Workspace> workspaceFrom(const nlohmann::json &document, QString *error)
{
    return Workspace::fromJson(QByteArray::fromStdString(document.dump()), QStringLiteral("test.json"), error);
}

QList<Ticket> readTickets(const QString &path)
{
    QList<Ticket> tickets;
    QList<Record> records;
    QString error;
    if (!RecordReader::readAll(path, &records, &error))
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(error));
    for (const Record &record : std::as_const(records)) {
        Ticket ticket;
        if (!fromJson(record.fields, &ticket, &error))
            qFatal("%s:%lld: %s", qPrintable(path), record.line, qPrintable(error));
        tickets.append(ticket);
    }
    return tickets;
}

Ticket ticketWith(const QString &subject, const QString &body, const QString &created)
{
    Ticket ticket;
    ticket.subject = subject;
    ticket.body = body;
    ticket.requesterName = QStringLiteral("Maria Lopez");
    ticket.requesterEmail = QStringLiteral("maria@acme.example");
    ticket.customerTier = QStringLiteral("pro");
    ticket.createdAt = parseIsoTime(created);
    return ticket;
}

} // namespace RouteDesk::Test
