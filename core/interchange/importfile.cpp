#include "importfile.h"

#include "interchange/csvreader.h"
#include "interchange/azurecsv.h"
#include "interchange/jiracsv.h"
#include "interchange/jiraxml.h"
#include "interchange/pivotalcsv.h"
#include "interchange/trellojson.h"
#include "domain/product.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Ordo::Import {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ordo::Import", text);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// An Ordo backup (it opens with a brace, as no export Ordo imports does) restored into a new
// product file; nullopt for any other file.
std::optional<Expected<FileImport>> restoreBackup(const QString &path, const QString &productPath)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !QByteArray(file.peek(4096)).replace("\xEF\xBB\xBF", "").trimmed().startsWith('{'))
        return std::nullopt;
    constexpr qint64 maxBytes = qint64(1) << 30;
    if (file.size() > maxBytes)
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    if (!Backup::isBackup(bytes))
        return std::nullopt;
    if (QFileInfo::exists(productPath)) {
        return Error{tr("“%1” already exists. “%2” is a backup of a whole Ordo product: it is restored into a new "
                        "product file, never merged into one.").arg(shown(productPath), shown(path))};
    }
    Expected<Backup::Restored> restored = Backup::restore(bytes, productPath);
    if (!restored)
        return restored.error();
    FileImport imported;
    imported.source.format = tr("Ordo backup");
    imported.newProduct = true;
    imported.backup = *restored;
    return Expected<FileImport>(std::move(imported));
}

} // namespace

Expected<Source> readBytes(const QByteArray &bytes, const ReadOptions &options)
{
    if (Backup::isBackup(bytes))
        return Error{tr("This is a backup of a whole Ordo product: it is restored into a new product file, not imported into one.")};
    // JSON starts with '{' or '[', XML with '<' (after white space or a byte order mark); no
    // export's CSV header does.
    for (qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '{' || c == '[') {
            TrelloOptions trello;
            trello.allChecklistsAsCriteria = options.allChecklistsAsCriteria;
            Expected<Source> source = readTrelloJson(bytes, trello);
            if (source)
                source->read = options;
            return source;
        }
        if (c == '<')
            return readJiraXml(bytes, options);
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            break;
    }
    Expected<Csv::Table> table = Csv::read(bytes);
    if (!table)
        return table.error();
    if (isJiraCsv(*table))
        return readJiraCsv(*table, options);
    if (isAzureCsv(*table))
        return readAzureCsv(*table, options);
    if (isPivotalCsv(*table))
        return readPivotalCsv(*table, options);
    return Error{tr("Ordo does not know this file's columns. It imports Jira's CSV export (with Summary and Issue key "
                    "columns) and XML export, Azure DevOps query results (Work Item Type and Title), Pivotal Tracker's "
                    "CSV export (Id, Title and Current State) and Trello boards exported as JSON.")};
}

Expected<Source> readFile(const QString &path, const ReadOptions &options)
{
    QFile file(path);
    if (!file.exists())
        return Error{tr("“%1” does not exist.").arg(shown(path))};
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("“%1” cannot be read: %2").arg(shown(path), file.errorString())};
    // Larger than any export Ordo takes (a million rows of Jira's fields): refused before reading.
    constexpr qint64 maxBytes = qint64(1) << 30;
    if (file.size() > maxBytes)
        return Error{tr("“%1” is larger than 1 GB, more than Ordo imports at once.").arg(shown(path))};
    Expected<Source> source = readBytes(file.readAll(), options);
    if (!source)
        return Error{tr("“%1” cannot be imported: %2").arg(shown(path), source.errorMessage())};
    return source;
}

QString keyPrefixOf(const Source &source)
{
    static const QRegularExpression keyPattern(QStringLiteral("^([A-Z][A-Z0-9]{0,9})-\\d+$"));
    QString prefix;
    for (const SourceItem &item : source.items) {
        const QRegularExpressionMatch match = keyPattern.match(item.key);
        if (!match.hasMatch())
            continue;
        if (prefix.isEmpty())
            prefix = match.captured(1);
        else if (prefix != match.captured(1))
            return {};
    }
    return prefix;
}

Expected<Result> writeNewProduct(const Source &source, const Mapping &mapping, const QString &productPath,
                                 const Progress &progress)
{
    Product product;
    product.name = QFileInfo(productPath).completeBaseName();
    if (const QString prefix = keyPrefixOf(source); !prefix.isEmpty())
        product.keyPrefix = prefix;
    QString error;
    std::unique_ptr<Database> database = Database::create(productPath, product, &error);
    if (!database)
        return Error{error};
    // Nobody else has the new file yet, and a failed import removes it: its one large write
    // goes straight into the file, with the rollback journal in memory (ROLLBACK still works),
    // instead of through the write-ahead log and then again into the file at the checkpoint.
    const QSqlDatabase db = database->connection();
    const auto setJournal = [&db](const QString &mode) -> Status {
        if (auto set = Sql::exec(db, QStringLiteral("PRAGMA journal_mode = %1").arg(mode)); !set)
            return set.error();
        return success();
    };
    Expected<Result> written = Error{};
    if (auto direct = setJournal(QStringLiteral("MEMORY")); !direct) {
        written = direct.error();
    } else {
        Options options;
        options.tool = source.tool;
        written = write(*database, source, mapping, options, progress);
        if (written) {
            if (auto back = setJournal(QStringLiteral("WAL")); !back)
                written = back.error();
        }
    }
    if (!written) {
        database.reset();
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(productPath + QLatin1String(suffix));
    }
    return written;
}

Expected<FileImport> importFileInto(const QString &file, const QString &productPath, const Progress &progress)
{
    if (std::optional<Expected<FileImport>> restored = restoreBackup(file, productPath))
        return std::move(*restored);
    Expected<Source> source = readFile(file);
    if (!source)
        return source.error();
    FileImport imported;
    imported.source = std::move(*source);
    if (imported.source.items.isEmpty())
        return Error{tr("“%1” holds no items to import.").arg(shown(file))};

    const Mapping mapping = defaultMapping(imported.source);
    imported.newProduct = !QFileInfo::exists(productPath);
    Expected<Result> written = Error{};
    if (imported.newProduct) {
        written = writeNewProduct(imported.source, mapping, productPath, progress);
    } else {
        Database::OpenError error;
        std::unique_ptr<Database> database = Database::open(productPath, &error);
        if (!database)
            return Error{error.message};
        Options options;
        options.tool = imported.source.tool;
        written = write(*database, imported.source, mapping, options, progress);
    }
    if (!written)
        return written.error();
    imported.result = std::move(*written);
    return imported;
}

QStringList reportLines(const Source &source, const Result &result)
{
    QList<Problem> problems = source.problems;
    problems.append(result.problems);
    std::stable_sort(problems.begin(), problems.end(), [](const Problem &a, const Problem &b) { return a.line < b.line; });
    QStringList lines;
    for (const Problem &problem : std::as_const(problems))
        lines.append(problem.line > 0 ? tr("line %1: %2").arg(problem.line).arg(problem.message) : problem.message);
    return lines;
}

} // namespace Ordo::Import
