#pragma once

#include "syntheticproduct.h"

#include <QJsonObject>
#include <QString>

// ordo-bench --charts: burndown, velocity, forecast, Reports mode, presentation mode and the
// stakeholder reports on a product with 50 closed sprints. See BENCHMARKS.md, "Charts".
int runCharts(const QString &path, int items, int repetitions, const SyntheticProduct::Summary &summary, QJsonObject json,
              const QString &jsonPath);
