#include "proposaldialog.h"

#include "backlog/backlogmodel.h"
#include "backlogeditor.h"
#include "decisionprompt.h"
#include "productdocument.h"
#include "proposalmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Ordo {
namespace {

const QString schemeKey = QStringLiteral("proposal/scheme");
constexpr int topCount = 10;

} // namespace

ProposalDialog::ProposalDialog(ProductDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_today(new ProposalModel(ProposalModel::Side::Today, this))
    , m_proposed(new ProposalModel(ProposalModel::Side::Proposed, this))
    , m_scheme(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_todayView(makeView(m_today))
    , m_proposedView(makeView(m_proposed))
    , m_moveAcross(new QPushButton(tr("&Move to Proposed Place"), this))
    , m_apply(new QPushButton(tr("&Apply All"), this))
{
    setObjectName(QStringLiteral("proposalDialog"));
    setWindowTitle(tr("Proposed Order"));
    setSizeGripEnabled(true);

    for (Prioritization::Scheme scheme : Prioritization::allSchemes)
        m_scheme->addItem(Prioritization::displayName(scheme), int(scheme));
    m_scheme->setObjectName(QStringLiteral("scheme"));
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);

    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.35);
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_detail->setWordWrap(true);

    // Today accepts items dragged across from the proposal.
    m_todayView->setDragDropMode(QAbstractItemView::DropOnly);
    m_todayView->setAcceptDrops(true);
    m_todayView->setDropIndicatorShown(true);
    m_todayView->setDragDropOverwriteMode(false);
    m_proposedView->setDragDropMode(QAbstractItemView::DragOnly);
    m_proposedView->setDragEnabled(true);
    m_proposedView->setDefaultDropAction(Qt::CopyAction);
    m_todayView->setObjectName(QStringLiteral("today"));
    m_proposedView->setObjectName(QStringLiteral("proposed"));

    const auto framed = [this](const QString &title, QTableView *view, const QString &hint) {
        auto *box = new QGroupBox(title, this);
        auto *layout = new QVBoxLayout(box);
        layout->addWidget(view);
        auto *label = new QLabel(hint, box);
        label->setWordWrap(true);
        label->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(label);
        return box;
    };
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(framed(tr("Today"), m_todayView, tr("Red: leaves the top ten. Drop items here to move them in the backlog.")));
    splitter->addWidget(framed(tr("Proposed"), m_proposedView, tr("Green: new in the top ten. Drag items onto today's order to take just those.")));

    auto *schemeRow = new QHBoxLayout;
    auto *schemeLabel = new QLabel(tr("&Order by:"), this);
    schemeLabel->setBuddy(m_scheme);
    schemeRow->addWidget(schemeLabel);
    schemeRow->addWidget(m_scheme);
    schemeRow->addWidget(m_description, 1);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_moveAcross, QDialogButtonBox::ActionRole);
    buttons->addButton(m_apply, QDialogButtonBox::ApplyRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_moveAcross->setToolTip(tr("Move the items selected in the proposed order to their proposed places"));
    m_apply->setToolTip(tr("Reorder the backlog as proposed, as one step you can undo"));
    m_apply->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &ProposalDialog::applyAll);
    connect(m_moveAcross, &QPushButton::clicked, this, &ProposalDialog::moveSelectedAcross);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(schemeRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_detail);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_scheme, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(schemeKey, m_scheme->currentData());
        recompute();
    });
    for (ProposalModel *model : {m_today, m_proposed})
        connect(model, &ProposalModel::errorOccurred, this, &ProposalDialog::errorOccurred);
    connect(m_todayView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { followSelection(m_todayView, m_proposedView); });
    connect(m_proposedView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] {
                followSelection(m_proposedView, m_todayView);
                updateMoveAcross();
            });

    // The proposal follows the backlog: edits, moves, undo.
    BacklogModel *backlog = m_document->backlogModel();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(backlog, signal, this, &ProposalDialog::scheduleRecompute);
    connect(backlog, &QAbstractItemModel::rowsMoved, this, &ProposalDialog::scheduleRecompute);
    connect(backlog, &QAbstractItemModel::modelReset, this, &ProposalDialog::scheduleRecompute);
    connect(backlog, &QAbstractItemModel::dataChanged, this, &ProposalDialog::scheduleRecompute);
    connect(m_document->changes(), &ChangeChannel::changed, this, [this](const DocumentChange &change) {
        if (change.what == DocumentChange::What::Dependencies)
            scheduleRecompute();
    });

    const int saved = QSettings().value(schemeKey, int(Prioritization::Scheme::Wsjf)).toInt();
    m_scheme->setCurrentIndex(qMax(0, m_scheme->findData(saved)));
    recompute();
    resize(1100, 720);
}

QTableView *ProposalDialog::makeView(ProposalModel *model)
{
    auto *view = new QTableView(this);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    QHeaderView *header = view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ProposalModel::TitleColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = view->fontMetrics();
    view->setColumnWidth(ProposalModel::PlaceColumn, metrics.horizontalAdvance(QStringLiteral("00000")) + 16);
    view->setColumnWidth(ProposalModel::MoveColumn, metrics.horizontalAdvance(QStringLiteral("▼ 0000")) + 20);
    view->setColumnWidth(ProposalModel::KeyColumn, metrics.horizontalAdvance(QStringLiteral("ORD-0000")) + 16);
    return view;
}

void ProposalDialog::setScheme(Prioritization::Scheme scheme)
{
    m_scheme->setCurrentIndex(qMax(0, m_scheme->findData(int(scheme))));
}

Prioritization::Scheme ProposalDialog::scheme() const
{
    return Prioritization::Scheme(m_scheme->currentData().toInt());
}

const Prioritization::Proposal &ProposalDialog::proposal() const { return m_proposed->proposal(); }

void ProposalDialog::scheduleRecompute()
{
    if (m_recomputePending)
        return;
    m_recomputePending = true;
    QTimer::singleShot(0, this, [this] {
        m_recomputePending = false;
        recompute();
    });
}

void ProposalDialog::recompute()
{
    // Keep the selection (by item) across the recomputation.
    QList<ItemId> selected;
    for (const QModelIndex &index : m_proposedView->selectionModel()->selectedRows())
        selected.append(m_proposed->idAt(index.row()));

    const auto proposal = Prioritization::propose(m_document->backlogModel()->rows(),
                                                  m_document->editor()->dependencies(), scheme());
    m_today->setProposal(m_document, proposal);
    m_proposed->setProposal(m_document, proposal);
    m_description->setText(Prioritization::description(scheme()));
    // The score column fits what the scheme shows.
    const QFontMetrics metrics = fontMetrics();
    BacklogRow widest;
    widest.moscow = qint8(MoSCoW::Should);
    widest.kano = qint8(KanoCategory::Performance);
    widest.value = 88;
    widest.businessValue = widest.timeCriticality = widest.riskReduction = 20;
    widest.jobSize = 1;
    const QString sample = ProposalModel::basis(widest, scheme());
    const int basisWidth = qMax(metrics.horizontalAdvance(sample),
                                metrics.horizontalAdvance(ProposalModel::basisHeader(scheme()))) + 24;
    for (QTableView *view : {m_todayView, m_proposedView})
        view->setColumnWidth(ProposalModel::BasisColumn, basisWidth);
    updateSummary();

    QItemSelection selection;
    for (ItemId id : std::as_const(selected)) {
        const int row = m_proposed->rowOf(id);
        if (row >= 0)
            selection.select(m_proposed->index(row, 0), m_proposed->index(row, ProposalModel::ColumnCount - 1));
    }
    m_proposedView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void ProposalDialog::updateSummary()
{
    const Prioritization::Proposal &proposal = m_proposed->proposal();
    const BacklogModel *backlog = m_document->backlogModel();
    if (proposal.isRefused()) {
        QStringList keys;
        for (ItemId id : proposal.cycle)
            keys.append(backlog->keyOf(backlog->rowAt(backlog->rowOf(id))));
        m_summary->setText(tr("No order can be proposed"));
        //: %1 lists item keys, e.g. "ORD-3 → ORD-5 → ORD-3"
        m_detail->setText(tr("These items depend on each other in a circle: %1. Remove one of these "
                             "dependencies, then Ordo can propose an order.")
                              .arg(keys.join(QStringLiteral(" → ")) + QStringLiteral(" → ") + keys.front()));
        m_apply->setEnabled(false);
        updateMoveAcross();
        return;
    }
    const int moved = proposal.movedCount();
    if (proposal.current.isEmpty()) {
        m_summary->setText(tr("Nothing to order"));
        m_detail->setText(tr("No item is waiting to be planned: items in a sprint, finished items and epics keep their places."));
    } else if (moved == 0) {
        m_summary->setText(tr("Today's order already follows %1").arg(Prioritization::displayName(scheme())));
        m_detail->setText(tr("%n item(s) waiting to be planned; none would move.", nullptr, int(proposal.current.size())));
    } else {
        const int top = qMin(topCount, int(proposal.current.size()));
        //: Summary of a proposal: %1 is "N items move", %2 "M of the top ten change"
        m_summary->setText(tr("%1 · %2")
                               .arg(tr("%n item(s) move", nullptr, moved),
                                    tr("%1 of the top %n change", nullptr, top).arg(proposal.topChange(top))));
        m_detail->setText(tr("Of %n item(s) waiting to be planned. Items in a sprint, finished items and "
                             "epics keep their places; no item goes above what it depends on.",
                             nullptr, int(proposal.current.size())));
    }
    m_apply->setEnabled(moved > 0);
    updateMoveAcross();
}

void ProposalDialog::updateMoveAcross()
{
    // It moves the selected items: something must move, and be selected.
    m_moveAcross->setEnabled(m_apply->isEnabled() && m_proposedView->selectionModel()->hasSelection());
}

void ProposalDialog::followSelection(QTableView *from, QTableView *to)
{
    if (m_following)
        return;
    m_following = true;
    auto *fromModel = static_cast<ProposalModel *>(from->model());
    auto *toModel = static_cast<ProposalModel *>(to->model());
    QItemSelection selection;
    QModelIndex first;
    for (const QModelIndex &index : from->selectionModel()->selectedRows()) {
        const int row = toModel->rowOf(fromModel->idAt(index.row()));
        if (row < 0)
            continue;
        selection.select(toModel->index(row, 0), toModel->index(row, ProposalModel::ColumnCount - 1));
        if (!first.isValid())
            first = toModel->index(row, ProposalModel::TitleColumn);
    }
    to->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first.isValid())
        to->scrollTo(first);
    m_following = false;
}

void ProposalDialog::applyAll()
{
    const Prioritization::Proposal &proposal = m_proposed->proposal();
    const BacklogModel *backlog = m_document->backlogModel();
    const Prioritization::Reordering move = Prioritization::applying(backlog->rows(), proposal);
    if (move.isEmpty())
        return;
    const QString schemeName = Prioritization::displayName(proposal.scheme);
    //: Undo step; %1 is a scheme such as WSJF
    const QString step = tr("Apply the Proposed Order (%1)").arg(schemeName);
    const QString details = tr("%n item(s) move; %1 of the top ten change.", nullptr, proposal.movedCount())
                                .arg(proposal.topChange(topCount));
    const Status applied = DecisionPrompt::decide(
        m_document->commands(), step,
        //: Decision log entry; %1 is a scheme such as WSJF
        tr("Applied the proposed order (%1)").arg(schemeName), {}, details,
        [&] {
            // A proposal over a whole large backlog takes seconds to write; say so.
            QGuiApplication::setOverrideCursor(Qt::WaitCursor);
            const Status reordered = Commands::reorder(m_document->commands(), move.ids, move.anchor, step);
            QGuiApplication::restoreOverrideCursor();
            return reordered;
        });
    if (!applied)
        emit errorOccurred(applied.errorMessage());
}

void ProposalDialog::moveSelectedAcross()
{
    QList<ItemId> ids;
    for (const QModelIndex &index : m_proposedView->selectionModel()->selectedRows())
        ids.append(m_proposed->idAt(index.row()));
    const Prioritization::Proposal proposal = m_proposed->proposal();
    // In proposed order, so each item finds the one above it already in place.
    std::sort(ids.begin(), ids.end(), [&proposal](ItemId a, ItemId b) {
        return proposal.proposedIndex(a) < proposal.proposedIndex(b);
    });
    if (ids.isEmpty())
        return;
    const BacklogModel *backlog = m_document->backlogModel();
    const QString text = ids.size() == 1
                             ? tr("Move %1 to Its Proposed Place").arg(backlog->keyOf(backlog->rowAt(backlog->rowOf(ids.front()))))
                             : tr("Move %n Item(s) to Their Proposed Places", nullptr, int(ids.size()));
    const Status moved = Commands::oneStep(m_document->commands(), text, [&]() -> Status {
        for (ItemId id : std::as_const(ids)) {
            const auto move = Prioritization::toProposedPlace(backlog->rows(), proposal, id);
            if (move.isEmpty())
                continue;
            if (auto done = Commands::moveItems(m_document->commands(), move.ids, move.anchor); !done)
                return done;
        }
        return success();
    });
    if (!moved)
        emit errorOccurred(moved.errorMessage());
}

} // namespace Ordo
