#include "productsettingsdialog.h"

#include "story/checklisteditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QTableWidget>
#include <QLocale>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Ordo {

ProductSettingsDialog::ProductSettingsDialog(const Product &product, QWidget *parent)
    : QDialog(parent)
    , m_product(product)
    , m_tabs(new QTabWidget(this))
    , m_name(new QLineEdit(product.name, this))
    , m_keyPrefix(new QLineEdit(product.keyPrefix, this))
    , m_goal(new QPlainTextEdit(product.productGoal, this))
    , m_scale(new QComboBox(this))
    , m_sprintLength(new QSpinBox(this))
    , m_maxSize(new QDoubleSpinBox(this))
    , m_staleAfter(new QSpinBox(this))
    , m_readyAgreements(new ChecklistEditor(tr("New agreement"), this))
    , m_done(new ChecklistEditor(tr("New entry"), this))
    , m_velocitySprints(new QSpinBox(this))
    , m_reviewColumn(new QCheckBox(tr("Show an &In Review column between In Progress and Done"), this))
    , m_team(new QTableWidget(this))
{
    setWindowTitle(tr("Product Settings"));

    // General.
    auto *general = new QWidget(m_tabs);
    auto *form = new QFormLayout(general);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_keyPrefix->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z][A-Za-z0-9]{0,9}")), m_keyPrefix));
    m_goal->setTabChangesFocus(true);
    m_goal->setFixedHeight(m_goal->fontMetrics().lineSpacing() * 3 + 14);
    for (EstimationScale scale : {EstimationScale::Fibonacci, EstimationScale::PowersOfTwo,
                                  EstimationScale::TShirt, EstimationScale::Linear}) {
        m_scale->addItem(displayName(scale), int(scale));
    }
    m_scale->setCurrentIndex(m_scale->findData(int(product.estimationScale)));
    m_sprintLength->setRange(1, 60);
    m_sprintLength->setSuffix(tr(" days"));
    m_sprintLength->setValue(product.sprintLengthDays);
    m_maxSize->setRange(0.5, 1000);
    m_maxSize->setDecimals(1);
    m_maxSize->setSuffix(tr(" points"));
    m_maxSize->setValue(product.maxStorySize);
    m_maxSize->setToolTip(tr("The largest estimate a story may have and still count as Small"));
    form->addRow(tr("Product &name:"), m_name);
    form->addRow(tr("&Key prefix:"), m_keyPrefix);
    form->addRow(tr("Product &Goal:"), m_goal);
    form->addRow(tr("&Estimation scale:"), m_scale);
    form->addRow(tr("&Sprint length:"), m_sprintLength);
    form->addRow(tr("&Maximum story size:"), m_maxSize);
    m_staleAfter->setObjectName(QStringLiteral("staleAfterDays"));
    m_staleAfter->setRange(1, 3650);
    m_staleAfter->setSuffix(tr(" days"));
    m_staleAfter->setValue(product.staleAfterDays);
    m_staleAfter->setToolTip(tr("Backlog health calls an item stale when nobody changed it for this long"));
    form->addRow(tr("S&tale after:"), m_staleAfter);
    m_tabs->addTab(general, tr("General"));

    // Definition of Ready.
    auto *ready = new QWidget(m_tabs);
    auto *readyLayout = new QVBoxLayout(ready);
    auto *readyIntro = new QLabel(tr("An item is ready for Sprint Planning when it meets every "
                                     "rule ticked here. Ordo checks them and shows a Ready badge "
                                     "in the backlog."),
                                  ready);
    readyIntro->setWordWrap(true);
    readyLayout->addWidget(readyIntro);
    for (ReadyRule rule : allReadyRules) {
        auto *box = new QCheckBox(displayName(rule), ready);
        box->setObjectName(QStringLiteral("readyRule_%1").arg(storageName(rule)));
        box->setChecked(product.readyRules.contains(rule));
        readyLayout->addWidget(box);
        m_rules.append(box);
    }
    auto *agreements = new QLabel(tr("Further agreements of the team, shown in the story "
                                     "editor and checked by the team, not by Ordo:"),
                                  ready);
    agreements->setWordWrap(true);
    readyLayout->addSpacing(8);
    readyLayout->addWidget(agreements);
    m_readyAgreements->setItems(product.definitionOfReady);
    readyLayout->addWidget(m_readyAgreements, 1);
    m_tabs->addTab(ready, tr("Definition of Ready"));

    // Definition of Done.
    auto *done = new QWidget(m_tabs);
    auto *doneLayout = new QVBoxLayout(done);
    auto *doneIntro = new QLabel(tr("What every increment must meet, in the order the sprint "
                                    "review walks it. Double-click an entry to edit it; drag to "
                                    "reorder."),
                                 done);
    doneIntro->setWordWrap(true);
    doneLayout->addWidget(doneIntro);
    m_done->setObjectName(QStringLiteral("definitionOfDone"));
    m_done->setItems(product.definitionOfDone);
    doneLayout->addWidget(m_done, 1);
    m_tabs->addTab(done, tr("Definition of Done"));

    // Sprints: the calendar, velocity, the board and the capacity allocation.
    auto *sprints = new QWidget(m_tabs);
    auto *sprintForm = new QFormLayout(sprints);
    sprintForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    sprintForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *days = new QHBoxLayout;
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), sprints);
        box->setObjectName(QStringLiteral("workingDay%1").arg(day));
        box->setChecked(product.workingDays.contains(day));
        days->addWidget(box);
        m_workingDays.append(box);
    }
    days->addStretch(1);
    sprintForm->addRow(tr("Working days:"), days);
    m_velocitySprints->setObjectName(QStringLiteral("velocitySprints"));
    m_velocitySprints->setRange(1, 5);
    m_velocitySprints->setValue(product.velocitySprints);
    m_velocitySprints->setSuffix(tr(" closed sprints"));
    m_velocitySprints->setToolTip(tr("Velocity, and every forecast, averages the last N closed sprints"));
    sprintForm->addRow(tr("&Velocity over:"), m_velocitySprints);
    m_reviewColumn->setObjectName(QStringLiteral("reviewColumn"));
    m_reviewColumn->setChecked(product.reviewColumn);
    sprintForm->addRow(tr("Board:"), m_reviewColumn);
    const QStringList defaults{tr("To Do"), tr("In Progress"), tr("In Review"), tr("Done")};
    auto *columns = new QGridLayout;
    columns->addWidget(new QLabel(tr("Column"), sprints), 0, 0);
    columns->addWidget(new QLabel(tr("WIP limit"), sprints), 0, 1);
    for (int i = 0; i < defaults.size(); ++i) {
        auto *name = new QLineEdit(i < product.boardColumnNames.size() ? product.boardColumnNames.at(i) : QString(), sprints);
        name->setPlaceholderText(defaults.at(i));
        name->setObjectName(QStringLiteral("columnName%1").arg(i));
        auto *limit = new QSpinBox(sprints);
        limit->setObjectName(QStringLiteral("wipLimit%1").arg(i));
        limit->setRange(0, 99);
        limit->setSpecialValueText(tr("None"));
        limit->setValue(i < product.wipLimits.size() ? product.wipLimits.at(i) : 0);
        limit->setToolTip(tr("A hint shown on the column, not a block"));
        columns->addWidget(name, i + 1, 0);
        columns->addWidget(limit, i + 1, 1);
        m_columnNames.append(name);
        m_wipLimits.append(limit);
    }
    columns->setColumnStretch(0, 1);
    sprintForm->addRow(tr("Columns:"), columns);
    auto *allocation = new QGridLayout;
    int cell = 0;
    for (ItemType type : allItemTypes) {
        if (type == ItemType::Epic)
            continue;
        auto *share = new QSpinBox(sprints);
        share->setObjectName(QStringLiteral("allocation_%1").arg(storageName(type)));
        share->setRange(0, 100);
        share->setSuffix(tr("%"));
        share->setSpecialValueText(tr("None"));
        for (const auto &[t, percent] : product.capacityAllocation) {
            if (t == type)
                share->setValue(percent);
        }
        auto *label = new QLabel(displayName(type), sprints);
        label->setBuddy(share);
        allocation->addWidget(label, cell / 3, (cell % 3) * 2);
        allocation->addWidget(share, cell / 3, (cell % 3) * 2 + 1);
        m_allocation.append({type, share});
        ++cell;
    }
    auto *allocationBox = new QWidget(sprints);
    auto *allocationLayout = new QVBoxLayout(allocationBox);
    allocationLayout->setContentsMargins(0, 0, 0, 0);
    auto *allocationIntro = new QLabel(tr("A target share of each sprint per item type, e.g. 20% for technical debt. "
                                          "The capacity bar shows it and Fill to Velocity keeps it free."),
                                       sprints);
    allocationIntro->setWordWrap(true);
    allocationLayout->addWidget(allocationIntro);
    allocationLayout->addLayout(allocation);
    sprintForm->addRow(tr("Capacity allocation:"), allocationBox);
    m_tabs->addTab(sprints, tr("Sprints"));

    // The team, for the capacity forecast.
    auto *teamPage = new QWidget(m_tabs);
    auto *teamLayout = new QVBoxLayout(teamPage);
    auto *teamIntro = new QLabel(tr("Who works on the product and how much of their day, usually. Days off are "
                                    "entered per sprint. Ordo uses this only to suggest a sprint's capacity "
                                    "from velocity; it tracks no hours."),
                                 teamPage);
    teamIntro->setWordWrap(true);
    teamLayout->addWidget(teamIntro);
    m_team->setObjectName(QStringLiteral("teamTable"));
    m_team->setColumnCount(2);
    m_team->setHorizontalHeaderLabels({tr("Name"), tr("Availability (%)")});
    m_team->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_team->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_team->verticalHeader()->hide();
    const auto addMember = [this](const TeamMember &member) {
        const int row = m_team->rowCount();
        m_team->insertRow(row);
        auto *name = new QTableWidgetItem(member.name);
        name->setData(Qt::UserRole, member.id);
        m_team->setItem(row, 0, name);
        auto *availability = new QSpinBox(m_team);
        availability->setRange(0, 100);
        availability->setSuffix(tr("%"));
        availability->setValue(member.availability);
        m_team->setCellWidget(row, 1, availability);
        return row;
    };
    for (const TeamMember &member : product.team)
        addMember(member);
    auto *teamButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Member"), teamPage);
    add->setObjectName(QStringLiteral("addMember"));
    auto *remove = new QPushButton(tr("&Remove"), teamPage);
    remove->setObjectName(QStringLiteral("removeMember"));
    connect(add, &QPushButton::clicked, this, [this, addMember] {
        const int row = addMember({0, tr("New member"), 100});
        m_team->setCurrentCell(row, 0);
        m_team->editItem(m_team->item(row, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_team->currentRow() >= 0)
            m_team->removeRow(m_team->currentRow());
    });
    teamButtons->addWidget(add);
    teamButtons->addWidget(remove);
    teamButtons->addStretch(1);
    teamLayout->addWidget(m_team, 1);
    teamLayout->addLayout(teamButtons);
    m_tabs->addTab(teamPage, tr("Team"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto validate = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_name->text().trimmed().isEmpty() && m_keyPrefix->hasAcceptableInput());
    };
    connect(m_name, &QLineEdit::textChanged, this, validate);
    connect(m_keyPrefix, &QLineEdit::textChanged, this, validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(qMax(560, sizeHint().width()), qMax(480, sizeHint().height()));
}

void ProductSettingsDialog::showDefinitionOfDone() { m_tabs->setCurrentIndex(2); }

void ProductSettingsDialog::showSprints() { m_tabs->setCurrentIndex(3); }

QSpinBox *ProductSettingsDialog::allocationBox(ItemType type) const
{
    for (const auto &[t, box] : m_allocation) {
        if (t == type)
            return box;
    }
    return nullptr;
}

Product ProductSettingsDialog::product() const
{
    Product product = m_product;
    product.name = m_name->text().trimmed();
    product.keyPrefix = m_keyPrefix->text().trimmed().toUpper();
    product.productGoal = m_goal->toPlainText().trimmed();
    product.estimationScale = EstimationScale(m_scale->currentData().toInt());
    product.sprintLengthDays = m_sprintLength->value();
    product.maxStorySize = m_maxSize->value();
    product.staleAfterDays = m_staleAfter->value();
    product.readyRules.clear();
    for (ReadyRule rule : allReadyRules) {
        if (m_rules.at(int(rule))->isChecked())
            product.readyRules.append(rule);
    }
    product.definitionOfReady = m_readyAgreements->items();
    product.definitionOfDone = m_done->items();
    product.workingDays.clear();
    for (int day = 1; day <= 7; ++day) {
        if (m_workingDays.at(day - 1)->isChecked())
            product.workingDays.append(day);
    }
    product.velocitySprints = m_velocitySprints->value();
    product.reviewColumn = m_reviewColumn->isChecked();
    product.boardColumnNames.clear();
    product.wipLimits.clear();
    bool named = false;
    bool limited = false;
    for (int i = 0; i < m_columnNames.size(); ++i) {
        product.boardColumnNames.append(m_columnNames.at(i)->text().trimmed());
        product.wipLimits.append(m_wipLimits.at(i)->value());
        named = named || !product.boardColumnNames.constLast().isEmpty();
        limited = limited || product.wipLimits.constLast() > 0;
    }
    if (!named)
        product.boardColumnNames.clear();
    if (!limited)
        product.wipLimits.clear();
    product.capacityAllocation.clear();
    for (const auto &[type, box] : m_allocation) {
        if (box->value() > 0)
            product.capacityAllocation.append({type, box->value()});
    }
    product.team.clear();
    for (int row = 0; row < m_team->rowCount(); ++row) {
        const QString name = m_team->item(row, 0) ? m_team->item(row, 0)->text().trimmed() : QString();
        if (name.isEmpty())
            continue;
        const auto *availability = qobject_cast<QSpinBox *>(m_team->cellWidget(row, 1));
        product.team.append({m_team->item(row, 0)->data(Qt::UserRole).toLongLong(), name, availability ? availability->value() : 100});
    }
    return product;
}

} // namespace Ordo
