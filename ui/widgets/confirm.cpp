#include "confirm.h"

#include <QMessageBox>
#include <QPushButton>

namespace RouteDesk {

bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &yesText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("confirmDialog"));
    QPushButton *yes = box.addButton(yesText, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmYes"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace RouteDesk
