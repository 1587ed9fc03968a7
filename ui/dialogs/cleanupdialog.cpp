#include "cleanupdialog.h"

#include "backlog/backlogmodel.h"
#include "backlogeditor.h"
#include "commands/backlogcommands.h"
#include "decisionprompt.h"
#include "productdocument.h"

#include <QAbstractListModel>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ordo {

// The candidates with a check box each; fast with tens of thousands.
class CleanUpModel : public QAbstractListModel
{
public:
    CleanUpModel(const BacklogModel *backlog, const QList<ItemId> &ids, QObject *parent)
        : QAbstractListModel(parent)
        , m_backlog(backlog)
        , m_ids(ids)
        , m_chosen(ids.cbegin(), ids.cend())
    {}

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_ids.size()); }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return {};
        const ItemId id = m_ids.at(index.row());
        if (role == Qt::CheckStateRole)
            return m_chosen.contains(id) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole) {
            const int row = m_backlog->rowOf(id);
            if (row < 0)
                return QString();
            const BacklogRow &r = m_backlog->rowAt(row);
            //: A clean-up candidate: %1 place in the backlog, %2 key, %3 title
            return CleanUpDialog::tr("%1. %2 %3").arg(QLocale().toString(row + 1), m_backlog->keyOf(r), r.title);
        }
        return {};
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
            return false;
        setChosen(m_ids.at(index.row()), Qt::CheckState(value.toInt()) == Qt::Checked);
        return true;
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        const Qt::ItemFlags flags = QAbstractListModel::flags(index);
        return index.isValid() ? flags | Qt::ItemIsUserCheckable : flags;
    }

    void setChosen(ItemId id, bool chosen)
    {
        const int row = int(m_ids.indexOf(id));
        if (row < 0 || m_chosen.contains(id) == chosen)
            return;
        if (chosen)
            m_chosen.insert(id);
        else
            m_chosen.remove(id);
        emit dataChanged(index(row), index(row), {Qt::CheckStateRole});
    }

    void chooseAll(bool chosen)
    {
        m_chosen = chosen ? QSet<ItemId>(m_ids.cbegin(), m_ids.cend()) : QSet<ItemId>();
        if (!m_ids.isEmpty())
            emit dataChanged(index(0), index(rowCount() - 1), {Qt::CheckStateRole});
    }

    QList<ItemId> chosen() const
    {
        QList<ItemId> result;
        for (ItemId id : m_ids) {
            if (m_chosen.contains(id))
                result.append(id);
        }
        return result;
    }

private:
    const BacklogModel *m_backlog;
    QList<ItemId> m_ids;
    QSet<ItemId> m_chosen;
};

CleanUpDialog::CleanUpDialog(ProductDocument *document, const QList<ItemId> &candidates, double velocity,
                             QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_model(new CleanUpModel(document->backlogModel(), candidates, this))
    , m_list(new QListView(this))
    , m_reasoning(new QPlainTextEdit(this))
    , m_stakeholder(new QComboBox(this))
    , m_archive(new QPushButton(this))
{
    setObjectName(QStringLiteral("cleanUpDialog"));
    setWindowTitle(tr("Clean Up the Backlog"));
    setSizeGripEnabled(true);

    auto *heading = new QLabel(tr("%n item(s) lie beyond the next three sprints", nullptr, int(candidates.size())), this);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);
    heading->setWordWrap(true);
    auto *intro = new QLabel(
        tr("At the average velocity of %1 points a sprint, the team will not reach these items "
           "soon. A long backlog is an accumulation of requests without a real prioritization "
           "decision: archive what you will not do, and say why. Archived items stay in the "
           "Archive, where you can restore them at any time.")
            .arg(QLocale().toString(velocity, 'f', 0)),
        this);
    intro->setWordWrap(true);

    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setObjectName(QStringLiteral("candidates"));
    auto *all = new QPushButton(tr("Choose &All"), this);
    auto *none = new QPushButton(tr("Choose &None"), this);
    connect(all, &QPushButton::clicked, this, [this] { m_model->chooseAll(true); });
    connect(none, &QPushButton::clicked, this, [this] { m_model->chooseAll(false); });
    auto *choose = new QHBoxLayout;
    choose->addWidget(all);
    choose->addWidget(none);
    choose->addStretch(1);

    m_reasoning->setObjectName(QStringLiteral("reasoning"));
    m_reasoning->setPlaceholderText(tr("Why these go, for the decision log (optional), e.g. “Not "
                                       "requested again in a year; the new roadmap drops them.”"));
    m_reasoning->setTabChangesFocus(true);
    m_reasoning->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_stakeholder->setEditable(true);
    m_stakeholder->setInsertPolicy(QComboBox::NoInsert);
    m_stakeholder->addItems(DecisionPrompt::knownStakeholders(*document->editor()));
    m_stakeholder->setCurrentText(QString());
    m_stakeholder->lineEdit()->setPlaceholderText(tr("Who agreed, or who is affected (optional)"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Reasoning:"), m_reasoning);
    form->addRow(tr("S&takeholder:"), m_stakeholder);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_archive, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_archive->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CleanUpDialog::archiveChosen);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CleanUpDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(choose);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateButton();
    resize(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 80), fontMetrics().lineSpacing() * 36);
}

CleanUpDialog::~CleanUpDialog() = default;

QList<ItemId> CleanUpDialog::chosen() const { return m_model->chosen(); }

void CleanUpDialog::setChosen(ItemId id, bool chosen) { m_model->setChosen(id, chosen); }

void CleanUpDialog::updateButton()
{
    const int count = int(chosen().size());
    m_archive->setText(tr("Archive %n Item(s)", nullptr, count));
    m_archive->setEnabled(count > 0);
}

void CleanUpDialog::archiveChosen()
{
    const QList<ItemId> ids = chosen();
    if (ids.isEmpty())
        return;
    const Commands::Context context = m_document->commands();
    const QString reasoning = m_reasoning->toPlainText().trimmed();
    const QString stakeholder = m_stakeholder->currentText().trimmed();
    //: Decision log entry for each item archived in a clean-up
    const QString statement = tr("Archived in a backlog clean-up");
    const Status done = Commands::oneStep(
        context, tr("Clean Up: Archive %n Item(s)", nullptr, int(ids.size())), [&]() -> Status {
            if (auto archived = Commands::archiveItems(context, ids); !archived)
                return archived;
            for (ItemId id : ids) {
                if (auto recorded = Commands::recordDecision(context, {0, id, statement, reasoning, stakeholder, {}});
                    !recorded) {
                    return recorded;
                }
            }
            return success();
        });
    if (!done) {
        emit errorOccurred(done.errorMessage());
        return;
    }
    accept();
}

} // namespace Ordo
