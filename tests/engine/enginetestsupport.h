#pragma once

// Shared by the engine tests: the demo workspace, a real classifier for it, and ticket files.

#include "pipeline/pipeline.h"
#include "workspace/workspace.h"

#include "classify/textclassifier.h"
#include "model/ticket.h"

#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

#include <memory>

namespace RouteDesk::Test {

// The embedded demo workspace (fails the test run with a message when it does not load).
std::shared_ptr<const Workspace> demoWorkspace();
// The shipped demo model (:/demo/model.json); before one is shipped, a model trained once per test process on
// resources/demo/history.jsonl with the default options.
std::shared_ptr<const TextClassifier> demoClassifier();
// A pipeline on both.
std::shared_ptr<const Pipeline> demoPipeline();

// Workspace JSON from a document: the demo workspace parsed, for tests that change a field and reload.
nlohmann::json demoWorkspaceJson();
std::unique_ptr<Workspace> workspaceFrom(const nlohmann::json &document, QString *error);

// Every ticket of a JSON Lines file, by id.
QList<Ticket> readTickets(const QString &path);
Ticket ticketWith(const QString &subject, const QString &body,
                  const QString &created = QStringLiteral("2026-11-20T10:00:00Z"));

} // namespace RouteDesk::Test
