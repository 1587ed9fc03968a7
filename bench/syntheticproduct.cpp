#include "syntheticproduct.h"

#include "domain/orderkey.h"
#include "domain/product.h"
#include "domain/sprintchange.h"
#include "storage/database.h"
#include "storage/sprintrepository.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QDate>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace SyntheticProduct {
namespace {

const char *const roles[] = {"shopper", "store manager", "courier", "support agent", "first-time visitor", "returning customer"};
const char *const actions[] = {"save my delivery address", "reorder my last basket", "see substitutions before checkout",
                               "pay with a stored card", "track my courier on a map", "filter products by diet",
                               "export the weekly sales report", "refund a missing item", "choose a delivery slot",
                               "get notified when an item is back in stock"};
const char *const benefits[] = {"I finish my order in under a minute", "I am not surprised at the door",
                                "I trust the total before I pay", "I can plan my evening", "I spend less time on support calls",
                                "I can decide on restocking by Monday"};
const char *const areas[] = {"checkout", "search", "delivery", "payments", "onboarding", "reporting", "catalogue", "support"};

QString pick(const char *const *list, int size, int i) { return QString::fromUtf8(list[i % size]); }

template<std::size_t N>
QString pick(const char *const (&list)[N], int i)
{
    return pick(list, int(N), i);
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

// One status change of a sprint item, for the charts' history.
struct StatusStep
{
    QDateTime at;
    const char *from;
    const char *to;
};

// The days of a sprint's items as a team works them: To Do at the start, In Progress on one of
// the first days, In Review, Done a day later, Accepted at the close (closed sprints). An item of
// the running sprint only goes as far as the days that have passed.
QList<StatusStep> sprintSteps(int n, const QDateTime &start, const QDateTime &closedAt, int daysRun, QRandomGenerator &random)
{
    QList<StatusStep> steps{{start, "ready", "todo"}};
    const int begun = int(random.bounded(7));
    const int reviewed = qMin(begun + 1 + int(random.bounded(4)), 11);
    const int minutes = 60 + int(random.bounded(300)); // between 11:00 and 16:00
    const auto day = [&](int d) { return start.addDays(d).addSecs(60 * minutes); };
    if (closedAt.isValid()) {
        steps.append({day(begun), "todo", "in_progress"});
        steps.append({day(reviewed), "in_progress", "in_review"});
        steps.append({day(reviewed + 1), "in_review", "done"});
        steps.append({closedAt, "done", "accepted"});
        return steps;
    }
    // The running sprint: a third still to do, a third in progress, a third done.
    if (n % 3 == 0)
        return steps;
    const int started = qMin(begun % 3, daysRun - 1);
    steps.append({day(started), "todo", "in_progress"});
    if (n % 3 == 2)
        steps.append({day(qMin(started + 1, daysRun - 1)).addSecs(1800), "in_progress", "done"});
    return steps;
}

} // namespace

QString write(const QString &path, int items, Summary *summary, const Options &options)
{
    Ordo::Product product;
    product.name = QStringLiteral("Benchmark product");
    product.keyPrefix = QStringLiteral("BEN");
    product.productGoal = QStringLiteral("Groceries at the door within an hour, ordered in under a minute.");
    QString error;
    auto database = Ordo::Database::create(path, product, &error);
    if (!database)
        return error;
    const QSqlDatabase db = database->connection();
    Ordo::Transaction transaction(db);

    QRandomGenerator random(20261122);
    const int epicCount = qMax(4, items / 250);
    const bool charts = options.chartsHistory;
    // The charts' product: closed sprints, then one running for `daysRun` days.
    const int daysRun = 5;
    const int sprintCount = charts ? options.closedSprints : 20;
    const int activeSprint = charts ? sprintCount + 1 : 0;
    const QDate firstSprint = charts ? QDate::currentDate().addDays(-daysRun - 14 * sprintCount)
                                     : QDate::currentDate().addDays(-14 * sprintCount - 7);
    const auto sprintStart = [&](int s) { return QDateTime(firstSprint.addDays(14 * (s - 1)), QTime(10, 0), Qt::UTC); };
    const auto sprintClosedAt = [&](int s) {
        return s == activeSprint ? QDateTime() : QDateTime(firstSprint.addDays(14 * (s - 1) + 13), QTime(16, 0), Qt::UTC);
    };
    summary->items = items;
    summary->epics = epicCount;
    summary->sprints = sprintCount + (charts ? 1 : 0);
    summary->activeSprint = activeSprint;

    QSqlQuery sprint(db);
    if (charts) {
        sprint.prepare(QStringLiteral("INSERT INTO sprint (id, name, start_date, end_date, goal, capacity, state, started_at, closed_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        sprint.prepare(QStringLiteral("INSERT INTO sprint (id, name, start_date, end_date, goal, capacity, state) "
                                      "VALUES (?, ?, ?, ?, ?, ?, 'closed')"));
    }
    for (int s = 1; s <= sprintCount + (charts ? 1 : 0); ++s) {
        const QDate start = firstSprint.addDays(14 * (s - 1));
        sprint.addBindValue(s);
        sprint.addBindValue(QStringLiteral("Sprint %1").arg(s));
        sprint.addBindValue(start.toString(Qt::ISODate));
        sprint.addBindValue(start.addDays(13).toString(Qt::ISODate));
        sprint.addBindValue(QStringLiteral("Ship %1 improvements").arg(pick(areas, s)));
        sprint.addBindValue(charts ? 150 : 30);
        if (charts) {
            sprint.addBindValue(s == activeSprint ? QStringLiteral("active") : QStringLiteral("closed"));
            sprint.addBindValue(Ordo::Sql::timestamp(sprintStart(s)));
            sprint.addBindValue(s == activeSprint ? QVariant() : QVariant(Ordo::Sql::timestamp(sprintClosedAt(s))));
        }
        if (!exec(sprint, &error))
            return error;
    }

    // The charts' sprints: consecutive items from the top of the backlog (below the epics), 25 to
    // 30 a sprint; the last two of each closed sprint join it on its third day (scope added).
    QRandomGenerator chartsRandom(20261203);
    QList<int> sprintOfItem(items, 0);
    QList<bool> addedLate(items, false);
    QList<int> placeInSprint(items, 0);
    if (charts) {
        int next = epicCount;
        for (int s = 1; s <= activeSprint && next < items; ++s) {
            const int count = options.minSprintItems + int(chartsRandom.bounded(options.maxSprintItems - options.minSprintItems + 1));
            for (int n = 0; n < count && next < items; ++n, ++next) {
                sprintOfItem[next] = s;
                placeInSprint[next] = n;
                addedLate[next] = s != activeSprint && n >= count - 2;
                ++summary->sprintItems;
            }
        }
    }
    // The other items share the rest of the history.
    const double fillerPerItem = charts ? qMax(0.0, double(options.historyRows - 2 * items - 9 * summary->sprintItems)
                                                        / qMax(1, items - summary->sprintItems))
                                        : 0.0;
    double fillerCarry = 0;
    const QDateTime lastFiller(QDate::currentDate().addDays(-1), QTime(12, 0), Qt::UTC);

    QSqlQuery label(db);
    label.prepare(QStringLiteral("INSERT INTO label (id, name) VALUES (?, ?)"));
    for (int l = 0; l < int(std::size(areas)); ++l) {
        label.addBindValue(l + 1);
        label.addBindValue(pick(areas, l));
        if (!exec(label, &error))
            return error;
    }

    QSqlQuery item(db);
    item.prepare(QStringLiteral(
        "INSERT INTO item (id, number, type, title, role, want, benefit, description, estimate, status, "
        "parent_id, sprint_id, order_key, created_at, updated_at, moscow, business_value, time_criticality, "
        "risk_reduction, kano, value, effort) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery itemLabel(db);
    itemLabel.prepare(QStringLiteral("INSERT INTO item_label (item_id, label_id) VALUES (?, ?)"));
    QSqlQuery criterion(db);
    criterion.prepare(QStringLiteral("INSERT INTO acceptance_criterion (item_id, position, text) VALUES (?, ?, ?)"));
    QSqlQuery history(db);
    history.prepare(QStringLiteral("INSERT INTO history (item_id, at, field, old_value, new_value) VALUES (?, ?, ?, ?, ?)"));
    const auto addHistory = [&](int id, const QDateTime &at, const char *field, const QString &from, const QString &to) {
        history.addBindValue(id);
        history.addBindValue(Ordo::Sql::timestamp(at));
        history.addBindValue(QString::fromLatin1(field));
        history.addBindValue(Ordo::Sql::bindable(from));
        history.addBindValue(to);
        ++summary->historyRows;
        return exec(history, &error);
    };

    const QList<QString> keys = Ordo::OrderKey::spread(QString(), QString(), items);
    const double points[] = {1, 2, 3, 5, 8, 13};
    const QDateTime created(firstSprint.addDays(-30), QTime(9, 0), Qt::UTC);
    // Items finished in sprints are the first ones in the order, about 26 points a sprint.
    int nextDone = epicCount;
    for (int i = 0; i < items; ++i) {
        const int id = i + 1;
        const bool epic = i < epicCount;
        const QString area = pick(areas, i);
        const QString title = epic ? QStringLiteral("%1 that customers love (%2)").arg(area).arg(id)
                                   : QStringLiteral("As a %1 I want to %2 (%3)").arg(pick(roles, i), pick(actions, i / 3)).arg(id);
        const QString description = QStringLiteral(
            "Customers told us in interviews that %1 is where they give up. Today %2 out of 100 sessions "
            "end there. This item lets a %3 %4, so that %5. It builds on the %6 work of the last quarter "
            "and must not slow down the app on older phones.")
                                        .arg(area).arg(10 + i % 40).arg(pick(roles, i), pick(actions, i / 3), pick(benefits, i), area);
        const double estimate = points[random.bounded(6)];
        const int chartsSprint = sprintOfItem.at(i);
        QList<StatusStep> steps;
        if (chartsSprint > 0) {
            steps = sprintSteps(placeInSprint.at(i), sprintStart(chartsSprint), sprintClosedAt(chartsSprint), daysRun, chartsRandom);
            if (addedLate.at(i)) {
                const QDateTime joined = sprintStart(chartsSprint).addDays(2).addSecs(3600);
                for (qsizetype k = 0; k + 1 < steps.size(); ++k)
                    steps[k].at = qMax(steps.at(k).at, joined.addSecs(3600 * k));
            }
        }
        item.addBindValue(id);
        item.addBindValue(id);
        item.addBindValue(epic ? QStringLiteral("epic") : (i % 11 == 0 ? QStringLiteral("bug") : QStringLiteral("story")));
        item.addBindValue(title);
        item.addBindValue(pick(roles, i));
        item.addBindValue(pick(actions, i / 3));
        item.addBindValue(pick(benefits, i));
        item.addBindValue(description);
        const bool estimated = i % 9 != 0 || chartsSprint > 0;
        item.addBindValue(estimated ? QVariant(estimate) : QVariant());
        QString status = i % 4 == 0 ? QStringLiteral("ready") : QStringLiteral("new");
        QVariant sprintId;
        int sprintOf = 0;
        if (chartsSprint > 0) {
            status = QString::fromLatin1(steps.last().to);
            // Added after the start: not in the sprint when it is committed (set after that).
            if (!addedLate.at(i))
                sprintId = chartsSprint;
        } else if (!charts && !epic && i == nextDone && (i - epicCount) / 8 < sprintCount) {
            sprintOf = (i - epicCount) / 8 + 1;
            sprintId = sprintOf;
            status = QStringLiteral("accepted");
            ++nextDone;
        }
        item.addBindValue(status);
        item.addBindValue(epic ? QVariant() : QVariant(1 + i % epicCount));
        item.addBindValue(sprintId);
        item.addBindValue(keys.at(i));
        item.addBindValue(Ordo::Sql::timestamp(created));
        item.addBindValue(Ordo::Sql::timestamp(created));
        // Two in three items are scored, as in a groomed backlog: prioritization has work to do.
        static const int fibonacci[] = {1, 2, 3, 5, 8, 13, 20};
        static const char *const moscows[] = {"must", "should", "could", "wont"};
        static const char *const kanos[] = {"must_be", "performance", "delighter", "indifferent"};
        const bool scored = !epic && i % 3 != 0;
        const auto scoreOf = [&](const QVariant &value) { return scored ? value : QVariant(); };
        item.addBindValue(scoreOf(QString::fromLatin1(moscows[random.bounded(4)])));
        item.addBindValue(scoreOf(fibonacci[random.bounded(7)]));
        item.addBindValue(scoreOf(fibonacci[random.bounded(7)]));
        item.addBindValue(scoreOf(fibonacci[random.bounded(7)]));
        item.addBindValue(scoreOf(QString::fromLatin1(kanos[random.bounded(4)])));
        item.addBindValue(scoreOf(double(1 + random.bounded(20))));
        item.addBindValue(scoreOf(estimate));
        if (!exec(item, &error))
            return error;
        summary->textBytes += 2 * (title.size() + area.size() + keys.at(i).size());

        itemLabel.addBindValue(id);
        itemLabel.addBindValue(1 + i % int(std::size(areas)));
        if (!exec(itemLabel, &error))
            return error;
        if (!epic) {
            for (int c = 0; c < 2; ++c) {
                criterion.addBindValue(id);
                criterion.addBindValue(c);
                criterion.addBindValue(QStringLiteral("Scenario: %1 works for a %2 (%3)\n"
                                                      "  Given I am a %2 with an open basket\n"
                                                      "  When I %4\n"
                                                      "  Then %5\n"
                                                      "  And the change is saved within two seconds")
                                           .arg(area, pick(roles, i + c)).arg(c + 1).arg(pick(actions, i / 3), pick(benefits, i + c)));
                if (!exec(criterion, &error))
                    return error;
            }
        }
        if (!addHistory(id, created, "created", QString(), QStringLiteral("new"))
            || !addHistory(id, created, "order", QString(), keys.at(i))) {
            return error;
        }
        if (chartsSprint > 0) {
            // Refined, made ready, pulled the day before the start (or added on the third day).
            const QDateTime start = sprintStart(chartsSprint);
            if (!addHistory(id, start.addDays(-9), "estimate", QString(), QString::number(estimate))
                || !addHistory(id, start.addDays(-3), "status", QStringLiteral("new"), QStringLiteral("ready"))
                || !addHistory(id, addedLate.at(i) ? steps.first().at : start.addDays(-1), "sprint", QString(),
                               QString::number(chartsSprint))) {
                return error;
            }
            for (const StatusStep &step : std::as_const(steps)) {
                if (!addHistory(id, step.at, "status", QString::fromLatin1(step.from), QString::fromLatin1(step.to)))
                    return error;
            }
        } else if (charts) {
            // The rest of the history: estimate, order and status changes between the creation and
            // yesterday, ending at the item's current values.
            fillerCarry += fillerPerItem;
            const int rows = int(fillerCarry);
            fillerCarry -= rows;
            struct Row
            {
                const char *field;
                QString from, to;
            };
            QList<Row> chain(rows);
            QString estimateNow = estimated ? QString::number(estimate) : QString();
            QString keyNow = keys.at(i);
            QString statusNow = status;
            for (int r = rows - 1; r >= 0; --r) {
                const quint32 kind = chartsRandom.bounded(10);
                if (kind < 4 && estimated) {
                    QString before;
                    do {
                        before = QString::number(points[chartsRandom.bounded(6)]);
                    } while (before == estimateNow);
                    chain[r] = {"estimate", before, estimateNow};
                    estimateNow = before;
                } else if (kind < 8) {
                    const QString before = keys.at(int(chartsRandom.bounded(items)));
                    chain[r] = {"order", before, keyNow};
                    keyNow = before;
                } else {
                    const QString before = statusNow == QLatin1String("ready") ? QStringLiteral("new") : QStringLiteral("ready");
                    chain[r] = {"status", before, statusNow};
                    statusNow = before;
                }
            }
            const qint64 span = created.secsTo(lastFiller);
            for (int r = 0; r < rows; ++r) {
                const QDateTime at = created.addSecs(span * (r + 1) / (rows + 1));
                if (!addHistory(id, at, chain.at(r).field, chain.at(r).from, chain.at(r).to))
                    return error;
            }
        }
        if (sprintOf > 0) {
            const QDateTime start(firstSprint.addDays(14 * (sprintOf - 1)), QTime(10, 0), Qt::UTC);
            const QDateTime doneAt = start.addDays(2 + random.bounded(11));
            if (!addHistory(id, start, "sprint", QString(), QString::number(sprintOf))
                || !addHistory(id, start, "status", QStringLiteral("new"), QStringLiteral("todo"))
                || !addHistory(id, start.addDays(1), "status", QStringLiteral("todo"), QStringLiteral("in_progress"))
                || !addHistory(id, doneAt, "status", QStringLiteral("in_progress"), QStringLiteral("done"))
                || !addHistory(id, start.addDays(13), "status", QStringLiteral("done"), QStringLiteral("accepted"))) {
                return error;
            }
        }
    }

    QSqlQuery dependency(db);
    dependency.prepare(QStringLiteral("INSERT OR IGNORE INTO dependency (item_id, depends_on_id) VALUES (?, ?)"));
    for (int d = 0; d < items / 50; ++d) {
        // Later items depend on earlier ones: no cycles.
        const int later = epicCount + 2 + int(random.bounded(items - epicCount - 2));
        const int earlier = epicCount + 1 + int(random.bounded(later - epicCount - 1));
        dependency.addBindValue(later);
        dependency.addBindValue(earlier);
        if (!exec(dependency, &error))
            return error;
        ++summary->dependencies;
    }
    if (charts) {
        // Each sprint starts as Ordo starts one: its commitment rows and figure written by
        // SprintRepository::apply() at the start's moment; the items added later join it after.
        Ordo::SprintRepository repository(*database);
        QSqlQuery join(db);
        join.prepare(QStringLiteral("UPDATE item SET sprint_id = ? WHERE id = ?"));
        for (int s = 1; s <= activeSprint; ++s) {
            const QDateTime start = sprintStart(s);
            database->setClock([start] { return start; });
            Ordo::SprintChange commitment;
            commitment.commitSprint = s;
            if (auto committed = repository.apply(commitment); !committed)
                return committed.errorMessage();
            for (int i = epicCount; i < items && sprintOfItem.at(i) <= s; ++i) {
                if (sprintOfItem.at(i) != s || !addedLate.at(i))
                    continue;
                join.addBindValue(s);
                join.addBindValue(i + 1);
                if (!exec(join, &error))
                    return error;
            }
        }
        database->setClock({});
        // The closed sprints were written with their history: their figures follow from it.
        if (auto frozen = Ordo::SprintRepository::freezeFromHistory(db); !frozen)
            return frozen.errorMessage();
        summary->historyRows = Ordo::Sql::scalar(db, QStringLiteral("SELECT count(*) FROM history"))->toInt();
    }

    QSqlQuery next(db);
    next.prepare(QStringLiteral("UPDATE product SET next_item_number = ?"));
    next.addBindValue(items + 1);
    if (!exec(next, &error))
        return error;
    if (auto committed = transaction.commit(); !committed)
        return committed.errorMessage();
    return {};
}

} // namespace SyntheticProduct
