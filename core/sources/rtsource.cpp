#include "rtsource.h"

#include "htmltext.h"
#include "sourcehelpers.h"

#include "io/jsonparse.h"
#include "model/modeljson.h"

#include <QLoggingCategory>
#include <QMap>

#include <algorithm>

namespace RouteDesk {

Q_LOGGING_CATEGORY(lcRt, "routedesk.sources.rt", QtInfoMsg)

using nlohmann::json;

namespace {

constexpr int kConversationBatch = 8; // tickets whose history is fetched in one concurrent batch
constexpr int kRecentAttachments = 50; // attachments searched for the idempotency marker

QString unquoteEtag(const QByteArray &etag)
{
    QString text = QString::fromLatin1(etag.trimmed());
    if (text.startsWith(QLatin1String("W/")))
        text = text.mid(2);
    if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
        text = text.mid(1, text.size() - 2);
    return text;
}

qint64 idOf(const json &object)
{
    return jsonText(object, "id").toLongLong();
}

// {"since":"<UTC ISO>","after_id":N}
bool parseCursor(const QString &cursor, QDateTime *since, qint64 *afterId)
{
    if (cursor.isEmpty())
        return true;
    const json state = parseJsonOrDiscarded(cursor.toUtf8());
    if (!state.is_object())
        return false;
    *since = parseIsoTime(jsonText(state, "since"));
    *afterId = jsonText(state, "after_id").toLongLong();
    return since->isValid();
}

QString makeCursor(const QDateTime &since, qint64 afterId)
{
    return QString::fromStdString(json {{"since", toStd(isoTime(since))}, {"after_id", afterId}}.dump());
}

// The custom field's current values on a ticket record; nullopt when the field is not available on the ticket.
std::optional<QStringList> customFieldValues(const json &ticket, const QString &name)
{
    const auto it = ticket.find("CustomFields");
    if (it == ticket.end() || !it->is_array())
        return std::nullopt;
    for (const json &field : *it) {
        if (jsonText(field, "name").compare(name, Qt::CaseInsensitive) != 0)
            continue;
        QStringList values;
        if (const auto v = field.find("values"); v != field.end() && v->is_array()) {
            for (const json &value : *v)
                values.append(value.is_string() ? fromStd(value.get<std::string>()) : fromStd(value.dump()));
        }
        return values;
    }
    return std::nullopt;
}

QString queueIdOf(const json &ticket)
{
    const auto it = ticket.find("Queue");
    if (it == ticket.end())
        return {};
    if (it->is_object())
        return jsonText(*it, "id");
    return it->is_string() ? fromStd(it->get<std::string>()) : QString::number(it->get<qint64>());
}

// RT's web login form: what RT sends instead of JSON when it does not accept the user or the password.
bool isLoginPage(const HttpResponse &response)
{
    const QByteArray type = response.header("content-type").toLower();
    const QByteArray head = response.body.left(64 * 1024);
    const bool html = type.contains("text/html") || head.trimmed().startsWith('<');
    if (!html)
        return false;
    const QByteArray lower = head.toLower();
    return lower.contains("name=\"pass\"") || lower.contains("noauth/login.html")
        || lower.contains("your username or password is incorrect");
}

} // namespace

RtSource::RtSource(SourceConfig config, const QString &secret, HttpClock *clock)
    : m_config(std::move(config))
    , m_http(httpOptionsFor(m_config), clock)
    , m_timeZone(m_config.timeZone.toUtf8())
{
    if (m_config.tokenAuth) {
        m_http.setAuthorization(QByteArrayLiteral("token ") + secret.toUtf8());
    } else {
        m_http.setBasicAuth(m_config.username, secret);
        m_password = secret;
    }
}

void RtSource::openSession()
{
    if (m_sessionTried || m_password.isEmpty())
        return;
    m_sessionTried = true;
    QUrl login = m_config.url;
    login.setPath(m_config.url.path() + QStringLiteral("/NoAuth/Login.html"));
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = login;
    request.body
        = "user=" + QUrl::toPercentEncoding(m_config.username) + "&pass=" + QUrl::toPercentEncoding(m_password);
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    const HttpResponse response = m_http.send(request);
    m_sessionRefused = response.ok() && isLoginPage(response);
    qCDebug(lcRt).noquote() << "web session login:"
                            << (m_sessionRefused    ? QStringLiteral("refused (RT showed its login form again)")
                                    : response.ok() ? QStringLiteral("ok")
                                                    : response.errorString);
}

HttpResponse RtSource::send(const HttpRequest &request)
{
    HttpResponse response = m_http.send(request);
    refuseLoginPage(&response);
    return response;
}

QList<HttpResponse> RtSource::sendAll(const QList<HttpRequest> &requests)
{
    QList<HttpResponse> responses = m_http.sendAll(requests);
    for (HttpResponse &response : responses)
        refuseLoginPage(&response);
    return responses;
}

void RtSource::refuseLoginPage(HttpResponse *response) const
{
    if (!response->ok() || !isLoginPage(*response))
        return;
    response->error = HttpError::AuthenticationFailed;
    // Concatenation, not arg(): the request's URL is percent-encoded.
    response->errorString = response->request
        + QStringLiteral(": RT refused the user '%1' or its password (it answered with its login page"
                         "%2); check the user name and the secret; not retried")
              .arg(m_config.username,
                   m_sessionRefused ? QStringLiteral(", and the web login was refused too") : QString());
    qCWarning(lcRt).noquote() << response->errorString;
}

RtSource::~RtSource() = default;

QUrl RtSource::api(const QString &path, const QList<std::pair<QString, QString>> &query) const
{
    QUrl url = m_config.url;
    url.setPath(m_config.url.path() + QStringLiteral("/REST/2.0") + path);
    setQuery(&url, query);
    return url;
}

QString RtSource::formatQueryTime(const QDateTime &utc) const
{
    return utc.toTimeZone(m_timeZone.isValid() ? m_timeZone : QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString RtSource::pageQuery(const QString &cursor, QString *error) const
{
    QDateTime since;
    qint64 afterId = 0;
    if (!parseCursor(cursor, &since, &afterId)) {
        if (error)
            *error = QStringLiteral("the stored sync cursor of %1 is not an RT cursor").arg(m_config.sourceId());
        return {};
    }
    QString query = m_config.query.isEmpty() ? QStringLiteral("id > 0") : QStringLiteral("(%1)").arg(m_config.query);
    if (since.isValid()) {
        const QString at = formatQueryTime(since);
        // Keyset on (LastUpdated, id): `=` on a date means the whole day in TicketSQL, hence >= and <=.
        query
            += QStringLiteral(" AND (LastUpdated > '%1' OR (LastUpdated >= '%1' AND LastUpdated <= '%1' AND id > %2))")
                   .arg(at)
                   .arg(afterId);
    }
    return query;
}

bool RtSource::fetchAll(const QUrl &firstPage, json *items, HttpResponse *failure, QString *error)
{
    *items = json::array();
    QUrl url = firstPage;
    for (int page = 1;; ++page) {
        const HttpResponse response = send(HttpRequest::get(url));
        if (!response.ok()) {
            *failure = response;
            *error = response.errorString;
            return false;
        }
        json body;
        int pages = 1;
        if (!collectionPage(response, "items", &body, &pages, error)) {
            *failure = response;
            return false;
        }
        for (json &item : body)
            items->push_back(std::move(item));
        if (page >= pages)
            return true;
        QList<std::pair<QString, QString>> query = queryItems(firstPage);
        query.append({QStringLiteral("page"), QString::number(page + 1)});
        url = firstPage;
        setQuery(&url, query);
    }
}

bool RtSource::fetchConversations(const QStringList &ids, QList<Conversation> *conversations, int *completed,
                                  HttpResponse *failure, QString *error)
{
    *completed = 0;
    QList<HttpRequest> requests;
    const QString perPage = QString::number(100);
    for (const QString &id : ids) {
        requests.append(HttpRequest::get(api(QStringLiteral("/ticket/%1/history").arg(id),
                                             {{QStringLiteral("fields"), QStringLiteral("Type,Creator,Created")},
                                              {QStringLiteral("per_page"), perPage}})));
        requests.append(HttpRequest::get(
            api(QStringLiteral("/ticket/%1/attachments").arg(id),
                {{QStringLiteral("fields"), QStringLiteral("TransactionId,ContentType,Content,Headers")},
                 {QStringLiteral("per_page"), perPage}})));
    }
    const QList<HttpResponse> responses = sendAll(requests);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        Conversation conversation;
        for (int part = 0; part < 2; ++part) {
            const qsizetype index = i * 2 + part;
            const HttpResponse &response = responses.at(index);
            if (!response.ok()) {
                *failure = response;
                *error = response.errorString;
                return false;
            }
            json items;
            int pages = 1;
            if (!collectionPage(response, "items", &items, &pages, error)) {
                *failure = response;
                return false;
            }
            if (pages > 1) { // more than 100 transactions or attachments: fetch the rest one by one
                json rest;
                QUrl second = requests.at(index).url;
                QList<std::pair<QString, QString>> query = queryItems(second);
                query.append({QStringLiteral("page"), QStringLiteral("2")});
                setQuery(&second, query);
                if (!fetchAll(second, &rest, failure, error))
                    return false;
                for (json &item : rest)
                    items.push_back(std::move(item));
            }
            (part == 0 ? conversation.history : conversation.attachments) = std::move(items);
        }
        conversations->append(std::move(conversation));
        *completed = static_cast<int>(i + 1);
    }
    return true;
}

bool RtSource::ticketFromItem(const json &item, const Conversation &conversation, Ticket *ticket, QString *revision,
                              QString *error) const
{
    Ticket result;
    result.source = m_config.sourceId();
    result.externalId = jsonText(item, "id");
    if (result.externalId.isEmpty()) {
        *error = QStringLiteral("a ticket in RT's answer has no id");
        return false;
    }
    result.subject = jsonText(item, "Subject").simplified();
    result.status = jsonText(item, "Status");
    result.priority = jsonText(item, "Priority");
    result.queue = queueIdOf(item); // an id: the caller looks its name up
    result.createdAt = parseIsoTime(jsonText(item, "Created"));
    result.updatedAt = parseIsoTime(jsonText(item, "LastUpdated"));
    QStringList requestors;
    if (const auto it = item.find("Requestor"); it != item.end() && it->is_array()) {
        for (const json &user : *it)
            requestors.append(jsonText(user, "id"));
    }
    if (!requestors.isEmpty()) {
        result.requesterEmail
            = requestors.constFirst().contains(QLatin1Char('@')) ? requestors.constFirst() : QString();
        result.requesterName = requestors.constFirst();
    }

    // Attachments by transaction, in id order.
    QHash<qint64, QList<const json *>> parts;
    for (const json &attachment : conversation.attachments)
        parts[jsonText(attachment, "TransactionId").toLongLong()].append(&attachment);

    QList<const json *> transactions;
    qint64 latest = 0;
    for (const json &transaction : conversation.history) {
        transactions.append(&transaction);
        latest = std::max(latest, idOf(transaction));
    }
    std::sort(transactions.begin(), transactions.end(),
              [](const json *a, const json *b) { return idOf(*a) < idOf(*b); });

    for (const json *transaction : std::as_const(transactions)) {
        const QString type = jsonText(*transaction, "Type");
        if (type != QLatin1String("Create") && type != QLatin1String("Correspond") && type != QLatin1String("Comment"))
            continue;
        QList<const json *> candidates = parts.value(idOf(*transaction));
        std::sort(candidates.begin(), candidates.end(),
                  [](const json *a, const json *b) { return idOf(*a) < idOf(*b); });
        QString body;
        QString htmlBody;
        for (const json *part : std::as_const(candidates)) {
            const QString headers = jsonText(*part, "Headers");
            if (headers.contains(QLatin1String("Content-Disposition: attachment"), Qt::CaseInsensitive))
                continue; // a file, not the message
            const QString contentType = jsonText(*part, "ContentType").toLower();
            const QString content = jsonText(*part, "Content");
            if (content.trimmed().isEmpty())
                continue;
            if (contentType.startsWith(QLatin1String("text/plain")) && body.isEmpty())
                body = plainTextBody(content, contentType);
            else if (contentType.startsWith(QLatin1String("text/html")) && htmlBody.isEmpty())
                htmlBody = htmlToPlainText(content);
        }
        if (body.isEmpty())
            body = htmlBody;
        if (body.isEmpty())
            continue;
        Message message;
        message.authorName = jsonText(transaction->value("Creator", json::object()), "id");
        if (message.authorName.contains(QLatin1Char('@')))
            message.authorEmail = message.authorName;
        message.createdAt = parseIsoTime(jsonText(*transaction, "Created"));
        message.body = body;
        message.isPublic = type != QLatin1String("Comment");
        message.fromRequester = type == QLatin1String("Create")
            || (type == QLatin1String("Correspond") && requestors.contains(message.authorName));
        result.messages.append(message);
    }
    if (!result.messages.isEmpty())
        result.body = result.messages.constFirst().body;
    *revision = latest > 0 ? QString::number(latest) : QString();
    *ticket = std::move(result);
    return true;
}

SourcePage RtSource::fetchPage(const QString &cursor)
{
    openSession();
    SourcePage page;
    page.cursor = cursor;
    QString error;
    const QString query = pageQuery(cursor, &error);
    if (query.isEmpty())
        return failedPage(std::move(page), SourcePage::Error::Failed, error);

    const QUrl url = api(QStringLiteral("/tickets"),
                         {{QStringLiteral("query"), query},
                          {QStringLiteral("fields"),
                           QStringLiteral("Subject,Status,Queue,Requestor,Created,LastUpdated,"
                                          "Priority")},
                          {QStringLiteral("per_page"), QString::number(m_config.pageSize)},
                          {QStringLiteral("page"), QStringLiteral("1")},
                          {QStringLiteral("orderby"), QStringLiteral("LastUpdated")},
                          {QStringLiteral("order"), QStringLiteral("ASC")},
                          {QStringLiteral("orderby"), QStringLiteral("id")},
                          {QStringLiteral("order"), QStringLiteral("ASC")}});
    const HttpResponse response = send(HttpRequest::get(url));
    if (!response.ok())
        return failedPage(std::move(page), pageErrorFor(response), response.errorString);
    json items;
    int pages = 1;
    if (!collectionPage(response, "items", &items, &pages, &error))
        return failedPage(std::move(page), SourcePage::Error::Failed, error);
    json list = parseJsonOrDiscarded(response.body);
    const qint64 total = list.is_object() && list.contains("total") && list["total"].is_number_integer()
        ? list["total"].get<qint64>()
        : -1;
    if (items.empty()) {
        page.atEnd = true;
        page.remaining = 0;
        return page;
    }

    QStringList ids;
    for (const json &item : items)
        ids.append(jsonText(item, "id"));

    int done = 0;
    for (qsizetype start = 0; start < ids.size(); start += kConversationBatch) {
        if (cancelled())
            return failedPage(std::move(page), SourcePage::Error::Cancelled, QStringLiteral("cancelled"));
        const QStringList batch = ids.mid(start, kConversationBatch);
        QList<Conversation> conversations;
        int completed = 0;
        HttpResponse failure;
        const bool allFetched = fetchConversations(batch, &conversations, &completed, &failure, &error);
        for (int i = 0; i < completed; ++i) {
            const json &item = items.at(static_cast<size_t>(start + i));
            Ticket ticket;
            QString revision;
            if (!ticketFromItem(item, conversations.at(i), &ticket, &revision, &error))
                return failedPage(std::move(page), SourcePage::Error::Failed, error);
            ticket.queue = queueName(ticket.queue);
            page.cursor = makeCursor(ticket.updatedAt, ticket.externalId.toLongLong());
            page.revisions.insert(ticket.externalId, revision);
            page.tickets.append(std::move(ticket));
            itemDone(++done);
        }
        if (!allFetched) {
            const SourcePage::Error kind = failure.ok() ? SourcePage::Error::Failed : pageErrorFor(failure);
            return failedPage(std::move(page), kind, error);
        }
    }
    page.remaining = total >= 0 ? std::max<qint64>(0, total - page.tickets.size()) : -1;
    page.atEnd = page.remaining == 0 || static_cast<int>(items.size()) < m_config.pageSize;
    return page;
}

std::optional<Ticket> RtSource::fetchTicket(const QString &externalId, QString *revision, QString *error)
{
    openSession();
    const HttpResponse response = send(HttpRequest::get(api(QStringLiteral("/ticket/%1").arg(externalId))));
    if (!response.ok()) {
        *error = response.errorString;
        return std::nullopt;
    }
    json item;
    if (!response.json(&item, error))
        return std::nullopt;
    QList<Conversation> conversations;
    int completed = 0;
    HttpResponse failure;
    if (!fetchConversations({externalId}, &conversations, &completed, &failure, error))
        return std::nullopt;
    Ticket ticket;
    QString latest;
    if (!ticketFromItem(item, conversations.constFirst(), &ticket, &latest, error))
        return std::nullopt;
    ticket.queue = queueName(ticket.queue);
    if (revision)
        *revision = latest;
    return ticket;
}

RtSource::QueueState RtSource::findQueue(const QString &name, QString *id, HttpResponse *failure, QString *error)
{
    if (const auto it = m_queueIds.constFind(name); it != m_queueIds.constEnd()) {
        *id = it.value();
        return QueueState::Found;
    }
    const HttpResponse response
        = send(HttpRequest::get(api(QStringLiteral("/queue/") + QString::fromLatin1(QUrl::toPercentEncoding(name)))));
    if (!response.ok()) {
        *failure = response;
        *error = response.errorString;
        if (response.status == 404)
            return QueueState::Missing;
        return response.status == 403 ? QueueState::Forbidden : QueueState::Unreachable;
    }
    json queue;
    if (!response.json(&queue, error)) {
        *failure = response;
        return QueueState::Unreachable;
    }
    *id = jsonText(queue, "id");
    if (id->isEmpty())
        return QueueState::Missing;
    if (jsonText(queue, "Disabled") == QLatin1String("1"))
        return QueueState::Disabled;
    m_queueIds.insert(name, *id);
    return QueueState::Found;
}

QString RtSource::queueName(const QString &id)
{
    if (id.isEmpty())
        return {};
    if (const auto it = m_queueNames.constFind(id); it != m_queueNames.constEnd())
        return *it;
    const HttpResponse response = send(HttpRequest::get(api(QStringLiteral("/queue/") + id)));
    json queue;
    QString error;
    if (!response.ok() || !response.json(&queue, &error)) {
        qCWarning(lcRt) << "cannot read the name of RT queue" << id << ":"
                        << (response.ok() ? error : response.errorString);
        return {}; // asked again on the next ticket in it: a passing failure does not stick
    }
    const QString name = jsonText(queue, "Name");
    m_queueNames.insert(id, name);
    return name;
}

bool RtSource::queueId(const QString &name, QString *id, HttpResponse *failure, QString *error)
{
    switch (findQueue(name, id, failure, error)) {
    case QueueState::Found:
        return true;
    case QueueState::Missing:
        *error = QStringLiteral("RT has no queue '%1' (check queue_map / escalation_queue)").arg(name);
        return false;
    case QueueState::Disabled:
        *error = QStringLiteral("RT's queue '%1' is missing or disabled").arg(name);
        return false;
    case QueueState::Forbidden:
        *error = QStringLiteral("RT does not let the user '%1' see the queue '%2'").arg(m_config.username, name);
        return false;
    case QueueState::Unreachable:
        return false;
    }
    return false;
}

std::optional<QStringList> RtSource::queueFields(const QString &queueId, HttpResponse *failure, QString *error)
{
    if (const auto it = m_queueFields.constFind(queueId); it != m_queueFields.constEnd())
        return it.value();
    json items;
    if (!fetchAll(api(QStringLiteral("/queue/%1/customfields").arg(queueId),
                      {{QStringLiteral("fields"), QStringLiteral("Name,Disabled")},
                       {QStringLiteral("per_page"), QStringLiteral("100")}}),
                  &items, failure, error))
        return std::nullopt;
    QStringList names;
    for (const json &field : items) {
        if (jsonText(field, "Disabled") != QLatin1String("1"))
            names.append(jsonText(field, "Name"));
    }
    m_queueFields.insert(queueId, names);
    return names;
}

std::optional<bool> RtSource::customFieldExists(const QString &name, HttpResponse *failure, QString *error)
{
    // A search is a POST in REST 2.0; it changes nothing. RT matches the name without case, as it does on update.
    const json search = json::array(
        {{{"field", "Name"}, {"value", toStd(name)}}, {{"field", "LookupType"}, {"value", "RT::Queue-RT::Ticket"}}});
    const HttpResponse response = send(HttpRequest::withJson(
        QByteArrayLiteral("POST"),
        api(QStringLiteral("/customfields"), {{QStringLiteral("fields"), QStringLiteral("Name,Disabled")}}), search));
    if (!response.ok()) {
        *failure = response;
        *error = response.errorString;
        return std::nullopt;
    }
    json items;
    int pages = 1;
    if (!collectionPage(response, "items", &items, &pages, error)) {
        *failure = response;
        return std::nullopt;
    }
    for (const json &field : items) {
        if (jsonText(field, "Name").compare(name, Qt::CaseInsensitive) == 0
            && jsonText(field, "Disabled") != QLatin1String("1"))
            return true;
    }
    return false;
}

bool RtSource::checkWriteback(QList<SourceWarning> *warnings, QString *error)
{
    openSession();
    auto warn = [&](SourceWarning::Code code, const QString &name, const QStringList &fields, const QStringList &queues,
                    const QString &message) {
        SourceWarning warning;
        warning.code = code;
        warning.name = name;
        warning.fields = fields;
        warning.queues = queues;
        warning.message = message;
        qCWarning(lcRt).noquote() << m_config.sourceId() << message;
        warnings->append(std::move(warning));
    };

    // The queues, each with the document's fields that name it (in name order).
    QMap<QString, QStringList> named;
    for (auto it = m_config.routeMap.constBegin(); it != m_config.routeMap.constEnd(); ++it)
        named[it.value()].append(QStringLiteral("queue_map.") + it.key());
    if (!m_config.escalationTarget.isEmpty())
        named[m_config.escalationTarget].append(QStringLiteral("escalation_queue"));
    QList<std::pair<QString, QString>> present; // name, id
    for (auto it = named.constBegin(); it != named.constEnd(); ++it) {
        QString id;
        HttpResponse failure;
        QString why;
        const QString where = it.value().join(QStringLiteral(", "));
        switch (findQueue(it.key(), &id, &failure, &why)) {
        case QueueState::Found:
            present.append({it.key(), id});
            break;
        case QueueState::Missing:
            warn(SourceWarning::Code::MissingQueue, it.key(), it.value(), {},
                 QStringLiteral("RT has no queue '%1' (%2): write-backs that move a ticket there will fail until it "
                                "is created")
                     .arg(it.key(), where));
            break;
        case QueueState::Disabled:
            warn(SourceWarning::Code::DisabledQueue, it.key(), it.value(), {},
                 QStringLiteral("RT's queue '%1' is disabled (%2): write-backs that move a ticket there will fail "
                                "until it is enabled")
                     .arg(it.key(), where));
            break;
        case QueueState::Forbidden:
            warn(SourceWarning::Code::HiddenQueue, it.key(), it.value(), {},
                 QStringLiteral("RT does not let the user '%1' see the queue '%2' (%3): write-backs that move a "
                                "ticket there will fail until the user has SeeQueue, ShowTicket and ModifyTicket "
                                "on it")
                     .arg(m_config.username, it.key(), where));
            break;
        case QueueState::Unreachable:
            *error = why;
            return false;
        }
    }

    const QString field = m_config.categoryField;
    if (field.isEmpty())
        return true;
    HttpResponse failure;
    const std::optional<bool> exists = customFieldExists(field, &failure, error);
    if (!exists)
        return false;
    if (!*exists) {
        if (m_config.categoryFieldNamed)
            warn(SourceWarning::Code::MissingField, field, {QStringLiteral("category_field")}, {},
                 QStringLiteral("RT has no ticket custom field '%1' (category_field) that the user '%2' may see: "
                                "write-backs will move the tickets and add the note, but not set the field; create "
                                "the field and apply it to the queues (or grant the user SeeCustomField and "
                                "ModifyCustomField on it), or set \"category_field\": \"\"")
                     .arg(field, m_config.username));
        else
            qCInfo(lcRt).noquote() << m_config.sourceId()
                                   << QStringLiteral("RT has no custom field '%1' (the default category_field): the "
                                                     "category goes into the note only")
                                          .arg(field);
        return true;
    }
    QStringList without;
    for (const auto &[name, id] : std::as_const(present)) {
        const std::optional<QStringList> fields = queueFields(id, &failure, error);
        if (!fields)
            return false;
        if (!fields->contains(field, Qt::CaseInsensitive))
            without.append(name);
    }
    if (!without.isEmpty())
        warn(SourceWarning::Code::FieldNotOnQueue, field, {QStringLiteral("category_field")}, without,
             QStringLiteral("RT's custom field '%1' is not applied to the %2 %3: write-backs that move a ticket "
                            "there will not set it; apply the field to %4 in RT")
                 .arg(field, without.size() == 1 ? QStringLiteral("queue") : QStringLiteral("queues"),
                      without.join(QStringLiteral(", ")),
                      without.size() == 1 ? QStringLiteral("it") : QStringLiteral("them")));
    return true;
}

WritebackResult RtSource::writeBack(const WritebackRequest &request)
{
    openSession();
    const WritebackPayload &payload = request.payload;
    const QString ticketPath = QStringLiteral("/ticket/%1").arg(request.externalId);
    const QString label = QStringLiteral("RT ticket %1").arg(request.externalId);
    auto fromResponse = [&](const HttpResponse &response, const QString &message) {
        if (response.status == 404)
            return WritebackResult::failed(QStringLiteral("%1 does not exist (or the user may not see it)").arg(label));
        if (response.transient())
            return WritebackResult::retry(message);
        return WritebackResult::failed(message);
    };

    // 1. Where it goes.
    const QString targetQueue = payload.action == ActionType::Escalate ? m_config.escalationTarget
                                                                       : m_config.routeMap.value(payload.category);
    QString targetQueueId;
    if (!targetQueue.isEmpty()) {
        HttpResponse failure;
        QString error;
        if (!queueId(targetQueue, &targetQueueId, &failure, &error))
            return failure.transient() ? WritebackResult::retry(error) : WritebackResult::failed(error);
    }

    // 2. The ticket as it is now.
    const HttpResponse current = send(HttpRequest::get(api(ticketPath)));
    if (!current.ok())
        return fromResponse(current, current.errorString);
    json fresh;
    QString error;
    if (!current.json(&fresh, &error))
        return WritebackResult::retry(error);
    const QString etag = unquoteEtag(current.header("etag"));

    // 3. Delivered before? (An earlier attempt whose answer was lost.)
    const HttpResponse recent
        = send(HttpRequest::get(api(ticketPath + QStringLiteral("/attachments"),
                                    {{QStringLiteral("fields"), QStringLiteral("Content")},
                                     {QStringLiteral("orderby"), QStringLiteral("id")},
                                     {QStringLiteral("order"), QStringLiteral("DESC")},
                                     {QStringLiteral("per_page"), QString::number(kRecentAttachments)}})));
    if (!recent.ok())
        return fromResponse(recent, recent.errorString);
    json attachments;
    int pages = 1;
    if (!collectionPage(recent, "items", &attachments, &pages, &error))
        return WritebackResult::retry(error);
    const QString marker = idempotencyMarker(request.idempotencyKey);
    for (const json &attachment : attachments) {
        if (jsonText(attachment, "Content").contains(marker)) {
            WritebackResult result = WritebackResult::done(
                QStringLiteral("%1 already has the note %2 (an earlier attempt got through)").arg(label, marker));
            result.alreadyDelivered = true;
            qCInfo(lcRt).noquote() << result.message;
            return result;
        }
    }

    // 4. What needs changing. The move and the note are required; the category field is optional: RT sets custom
    //    fields after the move and silently drops one that the ticket's (new) queue lacks, so availability is checked
    //    on that queue, and a field it lacks is left out and named in the note.
    const bool moveNeeded = !targetQueueId.isEmpty() && queueIdOf(fresh) != targetQueueId;
    const QString field = m_config.categoryField;
    bool fieldNeeded = false;
    QStringList skipped;
    QString fieldLeftOut; // also for the default field, which the note does not mention
    if (!field.isEmpty() && !payload.category.isEmpty()) {
        const std::optional<QStringList> fieldValues = customFieldValues(fresh, field);
        bool available = fieldValues.has_value();
        if (moveNeeded) {
            HttpResponse failure;
            QString why;
            const std::optional<QStringList> fields = queueFields(targetQueueId, &failure, &why);
            if (fields)
                available = fields->contains(field, Qt::CaseInsensitive);
            else if (failure.transient())
                return WritebackResult::retry(why);
            else
                available = true; // cannot tell: try, as RT's answer to the update is checked below
        }
        if (available) {
            fieldNeeded = fieldValues.value_or(QStringList()) != QStringList {payload.category};
        } else {
            fieldLeftOut = moveNeeded
                ? QStringLiteral("the custom field '%1' (RT's queue %2 does not have it)").arg(field, targetQueue)
                : QStringLiteral("the custom field '%1' (RT has no such field on the ticket's queue)").arg(field);
            if (m_config.categoryFieldNamed)
                skipped.append(fieldLeftOut);
        }
    }

    // 5. Changed since the agent saw it?
    const bool changed = !payload.baseRevision.isEmpty()
        ? etag != payload.baseRevision
        : (payload.baseUpdatedAt.isValid() && parseIsoTime(jsonText(fresh, "LastUpdated")) > payload.baseUpdatedAt);
    auto conflict = [&](const QString &why) {
        WritebackResult result;
        result.outcome = WritebackResult::Outcome::Conflict;
        result.message = why;
        QString fetchError;
        result.freshTicket = fetchTicket(request.externalId, &result.freshRevision, &fetchError);
        if (!result.freshTicket)
            result.message += QStringLiteral(" (the fresh ticket could not be fetched: %1)").arg(fetchError);
        qCInfo(lcRt).noquote() << why;
        return result;
    };
    if (changed && (moveNeeded || fieldNeeded))
        return conflict(
            QStringLiteral("%1 changed in RT after it was synced (revision %2, now %3); nothing was "
                           "written")
                .arg(label, payload.baseRevision.isEmpty() ? QStringLiteral("?") : payload.baseRevision, etag));

    // 6. Move and label, guarded by If-Match.
    if (moveNeeded || fieldNeeded) {
        json update = json::object();
        if (moveNeeded)
            update["Queue"] = toStd(targetQueue);
        if (fieldNeeded)
            update["CustomFields"] = {{toStd(field), toStd(payload.category)}};
        HttpRequest put = HttpRequest::withJson(QByteArrayLiteral("PUT"), api(ticketPath), update);
        const QString expected = payload.baseRevision.isEmpty() ? etag : payload.baseRevision;
        put.headers.append({QByteArrayLiteral("If-Match"), QByteArrayLiteral("\"") + expected.toLatin1() + "\""});
        beforeUpdate();
        const HttpResponse updated = send(put);
        if (updated.status == 412)
            return conflict(QStringLiteral("%1 changed in RT while the write-back was being made (412 Precondition "
                                           "Failed); nothing was written")
                                .arg(label));
        if (!updated.ok())
            return fromResponse(updated, updated.errorString);
        // RT answers 200 with a list of messages, also for what it refused.
        json messages;
        if (updated.json(&messages, &error) && messages.is_array()) {
            for (const json &message : messages) {
                const QString text = message.is_string() ? fromStd(message.get<std::string>()) : QString();
                if (text.contains(QLatin1String("does not exist")) || text.contains(QLatin1String("ermission denied"))
                    || text.contains(QLatin1String("not found")) || text.contains(QLatin1String("Invalid")))
                    return WritebackResult::failed(QStringLiteral("%1: RT refused the update: %2").arg(label, text));
            }
        }
    }

    // 7. The internal note (a comment, never a correspondence).
    const QString note = writebackNote(request, targetQueue, skipped);
    const HttpResponse commented
        = send(HttpRequest::withJson(QByteArrayLiteral("POST"), api(ticketPath + QStringLiteral("/comment")),
                                     {{"Content", toStd(note)}, {"ContentType", "text/plain"}}));
    if (!commented.ok())
        return fromResponse(commented, commented.errorString);
    WritebackResult result = WritebackResult::done(
        QStringLiteral("%1: %2%3note added%4")
            .arg(label, moveNeeded ? QStringLiteral("moved to %1, ").arg(targetQueue) : QString(),
                 fieldNeeded ? QStringLiteral("%1 set to %2, ").arg(field, payload.category) : QString(),
                 fieldLeftOut.isEmpty() ? QString() : QStringLiteral("; not set: ") + fieldLeftOut));
    result.skipped = skipped;
    if (!fieldLeftOut.isEmpty())
        qCInfo(lcRt).noquote() << result.message;
    return result;
}

} // namespace RouteDesk
