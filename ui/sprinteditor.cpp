#include "sprinteditor.h"

#include "backlog/backlogmodel.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/reviewrepository.h"
#include "storage/sprintrepository.h"

#include <QSet>

#include <algorithm>

namespace Ordo {

SprintEditor::SprintEditor(Database &database, BacklogModel &model, ChangeChannel &changes, QList<Sprint> sprints,
                           int velocitySprints, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_model(model)
    , m_changes(changes)
    , m_sprints(std::move(sprints))
    , m_velocitySprints(velocitySprints)
{
    recomputeVelocity();
}

const Sprint *SprintEditor::sprint(SprintId id) const
{
    const auto found = std::find_if(m_sprints.cbegin(), m_sprints.cend(), [id](const Sprint &s) { return s.id == id; });
    return found == m_sprints.cend() ? nullptr : &*found;
}

const Sprint *SprintEditor::activeSprint() const
{
    for (const Sprint &s : m_sprints) {
        if (s.state == SprintState::Active)
            return &s;
    }
    return nullptr;
}

const Sprint *SprintEditor::lastClosedSprint() const
{
    const Sprint *last = nullptr;
    for (const Sprint &sprint : m_sprints) {
        if (sprint.state == SprintState::Closed && (!last || sprint.closedAt > last->closedAt))
            last = &sprint;
    }
    return last;
}

const Sprint *SprintEditor::nextPlannedSprint() const
{
    const Sprint *next = nullptr;
    for (const Sprint &s : m_sprints) {
        if (s.state == SprintState::Planned && (!next || s.start < next->start))
            next = &s;
    }
    return next;
}

bool SprintEditor::hasSeveralActiveSprints() const
{
    return std::count_if(m_sprints.cbegin(), m_sprints.cend(), [](const Sprint &s) { return s.state == SprintState::Active; }) > 1;
}

std::optional<double> SprintEditor::velocityOf(SprintId id) const
{
    for (const Velocity::SprintVelocity &v : m_velocities) {
        if (v.sprintId == id)
            return v.points;
    }
    return std::nullopt;
}

std::optional<double> SprintEditor::commitmentOf(SprintId id) const
{
    const auto found = m_commitments.constFind(id);
    return found == m_commitments.cend() ? std::nullopt : std::optional<double>(*found);
}

void SprintEditor::setVelocitySprints(int count)
{
    if (count == m_velocitySprints)
        return;
    m_velocitySprints = count;
    m_velocity = Velocity::summary(m_velocities, m_velocitySprints);
}

SprintId SprintEditor::nextSprintId() const
{
    SprintId max = 0;
    for (const Sprint &s : m_sprints)
        max = std::max(max, s.id);
    return max + 1;
}

Status SprintEditor::sprintsWritten()
{
    auto sprints = SprintRepository(m_database).all();
    if (!sprints)
        return sprints.error();
    m_sprints = std::move(*sprints);
    recomputeVelocity();
    m_changes.announce(DocumentChange::What::Sprints);
    return success();
}

void SprintEditor::recomputeVelocity()
{
    // The figures each sprint froze when it started and closed: one row per sprint, no history.
    m_velocities = Velocity::ofFrozenSprints(m_sprints);
    m_velocity = Velocity::summary(m_velocities, m_velocitySprints);
    m_commitments.clear();
    for (const Sprint &s : std::as_const(m_sprints)) {
        if (s.committedPoints)
            m_commitments.insert(s.id, *s.committedPoints);
    }
}

Expected<QList<qint64>> SprintEditor::apply(const SprintChange &change)
{
    if (change.isEmpty())
        return QList<qint64>();
    QHash<ItemId, QString> writtenKeys;
    auto added = SprintRepository(m_database).apply(change, &writtenKeys);
    if (!added)
        return added;

    // The file is written: the sprint list (as stored, with the moments the file gave the
    // sprints that started or ended) and the rows follow.
    // Velocity and commitments follow a sprint that starts, ends, reopens or goes away; an edit of
    // a goal or a capacity does not re-read the history.
    bool replay = change.commitSprint != 0 || !change.deletedSprints.isEmpty();
    for (const Sprint &s : change.sprints) {
        const Sprint *before = sprint(s.id);
        replay = replay || !before || before->state != s.state;
    }
    if (!change.sprints.isEmpty() || !change.deletedSprints.isEmpty()) {
        if (auto sprints = SprintRepository(m_database).all())
            m_sprints = std::move(*sprints);
    }
    const Sprint *active = activeSprint();
    m_model.setActiveSprint(active ? active->id : 0);

    QList<ItemId> ids;
    QList<ItemId> ordered;
    QHash<ItemId, QString> newKeys;
    if (!change.items.isEmpty()) {
        QList<ItemId> changedIds;
        for (const SprintPlacement &p : change.items)
            changedIds.append(p.id);
        const QHash<ItemId, int> rows = m_model.rowsOf(changedIds);
        const qint64 now = m_database.now().toSecsSinceEpoch();
        // Hundreds of rows (a sprint starting or closing) are one change of the model.
        constexpr qsizetype rowByRowUpTo = 64;
        const bool batch = change.items.size() > rowByRowUpTo;
        QList<std::pair<int, BacklogRow>> updates;
        for (const SprintPlacement &p : change.items) {
            const int row = rows.value(p.id, -1);
            if (row < 0)
                continue;
            BacklogRow updated = m_model.rowAt(row);
            const QString key = writtenKeys.value(p.id, p.orderKey);
            if (updated.sprintId == p.sprint && updated.status == p.status && updated.servesSprintGoal == p.servesSprintGoal
                && (key.isEmpty() || key == updated.orderKey)) {
                continue;
            }
            updated.sprintId = p.sprint;
            updated.status = p.status;
            updated.servesSprintGoal = p.servesSprintGoal;
            updated.updatedAt = now;
            // SprintRepository bumped the row's version with its write; a new order key is counted
            // by the model's placeRow() below, which must not count it twice.
            if (key.isEmpty() || key == updated.orderKey)
                ++updated.version;
            if (batch)
                updates.append({row, updated});
            else
                m_model.updateBacklogRow(row, updated);
            if (!key.isEmpty() && key != updated.orderKey)
                newKeys.insert(p.id, key);
            ids.append(p.id);
        }
        m_model.updateBacklogRows(updates);
    }
    if (!newKeys.isEmpty()) {
        constexpr qsizetype rowMovesUpTo = 64;
        if (newKeys.size() <= rowMovesUpTo) {
            for (auto it = newKeys.cbegin(); it != newKeys.cend(); ++it)
                m_model.placeRow(m_model.rowOf(it.key()), it.value());
        } else {
            m_model.placeRows(newKeys);
        }
    }
    if (replay)
        recomputeVelocity();
    // What the review recorded concerns its items, even when their rows did not change.
    for (const ReviewRecord &record : change.reviews) {
        if (!ids.contains(record.item))
            ids.append(record.item);
    }
    m_changes.announce(DocumentChange::What::Sprints, ids);
    if (!change.decisions.isEmpty() || !change.removedDecisions.isEmpty())
        m_changes.announce(DocumentChange::What::Decisions);
    return added;
}

void SprintEditor::report(const Status &status)
{
    if (!status)
        emit errorOccurred(status.errorMessage());
}

Expected<QList<ReviewRecord>> SprintEditor::recordedNow(const QList<ReviewRecord> &records) const
{
    QList<ReviewRecord> now;
    ReviewRepository reviews(m_database);
    for (const ReviewRecord &record : records) {
        auto stored = reviews.record(record.sprint, record.item);
        if (!stored)
            return stored.error();
        now.append(*stored);
    }
    return now;
}

} // namespace Ordo
