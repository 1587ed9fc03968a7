#include "burndown.h"

#include <QHash>

#include <algorithm>

namespace Ordo::Burndown {
namespace {

struct ItemState
{
    qint64 sprintId = 0;
    std::optional<double> estimate;
    ItemStatus status = ItemStatus::New;

    double points() const { return estimate.value_or(0); }
};

std::optional<double> estimateOf(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

ItemStatus statusOf(const QString &text)
{
    return itemStatusFromStorage(text).value_or(ItemStatus::New);
}

QDate dayOf(const QDateTime &at)
{
    return at.toLocalTime().date();
}

bool isWorkingDay(QDate day, const SprintPlanning::WorkingDays &working)
{
    return working.isEmpty() || working.contains(day.dayOfWeek());
}

// The commitment recorded when the sprint last started, and that moment.
struct Start
{
    double commitment = 0;
    QDateTime at;
};

std::optional<Start> startOf(const Sprint &sprint,
                             const QList<HistoryEntry> &history,
                             const std::optional<QDateTime> &cutoff)
{
    QList<const HistoryEntry *> committed;
    for (const HistoryEntry &entry : history) {
        if (entry.field == HistoryField::Committed && entry.oldValue.toLongLong() == sprint.id &&
            entry.at.isValid() && (!cutoff || entry.at <= *cutoff)) {
            committed.append(&entry);
        }
    }
    Start start;
    if (sprint.startedAt.isValid()) {
        start.at = sprint.startedAt;
    } else if (!committed.isEmpty()) {
        // Before the starting moment was kept: the last rows written together.
        const auto last = std::max_element(
            committed.cbegin(), committed.cend(), [](const HistoryEntry *a, const HistoryEntry *b) {
                return a->at < b->at;
            });
        start.at = (*last)->at;
    } else {
        return std::nullopt;
    }
    for (const HistoryEntry *entry : std::as_const(committed)) {
        if (sprint.startedAt.isValid() ? entry->at >= start.at : entry->at == start.at)
            start.commitment += estimateOf(entry->newValue).value_or(0);
    }
    return start;
}

// The items of the sprint as the history says, row by row, with the events the rows after the
// start make.
class Replay
{
public:
    Replay(const Sprint &sprint,
           const Start &start,
           const QList<HistoryEntry> &history,
           const std::optional<QDateTime> &cutoff)
        : m_sprint(sprint)
        , m_start(start)
        , m_cutoff(cutoff)
    {
        for (const HistoryEntry &entry : history) {
            if (entry.at.isValid() && (!cutoff || entry.at <= *cutoff))
                m_rows.append(&entry);
        }
        std::stable_sort(
            m_rows.begin(), m_rows.end(), [](const HistoryEntry *a, const HistoryEntry *b) {
                return a->at < b->at;
            });
    }

    // Applies the rows up to and including `moment`, or written before `day`.
    void applyThrough(const QDateTime &moment, QDate day)
    {
        while (m_next < m_rows.size() &&
               (m_rows.at(m_next)->at <= moment || dayOf(m_rows.at(m_next)->at) < day)) {
            apply(*m_rows.at(m_next++));
        }
    }
    // Applies the rows written up to the end of `day`.
    void applyThrough(QDate day)
    {
        while (m_next < m_rows.size() && dayOf(m_rows.at(m_next)->at) <= day)
            apply(*m_rows.at(m_next++));
    }
    // Applies every row left, up to the close.
    void applyAll()
    {
        while (m_next < m_rows.size())
            apply(*m_rows.at(m_next++));
    }

    void fill(Day &day) const
    {
        double done = 0;
        double remaining = 0;
        for (const ItemState &item : m_items) {
            if (item.sprintId != m_sprint.id)
                continue;
            (isFinishedStatus(item.status) ? done : remaining) += item.points();
        }
        day.done = done;
        day.remaining = remaining;
        day.scope = done + remaining;
    }

    int unestimatedItems() const
    {
        return int(std::count_if(m_items.cbegin(), m_items.cend(), [this](const ItemState &item) {
            return item.sprintId == m_sprint.id && !item.estimate;
        }));
    }

    const QList<Event> &events() const { return m_events; }

private:
    void apply(const HistoryEntry &entry)
    {
        ItemState &item = m_items[entry.itemId];
        const bool inSprint = item.sprintId == m_sprint.id;
        if (entry.field == HistoryField::Created || entry.field == HistoryField::StatusChanged) {
            const ItemStatus status = statusOf(entry.newValue);
            if (inSprint && isFinishedStatus(item.status) && !isFinishedStatus(status)) {
                note(entry,
                     status == ItemStatus::Rejected ? EventKind::Rejected : EventKind::Reopened,
                     item.points());
            }
            item.status = status;
        } else if (entry.field == HistoryField::EstimateChanged) {
            const std::optional<double> estimate = estimateOf(entry.newValue);
            if (inSprint && estimate != item.estimate)
                note(entry, EventKind::Reestimated, estimate.value_or(0) - item.points());
            item.estimate = estimate;
        } else if (entry.field == HistoryField::SprintChanged) {
            const qint64 sprintId = entry.newValue.toLongLong();
            if (inSprint && sprintId != m_sprint.id) {
                // Items carried over at the close stay in the closed sprint's chart.
                if (m_cutoff && entry.at == *m_cutoff)
                    return;
                note(entry, EventKind::Removed, -item.points());
            } else if (!inSprint && sprintId == m_sprint.id) {
                note(entry, EventKind::Added, item.points());
            }
            item.sprintId = sprintId;
        } else if (entry.field == HistoryField::Committed) {
            // The estimate the item had then, even where no estimate row says so.
            item.estimate = estimateOf(entry.newValue);
        }
    }

    void note(const HistoryEntry &entry, EventKind kind, double points)
    {
        // A close after the last day (the review the next Monday) is drawn on the last day.
        const QDate day = m_cutoff ? std::min(dayOf(entry.at), m_sprint.end) : dayOf(entry.at);
        // Rows written at the starting moment itself make the commitment, not a change to it.
        if (entry.at <= m_start.at || day < m_sprint.start || day > m_sprint.end)
            return;
        for (qsizetype i = m_events.size() - 1; i >= 0 && m_events.at(i).day == day; --i) {
            Event &event = m_events[i];
            if (event.kind == kind) {
                if (!event.items.contains(entry.itemId))
                    event.items.append(entry.itemId);
                event.points += points;
                return;
            }
        }
        m_events.append({day, kind, {entry.itemId}, points});
    }

    const Sprint &m_sprint;
    const Start m_start;
    const std::optional<QDateTime> m_cutoff;
    QList<const HistoryEntry *> m_rows;
    qsizetype m_next = 0;
    QHash<qint64, ItemState> m_items;
    QList<Event> m_events;
};

} // namespace

Chart compute(const Sprint &sprint,
              const QList<HistoryEntry> &history,
              QDate today,
              const SprintPlanning::WorkingDays &working)
{
    Chart chart;
    chart.sprintId = sprint.id;
    chart.frozen = sprint.isOver();
    const bool valid = sprint.start.isValid() && sprint.end.isValid() && sprint.start <= sprint.end;
    for (QDate d = sprint.start; valid && d <= sprint.end; d = d.addDays(1))
        chart.days.append({d, isWorkingDay(d, working), {}, {}, {}, 0});
    if (sprint.state == SprintState::Planned)
        return chart;

    // A sprint closed before Ordo kept the closing moment is read up to the end of its last day.
    std::optional<QDateTime> cutoff;
    if (chart.frozen) {
        cutoff = sprint.closedAt.isValid() ? sprint.closedAt
                                           : QDateTime(sprint.end.addDays(1), QTime(0, 0));
    }
    const std::optional<Start> start = startOf(sprint, history, cutoff);
    if (!start)
        return chart;
    chart.commitment = start->commitment;

    const int total = int(std::count_if(
        chart.days.cbegin(), chart.days.cend(), [](const Day &day) { return day.workingDay; }));
    Replay replay(sprint, *start, history, cutoff);
    // The starting state: planning done before the start does not show on the first days, even
    // when the sprint's first day was moved before the day it started.
    replay.applyThrough(start->at, sprint.start);
    int elapsed = 0;
    for (Day &day : chart.days) {
        if (day.workingDay)
            ++elapsed;
        if (total > 0)
            day.ideal = *chart.commitment * double(total - elapsed) / double(total);
        else
            day.ideal = day.date == sprint.end ? 0 : *chart.commitment;
        if (!chart.frozen && day.date > today)
            continue;
        if (chart.frozen && day.date == sprint.end)
            replay.applyAll();
        else
            replay.applyThrough(day.date);
        replay.fill(day);
    }
    chart.events = replay.events();
    chart.unestimatedItems = replay.unestimatedItems();
    return chart;
}

GoalRisk goalRisk(const Chart &chart, const QList<GoalItem> &items)
{
    GoalRisk risk;
    for (const GoalItem &item : items) {
        if (item.servesGoal && !item.finished)
            risk.goalRemaining += item.points;
    }
    if (chart.frozen || chart.isEmpty())
        return risk;
    qsizetype latest = -1;
    for (qsizetype i = 0; i < chart.days.size(); ++i) {
        if (chart.days.at(i).done)
            latest = i;
    }
    if (latest < 0)
        return risk;
    int ended = 0;
    int left = 0;
    for (qsizetype i = 0; i < chart.days.size(); ++i) {
        if (!chart.days.at(i).workingDay)
            continue;
        if (i < latest)
            ++ended;
        else if (i > latest)
            ++left;
    }
    const int elapsed = ended + (chart.days.at(latest).workingDay ? 1 : 0);
    if (ended == 0 || left == 0)
        return risk;

    risk.workingDaysLeft = left;
    risk.pacePerDay = *chart.days.at(latest).done / double(elapsed);
    risk.projected = risk.pacePerDay * double(left);
    risk.atRisk = risk.goalRemaining > risk.projected + 1e-9 && risk.goalRemaining > 0;
    if (!risk.atRisk)
        return risk;

    QList<GoalItem> others;
    for (const GoalItem &item : items) {
        if (!item.servesGoal && !item.finished)
            others.append(item);
    }
    std::stable_sort(others.begin(), others.end(), [](const GoalItem &a, const GoalItem &b) {
        return a.points > b.points;
    });
    const double shortfall = risk.goalRemaining - risk.projected;
    double freed = 0;
    for (const GoalItem &item : std::as_const(others)) {
        if (freed >= shortfall - 1e-9)
            break;
        risk.couldGiveWay.append(item.id);
        freed += item.points;
    }
    return risk;
}

} // namespace Ordo::Burndown
