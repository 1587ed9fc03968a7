#pragma once

#include <QJsonObject>
#include <QString>

// ordo-bench --import: a Jira CSV export of --items rows, written the way Jira writes one
// (repeated Labels columns, quoted multi-line Gherkin criteria, LexoRank, parents, links),
// imported into a new product: reading, writing and the commit. With `window`, also through
// File > Import (the import wizard and its progress dialog), and once cancelled half way.
// See BENCHMARKS.md.
int runImport(const QString &folder, int items, int repetitions, bool window, QJsonObject json, const QString &jsonPath);
