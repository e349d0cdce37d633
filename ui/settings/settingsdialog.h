#pragma once

#include "appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace RouteDesk {

// Workspace file, model, store (SQLite file or PostgreSQL URL), thresholds, the agent's name, the interface
// language and LLM drafting (endpoint and model; the key never: it comes from the environment or the keychain). Returns
// the edited settings; the caller saves and applies them.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);

    AppSettings settings() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateEnabled();
    void validate();

    QCheckBox *m_demo;
    QLabel *m_workspaceLabel;
    QLineEdit *m_workspace;
    QPushButton *m_workspaceBrowse;
    QLabel *m_modelLabel;
    QLineEdit *m_model;
    QPushButton *m_modelBrowse;
    QLabel *m_storeLabel;
    QLineEdit *m_store; // never shows a password: see m_storeSetting
    QString m_storeSetting; // the store setting as given, which may carry a password from an older settings file
    QPushButton *m_storeBrowse;
    QLabel *m_storeHint;
    QLabel *m_sourceLabel;
    QLineEdit *m_source;
    QPushButton *m_sourceBrowse;
    QLabel *m_thresholdLabel;
    QDoubleSpinBox *m_threshold;
    QLabel *m_agentLabel;
    QLineEdit *m_agent;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_llmUrlLabel;
    QLineEdit *m_llmUrl;
    QLabel *m_llmModelLabel;
    QLineEdit *m_llmModel;
    QLabel *m_llmHint;
    QDialogButtonBox *m_buttons;
};

} // namespace RouteDesk
