#pragma once

// Merge ids of undo commands that merge repeated edits (QUndoCommand::id()).
// All in one place so two commands never share an id by accident.

namespace Ordo::CommandId {

enum : int {
    ChangeTitle = 1,
    ChangeType,
    ChangeEstimate,
    ChangeStatus,
    ChangeParent,
    ChangeStoryField, // + int(ChangeFieldCommand::Field): one id per story editor field
};

} // namespace Ordo::CommandId
