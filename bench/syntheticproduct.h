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
};

// Returns an empty message on success.
QString write(const QString &path, int items, Summary *summary);

} // namespace SyntheticProduct
