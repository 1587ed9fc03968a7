#pragma once

#include "interchange/csvreader.h"

#include <QSet>
#include <QStringList>

#include <initializer_list>

// The columns of one or more header names in a CSV export, and their values in a record:
// what the readers of Jira, Azure DevOps and Pivotal Tracker exports find fields by, never
// by position. A name may repeat (one column per value) and all of its columns are read.

namespace Ordo::Csv {

class Columns
{
public:
    Columns(const Table &table, std::initializer_list<const char *> names)
    {
        for (const char *name : names)
            m_columns.append(table.columns(QString::fromLatin1(name)));
    }
    // The column the user chose, if they chose one (the import's mapping page); else the usual ones.
    Columns(const Table &table, const QString &chosen, std::initializer_list<const char *> names)
        : Columns(table, names)
    {
        if (!chosen.isEmpty())
            m_columns = table.columns(chosen);
    }
    bool exists() const { return !m_columns.isEmpty(); }
    const QList<int> &indexes() const { return m_columns; }
    // Every non-empty value, trimmed, in column order.
    QStringList all(const Record &record) const
    {
        QStringList values;
        for (int column : m_columns) {
            if (column < record.fields.size()) {
                const QString value = record.fields.at(column).trimmed();
                if (!value.isEmpty())
                    values.append(value);
            }
        }
        return values;
    }
    // The first non-empty value, as written.
    QString first(const Record &record) const
    {
        for (int column : m_columns) {
            if (column < record.fields.size() && !record.fields.at(column).trimmed().isEmpty())
                return record.fields.at(column);
        }
        return {};
    }
    // The value of the column at `index` among them ("" if the record is short).
    QString at(const Record &record, int index) const
    {
        const int column = m_columns.value(index, -1);
        return column >= 0 && column < record.fields.size() ? record.fields.at(column) : QString();
    }

private:
    QList<int> m_columns;
};

// The header's names, each once, in order: what the import's mapping page offers for the
// estimate and the criteria.
inline QStringList distinctNames(const Table &table)
{
    QStringList names;
    QSet<QString> seen;
    for (const QString &name : table.header) {
        if (!seen.contains(name)) {
            seen.insert(name);
            names.append(name);
        }
    }
    return names;
}

} // namespace Ordo::Csv
