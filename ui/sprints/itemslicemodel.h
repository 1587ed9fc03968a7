#pragma once

#include "domain/backlogrow.h"
#include "storage/expected.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>

namespace Ordo {

class BacklogModel;

// The items of the backlog that one part of a sprint screen shows (a sprint's items, the
// plannable backlog, one column of the board), in backlog order, as a table over the
// BacklogModel's rows.
//
// It keeps the ids of its items and their rows in the BacklogModel, ascending. A row inserted,
// removed or moved in the backlog shifts those rows (integer arithmetic, no lookups) and inserts,
// removes or moves the one slice row concerned; an edit of a few rows inserts or removes just
// those. A bulk change of the backlog (a reorder of thousands, a reset) resets the slice. Drops
// decode the backlog's drag format and go to a
// handler the screen sets, which runs the undoable action.
class ItemSliceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, TypeColumn, TitleColumn, PointsColumn, StatusColumn, GoalColumn, ColumnCount };
    Q_ENUM(Column)
    // Besides the BacklogModel's roles (forwarded): the flag line of the row (see setFlagger).
    enum Role { FlagRole = Qt::UserRole + 200 };

    using Predicate = std::function<bool(const BacklogRow &)>;
    // Where dropped items go: `row` is the slice row they were dropped above (-1: the end).
    using DropHandler = std::function<Status(const QList<ItemId> &ids, int row)>;
    // A tooltip line for an item that needs attention (not ready, blocked), or empty.
    using Flagger = std::function<QString(const BacklogRow &)>;

    explicit ItemSliceModel(QObject *parent = nullptr);

    void setSource(BacklogModel *source);
    BacklogModel *source() const { return m_source; }
    // An inactive slice (its screen is not shown) is empty and ignores the backlog, so that it
    // costs nothing while the Product Owner works elsewhere; activating it reads the rows again.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    void setPredicate(Predicate predicate);
    // Re-evaluates which items belong (after something the predicate reads has changed).
    void refresh();
    void setDropHandler(DropHandler handler) { m_dropHandler = std::move(handler); }
    void setFlagger(Flagger flagger);
    // Goal column: whether items can be marked as serving the sprint goal, and what marking does.
    void setGoalHandler(std::function<Status(ItemId, bool)> handler) { m_goalHandler = std::move(handler); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    const QList<ItemId> &ids() const { return m_ids; }
    ItemId idAt(int row) const { return m_ids.at(row); }
    int rowOfId(ItemId id) const { return int(m_ids.indexOf(id)); }
    const BacklogRow &rowAt(int row) const;
    // Sum of the estimates, and how many items have none.
    double points() const;
    int unestimatedCount() const;
    // A flag line for the row (see setFlagger), or empty.
    QString flagOf(int row) const;

signals:
    void dropRefused(const QString &message);
    // Rows were added, removed or re-evaluated: totals may have changed. After a change of the
    // backlog's rows it comes once that change is over (queued).
    void contentsChanged();

private:
    void connectSource();
    void sync();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void sourceAboutToReset();
    void scheduleContentsChanged();
    void sourceReset();
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsMoved(const QModelIndex &parent, int start, int end, const QModelIndex &destination, int row);
    // The first slice row whose source row is at or after `sourceRow`.
    int lowerBound(int sourceRow) const;
    void insertMember(int sourceRow);

    BacklogModel *m_source = nullptr;
    Predicate m_predicate;
    DropHandler m_dropHandler;
    Flagger m_flagger;
    std::function<Status(ItemId, bool)> m_goalHandler;
    QList<ItemId> m_ids;
    QList<int> m_rows; // the source row of each slice row, ascending
    bool m_active = true;
    bool m_resetting = false;
    bool m_contentsChangePending = false;
};

} // namespace Ordo
