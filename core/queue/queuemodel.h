#pragma once

#include "model/category.h"
#include "model/routingdecision.h"
#include "store/decisionstore.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

#include <functional>
#include <vector>

namespace RouteDesk {

class QueueTexts;

// One queue row with everything the view shows already computed, so that painting, sorting and filtering never
// build strings or touch the store. Built from a QueueEntry by QueueModel::makeRow().
struct QueueRow
{
    qint64 ticketId = 0;
    QString externalId;
    QString subject;
    QString requester; // name, or the address when there is no name
    QString requesterEmail;
    QString priority; // the helpdesk's word
    int priorityRank = 4; // urgent 0, high 1, normal 2, low 3, anything else 4
    qint64 createdMs = 0; // ms since epoch, 0 when unknown
    QString category; // suggested category id, empty when unrouted or out of scope
    bool routed = false;
    double confidence = 0.0;
    QList<EscalationFlag> flags;
    TicketState state = TicketState::New;
    QString finalCategory; // after an accept or override
    QString writeback; // "none", "pending", "done", "failed", "conflict"

    // Display strings, refreshed by QueueModel::retranslate() and refreshAges().
    QString priorityText;
    QString ageText;
    QString categoryText; // the final category when an override changed it, with the suggestion
    QString confidenceText;
    QString flagsToolTip;
    QString stateText;

    // Case-folded keys for sorting and the free-text filter.
    QString subjectKey;
    QString requesterKey;
    QString categoryKey;
    QString haystack; // external id, subject, requester, address, category id and name
};

// The agent's queue: one row per ticket, in the store's order. Rows are replaced as a whole (setRows: a reset)
// or one at a time after an action (updateEntry: dataChanged); the model never inserts or removes single rows.
// Sorting and filtering are QueueProxyModel's job.
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PriorityColumn,
        AgeColumn,
        SubjectColumn,
        RequesterColumn,
        CategoryColumn,
        ConfidenceColumn,
        FlagsColumn,
        StateColumn,
        ColumnCount
    };
    enum Role {
        TicketIdRole = Qt::UserRole + 1, // qint64
        ConfidenceRole, // double in [0, 1]; -1 when unrouted
        FlagCodesRole, // QStringList of escalation codes
        FlagReasonsRole, // QStringList, parallel to FlagCodesRole
        StateRole, // int(TicketState)
        CategoryIdRole, // suggested category id
        CreatedRole, // QDateTime
        LowConfidenceRole, // bool: flagged low_confidence (the escalation policy's threshold for this ticket)
        FinalCategoryIdRole, // final category id after an accept or override; empty otherwise
    };
    Q_ENUM(Column)

    explicit QueueModel(QObject *parent = nullptr);
    ~QueueModel() override;

    // The taxonomy gives categories their display names; set it before setRows (or call retranslate()).
    void setTaxonomy(const Taxonomy &taxonomy);
    const Taxonomy &taxonomy() const { return m_taxonomy; }

    // Converts store entries to rows. Consumes `entries` (each entry is freed once converted, which keeps the peak
    // memory of a large queue close to the rows alone). Thread-safe: call it from the worker that read the store.
    static std::vector<QueueRow> makeRows(QList<QueueEntry> &&entries, const Taxonomy &taxonomy, const QDateTime &now);
    static QueueRow makeRow(const QueueEntry &entry, const Taxonomy &taxonomy, const QDateTime &now);

    // Replaces every row (model reset).
    void setRows(std::vector<QueueRow> rows);
    // Replaces the row of entry.ticket.id (dataChanged); false when the ticket is not in the queue.
    bool updateEntry(const QueueEntry &entry);
    int rowOfTicket(qint64 ticketId) const; // -1 when absent
    const QueueRow &row(int row) const { return m_rows[size_t(row)]; }
    int size() const { return int(m_rows.size()); }
    // Counts by state, for the status bar.
    int countInState(TicketState state) const;

    // An engine sentence (a flag's reason, a line of "why") in the interface language: categories with the
    // taxonomy's names in it, flags with flagText(), specialists through `specialistName` (id -> name; the
    // English name when not given).
    static QString engineText(const EngineText &text, const Taxonomy &taxonomy,
                              const std::function<QString(const QString &)> &specialistName = {});
    // A flag's reason in the interface language.
    static QString flagReason(const EscalationFlag &flag, const Taxonomy &taxonomy);

    // Re-builds the translated display strings (after a language change).
    void retranslate();
    // Re-computes the age column against `now`.
    void refreshAges(const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(TicketState state);
    static QString priorityText(const QString &priority);
    static QString ageText(qint64 createdMs, qint64 nowMs);
    static QString flagText(const QString &code);
    // A flag as one line, "Legal threat: the ticket mentions ...", without repeating the flag's name when the reason
    // already starts with or names it.
    static QString flagLine(const QString &code, const QString &reason);

private:
    static void fillTexts(QueueRow *row, QueueTexts &texts, qint64 nowMs);
    static QueueRow makeRow(const QueueEntry &entry, QueueTexts &texts, qint64 nowMs);

    std::vector<QueueRow> m_rows;
    QHash<qint64, int> m_rowById;
    Taxonomy m_taxonomy;
    qint64 m_nowMs = 0;
};

} // namespace RouteDesk
