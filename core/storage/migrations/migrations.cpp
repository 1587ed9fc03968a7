#include "migrations.h"

#include "../dialect.h"
#include "../sql.h"
#include "../transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

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
};

// PostgreSQL alters tables in place (no rebuild, so foreign keys stay on) and checks every
// reference as it is written: each step only runs in its transaction with the version bump.
Status migrateServer(const QSqlDatabase &db, int version, int targetVersion)
{
    for (int next = version + 1; next <= targetVersion; ++next) {
        Transaction transaction(db);
        if (auto begun = transaction.begun(); !begun)
            return begun;
        if (auto applied = steps[next - 1](db); !applied) {
            return Error{QCoreApplication::translate("Ordo::Storage",
                                                     "Could not upgrade the product file to "
                                                     "format %1: %2")
                             .arg(next)
                             .arg(applied.error().message)};
        }
        if (auto bumped = Sql::exec(db, QStringLiteral("UPDATE ordo_header SET user_version = ?"), {next});
            !bumped) {
            return bumped.error();
        }
        if (auto recorded = Sql::exec(db,
                                      QStringLiteral("INSERT INTO schema_migration (version, "
                                                     "applied_at) VALUES (?, ?)"),
                                      {next, Sql::timestamp(QDateTime::currentDateTimeUtc())});
            !recorded) {
            return recorded.error();
        }
        if (auto committed = transaction.commit(); !committed)
            return committed;
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
    if (Sql::isPostgres(db))
        return migrateServer(db, *version, targetVersion);
    if (auto off = Sql::exec(db, QStringLiteral("PRAGMA foreign_keys = OFF")); !off)
        return off.error();
    const struct ForeignKeysOn
    {
        QSqlDatabase db;
        ~ForeignKeysOn() { (void)Sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON")); }
    } restore{db};
    for (int next = *version + 1; next <= targetVersion; ++next) {
        Transaction transaction(db);
        if (auto begun = transaction.begun(); !begun)
            return begun;
        if (auto applied = steps[next - 1](db); !applied) {
            return Error{QCoreApplication::translate("Ordo::Storage",
                                                     "Could not upgrade the product file to "
                                                     "format %1: %2")
                             .arg(next)
                             .arg(applied.error().message)};
        }
        auto violations = Sql::exec(db, QStringLiteral("PRAGMA foreign_key_check"));
        if (!violations)
            return violations.error();
        if (violations->next()) {
            return Error{QCoreApplication::translate("Ordo::Storage",
                                                     "Could not upgrade the product file to format %1: "
                                                     "a reference in the table “%2” points nowhere.")
                             .arg(next)
                             .arg(violations->value(0).toString())};
        }
        violations->finish();
        // PRAGMA cannot take bound parameters; `next` is an integer we computed.
        if (auto bumped = Sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(next));
            !bumped) {
            return bumped.error();
        }
        if (auto recorded = Sql::exec(db,
                                      QStringLiteral("INSERT INTO schema_migration (version, "
                                                     "applied_at) VALUES (?, ?)"),
                                      {next, Sql::timestamp(QDateTime::currentDateTimeUtc())});
            !recorded) {
            return recorded.error();
        }
        if (auto committed = transaction.commit(); !committed)
            return committed;
    }
    return success();
}

} // namespace Ordo::Migrations
