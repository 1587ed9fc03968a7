#pragma once

#include <QString>

namespace Bench {

// --writers N --seconds S [--server postgresql://user@host:port]: N threads, each with its own
// connection to one product on a PostgreSQL server, add 1 to the estimates of random items with
// the row version check (a conflict re-reads the item and tries again) and count each
// successful write in a column of the item. Afterwards the rows must account for every
// successful write: no update lost. Without --server, a throwaway server is started
// (scripts/pg-throwaway) and stopped afterwards. Returns the exit code.
int runWriters(int writers, int seconds, const QString &server, const QString &jsonPath);

} // namespace Bench
