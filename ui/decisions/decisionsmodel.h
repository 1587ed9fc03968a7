#pragma once

#include "services/decisionlog.h"
#include "storage/expected.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Ordo {

class Database;

// The product's decision log, newest first, with the item each decision is
// about. Decisions outlive their items' place in the backlog, so keys and
// titles are read from the file (archived items included), once per reload.
class DecisionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        ItemColumn,
        DecisionColumn,
        ReasoningColumn,
        StakeholderColumn,
        ColumnCount
    };
    enum Role {
        // What the view sorts by: the date as milliseconds since the epoch, else the text.
        SortRole = Qt::UserRole + 1,
        DecisionIdRole,
        ItemIdRole, // invalid for a decision about the whole backlog
        StakeholderRole,
    };

    explicit DecisionsModel(QObject *parent = nullptr);

    // Reads the log from the file (on open and after every change of the log).
    // Without a database the model is empty.
    Status reload(const Database *database, const QString &keyPrefix);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The log as DecisionLog exports it, newest first.
    const QList<DecisionLog::Entry> &entries() const { return m_entries; }
    const DecisionLog::Entry &entryAt(int row) const { return m_entries.at(row); }
    // Everyone a decision was made for, each once (ignoring case), sorted.
    QStringList stakeholders() const;
    // "ORD-12 Title", or "Whole backlog" for a decision without an item.
    static QString itemText(const DecisionLog::Entry &entry);

private:
    QList<DecisionLog::Entry> m_entries;
};

// The rows of the decisions table that match the panel's filters.
class DecisionsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DecisionsFilterModel(QObject *parent = nullptr);

    // Keeps decisions whose Item column, key and title as shown, contains `text`
    // (ignoring case); "whole" finds the decisions about the whole backlog.
    void setItemFilter(const QString &text);
    // Keeps decisions made for `stakeholder` (ignoring case); empty: everyone's.
    void setStakeholder(const QString &stakeholder);
    QString itemFilter() const { return m_itemFilter; }
    QString stakeholder() const { return m_stakeholder; }

    // The rows as shown, in the view's order (what an export writes).
    QList<DecisionLog::Entry> shownEntries() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_itemFilter;
    QString m_stakeholder;
};

} // namespace Ordo
