#pragma once

// Optional drafting through an OpenAI-compatible chat-completions endpoint: POST {base}/chat/completions with
// {"model", "messages": [system, user]}. Off unless a URL and a model are configured. The API key comes from
// ROUTEDESK_LLM_API_KEY or the system keychain (`secret-tool lookup service routedesk key llm`) and is never
// logged nor put in an error message.

#include "draft.h"

#include <QString>
#include <QUrl>

namespace RouteDesk {

struct LlmConfig
{
    QUrl baseUrl; // "https://api.example/v1": the client appends /chat/completions
    QString model;
    QString apiKey; // may be empty for local servers
    int timeoutMs = 30000;
    double temperature = 0.2;

    bool isEnabled() const { return baseUrl.isValid() && !baseUrl.isEmpty() && !model.isEmpty(); }

    // ROUTEDESK_LLM_URL and ROUTEDESK_LLM_MODEL override the settings' values; the key from
    // ROUTEDESK_LLM_API_KEY, else the keychain when secret-tool is installed. ROUTEDESK_LLM_TIMEOUT_MS optional.
    static LlmConfig resolve(const QString &settingsUrl = {}, const QString &settingsModel = {});
    // The key from the keychain via secret-tool, or empty (no secret-tool, no entry, or it took over 3 s).
    static QString keyFromKeychain();
};

class LlmClient : public DraftingBackend
{
public:
    explicit LlmClient(LlmConfig config);

    QString name() const override;
    // Blocks the calling thread (a local event loop) until the answer, an error or the time-out.
    bool complete(const DraftRequest &request, QString *text, QString *error) const override;

    const LlmConfig &config() const { return m_config; }

private:
    QString scrub(const QString &text) const; // removes the key wherever it appears

    LlmConfig m_config;
};

} // namespace RouteDesk
