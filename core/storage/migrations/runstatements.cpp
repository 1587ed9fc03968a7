#include "runstatements.h"

#include "../sql.h"

namespace Ordo::Migrations {

Status runStatements(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        if (auto result = Sql::exec(db, statement); !result)
            return result.error();
    }
    return success();
}

} // namespace Ordo::Migrations
