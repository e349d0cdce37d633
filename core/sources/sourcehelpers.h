#pragma once

// Small pieces the helpdesk connectors share (internal to core/sources).

#include "httpclient.h"
#include "ticketsource.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <utility>

namespace RouteDesk {

// A JSON value as text: strings as they are, numbers printed, absent/null empty.
QString jsonText(const nlohmann::json &object, const char *key);

// Sets the query of `url` with every key and value fully percent-encoded (QUrlQuery leaves '+' alone, which servers
// read as a space). Keys may repeat.
void setQuery(QUrl *url, const QList<std::pair<QString, QString>> &items);
QList<std::pair<QString, QString>> queryItems(const QUrl &url);

// The `arrayKey` array of a collection answer and its page count ("pages"; 1 when absent). False with *error for a
// body that is not JSON or has no such array.
bool collectionPage(const HttpResponse &response, const char *arrayKey, nlohmann::json *items, int *pages,
                    QString *error);

SourcePage::Error pageErrorFor(const HttpResponse &response);
SourcePage failedPage(SourcePage page, SourcePage::Error error, const QString &message);

HttpOptions httpOptionsFor(const SourceConfig &config);

} // namespace RouteDesk
