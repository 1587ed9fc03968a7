#include "scoredialog.h"

#include "story/scoringeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ordo {
namespace {

using Field = ChangeFieldCommand::Field;

// The data of the "Keep as is" entry: distinct from "Not scored" (an invalid QVariant).
const QString keepMarker = QStringLiteral("keep");

} // namespace

ScoreDialog::ScoreDialog(int itemCount, QWidget *parent)
    : QDialog(parent)
    , m_goal(new QCheckBox(tr("Serves the Product Goal"), this))
{
    setWindowTitle(tr("Score %n Item(s)", nullptr, itemCount));
    auto *intro = new QLabel(tr("Set the scores the %n selected item(s) share. Fields left at "
                                "“Keep as is” do not change.", nullptr, itemCount),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto addBox = [this, form](Field field, const QString &label) {
        QComboBox *box = ScoringEditor::choices(field, this);
        //: A field of the Score dialog that stays as each item has it
        box->insertItem(0, tr("Keep as is"), keepMarker);
        box->setItemText(1, tr("Not scored"));
        box->setCurrentIndex(0);
        connect(box, &QComboBox::currentIndexChanged, this, &ScoreDialog::updateOk);
        m_boxes.append({field, box});
        form->addRow(label, box);
    };
    const auto addNumber = [this, form](Field field, const QString &label) {
        QLineEdit *edit = ScoringEditor::numberField(this);
        edit->setPlaceholderText(tr("Keep as is"));
        connect(edit, &QLineEdit::textChanged, this, &ScoreDialog::updateOk);
        m_numbers.append({field, edit});
        form->addRow(label, edit);
    };
    addBox(Field::MoscowField, tr("MoSCoW"));
    addBox(Field::BusinessValueField, tr("Business value"));
    addBox(Field::TimeCriticalityField, tr("Time criticality"));
    addBox(Field::RiskReductionField, tr("Risk reduction / opportunity enablement"));
    addNumber(Field::JobSizeField, tr("Job size"));
    addBox(Field::KanoField, tr("Kano"));
    addNumber(Field::ValueField, tr("Value"));
    addNumber(Field::EffortField, tr("Effort"));
    m_goal->setTristate(true);
    m_goal->setCheckState(Qt::PartiallyChecked);
    m_goal->setToolTip(tr("Partly checked keeps each item as it is."));
    connect(m_goal, &QCheckBox::stateChanged, this, &ScoreDialog::updateOk);
    form->addRow(QString(), m_goal);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Score"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateOk();
}

QList<ScoreDialog::Change> ScoreDialog::changes() const
{
    QList<Change> result;
    for (const auto &[field, box] : m_boxes) {
        if (box->currentData() != QVariant(keepMarker))
            result.append({field, box->currentData()});
    }
    for (const auto &[field, edit] : m_numbers) {
        if (edit->text().trimmed().isEmpty())
            continue;
        if (const auto value = ScoringEditor::numberOf(edit->text()))
            result.append({field, *value});
    }
    if (m_goal->checkState() != Qt::PartiallyChecked)
        result.append({Field::ServesGoalField, m_goal->checkState() == Qt::Checked});
    return result;
}

QComboBox *ScoreDialog::box(Field field) const
{
    for (const auto &[f, box] : m_boxes) {
        if (f == field)
            return box;
    }
    return nullptr;
}

QLineEdit *ScoreDialog::numberEdit(Field field) const
{
    for (const auto &[f, edit] : m_numbers) {
        if (f == field)
            return edit;
    }
    return nullptr;
}

void ScoreDialog::updateOk()
{
    bool numbersValid = true;
    for (const auto &[field, edit] : std::as_const(m_numbers)) {
        if (!edit->text().trimmed().isEmpty() && !ScoringEditor::numberOf(edit->text()))
            numbersValid = false;
    }
    m_ok->setEnabled(numbersValid && !changes().isEmpty());
}

} // namespace Ordo
