#pragma once

namespace kumo {

/// Ids for QUndoCommand::id(), so that repeated edits of one value merge into one step.
enum CommandId { ChangePropertyCommandId = 1, RenameComponentCommandId = 2, SetUsageCommandId = 3 };

} // namespace kumo
