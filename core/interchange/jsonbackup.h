#pragma once

#include "storage/expected.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// The full backup of a product as one JSON document: every row of every table of the product
// file, so that restoring it gives the same product, ids and all.
//
// The document (its JSON Schema, draft 2020-12, is core/interchange/ordo-backup.schema.json):
//   {
//     "format": "ordo-backup",
//     "version": 10,                       // the product file's schema version
//     "tables": {
//       "item": [ { "id": 1, "title": "...", ... }, ... ],
//       ...                                // every table of tables(), rows by primary key
//     }
//   }
// A row holds every column of its table under the column's name: integers and reals as
// numbers, text as strings, NULL as null. Object keys are sorted and rows ordered by primary
// key, so that the same product always gives the same bytes: a backup restored and backed up
// again is byte-identical. The full-text search index is not in it: restoring rebuilds it.

namespace Ordo {
class Database;
}

namespace Ordo::Backup {

inline constexpr char formatName[] = "ordo-backup";

// The tables a backup holds, in the order a restore writes them. A table added to the schema
// must be added here (tst_jsonbackup compares this list with the product file's tables).
QStringList tables();

// The full backup of the product.
Expected<QByteArray> write(const Database &database);

// A cheap check, before reading it: does `bytes` look like an Ordo backup (a JSON object that
// names the "ordo-backup" format)?
bool isBackup(const QByteArray &bytes);

struct Restored
{
    int items = 0;         // the items restored, archived ones included
    int schemaVersion = 0; // the schema version of the backup
};

// Restores a backup into a new product file at `productPath` (refused if it exists), in one
// transaction, and rebuilds the search index. A backup of an older schema is upgraded as its
// product file would be; one of a newer schema is refused. All or nothing: on failure no file
// is left at `productPath`.
Expected<Restored> restore(const QByteArray &bytes, const QString &productPath);

} // namespace Ordo::Backup
