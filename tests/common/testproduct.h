#pragma once

#include "domain/item.h"
#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

// A fresh product file with the real migrations applied, in a temporary
// folder that disappears with the fixture.
class TestProduct
{
public:
    TestProduct();

    Ordo::Database &db() { return *m_database; }
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }

    // A story with the given title, appended at the bottom of the backlog.
    Ordo::ItemId addItem(const QString &title,
                         Ordo::ItemType type = Ordo::ItemType::Story,
                         std::optional<double> estimate = std::nullopt);

    // Closes the file (e.g. to compare its bytes or reopen it).
    void close() { m_database.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Ordo::Database> m_database;
};

// The bytes of a file (plus its -wal, if any), to prove a file was left untouched.
QByteArray fileBytes(const QString &path);
