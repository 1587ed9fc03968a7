#pragma once

#include <QJsonObject>
#include <QString>

// ordo-bench --publish: the synthetic product file at `path` published to a new database on the
// PostgreSQL server `serverUrl` (postgresql://USER@HOST:PORT/DB; DB is a prefix, one database per
// repetition, dropped afterwards with its roles), and saved back to a file (Save a Copy). The
// user must be allowed to create databases and roles. See BENCHMARKS.md.
int runPublish(const QString &path, const QString &serverUrl, int items, int repetitions, QJsonObject json,
               const QString &jsonPath);
