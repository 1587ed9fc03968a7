#include "jsonbackup.h"

#include "storage/database.h"
#include "storage/migrations/migrations.h"
#include "storage/productcopy.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cmath>

namespace Ordo::Backup {

namespace {

using ProductCopy::quotedName;

QString tr(const char *text)
{
    return QCoreApplication::translate("Ordo::Backup", text);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

enum class Kind { Integer, Real, Text };

struct Column
{
    QString name;
    Kind kind = Kind::Text;
    int primaryKey = 0; // its place in the primary key, from 1; 0 if not part of it
};

// SQLite's affinity rules, from the declared type.
Kind kindOf(const QString &declared)
{
    const QString type = declared.toUpper();
    if (type.contains(QLatin1String("INT")))
        return Kind::Integer;
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA")) || type.contains(QLatin1String("DOUB")))
        return Kind::Real;
    return Kind::Text;
}

// The tables of the product file a backup holds: every table but SQLite's own and the
// full-text index (a virtual table and the tables behind it), in the order of tables(), any
// table it does not name after them by name.
Expected<QStringList> backedUpTables(const QSqlDatabase &db)
{
    auto query = Sql::exec(db, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'table' "
                                              "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    if (!query)
        return query.error();
    QStringList names;
    QStringList virtualTables;
    while (query->next()) {
        const QString name = query->value(0).toString();
        if (query->value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
            virtualTables.append(name);
        else
            names.append(name);
    }
    query->finish();
    names.removeIf([&virtualTables](const QString &name) {
        return std::any_of(virtualTables.cbegin(), virtualTables.cend(),
                           [&name](const QString &v) { return name.startsWith(v + QLatin1Char('_')); });
    });
    QStringList ordered;
    for (const QString &table : tables()) {
        if (names.removeOne(table))
            ordered.append(table);
    }
    return ordered + names;
}

Expected<QList<Column>> columnsOf(const QSqlDatabase &db, const QString &table)
{
    auto query = Sql::exec(db, QStringLiteral("SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid"), {table});
    if (!query)
        return query.error();
    QList<Column> columns;
    while (query->next())
        columns.append(Column{query->value(0).toString(), kindOf(query->value(1).toString()), query->value(2).toInt()});
    return columns;
}

Expected<QJsonArray> rowsOf(const QSqlDatabase &db, const QString &table, const QList<Column> &columns)
{
    QStringList names;
    QList<const Column *> key;
    for (const Column &column : columns) {
        names.append(quotedName(column.name));
        if (column.primaryKey > 0)
            key.append(&column);
    }
    std::sort(key.begin(), key.end(), [](const Column *a, const Column *b) { return a->primaryKey < b->primaryKey; });
    QStringList order;
    for (const Column *column : std::as_const(key))
        order.append(quotedName(column->name));
    if (order.isEmpty())
        order.append(QStringLiteral("rowid"));
    auto query = Sql::exec(db, QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                   .arg(names.join(QStringLiteral(", ")), quotedName(table), order.join(QStringLiteral(", "))));
    if (!query)
        return query.error();
    QJsonArray rows;
    while (query->next()) {
        QJsonObject row;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QVariant value = query->value(int(i));
            QJsonValue json;
            if (value.isNull()) {
                json = QJsonValue(QJsonValue::Null);
            } else {
                switch (value.metaType().id()) {
                case QMetaType::LongLong:
                case QMetaType::Int:
                case QMetaType::ULongLong:
                case QMetaType::UInt:
                    json = QJsonValue(value.toLongLong());
                    break;
                case QMetaType::Double:
                    json = QJsonValue(value.toDouble());
                    break;
                case QMetaType::QString:
                    json = QJsonValue(value.toString());
                    break;
                default:
                    return Error{tr("The column “%1” of the table “%2” holds data a backup cannot keep.")
                                     .arg(columns.at(i).name, table)};
                }
            }
            row.insert(columns.at(i).name, json);
        }
        rows.append(row);
    }
    return rows;
}

// The value to bind for `json` in `column`, or why it does not fit.
Expected<QVariant> bindableValue(const QJsonValue &json, const Column &column)
{
    if (json.isNull())
        return QVariant();
    switch (column.kind) {
    case Kind::Integer: {
        const double number = json.toDouble();
        if (!json.isDouble() || std::trunc(number) != number || std::abs(number) > 9.0e18)
            return Error{tr("“%1” is not a whole number").arg(column.name)};
        return QVariant(qlonglong(json.toInteger()));
    }
    case Kind::Real:
        if (!json.isDouble())
            return Error{tr("“%1” is not a number").arg(column.name)};
        return QVariant(json.toDouble());
    case Kind::Text:
        if (!json.isString())
            return Error{tr("“%1” is not text").arg(column.name)};
        return Sql::bindable(json.toString());
    }
    return QVariant();
}

Status restoreTable(const QSqlDatabase &db, const QString &table, const QJsonValue &rows)
{
    if (!rows.isArray())
        return Error{tr("The table “%1” is not a list of rows.").arg(table)};
    Expected<QList<Column>> columns = columnsOf(db, table);
    if (!columns)
        return columns.error();
    QStringList names;
    QStringList placeholders;
    QSet<QString> known;
    for (const Column &column : std::as_const(*columns)) {
        names.append(quotedName(column.name));
        placeholders.append(QStringLiteral("?"));
        known.insert(column.name);
    }
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(quotedName(table), names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")))))
        return Sql::errorOf(insert);
    const QJsonArray array = rows.toArray();
    for (qsizetype n = 0; n < array.size(); ++n) {
        const auto refused = [&](const QString &why) {
            return Error{tr("Row %1 of the table “%2” cannot be restored: %3.").arg(n + 1).arg(table, why)};
        };
        if (!array.at(n).isObject())
            return refused(tr("it is not an object"));
        const QJsonObject row = array.at(n).toObject();
        for (auto field = row.constBegin(); field != row.constEnd(); ++field) {
            if (!known.contains(field.key()))
                return refused(tr("the table has no column “%1”").arg(field.key()));
        }
        for (qsizetype i = 0; i < columns->size(); ++i) {
            const Column &column = columns->at(i);
            const auto value = row.constFind(column.name);
            if (value == row.constEnd())
                return refused(tr("“%1” is missing").arg(column.name));
            Expected<QVariant> bound = bindableValue(*value, column);
            if (!bound)
                return refused(bound.errorMessage());
            insert.bindValue(int(i), *bound);
        }
        if (!insert.exec())
            return refused(Sql::errorOf(insert).message);
    }
    return success();
}

Status removeFile(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    return success();
}

// Everything of a restore after the file is created: the rows, the references between them,
// the search index; then the upgrade of an older backup to the latest format.
Expected<int> fill(Database &database, const QJsonObject &tablesObject, int version)
{
    const QSqlDatabase db = database.connection();
    {
        Transaction transaction(db);
        if (auto begun = transaction.begun(); !begun)
            return begun.error();
        // Rows refer to rows of the same table (an item's parent) in any order: the references
        // are checked once every row is in, before the commit.
        if (auto deferred = Sql::exec(db, QStringLiteral("PRAGMA defer_foreign_keys = ON")); !deferred)
            return deferred.error();
        // The search index's triggers would index every row as it comes (a flush of the index per
        // statement): they are taken out while the rows go in, the index is rebuilt once, and
        // they are put back, all inside the transaction.
        Expected<ProductCopy::SuspendedIndex> suspended = ProductCopy::suspendSearchIndex(db);
        if (!suspended)
            return suspended.error();
        Expected<QStringList> names = backedUpTables(db);
        if (!names)
            return names.error();
        for (auto table = tablesObject.constBegin(); table != tablesObject.constEnd(); ++table) {
            if (!names->contains(table.key()))
                return Error{tr("The backup holds a table “%1” that a product of format %2 does not have.").arg(table.key()).arg(version)};
        }
        for (const QString &table : std::as_const(*names)) {
            if (!tablesObject.contains(table))
                return Error{tr("The backup has no table “%1”.").arg(table)};
            // What creating the file wrote (the record of its migrations) makes way for the backup's.
            if (auto cleared = Sql::exec(db, QStringLiteral("DELETE FROM %1").arg(quotedName(table))); !cleared)
                return cleared.error();
        }
        for (const QString &table : std::as_const(*names)) {
            if (auto restored = restoreTable(db, table, tablesObject.value(table)); !restored)
                return restored.error();
        }
        auto dangling = Sql::exec(db, QStringLiteral("PRAGMA foreign_key_check"));
        if (!dangling)
            return dangling.error();
        if (dangling->next()) {
            return Error{tr("A row of the table “%1” refers to a row of the table “%2” that is not in the backup.")
                             .arg(dangling->value(0).toString(), dangling->value(2).toString())};
        }
        dangling->finish();
        auto products = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM product"));
        if (!products)
            return products.error();
        if (products->toInt() != 1)
            return Error{tr("The backup holds no product.")};
        if (auto resumed = ProductCopy::resumeSearchIndex(db, *suspended, version >= 9); !resumed)
            return resumed.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    if (version < Migrations::latestVersion()) {
        if (auto migrated = Migrations::migrate(db); !migrated)
            return migrated.error();
    }
    auto items = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM item"));
    if (!items)
        return items.error();
    return items->toInt();
}

} // namespace

QStringList tables()
{
    return ProductCopy::tables();
}

Expected<QByteArray> write(const Database &database)
{
    const QSqlDatabase db = database.connection();
    // One read transaction: every table as of the same moment.
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    Expected<int> version = Migrations::currentVersion(db);
    if (!version)
        return version.error();
    Expected<QStringList> names = backedUpTables(db);
    if (!names)
        return names.error();
    QJsonObject tablesObject;
    for (const QString &table : std::as_const(*names)) {
        Expected<QList<Column>> columns = columnsOf(db, table);
        if (!columns)
            return columns.error();
        Expected<QJsonArray> rows = rowsOf(db, table, *columns);
        if (!rows)
            return rows.error();
        tablesObject.insert(table, *rows);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(formatName));
    root.insert(QStringLiteral("version"), *version);
    root.insert(QStringLiteral("tables"), tablesObject);
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool isBackup(const QByteArray &bytes)
{
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    view = view.trimmed();
    return view.startsWith('{') && view.contains(QByteArrayView("\"ordo-backup\""));
}

Expected<Restored> restore(const QByteArray &bytes, const QString &productPath)
{
    QJsonParseError parseError;
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    const QJsonDocument document = QJsonDocument::fromJson(view.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{tr("The backup is not valid JSON (at byte %1: %2).").arg(parseError.offset).arg(parseError.errorString())};
    if (!document.isObject())
        return Error{tr("This is not an Ordo backup: it is not a JSON object.")};
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(formatName))
        return Error{tr("This is not an Ordo backup: its “format” is not “%1”.").arg(QLatin1String(formatName))};
    const QJsonValue versionValue = root.value(QStringLiteral("version"));
    const int version = versionValue.toInt(0);
    if (!versionValue.isDouble() || version < 1 || double(version) != versionValue.toDouble())
        return Error{tr("The backup does not say which format it has (its “version” is not a whole number from 1).")};
    if (version > Migrations::latestVersion()) {
        return Error{tr("The backup was made by a newer Ordo (format %1; this Ordo reads up to format %2). "
                        "Update Ordo to restore it.")
                         .arg(version)
                         .arg(Migrations::latestVersion())};
    }
    if (!root.value(QStringLiteral("tables")).isObject())
        return Error{tr("The backup holds no tables.")};
    if (QFileInfo::exists(productPath)) {
        return Error{tr("“%1” already exists. A backup restores a whole product into a new file; choose a name "
                        "that is not taken.")
                         .arg(shown(productPath))};
    }

    QString error;
    std::unique_ptr<Database> database = Database::createAtVersion(productPath, version, &error);
    if (!database)
        return Error{error};
    Expected<int> items = fill(*database, root.value(QStringLiteral("tables")).toObject(), version);
    if (!items) {
        database.reset();
        (void)removeFile(productPath);
        // (A backup at format 14 or later was made from a product whose items hold a place each.)
        const QString why = items.error().positionTaken ? tr("two of its items hold the same place in the backlog (“order_key”).")
                                                        : items.errorMessage();
        return Error{tr("The backup cannot be restored: %1").arg(why)};
    }
    return Restored{*items, version};
}

} // namespace Ordo::Backup
