#include "migrations.h"

#include "../dialect.h"
#include "../sql.h"
#include "../transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

#include <optional>

namespace Ordo::Migrations {
namespace {

using Step = Status (*)(const QSqlDatabase &);

constexpr Step steps[] = {
    &step1InitialSchema,
    &step2HistoryAndDecisions,
    &step3ReadinessAndSplits,
    &step4ScoringAndHealth,
    &step5Sprints,
    &step6Charts,
    &step7Review,
    &step8Feedback,
    &step9Search,
    &step10Import,
    &step11Versions,
    &step12Live,
    &step13Ids,
    &step14UniqueKeys,
};

Error stepFailed(int version, const QString &why)
{
    return Error{QCoreApplication::translate("Ordo::Storage", "Could not upgrade the product file to format %1: %2")
                     .arg(version)
                     .arg(why)};
}

// SQLite: after a step that rebuilt tables with foreign keys off, every reference must still
// point somewhere. (PostgreSQL alters tables in place and checks each reference as it is
// written.)
Status checkReferences(const QSqlDatabase &db, int version)
{
    auto violations = Sql::exec(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!violations)
        return violations.error();
    if (violations->next()) {
        return Error{QCoreApplication::translate("Ordo::Storage",
                                                 "Could not upgrade the product file to format %1: "
                                                 "a reference in the table “%2” points nowhere.")
                         .arg(version)
                         .arg(violations->value(0).toString())};
    }
    return success();
}

// The file's format: SQLite's user_version header field (a PRAGMA takes no bound parameters;
// `version` is an integer Ordo computed), or PostgreSQL's one row of ordo_header; and the step
// in schema_migration.
Status recordVersion(const QSqlDatabase &db, int version)
{
    const QString bump = Sql::choose(db, QStringLiteral("PRAGMA user_version = %1").arg(version),
                                     QStringLiteral("UPDATE ordo_header SET user_version = %1").arg(version));
    if (auto bumped = Sql::exec(db, bump); !bumped)
        return bumped.error();
    if (auto recorded = Sql::exec(db, QStringLiteral("INSERT INTO schema_migration (version, applied_at) VALUES (?, ?)"),
                                  {version, Sql::timestamp(QDateTime::currentDateTimeUtc())});
        !recorded) {
        return recorded.error();
    }
    return success();
}

} // namespace

int latestVersion() { return int(std::size(steps)); }

Expected<int> currentVersion(const QSqlDatabase &db)
{
    if (Sql::isPostgres(db)) {
        // PostgreSQL has no header fields: step 1 makes the one-row table ordo_header for them.
        const auto exists = Sql::scalar(db, QStringLiteral("SELECT to_regclass('ordo_header') IS NOT NULL"));
        if (!exists)
            return exists.error();
        if (!exists->toBool())
            return 0;
        const auto version = Sql::scalar(db, QStringLiteral("SELECT user_version FROM ordo_header"));
        if (!version)
            return version.error();
        return version->toInt();
    }
    const auto version = Sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    return version->toInt();
}

Status migrate(QSqlDatabase db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    auto version = currentVersion(db);
    if (!version)
        return version.error();
    // A step may rebuild a table that others reference, which SQLite allows only with foreign
    // keys off (a pragma that cannot change inside a transaction); each step checks them before
    // it commits, and they are on again afterwards, whatever happened.
    if (*version >= targetVersion)
        return success();
    const bool server = Sql::isPostgres(db);
    struct ForeignKeysOn
    {
        explicit ForeignKeysOn(const QSqlDatabase &connection)
            : db(connection)
        {}
        ForeignKeysOn(const ForeignKeysOn &) = delete;
        ForeignKeysOn &operator=(const ForeignKeysOn &) = delete;
        ~ForeignKeysOn() { (void)Sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON")); }
        QSqlDatabase db;
    };
    std::optional<ForeignKeysOn> restore;
    if (!server) {
        if (auto off = Sql::exec(db, QStringLiteral("PRAGMA foreign_keys = OFF")); !off)
            return off.error();
        restore.emplace(db);
    }
    for (int next = *version + 1; next <= targetVersion; ++next) {
        Transaction transaction(db);
        if (auto begun = transaction.begun(); !begun)
            return begun;
        if (auto applied = steps[next - 1](db); !applied)
            return stepFailed(next, applied.error().message);
        if (!server) {
            if (auto checked = checkReferences(db, next); !checked)
                return checked;
        }
        if (auto recorded = recordVersion(db, next); !recorded)
            return recorded;
        if (auto committed = transaction.commit(); !committed)
            return committed;
    }
    return success();
}

} // namespace Ordo::Migrations
