#include "export.h"

#include "interchange/jsonbackup.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Ordo::Export {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ordo::Export", text);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Writes every file whole, or none: a failure removes the files written before it.
Expected<QList<ExportedFile>> writeAll(const QList<std::pair<QString, CsvFile>> &files)
{
    QList<ExportedFile> written;
    const auto undo = [&written] {
        for (const ExportedFile &file : std::as_const(written))
            QFile::remove(file.path);
    };
    for (const auto &[path, content] : files) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            undo();
            return Error{tr("“%1” cannot be written: %2").arg(shown(path), file.errorString())};
        }
        if (file.write(content.bytes) != content.bytes.size() || !file.commit()) {
            const QString reason = file.errorString();
            undo();
            return Error{tr("“%1” cannot be written: %2").arg(shown(path), reason)};
        }
        written.append(ExportedFile{path, content.items});
    }
    return written;
}

} // namespace

std::optional<Format> formatFromName(const QString &name)
{
    const QString folded = name.trimmed().toCaseFolded();
    if (folded == QLatin1String("jira"))
        return Format::JiraCsv;
    if (folded == QLatin1String("azure"))
        return Format::AzureCsv;
    if (folded == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

QString numberedPath(const QString &outputPath, int n)
{
    if (n <= 1)
        return outputPath;
    const QFileInfo info(outputPath);
    const QString suffix = info.suffix();
    QString name = info.completeBaseName() + QStringLiteral("-%1").arg(n);
    if (!suffix.isEmpty())
        name += QLatin1Char('.') + suffix;
    const qsizetype slash = outputPath.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? name : outputPath.left(slash + 1) + name;
}

Expected<QList<ExportedFile>> exportTo(const Database &database, Format format, const QString &outputPath)
{
    if (outputPath.trimmed().isEmpty())
        return Error{tr("Say which file to export to.")};
    if (QFileInfo(outputPath).absoluteFilePath() == QFileInfo(database.path()).absoluteFilePath())
        return Error{tr("An export cannot replace the product file it is made from.")};
    QList<std::pair<QString, CsvFile>> files;
    switch (format) {
    case Format::JiraCsv: {
        Expected<CsvFile> file = jiraCsv(database);
        if (!file)
            return file.error();
        files.append({outputPath, *file});
        break;
    }
    case Format::AzureCsv: {
        Expected<QList<CsvFile>> parts = azureCsv(database);
        if (!parts)
            return parts.error();
        for (qsizetype i = 0; i < parts->size(); ++i)
            files.append({numberedPath(outputPath, int(i) + 1), parts->at(i)});
        break;
    }
    case Format::Json: {
        Expected<QByteArray> bytes = Backup::write(database);
        if (!bytes)
            return bytes.error();
        auto items = Sql::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM item"));
        if (!items)
            return items.error();
        files.append({outputPath, CsvFile{*bytes, items->toInt()}});
        break;
    }
    }
    return writeAll(files);
}

} // namespace Ordo::Export
