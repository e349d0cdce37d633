#include "zendesksource.h"

#include "htmltext.h"
#include "sourcehelpers.h"

#include "io/jsonparse.h"
#include "model/modeljson.h"

#include <QLoggingCategory>

namespace RouteDesk {

Q_LOGGING_CATEGORY(lcZendesk, "routedesk.sources.zendesk", QtInfoMsg)

using nlohmann::json;

namespace {

constexpr int kCommentBatch = 8;
constexpr int kRecentComments = 50;

void addUsers(const json &body, QHash<qint64, json> *users)
{
    const auto it = body.find("users");
    if (it == body.end() || !it->is_array())
        return;
    for (const json &user : *it) {
        const qint64 id = jsonText(user, "id").toLongLong();
        if (id != 0)
            users->insert(id, user);
    }
}

// The next page of a comment list: offset paging ("next_page") or cursor paging ("meta.has_more" + "links.next").
QUrl nextPageOf(const json &body)
{
    const QString next = jsonText(body, "next_page");
    if (!next.isEmpty())
        return QUrl(next);
    const auto meta = body.find("meta");
    const auto links = body.find("links");
    if (meta != body.end() && meta->is_object() && meta->value("has_more", false) && links != body.end())
        return QUrl(jsonText(*links, "next"));
    return {};
}

// The one check before following any link the server gave (comment pages, group pages): the same scheme, host and
// port as the configured base, so that a downgrade to http:// or another port on the same host never receives the
// credentials. Relative links are taken relative to the base.
bool followable(const QUrl &base, QUrl *next, QString *error)
{
    *next = base.resolved(*next);
    const auto port = [](const QUrl &url) {
        return url.port(url.scheme() == QLatin1String("https") ? 443
                                                               : (url.scheme() == QLatin1String("http") ? 80 : -1));
    };
    if (next->scheme() == base.scheme() && next->host().compare(base.host(), Qt::CaseInsensitive) == 0
        && port(*next) == port(base))
        return true;
    *error = QStringLiteral("Zendesk's next page link points to another server (%1, not %2); not followed")
                 .arg(HttpClient::displayUrl(*next),
                      HttpClient::displayUrl(base.adjusted(QUrl::RemovePath | QUrl::RemoveQuery)));
    return false;
}

qint64 idOf(const json &object, const char *key = "id")
{
    return jsonText(object, key).toLongLong();
}

} // namespace

ZendeskSource::ZendeskSource(SourceConfig config, const QString &token, HttpClock *clock)
    : m_config(std::move(config))
    , m_http(httpOptionsFor(m_config), clock)
{
    m_http.setBasicAuth(m_config.username + QStringLiteral("/token"), token);
}

ZendeskSource::~ZendeskSource() = default;

QUrl ZendeskSource::api(const QString &path, const QList<std::pair<QString, QString>> &query) const
{
    QUrl url = m_config.url;
    url.setPath(m_config.url.path() + QStringLiteral("/api/v2") + path);
    setQuery(&url, query);
    return url;
}

bool ZendeskSource::fetchRemainingComments(QUrl next, json *comments, QHash<qint64, json> *users, HttpResponse *failure,
                                           QString *error)
{
    // Follow the server's links only on the same origin: never send the credentials elsewhere.
    while (next.isValid() && !next.isEmpty()) {
        if (!followable(m_config.url, &next, error))
            return false;
        const HttpResponse response = m_http.send(HttpRequest::get(next));
        if (!response.ok()) {
            *failure = response;
            *error = response.errorString;
            return false;
        }
        json items;
        int pages = 1;
        if (!collectionPage(response, "comments", &items, &pages, error)) {
            *failure = response;
            return false;
        }
        for (json &comment : items)
            comments->push_back(std::move(comment));
        const json body = parseJsonOrDiscarded(response.body);
        addUsers(body, users);
        next = nextPageOf(body);
    }
    return true;
}

bool ZendeskSource::fetchComments(const QStringList &ids, QList<json> *comments, QHash<qint64, json> *users,
                                  int *completed, HttpResponse *failure, QString *error)
{
    *completed = 0;
    QList<HttpRequest> requests;
    for (const QString &id : ids)
        requests.append(HttpRequest::get(api(QStringLiteral("/tickets/%1/comments.json").arg(id),
                                             {{QStringLiteral("include"), QStringLiteral("users")}})));
    const QList<HttpResponse> responses = m_http.sendAll(requests);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const HttpResponse &response = responses.at(i);
        if (!response.ok()) {
            *failure = response;
            *error = response.errorString;
            return false;
        }
        json items;
        int pages = 1;
        if (!collectionPage(response, "comments", &items, &pages, error)) {
            *failure = response;
            return false;
        }
        const json body = parseJsonOrDiscarded(response.body);
        addUsers(body, users);
        if (!fetchRemainingComments(nextPageOf(body), &items, users, failure, error))
            return false;
        comments->append(std::move(items));
        *completed = static_cast<int>(i + 1);
    }
    return true;
}

Ticket ZendeskSource::ticketFrom(const json &item, const json &comments, const QHash<qint64, json> &users) const
{
    Ticket ticket;
    ticket.source = m_config.sourceId();
    ticket.externalId = jsonText(item, "id");
    ticket.subject = jsonText(item, "subject").simplified();
    ticket.status = jsonText(item, "status");
    ticket.priority = jsonText(item, "priority");
    ticket.createdAt = parseIsoTime(jsonText(item, "created_at"));
    ticket.updatedAt = parseIsoTime(jsonText(item, "updated_at"));
    if (const auto via = item.find("via"); via != item.end() && via->is_object())
        ticket.channel = jsonText(*via, "channel");
    if (const auto tags = item.find("tags"); tags != item.end() && tags->is_array()) {
        for (const json &tag : *tags) {
            if (tag.is_string())
                ticket.tags.append(fromStd(tag.get<std::string>()));
        }
    }
    const qint64 requesterId = idOf(item, "requester_id");
    if (const auto user = users.constFind(requesterId); user != users.constEnd()) {
        ticket.requesterName = jsonText(*user, "name");
        ticket.requesterEmail = jsonText(*user, "email");
    }
    for (const json &comment : comments) {
        Message message;
        QString body = jsonText(comment, "plain_body");
        if (body.trimmed().isEmpty()) {
            const QString html = jsonText(comment, "html_body");
            body = html.trimmed().isEmpty() ? plainTextBody(jsonText(comment, "body")) : htmlToPlainText(html);
        } else {
            body = plainTextBody(body, QStringLiteral("text/plain"));
        }
        if (body.isEmpty())
            continue;
        message.body = body;
        message.createdAt = parseIsoTime(jsonText(comment, "created_at"));
        message.isPublic = comment.value("public", true);
        const qint64 author = idOf(comment, "author_id");
        message.fromRequester = author != 0 && author == requesterId;
        if (const auto user = users.constFind(author); user != users.constEnd()) {
            message.authorName = jsonText(*user, "name");
            message.authorEmail = jsonText(*user, "email");
        }
        ticket.messages.append(message);
    }
    ticket.body
        = ticket.messages.isEmpty() ? plainTextBody(jsonText(item, "description")) : ticket.messages.constFirst().body;
    return ticket;
}

SourcePage ZendeskSource::fetchPage(const QString &cursor)
{
    SourcePage page;
    page.cursor = cursor;
    QList<std::pair<QString, QString>> query;
    if (cursor.isEmpty()) {
        query.append({QStringLiteral("start_time"), QString::number(m_config.startTime)});
    } else {
        const json state = parseJsonOrDiscarded(cursor.toUtf8());
        const QString after = jsonText(state, "cursor");
        if (!state.is_object() || after.isEmpty())
            return failedPage(
                std::move(page), SourcePage::Error::Failed,
                QStringLiteral("the stored sync cursor of %1 is not a Zendesk cursor").arg(m_config.sourceId()));
        query.append({QStringLiteral("cursor"), after});
    }
    query.append({QStringLiteral("per_page"), QString::number(m_config.pageSize)});
    query.append({QStringLiteral("include"), QStringLiteral("users")});

    const HttpResponse response
        = m_http.send(HttpRequest::get(api(QStringLiteral("/incremental/tickets/cursor.json"), query)));
    if (!response.ok())
        return failedPage(std::move(page), pageErrorFor(response), response.errorString);
    json items;
    int pages = 1;
    QString error;
    if (!collectionPage(response, "tickets", &items, &pages, &error))
        return failedPage(std::move(page), SourcePage::Error::Failed, error);
    const json body = parseJsonOrDiscarded(response.body);
    QHash<qint64, json> users;
    addUsers(body, &users);
    const QString afterCursor = jsonText(body, "after_cursor");
    const bool endOfStream = body.value("end_of_stream", true);

    QList<const json *> live;
    for (const json &item : items) {
        if (jsonText(item, "status") != QLatin1String("deleted"))
            live.append(&item);
    }
    int done = 0;
    for (qsizetype start = 0; start < live.size(); start += kCommentBatch) {
        if (cancelled())
            return failedPage(std::move(page), SourcePage::Error::Cancelled, QStringLiteral("cancelled"));
        QStringList ids;
        for (qsizetype i = start; i < std::min(live.size(), start + kCommentBatch); ++i)
            ids.append(jsonText(*live.at(i), "id"));
        QList<json> comments;
        int completed = 0;
        HttpResponse failure;
        const bool allFetched = fetchComments(ids, &comments, &users, &completed, &failure, &error);
        for (int i = 0; i < completed; ++i) {
            const json &item = *live.at(start + i);
            Ticket ticket = ticketFrom(item, comments.at(i), users);
            ticket.queue = groupName(idOf(item, "group_id"));
            page.revisions.insert(ticket.externalId, jsonText(item, "updated_at"));
            page.tickets.append(std::move(ticket));
            itemDone(++done);
        }
        if (!allFetched)
            return failedPage(std::move(page), failure.ok() ? SourcePage::Error::Failed : pageErrorFor(failure), error);
    }
    if (!afterCursor.isEmpty())
        page.cursor = QString::fromStdString(json {{"cursor", toStd(afterCursor)}}.dump());
    page.atEnd = endOfStream || afterCursor.isEmpty();
    if (page.atEnd)
        page.remaining = 0;
    return page;
}

std::optional<Ticket> ZendeskSource::fetchTicket(const QString &externalId, QString *revision, QString *error)
{
    const HttpResponse response = m_http.send(HttpRequest::get(api(
        QStringLiteral("/tickets/%1.json").arg(externalId), {{QStringLiteral("include"), QStringLiteral("users")}})));
    if (!response.ok()) {
        *error = response.errorString;
        return std::nullopt;
    }
    json body;
    if (!response.json(&body, error))
        return std::nullopt;
    if (!body.is_object() || !body.contains("ticket") || !body["ticket"].is_object()) {
        *error = QStringLiteral("unexpected answer to %1: no \"ticket\"").arg(response.request);
        return std::nullopt;
    }
    QHash<qint64, json> users;
    addUsers(body, &users);
    QList<json> comments;
    int completed = 0;
    HttpResponse failure;
    if (!fetchComments({externalId}, &comments, &users, &completed, &failure, error))
        return std::nullopt;
    if (revision)
        *revision = jsonText(body["ticket"], "updated_at");
    Ticket ticket = ticketFrom(body["ticket"], comments.constFirst(), users);
    ticket.queue = groupName(idOf(body["ticket"], "group_id"));
    return ticket;
}

bool ZendeskSource::groupId(const QString &target, qint64 *id, HttpResponse *failure, QString *error)
{
    bool numeric = false;
    *id = target.toLongLong(&numeric);
    if (numeric)
        return true;
    if (const auto it = m_groupIds.constFind(target); it != m_groupIds.constEnd()) {
        *id = it.value();
        return true;
    }
    if (!loadGroups(failure, error))
        return false;
    if (const auto it = m_groupIds.constFind(target); it != m_groupIds.constEnd()) {
        *id = it.value();
        return true;
    }
    *error = QStringLiteral("Zendesk has no group named '%1' (check group_map / escalation_group)").arg(target);
    return false;
}

bool ZendeskSource::loadGroups(HttpResponse *failure, QString *error)
{
    QUrl next = api(QStringLiteral("/groups.json"));
    while (next.isValid() && !next.isEmpty()) {
        if (!followable(m_config.url, &next, error))
            return false;
        const HttpResponse response = m_http.send(HttpRequest::get(next));
        if (!response.ok()) {
            *failure = response;
            *error = response.errorString;
            return false;
        }
        json groups;
        int pages = 1;
        if (!collectionPage(response, "groups", &groups, &pages, error)) {
            *failure = response;
            return false;
        }
        for (const json &group : groups) {
            m_groupIds.insert(jsonText(group, "name"), idOf(group));
            m_groupNames.insert(idOf(group), jsonText(group, "name"));
        }
        const json body = parseJsonOrDiscarded(response.body);
        next = nextPageOf(body);
    }
    m_groupsLoaded = true;
    return true;
}

bool ZendeskSource::checkWriteback(QList<SourceWarning> *warnings, QString *error)
{
    auto warn = [&](SourceWarning::Code code, const QString &name, const QStringList &fields, const QString &message) {
        SourceWarning warning;
        warning.code = code;
        warning.name = name;
        warning.fields = fields;
        warning.message = message;
        qCWarning(lcZendesk).noquote() << m_config.sourceId() << message;
        warnings->append(std::move(warning));
    };
    HttpResponse failure;
    if (!loadGroups(&failure, error))
        return false;
    QMap<QString, QStringList> named; // group (name or id) -> the document's fields naming it
    for (auto it = m_config.routeMap.constBegin(); it != m_config.routeMap.constEnd(); ++it)
        named[it.value()].append(QStringLiteral("group_map.") + it.key());
    if (!m_config.escalationTarget.isEmpty())
        named[m_config.escalationTarget].append(QStringLiteral("escalation_group"));
    for (auto it = named.constBegin(); it != named.constEnd(); ++it) {
        bool numeric = false;
        const qint64 id = it.key().toLongLong(&numeric);
        if (numeric ? m_groupNames.contains(id) : m_groupIds.contains(it.key()))
            continue;
        warn(SourceWarning::Code::MissingQueue, it.key(), it.value(),
             QStringLiteral("Zendesk has no group %1 (%2) that the user '%3' may see: write-backs that assign a "
                            "ticket there will fail until it exists")
                 .arg(numeric ? it.key() : QStringLiteral("'%1'").arg(it.key()), it.value().join(QStringLiteral(", ")),
                      m_config.username));
    }
    if (m_config.categoryFieldId == 0)
        return true;
    const HttpResponse response
        = m_http.send(HttpRequest::get(api(QStringLiteral("/ticket_fields/%1.json").arg(m_config.categoryFieldId))));
    if (response.status == 404) {
        warn(SourceWarning::Code::MissingField, QString::number(m_config.categoryFieldId),
             {QStringLiteral("category_field_id")},
             QStringLiteral("Zendesk has no ticket field %1 (category_field_id): write-backs will assign the group "
                            "and add the note and tags, but not set the field")
                 .arg(m_config.categoryFieldId));
        return true;
    }
    if (!response.ok()) {
        *error = response.errorString;
        return false;
    }
    return true;
}

QString ZendeskSource::groupName(qint64 id)
{
    if (id == 0)
        return {};
    if (!m_groupNames.contains(id) && !m_groupsLoaded) {
        HttpResponse failure;
        QString error;
        if (!loadGroups(&failure, &error)) {
            // Asked once per source: a helpdesk that refuses the groups list is not asked for every ticket.
            m_groupsLoaded = true;
            qCWarning(lcZendesk) << "cannot read Zendesk's groups:" << error;
            return {};
        }
    }
    return m_groupNames.value(id);
}

WritebackResult ZendeskSource::writeBack(const WritebackRequest &request)
{
    const WritebackPayload &payload = request.payload;
    const QString ticketPath = QStringLiteral("/tickets/%1.json").arg(request.externalId);
    const QString label = QStringLiteral("Zendesk ticket %1").arg(request.externalId);
    auto fromResponse = [&](const HttpResponse &response, const QString &message) {
        if (response.status == 404)
            return WritebackResult::failed(QStringLiteral("%1 does not exist").arg(label));
        if (response.transient())
            return WritebackResult::retry(message);
        return WritebackResult::failed(message);
    };

    const QString target = payload.action == ActionType::Escalate ? m_config.escalationTarget
                                                                  : m_config.routeMap.value(payload.category);
    qint64 group = 0;
    if (!target.isEmpty()) {
        HttpResponse failure;
        QString error;
        if (!groupId(target, &group, &failure, &error))
            return failure.transient() ? WritebackResult::retry(error) : WritebackResult::failed(error);
    }

    // The ticket now (tags are replaced whole, so the current list is needed).
    const HttpResponse current = m_http.send(HttpRequest::get(api(ticketPath)));
    if (!current.ok())
        return fromResponse(current, current.errorString);
    json body;
    QString error;
    if (!current.json(&body, &error) || !body.is_object() || !body.contains("ticket"))
        return WritebackResult::retry(error.isEmpty() ? QStringLiteral("unexpected answer to %1").arg(current.request)
                                                      : error);
    const json &fresh = body["ticket"];

    // Delivered before? The update is one call, so the marker proves all of it landed.
    const HttpResponse recent
        = m_http.send(HttpRequest::get(api(QStringLiteral("/tickets/%1/comments.json").arg(request.externalId),
                                           {{QStringLiteral("sort_order"), QStringLiteral("desc")},
                                            {QStringLiteral("per_page"), QString::number(kRecentComments)}})));
    if (!recent.ok())
        return fromResponse(recent, recent.errorString);
    json comments;
    int pages = 1;
    if (!collectionPage(recent, "comments", &comments, &pages, &error))
        return WritebackResult::retry(error);
    const QString marker = idempotencyMarker(request.idempotencyKey);
    for (const json &comment : comments) {
        if (jsonText(comment, "body").contains(marker) || jsonText(comment, "plain_body").contains(marker)) {
            WritebackResult result = WritebackResult::done(
                QStringLiteral("%1 already has the note %2 (an earlier attempt got through)").arg(label, marker));
            result.alreadyDelivered = true;
            qCInfo(lcZendesk).noquote() << result.message;
            return result;
        }
    }

    const QString stamp = payload.baseRevision.isEmpty() ? jsonText(fresh, "updated_at") : payload.baseRevision;
    auto conflict = [&](const QString &why) {
        WritebackResult result;
        result.outcome = WritebackResult::Outcome::Conflict;
        result.message = why;
        QString fetchError;
        result.freshTicket = fetchTicket(request.externalId, &result.freshRevision, &fetchError);
        if (!result.freshTicket)
            result.message += QStringLiteral(" (the fresh ticket could not be fetched: %1)").arg(fetchError);
        qCInfo(lcZendesk).noquote() << why;
        return result;
    };
    const QDateTime freshUpdated = parseIsoTime(jsonText(fresh, "updated_at"));
    if (!payload.baseRevision.isEmpty() && freshUpdated.isValid() && parseIsoTime(stamp) != freshUpdated)
        return conflict(QStringLiteral("%1 changed in Zendesk after it was synced (updated_at %2, now %3); nothing "
                                       "was written")
                            .arg(label, stamp, jsonText(fresh, "updated_at")));

    // Tags: keep the ticket's own, replace ours.
    json tags = json::array();
    if (const auto it = fresh.find("tags"); it != fresh.end() && it->is_array()) {
        for (const json &tag : *it) {
            if (tag.is_string() && !fromStd(tag.get<std::string>()).startsWith(m_config.tagPrefix))
                tags.push_back(tag);
        }
    }
    if (!payload.category.isEmpty())
        tags.push_back(toStd(m_config.tagPrefix + payload.category));
    if (payload.action == ActionType::Escalate)
        tags.push_back(toStd(m_config.tagPrefix + QStringLiteral("escalated")));

    json update = {{"comment", {{"body", toStd(writebackNote(request, target))}, {"public", false}}},
                   {"tags", tags},
                   {"safe_update", true},
                   {"updated_stamp", toStd(stamp)}};
    if (group != 0)
        update["group_id"] = group;
    if (m_config.categoryFieldId != 0 && !payload.category.isEmpty())
        update["custom_fields"] = json::array({{{"id", m_config.categoryFieldId}, {"value", toStd(payload.category)}}});
    HttpRequest put = HttpRequest::withJson(QByteArrayLiteral("PUT"), api(ticketPath), {{"ticket", update}});
    put.notIdempotent = true; // it adds a comment: a lost answer is settled by the marker check, not a blind repeat
    beforeUpdate();
    const HttpResponse updated = m_http.send(put);
    if (updated.status == 409)
        return conflict(QStringLiteral("%1 changed in Zendesk while the write-back was being made (409 Conflict); "
                                       "nothing was written")
                            .arg(label));
    if (!updated.ok())
        return fromResponse(updated, updated.errorString);
    return WritebackResult::done(
        QStringLiteral("%1: %2private note added")
            .arg(label, target.isEmpty() ? QString() : QStringLiteral("moved to group %1, ").arg(target)));
}

} // namespace RouteDesk
