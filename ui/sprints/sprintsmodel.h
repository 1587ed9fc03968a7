#pragma once

#include "domain/item.h"
#include "domain/sprint.h"
#include "services/sprintoperations.h"

#include <QAbstractTableModel>

namespace Ordo {

class ProductDocument;

// Every sprint of the product, oldest first: past, active and planned, with dates, goal, and
// the points committed and completed (accepted, for closed sprints: their velocity).
class SprintsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, DatesColumn, GoalColumn, CommittedColumn, CompletedColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { SprintIdRole = Qt::UserRole + 1, SprintStateRole };

    explicit SprintsModel(QObject *parent = nullptr);

    void setDocument(ProductDocument *document);
    SprintId sprintAt(int row) const;
    int rowOf(SprintId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void reload();
    void recount();

    ProductDocument *m_document = nullptr;
    QList<Sprint> m_sprints;
    QHash<SprintId, SprintOperations::Points> m_points; // counted once per change, not per paint
};

} // namespace Ordo
