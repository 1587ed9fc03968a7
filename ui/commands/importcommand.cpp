#include "importcommand.h"

#include "access.h"

#include "backlogeditor.h"
#include "importeditor.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <utility>

namespace Ordo {

ImportCommand::ImportCommand(ImportEditor &editor, Import::Source source, Import::Mapping mapping,
                             Import::Options options, Import::Progress progress)
    : m_editor(editor)
    , m_source(std::move(source))
    , m_mapping(std::move(mapping))
    , m_options(std::move(options))
    , m_progress(std::move(progress))
{
    //: Undo step: %1 is the format imported, such as "Jira CSV"
    setText(QCoreApplication::translate("Ordo::ImportCommand", "Import from %1").arg(m_source.format));
}

void ImportCommand::redo()
{
    if (!m_done) {
        m_done = true;
        Status status = success();
        if (auto before = Import::itemsToUpdate(m_editor.backlogEditor().database(), m_source, m_options)) {
            m_before = std::move(*before);
            auto written = m_editor.write(m_source, m_mapping, m_options, m_progress);
            if (written)
                m_result = std::move(*written);
            else
                status = written.error();
        } else {
            status = before.error();
        }
        m_progress = {};
        // The sinks point into the facade's frame: used once, here.
        QString *errorSink = std::exchange(m_errorSink, nullptr);
        Import::Result *resultSink = std::exchange(m_resultSink, nullptr);
        if (!status) {
            if (errorSink)
                *errorSink = status.errorMessage();
            setObsolete(true);
            return;
        }
        if (resultSink)
            *resultSink = m_result;
        // A redo gives the new items the ids they have now.
        m_options.ids = m_result.created;
        m_options.sprintIds = m_result.sprints;
        return;
    }
    auto written = m_editor.write(m_source, m_mapping, m_options);
    if (written)
        m_result = std::move(*written);
    m_editor.backlogEditor().report(written ? success() : Status(written.error()));
}

void ImportCommand::undo()
{
    m_editor.backlogEditor().report(m_editor.unwrite(m_result, m_before));
}

namespace ImportCommands {

Expected<Import::Result> run(const Context &context, const Import::Source &source, const Import::Mapping &mapping,
                             const Import::Options &options, const Import::Progress &progress)
{
    if (auto allowedNow = context.access ? context.access->check(Access::Change::Product) : success(); !allowedNow)
        return allowedNow.error();
    QString error;
    Import::Result result;
    auto *command = new ImportCommand(context.editor, source, mapping, options, progress);
    command->setSinks(&error, &result);
    context.stack.push(command);
    if (!error.isEmpty())
        return Error{error};
    return result;
}

} // namespace ImportCommands

} // namespace Ordo
