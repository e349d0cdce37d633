#pragma once

#include "review/reviewdata.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;
class QToolBar;

namespace RouteDesk {

class ConfusionModel;
class RateChart;
class ReportTableModel;

// The team lead's review: overrides (who, when, suggested vs final, reason, ticket), the predicted-by-final
// confusion matrix as a heat map whose cells open the tickets behind them, per-category accuracy and override
// rate, the override rate over time, escalations by reason; filterable by period, agent and category; what is
// shown exports as CSV. The numbers are DecisionStore queries, read on a worker thread with its own connection.
//
// Extensible: other features add actions to toolBar() (e.g. "Retrain") and sections with addSection().
class ReviewView : public QWidget
{
    Q_OBJECT

public:
    enum class Period { AllTime, Today, Last7Days, Last30Days, Last90Days };

    explicit ReviewView(QWidget *parent = nullptr);
    ~ReviewView() override;

    void setStore(const StoreLocation &location);
    // No store to review (it could not be opened): nothing of the one before stays on screen, and the summary says
    // why.
    void clearStore(const QString &reason);
    void setTaxonomy(const Taxonomy &taxonomy);
    // Reads the store again for the current filter (in the background; refreshed() when done).
    void refresh();
    bool isRefreshing() const { return m_watcher != nullptr; }

    PeriodFilter currentFilter() const;
    void setPeriod(Period period);
    void setAgent(const QString &agent); // empty: every agent
    void setCategory(const QString &category); // empty: every category

    const ReviewData &data() const { return m_data; }
    QToolBar *toolBar() const { return m_toolBar; }
    QTabWidget *sections() const { return m_sections; }
    // Adds a section; `exportModel` (may be null) is what "Export CSV" writes while the section is shown.
    void addSection(QWidget *section, const QString &title, QAbstractItemModel *exportModel);

    ReportTableModel *overridesModel() const { return m_overrides; }
    ConfusionModel *confusionModel() const { return m_confusion; }
    ReportTableModel *categoriesModel() const { return m_categories; }
    ReportTableModel *rateModel() const { return m_rate; }
    ReportTableModel *escalationsModel() const { return m_escalations; }
    QTableView *confusionView() const { return m_confusionView; }

    // Writes the shown section as CSV; false with *error.
    bool exportCsv(const QString &path, QString *error) const;
    // Asks the store for the tickets behind a confusion cell and emits ticketsRequested.
    void openConfusionCell(const QModelIndex &index);

signals:
    void refreshed();
    void ticketsRequested(const QList<qint64> &ticketIds, const QString &label);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillFilters();
    void show(const ReviewData &data);
    QString categoryName(const QString &id) const;
    QString reasonText(const QString &code) const;
    void exportShown();

    StoreLocation m_location;
    bool m_hasStore = false;
    QString m_noStoreReason; // why there is no store, when one could not be opened
    std::unique_ptr<DecisionStore> m_store; // GUI-thread connection for drill-downs
    Taxonomy m_taxonomy;
    ReviewData m_data;
    QFutureWatcher<ReviewData> *m_watcher = nullptr;
    bool m_refreshAgain = false;
    bool m_filling = false;

    QToolBar *m_toolBar;
    QAction *m_refresh;
    QAction *m_export;
    QLabel *m_periodLabel;
    QComboBox *m_period;
    QLabel *m_agentLabel;
    QComboBox *m_agent;
    QLabel *m_categoryLabel;
    QComboBox *m_category;
    QLabel *m_summary;
    QTabWidget *m_sections;
    QHash<QWidget *, QAbstractItemModel *> m_exportModels;
    ReportTableModel *m_overrides;
    ConfusionModel *m_confusion;
    ReportTableModel *m_categories;
    ReportTableModel *m_rate;
    ReportTableModel *m_escalations;
    QTableView *m_overridesView;
    QTableView *m_confusionView;
    QLabel *m_confusionHint;
    QTableView *m_categoriesView;
    RateChart *m_chart;
    QTableView *m_rateView;
    QTableView *m_escalationsView;
};

} // namespace RouteDesk
