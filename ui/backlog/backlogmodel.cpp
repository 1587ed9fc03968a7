#include "backlogmodel.h"

#include "itemappearance.h"

#include "backlogeditor.h"
#include "decisionprompt.h"
#include "domain/scoring.h"
#include "services/backlogfilter.h"
#include "services/readiness.h"

#include <QColor>
#include <QDataStream>
#include <QSet>
#include <QIODevice>
#include <QMimeData>
#include <QSet>
#include <QUndoStack>
#include <QFont>
#include <QLocale>

#include <cmath>

namespace Ordo {

BacklogModel::BacklogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BacklogModel::setRows(QList<BacklogRow> rows, QString keyPrefix, SprintId activeSprint)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_keyPrefix = std::move(keyPrefix);
    m_activeSprint = activeSprint;
    m_epicTitles.clear();
    m_dependencyWarnings.clear();
    for (const BacklogRow &row : std::as_const(m_rows)) {
        if (row.type == ItemType::Epic)
            m_epicTitles.insert(row.id, row.title);
    }
    endResetModel();
}

void BacklogModel::setActiveSprint(SprintId sprint)
{
    if (sprint == m_activeSprint)
        return;
    m_activeSprint = sprint;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {InActiveSprintRole, Qt::BackgroundRole, Qt::FontRole});
}

int BacklogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BacklogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int BacklogModel::rowOf(ItemId id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

ItemId BacklogModel::stayingRowAbove(int row, const QList<ItemId> &moving) const
{
    const QSet<ItemId> skip(moving.cbegin(), moving.cend());
    for (int r = qMin(row, int(m_rows.size()) - 1); r >= 0; --r) {
        if (!skip.contains(m_rows.at(r).id))
            return m_rows.at(r).id;
    }
    return 0;
}

QString BacklogModel::keyOf(const BacklogRow &row) const
{
    return QStringLiteral("%1-%2").arg(m_keyPrefix).arg(row.number);
}

QVariant BacklogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BacklogRow &row = m_rows.at(index.row());
    const bool inActiveSprint = m_activeSprint != 0 && row.sprintId == m_activeSprint;

    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case PositionColumn: return index.row() + 1;
        case KeyColumn: return keyOf(row);
        case TypeColumn: return displayName(row.type);
        case TitleColumn: return row.title;
        case EpicColumn: return m_epicTitles.value(row.parentId);
        case EstimateColumn:
            return row.isEstimated() ? QLocale().toString(double(row.estimate)) : QString();
        case StatusColumn: return displayName(row.status);
        case ReadinessColumn:
            if (row.type == ItemType::Epic || isInSprintStatus(row.status) || isFinishedStatus(row.status))
                return QString();
            return isReady(row) ? tr("✓ Ready") : tr("Not ready");
        case LabelsColumn: return row.labels;
        case MoscowColumn: return row.moscow >= 0 ? displayName(MoSCoW(row.moscow)) : QString();
        case BusinessValueColumn: return row.businessValue ? QVariant(int(row.businessValue)) : QVariant();
        case TimeCriticalityColumn: return row.timeCriticality ? QVariant(int(row.timeCriticality)) : QVariant();
        case RiskReductionColumn: return row.riskReduction ? QVariant(int(row.riskReduction)) : QVariant();
        case JobSizeColumn: {
            // Without its own job size an item's estimate stands in (shown dimmed).
            const auto size = Scoring::jobSize(row.scores(), row.estimateValue());
            return size ? QLocale().toString(*size) : QString();
        }
        case WsjfColumn: {
            const auto wsjf = Scoring::wsjf(row.scores(), row.estimateValue());
            //: Shown for a score that cannot be computed because an input is missing
            return wsjf ? QLocale().toString(*wsjf, 'f', 1) : tr("–");
        }
        case KanoColumn: return row.kano >= 0 ? displayName(KanoCategory(row.kano)) : QString();
        case ValueColumn: return std::isnan(row.value) ? QString() : QLocale().toString(double(row.value));
        case EffortColumn: return std::isnan(row.effort) ? QString() : QLocale().toString(double(row.effort));
        case ValueForEffortColumn: {
            const auto ratio = Scoring::valueForEffort(row.scores());
            return ratio ? QLocale().toString(*ratio, 'f', 1) : tr("–");
        }
        case GoalColumn: return QVariant();
        case ColumnCount: break;
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == GoalColumn)
            return row.servesGoal ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn && m_dependencyWarnings.contains(row.id)) {
            QStringList keys;
            for (ItemId blocker : m_dependencyWarnings.value(row.id)) {
                const int blockerRow = rowOf(blocker);
                if (blockerRow >= 0)
                    keys.append(keyOf(m_rows.at(blockerRow)));
            }
            //: %1 is the item title, %2 a list of item keys such as ORD-4, ORD-9
            return tr("%1\n\nOrdered above %2, which it depends on. Use “Move Below Its "
                      "Dependencies” to fix the order.")
                .arg(row.title, keys.join(QStringLiteral(", ")));
        }
        if (index.column() == TitleColumn || index.column() == EpicColumn)
            return data(index, Qt::DisplayRole);
        if (index.column() == TypeColumn)
            return displayName(row.type);
        if (index.column() == EstimateColumn && !row.isEstimated())
            return tr("Not estimated yet");
        if (index.column() == WsjfColumn) {
            const QString missing = Scoring::wsjfShortfall(row.scores(), row.estimateValue());
            if (!missing.isEmpty())
                return missing;
            return tr("Cost of delay %1 ÷ job size %2")
                .arg(QLocale().toString(*Scoring::costOfDelay(row.scores())),
                     QLocale().toString(*Scoring::jobSize(row.scores(), row.estimateValue())));
        }
        if (index.column() == ValueForEffortColumn && !Scoring::valueForEffort(row.scores()))
            return tr("Needs a value and an effort above zero.");
        if (index.column() == JobSizeColumn && !row.scores().jobSize && row.isEstimated())
            return tr("The estimate, as no job size is set");
        if (index.column() == GoalColumn)
            return row.servesGoal ? tr("Serves the Product Goal") : tr("Not linked to the Product Goal");
        if (index.column() == ReadinessColumn && Readiness::appliesTo(row.type)) {
            const QStringList missing = readinessShortfalls(row);
            if (missing.isEmpty())
                return tr("Meets the Definition of Ready");
            //: Tooltip of the Readiness column; %1 is a list, one unmet rule per line
            return tr("Not ready for Sprint Planning:\n%1").arg(missing.join(QLatin1Char('\n')));
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == TypeColumn)
            return Appearance::typeIcon(row.type);
        if (index.column() == TitleColumn && m_dependencyWarnings.contains(row.id))
            return Appearance::warningIcon();
        break;
    case Qt::TextAlignmentRole:
        switch (Column(index.column())) {
        case PositionColumn:
        case EstimateColumn:
        case BusinessValueColumn:
        case TimeCriticalityColumn:
        case RiskReductionColumn:
        case JobSizeColumn:
        case WsjfColumn:
        case ValueColumn:
        case EffortColumn:
        case ValueForEffortColumn: return int(Qt::AlignRight | Qt::AlignVCenter);
        case GoalColumn: return int(Qt::AlignCenter);
        default: break;
        }
        break;
    case Qt::BackgroundRole:
        // The active sprint's items carry a tint, so the sprint reads as a block at the top.
        if (inActiveSprint)
            return QColor(0xE8, 0xF0, 0xFC);
        break;
    case Qt::ForegroundRole:
        // The Ready badge: green when the item meets the Definition of Ready.
        if (index.column() == ReadinessColumn)
            return isReady(row) ? QColor(0x15, 0x80, 0x3D) : QColor(0x6B, 0x72, 0x80);
        if (isFinishedStatus(row.status) && index.column() != StatusColumn)
            return QColor(0x6B, 0x72, 0x80);
        // Missing scores and stand-in job sizes read as secondary.
        if ((index.column() == WsjfColumn && !Scoring::wsjf(row.scores(), row.estimateValue()))
            || (index.column() == ValueForEffortColumn && !Scoring::valueForEffort(row.scores()))
            || (index.column() == JobSizeColumn && std::isnan(row.jobSize))) {
            return QColor(0x9C, 0xA3, 0xAF);
        }
        break;
    case Qt::FontRole:
        if ((row.type == ItemType::Epic && index.column() == TitleColumn)
            || (index.column() == ReadinessColumn && isReady(row))
            || (index.column() == WsjfColumn && Scoring::wsjf(row.scores(), row.estimateValue()))) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::EditRole:
        switch (Column(index.column())) {
        case TitleColumn: return row.title;
        case TypeColumn: return int(row.type);
        case EstimateColumn: return row.isEstimated() ? QVariant(double(row.estimate)) : QVariant();
        case StatusColumn: return int(row.status);
        default:
            if (const auto field = scoreFieldOf(index.column()))
                return ChangeFieldCommand::rowValue(row, *field);
            return data(index, Qt::DisplayRole);
        }
    case ItemIdRole: return row.id;
    case ItemTypeRole: return int(row.type);
    case ItemStatusRole: return int(row.status);
    case InActiveSprintRole: return inActiveSprint;
    case OrderKeyRole: return row.orderKey;
    case BlockedByBelowRole: return QVariant::fromValue(m_dependencyWarnings.value(row.id));
    case ReadyRole: return isReady(row);
    default: break;
    }
    return {};
}

int BacklogModel::columnOf(ChangeFieldCommand::Field field)
{
    for (int column = MoscowColumn; column <= GoalColumn; ++column) {
        if (scoreFieldOf(column) == field)
            return column;
    }
    return -1;
}

std::optional<ChangeFieldCommand::Field> BacklogModel::scoreFieldOf(int column)
{
    using F = ChangeFieldCommand::Field;
    switch (Column(column)) {
    case MoscowColumn: return F::MoscowField;
    case BusinessValueColumn: return F::BusinessValueField;
    case TimeCriticalityColumn: return F::TimeCriticalityField;
    case RiskReductionColumn: return F::RiskReductionField;
    case JobSizeColumn: return F::JobSizeField;
    case KanoColumn: return F::KanoField;
    case ValueColumn: return F::ValueField;
    case EffortColumn: return F::EffortField;
    case GoalColumn: return F::ServesGoalField;
    default: return std::nullopt;
    }
}

QVariant BacklogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case MoscowColumn: return tr("Must have, Should have, Could have, Won't have this time");
        case BusinessValueColumn: return tr("WSJF business value (1–20)");
        case TimeCriticalityColumn: return tr("WSJF time criticality (1–20)");
        case RiskReductionColumn: return tr("WSJF risk reduction / opportunity enablement (1–20)");
        case JobSizeColumn: return tr("WSJF job size; the estimate when not set");
        case WsjfColumn: return tr("Weighted shortest job first: cost of delay ÷ job size");
        case KanoColumn: return tr("Kano category: must-be, performance, delighter or indifferent");
        case ValueForEffortColumn: return tr("Value ÷ effort");
        case GoalColumn: return tr("Serves the Product Goal");
        default: break;
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    //: Column header: the item's place in the ordered backlog
    case PositionColumn: return tr("#");
    case KeyColumn: return tr("Key");
    case TypeColumn: return tr("Type");
    case TitleColumn: return tr("Title");
    case EpicColumn: return tr("Epic");
    //: Column header: story points
    case EstimateColumn: return tr("Points");
    case StatusColumn: return tr("Status");
    case ReadinessColumn: return tr("Readiness");
    case LabelsColumn: return tr("Labels");
    case MoscowColumn: return tr("MoSCoW");
    //: Column header: WSJF business value (short)
    case BusinessValueColumn: return tr("BV");
    //: Column header: WSJF time criticality (short)
    case TimeCriticalityColumn: return tr("TC");
    //: Column header: WSJF risk reduction / opportunity enablement (short)
    case RiskReductionColumn: return tr("RR|OE");
    case JobSizeColumn: return tr("Job Size");
    case WsjfColumn: return tr("WSJF");
    case KanoColumn: return tr("Kano");
    case ValueColumn: return tr("Value");
    case EffortColumn: return tr("Effort");
    //: Column header: value divided by effort
    case ValueForEffortColumn: return tr("Value/Effort");
    //: Column header: linked to the Product Goal
    case GoalColumn: return tr("Goal");
    case ColumnCount: break;
    }
    return {};
}

void BacklogModel::moveRow(int from, int to)
{
    Q_ASSERT(from >= 0 && from < m_rows.size() && to >= 0 && to <= m_rows.size());
    if (to == from || to == from + 1)
        return;
    beginMoveRows({}, from, from, {}, to);
    m_rows.move(from, to > from ? to - 1 : to);
    endMoveRows();
    // Positions between the two places changed.
    const int first = qMin(from, to);
    const int last = qMin(int(m_rows.size()) - 1, qMax(from, to));
    emit dataChanged(index(first, PositionColumn), index(last, PositionColumn), {Qt::DisplayRole});
}

void BacklogModel::placeRow(int row, const QString &orderKey)
{
    // Rows are sorted by key, the moving row included, so lower_bound finds
    // the destination in pre-move indexing, as beginMoveRows wants it.
    const int destination = insertionRow(orderKey);
    moveRow(row, destination);
    const int now = destination > row ? destination - 1 : destination;
    // ItemRepository bumps a row's version when its key changes: the model keeps in step.
    if (m_rows[now].orderKey != orderKey)
        ++m_rows[now].version;
    m_rows[now].orderKey = orderKey;
}

void BacklogModel::placeRows(const QHash<ItemId, QString> &orderKeys)
{
    if (orderKeys.isEmpty())
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<std::pair<ItemId, int>> persistentIds; // item and column
    persistentIds.reserve(persistent.size());
    for (const QModelIndex &index : persistent)
        persistentIds.append({m_rows.at(index.row()).id, index.column()});

    // The rows that stay are still in order: sort only the moving ones, then merge the two
    // (linear in the backlog, where sorting all of it is n log n string comparisons).
    QList<BacklogRow> staying;
    QList<BacklogRow> moving;
    staying.reserve(m_rows.size());
    moving.reserve(orderKeys.size());
    for (BacklogRow &row : m_rows) {
        const auto key = orderKeys.constFind(row.id);
        if (key == orderKeys.cend()) {
            staying.append(std::move(row));
        } else {
            if (row.orderKey != *key)
                ++row.version;
            row.orderKey = *key;
            moving.append(std::move(row));
        }
    }
    const auto byKey = [](const BacklogRow &a, const BacklogRow &b) { return a.orderKey < b.orderKey; };
    std::stable_sort(moving.begin(), moving.end(), byKey);
    m_rows.clear();
    m_rows.reserve(staying.size() + moving.size());
    std::merge(std::make_move_iterator(staying.begin()), std::make_move_iterator(staying.end()),
               std::make_move_iterator(moving.begin()), std::make_move_iterator(moving.end()),
               std::back_inserter(m_rows), byKey);

    // Only the persistent indexes' items need finding again.
    QHash<ItemId, int> rowOfId;
    for (const auto &[id, column] : std::as_const(persistentIds))
        rowOfId.insert(id, -1);
    for (int i = 0; i < m_rows.size() && !rowOfId.isEmpty(); ++i) {
        const auto found = rowOfId.find(m_rows.at(i).id);
        if (found != rowOfId.end())
            *found = i;
    }
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (const auto &[id, column] : std::as_const(persistentIds))
        moved.append(index(rowOfId.value(id), column));
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, PositionColumn), index(int(m_rows.size()) - 1, PositionColumn), {Qt::DisplayRole});
}

QHash<ItemId, int> BacklogModel::rowsOf(const QList<ItemId> &ids) const
{
    QHash<ItemId, int> result;
    result.reserve(ids.size());
    for (ItemId id : ids)
        result.insert(id, -1);
    for (int i = 0; i < m_rows.size(); ++i) {
        const auto found = result.find(m_rows.at(i).id);
        if (found != result.end())
            *found = i;
    }
    return result;
}

void BacklogModel::insertBacklogRow(int at, const BacklogRow &row)
{
    beginInsertRows({}, at, at);
    m_rows.insert(at, row);
    if (row.type == ItemType::Epic)
        m_epicTitles.insert(row.id, row.title);
    endInsertRows();
    if (at + 1 < m_rows.size()) {
        emit dataChanged(index(at + 1, PositionColumn),
                         index(int(m_rows.size()) - 1, PositionColumn),
                         {Qt::DisplayRole});
    }
}

void BacklogModel::insertBacklogRows(int at, const QList<BacklogRow> &rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, at, at + int(rows.size()) - 1);
    m_rows.insert(at, rows.size(), BacklogRow());
    bool epics = false;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        m_rows[at + i] = rows.at(i);
        if (rows.at(i).type == ItemType::Epic) {
            m_epicTitles.insert(rows.at(i).id, rows.at(i).title);
            epics = true;
        }
    }
    endInsertRows();
    const int below = at + int(rows.size());
    if (below < m_rows.size())
        emit dataChanged(index(below, PositionColumn), index(int(m_rows.size()) - 1, PositionColumn), {Qt::DisplayRole});
    if (epics)
        emitColumnChanged(EpicColumn);
}

void BacklogModel::removeBacklogRows(const QList<ItemId> &ids)
{
    const QSet<ItemId> removing(ids.cbegin(), ids.cend());
    int lowest = int(m_rows.size());
    bool epics = false;
    // From the bottom up, so that the rows above a run keep their numbers.
    for (int last = int(m_rows.size()) - 1; last >= 0; --last) {
        if (!removing.contains(m_rows.at(last).id))
            continue;
        int first = last;
        while (first > 0 && removing.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row) {
            if (m_rows.at(row).type == ItemType::Epic) {
                m_epicTitles.remove(m_rows.at(row).id);
                epics = true;
            }
        }
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        lowest = first;
        last = first;
    }
    if (epics)
        emitColumnChanged(EpicColumn);
    if (lowest < m_rows.size())
        emit dataChanged(index(lowest, PositionColumn), index(int(m_rows.size()) - 1, PositionColumn), {Qt::DisplayRole});
}

void BacklogModel::removeBacklogRow(int row)
{
    beginRemoveRows({}, row, row);
    const BacklogRow removed = m_rows.takeAt(row);
    endRemoveRows();
    if (removed.type == ItemType::Epic) {
        m_epicTitles.remove(removed.id);
        emitColumnChanged(EpicColumn);
    }
    if (row < m_rows.size()) {
        emit dataChanged(index(row, PositionColumn),
                         index(int(m_rows.size()) - 1, PositionColumn),
                         {Qt::DisplayRole});
    }
}

void BacklogModel::updateBacklogRow(int row, const BacklogRow &updated)
{
    const BacklogRow old = m_rows.at(row);
    m_rows[row] = updated;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (old.type == ItemType::Epic || updated.type == ItemType::Epic) {
        m_epicTitles.remove(old.id);
        if (updated.type == ItemType::Epic)
            m_epicTitles.insert(updated.id, updated.title);
        emitColumnChanged(EpicColumn);
    }
}

void BacklogModel::updateBacklogRows(const QList<std::pair<int, BacklogRow>> &updates)
{
    if (updates.isEmpty())
        return;
    int first = int(m_rows.size());
    int last = -1;
    for (const auto &[row, updated] : updates) {
        Q_ASSERT(m_rows.at(row).type == updated.type);
        m_rows[row] = updated;
        first = std::min(first, row);
        last = std::max(last, row);
    }
    emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void BacklogModel::setOrderKeys(const QList<QString> &keys)
{
    Q_ASSERT(keys.size() == m_rows.size());
    for (qsizetype i = 0; i < keys.size(); ++i) {
        m_rows[i].orderKey = keys.at(i);
        ++m_rows[i].version; // as ItemRepository::rebalance() bumps every row
    }
}

void BacklogModel::setDependencyWarnings(const QHash<ItemId, QList<ItemId>> &warnings)
{
    m_dependencyWarnings = warnings;
    emitColumnChanged(TitleColumn);
}

void BacklogModel::setDefinitionOfReady(const QList<ReadyRule> &rules, double maxStorySize)
{
    if (rules == m_readyRules && maxStorySize == m_maxStorySize)
        return;
    m_readyRules = rules;
    m_maxStorySize = maxStorySize;
    emitColumnChanged(ReadinessColumn);
}

void BacklogModel::setUnfinishedDependencies(const QHash<ItemId, int> &counts)
{
    if (counts == m_unfinishedDependencies)
        return;
    m_unfinishedDependencies = counts;
    emitColumnChanged(ReadinessColumn);
}

void BacklogModel::setKeyPrefix(const QString &keyPrefix)
{
    if (keyPrefix == m_keyPrefix)
        return;
    m_keyPrefix = keyPrefix;
    emitColumnChanged(KeyColumn);
}

bool BacklogModel::isReady(const BacklogRow &row) const
{
    return Readiness::isReady(Readiness::factsOf(row, m_unfinishedDependencies.value(row.id)),
                              m_readyRules,
                              m_maxStorySize);
}

QStringList BacklogModel::readinessShortfalls(const BacklogRow &row) const
{
    const Readiness::Facts facts = Readiness::factsOf(row, m_unfinishedDependencies.value(row.id));
    QStringList lines;
    for (ReadyRule rule : Readiness::unmetRules(facts, m_readyRules, m_maxStorySize))
        lines.append(Readiness::shortfall(rule, facts, m_maxStorySize));
    return lines;
}

void BacklogModel::emitColumnChanged(int column)
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, column), index(int(m_rows.size()) - 1, column));
}

int BacklogModel::insertionRow(const QString &orderKey) const
{
    const auto it = std::lower_bound(m_rows.cbegin(),
                                     m_rows.cend(),
                                     orderKey,
                                     [](const BacklogRow &row, const QString &key) {
                                         return row.orderKey < key;
                                     });
    return int(it - m_rows.cbegin());
}

void BacklogModel::setCommandContext(BacklogEditor *editor, QUndoStack *stack, const Access *access)
{
    m_editor = editor;
    m_stack = stack;
    m_access = access;
}

bool BacklogModel::report(const Status &status)
{
    if (status)
        return true;
    m_lastError = status.errorMessage();
    emit editRefused(m_lastError);
    return false;
}

Qt::ItemFlags BacklogModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
    switch (Column(index.column())) {
    case TitleColumn:
    case TypeColumn:
    case EstimateColumn:
    case StatusColumn:
        if (m_editor)
            flags |= Qt::ItemIsEditable;
        break;
    case GoalColumn:
        if (m_editor)
            flags |= Qt::ItemIsUserCheckable;
        break;
    default:
        if (m_editor && scoreFieldOf(index.column()))
            flags |= Qt::ItemIsEditable;
        break;
    }
    return flags;
}

bool BacklogModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editor || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const ItemId id = m_rows.at(index.row()).id;
    const Commands::Context context{*m_editor, *m_stack, m_access};
    if (role == Qt::CheckStateRole && index.column() == GoalColumn) {
        return report(Commands::setScore(context, {id}, ChangeFieldCommand::Field::ServesGoalField,
                                         value.toInt() == Qt::Checked));
    }
    if (role != Qt::EditRole)
        return false;
    if (const auto field = scoreFieldOf(index.column()))
        return report(DecisionPrompt::setScore(context, {id}, *field, value));
    switch (Column(index.column())) {
    case TitleColumn: return report(Commands::setTitle(context, id, value.toString()));
    case TypeColumn: return report(Commands::setType(context, {id}, ItemType(value.toInt())));
    case EstimateColumn:
        return report(Commands::setEstimate(context,
                                            {id},
                                            value.isValid() && !value.isNull()
                                                ? std::optional<double>(value.toDouble())
                                                : std::nullopt));
    case StatusColumn: return report(DecisionPrompt::setStatus(context, {id}, ItemStatus(value.toInt())));
    default: return false;
    }
}

QString BacklogModel::itemIdsMimeType() { return QStringLiteral("application/x-ordo-item-ids"); }

QList<ItemId> BacklogModel::itemIdsFromMimeData(const QMimeData *data)
{
    if (!data || !data->hasFormat(itemIdsMimeType()))
        return {};
    QByteArray bytes = data->data(itemIdsMimeType());
    QDataStream stream(&bytes, QIODevice::ReadOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    QList<qint64> ids;
    stream >> ids;
    if (stream.status() != QDataStream::Ok || !stream.atEnd() || ids.isEmpty())
        return {};
    return ids;
}

QStringList BacklogModel::mimeTypes() const { return {itemIdsMimeType()}; }

QList<int> BacklogModel::draggedRows(const QModelIndexList &indexes, const QAbstractItemModel *model)
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == model)
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

QMimeData *BacklogModel::mimeData(const QModelIndexList &indexes) const
{
    const QList<int> rows = draggedRows(indexes, this);
    if (rows.isEmpty())
        return nullptr;
    QList<ItemId> ids;
    for (int row : std::as_const(rows))
        ids.append(m_rows.at(row).id);
    return mimeDataFor(ids);
}

QMimeData *BacklogModel::mimeDataFor(const QList<ItemId> &ids)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << ids;
    auto *data = new QMimeData;
    data->setData(itemIdsMimeType(), bytes);
    return data;
}

Qt::DropActions BacklogModel::supportedDragActions() const { return Qt::MoveAction; }

Qt::DropActions BacklogModel::supportedDropActions() const { return Qt::MoveAction; }

bool BacklogModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                   const QModelIndex &) const
{
    if (!m_editor || action != Qt::MoveAction)
        return false;
    const QList<ItemId> ids = itemIdsFromMimeData(data);
    return !ids.isEmpty() && std::all_of(ids.cbegin(), ids.cend(), [this](ItemId id) {
        return rowOf(id) >= 0;
    });
}

bool BacklogModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<ItemId> ids = itemIdsFromMimeData(data);
    if (row < 0)
        row = parent.isValid() ? parent.row() : int(m_rows.size());
    row = qBound(0, row, int(m_rows.size()));
    // The items go directly below the nearest row above the drop that is not moving.
    return report(Commands::moveItems({*m_editor, *m_stack, m_access}, ids, stayingRowAbove(row - 1, ids)));
}

double BacklogModel::totalEstimate() const
{
    double total = 0;
    for (const BacklogRow &row : m_rows) {
        if (row.isEstimated() && row.type != ItemType::Epic)
            total += row.estimate;
    }
    return total;
}

int BacklogModel::countWithStatus(ItemStatus status) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [status](const BacklogRow &row) {
        return row.status == status;
    }));
}

} // namespace Ordo
