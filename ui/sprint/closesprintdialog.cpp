#include "closesprintdialog.h"

#include "backlog/backlogmodel.h"
#include "backlogeditor.h"
#include "services/reviewoperations.h"
#include "storage/reviewrepository.h"
#include "productdocument.h"
#include "sprinteditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ordo {
namespace {

constexpr int ChoiceColumn = 3;

} // namespace

namespace {

// What the review allows for a Done item of the sprint, from its criteria and what was recorded.
Review::Allowed reviewOf(const ProductDocument &document, SprintId sprintId, ItemId id)
{
    const Sprint *sprint = document.sprintEditor()->sprint(sprintId);
    auto item = document.editor()->loadItem(id);
    auto stored = ReviewRepository(document.database()).record(sprintId, id);
    if (!sprint || !item || !stored)
        return {};
    QStringList chunks;
    for (const AcceptanceCriterion &c : item->criteria)
        chunks.append(c.text);
    return Review::allowed(ReviewOperations::checksOf(chunks, *stored, sprint->definitionOfDone.value_or(QStringList())));
}

} // namespace

CloseSprintDialog::CloseSprintDialog(const ProductDocument &document, SprintId sprint, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_sprint(sprint)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("closeSprintDialog"));
    const BacklogModel &model = *document.backlogModel();
    const Sprint *s = document.sprintEditor()->sprint(sprint);
    setWindowTitle(tr("Close %1").arg(s ? s->name : QString()));
    m_unfinished = SprintOperations::unfinishedItems(model.rows(), sprint);
    m_done = SprintOperations::doneNotAccepted(model.rows(), sprint);
    const SprintOperations::Points points = SprintOperations::pointsOf(model.rows(), sprint);

    m_table->setObjectName(QStringLiteral("closeSprintItems"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Title"), tr("Status"), tr("What happens")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    const Sprint *next = document.sprintEditor()->nextPlannedSprint();
    const QString nextName = next ? next->name : tr("a new sprint");
    QList<ItemId> all = m_done;
    all += m_unfinished;
    const QHash<ItemId, int> rows = model.rowsOf(all);
    m_table->setRowCount(int(all.size()));
    int r = 0;
    for (ItemId id : std::as_const(all)) {
        const BacklogRow &row = model.rowAt(rows.value(id));
        m_table->setItem(r, 0, new QTableWidgetItem(model.keyOf(row)));
        m_table->setItem(r, 1, new QTableWidgetItem(row.title));
        m_table->setItem(r, 2, new QTableWidgetItem(displayName(row.status)));
        auto *choice = new QComboBox(m_table);
        choice->setProperty("itemId", id);
        if (row.status == ItemStatus::Done) {
            choice->addItem(tr("Choose: accept or not done…"), -1);
            choice->addItem(tr("Accept (meets its criteria and the Definition of Done)"), int(SprintOperations::DoneVerdict::Accept));
            // Accepting here follows the review's rule: only what the review found all met.
            const Review::Allowed allowed = reviewOf(document, sprint, id);
            if (!allowed.accept) {
                auto *items = qobject_cast<QStandardItemModel *>(choice->model());
                if (QStandardItem *accept = items ? items->item(1) : nullptr) {
                    accept->setEnabled(false);
                    accept->setToolTip(tr("Judge it in Review first: %1").arg(allowed.whyNotAccept));
                }
            }
            choice->addItem(tr("Not done: to the top of the backlog"), 100 + int(SprintOperations::CarryOver::TopOfBacklog));
            choice->addItem(tr("Not done: into %1").arg(nextName), 100 + int(SprintOperations::CarryOver::NextSprint));
        } else {
            choice->addItem(tr("To the top of the backlog"), 100 + int(SprintOperations::CarryOver::TopOfBacklog));
            choice->addItem(tr("Into %1").arg(nextName), 100 + int(SprintOperations::CarryOver::NextSprint));
            choice->addItem(tr("Back to its old place in the backlog"), 100 + int(SprintOperations::CarryOver::OldPlace));
        }
        connect(choice, &QComboBox::currentIndexChanged, this, &CloseSprintDialog::updateButtons);
        m_table->setCellWidget(r, ChoiceColumn, choice);
        ++r;
    }

    const QLocale locale;
    auto *summary = new QLabel(this);
    summary->setWordWrap(true);
    summary->setObjectName(QStringLiteral("closeSprintSummary"));
    QString text = tr("%1 of %2 points are done.").arg(locale.toString(points.done, 'g', 4), locale.toString(points.total, 'g', 4));
    if (!m_done.isEmpty())
        text += QLatin1Char(' ') + tr("%n item(s) are done but not accepted: accept each, or count it as not done.", nullptr, int(m_done.size()));
    if (!m_unfinished.isEmpty())
        text += QLatin1Char(' ') + tr("%n unfinished item(s) leave the sprint.", nullptr, int(m_unfinished.size()));
    if (all.isEmpty())
        text += QLatin1Char(' ') + tr("Everything was accepted.");
    text += QLatin1Char(' ') + tr("A closed sprint is read-only: its board and numbers are frozen.");
    summary->setText(text);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_close = buttons->button(QDialogButtonBox::Ok);
    m_close->setText(tr("Close Sprint"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    m_table->setVisible(!all.isEmpty());
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * (all.isEmpty() ? 10 : 28));
    updateButtons();
}

QComboBox *CloseSprintDialog::choiceOf(ItemId id) const
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        auto *choice = qobject_cast<QComboBox *>(m_table->cellWidget(r, ChoiceColumn));
        if (choice && choice->property("itemId").toLongLong() == id)
            return choice;
    }
    return nullptr;
}

SprintOperations::CloseChoices CloseSprintDialog::choices() const
{
    SprintOperations::CloseChoices choices;
    choices.sprintLengthDays = m_document.product().sprintLengthDays;
    choices.workingDays = m_document.product().workingDays;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        auto *choice = qobject_cast<QComboBox *>(m_table->cellWidget(r, ChoiceColumn));
        const ItemId id = choice->property("itemId").toLongLong();
        const int value = choice->currentData().toInt();
        const bool done = m_done.contains(id);
        if (value >= 100) {
            choices.carryOver.insert(id, SprintOperations::CarryOver(value - 100));
            if (done)
                choices.doneItems.insert(id, SprintOperations::DoneVerdict::NotDone);
        } else if (value >= 0 && done) {
            choices.doneItems.insert(id, SprintOperations::DoneVerdict(value));
        }
    }
    return choices;
}

void CloseSprintDialog::updateButtons()
{
    const SprintOperations::CloseChoices c = choices();
    m_close->setEnabled(c.doneItems.size() == m_done.size());
}

} // namespace Ordo
