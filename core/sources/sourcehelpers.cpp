#include "sourcehelpers.h"

#include "model/modeljson.h"

namespace RouteDesk {

using nlohmann::json;

QString jsonText(const json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return {};
    if (it->is_string())
        return fromStd(it->get<std::string>());
    if (it->is_number_integer())
        return QString::number(it->get<qint64>());
    if (it->is_number())
        return QString::number(it->get<double>());
    if (it->is_boolean())
        return it->get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    return fromStd(it->dump());
}

void setQuery(QUrl *url, const QList<std::pair<QString, QString>> &items)
{
    QByteArray query;
    for (const auto &[key, value] : items) {
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    url->setQuery(query.isEmpty() ? QString() : QString::fromLatin1(query), QUrl::StrictMode);
}

QList<std::pair<QString, QString>> queryItems(const QUrl &url)
{
    QList<std::pair<QString, QString>> items;
    const QString query = url.query(QUrl::FullyEncoded);
    if (query.isEmpty())
        return items;
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const QString key = equals < 0 ? pair : pair.left(equals);
        const QString value = equals < 0 ? QString() : pair.mid(equals + 1);
        items.append({QUrl::fromPercentEncoding(key.toLatin1()), QUrl::fromPercentEncoding(value.toLatin1())});
    }
    return items;
}

bool collectionPage(const HttpResponse &response, const char *arrayKey, json *items, int *pages, QString *error)
{
    json body;
    if (!response.json(&body, error))
        return false;
    const auto it = body.is_object() ? body.find(arrayKey) : body.end();
    if (!body.is_object() || it == body.end() || !it->is_array()) {
        if (error)
            *error = QStringLiteral("unexpected answer to %1: no \"%2\" list")
                         .arg(response.request, QLatin1String(arrayKey));
        return false;
    }
    *items = std::move(*it);
    *pages = 1;
    if (const auto p = body.find("pages"); p != body.end() && p->is_number())
        *pages = std::max(1, static_cast<int>(p->get<double>()));
    return true;
}

SourcePage::Error pageErrorFor(const HttpResponse &response)
{
    switch (response.error) {
    case HttpError::AuthenticationFailed:
        return SourcePage::Error::Authentication;
    case HttpError::Cancelled:
        return SourcePage::Error::Cancelled;
    default:
        return response.transient() ? SourcePage::Error::Transient : SourcePage::Error::Failed;
    }
}

SourcePage failedPage(SourcePage page, SourcePage::Error error, const QString &message)
{
    page.error = error;
    page.errorString = message;
    return page;
}

HttpOptions httpOptionsFor(const SourceConfig &config)
{
    HttpOptions options;
    options.timeoutMs = config.timeoutMs;
    options.retry.maxAttempts = config.maxAttempts;
    return options;
}

} // namespace RouteDesk
