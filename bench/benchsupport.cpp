#include "benchsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>

namespace Bench {

void say(const QString &line)
{
    static QTextStream out(stdout);
    out << line << Qt::endl;
}

void row(const QString &name, const Measurements::Figure &figure, const QString &target, bool met)
{
    say(QStringLiteral("%1 median %2 ms  p95 %3 ms   %4 %5")
            .arg(name, -24)
            .arg(figure.median(), 9, 'f', 2)
            .arg(figure.p95(), 9, 'f', 2)
            .arg(target, met ? QStringLiteral("met") : QStringLiteral("MISSED")));
}

void fail(const QString &message)
{
    std::fprintf(stderr, "ordo-bench: %s\n", qPrintable(message));
    std::exit(1);
}

void writeJson(const QJsonObject &json, const QString &path)
{
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(QStringLiteral("cannot write %1").arg(path));
    file.write(QJsonDocument(json).toJson());
}

QStringList queryPlan(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    QStringList steps;
    if (!query.exec())
        return {query.lastError().text()};
    while (query.next())
        steps.append(query.value(3).toString());
    return steps;
}

} // namespace Bench
