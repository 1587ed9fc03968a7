#pragma once

#include <QString>

// Writes a synthetic but realistic product to a new file: titles,
// descriptions and acceptance criteria of realistic length, epics,
// dependencies, labels, and 20 finished sprints with their history. It uses
// Ordo's own migrations for the schema and bulk inserts for the rows (the
// generator is not what is measured).
namespace SyntheticProduct {

struct Summary
{
    int items = 0;
    int epics = 0;
    int dependencies = 0;
    int sprints = 0;
    int historyRows = 0;
    qint64 textBytes = 0; // UTF-16 bytes of the text the backlog keeps in memory
    int activeSprint = 0;  // the running sprint's id (0: none)
    int sprintItems = 0;   // items that were ever in a sprint
};

// What the charts need (ordo-bench --charts): many closed sprints of realistic size, each with
// the history a team writes (pulled before the start, committed at the start through
// SprintRepository::apply(), statuses day by day, accepted at the close), a running sprint, and
// the rest of the history (estimate, order and status rows) spread over the other items up to
// `historyRows`. The closed sprints' figures are then frozen with
// SprintRepository::freezeFromHistory(), as a real file's are.
struct Options
{
    bool chartsHistory = false;
    int closedSprints = 50;
    int minSprintItems = 25;
    int maxSprintItems = 30;
    int historyRows = 1000000; // about, in all
};

// Returns an empty message on success.
QString write(const QString &path, int items, Summary *summary, const Options &options = {});

} // namespace SyntheticProduct
