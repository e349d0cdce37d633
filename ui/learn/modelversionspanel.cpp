#include "modelversionspanel.h"

#include "learn/learnstore.h"
#include "widgets/confirm.h"
#include "widgets/messagebanner.h"
#include "widgets/tables.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace RouteDesk {

using Tables::percent;

namespace {

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

ModelVersionsPanel::ModelVersionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
    , m_active(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_table(new QTableView(this))
    , m_refresh(new QPushButton(this))
    , m_activate(new QPushButton(this))
    , m_rollback(new QPushButton(this))
{
    setObjectName(QStringLiteral("modelVersionsPanel"));
    m_table->setObjectName(QStringLiteral("modelVersionsTable"));
    m_active->setObjectName(QStringLiteral("modelVersionsActive"));
    m_activate->setObjectName(QStringLiteral("modelVersionsActivate"));
    m_rollback->setObjectName(QStringLiteral("modelVersionsRollback"));
    m_refresh->setObjectName(QStringLiteral("modelVersionsRefresh"));
    m_banner->hide();
    m_active->setWordWrap(true);
    m_active->setTextFormat(Qt::PlainText);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_activate);
    buttons->addWidget(m_rollback);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_active);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_refresh, &QPushButton::clicked, this, &ModelVersionsPanel::refresh);
    connect(m_activate, &QPushButton::clicked, this, &ModelVersionsPanel::activateSelected);
    connect(m_rollback, &QPushButton::clicked, this, &ModelVersionsPanel::rollback);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ModelVersionsPanel::updateButtons);
    retranslateUi();
    updateButtons();
}

ModelVersionsPanel::~ModelVersionsPanel() = default;

QString ModelVersionsPanel::statusText(ModelStatus status)
{
    switch (status) {
    case ModelStatus::Candidate:
        return tr("candidate");
    case ModelStatus::Active:
        return tr("active");
    case ModelStatus::Retired:
        return tr("retired");
    }
    return QString();
}

void ModelVersionsPanel::setStore(const StoreLocation &location, const QString &actor)
{
    m_location = location;
    m_hasStore = true;
    m_actor = actor;
    m_store.reset();
    refresh();
}

DecisionStore *ModelVersionsPanel::store()
{
    if (!m_store && m_hasStore) {
        QString error;
        m_store = DecisionStore::open(m_location, &error);
        if (!m_store)
            m_banner->showMessage(tr("The store cannot be opened: %1").arg(error));
    }
    return m_store.get();
}

QString ModelVersionsPanel::errorText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

// Model versions are a handful of rows without their model JSON: read on the GUI thread.
void ModelVersionsPanel::refresh()
{
    DecisionStore *s = store();
    if (!s)
        return;
    const qint64 selected = selectedVersion();
    LearnStore learn(*s);
    const QList<ModelVersion> versions = learn.modelVersions();
    if (!learn.errorString().isEmpty()) {
        m_banner->showMessage(learn.errorString());
        return;
    }
    m_model->removeRows(0, m_model->rowCount());
    const ModelVersion *active = nullptr;
    for (const ModelVersion &v : versions) {
        if (v.status == ModelStatus::Active)
            active = &v;
        const nlohmann::json comparison = v.metrics.value("comparison", nlohmann::json::object());
        QString accuracy;
        if (comparison.value("held_out", 0) > 0)
            accuracy = tr("%1 (was %2 on %n ticket(s))", nullptr, comparison.value("held_out", 0))
                           .arg(percent(comparison["candidate"].value("accuracy", 0.0)),
                                percent(comparison["active"].value("accuracy", 0.0)));
        const QString status = statusText(v.status);
        auto *id = new QStandardItem(QString::number(v.id));
        id->setData(v.id, Qt::UserRole);
        auto *statusItem = new QStandardItem(status);
        statusItem->setData(modelStatusName(v.status), Qt::UserRole);
        m_model->appendRow(
            {id, statusItem, new QStandardItem(when(v.createdAt)), new QStandardItem(v.createdBy),
             new QStandardItem(v.activatedBy.isEmpty() ? QString()
                                                       : tr("%1, %2").arg(v.activatedBy, when(v.activatedAt))),
             new QStandardItem(accuracy), new QStandardItem(v.version)});
    }
    m_active->setText(
        active ? tr("The pipeline uses model version %1 (activated by %2).").arg(active->id).arg(active->activatedBy)
               : tr("No version is active: the pipeline uses the workspace's bundled model."));
    if (selected)
        selectVersion(selected);
    updateButtons();
}

qint64 ModelVersionsPanel::selectedVersion() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

void ModelVersionsPanel::selectVersion(qint64 id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
            return;
        }
    }
}

void ModelVersionsPanel::activateSelected()
{
    const qint64 id = selectedVersion();
    DecisionStore *s = store();
    if (id == 0 || !s)
        return;
    if (!confirm(this, tr("Activate a model version"),
                 tr("Route the team's new tickets with model version %1?").arg(id), tr("&Activate")))
        return;
    LearnStore learn(*s);
    if (!learn.activate(id, m_actor)) {
        m_banner->showMessage(learn.errorString());
        return;
    }
    m_banner->hide();
    refresh();
    emit activeModelChanged(id);
}

void ModelVersionsPanel::rollback()
{
    DecisionStore *s = store();
    if (!s)
        return;
    if (!confirm(this, tr("Roll back the model"),
                 tr("Go back to the model that was active before this one? New tickets are then routed with it."),
                 tr("&Roll back")))
        return;
    LearnStore learn(*s);
    qint64 now = 0;
    if (!learn.rollback(m_actor, &now)) {
        m_banner->showMessage(learn.errorString());
        return;
    }
    m_banner->hide();
    refresh();
    emit activeModelChanged(now);
}

void ModelVersionsPanel::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    bool activatable = false;
    bool anyActive = false;
    for (int row = 0; row < m_model->rowCount(); ++row)
        anyActive = anyActive || m_model->item(row, 1)->data(Qt::UserRole).toString() == QLatin1String("active");
    if (!rows.isEmpty())
        activatable = m_model->item(rows.first().row(), 1)->data(Qt::UserRole).toString() != QLatin1String("active");
    m_activate->setEnabled(activatable);
    m_rollback->setEnabled(anyActive);
}

void ModelVersionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_hasStore)
            refresh();
    }
    QWidget::changeEvent(event);
}

void ModelVersionsPanel::retranslateUi()
{
    m_refresh->setText(tr("Refresh"));
    m_activate->setText(tr("&Activate selected"));
    m_activate->setToolTip(tr("Make the selected version the model the pipeline uses (team leads)"));
    m_rollback->setText(tr("&Roll back"));
    m_rollback->setToolTip(tr("Go back to the model that was active before the current one (team leads)"));
    m_model->setHorizontalHeaderLabels(
        {tr("Version"), tr("Status"), tr("Created"), tr("By"), tr("Activated"), tr("Held-out accuracy"), tr("Model")});
}

} // namespace RouteDesk
