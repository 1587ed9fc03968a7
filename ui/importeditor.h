#pragma once

#include "documentchange.h"
#include "interchange/importwriter.h"
#include "storage/expected.h"

#include <QObject>

namespace Ordo {

class BacklogEditor;
class BacklogModel;
class Database;
class SprintEditor;

// The writer of imports into an open product, in the manner of BacklogEditor: each method
// writes the file in one transaction (Import::write, Import::unwrite), then brings the backlog
// model up to date, then announces the change on the document's ChangeChannel. ImportCommand
// calls it; nothing else writes an import into an open product.
class ImportEditor : public QObject
{
    Q_OBJECT

public:
    ImportEditor(Database &database, BacklogModel &model, BacklogEditor &editor, SprintEditor &sprints,
                 ChangeChannel &changes, QObject *parent = nullptr);

    // Writes `source` into the product; the new items appear in the backlog as one block at
    // the top or the bottom, the updated ones where they are.
    Expected<Import::Result> write(const Import::Source &source, const Import::Mapping &mapping,
                                   const Import::Options &options, const Import::Progress &progress = {});
    // Undoes a write(): its items leave the backlog, the items it updated are as `before`.
    Status unwrite(const Import::Result &result, const QList<BacklogItem> &before);

    BacklogEditor &backlogEditor() const { return m_editor; }

private:
    // The sprints, after an import that created some or put items into them.
    Status refreshSprints(const Import::Result &result);
    // Re-reads the rows of `ids` from the file into the model (they are all on screen).
    Status refreshRows(const QList<ItemId> &ids);

    Database &m_database;
    BacklogModel &m_model;
    BacklogEditor &m_editor;
    SprintEditor &m_sprints;
    ChangeChannel &m_changes;
};

} // namespace Ordo
