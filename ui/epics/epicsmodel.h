#pragma once

#include "domain/item.h"

#include <QAbstractListModel>
#include <QTimer>

class QUndoStack;

namespace Ordo {

class BacklogEditor;
class BacklogModel;

// The epics of the backlog with their progress, plus "All items" and "No
// epic" rows for filtering. Follows the BacklogModel (recomputed once per
// event loop turn after changes) and accepts dropped items to assign them.
class EpicsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Kind { AllItems, NoEpic, Epic };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(Kind)
        EpicIdRole,
        SummaryRole,  // "13 of 34 points done · 2 new · 1 ready …"
        ProgressRole, // 0..1, points done / total
    };

    struct Row
    {
        Kind kind = Kind::Epic;
        ItemId epic = 0;
        QString title;
        QString key;
        double donePoints = 0;
        double totalPoints = 0;
        int items = 0;
        QList<int> perStatus; // counts by int(ItemStatus)
    };

    explicit EpicsModel(QObject *parent = nullptr);

    void setBacklog(BacklogModel *model, BacklogEditor *editor, QUndoStack *stack);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    const Row &rowAt(int row) const { return m_rows.at(row); }
    // Recomputes now (normally done on a timer after backlog changes).
    void refresh();

signals:
    void dropRefused(const QString &message);

private:
    void scheduleRefresh();

    BacklogModel *m_backlog = nullptr;
    BacklogEditor *m_editor = nullptr;
    QUndoStack *m_stack = nullptr;
    QList<Row> m_rows;
    QTimer m_refresh;
};

} // namespace Ordo
