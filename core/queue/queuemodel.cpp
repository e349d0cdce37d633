#include "queuemodel.h"

#include <QLocale>
#include <QThread>

#include <algorithm>
#include <thread>

namespace RouteDesk {

namespace {

int rankOfPriority(const QString &priority)
{
    const QString p = priority.toLower();
    if (p == QLatin1String("urgent"))
        return 0;
    if (p == QLatin1String("high"))
        return 1;
    if (p == QLatin1String("normal") || p == QLatin1String("medium"))
        return 2;
    if (p == QLatin1String("low"))
        return 3;
    return 4;
}

// The age of a ticket as the unit and count the age column shows: (0, 0) now, (1, n) minutes, (2, n) hours,
// (3, n) days; (-1, 0) unknown.
std::pair<int, int> ageBucket(qint64 createdMs, qint64 nowMs)
{
    if (createdMs <= 0)
        return {-1, 0};
    const qint64 minutes = qMax<qint64>(0, (nowMs - createdMs) / 60000);
    if (minutes < 1)
        return {0, 0};
    if (minutes < 60)
        return {1, int(minutes)};
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return {2, int(hours)};
    return {3, int(hours / 24)};
}

// "Legal threat: the ticket mentions ..." already says which flag it is: the name is not put in front again.
QString joinFlagLine(const QString &name, const QString &reason)
{
    if (reason.isEmpty())
        return name;
    if (reason.contains(name, Qt::CaseInsensitive))
        return reason;
    return QueueModel::tr("%1: %2", "flag name: reason").arg(name, reason);
}

} // namespace

// Translated texts shared by many rows, looked up once each: building 100,000 rows then costs a few hash
// look-ups per row instead of a dozen translations and locale constructions.
class QueueTexts
{
public:
    explicit QueueTexts(const Taxonomy &taxonomy)
        : m_taxonomy(taxonomy)
        , m_language(interfaceLanguage())
    { }

    const QString &priority(const QString &word)
    {
        auto it = m_priorities.find(word);
        if (it == m_priorities.end())
            it = m_priorities.insert(word, QueueModel::priorityText(word));
        return it.value();
    }
    const QString &state(TicketState state)
    {
        QString &text = m_states[int(state)];
        if (text.isNull())
            text = QueueModel::stateText(state);
        return text;
    }
    const QString &confidence(int percent)
    {
        QString &text = m_confidences[qBound(0, percent, 100)];
        if (text.isNull())
            text = m_locale.toString(percent) + QLatin1String(" %");
        return text;
    }
    const QString &overridden(const QString &finalId, const QString &suggestedId)
    {
        const QString key = finalId + QLatin1Char('\n') + suggestedId;
        auto it = m_overridden.find(key);
        if (it == m_overridden.end())
            it = m_overridden.insert(
                key,
                QueueModel::tr("%1 (was %2)", "final category (suggested category)")
                    .arg(m_taxonomy.displayName(finalId, m_language), category(suggestedId, true)));
        return it.value();
    }
    const QString &category(const QString &id, bool routed)
    {
        const QString key = routed ? id : QStringLiteral("\n");
        auto it = m_categories.find(key);
        if (it == m_categories.end()) {
            QString text;
            if (!routed)
                text = QueueModel::tr("(not routed)");
            else if (id.isEmpty())
                text = QueueModel::tr("(out of scope)");
            else
                text = m_taxonomy.displayName(id, m_language);
            it = m_categories.insert(key, text);
        }
        return it.value();
    }
    // A flag's reason: the same sentence recurs on many rows (its arguments differ more often), so the cache is
    // keyed by the English rendering.
    QString reason(const EscalationFlag &flag)
    {
        if (!flag.message.isStructured())
            return flag.reason;
        auto it = m_reasons.find(flag.reason);
        if (it == m_reasons.end())
            it = m_reasons.insert(flag.reason, QueueModel::flagReason(flag, m_taxonomy));
        return it.value();
    }
    const QString &flag(const QString &code)
    {
        auto it = m_flags.find(code);
        if (it == m_flags.end())
            it = m_flags.insert(code, QueueModel::flagText(code));
        return it.value();
    }
    // The case-folded form of a shared display text (a category's), folded once.
    const QString &folded(const QString &text)
    {
        auto it = m_folded.find(text);
        if (it == m_folded.end())
            it = m_folded.insert(text, text.toCaseFolded());
        return it.value();
    }
    const QString &age(qint64 createdMs, qint64 nowMs)
    {
        const auto [unit, n] = ageBucket(createdMs, nowMs);
        const qint64 key = qint64(unit) * 1000000000LL + n;
        auto it = m_ages.find(key);
        if (it == m_ages.end())
            it = m_ages.insert(key, QueueModel::ageText(createdMs, nowMs));
        return it.value();
    }

private:
    const Taxonomy &m_taxonomy;
    QString m_language; // the interface language, for the categories' names
    QLocale m_locale;
    QHash<QString, QString> m_priorities;
    QString m_states[4];
    QString m_confidences[101];
    QHash<QString, QString> m_categories;
    QHash<QString, QString> m_overridden;
    QHash<QString, QString> m_flags;
    QHash<QString, QString> m_reasons;
    QHash<qint64, QString> m_ages;
    QHash<QString, QString> m_folded;
};

QueueModel::QueueModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_nowMs(QDateTime::currentMSecsSinceEpoch())
{ }

QueueModel::~QueueModel() = default;

void QueueModel::setTaxonomy(const Taxonomy &taxonomy)
{
    m_taxonomy = taxonomy;
}

QString QueueModel::stateText(TicketState state)
{
    switch (state) {
    case TicketState::New:
        return tr("New");
    case TicketState::Accepted:
        return tr("Accepted");
    case TicketState::Overridden:
        return tr("Overridden");
    case TicketState::Escalated:
        return tr("Escalated");
    }
    return {};
}

QString QueueModel::priorityText(const QString &priority)
{
    switch (rankOfPriority(priority)) {
    case 0:
        return tr("Urgent");
    case 1:
        return tr("High");
    case 2:
        return tr("Normal");
    case 3:
        return tr("Low");
    default:
        return priority;
    }
}

QString QueueModel::ageText(qint64 createdMs, qint64 nowMs)
{
    const auto [unit, n] = ageBucket(createdMs, nowMs);
    switch (unit) {
    case 0:
        return tr("now", "age of a ticket");
    case 1:
        return tr("%n min", "age of a ticket in minutes", n);
    case 2:
        return tr("%n h", "age of a ticket in hours", n);
    case 3:
        return tr("%n d", "age of a ticket in days", n);
    }
    return {};
}

QString QueueModel::flagText(const QString &code)
{
    static const QHash<QString, const char *> names = {
        {QLatin1String(EscalationCode::LowConfidence), QT_TR_NOOP("Low confidence")},
        {QLatin1String(EscalationCode::Ambiguous), QT_TR_NOOP("Ambiguous")},
        {QLatin1String(EscalationCode::MultiIntent), QT_TR_NOOP("Several intents")},
        {QLatin1String(EscalationCode::RefundReview), QT_TR_NOOP("Refund review")},
        {QLatin1String(EscalationCode::PolicyException), QT_TR_NOOP("Policy exception")},
        {QLatin1String(EscalationCode::SecurityIncident), QT_TR_NOOP("Security incident")},
        {QLatin1String(EscalationCode::LegalThreat), QT_TR_NOOP("Legal threat")},
        {QLatin1String(EscalationCode::Abuse), QT_TR_NOOP("Abuse")},
        {QLatin1String(EscalationCode::Urgent), QT_TR_NOOP("Urgent")},
        {QLatin1String(EscalationCode::EmotionalDistress), QT_TR_NOOP("Emotional distress")},
        {QLatin1String(EscalationCode::Vip), QT_TR_NOOP("VIP")},
        {QLatin1String(EscalationCode::RoutingLoop), QT_TR_NOOP("Routing loop")},
        {QLatin1String(EscalationCode::OutOfScope), QT_TR_NOOP("Out of scope")},
    };
    const auto it = names.constFind(code);
    return it == names.constEnd() ? code : tr(it.value());
}

QString QueueModel::engineText(const EngineText &text, const Taxonomy &taxonomy,
                               const std::function<QString(const QString &)> &specialistName)
{
    const QString language = interfaceLanguage();
    return translated(text, [&](EngineArg::Kind kind, const QString &id) {
        switch (kind) {
        case EngineArg::Kind::Category:
            return taxonomy.contains(id) ? taxonomy.displayName(id, language) : QString();
        case EngineArg::Kind::Specialist:
            return specialistName ? specialistName(id) : QString();
        case EngineArg::Kind::Flag:
            return flagText(id);
        case EngineArg::Kind::Plain:
        case EngineArg::Kind::Phrase:
            break;
        }
        return QString();
    });
}

QString QueueModel::flagReason(const EscalationFlag &flag, const Taxonomy &taxonomy)
{
    return engineText(flag.reasonText(), taxonomy);
}

QString QueueModel::flagLine(const QString &code, const QString &reason)
{
    return joinFlagLine(flagText(code), reason);
}

void QueueModel::fillTexts(QueueRow *row, QueueTexts &texts, qint64 nowMs)
{
    row->priorityText = texts.priority(row->priority);
    row->ageText = texts.age(row->createdMs, nowMs);
    row->categoryText = !row->finalCategory.isEmpty() && row->finalCategory != row->category
        ? texts.overridden(row->finalCategory, row->category)
        : texts.category(row->category, row->routed);
    row->confidenceText = row->routed ? texts.confidence(qRound(row->confidence * 100)) : QString();
    row->flagsToolTip.clear();
    for (const EscalationFlag &flag : std::as_const(row->flags)) {
        if (!row->flagsToolTip.isEmpty())
            row->flagsToolTip += QLatin1Char('\n');
        row->flagsToolTip += joinFlagLine(texts.flag(flag.code), texts.reason(flag));
    }
    row->stateText = texts.state(row->state);
    row->categoryKey = texts.folded(row->categoryText);
}

QueueRow QueueModel::makeRow(const QueueEntry &entry, const Taxonomy &taxonomy, const QDateTime &now)
{
    QueueTexts texts(taxonomy);
    return makeRow(entry, texts, now.toMSecsSinceEpoch());
}

QueueRow QueueModel::makeRow(const QueueEntry &entry, QueueTexts &texts, qint64 nowMs)
{
    QueueRow row;
    const Ticket &t = entry.ticket;
    row.ticketId = t.id;
    row.externalId = t.externalId;
    row.subject = t.subject.simplified();
    row.requester = t.requesterName.isEmpty() ? t.requesterEmail : t.requesterName;
    row.requesterEmail = t.requesterEmail;
    row.priority = t.priority;
    row.priorityRank = rankOfPriority(t.priority);
    row.createdMs = t.createdAt.isValid() ? t.createdAt.toMSecsSinceEpoch() : 0;
    if (entry.decision) {
        row.routed = true;
        row.category = entry.decision->category;
        row.confidence = entry.decision->confidence;
        row.flags = entry.decision->flags;
    }
    row.state = entry.state;
    if (entry.lastAction && (entry.state == TicketState::Accepted || entry.state == TicketState::Overridden))
        row.finalCategory = entry.lastAction->category;
    row.writeback = entry.writeback;
    row.subjectKey = row.subject.toCaseFolded();
    row.requesterKey = row.requester.toCaseFolded();
    fillTexts(&row, texts, nowMs);
    // Subject, requester and category name are folded already; the rest is folded here, in one string.
    row.haystack.reserve(row.externalId.size() + row.subjectKey.size() + row.requesterKey.size()
                         + row.requesterEmail.size() + row.category.size() + row.categoryKey.size() + 5);
    row.haystack.append(row.externalId.toCaseFolded());
    row.haystack.append(QLatin1Char('\n'));
    row.haystack.append(row.subjectKey);
    row.haystack.append(QLatin1Char('\n'));
    row.haystack.append(row.requesterKey);
    row.haystack.append(QLatin1Char('\n'));
    row.haystack.append(row.requesterEmail.toCaseFolded());
    row.haystack.append(QLatin1Char('\n'));
    row.haystack.append(row.category.toCaseFolded());
    row.haystack.append(QLatin1Char('\n'));
    row.haystack.append(row.categoryKey);
    return row;
}

std::vector<QueueRow> QueueModel::makeRows(QList<QueueEntry> &&entries, const Taxonomy &taxonomy, const QDateTime &now)
{
    const qsizetype n = entries.size();
    std::vector<QueueRow> rows(static_cast<size_t>(n));
    const qint64 nowMs = now.toMSecsSinceEpoch();
    QueueEntry *data = entries.data(); // detached once here, not from the workers
    // Each part has its own cache of translated texts; the entries' bodies and decisions are freed as we go.
    const auto build = [&](qsizetype begin, qsizetype end) {
        QueueTexts texts(taxonomy);
        for (qsizetype i = begin; i < end; ++i) {
            rows[size_t(i)] = makeRow(data[i], texts, nowMs);
            data[i] = QueueEntry();
        }
    };
    // Large queues (the app reads them on a worker thread) are split over the cores; small ones are not worth it.
    const int parts = n >= 20000 ? std::clamp(QThread::idealThreadCount(), 1, 4) : 1;
    std::vector<std::thread> workers;
    for (int p = 1; p < parts; ++p)
        workers.emplace_back(build, n * p / parts, n * (p + 1) / parts);
    build(0, n / parts);
    for (std::thread &worker : workers)
        worker.join();
    entries.clear();
    return rows;
}

void QueueModel::setRows(std::vector<QueueRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_rowById.clear();
    m_rowById.reserve(qsizetype(m_rows.size()));
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows[i].ticketId, int(i));
    endResetModel();
}

bool QueueModel::updateEntry(const QueueEntry &entry)
{
    const int r = rowOfTicket(entry.ticket.id);
    if (r < 0)
        return false;
    m_rows[size_t(r)] = makeRow(entry, m_taxonomy, QDateTime::fromMSecsSinceEpoch(m_nowMs));
    emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
    return true;
}

int QueueModel::rowOfTicket(qint64 ticketId) const
{
    return m_rowById.value(ticketId, -1);
}

int QueueModel::countInState(TicketState state) const
{
    int n = 0;
    for (const QueueRow &row : m_rows)
        n += row.state == state ? 1 : 0;
    return n;
}

void QueueModel::retranslate()
{
    QueueTexts texts(m_taxonomy);
    for (QueueRow &row : m_rows)
        fillTexts(&row, texts, m_nowMs);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void QueueModel::refreshAges(const QDateTime &now)
{
    m_nowMs = now.toMSecsSinceEpoch();
    QueueTexts texts(m_taxonomy);
    for (QueueRow &row : m_rows)
        row.ageText = texts.age(row.createdMs, m_nowMs);
    if (!m_rows.empty())
        emit dataChanged(index(0, AgeColumn), index(int(m_rows.size()) - 1, AgeColumn), {Qt::DisplayRole});
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueRow &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PriorityColumn:
            return row.priorityText;
        case AgeColumn:
            return row.ageText;
        case SubjectColumn:
            return row.subject;
        case RequesterColumn:
            return row.requester;
        case CategoryColumn:
            return row.categoryText;
        case ConfidenceColumn:
            return row.confidenceText;
        case FlagsColumn:
            return row.flags.isEmpty() ? QVariant() : QVariant(QLocale().toString(row.flags.size()));
        case StateColumn:
            return row.stateText;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FlagsColumn:
            return row.flagsToolTip.isEmpty() ? QVariant() : QVariant(row.flagsToolTip);
        case SubjectColumn:
            return row.subject;
        case RequesterColumn:
            return row.requesterEmail;
        case CategoryColumn:
            if (!row.finalCategory.isEmpty() && row.finalCategory != row.category)
                return tr("Suggested: %1, final: %2")
                    .arg(row.routed && !row.category.isEmpty()
                             ? m_taxonomy.displayName(row.category, interfaceLanguage())
                             : tr("(out of scope)"),
                         m_taxonomy.displayName(row.finalCategory, interfaceLanguage()));
            return {};
        }
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == FlagsColumn)
            return row.flagsToolTip;
        return data(index, Qt::DisplayRole);
    case TicketIdRole:
        return row.ticketId;
    case ConfidenceRole:
        return row.routed ? row.confidence : -1.0;
    case FlagCodesRole: {
        QStringList codes;
        for (const EscalationFlag &flag : row.flags)
            codes << flag.code;
        return codes;
    }
    case FlagReasonsRole: {
        QStringList reasons;
        for (const EscalationFlag &flag : row.flags)
            reasons << flag.reason;
        return reasons;
    }
    case StateRole:
        return int(row.state);
    case CategoryIdRole:
        return row.category;
    case CreatedRole:
        return row.createdMs > 0 ? QDateTime::fromMSecsSinceEpoch(row.createdMs) : QDateTime();
    case LowConfidenceRole:
        return std::any_of(row.flags.cbegin(), row.flags.cend(), [](const EscalationFlag &flag) {
            return flag.code == QLatin1String(EscalationCode::LowConfidence);
        });
    case FinalCategoryIdRole:
        return row.finalCategory;
    }
    return {};
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PriorityColumn:
        return tr("Priority");
    case AgeColumn:
        return tr("Age");
    case SubjectColumn:
        return tr("Subject");
    case RequesterColumn:
        return tr("Requester");
    case CategoryColumn:
        return tr("Category");
    case ConfidenceColumn:
        return tr("Confidence");
    case FlagsColumn:
        return tr("Flags");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace RouteDesk
