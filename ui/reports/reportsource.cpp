#include "reportsource.h"

#include "backlog/backlogmodel.h"
#include "documentchange.h"
#include "productdocument.h"
#include "sprinteditor.h"
#include "storage/historyrepository.h"
#include "storage/reportrepository.h"

#include <QDate>

namespace Ordo {
namespace {

bool isWork(const BacklogRow &row)
{
    return !row.archived && row.type != ItemType::Epic && !isFinishedStatus(row.status) && row.status != ItemStatus::Accepted;
}

} // namespace

ReportSource::ReportSource(ProductDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document->changes(), &ChangeChannel::changed, this, [this](const DocumentChange &change) {
        // A sprint reopened by an undo is no longer frozen.
        if (change.what == DocumentChange::What::Sprints)
            m_frozen.clear();
        emit changed();
    });
}

Expected<Burndown::Chart> ReportSource::burndown(SprintId sprintId)
{
    if (const auto found = m_frozen.constFind(sprintId); found != m_frozen.cend())
        return *found;
    const Sprint *sprint = m_document->sprintEditor()->sprint(sprintId);
    if (!sprint)
        return Error{tr("The sprint no longer exists.")};
    auto history = HistoryRepository(m_document->database()).forSprint(sprintId);
    if (!history)
        return history.error();
    const Burndown::Chart chart = Burndown::compute(*sprint, *history, QDate::currentDate(), m_document->product().workingDays);
    if (chart.frozen)
        m_frozen.insert(sprintId, chart);
    return chart;
}

QList<VelocityChart::Bar> ReportSource::velocityBars() const
{
    const SprintEditor *editor = m_document->sprintEditor();
    QList<VelocityChart::Bar> bars;
    for (const Velocity::SprintVelocity &v : editor->velocities()) {
        const Sprint *sprint = editor->sprint(v.sprintId);
        bars.append({v.sprintId, sprint ? sprint->name : QString(), editor->commitmentOf(v.sprintId), v.points});
    }
    return bars;
}

const Velocity::Summary &ReportSource::velocity() const { return m_document->sprintEditor()->velocity(); }

QList<double> ReportSource::velocities() const
{
    const SprintEditor *editor = m_document->sprintEditor();
    QList<double> values;
    for (SprintId id : editor->velocity().sprintIds)
        values.append(editor->velocityOf(id).value_or(0));
    return values;
}

QStringList ReportSource::closedSprintNames() const
{
    QStringList names;
    for (const VelocityChart::Bar &bar : velocityBars())
        names.append(bar.sprint);
    return names;
}

Expected<ReleaseBurnup::Result> ReportSource::releaseBurnup(const Scope &scope)
{
    const QList<BacklogRow> &rows = m_document->backlogModel()->rows();
    QSet<ItemId> goalEpics;
    if (scope.kind == Scope::ProductGoal) {
        for (const BacklogRow &row : rows) {
            if (row.type == ItemType::Epic && row.servesGoal)
                goalEpics.insert(row.id);
        }
    }
    QList<ReleaseBurnup::ScopeItem> items;
    QList<qint64> ids;
    for (const BacklogRow &row : rows) {
        if (row.archived || row.type == ItemType::Epic)
            continue;
        bool in = false;
        switch (scope.kind) {
        case Scope::ProductGoal: in = row.servesGoal || goalEpics.contains(row.parentId); break;
        case Scope::Epic: in = row.parentId == scope.epic; break;
        case Scope::Label: in = row.labels.split(u',', Qt::SkipEmptyParts).contains(scope.label); break;
        }
        if (!in)
            continue;
        items.append({row.id, row.estimateValue(), isFinishedStatus(row.status) || row.status == ItemStatus::Accepted});
        ids.append(row.id);
    }
    auto history = HistoryRepository(m_document->database())
                       .ofItems(ids, {HistoryField::Created, HistoryField::StatusChanged, HistoryField::EstimateChanged});
    if (!history)
        return history.error();
    return ReleaseBurnup::compute(m_document->sprintEditor()->sprints(), *history, items, velocity());
}

Forecast::Calendar ReportSource::calendar() const
{
    Forecast::Calendar calendar;
    const SprintEditor *editor = m_document->sprintEditor();
    calendar.existing = editor->sprints();
    if (const Sprint *active = editor->activeSprint())
        calendar.known.append(*active);
    for (const Sprint &s : editor->sprints()) {
        if (s.state == SprintState::Planned && s.end >= QDate::currentDate())
            calendar.known.append(s);
    }
    calendar.lengthDays = m_document->product().sprintLengthDays;
    calendar.today = QDate::currentDate();
    calendar.working = m_document->product().workingDays;
    return calendar;
}

double ReportSource::medianEstimate() const
{
    QList<double> estimates;
    for (const BacklogRow &row : m_document->backlogModel()->rows()) {
        if (!row.archived && row.type != ItemType::Epic && row.isEstimated())
            estimates.append(row.estimate);
    }
    return Forecast::medianOf(estimates);
}

Forecast::Work ReportSource::work(ItemId upTo, QList<ItemId> *epics) const
{
    Forecast::Work work;
    work.medianEstimate = medianEstimate();
    for (const BacklogRow &row : m_document->backlogModel()->rows()) {
        if (isWork(row)) {
            work.estimates.append(row.estimateValue());
            if (epics)
                epics->append(row.parentId);
        }
        if (upTo != 0 && row.id == upTo)
            break;
    }
    return work;
}

Forecast::Work ReportSource::workOfEpic(ItemId epic) const
{
    ItemId last = 0;
    for (const BacklogRow &row : m_document->backlogModel()->rows()) {
        if (row.parentId == epic && isWork(row))
            last = row.id;
    }
    if (last == 0)
        return Forecast::Work{{}, medianEstimate()};
    return work(last);
}

Forecast::Work ReportSource::workOfTop(int count) const
{
    Forecast::Work all;
    all.medianEstimate = medianEstimate();
    for (const BacklogRow &row : m_document->backlogModel()->rows()) {
        if (all.estimates.size() >= count)
            break;
        if (isWork(row))
            all.estimates.append(row.estimateValue());
    }
    return all;
}

QList<Forecast::EpicInput> ReportSource::roadmapEpics(const QList<ItemId> &epicOfWork, QList<ItemId> *epicIds)
{
    QHash<ItemId, Forecast::EpicInput> byEpic;
    QList<ItemId> order;
    for (qsizetype i = 0; i < epicOfWork.size(); ++i) {
        const ItemId epic = epicOfWork.at(i);
        if (epic == 0)
            continue;
        auto &input = byEpic[epic];
        if (input.firstIndex < 0) {
            input.epicId = epic;
            input.firstIndex = int(i);
            order.append(epic);
        }
        input.lastIndex = int(i);
    }
    // In the order their work ends: what a stakeholder reads top to bottom.
    std::stable_sort(order.begin(), order.end(), [&byEpic](ItemId a, ItemId b) { return byEpic.value(a).lastIndex < byEpic.value(b).lastIndex; });
    QList<Forecast::EpicInput> inputs;
    for (ItemId epic : std::as_const(order))
        inputs.append(byEpic.value(epic));
    if (epicIds)
        *epicIds = order;
    return inputs;
}

Expected<Outcomes::Summary> ReportSource::outcomes()
{
    // The items the measures look at: those accepted in a closed sprint, and those ever rejected.
    const SprintEditor *editor = m_document->sprintEditor();
    QSet<SprintId> closed;
    for (const Sprint &s : editor->sprints()) {
        if (s.state == SprintState::Closed)
            closed.insert(s.id);
    }
    QList<qint64> ids;
    for (const BacklogRow &row : m_document->backlogModel()->rows()) {
        if (row.status == ItemStatus::Accepted && closed.contains(row.sprintId))
            ids.append(row.id);
    }
    HistoryRepository history(m_document->database());
    auto rejected = history.everRejected();
    if (!rejected)
        return rejected.error();
    for (qint64 id : std::as_const(*rejected)) {
        if (!ids.contains(id))
            ids.append(id);
    }
    auto rows = history.ofItems(ids, {HistoryField::Created, HistoryField::StatusChanged, HistoryField::SprintChanged});
    if (!rows)
        return rows.error();
    auto facts = ReportRepository(m_document->database()).outcomeFacts(ids);
    if (!facts)
        return facts.error();
    return Outcomes::compute(editor->sprints(), *rows, *facts, m_document->product().velocitySprints);
}

QString ReportSource::itemLabel(ItemId id) const
{
    const BacklogModel *model = m_document->backlogModel();
    const int row = model->rowOf(id);
    if (row < 0)
        return tr("an item no longer in the backlog");
    return model->keyOf(model->rowAt(row)) + QStringLiteral(" ") + model->rowAt(row).title;
}

QStringList ReportSource::itemTitles(const QList<ItemId> &ids) const
{
    QHash<ItemId, qsizetype> wanted;
    wanted.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        wanted.insert(ids.at(i), i);
    QStringList titles(ids.size());
    qsizetype left = wanted.size();
    for (const BacklogRow &row : m_document->backlogModel()->rows()) {
        if (left == 0)
            break;
        if (const auto found = wanted.constFind(row.id); found != wanted.cend()) {
            titles[*found] = row.title;
            --left;
        }
    }
    return titles;
}

} // namespace Ordo
