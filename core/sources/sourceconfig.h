#pragma once

#include <QMap>
#include <QString>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <optional>

namespace RouteDesk {

// Where a secret (password, API token) comes from. The source document names it; it never contains it.
struct SecretReference
{
    QString environment; // name of an environment variable ("RT_PASSWORD")
    QString keychain; // key in the system keychain: `secret-tool lookup service routedesk key <keychain>`

    bool isEmpty() const { return environment.isEmpty() && keychain.isEmpty(); }
    // "the environment variable RT_PASSWORD" / "the keychain entry 'rt-prod'": for messages.
    QString describe() const;
    // Fetches the secret. False with *error (naming where it looked, never the value) when it is not there.
    bool resolve(QString *secret, QString *error) const;
};

// A ticket source as described by its JSON document, validated. See docs/connectors.md for every field.
//   {"type":"file","path":"tickets.jsonl"}
//   {"type":"rt","url":"http://127.0.0.1:8091","username":"root","password_env":"RT_PASSWORD",
//    "query":"Queue = 'General' AND Status = 'new'","queue_map":{"billing":"Billing"},"escalation_queue":"Escalations"}
//   {"type":"zendesk","subdomain":"acme","email":"ana@acme.com","token_env":"ZENDESK_TOKEN",
//    "group_map":{"billing":360001},"escalation_group":360009}
struct SourceConfig
{
    enum class Type { File, RequestTracker, Zendesk };
    Type type = Type::File;

    // file
    QString path; // absolute after parse() (relative paths are resolved against the document's folder)
    QString format; // "", "csv", "jsonl" or "json": overrides the extension

    // rt and zendesk
    QUrl url; // RT: the web root; Zendesk: the API base ("https://acme.zendesk.com" or base_url)
    QString username; // RT user name, Zendesk agent e-mail
    SecretReference secret; // RT password (or token with rt "auth":"token"), Zendesk API token
    bool tokenAuth = false; // RT: send "Authorization: token <secret>" instead of Basic
    QMap<QString, QString> routeMap; // category id -> RT queue name / Zendesk group (id or name)
    QString escalationTarget; // RT queue / Zendesk group for escalations
    int pageSize = 100;
    int timeoutMs = 30'000;
    int maxAttempts = 5;

    // rt
    QString query; // TicketSQL; empty: every ticket
    QString categoryField = QStringLiteral("Category"); // custom field set to the final category
    // The document names categoryField. When it does not, the default field is used only where RT has it: a stock RT
    // lacks it, and that is not worth a warning or a line in every note.
    bool categoryFieldNamed = false;
    QString timeZone = QStringLiteral("UTC"); // the RT user's time zone: RT reads TicketSQL dates in it

    // zendesk
    QString subdomain;
    qint64 categoryFieldId = 0; // custom ticket field set to the category (0: none)
    QString tagPrefix = QStringLiteral("routedesk_");
    qint64 startTime = 0; // unix time the first pull starts from

    nlohmann::json document; // the document as given (it holds no secrets: parse() refuses them)

    // "file:/abs/tickets.jsonl", "rt:http://127.0.0.1:8091", "zendesk:acme" or "zendesk:<base url>": the source
    // string of the tickets this source brings in, and the key of its sync cursor.
    QString sourceId() const;
    bool supportsWriteback() const { return type != Type::File; }
    QString typeName() const;

    // Validates a source document. On error returns false and *error names the field ("\"url\": required").
    // `baseDir` resolves a relative file path (the folder of the document, or the current folder).
    static bool parse(const nlohmann::json &document, const QString &baseDir, SourceConfig *config, QString *error);
    static bool parseText(const QByteArray &text, const QString &baseDir, SourceConfig *config, QString *error);
    // Reads and validates a SOURCE.json file; errors start with the file name.
    static bool load(const QString &path, SourceConfig *config, QString *error);
};

} // namespace RouteDesk
