#pragma once

#include "domain/backlogrow.h"

#include <QAbstractTableModel>

namespace Ordo {

class Database;

// The archived items of a product: what left the backlog, never lost.
class ArchiveModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, TypeColumn, TitleColumn, EstimateColumn, StatusColumn, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1 };

    explicit ArchiveModel(QObject *parent = nullptr);

    // Reads the archive from the file (on open and after every archive change).
    void reload(const Database *database, const QString &keyPrefix);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    ItemId idAt(int row) const { return m_rows.at(row).id; }

private:
    QList<BacklogRow> m_rows;
    QString m_keyPrefix;
};

} // namespace Ordo
