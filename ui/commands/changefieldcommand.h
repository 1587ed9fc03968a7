#pragma once

#include "editorcommand.h"

#include "domain/backlogrow.h"
#include "domain/item.h"

#include <QVariant>

namespace Ordo {

// Changes one field of one item. Repeated changes of the same field of the
// same item merge into one undo step, and a change that ends where it started
// drops out of the stack.
class ChangeFieldCommand : public EditorCommand
{
public:
    enum class Field {
        TitleField,
        TypeField,
        EstimateField,
        StatusField,
        ParentField,
        // The story editor's fields.
        RoleField,
        WantField,
        BenefitField,
        DescriptionField,
        RequesterField,
        ImpactField,
        MetricNameField,
        MetricBaselineField,
        MetricTargetField,
        MetricMeasurementField, // the actual value and the day it was measured, as one
        LabelsField,
        CriteriaField,
        InvestField,
        // Scoring.
        MoscowField,
        BusinessValueField,
        TimeCriticalityField,
        RiskReductionField,
        JobSizeField,
        KanoField,
        ValueField,
        EffortField,
        ServesGoalField,
    };

    // Values: Title and the text fields QString; Type/Status int of the enum;
    // Estimate and metric numbers double, or an invalid QVariant for "none";
    // the measurement a QVariantList made by measurementValue();
    // Parent the epic's id or 0; Labels and Criteria (one text per scenario)
    // QStringList; Invest the InvestChecks bits as int; MoSCoW and Kano the
    // enum as int, the WSJF inputs int, job size, value and effort double
    // (each an invalid QVariant for "not scored"); ServesGoal bool.
    ChangeFieldCommand(BacklogEditor &editor, ItemId id, Field field, const QVariant &value);

    // The value the field has now, in the form the constructor takes.
    static QVariant currentValue(const BacklogEditor &editor, ItemId id, Field field);
    // The same for the fields a backlog row holds (invalid for the others).
    static QVariant rowValue(const BacklogRow &row, Field field);
    // The value of MetricMeasurementField: the actual (double, or invalid for none) and the
    // day it was measured (QDate, or invalid for none).
    static QVariant measurementValue(std::optional<double> actual, QDate measuredOn);

    // A value as the user reads it (the conflict dialog).
    static QString displayText(Field field, const QVariant &value);

    bool changesNothing() const { return m_old == m_new; }

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Status apply(const QVariant &value);
    // apply(), and when someone else changed the item meanwhile, the user's choice (through
    // BacklogEditor::resolveConflict()): theirs kept (the conflict comes back) or `value`
    // written again over theirs, which then replaces `replaced` (what undo or redo restores).
    Status applyResolving(const QVariant &value, QVariant &replaced);

    ItemId m_item;
    Field m_field;
    QVariant m_old;
    QVariant m_new;
};

} // namespace Ordo
