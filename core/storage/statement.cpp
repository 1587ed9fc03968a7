#include "statement.h"

#include "dialect.h"
#include "sql.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

#include <span>

namespace Ordo::Sql {

namespace {

// The SQLite connection under a QSQLITE database, or null for another driver.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE") || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

Statement::Statement(const QSqlDatabase &db, const QString &sql)
    : m_handle(sqliteHandle(db))
    , m_query(db)
{
    if (m_handle) {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v3(m_handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                               nullptr)
            != SQLITE_OK) {
            m_prepared = nativeError();
        }
        return;
    }
    if (!m_query.prepare(sql))
        m_prepared = errorOf(m_query);
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement); // a no-op on null
}

Error Statement::nativeError() const
{
    return Error{QCoreApplication::translate("Ordo::Storage", "The database reported an error: %1")
                     .arg(QString::fromUtf8(sqlite3_errmsg(m_handle)))};
}

Status Statement::run(const QVariant *values, qsizetype count)
{
    if (!m_prepared)
        return m_prepared;
    if (!m_handle) {
        for (int at = 0; at < count; ++at)
            m_query.bindValue(at, bindable(values[at]));
        if (!m_query.exec())
            return errorOf(m_query);
        return success();
    }
    int at = 0;
    int bound = SQLITE_OK;
    for (const QVariant &value : std::span(values, size_t(count))) {
        ++at;
        switch (value.isValid() ? value.typeId() : QMetaType::UnknownType) {
        case QMetaType::UnknownType:
        case QMetaType::Nullptr:
            bound = sqlite3_bind_null(m_statement, at);
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::Short:
            bound = value.isNull() ? sqlite3_bind_null(m_statement, at) : sqlite3_bind_int64(m_statement, at, value.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            bound = value.isNull() ? sqlite3_bind_null(m_statement, at) : sqlite3_bind_double(m_statement, at, value.toDouble());
            break;
        case QMetaType::QString: {
            // The value outlives the step below: SQLite may read the text where it is.
            const QString &text = *static_cast<const QString *>(value.constData());
            bound = sqlite3_bind_text16(m_statement, at, text.isNull() ? static_cast<const void *>(u"") : text.constData(), int(text.size() * sizeof(char16_t)),
                                        SQLITE_STATIC);
            break;
        }
        case QMetaType::QByteArray: {
            const QByteArray &bytes = *static_cast<const QByteArray *>(value.constData());
            bound = sqlite3_bind_blob(m_statement, at, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
            break;
        }
        default: {
            const QString text = value.toString();
            bound = sqlite3_bind_text16(m_statement, at, text.isNull() ? static_cast<const void *>(u"") : text.constData(),
                                        int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
            break;
        }
        }
        if (bound != SQLITE_OK)
            return nativeError();
    }
    const int stepped = sqlite3_step(m_statement);
    const Status status = stepped == SQLITE_DONE || stepped == SQLITE_ROW ? success() : Status(nativeError());
    sqlite3_reset(m_statement);
    return status;
}

qint64 Statement::insertedId()
{
    if (m_handle)
        return sqlite3_last_insert_rowid(m_handle);
    return Sql::insertedId(m_query);
}

RowBatch::RowBatch(const QSqlDatabase &db, const QString &into, int columns, OnConflict onConflict)
    : m_db(db)
    , m_into(into)
    , m_columns(columns)
    , m_onConflict(onConflict)
{}

RowBatch::~RowBatch() = default;

void RowBatch::add(const QVariant *row, qsizetype columns)
{
    Q_ASSERT(int(columns) == m_columns);
    m_values.reserve(m_values.size() + columns);
    for (qsizetype i = 0; i < columns; ++i)
        m_values.append(row[i]);
}

QString RowBatch::sqlFor(int rows) const
{
    QString row = QStringLiteral("(?");
    row += QStringLiteral(", ?").repeated(m_columns - 1);
    row += QLatin1Char(')');
    QString into = m_into + QStringLiteral(" VALUES ") + row;
    into.reserve(into.size() + (rows - 1) * (row.size() + 2));
    for (int i = 1; i < rows; ++i)
        into += QStringLiteral(", ") + row;
    return m_onConflict == OnConflict::Ignore ? insertOrIgnore(m_db, into) : QStringLiteral("INSERT INTO ") + into;
}

Status RowBatch::flush(Flush which)
{
    const qsizetype rows = m_values.size() / m_columns;
    const qsizetype toWrite = which == Flush::All ? rows : rows - rows % rowsPerStatement;
    qsizetype done = 0;
    while (done < toWrite) {
        const int now = int(std::min<qsizetype>(rows - done, rowsPerStatement));
        const QVariant *values = m_values.constData() + done * m_columns;
        Status written = success();
        if (now == rowsPerStatement) {
            if (!m_full)
                m_full = std::make_unique<Statement>(m_db, sqlFor(rowsPerStatement));
            written = m_full->run(values, qsizetype(now) * m_columns);
        } else {
            Statement rest(m_db, sqlFor(now));
            written = rest.run(values, qsizetype(now) * m_columns);
        }
        if (!written)
            return written;
        done += now;
    }
    m_values.remove(0, done * m_columns);
    return success();
}

} // namespace Ordo::Sql
