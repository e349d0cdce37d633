#include "fakezendesk.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace RouteDesk::Test {

using nlohmann::json;

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

QString q(const json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

QDateTime parse(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

// Opaque to the client: "<unix updated_at>:<id>" of the last ticket served, base64.
QString encodeCursor(qint64 time, qint64 id)
{
    return QString::fromLatin1(QStringLiteral("%1:%2").arg(time).arg(id).toLatin1().toBase64());
}

bool decodeCursor(const QString &cursor, qint64 *time, qint64 *id)
{
    const QStringList parts = QString::fromLatin1(QByteArray::fromBase64(cursor.toLatin1())).split(QLatin1Char(':'));
    if (parts.size() != 2)
        return false;
    bool a = false;
    bool b = false;
    *time = parts.at(0).toLongLong(&a);
    *id = parts.at(1).toLongLong(&b);
    return a && b;
}

} // namespace

FakeZendesk::FakeZendesk()
{
    m_server.setHandler([this](const FakeRequest &request) { return handle(request); });
    agentId = addUser(QStringLiteral("Agent Ana"), email);
}

bool FakeZendesk::start()
{
    return m_server.listen();
}

json FakeZendesk::sourceDocument(const QString &tokenEnv) const
{
    return {{"type", "zendesk"}, {"base_url", s(url().toString())}, {"email", s(email)}, {"token_env", s(tokenEnv)}};
}

QString FakeZendesk::stamp()
{
    const QDateTime base(QDate(2026, 1, 5), QTime(9, 0), QTimeZone::utc());
    return base.addSecs(++m_tick).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")); // as Zendesk writes it
}

qint64 FakeZendesk::addUser(const QString &name, const QString &userEmail)
{
    const qint64 id = ++m_nextId;
    m_users[id] = {{"id", id}, {"name", s(name)}, {"email", s(userEmail)}};
    return id;
}

qint64 FakeZendesk::addGroup(const QString &name)
{
    const qint64 id = 360000 + (++m_nextId);
    m_groups[id] = {{"id", id}, {"name", s(name)}};
    return id;
}

qint64 FakeZendesk::addTicket(const QString &subject, qint64 requester, const QList<Comment> &comments,
                              const QStringList &tags, const QString &status)
{
    const qint64 id = ++m_nextId;
    const QString now = stamp();
    json tagList = json::array();
    for (const QString &tag : tags)
        tagList.push_back(s(tag));
    m_tickets[id] = {{"id", id},
                     {"subject", s(subject)},
                     {"description", comments.isEmpty() ? "" : s(comments.constFirst().body)},
                     {"status", s(status)},
                     {"priority", "normal"},
                     {"group_id", nullptr},
                     {"assignee_id", nullptr},
                     {"requester_id", requester},
                     {"tags", tagList},
                     {"custom_fields", json::array()},
                     {"via", {{"channel", "email"}}},
                     {"created_at", s(now)},
                     {"updated_at", s(now)}};
    for (const Comment &comment : comments) {
        const qint64 commentId = ++m_nextId;
        json entry = {{"id", commentId},
                      {"author_id", comment.author == 0 ? requester : comment.author},
                      {"public", comment.isPublic},
                      {"created_at", s(now)}};
        if (comment.html) {
            entry["html_body"] = s(comment.body);
            entry["body"] = s(comment.body);
            entry["plain_body"] = "";
        } else {
            entry["body"] = s(comment.body);
            entry["plain_body"] = s(comment.body);
            entry["html_body"] = s(QStringLiteral("<p>%1</p>").arg(comment.body.toHtmlEscaped()));
        }
        m_comments[id].append(entry);
    }
    return id;
}

void FakeZendesk::touch(qint64 id, const QString &subjectSuffix)
{
    json &ticket = m_tickets[id];
    ticket["subject"] = s(q(ticket["subject"]) + subjectSuffix);
    ticket["updated_at"] = s(stamp());
}

int FakeZendesk::privateNotesContaining(qint64 id, const QString &text)
{
    int n = 0;
    for (const json &comment : m_comments.value(id))
        n += !comment.value("public", true) && q(comment["body"]).contains(text) ? 1 : 0;
    return n;
}

json FakeZendesk::usersFor(const QList<qint64> &ids) const
{
    json users = json::array();
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (m_users.contains(id) && !seen.contains(id)) {
            seen.insert(id);
            users.push_back(m_users[id]);
        }
    }
    return users;
}

FakeReply FakeZendesk::handle(const FakeRequest &request)
{
    if (m_before)
        m_before(request);
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if ((!fault.method.isEmpty() && fault.method != request.method) || !request.path.contains(fault.pathContains))
            continue;
        const FakeReply reply = fault.reply;
        const bool apply = fault.afterApplying;
        if (--fault.times <= 0)
            m_faults.removeAt(i);
        if (apply)
            route(request);
        return reply;
    }
    return route(request);
}

FakeReply FakeZendesk::route(const FakeRequest &request)
{
    const QByteArray expected = "Basic " + (email + QStringLiteral("/token:") + token).toUtf8().toBase64();
    if (request.headers.value("authorization") != expected)
        return FakeReply::json(401, {{"error", "Couldn't authenticate you"}});

    static const QRegularExpression commentsPath(QStringLiteral("^/api/v2/tickets/(\\d+)/comments\\.json$"));
    static const QRegularExpression ticketPath(QStringLiteral("^/api/v2/tickets/(\\d+)\\.json$"));
    const QString base = url().toString();

    if (request.path == QLatin1String("/api/v2/incremental/tickets/cursor.json") && request.method == "GET") {
        const int perPage = std::clamp(request.queryValue(QStringLiteral("per_page")).toInt(), 1, 1000);
        qint64 afterTime = -1;
        qint64 afterId = 0;
        qint64 startTime = 0;
        const QString cursor = request.queryValue(QStringLiteral("cursor"));
        if (!cursor.isEmpty()) {
            if (!decodeCursor(cursor, &afterTime, &afterId))
                return FakeReply::json(400, {{"error", "InvalidCursor"}});
        } else {
            startTime = request.queryValue(QStringLiteral("start_time")).toLongLong();
        }
        QList<const json *> all;
        for (const json &ticket : std::as_const(m_tickets)) {
            const qint64 updated = parse(q(ticket["updated_at"])).toSecsSinceEpoch();
            const qint64 id = ticket["id"].get<qint64>();
            const bool after = cursor.isEmpty() ? updated >= startTime
                                                : (updated > afterTime || (updated == afterTime && id > afterId));
            if (after)
                all.append(&ticket);
        }
        std::sort(all.begin(), all.end(), [](const json *a, const json *b) {
            const QString ua = q((*a)["updated_at"]);
            const QString ub = q((*b)["updated_at"]);
            return ua != ub ? ua < ub : (*a)["id"].get<qint64>() < (*b)["id"].get<qint64>();
        });
        json tickets = json::array();
        QList<qint64> userIds;
        for (qsizetype i = 0; i < std::min<qsizetype>(perPage, all.size()); ++i) {
            tickets.push_back(*all.at(i));
            userIds.append((*all.at(i))["requester_id"].get<qint64>());
        }
        QString after = cursor;
        if (!tickets.empty()) {
            const json &last = tickets.back();
            after = encodeCursor(parse(q(last["updated_at"])).toSecsSinceEpoch(), last["id"].get<qint64>());
        } else if (after.isEmpty()) {
            after = encodeCursor(startTime, 0);
        }
        json body = {{"tickets", tickets},
                     {"after_cursor", s(after)},
                     {"before_cursor", nullptr},
                     {"after_url", s(base + QStringLiteral("/api/v2/incremental/tickets/cursor.json?cursor=") + after)},
                     {"end_of_stream", all.size() <= perPage}};
        if (request.queryValue(QStringLiteral("include")) == QLatin1String("users"))
            body["users"] = usersFor(userIds);
        return FakeReply::json(200, body);
    }

    if (const QRegularExpressionMatch match = commentsPath.match(request.path); match.hasMatch()) {
        const qint64 id = match.captured(1).toLongLong();
        if (!m_tickets.contains(id))
            return FakeReply::json(404, {{"error", "RecordNotFound"}});
        QList<json> list = m_comments.value(id);
        if (request.queryValue(QStringLiteral("sort_order")) == QLatin1String("desc"))
            std::reverse(list.begin(), list.end());
        const int perPage = request.query.hasQueryItem(QStringLiteral("per_page"))
            ? request.queryValue(QStringLiteral("per_page")).toInt()
            : commentsPerPage;
        const int page = std::max(1, request.queryValue(QStringLiteral("page")).toInt());
        json comments = json::array();
        QList<qint64> userIds;
        for (qsizetype i = (page - 1) * perPage; i < std::min<qsizetype>(list.size(), page * perPage); ++i) {
            comments.push_back(list.at(i));
            userIds.append(list.at(i)["author_id"].get<qint64>());
        }
        json body
            = {{"comments", comments}, {"count", list.size()}, {"next_page", nullptr}, {"previous_page", nullptr}};
        if (page * perPage < list.size()) {
            QUrl next(base + request.path);
            QUrlQuery query = request.query;
            query.removeAllQueryItems(QStringLiteral("page"));
            query.addQueryItem(QStringLiteral("page"), QString::number(page + 1));
            next.setQuery(query);
            body["next_page"] = s(next.toString());
        }
        if (request.queryValue(QStringLiteral("include")) == QLatin1String("users"))
            body["users"] = usersFor(userIds);
        return FakeReply::json(200, body);
    }

    if (const QRegularExpressionMatch match = ticketPath.match(request.path); match.hasMatch()) {
        const qint64 id = match.captured(1).toLongLong();
        if (!m_tickets.contains(id))
            return FakeReply::json(404, {{"error", "RecordNotFound"}});
        json &ticket = m_tickets[id];
        if (request.method == "GET")
            return FakeReply::json(200,
                                   {{"ticket", ticket}, {"users", usersFor({ticket["requester_id"].get<qint64>()})}});
        if (request.method != "PUT")
            return FakeReply::json(405, {{"error", "MethodNotAllowed"}});
        const json body = request.json();
        if (!body.is_object() || !body.contains("ticket"))
            return FakeReply::json(400, {{"error", "InvalidJSON"}});
        const json &update = body["ticket"];
        if (update.value("safe_update", false) && q(update.value("updated_stamp", json())) != q(ticket["updated_at"]))
            return FakeReply::json(409,
                                   {{"error", "UpdateConflict"},
                                    {"description",
                                     "Safe Update prevented the update due to outdated ticket "
                                     "data. Please fetch the latest ticket data and try again."}});
        if (update.contains("group_id"))
            ticket["group_id"] = update["group_id"];
        if (update.contains("tags"))
            ticket["tags"] = update["tags"];
        if (update.contains("custom_fields")) {
            for (const json &field : update["custom_fields"]) {
                bool replaced = false;
                for (json &existing : ticket["custom_fields"]) {
                    if (existing["id"] == field["id"]) {
                        existing["value"] = field["value"];
                        replaced = true;
                    }
                }
                if (!replaced)
                    ticket["custom_fields"].push_back(field);
            }
        }
        const QString now = stamp();
        if (update.contains("comment")) {
            const json &comment = update["comment"];
            m_comments[id].append(json {{"id", ++m_nextId},
                                        {"author_id", agentId},
                                        {"public", comment.value("public", true)},
                                        {"body", comment.value("body", std::string())},
                                        {"plain_body", comment.value("body", std::string())},
                                        {"html_body", "<p>note</p>"},
                                        {"created_at", s(now)}});
        }
        ticket["updated_at"] = s(now);
        return FakeReply::json(200, {{"ticket", ticket}});
    }

    static const QRegularExpression field(QStringLiteral("^/api/v2/ticket_fields/(\\d+)\\.json$"));
    if (const QRegularExpressionMatch match = field.match(request.path); match.hasMatch()) {
        const qint64 id = match.captured(1).toLongLong();
        if (!m_ticketFields.contains(id))
            return FakeReply::json(404, {{"error", "RecordNotFound"}});
        return FakeReply::json(200, {{"ticket_field", {{"id", id}, {"type", "tagger"}, {"title", "Category"}}}});
    }
    if (request.path == QLatin1String("/api/v2/groups.json")) {
        json groups = json::array();
        for (const json &group : std::as_const(m_groups))
            groups.push_back(group);
        return FakeReply::json(200, {{"groups", groups}, {"next_page", nullptr}, {"count", groups.size()}});
    }
    return FakeReply::json(404, {{"error", "InvalidEndpoint"}});
}

} // namespace RouteDesk::Test
