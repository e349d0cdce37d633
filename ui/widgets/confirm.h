#pragma once

// A deliberate second step for what changes the whole team's routing (activating or rolling back a model): a
// question whose default answer is Cancel, so Enter never confirms by accident.

#include <QString>

class QWidget;

namespace RouteDesk {

// True when the user chose `yesText`. The box is named "confirmDialog" and its yes button "confirmYes" (tests).
bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &yesText);

} // namespace RouteDesk
