#pragma once

#include <QString>

namespace RouteDesk {

// What the user sets in the settings dialog, persisted with QSettings (organisation "RouteDesk").
struct AppSettings
{
    bool useDemo = true; // the embedded demo workspace, with its own store (demo.sqlite in the data folder)
    QString workspacePath; // a workspace JSON file (when not the demo)
    QString modelPath; // a model file trained for that workspace; empty: the demo model
    QString store; // a SQLite file or a postgresql:// URL; empty: StoreLocation::defaultSqlitePath()
    QString sourcePath; // a helpdesk source document (docs/connectors.md) for Sync and write-backs; empty: none
    double confidenceThreshold = 0.0; // 0: the model's own threshold; else overrides the workspace's
    QString agent; // recorded with every action; empty: the login name
    QString language; // "de", "fr", "es", "en"; empty: the system locale
    // LLM drafting (docs: an OpenAI-compatible chat-completions endpoint); both set: drafts come from the model.
    // The API key is never a setting: ROUTEDESK_LLM_API_KEY or the keychain (LlmConfig::resolve).
    QString llmUrl; // "https://api.example/v1"
    QString llmModel;

    static AppSettings load();
    void save() const;
    // The login name, or "agent" when none is known.
    static QString defaultAgent();
    QString effectiveAgent() const { return agent.trimmed().isEmpty() ? defaultAgent() : agent.trimmed(); }
    // The store setting in force for a real workspace, and the demo store's file.
    QString effectiveStore() const;
    static QString demoStorePath();

    friend bool operator==(const AppSettings &, const AppSettings &) = default;
};

} // namespace RouteDesk
