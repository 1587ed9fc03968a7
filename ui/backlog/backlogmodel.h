#pragma once

#include "commands/backlogcommands.h"
#include "domain/backlogrow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Ordo {

class Access;

// The ordered Product Backlog as a table: one row per item, in order-key order.
//
// Rows are kept as compact BacklogRow values in one contiguous list, and the
// model answers data() straight from them, so a backlog of 100,000 items
// costs a few megabytes and no per-row objects. Only this model mutates its
// rows, through begin/end pairs.
class BacklogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The key is column 0: it stays with its row when rows come and go (the position, which the
    // view shows first, is the row's number and changes with every insertion above it).
    enum Column {
        KeyColumn,
        PositionColumn,
        TypeColumn,
        TitleColumn,
        EpicColumn,
        EstimateColumn,
        StatusColumn,
        ReadinessColumn,
        LabelsColumn,
        // Scoring: the inputs, and the scores Ordo computes from them.
        MoscowColumn,
        BusinessValueColumn,
        TimeCriticalityColumn,
        RiskReductionColumn,
        JobSizeColumn,
        WsjfColumn,
        KanoColumn,
        ValueColumn,
        EffortColumn,
        ValueForEffortColumn,
        GoalColumn, // linked to the Product Goal (a check box)
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        ItemTypeRole,   // int(ItemType)
        ItemStatusRole, // int(ItemStatus)
        InActiveSprintRole,
        OrderKeyRole,
        BlockedByBelowRole, // QList<ItemId>: dependencies ordered below this item
        ReadyRole,          // bool: meets the product's Definition of Ready
    };
    Q_ENUM(Role)

    explicit BacklogModel(QObject *parent = nullptr);

    // Replaces every row (opening a product).
    void setRows(QList<BacklogRow> rows, QString keyPrefix, SprintId activeSprint);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The score column that edits `field`, and back (-1 / nullopt if none).
    static int columnOf(ChangeFieldCommand::Field field);
    static std::optional<ChangeFieldCommand::Field> scoreFieldOf(int column);

    // Editing in place (title, type, estimate, status, scores) and drag and drop go
    // through the undo commands, so every edit can be undone.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // Drops the items above source row `row` (end of the backlog if row is -1).
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // The private drag format: item ids as a QDataStream'ed QList<qint64>.
    static QString itemIdsMimeType();
    static QList<ItemId> itemIdsFromMimeData(const QMimeData *data);
    // Drag data for items, for any view that lets items be dropped on the backlog.
    static QMimeData *mimeDataFor(const QList<ItemId> &ids);
    // The distinct rows, ascending, of the indexes that belong to `model` (what a drag carries).
    static QList<int> draggedRows(const QModelIndexList &indexes, const QAbstractItemModel *model);

    // Where edits go (set by ProductDocument once its editor exists).
    void setCommandContext(BacklogEditor *editor, QUndoStack *stack, const Access *access = nullptr);
    // The message of the last edit or drop that was refused.
    QString lastError() const { return m_lastError; }

    // Mutators for BacklogEditor, the model's only writer. Each emits the
    // matching begin/end pair: a move is a row move, never a reset.
    void moveRow(int from, int to); // `to` as in beginMoveRows (index before the move)
    void insertBacklogRow(int at, const BacklogRow &row);
    void removeBacklogRow(int row);
    // A block of rows at once (an import): one insertion at `at`, rows in backlog order.
    void insertBacklogRows(int at, const QList<BacklogRow> &rows);
    // The rows of `ids` that are on screen, one removal per run of neighbouring rows.
    void removeBacklogRows(const QList<ItemId> &ids);
    void updateBacklogRow(int row, const BacklogRow &updated);
    // Many rows at once (a sprint starting or closing): one dataChanged over the rows' span.
    // Types do not change this way.
    void updateBacklogRows(const QList<std::pair<int, BacklogRow>> &updates);
    // After a rebalance, same order. The key writers below bump the rows' versions as
    // ItemRepository does (each changed key, every rebalanced row).
    void setOrderKeys(const QList<QString> &keys);
    // Gives the row a new order key and moves it to where that key sorts.
    void placeRow(int row, const QString &orderKey);
    // Gives many rows new order keys at once and re-sorts: one layout change
    // instead of a row move each, for reorderings of thousands of items.
    void placeRows(const QHash<ItemId, QString> &orderKeys);
    // Where each of `ids` is, in one pass over the rows (-1: not in the backlog).
    QHash<ItemId, int> rowsOf(const QList<ItemId> &ids) const;

    // Items ordered above something they depend on (see BacklogEditor).
    void setDependencyWarnings(const QHash<ItemId, QList<ItemId>> &warnings);
    // What the Readiness column checks each item against.
    void setDefinitionOfReady(const QList<ReadyRule> &rules, double maxStorySize);
    void setUnfinishedDependencies(const QHash<ItemId, int> &counts);
    // How many of the item's dependencies are in the backlog and not finished: it is blocked.
    int unfinishedDependencyCount(ItemId id) const { return m_unfinishedDependencies.value(id); }
    void setKeyPrefix(const QString &keyPrefix);
    // The sprint that is running now (0: none); its items are marked in the backlog.
    void setActiveSprint(SprintId sprint);
    // The item meets the Definition of Ready (never true for epics).
    bool isReady(const BacklogRow &row) const;
    // Unmet rules with one line each, for the tooltip and the story editor.
    QStringList readinessShortfalls(const BacklogRow &row) const;
    const QList<ReadyRule> &readyRules() const { return m_readyRules; }

    // The row a new item with `orderKey` belongs at (binary search; rows are sorted by key).
    int insertionRow(const QString &orderKey) const;

    const BacklogRow &rowAt(int row) const { return m_rows.at(row); }
    const QList<BacklogRow> &rows() const { return m_rows; }
    QString epicTitle(ItemId epic) const { return m_epicTitles.value(epic); }
    SprintId activeSprint() const { return m_activeSprint; }
    QString keyPrefix() const { return m_keyPrefix; }
    int rowOf(ItemId id) const;
    // The item at or above `row` that is not one of `moving`: where moved items
    // go below (0 if there is none, meaning the top).
    ItemId stayingRowAbove(int row, const QList<ItemId> &moving) const;
    QString keyOf(const BacklogRow &row) const;

    // Sums for the status bar.
    double totalEstimate() const;
    int countWithStatus(ItemStatus status) const;

signals:
    void editRefused(const QString &message);

private:
    void emitColumnChanged(int column);
    bool report(const Status &status);

    QList<BacklogRow> m_rows;
    QHash<ItemId, QString> m_epicTitles;
    QHash<ItemId, QList<ItemId>> m_dependencyWarnings;
    QHash<ItemId, int> m_unfinishedDependencies;
    QList<ReadyRule> m_readyRules;
    double m_maxStorySize = 13;
    QString m_keyPrefix;
    SprintId m_activeSprint = 0;
    BacklogEditor *m_editor = nullptr;
    QUndoStack *m_stack = nullptr;
    const Access *m_access = nullptr;
    QString m_lastError;
};

} // namespace Ordo
