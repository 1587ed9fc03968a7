#pragma once

#include "interchange/importsource.h"

#include <QByteArray>
#include <QFile>

// What the import tests share: their fixtures in tests/data/import (each test target defines
// ORDO_IMPORT_DATA) and finding an item of a source by its key.

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
