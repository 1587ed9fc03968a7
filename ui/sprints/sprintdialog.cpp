#include "sprintdialog.h"

#include "services/sprintplanning.h"
#include "story/checklisteditor.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QTableWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
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

SprintDialog::SprintDialog(const Sprint &sprint, const QList<Sprint> &others, const QList<TeamMember> &team, Suggest suggest,
                           QWidget *parent)
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
    , m_team(team)
    , m_suggestFor(std::move(suggest))
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
    m_suggest = new QPushButton(this);
    m_suggest->setObjectName(QStringLiteral("useSuggestedCapacity"));
    connect(m_suggest, &QPushButton::clicked, this, [this] {
        if (m_suggestion)
            m_capacity->setValue(qRound(*m_suggestion));
    });
    capacityRow->addWidget(m_suggest);

    if (!m_team.isEmpty()) {
        m_daysOff = new QTableWidget(int(m_team.size()), 2, this);
        m_daysOff->setObjectName(QStringLiteral("daysOff"));
        m_daysOff->setHorizontalHeaderLabels({tr("Team member"), tr("Days off")});
        m_daysOff->verticalHeader()->hide();
        m_daysOff->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_daysOff->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        m_daysOff->setEditTriggers(QAbstractItemView::NoEditTriggers);
        for (int row = 0; row < m_team.size(); ++row) {
            const TeamMember &member = m_team.at(row);
            m_daysOff->setItem(row, 0, new QTableWidgetItem(tr("%1 (%2%)").arg(member.name).arg(member.availability)));
            auto *days = new QDoubleSpinBox(m_daysOff);
            days->setRange(0, 60);
            days->setDecimals(1);
            days->setSingleStep(0.5);
            for (const auto &[id, off] : sprint.daysOff) {
                if (id == member.id)
                    days->setValue(off);
            }
            connect(days, &QDoubleSpinBox::valueChanged, this, &SprintDialog::updateSuggestion);
            m_daysOff->setCellWidget(row, 1, days);
        }
        m_daysOff->setFixedHeight(m_daysOff->horizontalHeader()->sizeHint().height()
                                  + m_daysOff->verticalHeader()->defaultSectionSize() * int(std::min<qsizetype>(m_team.size(), 5)) + 4);
    }

    // The review checks the Definition of Done agreed for this sprint: editable until it starts.
    QWidget *done = nullptr;
    const QStringList doneItems = sprint.definitionOfDone.value_or(QStringList());
    if (sprint.state == SprintState::Planned) {
        m_done = new ChecklistEditor(tr("New Definition of Done item"), this);
        m_done->setObjectName(QStringLiteral("sprintDefinitionOfDone"));
        m_done->setItems(doneItems);
        // Whole sentences, wrapped, rather than a sideways scroll.
        m_done->list()->setWordWrap(true);
        m_done->list()->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_done->setToolTip(tr("What every item of this sprint must meet to be done. A copy of the product's "
                              "Definition of Done; it is frozen when the sprint starts, and the review checks it."));
        done = m_done;
    } else {
        QStringList lines;
        for (const QString &item : doneItems)
            lines.append(QStringLiteral("• ") + item.toHtmlEscaped());
        auto *agreed = new QLabel(this);
        agreed->setObjectName(QStringLiteral("sprintDefinitionOfDone"));
        agreed->setWordWrap(true);
        agreed->setTextFormat(Qt::RichText);
        agreed->setText((lines.isEmpty() ? tr("None was agreed.") : lines.join(QStringLiteral("<br>")))
                        + QStringLiteral("<br><i>") + tr("Agreed when the sprint started; it no longer changes.")
                        + QStringLiteral("</i>"));
        done = agreed;
    }

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&First day:"), m_start);
    form->addRow(tr("&Last day:"), m_end);
    form->addRow(tr("Sprint &goal:"), m_goal);
    if (m_daysOff)
        form->addRow(tr("Days &off:"), m_daysOff);
    // A row that is a layout gets no buddy from addRow(): the label names the spin box itself.
    auto *capacityLabel = new QLabel(tr("&Capacity:"), this);
    capacityLabel->setBuddy(m_capacity);
    form->addRow(capacityLabel, capacityRow);
    form->addRow(tr("&Definition of Done:"), done);
    if (m_done) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_done)))
            label->setBuddy(m_done->list());
    }

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
        updateSuggestion();
    });
    connect(m_end, &QDateEdit::dateChanged, this, [this](QDate end) {
        m_sprint.end = end;
        validate();
        updateSuggestion();
    });
    connect(m_capacity, &QDoubleSpinBox::valueChanged, this, &SprintDialog::validate);
    resize(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 80), sizeHint().height());
    validate();
    updateSuggestion();
}

void SprintDialog::updateSuggestion()
{
    QString arithmetic;
    m_suggestion = m_suggestFor ? m_suggestFor(sprint(), &arithmetic) : std::nullopt;
    m_suggest->setVisible(m_suggestion.has_value());
    if (m_suggestion) {
        m_suggest->setText(tr("Use %1").arg(QLocale().toString(*m_suggestion, 'f', 0)));
        m_suggest->setToolTip(arithmetic);
    }
}

Sprint SprintDialog::sprint() const
{
    Sprint sprint = m_sprint;
    sprint.name = m_name->text().trimmed();
    sprint.start = m_start->date();
    sprint.end = m_end->date();
    sprint.goal = m_goal->toPlainText().trimmed();
    sprint.capacity = m_capacity->value() > 0 ? std::optional<double>(m_capacity->value()) : std::nullopt;
    if (m_done)
        sprint.definitionOfDone = m_done->items();
    if (m_daysOff) {
        sprint.daysOff.clear();
        for (int row = 0; row < m_team.size(); ++row) {
            const auto *days = qobject_cast<QDoubleSpinBox *>(m_daysOff->cellWidget(row, 1));
            if (days && days->value() > 0)
                sprint.daysOff.append({m_team.at(row).id, days->value()});
        }
    }
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
