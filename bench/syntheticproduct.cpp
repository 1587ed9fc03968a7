#include "syntheticproduct.h"

#include "domain/orderkey.h"
#include "domain/product.h"
#include "storage/database.h"
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

} // namespace

QString write(const QString &path, int items, Summary *summary)
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
    const int sprintCount = 20;
    const QDate firstSprint = QDate::currentDate().addDays(-14 * sprintCount - 7);
    summary->items = items;
    summary->epics = epicCount;
    summary->sprints = sprintCount;

    QSqlQuery sprint(db);
    sprint.prepare(QStringLiteral("INSERT INTO sprint (id, name, start_date, end_date, goal, capacity, state) "
                                  "VALUES (?, ?, ?, ?, ?, ?, 'closed')"));
    for (int s = 1; s <= sprintCount; ++s) {
        const QDate start = firstSprint.addDays(14 * (s - 1));
        sprint.addBindValue(s);
        sprint.addBindValue(QStringLiteral("Sprint %1").arg(s));
        sprint.addBindValue(start.toString(Qt::ISODate));
        sprint.addBindValue(start.addDays(13).toString(Qt::ISODate));
        sprint.addBindValue(QStringLiteral("Ship %1 improvements").arg(pick(areas, s)));
        sprint.addBindValue(30);
        if (!exec(sprint, &error))
            return error;
    }

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
        item.addBindValue(id);
        item.addBindValue(id);
        item.addBindValue(epic ? QStringLiteral("epic") : (i % 11 == 0 ? QStringLiteral("bug") : QStringLiteral("story")));
        item.addBindValue(title);
        item.addBindValue(pick(roles, i));
        item.addBindValue(pick(actions, i / 3));
        item.addBindValue(pick(benefits, i));
        item.addBindValue(description);
        item.addBindValue(i % 9 == 0 ? QVariant() : QVariant(estimate));
        QString status = i % 4 == 0 ? QStringLiteral("ready") : QStringLiteral("new");
        QVariant sprintId;
        int sprintOf = 0;
        if (!epic && i == nextDone && (i - epicCount) / 8 < sprintCount) {
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
