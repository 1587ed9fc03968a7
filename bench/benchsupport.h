#pragma once

// What the parts of ordo-bench share: output, failing, and waiting for a paint.

#include "measurements.h"
#include "storage/expected.h"

#include <QEvent>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QWidget>

namespace Bench {

void say(const QString &line);
// A figure's line in the results table, with its target and whether it was met.
void row(const QString &name, const Measurements::Figure &figure, const QString &target, bool met);
[[noreturn]] void fail(const QString &message);
void writeJson(const QJsonObject &json, const QString &path);

template<typename T>
T valueOr(Ordo::Expected<T> expected, const char *what)
{
    if (!expected)
        fail(QStringLiteral("%1: %2").arg(QString::fromLatin1(what), expected.errorMessage()));
    return std::move(*expected);
}

// SQLite's plan for `sql`, one line per step.
QStringList queryPlan(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// Waits until `widget` has painted once.
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QWidget *widget) { widget->installEventFilter(this); }
    bool painted = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

} // namespace Bench
