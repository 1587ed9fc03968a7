#include "splitstorydialog.h"

#include "services/gherkin.h"

#include <QCoreApplication>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ordo {
namespace {

constexpr int maxParts = 6;

QString scenarioName(const QString &text, int index)
{
    const Gherkin::Document document = Gherkin::parse(text);
    if (!document.scenarios.isEmpty() && !document.scenarios.front().name.isEmpty())
        return document.scenarios.front().name;
    return QCoreApplication::translate("Ordo::SplitStoryDialog", "Criterion %1").arg(index + 1);
}

} // namespace

SplitStoryDialog::SplitStoryDialog(const BacklogItem &item, const QString &key, QWidget *parent)
    : QDialog(parent)
    , m_item(item)
    , m_partsLayout(new QVBoxLayout)
    , m_criteria(new QTableWidget(this))
    , m_archive(new QRadioButton(tr("&Archive the original; the parts replace it"), this))
    , m_keep(new QRadioButton(tr("&Keep the original as an epic above the parts"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("splitStoryDialog"));
    setWindowTitle(tr("Split %1").arg(key));
    auto *intro = new QLabel(tr("Split “%1” into smaller stories that each deliver value on "
                                "their own. The parts take its place in the backlog and its epic.")
                                 .arg(item.title),
                             this);
    intro->setWordWrap(true);

    auto *parts = new QGroupBox(tr("Parts"), this);
    auto *partsBox = new QVBoxLayout(parts);
    partsBox->addLayout(m_partsLayout);
    auto *add = new QPushButton(tr("Add a &Part"), parts);
    connect(add, &QPushButton::clicked, this, &SplitStoryDialog::addPart);
    partsBox->addWidget(add, 0, Qt::AlignLeft);

    auto *criteria = new QGroupBox(tr("Acceptance criteria"), this);
    auto *criteriaBox = new QVBoxLayout(criteria);
    m_criteria->setColumnCount(2);
    m_criteria->setHorizontalHeaderLabels({tr("Criterion"), tr("Goes to")});
    m_criteria->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_criteria->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_criteria->verticalHeader()->hide();
    m_criteria->setSelectionMode(QAbstractItemView::NoSelection);
    m_criteria->setRowCount(int(item.criteria.size()));
    for (int i = 0; i < item.criteria.size(); ++i) {
        auto *name = new QTableWidgetItem(scenarioName(item.criteria.at(i).text, i));
        name->setFlags(Qt::ItemIsEnabled);
        name->setToolTip(item.criteria.at(i).text);
        m_criteria->setItem(i, 0, name);
        m_criteria->setCellWidget(i, 1, new QComboBox(m_criteria));
    }
    if (item.criteria.isEmpty()) {
        auto *none = new QLabel(tr("This story has no acceptance criteria to divide."), criteria);
        criteriaBox->addWidget(none);
        m_criteria->hide();
    }
    criteriaBox->addWidget(m_criteria);

    auto *original = new QGroupBox(tr("The original story"), this);
    auto *originalBox = new QVBoxLayout(original);
    originalBox->addWidget(m_archive);
    originalBox->addWidget(m_keep);
    m_archive->setChecked(true);

    m_problem->setStyleSheet(QStringLiteral("color: #B91C1C;"));
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Split"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(parts);
    layout->addWidget(criteria, 1);
    layout->addWidget(original);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    addPart();
    addPart();
    // Deal the criteria out in order: the first half to part 1, the rest to part 2.
    const int half = int((item.criteria.size() + 1) / 2);
    for (int i = 0; i < m_criteria->rowCount(); ++i)
        qobject_cast<QComboBox *>(m_criteria->cellWidget(i, 1))->setCurrentIndex(i < half ? 0 : 1);
    resize(qMax(sizeHint().width(), 560), sizeHint().height());
}

void SplitStoryDialog::addPart()
{
    if (m_titles.size() >= maxParts)
        return;
    auto *title = new QLineEdit(this);
    const int n = int(m_titles.size()) + 1;
    title->setObjectName(QStringLiteral("partTitle%1").arg(n));
    //: Default title of a part of a split story: %1 the original title, %2 the part number
    title->setText(tr("%1 (part %2)").arg(m_item.title).arg(n));
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Part %1").arg(n), this));
    row->addWidget(title, 1);
    m_partsLayout->addLayout(row);
    m_titles.append(title);
    connect(title, &QLineEdit::textChanged, this, &SplitStoryDialog::validate);
    updatePartChoices();
    validate();
}

void SplitStoryDialog::updatePartChoices()
{
    for (int i = 0; i < m_criteria->rowCount(); ++i) {
        auto *box = qobject_cast<QComboBox *>(m_criteria->cellWidget(i, 1));
        const int current = box->currentIndex();
        box->clear();
        for (int p = 0; p < m_titles.size(); ++p)
            box->addItem(tr("Part %1").arg(p + 1), p);
        box->setCurrentIndex(qMax(0, current));
    }
}

void SplitStoryDialog::validate()
{
    QString problem;
    for (const QLineEdit *title : std::as_const(m_titles)) {
        if (title->text().trimmed().isEmpty())
            problem = tr("Every part needs a title.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

Commands::SplitPlan SplitStoryDialog::plan() const
{
    Commands::SplitPlan plan;
    for (const QLineEdit *title : m_titles)
        plan.titles.append(title->text().trimmed());
    plan.criteria.resize(m_titles.size());
    for (int i = 0; i < m_criteria->rowCount(); ++i) {
        const auto *box = qobject_cast<QComboBox *>(m_criteria->cellWidget(i, 1));
        plan.criteria[box->currentData().toInt()].append(i);
    }
    plan.keepOriginalAsParent = m_keep->isChecked();
    return plan;
}

} // namespace Ordo
