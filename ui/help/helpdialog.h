#pragma once

#include <QDialog>

class QAction;
class QTabWidget;
class QTableWidget;

namespace RouteDesk {

// Help → Keyboard shortcuts and Help → Flag icons: the window's shortcuts, read from its actions (so the list is
// what the keys do), and a legend of every escalation flag's icon with its name and meaning.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Shortcuts, Flags };

    HelpDialog(const QList<QAction *> &actions, Page page, QWidget *parent = nullptr);

    QTableWidget *shortcutsTable() const { return m_shortcuts; }
    QTableWidget *flagsTable() const { return m_flags; }
    void showPage(Page page);

    // One sentence on what a flag means, for the legend.
    static QString flagMeaning(const QString &code);

private:
    void fill(const QList<QAction *> &actions);

    QTabWidget *m_tabs;
    QTableWidget *m_shortcuts;
    QTableWidget *m_flags;
};

} // namespace RouteDesk
