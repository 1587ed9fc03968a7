#pragma once

#include "commands/backlogcommands.h"

#include <QList>

#include <functional>

class QWidget;

// The decisions a Product Owner should be able to explain later: archiving
// an item, declining a request, marking an item Won't, rejecting it, and
// applying a proposed order. Each asks (unless the user turned that off) for
// the reasoning and the stakeholder, then makes the change and records the
// decision as one undo step.
namespace Ordo::DecisionPrompt {

// Stakeholders named in the decision log so far, most recent first.
QStringList knownStakeholders(const BacklogEditor &editor);

// Whether Ordo asks for the reasoning (a user setting; on by default).
bool asks();
void setAsks(bool ask);

// Asks about `statement` for `items` (none: a decision about the whole
// backlog), then runs `edit` and records one decision per item, all as one
// undo step called `stepText`. A cancelled prompt changes nothing.
Status decide(const Commands::Context &context,
              const QString &stepText,
              const QString &statement,
              const QList<ItemId> &items,
              const QString &details,
              const std::function<Status()> &edit,
              QString stakeholder = {});

// The edits that are decisions, or may be.
Status archive(const Commands::Context &context, const QList<ItemId> &ids);
Status decline(const Commands::Context &context, ItemId id);
Status setScore(const Commands::Context &context,
                const QList<ItemId> &ids,
                ChangeFieldCommand::Field field,
                const QVariant &value);
// Several scores at once, one undo step; asks when one of them is Won't.
Status setScores(const Commands::Context &context,
                 const QList<ItemId> &ids,
                 const QList<QPair<ChangeFieldCommand::Field, QVariant>> &changes);
Status setStatus(const Commands::Context &context, const QList<ItemId> &ids, ItemStatus status);

} // namespace Ordo::DecisionPrompt
