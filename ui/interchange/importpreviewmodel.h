#pragma once

#include "interchange/importsource.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Ordo {

// The first items of an import as they will appear in the backlog: Ordo's type and status
// through the mapping, the epic by its title, the counts of labels and criteria. The import
// dialog's preview shows it before anything is written.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, TypeColumn, TitleColumn, StatusColumn, EstimateColumn, EpicColumn,
                  LabelsColumn, CriteriaColumn, SprintColumn, ColumnCount };
    static constexpr int previewRows = 50;

    explicit ImportPreviewModel(QObject *parent = nullptr);

    // Shows the first previewRows items of `source` (both must outlive the model's use).
    void setSource(const Import::Source *source, const Import::Mapping *mapping);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Import::Source *m_source = nullptr;
    const Import::Mapping *m_mapping = nullptr;
    // The epic an item goes under, as the import decides it: its parent if that is an epic,
    // else its parent's epic.
    const Import::SourceItem *epicOf(const Import::SourceItem &item) const;

    QHash<QString, qsizetype> m_byKey; // items by key, for the epic column
    int m_rows = 0;
};

} // namespace Ordo
