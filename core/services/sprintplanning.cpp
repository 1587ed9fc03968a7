#include "sprintplanning.h"

#include <QCoreApplication>
#include <QLocale>

namespace Ordo::SprintPlanning {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("Ordo::SprintPlanning", text); }

} // namespace

QDate firstWorkingDay(QDate day, const WorkingDays &working)
{
    if (working.isEmpty())
        return day; // no working days set: every day counts
    for (int i = 0; i < 7 && !working.contains(day.dayOfWeek()); ++i)
        day = day.addDays(1);
    return day;
}

Sprint nextSprint(const QList<Sprint> &existing, int lengthDays, QDate today, const WorkingDays &working)
{
    QDate after = today;
    for (const Sprint &sprint : existing) {
        if (sprint.end.isValid() && sprint.end >= after)
            after = sprint.end.addDays(1);
    }
    Sprint sprint;
    //: The default name of a new sprint; %1 is its number
    sprint.name = tr("Sprint %1").arg(existing.size() + 1);
    sprint.start = firstWorkingDay(after, working);
    sprint.end = sprint.start.addDays(qMax(1, lengthDays) - 1);
    return sprint;
}

Status check(const Sprint &sprint, const QList<Sprint> &others)
{
    if (sprint.name.trimmed().isEmpty())
        return Error{tr("A sprint needs a name.")};
    if (!sprint.start.isValid() || !sprint.end.isValid() || sprint.end < sprint.start)
        return Error{tr("A sprint must end on or after its first day.")};
    if (sprint.capacity && *sprint.capacity < 0)
        return Error{tr("A sprint's capacity cannot be negative.")};
    const QLocale locale;
    for (const Sprint &other : others) {
        if (other.id == sprint.id && sprint.id != 0)
            continue;
        if (other.start <= sprint.end && sprint.start <= other.end) {
            return Error{tr("“%1” would overlap “%2”, which runs from %3 to %4.")
                             .arg(sprint.name.trimmed(), other.name,
                                  locale.toString(other.start, QLocale::ShortFormat),
                                  locale.toString(other.end, QLocale::ShortFormat))};
        }
        if (sprint.state == SprintState::Active && other.state == SprintState::Active)
            return Error{tr("“%1” is already running: one sprint at a time is active.").arg(other.name)};
    }
    return success();
}

} // namespace Ordo::SprintPlanning
