#pragma once

// Showing what the engine says in the interface language: its sentences (flag reasons, lines of "why", draft
// notes), the workspace's names of categories and specialists, and the helpdesk's words for tier and channel.

#include "model/enginetext.h"

#include <QCoreApplication>
#include <QString>

namespace RouteDesk {

class Workspace;

class EngineTexts
{
    Q_DECLARE_TR_FUNCTIONS(RouteDesk::EngineTexts)

public:
    // The sentence in the interface language; an unstructured one (stored before sentences were structured) as
    // it was stored. `workspace` may be null: names then stay as the engine wrote them.
    static QString text(const EngineText &text, const Workspace *workspace);
    // The category's / specialist's name in the interface language (the workspace's `names`), else its name,
    // else the id.
    static QString categoryName(const Workspace *workspace, const QString &id);
    static QString specialistName(const Workspace *workspace, const QString &id);
    // A helpdesk's customer tier and channel words ("pro", "email") in the interface language; a word RouteDesk
    // does not know is shown as given.
    static QString tierText(const QString &tier);
    static QString channelText(const QString &channel);
};

} // namespace RouteDesk
