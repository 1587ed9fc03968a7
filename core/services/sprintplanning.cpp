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

int workingDaysOf(const Sprint &sprint, const WorkingDays &working)
{
    int days = 0;
    for (QDate d = sprint.start; d.isValid() && d <= sprint.end; d = d.addDays(1)) {
        if (working.isEmpty() || working.contains(d.dayOfWeek()))
            ++days;
    }
    return days;
}

double availablePersonDays(const Sprint &sprint, const QList<TeamMember> &team, const WorkingDays &working)
{
    const int days = workingDaysOf(sprint, working);
    double total = 0;
    for (const TeamMember &member : team) {
        double off = 0;
        for (const auto &[id, d] : sprint.daysOff) {
            if (id == member.id)
                off += d;
        }
        total += std::max(0.0, days * member.availability / 100.0 - off);
    }
    return total;
}

std::optional<Suggestion> suggestCapacity(const Sprint &sprint,
                                          std::optional<double> averageVelocity,
                                          const QList<Sprint> &velocitySprints,
                                          const QList<TeamMember> &team,
                                          const WorkingDays &working)
{
    if (!averageVelocity)
        return std::nullopt;
    Suggestion suggestion;
    suggestion.velocity = *averageVelocity;
    suggestion.points = *averageVelocity;
    if (team.isEmpty() || velocitySprints.isEmpty())
        return suggestion;
    double sum = 0;
    for (const Sprint &past : velocitySprints)
        sum += availablePersonDays(past, team, working);
    suggestion.averagePersonDays = sum / double(velocitySprints.size());
    suggestion.personDays = availablePersonDays(sprint, team, working);
    if (suggestion.averagePersonDays > 0)
        suggestion.points = *averageVelocity * suggestion.personDays / suggestion.averagePersonDays;
    return suggestion;
}

} // namespace Ordo::SprintPlanning
