#pragma once

#include "documentchange.h"
#include "domain/sprintchange.h"
#include "services/velocity.h"
#include "storage/expected.h"

#include <QHash>
#include <QObject>

namespace Ordo {

class BacklogModel;
class Database;

// The one writer of a product's sprints, beside BacklogEditor and with its discipline: each
// method writes the product file in one transaction (SprintRepository::apply(), history rows
// included), then updates the BacklogModel's rows and its own sprint list, then announces the
// change on the document's ChangeChannel. Sprint undo commands call apply(); nothing else writes
// sprints or moves items in and out of them.
class SprintEditor : public QObject
{
    Q_OBJECT

public:
    SprintEditor(Database &database, BacklogModel &model, ChangeChannel &changes, QList<Sprint> sprints,
                 int velocitySprints, QObject *parent = nullptr);

    // Every sprint, oldest first.
    const QList<Sprint> &sprints() const { return m_sprints; }
    const Sprint *sprint(SprintId id) const;
    const Sprint *activeSprint() const;
    // The sprint closed last (by its closing moment), or none.
    const Sprint *lastClosedSprint() const;
    // The planned sprint that starts first (nullptr if none).
    const Sprint *nextPlannedSprint() const;
    // More than one sprint is active: a hand-edited file, opened but flagged.
    bool hasSeveralActiveSprints() const;

    // Velocity of each closed sprint, oldest first, and its summary over the product's last N.
    const QList<Velocity::SprintVelocity> &velocities() const { return m_velocities; }
    const Velocity::Summary &velocity() const { return m_velocity; }
    std::optional<double> averageVelocity() const { return m_velocity.average; }
    std::optional<double> velocityOf(SprintId id) const;
    // The points committed when the sprint started (the estimates recorded then), if it started.
    std::optional<double> commitmentOf(SprintId id) const;
    void setVelocitySprints(int count);

    // Writes `change`, then brings the models up to date. Returns the decisions it added.
    Expected<QList<qint64>> apply(const SprintChange &change);
    // What the review has recorded now for the items and sprints of `records` (their undo).
    Expected<QList<ReviewRecord>> recordedNow(const QList<ReviewRecord> &records) const;
    // An id no sprint has, for a sprint about to be created (so that redo recreates it as it was).
    SprintId nextSprintId() const;

    Database &database() const { return m_database; }
    BacklogModel &model() const { return m_model; }

    // Re-reads the sprints after another writer (an import) created or removed some, or moved
    // items in or out of them.
    Status sprintsWritten();

    // Tells the user about a write that failed while undoing or redoing.
    void report(const Status &status);

signals:
    void errorOccurred(const QString &message);

private:
    void recomputeVelocity();

    Database &m_database;
    BacklogModel &m_model;
    ChangeChannel &m_changes;
    QList<Sprint> m_sprints;
    int m_velocitySprints = 3;
    QList<Velocity::SprintVelocity> m_velocities;
    Velocity::Summary m_velocity;
    QHash<SprintId, double> m_commitments;
};

} // namespace Ordo
