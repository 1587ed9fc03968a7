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
    ChangeStoryField = 100, // + int(ChangeFieldCommand::Field): one id per story editor field
    EditSprint = 200,       // a sprint's own fields (name, dates, goal, capacity) typed in one go
};

} // namespace Ordo::CommandId
