#pragma once

#include "interchange/importwriter.h"
#include "storage/expected.h"

#include <QUndoCommand>

class QUndoStack;

namespace Ordo {

class Access;

class ImportEditor;

// An import as one undo step. Its first run writes the source with the progress callback (the
// import dialog's progress and Cancel); undo removes what it created and puts back what it
// updated; redo writes the same source again under the same item ids.
class ImportCommand : public QUndoCommand
{
public:
    ImportCommand(ImportEditor &editor, Import::Source source, Import::Mapping mapping, Import::Options options,
                  Import::Progress progress);

    void redo() override;
    void undo() override;

    // push() deletes a command whose first run failed: the facade reads the outcome through these.
    void setSinks(QString *error, Import::Result *result)
    {
        m_errorSink = error;
        m_resultSink = result;
    }

private:
    ImportEditor &m_editor;
    Import::Source m_source;
    Import::Mapping m_mapping;
    Import::Options m_options;
    Import::Progress m_progress;
    Import::Result m_result;
    QList<BacklogItem> m_before;
    bool m_done = false;
    QString *m_errorSink = nullptr;
    Import::Result *m_resultSink = nullptr;
};

namespace ImportCommands {

struct Context
{
    ImportEditor &editor;
    QUndoStack &stack;
    // What the user may change (ui/access.h); none: everything.
    const Access *access = nullptr;
};

// Imports `source` into the open product as one undo step; nothing is written on failure or
// when `progress` cancels.
Expected<Import::Result> run(const Context &context, const Import::Source &source, const Import::Mapping &mapping,
                             const Import::Options &options, const Import::Progress &progress = {});

} // namespace ImportCommands

} // namespace Ordo
