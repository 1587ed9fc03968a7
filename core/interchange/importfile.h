#pragma once

#include "interchange/importwriter.h"
#include "interchange/jsonbackup.h"

#include <optional>

// An import from a file, as the command line and the import dialog start it: the format is
// told from the content, never from the file's name.

namespace Ordo::Import {

// Reads an export of a tool Ordo imports from.
// `options` names the columns of the estimate and the criteria where the user chose them.
Expected<Source> readFile(const QString &path, const ReadOptions &options = {});
// The same for bytes already read.
Expected<Source> readBytes(const QByteArray &bytes, const ReadOptions &options = {});

// The key prefix the source's keys share ("HRV" for HRV-1, HRV-2...), for a new product; empty
// if they share none.
QString keyPrefixOf(const Source &source);

struct FileImport
{
    Source source;
    Result result;
    bool newProduct = false;
    // Set when the file was an Ordo backup (jsonbackup.h): it was restored whole into the new
    // product file, which must not exist yet; source and result are then empty.
    std::optional<Backup::Restored> backup;
};

// Writes `source` into a new product file at `productPath`, named after the file, with the key
// prefix of the source's keys. A refused import leaves no file behind.
Expected<Result> writeNewProduct(const Source &source, const Mapping &mapping, const QString &productPath,
                                 const Progress &progress = {});

// Imports `file` into the product file `productPath`, at the bottom of its backlog, updating
// the items an earlier import of the same tool made; a product file that does not exist yet
// is created, named after it. A refused import leaves the product file as it was (and creates
// none). An Ordo backup is restored into `productPath` instead, which must not exist: a backup
// restores a whole product, it is never merged into one.
Expected<FileImport> importFileInto(const QString &file, const QString &productPath, const Progress &progress = {});

// What the reading and the writing noted, one "line N: ..." per problem, for the report the
// Product Owner can save.
QStringList reportLines(const Source &source, const Result &result);

} // namespace Ordo::Import
