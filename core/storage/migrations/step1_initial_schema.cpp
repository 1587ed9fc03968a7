#include "migrations.h"
#include "runstatements.h"

#include "../database.h"
#include "../dialect.h"

// Version 1: the product, its Product Backlog items with acceptance criteria,
// labels and dependencies, and sprints.

namespace Ordo::Migrations {

Status step1InitialSchema(const QSqlDatabase &db)
{
    // Marks the file as an Ordo product (SQLite's application_id header field). A PostgreSQL
    // database has no header: the one row of ordo_header holds both fields instead, the schema
    // version starting at 0 (migrate() bumps it with every step).
    const QStringList header =
        Sql::isPostgres(db)
            ? QStringList{QStringLiteral("CREATE TABLE ordo_header (application_id INTEGER NOT NULL, "
                                         "user_version INTEGER NOT NULL, one BIGINT PRIMARY KEY DEFAULT 1 CHECK (one = 1))"),
                          QStringLiteral("INSERT INTO ordo_header (application_id, user_version) VALUES (%1, 0)")
                              .arg(Database::applicationId),
                          // Numbers a row inserted without an id as SQLite numbers its rowids (see
                          // Sql::schemaStatements(), which gives each such table its trigger).
                          QStringLiteral("CREATE FUNCTION ordo_next_id() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                         "EXECUTE format('SELECT coalesce(max(id), 0) + 1 FROM %I.%I', "
                                         "TG_TABLE_SCHEMA, TG_TABLE_NAME) INTO NEW.id; RETURN NEW; END $$")}
            : QStringList{QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)};
    // Order keys compare byte by byte (OrderKey's alphabet is ASCII); SQLite's default collation
    // does, a PostgreSQL database's locale may not.
    const QString orderKey = Sql::choose(db, QStringLiteral("order_key TEXT NOT NULL,"),
                                         QStringLiteral("order_key TEXT COLLATE \"C\" NOT NULL,"));
    return runStatements(
        db,
        header + QStringList{
            QStringLiteral(R"(CREATE TABLE schema_migration (
                version INTEGER PRIMARY KEY,
                applied_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE product (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                name TEXT NOT NULL,
                key_prefix TEXT NOT NULL DEFAULT 'ORD',
                product_goal TEXT NOT NULL DEFAULT '',
                estimation_scale TEXT NOT NULL DEFAULT 'fibonacci',
                sprint_length_days INTEGER NOT NULL DEFAULT 14 CHECK (sprint_length_days > 0),
                max_story_size REAL NOT NULL DEFAULT 13,
                next_item_number INTEGER NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL))"),
            // Definition of Done and Definition of Ready: ordered checklists.
            QStringLiteral(R"(CREATE TABLE checklist_item (
                id INTEGER PRIMARY KEY,
                checklist TEXT NOT NULL CHECK (checklist IN ('done', 'ready')),
                position INTEGER NOT NULL,
                text TEXT NOT NULL,
                UNIQUE (checklist, position)))"),
            QStringLiteral(R"(CREATE TABLE sprint (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                start_date TEXT NOT NULL,
                end_date TEXT NOT NULL,
                goal TEXT NOT NULL DEFAULT '',
                capacity REAL,
                state TEXT NOT NULL DEFAULT 'planned'
                    CHECK (state IN ('planned', 'active', 'closed'))))"),
            QStringLiteral(R"(CREATE TABLE item (
                id INTEGER PRIMARY KEY,
                number INTEGER NOT NULL UNIQUE,
                type TEXT NOT NULL CHECK (type IN
                    ('story', 'bug', 'enabler', 'technical_debt', 'spike', 'epic')),
                title TEXT NOT NULL,
                role TEXT NOT NULL DEFAULT '',
                want TEXT NOT NULL DEFAULT '',
                benefit TEXT NOT NULL DEFAULT '',
                description TEXT NOT NULL DEFAULT '',
                estimate REAL CHECK (estimate IS NULL OR estimate >= 0),
                status TEXT NOT NULL DEFAULT 'new' CHECK (status IN
                    ('new', 'ready', 'todo', 'in_progress', 'done', 'accepted', 'rejected')),
                parent_id INTEGER REFERENCES item (id) ON DELETE SET NULL,
                sprint_id INTEGER REFERENCES sprint (id) ON DELETE SET NULL,
                requester TEXT NOT NULL DEFAULT '',
                )") + orderKey + QStringLiteral(R"(
                archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
                metric_name TEXT NOT NULL DEFAULT '',
                metric_baseline REAL,
                metric_target REAL,
                metric_actual REAL,
                impact_hypothesis TEXT NOT NULL DEFAULT '',
                moscow TEXT CHECK (moscow IS NULL OR moscow IN ('must', 'should', 'could', 'wont')),
                business_value INTEGER,
                time_criticality INTEGER,
                risk_reduction INTEGER,
                job_size REAL,
                kano TEXT CHECK (kano IS NULL OR kano IN
                    ('must_be', 'performance', 'delighter', 'indifferent')),
                value REAL,
                effort REAL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"),
            // The backlog is read in this order; the index makes that a scan, not a sort.
            QStringLiteral("CREATE INDEX item_backlog_order ON item (archived, order_key)"),
            QStringLiteral("CREATE INDEX item_parent ON item (parent_id)"),
            QStringLiteral("CREATE INDEX item_sprint ON item (sprint_id)"),
            QStringLiteral(R"(CREATE TABLE acceptance_criterion (
                id INTEGER PRIMARY KEY,
                item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                text TEXT NOT NULL))"),
            QStringLiteral(
                "CREATE INDEX acceptance_criterion_item ON acceptance_criterion (item_id, position)"),
            QStringLiteral(R"(CREATE TABLE label (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE))"),
            QStringLiteral(R"(CREATE TABLE item_label (
                item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
                label_id INTEGER NOT NULL REFERENCES label (id) ON DELETE CASCADE,
                PRIMARY KEY (item_id, label_id)))"),
            QStringLiteral(R"(CREATE TABLE dependency (
                item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
                depends_on_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
                PRIMARY KEY (item_id, depends_on_id),
                CHECK (item_id <> depends_on_id)))"),
            QStringLiteral("CREATE INDEX dependency_reverse ON dependency (depends_on_id)"),
        });
}

} // namespace Ordo::Migrations
