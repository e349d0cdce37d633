#include "settingsdialog.h"

#include "language.h"
#include "store/decisionstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace RouteDesk {

namespace {

QWidget *withButton(QWidget *parent, QLineEdit *edit, QPushButton *button)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_demo(new QCheckBox(this))
    , m_workspaceLabel(new QLabel(this))
    , m_workspace(new QLineEdit(this))
    , m_workspaceBrowse(new QPushButton(this))
    , m_modelLabel(new QLabel(this))
    , m_model(new QLineEdit(this))
    , m_modelBrowse(new QPushButton(this))
    , m_storeLabel(new QLabel(this))
    , m_store(new QLineEdit(this))
    , m_storeBrowse(new QPushButton(this))
    , m_storeHint(new QLabel(this))
    , m_sourceLabel(new QLabel(this))
    , m_source(new QLineEdit(this))
    , m_sourceBrowse(new QPushButton(this))
    , m_thresholdLabel(new QLabel(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_agentLabel(new QLabel(this))
    , m_agent(new QLineEdit(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_llmUrlLabel(new QLabel(this))
    , m_llmUrl(new QLineEdit(this))
    , m_llmModelLabel(new QLabel(this))
    , m_llmModel(new QLineEdit(this))
    , m_llmHint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_demo->setObjectName(QStringLiteral("useDemo"));
    m_workspace->setObjectName(QStringLiteral("workspacePath"));
    m_model->setObjectName(QStringLiteral("modelPath"));
    m_store->setObjectName(QStringLiteral("storeLocation"));
    m_source->setObjectName(QStringLiteral("sourceDocument"));
    m_threshold->setObjectName(QStringLiteral("confidenceThreshold"));
    m_agent->setObjectName(QStringLiteral("agentName"));
    m_language->setObjectName(QStringLiteral("language"));
    m_llmUrl->setObjectName(QStringLiteral("llmUrl"));
    m_llmModel->setObjectName(QStringLiteral("llmModel"));
    m_llmHint->setObjectName(QStringLiteral("llmHint"));
    m_llmHint->setWordWrap(true);
    m_llmHint->setForegroundRole(QPalette::PlaceholderText);
    m_storeHint->setWordWrap(true);
    m_storeHint->setForegroundRole(QPalette::PlaceholderText);
    m_threshold->setRange(0.0, 1.0);
    m_threshold->setSingleStep(0.05);
    m_threshold->setDecimals(2);

    m_demo->setChecked(settings.useDemo);
    m_workspace->setText(settings.workspacePath);
    m_model->setText(settings.modelPath);
    m_storeSetting = settings.store;
    m_store->setText(StoreLocation::withoutPassword(settings.store));
    m_source->setText(settings.sourcePath);
    m_threshold->setValue(settings.confidenceThreshold);
    m_agent->setText(settings.agent);
    m_agent->setPlaceholderText(AppSettings::defaultAgent());
    m_llmUrl->setText(settings.llmUrl);
    m_llmModel->setText(settings.llmModel);

    auto *form = new QFormLayout;
    form->addRow(QString(), m_demo);
    form->addRow(m_workspaceLabel, withButton(this, m_workspace, m_workspaceBrowse));
    form->addRow(m_modelLabel, withButton(this, m_model, m_modelBrowse));
    form->addRow(m_storeLabel, withButton(this, m_store, m_storeBrowse));
    form->addRow(QString(), m_storeHint);
    form->addRow(m_sourceLabel, withButton(this, m_source, m_sourceBrowse));
    form->addRow(m_thresholdLabel, m_threshold);
    form->addRow(m_agentLabel, m_agent);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_llmUrlLabel, m_llmUrl);
    form->addRow(m_llmModelLabel, m_llmModel);
    form->addRow(QString(), m_llmHint);
    m_workspaceLabel->setBuddy(m_workspace);
    m_modelLabel->setBuddy(m_model);
    m_storeLabel->setBuddy(m_store);
    m_sourceLabel->setBuddy(m_source);
    m_thresholdLabel->setBuddy(m_threshold);
    m_agentLabel->setBuddy(m_agent);
    m_languageLabel->setBuddy(m_language);
    m_llmUrlLabel->setBuddy(m_llmUrl);
    m_llmModelLabel->setBuddy(m_llmModel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    retranslateUi();
    const int language = m_language->findData(settings.language);
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    updateEnabled();

    connect(m_demo, &QCheckBox::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_store, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_workspace, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_llmUrl, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_llmModel, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_workspaceBrowse, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Workspace file"), m_workspace->text(), tr("Workspace (*.json)"));
        if (!path.isEmpty())
            m_workspace->setText(path);
    });
    connect(m_modelBrowse, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Model file"), m_model->text(), tr("Model (*.json)"));
        if (!path.isEmpty())
            m_model->setText(path);
    });
    connect(m_storeBrowse, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Store file"), m_store->text(), tr("SQLite store (*.sqlite *.db)"),
                                           nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_store->setText(path);
    });
    connect(m_sourceBrowse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Helpdesk source"), m_source->text(),
                                                          tr("Source document (*.json)"));
        if (!path.isEmpty())
            m_source->setText(path);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    s.useDemo = m_demo->isChecked() || m_workspace->text().trimmed().isEmpty();
    s.workspacePath = m_workspace->text().trimmed();
    s.modelPath = m_model->text().trimmed();
    // The field shows the setting without its password; unchanged, the session keeps using the setting as given.
    s.store = m_store->text().trimmed() == StoreLocation::withoutPassword(m_storeSetting).trimmed()
        ? m_storeSetting.trimmed()
        : m_store->text().trimmed();
    s.sourcePath = m_source->text().trimmed();
    s.confidenceThreshold = m_threshold->value();
    s.agent = m_agent->text().trimmed();
    s.language = m_language->currentData().toString();
    s.llmUrl = m_llmUrl->text().trimmed();
    s.llmModel = m_llmModel->text().trimmed();
    return s;
}

void SettingsDialog::updateEnabled()
{
    const bool custom = !m_demo->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_workspace), static_cast<QWidget *>(m_workspaceBrowse),
                       static_cast<QWidget *>(m_model), static_cast<QWidget *>(m_modelBrowse),
                       static_cast<QWidget *>(m_store), static_cast<QWidget *>(m_storeBrowse)})
        w->setEnabled(custom);
    validate();
}

void SettingsDialog::validate()
{
    QString problem;
    if (!m_demo->isChecked()) {
        if (m_workspace->text().trimmed().isEmpty())
            problem = tr("Choose a workspace file, or use the demo workspace.");
        StoreLocation location;
        QString error;
        if (problem.isEmpty() && !m_store->text().trimmed().isEmpty()
            && !StoreLocation::parse(m_store->text(), &location, &error))
            problem = tr("The store is not usable: %1").arg(error);
        if (problem.isEmpty() && !location.password.isEmpty())
            problem = tr("Leave the password out of the store URL: RouteDesk reads it from ~/.pgpass (or the file "
                         "PGPASSFILE names) and never saves or shows it.");
    }
    QString llmProblem;
    const QString llmUrl = m_llmUrl->text().trimmed();
    if (!llmUrl.isEmpty()) {
        const QUrl url(llmUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty())
            llmProblem = tr("The drafting endpoint must be an http or https URL, such as https://api.example/v1.");
        else if (!url.password().isEmpty())
            llmProblem = tr("Leave the key out of the URL: RouteDesk reads it from ROUTEDESK_LLM_API_KEY or the "
                            "keychain and never saves it.");
    }
    if (llmProblem.isEmpty() && llmUrl.isEmpty() != m_llmModel->text().trimmed().isEmpty())
        llmProblem = tr("Give both the endpoint and the model, or neither for template drafts.");
    m_llmHint->setText(llmProblem.isEmpty()
                           ? tr("Drafts come from this chat-completions endpoint; the API key from the environment "
                                "(ROUTEDESK_LLM_API_KEY) or the keychain (secret-tool, service routedesk, key llm), "
                                "never from the settings. Empty: template drafts.")
                           : llmProblem);
    m_storeHint->setText(problem.isEmpty()
                             ? tr("A SQLite file, or postgresql://user@host:5432/database for a team store. "
                                  "Empty: %1")
                                   .arg(StoreLocation::defaultSqlitePath())
                             : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && llmProblem.isEmpty());
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_demo->setText(tr("Use the &demo workspace (with its own demo store)"));
    m_workspaceLabel->setText(tr("&Workspace file:"));
    m_modelLabel->setText(tr("&Model file:"));
    m_model->setPlaceholderText(tr("Empty: the model shipped with the demo"));
    m_storeLabel->setText(tr("&Store:"));
    m_store->setPlaceholderText(StoreLocation::defaultSqlitePath());
    m_sourceLabel->setText(tr("Helpdesk so&urce:"));
    m_source->setPlaceholderText(tr("Optional: a source document for Sync and write-backs"));
    m_sourceBrowse->setText(tr("Browse…"));
    m_sourceBrowse->setAccessibleName(tr("Browse for a helpdesk source document"));
    m_thresholdLabel->setText(tr("&Confidence threshold:"));
    m_threshold->setSpecialValueText(tr("the model's own"));
    m_threshold->setToolTip(tr("Below this confidence a ticket is flagged for a person and its confidence bar "
                               "in the queue is amber. 0: the threshold the model chose for its target accuracy."));
    m_agentLabel->setText(tr("&Agent name:"));
    m_languageLabel->setText(tr("&Language:"));
    m_llmUrlLabel->setText(tr("Drafting &endpoint:"));
    m_llmUrl->setPlaceholderText(tr("Optional: https://api.example/v1"));
    m_llmModelLabel->setText(tr("Drafting m&odel:"));
    m_llmModel->setPlaceholderText(tr("Optional: the model's name"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    for (QPushButton *b : {m_workspaceBrowse, m_modelBrowse, m_storeBrowse})
        b->setText(tr("Browse…"));
    m_workspaceBrowse->setAccessibleName(tr("Browse for a workspace file"));
    m_modelBrowse->setAccessibleName(tr("Browse for a model file"));
    m_storeBrowse->setAccessibleName(tr("Browse for a store file"));
    const QString language = m_language->currentData().toString();
    m_language->clear();
    m_language->addItem(tr("System default"), QString());
    for (const QString &code : Language::available())
        m_language->addItem(Language::nativeName(code), code);
    const int index = m_language->findData(language);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
    validate();
}

} // namespace RouteDesk
