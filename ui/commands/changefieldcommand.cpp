#include "changefieldcommand.h"

#include "backlog/backlogmodel.h"
#include "backlogeditor.h"
#include "commandids.h"

#include <QCoreApplication>

namespace Ordo {
namespace {

QString textFor(ChangeFieldCommand::Field field)
{
    switch (field) {
    case ChangeFieldCommand::Field::TitleField:
        return QCoreApplication::translate("Ordo::Commands", "Change Title");
    case ChangeFieldCommand::Field::TypeField:
        return QCoreApplication::translate("Ordo::Commands", "Change Type");
    case ChangeFieldCommand::Field::EstimateField:
        return QCoreApplication::translate("Ordo::Commands", "Change Estimate");
    case ChangeFieldCommand::Field::StatusField:
        return QCoreApplication::translate("Ordo::Commands", "Change Status");
    case ChangeFieldCommand::Field::ParentField:
        return QCoreApplication::translate("Ordo::Commands", "Change Epic");
    }
    return {};
}

} // namespace

ChangeFieldCommand::ChangeFieldCommand(BacklogEditor &editor,
                                       ItemId id,
                                       Field field,
                                       const QVariant &value)
    : EditorCommand(editor)
    , m_item(id)
    , m_field(field)
    , m_old(currentValue(editor, id, field))
    , m_new(value)
{
    setText(textFor(field));
}

QVariant ChangeFieldCommand::currentValue(const BacklogEditor &editor, ItemId id, Field field)
{
    const BacklogModel &model = editor.model();
    const int row = model.rowOf(id);
    if (row < 0)
        return {};
    const BacklogRow &r = model.rowAt(row);
    switch (field) {
    case Field::TitleField: return r.title;
    case Field::TypeField: return int(r.type);
    case Field::EstimateField: return r.isEstimated() ? QVariant(double(r.estimate)) : QVariant();
    case Field::StatusField: return int(r.status);
    case Field::ParentField: return r.parentId;
    }
    return {};
}

Status ChangeFieldCommand::apply(const QVariant &value)
{
    switch (m_field) {
    case Field::TitleField: return m_editor.setTitle(m_item, value.toString());
    case Field::TypeField: return m_editor.setType(m_item, ItemType(value.toInt()));
    case Field::EstimateField:
        return m_editor.setEstimate(m_item,
                                    value.isValid() ? std::optional<double>(value.toDouble())
                                                    : std::nullopt);
    case Field::StatusField: return m_editor.setStatus(m_item, ItemStatus(value.toInt()));
    case Field::ParentField:
        return m_editor.setParent(m_item,
                                  value.toLongLong() != 0 ? std::optional<ItemId>(value.toLongLong())
                                                          : std::nullopt);
    }
    return success();
}

void ChangeFieldCommand::redo() { finish(apply(m_new)); }

void ChangeFieldCommand::undo() { finish(apply(m_old)); }

int ChangeFieldCommand::id() const
{
    switch (m_field) {
    case Field::TitleField: return CommandId::ChangeTitle;
    case Field::TypeField: return CommandId::ChangeType;
    case Field::EstimateField: return CommandId::ChangeEstimate;
    case Field::StatusField: return CommandId::ChangeStatus;
    case Field::ParentField: return CommandId::ChangeParent;
    }
    return -1;
}

bool ChangeFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *change = static_cast<const ChangeFieldCommand *>(other);
    if (change->m_item != m_item || change->m_field != m_field || !change->succeeded())
        return false;
    m_new = change->m_new;
    setObsolete(m_old == m_new);
    return true;
}

} // namespace Ordo
