#include "sprintsmodel.h"

#include "backlog/backlogmodel.h"
#include "productdocument.h"
#include "sprinteditor.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace Ordo {

SprintsModel::SprintsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SprintsModel::setDocument(ProductDocument *document)
{
    if (m_document)
        disconnect(m_document->changes(), nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document->changes(), &ChangeChannel::changed, this, [this](const DocumentChange &change) {
            if (change.what == DocumentChange::What::Sprints) {
                reload();
            } else if (change.what == DocumentChange::What::ItemFields && !m_sprints.isEmpty()) {
                recount();
                emit dataChanged(index(0, CommittedColumn), index(rowCount() - 1, CompletedColumn));
            }
        });
    }
    reload();
}

void SprintsModel::recount()
{
    m_points = m_document ? SprintOperations::pointsBySprint(m_document->backlogModel()->rows())
                          : QHash<SprintId, SprintOperations::Points>();
}

void SprintsModel::reload()
{
    recount();
    const QList<Sprint> sprints = m_document ? m_document->sprintEditor()->sprints() : QList<Sprint>();
    QList<SprintId> before, after;
    for (const Sprint &s : std::as_const(m_sprints))
        before.append(s.id);
    for (const Sprint &s : sprints)
        after.append(s.id);
    if (before == after) {
        m_sprints = sprints;
        if (!m_sprints.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_sprints = sprints;
    endResetModel();
}

SprintId SprintsModel::sprintAt(int row) const { return row >= 0 && row < m_sprints.size() ? m_sprints.at(row).id : 0; }

int SprintsModel::rowOf(SprintId id) const
{
    for (int i = 0; i < m_sprints.size(); ++i) {
        if (m_sprints.at(i).id == id)
            return i;
    }
    return -1;
}

int SprintsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_sprints.size()); }

int SprintsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SprintsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Sprint &sprint = m_sprints.at(index.row());
    const QLocale locale;
    const auto pointsText = [&locale](std::optional<double> points) {
        return points ? locale.toString(*points, 'g', 4) : QStringLiteral("–");
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return sprint.name;
        case StateColumn: return displayName(sprint.state);
        case DatesColumn:
            //: A sprint's first and last day, short
            return tr("%1 – %2").arg(locale.toString(sprint.start, tr("d MMM", "short date of a sprint list")),
                                     locale.toString(sprint.end, tr("d MMM", "short date of a sprint list")));
        case GoalColumn: return sprint.goal;
        case CommittedColumn: {
            if (sprint.state == SprintState::Planned)
                return pointsText(m_points.value(sprint.id).total);
            return pointsText(m_document->sprintEditor()->commitmentOf(sprint.id));
        }
        case CompletedColumn: {
            if (sprint.state == SprintState::Closed)
                return pointsText(m_document->sprintEditor()->velocityOf(sprint.id));
            if (sprint.state == SprintState::Active)
                return pointsText(m_points.value(sprint.id).done);
            return QStringLiteral("–");
        }
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == DatesColumn)
            return tr("%1 to %2").arg(locale.toString(sprint.start, QLocale::LongFormat), locale.toString(sprint.end, QLocale::LongFormat));
        if (index.column() == GoalColumn || index.column() == NameColumn)
            return sprint.goal.isEmpty() ? tr("No sprint goal yet") : sprint.goal;
        if (index.column() == CompletedColumn)
            return tr("Closed sprints: the points accepted by the close (the velocity). Active: the points done so far.");
        return {};
    case Qt::FontRole:
        if (sprint.state == SprintState::Active) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (sprint.isOver())
            return QColor(0x60, 0x66, 0x70);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CommittedColumn || index.column() == CompletedColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SprintIdRole: return sprint.id;
    case SprintStateRole: return int(sprint.state);
    default: return {};
    }
}

QVariant SprintsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Sprint");
    case StateColumn: return tr("State");
    case DatesColumn: return tr("Dates");
    case GoalColumn: return tr("Sprint Goal");
    case CommittedColumn: return tr("Committed");
    case CompletedColumn: return tr("Completed");
    default: return {};
    }
}

} // namespace Ordo
