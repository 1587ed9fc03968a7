#pragma once

#include "storage/expected.h"

#include <QList>
#include <QString>

#include <optional>

// Exports of a product's backlog for other tools, and the full backup (jsonbackup.h):
// - Jira CSV, for Jira's CSV importer: one row per item in backlog order (archived items left
//   out) with Summary, Issue Type, Status, Description, story points, one Labels column per
//   label, Issue Id and Parent (the importer links a child to its parent by the parent's Issue
//   Id), Sprint and the acceptance criteria. Ordo's own Jira reader reads it back.
// - Azure DevOps CSV as a tree: each epic followed by its items (Title 1, Title 2, ...), then
//   the items without an epic; at most 1,000 rows per file (what Azure DevOps imports at once),
//   an epic's tree never split between files (an epic with more items is refused).
// - JSON: the full backup of the product (Ordo::Backup::write()).
// The File > Export menu and `ordo --export FORMAT --output FILE PRODUCT.ordo` call exportTo().

namespace Ordo {
class Database;
}

namespace Ordo::Export {

enum class Format { JiraCsv, AzureCsv, Json };

// "jira", "azure" or "json", in any case; nullopt for anything else.
std::optional<Format> formatFromName(const QString &name);

struct ExportedFile
{
    QString path;
    int items = 0;
};

// The most rows (besides the header) one Azure DevOps file holds.
inline constexpr int azureRowsPerFile = 1000;

// Writes the product's backlog in `format` to `outputPath`. Azure DevOps may need several
// files: `outputPath` holds the first, then "<base>-2.<ext>", "<base>-3.<ext>"... beside it
// ("backlog.csv", "backlog-2.csv"). Each file is written whole or not at all (QSaveFile), and
// a failure removes the files this call wrote already.
Expected<QList<ExportedFile>> exportTo(const Database &database, Format format, const QString &outputPath);

// The name of the n-th file (from 1) of an export to `outputPath`.
QString numberedPath(const QString &outputPath, int n);

// The files of the exports, for tests and previews: Jira's one file, Azure DevOps' files.
struct CsvFile
{
    QByteArray bytes;
    int items = 0;
};
Expected<CsvFile> jiraCsv(const Database &database);
Expected<QList<CsvFile>> azureCsv(const Database &database, int rowsPerFile = azureRowsPerFile);

} // namespace Ordo::Export
