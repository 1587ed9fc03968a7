#include "demoproduct.h"

#include "demoproductcontent.h"
#include "domain/orderkey.h"
#include "domain/product.h"
#include "domain/sprintchange.h"
#include "services/review.h"
#include "services/reviewoperations.h"
#include "storage/database.h"
#include "storage/decisionrepository.h"
#include "storage/itemrepository.h"
#include "storage/productrepository.h"
#include "storage/sprintrepository.h"
#include "storage/transaction.h"

#include <QFile>
#include <QScopeGuard>
#include <QHash>

// The demo product replays four finished sprints and one active sprint
// through the repositories, with the database clock set to the moment each
// change happened, so its history is what a real product would have written.

namespace Ordo::DemoProduct {
namespace {

using namespace DemoContent;

constexpr int sprintCount = 5; // four finished, the fifth active
constexpr int sprintDays = 14;
constexpr int activeSprintDay = 5; // today is day 5 of the active sprint

QString text(const char *utf8) { return QString::fromUtf8(utf8); }

Product demoProduct()
{
    Product product;
    product.name = QStringLiteral("Harvest grocery delivery");
    product.keyPrefix = QStringLiteral("HRV");
    product.productGoal = QStringLiteral(
        "Become the weekly grocery shop of busy households: ordered in under a minute, delivered "
        "in the hour they choose.");
    product.definitionOfDone = {QStringLiteral("Acceptance criteria met and demonstrated"),
                                QStringLiteral("Code reviewed by another developer"),
                                QStringLiteral("Unit and end-to-end tests pass in CI"),
                                QStringLiteral("Works on the two newest iOS and Android versions"),
                                QStringLiteral("Accessibility checked with a screen reader"),
                                QStringLiteral("Release notes and help centre updated"),
                                QStringLiteral("Deployed to production behind a feature flag")};
    product.definitionOfReady = {QStringLiteral("User-story voice with the why"),
                                 QStringLiteral("Acceptance criteria written as scenarios"),
                                 QStringLiteral("Estimated by the team"),
                                 QStringLiteral("Dependencies resolved or planned"),
                                 QStringLiteral("Small enough for half a sprint")};
    product.estimationScale = EstimationScale::Fibonacci;
    product.sprintLengthDays = sprintDays;
    product.maxStorySize = 13;
    product.reviewColumn = true;
    product.team = {{0, QStringLiteral("Amira"), 100}, {0, QStringLiteral("Bruno"), 100}, {0, QStringLiteral("Chen"), 80},
                    {0, QStringLiteral("Dana"), 50}};
    product.wipLimits = {0, 3, 2, 0};
    product.capacityAllocation = {{ItemType::TechnicalDebt, 15}};
    return product;
}

QList<AcceptanceCriterion> criteriaOf(const char *scenarios)
{
    QList<AcceptanceCriterion> criteria;
    const QStringList parts = text(scenarios).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (int i = 0; i < parts.size(); ++i)
        criteria.append({0, i, parts.at(i)});
    return criteria;
}

// The story the review of the last closed sprint rejected, and the feedback written down there.
constexpr int reviewedSprint = sprintCount - 1;
bool isRejectedAtReview(const Item &item)
{
    return item.sprint == reviewedSprint && qstrcmp(item.title, "Store staff see which items are often missing") == 0;
}
const char *const rejectionReason =
    "The weekly list names the items but not how many orders missed each one; the store managers "
    "need that count beside every item, as the scenario says, to order enough stock.";
const char *const goalNotes[sprintCount - 1] = {
    "Saved cards went live on day 9; two-tap payment works on iOS and Android.",
    "The map and the status stream are live in all four cities.",
    "One-tap reorder is live; weekly repeat orders are up from 22% to 31%.",
    ("Substitutions are approved before delivery, but the stores' weekly list of missing items was "
     "rejected and goes back to the Product Backlog."),
};

// Where an item sits in the demo's backlog order: the active sprint first,
// then the refined items, then new ideas, then the epics, and finished work last.
int section(const Item &item, int index, int firstUnplanned)
{
    if (isRejectedAtReview(item))
        return 1; // carried back to the top of the backlog when Sprint 4 closed
    if (item.sprint == sprintCount)
        return 0;
    if (item.sprint == 0)
        return index < firstUnplanned + 8 ? 1 : 2;
    return 4;
}

// Outcomes measured after release.
struct Outcome
{
    const char *title;
    const char *metric;
    double baseline;
    double target;
    double actual;
    const char *hypothesis;
};

const Outcome outcomes[] = {
    {"Pay with a saved card", "Mobile checkout completion (%)", 54, 65, 61,
     "If returning customers can pay without entering a card, more mobile checkouts complete."},
    {"Track my courier on a map", "\"Where is my order?\" contacts per week", 1900, 1200, 1350,
     "If customers can see their courier, they stop calling support."},
    {"Reorder my last basket in one tap", "Weekly repeat orders (%)", 22, 30, 31,
     "If the weekly basket is one tap away, weekly shoppers order every week."},
};

} // namespace

Status fill(Database &database, QDate today)
{
    QDateTime now(today.addDays(-(sprintCount - 1) * sprintDays - activeSprintDay - 30), QTime(9, 0), Qt::UTC);
    database.setClock([&now] { return now; });
    const auto restoreClock = qScopeGuard([&database] { database.setClock({}); });
    const auto sprintStart = [&](int sprint) {
        return QDateTime(today.addDays(-activeSprintDay - (sprintCount - sprint) * sprintDays), QTime(10, 0), Qt::UTC);
    };

    if (auto product = ProductRepository(database).update(demoProduct()); !product)
        return product;

    ItemRepository repository(database);
    Transaction transaction(database.connection());

    // Sprints.
    SprintRepository sprints(database);
    const char *const goals[sprintCount] = {
        "Customers can pay in two taps with a saved card",
        "Customers always know where their order is",
        "The weekly shop is one tap away",
        "Substitutions stop surprising customers and stores",
        "Meal voucher cards work at checkout",
    };
    const double capacities[sprintCount] = {24, 26, 26, 28, 26};
    QList<qint64> sprintIds;
    for (int s = 1; s <= sprintCount; ++s) {
        Sprint sprint;
        sprint.name = QStringLiteral("Sprint %1").arg(s);
        sprint.start = sprintStart(s).date();
        sprint.end = sprint.start.addDays(sprintDays - 1);
        sprint.goal = text(goals[s - 1]);
        sprint.capacity = capacities[s - 1];
        sprint.state = s == sprintCount ? SprintState::Active : SprintState::Closed;
        sprint.startedAt = sprintStart(s);
        if (s != sprintCount) {
            sprint.closedAt = QDateTime(sprint.end, QTime(16, 0), Qt::UTC);
            sprint.goalVerdict = s == reviewedSprint ? GoalVerdict::PartlyMet : GoalVerdict::Met;
            sprint.goalVerdictNote = text(goalNotes[s - 1]);
        }
        auto id = sprints.create(sprint);
        if (!id)
            return id.error();
        sprintIds.append(*id);
    }

    // Items, in the order they take in the backlog.
    int firstUnplanned = 0;
    while (firstUnplanned < itemCount && items[firstUnplanned].sprint != 0)
        ++firstUnplanned;
    QList<int> order;
    for (int s = 0; s <= 4; ++s) {
        if (s == 3) {
            order.append(-1); // the epics
            continue;
        }
        if (s == 2)
            order.append(-2); // the feedback from the last review, below the refined items
        for (int i = 0; i < itemCount; ++i) {
            if (section(items[i], i, firstUnplanned) == s)
                order.append(i);
        }
    }
    // `order` holds one placeholder (-1) for the epics, which take std::size(epics) keys.
    constexpr int epicCount = int(std::size(epics));
    const QList<QString> keys = OrderKey::spread(QString(), QString(), int(order.size()) - 1 + epicCount);
    const int firstEpicKey = int(order.indexOf(-1));
    const QString feedbackKey = keys.at(int(order.indexOf(-2)));
    // Epics first: the other items name them as their parent.
    QList<qint64> epicIds;
    for (int e = 0; e < epicCount; ++e) {
        BacklogItem item;
        item.type = ItemType::Epic;
        item.title = text(epics[e].title);
        item.description = text(epics[e].why);
        // Checkout, tracking and the smart basket serve the weekly shop; store operations do not.
        item.servesGoal = e < 3;
        item.orderKey = keys.at(firstEpicKey + e);
        auto id = repository.create(item);
        if (!id)
            return id.error();
        epicIds.append(*id);
    }
    QHash<int, qint64> itemIds;
    int keyIndex = 0;
    for (int position : std::as_const(order)) {
        if (position == -1) {
            keyIndex += epicCount;
            continue;
        }
        if (position == -2) {
            ++keyIndex;
            continue;
        }
        const Item &source = items[position];
        BacklogItem item;
        item.type = itemTypeFromStorage(QString::fromLatin1(source.type)).value_or(ItemType::Story);
        item.title = text(source.title);
        item.role = text(source.role);
        item.want = text(source.want);
        item.benefit = text(source.benefit);
        item.description = text(source.description);
        item.criteria = criteriaOf(source.criteria);
        if (source.estimate > 0)
            item.estimate = source.estimate;
        if (source.epic >= 0)
            item.parentId = epicIds.at(source.epic);
        item.labels = text(source.labels).split(QStringLiteral(", "), Qt::SkipEmptyParts);
        item.requester = text(source.requester);
        for (const Outcome &outcome : outcomes) {
            if (qstrcmp(outcome.title, source.title) == 0) {
                item.metric = {text(outcome.metric), outcome.baseline, outcome.target, outcome.actual};
                item.impactHypothesis = text(outcome.hypothesis);
            }
        }
        // Scores on the modified Fibonacci scale: every estimated item has a business value (the
        // value its sprint delivers), the others' inputs are for prioritization.
        static const int fibonacci[] = {1, 2, 3, 5, 8, 13, 20};
        if (source.estimate > 0)
            item.scores.businessValue = fibonacci[(position * 3) % 7];
        if (source.sprint == 0 && source.estimate > 0) {
            static const MoSCoW moscow[] = {MoSCoW::Must, MoSCoW::Should, MoSCoW::Should, MoSCoW::Could};
            static const KanoCategory kano[] = {KanoCategory::MustBe, KanoCategory::Performance,
                                                KanoCategory::Performance, KanoCategory::Delighter};
            item.scores.moscow = moscow[position % 4];
            item.scores.timeCriticality = fibonacci[(position * 5) % 6];
            item.scores.riskReduction = fibonacci[(position * 2) % 5];
            item.scores.kano = kano[position % 4];
            item.scores.value = 1 + (position * 7) % 10;
            item.scores.effort = source.estimate;
        }
        item.orderKey = keys.at(keyIndex++);
        item.createdAt = now.addSecs(3600 * (position % 20));
        auto id = repository.create(item);
        if (!id)
            return id.error();
        itemIds.insert(position, *id);
    }

    // Refinement before the first sprint: some estimates change, ready items are marked.
    now = sprintStart(1).addDays(-3);
    for (int i = 0; i < itemCount; ++i) {
        const Item &source = items[i];
        if (source.sprint != 0 || source.estimate <= 0)
            continue;
        if (section(source, i, firstUnplanned) == 1) {
            if (auto ready = repository.setStatus(itemIds.value(i), ItemStatus::Ready); !ready)
                return ready;
            // The Product Owner ticked INVEST on most of them; two still wait for a second look.
            const InvestChecks checks = i % 4 == 3 ? allInvestChecks & ~investBit(InvestQuality::Small)
                                                   : allInvestChecks;
            if (auto ticked = repository.setInvestChecks(itemIds.value(i), checks); !ticked)
                return ticked;
        }
    }
    if (auto refined = repository.setEstimate(itemIds.value(0), 5); !refined) // first guess...
        return refined;
    now = now.addSecs(1800);
    if (auto refined = repository.setEstimate(itemIds.value(0), items[0].estimate); !refined) // ...after discussion
        return refined;

    // The bug that came in on the active sprint's second day: its one scope change.
    const auto isScopeChange = [](const Item &item) { return item.sprint == sprintCount && qstrcmp(item.type, "bug") == 0; };

    // The sprints: planned at the start, worked on day by day, reviewed at the end.
    for (int s = 1; s <= sprintCount; ++s) {
        const QDateTime start = sprintStart(s);
        const QDateTime todayNoon(today, QTime(12, 0), Qt::UTC);
        // The commitment: what the sprint held when it started.
        for (int i = 0; i < itemCount; ++i) {
            if (items[i].sprint != s || isScopeChange(items[i]))
                continue;
            now = start;
            if (auto planned = repository.setSprint(itemIds.value(i), sprintIds.at(s - 1)); !planned)
                return planned;
        }
        SprintChange commitment;
        commitment.commitSprint = sprintIds.at(s - 1);
        if (auto committed = sprints.apply(commitment); !committed)
            return committed.error();
        int n = 0;
        for (int i = 0; i < itemCount; ++i) {
            const Item &source = items[i];
            if (source.sprint != s)
                continue;
            const qint64 id = itemIds.value(i);
            now = start;
            if (isScopeChange(source)) {
                now = start.addDays(1).addSecs(3600);
                if (auto added = repository.setSprint(id, sprintIds.at(s - 1)); !added)
                    return added;
                Decision decision;
                decision.itemId = id;
                decision.decision = QStringLiteral("Added to Sprint %1 after its start: %2").arg(s).arg(text(source.title));
                decision.reasoning = QStringLiteral(
                    "Support logged 140 complaints from night shoppers since Monday, and the fix is small. "
                    "It pushes the out-of-stock item for store staff to the bottom of the sprint.");
                decision.stakeholder = QStringLiteral("Customer support");
                decision.decidedAt = now;
                if (auto logged = DecisionRepository(database).add(decision); !logged)
                    return logged.error();
            }
            if (auto todo = repository.setStatus(id, ItemStatus::ToDo); !todo)
                return todo;
            const bool active = s == sprintCount;
            const int startedDay = active ? 1 + n % 2 : 1 + (n * 3) % 6;
            const int doneDay = active ? 3 + n % 2 : qMin(12, startedDay + 2 + n % 5);
            if (!active || source.progress >= 1) {
                now = start.addDays(startedDay).addSecs(3600 * (n % 5));
                if (auto started = repository.setStatus(id, ItemStatus::InProgress); !started)
                    return started;
            }
            if (active && source.progress == 3) {
                now = qMin(start.addDays(doneDay).addSecs(3600 * (1 + n % 6)), todayNoon);
                if (auto review = repository.setStatus(id, ItemStatus::InReview); !review)
                    return review;
            }
            if (!active || source.progress == 2) {
                now = qMin(start.addDays(doneDay).addSecs(3600 * (1 + n % 6)), todayNoon);
                if (auto done = repository.setStatus(id, ItemStatus::Done); !done)
                    return done;
            }
            if (!active) {
                now = start.addDays(sprintDays - 1).addSecs(3600 * 4);
                if (auto judged = repository.setStatus(id, isRejectedAtReview(source) ? ItemStatus::Rejected : ItemStatus::Accepted);
                    !judged) {
                    return judged;
                }
            }
            ++n;
        }
    }

    // The reviews of the closed sprints: every criterion and Definition of Done item met for the
    // accepted stories; at the last one, one story rejected with what acceptance needs, carried
    // back to the backlog by the close, and a stakeholder's feedback written down as a new item.
    const QStringList definitionOfDone = demoProduct().definitionOfDone;
    SprintChange reviews;
    for (int i = 0; i < itemCount; ++i) {
        const Item &source = items[i];
        if (source.sprint == 0 || source.sprint == sprintCount)
            continue;
        const SprintId sprintId = sprintIds.at(source.sprint - 1);
        const qint64 id = itemIds.value(i);
        Review::Checks checks;
        const QList<AcceptanceCriterion> criteria = criteriaOf(source.criteria);
        QStringList chunks;
        for (const AcceptanceCriterion &criterion : criteria)
            chunks.append(criterion.text);
        const bool rejected = isRejectedAtReview(source);
        for (const Review::Criterion &criterion : Review::criteriaOf(chunks))
            checks.criteria.append({criterion, rejected ? Review::Verdict::NotMet : Review::Verdict::Met});
        for (const QString &done : definitionOfDone)
            checks.definitionOfDone.append({done, Review::Verdict::Met});
        ReviewRecord record = ReviewOperations::recordOf(sprintId, id, checks, QString());
        if (rejected) {
            const Review::Failed failed = Review::failedItems(checks);
            record.failed = failed.criteria + failed.definitionOfDone;
            record.rejectionReason = text(rejectionReason);
            record.note = QStringLiteral("Anna (store manager, Partner stores) tried it on Thursday's list.");
            Decision decision;
            decision.itemId = id;
            decision.decision = QStringLiteral("Rejected at the review of Sprint %1: %2").arg(source.sprint).arg(record.failed.join(QStringLiteral("; ")));
            decision.reasoning = record.rejectionReason;
            decision.stakeholder = QStringLiteral("Partner stores");
            decision.decidedAt = QDateTime(sprintStart(source.sprint).date().addDays(sprintDays - 1), QTime(14, 0), Qt::UTC);
            reviews.decisions.append(decision);
            // The close carries it back to the top of the backlog.
            now = QDateTime(sprintStart(source.sprint).date().addDays(sprintDays - 1), QTime(16, 0), Qt::UTC);
            if (auto carried = repository.setSprint(id, std::nullopt); !carried)
                return carried;
        }
        reviews.reviews.append(record);
    }
    if (auto reviewed = sprints.apply(reviews); !reviewed)
        return reviewed.error();
    {
        now = QDateTime(sprintStart(reviewedSprint).date().addDays(sprintDays - 1), QTime(14, 30), Qt::UTC);
        BacklogItem feedback;
        feedback.title = QStringLiteral("Send the weekly missing-items list to the stores' buyers");
        feedback.role = QStringLiteral("store manager");
        feedback.want = QStringLiteral("the weekly list of missing items sent to our buyers as a spreadsheet");
        feedback.benefit = QStringLiteral("they order stock without copying the list by hand");
        feedback.description = QStringLiteral("Asked for at the Sprint %1 review.").arg(reviewedSprint);
        feedback.requester = QStringLiteral("Anna Berg, Partner stores");
        feedback.labels = {QStringLiteral("store"), QStringLiteral("reporting")};
        feedback.criteria = criteriaOf("Scenario: Monday's list\n  Given last week's missing-items list for the Oak Street store\n"
                                       "  When it is Monday at 7:00\n  Then the store's buyer receives it as a spreadsheet");
        feedback.parentId = epicIds.at(3);
        feedback.feedbackSprintId = sprintIds.at(reviewedSprint - 1);
        feedback.orderKey = feedbackKey;
        if (auto created = repository.create(feedback); !created)
            return created.error();
    }

    // Dependencies, by title; one is ordered wrongly on purpose, for the backlog to point out.
    const auto idOf = [&](const char *title) -> qint64 {
        for (int i = 0; i < itemCount; ++i) {
            if (qstrcmp(items[i].title, title) == 0)
                return itemIds.value(i);
        }
        return 0;
    };
    const std::pair<const char *, const char *> dependencies[] = {
        {"Share a shopping list with my household", "Save a basket as a shopping list"},
        {"Subscribe to a weekly basket", "Remember my preferred delivery slot"},
        {"Rate the delivery after it arrives", "Event stream of order status changes"},
        {"Tip the courier in the app", "Rate the delivery after it arrives"},
        {"Store dashboard with today's orders", "Event stream of order status changes"},
        {"Deliver to a parcel locker", "Event stream of order status changes"},
        {"Split payment between two cards", "Pay with a saved card"},
        // Blocks an item of the running sprint: the board marks it.
        {"Store staff mark an item as out of stock from the picking app", "Event stream of order status changes"},
    };
    now = sprintStart(sprintCount).addDays(-2);
    for (const auto &[item, blocker] : dependencies) {
        if (auto added = repository.addDependency(idOf(item), idOf(blocker)); !added)
            return added;
    }

    // Decisions the Product Owner logged.
    DecisionRepository decisions(database);
    const struct
    {
        const char *item;
        const char *decision;
        const char *reasoning;
        const char *stakeholder;
        int daysAgo;
    } logged[] = {
        {"Recipes that fill the basket", "Not this quarter",
         "The partnership brings content but no evidence of more orders; the Product Goal is the "
         "weekly shop, not inspiration. Revisit if the pilot of the recipe site shows repeat orders.",
         "Marketing", 40},
        {"Sign in with Apple", "Apple before Google sign-in",
         "35% of iOS visitors leave at sign-up; on Android the rate is 12%. Apple first.",
         "Growth team", 30},
        {"Pay with an invoice for business customers", "Kept low in the order",
         "Four pilot companies are too few to justify 13 points before the weekly shop works. "
         "Sales agreed to revisit after the pilot.",
         "Sales", 12},
        {"Split payment between two cards", "Sprint 5 goal: meal voucher cards",
         "12% of baskets exceed the voucher limit and are abandoned; this beats PayPal in value.",
         "Growth team", 5},
    };
    for (const auto &entry : logged) {
        Decision decision;
        decision.itemId = idOf(entry.item);
        decision.decision = text(entry.decision);
        decision.reasoning = text(entry.reasoning);
        decision.stakeholder = text(entry.stakeholder);
        decision.decidedAt = QDateTime(today.addDays(-entry.daysAgo), QTime(15, 30), Qt::UTC);
        if (auto added = decisions.add(decision); !added)
            return added.error();
    }

    // The next sprint, planned yesterday: its goal, and half its capacity pulled from the top of
    // the ready backlog.
    now = QDateTime(today.addDays(-1), QTime(14, 0), Qt::UTC);
    Sprint next;
    next.name = QStringLiteral("Sprint %1").arg(sprintCount + 1);
    next.start = sprintStart(sprintCount).date().addDays(sprintDays);
    next.end = next.start.addDays(sprintDays - 1);
    next.goal = QStringLiteral("Shoppers without a credit card can pay the way they prefer");
    next.capacity = 26;
    // Bruno is off for two days of it.
    if (auto team = ProductRepository(database).load(); team && team->team.size() > 1)
        next.daysOff = {{team->team.at(1).id, 2}};
    auto nextId = sprints.create(next);
    if (!nextId)
        return nextId.error();
    double pulled = 0;
    for (int i = 0; i < itemCount && pulled < *next.capacity / 2; ++i) {
        const Item &source = items[i];
        if (source.sprint != 0 || section(source, i, firstUnplanned) != 1 || source.estimate <= 0
            || pulled + source.estimate > *next.capacity / 2) {
            continue;
        }
        if (auto planned = repository.setSprint(itemIds.value(i), *nextId); !planned)
            return planned;
        pulled += source.estimate;
    }
    // The closed sprints were written with their history: their figures follow from it.
    if (auto frozen = SprintRepository::freezeFromHistory(database.connection()); !frozen)
        return frozen;
    return transaction.commit();
}

Status write(const QString &path, QDate today)
{
    QString error;
    auto database = Database::create(path, demoProduct(), &error);
    if (!database)
        return Error{error};
    Status filled = fill(*database, today);
    database.reset();
    if (!filled) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    return filled;
}

} // namespace Ordo::DemoProduct
