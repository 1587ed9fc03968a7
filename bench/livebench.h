#pragma once

#include <QJsonObject>
#include <QString>

// ordo-bench --live: a product of --items items on a PostgreSQL server and two clients of it. How
// long a client takes to open it (first screen, and the whole backlog read), and how long a move
// one client commits takes to show in the other's backlog. `server` is a postgresql:// URL whose
// user may create databases (one is made for the run and dropped after it); empty: a throwaway
// server is started (scripts/pg-throwaway) and stopped at the end. See BENCHMARKS.md.
int runLive(const QString &server, int items, int repetitions, QJsonObject json, const QString &jsonPath);
