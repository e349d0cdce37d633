#pragma once

#include "learn/learnstore.h"
#include "store/decisionstore.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace RouteDesk {

class MessageBanner;

// The model versions kept in the store: status, who trained and activated them, their held-out accuracy against
// the model they were compared with; Activate the selected one or Roll back to the one before (team leads; the
// database refuses agents and the refusal is shown).
class ModelVersionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ModelVersionsPanel(QWidget *parent = nullptr);
    ~ModelVersionsPanel() override;

    // "candidate", "active", "retired" in the interface's language.
    static QString statusText(ModelStatus status);

    void setStore(const StoreLocation &location, const QString &actor);
    void refresh();
    QStandardItemModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString errorText() const;

    qint64 selectedVersion() const;
    void selectVersion(qint64 id);
    void activateSelected();
    void rollback();

signals:
    void activeModelChanged(qint64 versionId); // 0: the workspace's bundled model

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    DecisionStore *store();

    StoreLocation m_location;
    bool m_hasStore = false;
    QString m_actor;
    std::unique_ptr<DecisionStore> m_store;
    MessageBanner *m_banner;
    QLabel *m_active;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QPushButton *m_refresh;
    QPushButton *m_activate;
    QPushButton *m_rollback;
};

} // namespace RouteDesk
