#include "importeditor.h"

#include "backlog/backlogmodel.h"
#include "backlogeditor.h"
#include "sprinteditor.h"
#include "storage/itemrepository.h"

#include <QSet>

#include <algorithm>

namespace Ordo {

namespace {

// Reading every row at once is faster than one query per row beyond a few thousand rows.
constexpr qsizetype rowByRowLimit = 2000;

Expected<QList<BacklogRow>> rowsOf(const Database &database, const QList<ItemId> &ids)
{
    ItemRepository items(database);
    QList<BacklogRow> rows;
    if (ids.size() <= rowByRowLimit) {
        rows.reserve(ids.size());
        for (ItemId id : ids) {
            auto row = items.backlogRow(id);
            if (!row)
                return row.error();
            rows.append(std::move(*row));
        }
        return rows;
    }
    auto all = items.backlogRows(true);
    if (!all)
        return all.error();
    const QSet<ItemId> wanted(ids.cbegin(), ids.cend());
    for (BacklogRow &row : *all) {
        if (wanted.contains(row.id))
            rows.append(std::move(row));
    }
    return rows;
}

} // namespace

ImportEditor::ImportEditor(Database &database, BacklogModel &model, BacklogEditor &editor, SprintEditor &sprints,
                           ChangeChannel &changes, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_model(model)
    , m_editor(editor)
    , m_sprints(sprints)
    , m_changes(changes)
{}

Expected<Import::Result> ImportEditor::write(const Import::Source &source, const Import::Mapping &mapping,
                                             const Import::Options &options, const Import::Progress &progress)
{
    auto result = Import::write(m_database, source, mapping, options, progress);
    if (!result)
        return result;

    // The new items sit together at the top or the bottom of the order: one insertion.
    auto created = rowsOf(m_database, result->created);
    if (!created)
        return created.error();
    created->removeIf([](const BacklogRow &row) { return row.archived; });
    std::sort(created->begin(), created->end(),
              [](const BacklogRow &a, const BacklogRow &b) { return a.orderKey < b.orderKey; });
    if (!created->isEmpty())
        m_model.insertBacklogRows(m_model.insertionRow(created->constFirst().orderKey), *created);
    if (auto refreshed = refreshRows(result->updated); !refreshed)
        return refreshed.error();

    m_editor.dependenciesWritten();
    if (auto sprints = refreshSprints(*result); !sprints)
        return sprints.error();
    m_changes.announce(DocumentChange::What::ItemFields, result->created + result->updated);
    if (result->dependencies > 0)
        m_changes.announce(DocumentChange::What::Dependencies, result->created);
    return result;
}

Status ImportEditor::unwrite(const Import::Result &result, const QList<BacklogItem> &before)
{
    if (auto undone = Import::unwrite(m_database, result, before); !undone)
        return undone;
    m_model.removeBacklogRows(result.created);
    QList<ItemId> updated;
    updated.reserve(before.size());
    for (const BacklogItem &item : before)
        updated.append(item.id);
    if (auto refreshed = refreshRows(updated); !refreshed)
        return refreshed;
    m_editor.dependenciesWritten();
    if (auto sprints = refreshSprints(result); !sprints)
        return sprints;
    m_changes.announce(DocumentChange::What::Archive, result.created);
    if (!updated.isEmpty())
        m_changes.announce(DocumentChange::What::ItemFields, updated);
    if (result.dependencies > 0)
        m_changes.announce(DocumentChange::What::Dependencies, updated);
    return success();
}

Status ImportEditor::refreshSprints(const Import::Result &result)
{
    // Items put into a sprint (a new one or one the product had) change its plan too.
    Q_UNUSED(result)
    return m_sprints.sprintsWritten();
}

Status ImportEditor::refreshRows(const QList<ItemId> &ids)
{
    if (ids.isEmpty())
        return success();
    auto rows = rowsOf(m_database, ids);
    if (!rows)
        return rows.error();
    const QHash<ItemId, int> at = m_model.rowsOf(ids);
    for (const BacklogRow &row : std::as_const(*rows)) {
        if (const int position = at.value(row.id, -1); position >= 0)
            m_model.updateBacklogRow(position, row);
    }
    return success();
}

} // namespace Ordo
