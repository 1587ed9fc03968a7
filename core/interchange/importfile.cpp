#include "importfile.h"

#include "interchange/csvreader.h"
#include "interchange/azurecsv.h"
#include "interchange/jiracsv.h"
#include "interchange/pivotalcsv.h"
#include "interchange/trellojson.h"
#include "domain/product.h"

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

} // namespace

Expected<Source> readBytes(const QByteArray &bytes)
{
    // JSON starts with '{' or '[' (after white space or a byte order mark); no export's CSV
    // header does.
    for (qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '{' || c == '[')
            return readTrelloJson(bytes);
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            break;
    }
    Expected<Csv::Table> table = Csv::read(bytes);
    if (!table)
        return table.error();
    if (isJiraCsv(*table))
        return readJiraCsv(*table);
    if (isAzureCsv(*table))
        return readAzureCsv(*table);
    if (isPivotalCsv(*table))
        return readPivotalCsv(*table);
    return Error{tr("Ordo does not know this file's columns. It imports Jira's CSV export (with Summary and Issue key "
                    "columns), Azure DevOps query results (Work Item Type and Title), Pivotal Tracker's CSV export (Id, "
                    "Title and Current State) and Trello boards exported as JSON.")};
}

Expected<Source> readFile(const QString &path)
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
    Expected<Source> source = readBytes(file.readAll());
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

Expected<FileImport> importFileInto(const QString &file, const QString &productPath, const Progress &progress)
{
    Expected<Source> source = readFile(file);
    if (!source)
        return source.error();
    FileImport imported;
    imported.source = std::move(*source);
    if (imported.source.items.isEmpty())
        return Error{tr("“%1” holds no items to import.").arg(shown(file))};

    std::unique_ptr<Database> database;
    imported.newProduct = !QFileInfo::exists(productPath);
    if (imported.newProduct) {
        Product product;
        product.name = QFileInfo(productPath).completeBaseName();
        if (const QString prefix = keyPrefixOf(imported.source); !prefix.isEmpty())
            product.keyPrefix = prefix;
        QString error;
        database = Database::create(productPath, product, &error);
        if (!database)
            return Error{error};
    } else {
        Database::OpenError error;
        database = Database::open(productPath, &error);
        if (!database)
            return Error{error.message};
    }

    Options options;
    options.tool = imported.source.tool;
    Expected<Result> written = write(*database, imported.source, defaultMapping(imported.source), options, progress);
    if (!written) {
        if (imported.newProduct) {
            database.reset();
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(productPath + QLatin1String(suffix));
        }
        return written.error();
    }
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
