#pragma once

#include "editorcommand.h"

#include "domain/decision.h"
#include "domain/item.h"
#include "domain/product.h"

namespace Ordo {

// Moves one acceptance criterion of an item to another position; the
// criterion keeps its identity (and later its sprint review verdict).
class MoveCriterionCommand : public EditorCommand
{
public:
    MoveCriterionCommand(BacklogEditor &editor, ItemId item, int from, int to);

    void redo() override;
    void undo() override;

private:
    ItemId m_item;
    int m_from;
    int m_to;
};

// Replaces the product's settings: name, Product Goal, estimation, and the
// Definitions of Ready and Done.
class ChangeProductCommand : public EditorCommand
{
public:
    ChangeProductCommand(BacklogEditor &editor, Product product);

    bool changesNothing() const;
    void redo() override;
    void undo() override;

private:
    Product m_old;
    Product m_new;
};

// Records one entry of the decision log; undo takes it back out.
class RecordDecisionCommand : public EditorCommand
{
public:
    RecordDecisionCommand(BacklogEditor &editor, Decision decision);

    void redo() override;
    void undo() override;

private:
    Decision m_decision;
};

} // namespace Ordo
