#include "sprintdialog.h"

#include "services/sprintplanning.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ordo {

QString sprintGoalPlaceholder()
{
    return QCoreApplication::translate("Ordo::SprintDialog",
                                       "The value this sprint delivers, e.g. “Let shoppers split a payment” "
                                       "(not “Finish HRV-12 and HRV-13”)");
}

SprintDialog::SprintDialog(const Sprint &sprint, const QList<Sprint> &others, std::optional<double> suggestedCapacity,
                           const QString &suggestionText, QWidget *parent)
    : QDialog(parent)
    , m_sprint(sprint)
    , m_others(others)
    , m_name(new QLineEdit(sprint.name, this))
    , m_start(new QDateEdit(sprint.start, this))
    , m_end(new QDateEdit(sprint.end, this))
    , m_goal(new QPlainTextEdit(sprint.goal, this))
    , m_capacity(new QDoubleSpinBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("sprintDialog"));
    setWindowTitle(sprint.id == 0 ? tr("New Sprint") : tr("Edit Sprint"));
    for (QDateEdit *date : {m_start, m_end}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_start->setObjectName(QStringLiteral("sprintStart"));
    m_end->setObjectName(QStringLiteral("sprintEnd"));
    m_name->setObjectName(QStringLiteral("sprintName"));
    m_goal->setObjectName(QStringLiteral("sprintGoal"));
    m_goal->setPlaceholderText(sprintGoalPlaceholder());
    m_goal->setTabChangesFocus(true);
    m_goal->setFixedHeight(m_goal->fontMetrics().lineSpacing() * 4 + 12);
    m_capacity->setObjectName(QStringLiteral("sprintCapacity"));
    m_capacity->setRange(0, 10000);
    m_capacity->setDecimals(1);
    m_capacity->setSpecialValueText(tr("Not set"));
    m_capacity->setSuffix(tr(" points"));
    m_capacity->setValue(sprint.capacity.value_or(0));
    m_problem->setObjectName(QStringLiteral("sprintProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #B3261E;"));

    auto *capacityRow = new QHBoxLayout;
    capacityRow->addWidget(m_capacity, 1);
    if (suggestedCapacity) {
        auto *suggest = new QPushButton(tr("Use %1").arg(QLocale().toString(*suggestedCapacity, 'f', 0)), this);
        suggest->setObjectName(QStringLiteral("useSuggestedCapacity"));
        suggest->setToolTip(suggestionText);
        connect(suggest, &QPushButton::clicked, this, [this, suggestedCapacity] { m_capacity->setValue(qRound(*suggestedCapacity)); });
        capacityRow->addWidget(suggest);
    }

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&First day:"), m_start);
    form->addRow(tr("&Last day:"), m_end);
    form->addRow(tr("Sprint &goal:"), m_goal);
    form->addRow(tr("&Capacity:"), capacityRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SprintDialog::validate);
    connect(m_start, &QDateEdit::dateChanged, this, [this](QDate start) {
        // Moving the first day keeps the sprint's length.
        const qint64 length = m_sprint.start.daysTo(m_sprint.end);
        m_sprint.start = start;
        m_sprint.end = start.addDays(length);
        m_end->setDate(m_sprint.end);
        validate();
    });
    connect(m_end, &QDateEdit::dateChanged, this, [this](QDate end) {
        m_sprint.end = end;
        validate();
    });
    connect(m_capacity, &QDoubleSpinBox::valueChanged, this, &SprintDialog::validate);
    resize(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 70), sizeHint().height());
    validate();
}

Sprint SprintDialog::sprint() const
{
    Sprint sprint = m_sprint;
    sprint.name = m_name->text().trimmed();
    sprint.start = m_start->date();
    sprint.end = m_end->date();
    sprint.goal = m_goal->toPlainText().trimmed();
    sprint.capacity = m_capacity->value() > 0 ? std::optional<double>(m_capacity->value()) : std::nullopt;
    return sprint;
}

QString SprintDialog::problem() const { return m_problem->text(); }

void SprintDialog::validate()
{
    const Status valid = SprintPlanning::check(sprint(), m_others);
    m_problem->setText(valid ? QString() : valid.errorMessage());
    m_problem->setVisible(!valid);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(bool(valid));
}

} // namespace Ordo
