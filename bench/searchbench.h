#pragma once

#include "syntheticproduct.h"

#include <QJsonObject>
#include <QString>

// ordo-bench --search: opening a large product (first paint, the whole backlog read), the
// filter as the Product Owner types, beside a stock QSortFilterProxyModel through the same
// view, and the full-text search of story text and acceptance criteria. See BENCHMARKS.md.
int runSearch(const QString &path, int items, int repetitions, QJsonObject json, const QString &jsonPath);
