#pragma once

#include "interchange/importsource.h"
#include "storage/database.h"
#include "storage/itemrepository.h"
#include "storage/sprintrepository.h"
#include "storage/sql.h"

#include <QByteArray>
#include <QFile>

// What the import tests share: their fixtures in tests/data/import (each test target defines
// ORDO_IMPORT_DATA), finding an item of a source by its key, and what an import wrote.

#ifdef ORDO_IMPORT_DATA
inline QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(ORDO_IMPORT_DATA "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}
#endif

inline const Ordo::Import::SourceItem *itemKeyed(const Ordo::Import::Source &source, const QString &key)
{
    for (const Ordo::Import::SourceItem &item : source.items) {
        if (item.key == key)
            return &item;
    }
    return nullptr;
}

// Each problem as "line: message".
inline QStringList problemLines(const QList<Ordo::Import::Problem> &problems)
{
    QStringList lines;
    for (const Ordo::Import::Problem &problem : problems)
        lines.append(QStringLiteral("%1: %2").arg(problem.line).arg(problem.message));
    return lines;
}

// The backlog's titles, in order.
inline QStringList backlogTitles(const Ordo::Database &database)
{
    QStringList result;
    const auto rows = Ordo::ItemRepository(database).backlogRows();
    for (const Ordo::BacklogRow &row : *rows)
        result.append(row.title);
    return result;
}

// Each sprint as "name start..end", oldest first.
inline QStringList sprintsOf(Ordo::Database &database)
{
    QStringList result;
    const auto stored = Ordo::SprintRepository(database).all(); // kept alive: the loop reads from it
    for (const Ordo::Sprint &sprint : *stored)
        result.append(QStringLiteral("%1 %2..%3").arg(sprint.name, sprint.start.toString(Qt::ISODate), sprint.end.toString(Qt::ISODate)));
    return result;
}

// The name of the sprint an item is in ("" for none).
inline QString sprintOfItem(Ordo::Database &database, Ordo::ItemId id)
{
    return Ordo::Sql::scalar(database.connection(),
                             QStringLiteral("SELECT coalesce((SELECT s.name FROM item i JOIN sprint s ON s.id = i.sprint_id WHERE i.id = ?), '')"),
                             {id})
        ->toString();
}
