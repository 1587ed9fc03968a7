#pragma once

#include "domain/backlogrow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Ordo {

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
    enum Column {
        PositionColumn,
        KeyColumn,
        TypeColumn,
        TitleColumn,
        EpicColumn,
        EstimateColumn,
        StatusColumn,
        LabelsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        ItemTypeRole,   // int(ItemType)
        ItemStatusRole, // int(ItemStatus)
        InActiveSprintRole,
        OrderKeyRole,
    };
    Q_ENUM(Role)

    explicit BacklogModel(QObject *parent = nullptr);

    // Replaces every row (opening a product).
    void setRows(QList<BacklogRow> rows, QString keyPrefix, SprintId activeSprint);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const BacklogRow &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(ItemId id) const;
    QString keyOf(const BacklogRow &row) const;

    // Sums for the status bar.
    double totalEstimate() const;
    int countWithStatus(ItemStatus status) const;

private:
    QList<BacklogRow> m_rows;
    QHash<ItemId, QString> m_epicTitles;
    QString m_keyPrefix;
    SprintId m_activeSprint = 0;
};

} // namespace Ordo
