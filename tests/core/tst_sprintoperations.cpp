#include "domain/orderkey.h"
#include "services/sprintoperations.h"
#include "storage/historyrepository.h"
#include "storage/itemrepository.h"
#include "storage/sprintrepository.h"
#include "storage/decisionrepository.h"
#include "storage/sql.h"
#include "testproduct.h"

#include <QTest>

using namespace Ordo;

// The sprint actions computed in core (SprintOperations) and written by SprintRepository::apply().
class TestSprintOperations : public QObject
{
    Q_OBJECT

private slots:
    // Every test runs over both engines (TestEngines).
    void initTestCase_data() { TestEngines::addRows(); }
    void init() { ORDO_USE_TEST_ENGINE(); }

    void pullRefuses_data();
    void pullRefuses();
    void pullIntoRunningSprintNeedsReason();
    void pushSendsToDoBackToReady();
    void startCommitsAndMovesToToDo();
    void startRefusesSecondActiveSprint();
    void cancelReturnsItemsToTopInOrder();
    void closeNeedsVerdictForDoneItems();
    void closeCarriesOver_data();
    void closeCarriesOver();
    void closeCreatesNextSprintWhenNone();
    void boardMove_data();
    void boardMove();
    void load_data();
    void load();
    void impactNamesUnlikelyItems();
    void fillToVelocity_data();
    void fillToVelocity();
    void fillHonoursAllocation();
    void applyWritesOneTransactionWithHistory();
    void applyRollsBackOnError();
    void undoRestoresTheStateBefore();
    void deleteOnlyEmptyPlannedSprints();
};

namespace {

Sprint sprintOf(SprintId id, SprintState state, QDate start = QDate(2026, 3, 2), int days = 14)
{
    Sprint s;
    s.id = id;
    s.name = QStringLiteral("Sprint %1").arg(id);
    s.start = start;
    s.end = start.addDays(days - 1);
    s.state = state;
    s.capacity = 20;
    return s;
}

// Rows in backlog order: keys spread evenly.
QList<BacklogRow> rowsOf(const QList<std::tuple<ItemId, SprintId, ItemStatus, float>> &items)
{
    const QList<QString> keys = OrderKey::spread(QString(), QString(), int(items.size()));
    QList<BacklogRow> rows;
    for (qsizetype i = 0; i < items.size(); ++i) {
        BacklogRow row;
        std::tie(row.id, row.sprintId, row.status, row.estimate) = items.at(i);
        row.title = QStringLiteral("Item %1").arg(row.id);
        row.orderKey = keys.at(i);
        rows.append(row);
    }
    return rows;
}

const QDateTime now(QDate(2026, 3, 5), QTime(10, 0), Qt::UTC);
constexpr float none = std::numeric_limits<float>::quiet_NaN();

} // namespace

void TestSprintOperations::pullRefuses_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("message");
    QTest::newRow("epic") << 0 << "epic";
    QTest::newRow("finished") << 1 << "finished";
    QTest::newRow("archived") << 2 << "archived";
    QTest::newRow("in a started sprint") << 3 << "has started";
    QTest::newRow("not in the backlog") << -1 << "no longer in the backlog";
}

void TestSprintOperations::pullRefuses()
{
    QFETCH(int, row);
    QFETCH(QString, message);
    QList<BacklogRow> rows = rowsOf({{1, 0, ItemStatus::New, 3}, {2, 0, ItemStatus::Accepted, 3},
                                     {3, 0, ItemStatus::Ready, 3}, {4, 9, ItemStatus::InProgress, 3}});
    rows[0].type = ItemType::Epic;
    rows[2].archived = true;
    const QList<Sprint> sprints{sprintOf(1, SprintState::Planned, QDate(2026, 3, 16)), sprintOf(9, SprintState::Active)};
    const ItemId id = row < 0 ? 99 : rows.at(row).id;
    const auto change = SprintOperations::pull(rows, sprints, {id}, 1);
    QVERIFY(!change);
    QVERIFY2(change.errorMessage().contains(message), qPrintable(change.errorMessage()));
}

void TestSprintOperations::pullIntoRunningSprintNeedsReason()
{
    const QList<BacklogRow> rows = rowsOf({{1, 1, ItemStatus::InProgress, 5}, {2, 0, ItemStatus::Ready, 3}});
    const QList<Sprint> sprints{sprintOf(1, SprintState::Active)};
    QVERIFY(!SprintOperations::pull(rows, sprints, {2}, 1, QString(), now));
    const auto change = SprintOperations::pull(rows, sprints, {2}, 1, QStringLiteral("Checkout is down"), now);
    QVERIFY(change);
    QCOMPARE(change->items.size(), 1);
    QCOMPARE(change->items.front().sprint, SprintId(1));
    QCOMPARE(change->items.front().status, ItemStatus::ToDo); // a running sprint's work starts in To Do
    QCOMPARE(change->decisions.size(), 1);
    QCOMPARE(change->decisions.front().reasoning, QStringLiteral("Checkout is down"));
    QCOMPARE(change->decisions.front().itemId, std::optional<qint64>(2));
    // Pulling into a planned sprint keeps the status and needs no reason.
    const QList<Sprint> planned{sprintOf(1, SprintState::Planned)};
    const auto plan = SprintOperations::pull(rows, planned, {2}, 1);
    QVERIFY(plan);
    QCOMPARE(plan->items.front().status, ItemStatus::Ready);
    QVERIFY(plan->decisions.isEmpty());
}

void TestSprintOperations::pushSendsToDoBackToReady()
{
    const QList<BacklogRow> rows = rowsOf({{1, 1, ItemStatus::ToDo, 5}, {2, 1, ItemStatus::InProgress, 3}});
    const auto change = SprintOperations::push(rows, {sprintOf(1, SprintState::Planned)}, {1, 2});
    QVERIFY(change);
    QCOMPARE(change->items.size(), 2);
    QCOMPARE(change->items.at(0).status, ItemStatus::Ready);
    QCOMPARE(change->items.at(1).status, ItemStatus::InProgress);
    QCOMPARE(change->items.at(0).sprint, SprintId(0));
    // Out of a closed sprint: refused.
    QVERIFY(!SprintOperations::push(rows, {sprintOf(1, SprintState::Closed)}, {1}));
}

void TestSprintOperations::startCommitsAndMovesToToDo()
{
    const QList<BacklogRow> rows = rowsOf({{1, 1, ItemStatus::Ready, 5}, {2, 1, ItemStatus::New, 3}, {3, 0, ItemStatus::Ready, 8}});
    const auto change = SprintOperations::start(rows, {sprintOf(1, SprintState::Planned)}, 1, now);
    QVERIFY(change);
    QCOMPARE(change->sprints.front().state, SprintState::Active);
    QCOMPARE(change->sprints.front().startedAt, now);
    QCOMPARE(change->commitSprint, SprintId(1));
    QCOMPARE(change->items.size(), 2);
    for (const SprintPlacement &p : change->items)
        QCOMPARE(p.status, ItemStatus::ToDo);
}

void TestSprintOperations::startRefusesSecondActiveSprint()
{
    const QList<Sprint> sprints{sprintOf(1, SprintState::Active), sprintOf(2, SprintState::Planned, QDate(2026, 3, 16))};
    const auto change = SprintOperations::start({}, sprints, 2, now);
    QVERIFY(!change);
    QVERIFY(change.errorMessage().contains(QStringLiteral("still running")));
    QVERIFY(!SprintOperations::start({}, sprints, 1, now)); // not planned
}

void TestSprintOperations::cancelReturnsItemsToTopInOrder()
{
    // Backlog: 10 (no sprint), 1 and 2 in the sprint further down, 3 accepted in the sprint.
    const QList<BacklogRow> rows = rowsOf({{10, 0, ItemStatus::Ready, 2}, {1, 1, ItemStatus::InProgress, 5},
                                           {2, 1, ItemStatus::ToDo, 3}, {3, 1, ItemStatus::Accepted, 1}});
    QVERIFY(!SprintOperations::cancel(rows, {sprintOf(1, SprintState::Active)}, 1, QStringLiteral(" "), now));
    const auto change = SprintOperations::cancel(rows, {sprintOf(1, SprintState::Active)}, 1, QStringLiteral("Partner left"), now);
    QVERIFY(change);
    QCOMPARE(change->sprints.front().state, SprintState::Cancelled);
    QCOMPARE(change->sprints.front().end, now.date()); // it ends the day it is cancelled
    QCOMPARE(change->items.size(), 2);
    QCOMPARE(change->items.at(0).id, ItemId(1));
    QCOMPARE(change->items.at(1).id, ItemId(2));
    QVERIFY(change->items.at(0).orderKey < change->items.at(1).orderKey);
    QVERIFY(change->items.at(1).orderKey < rows.at(0).orderKey); // above everything else
    QCOMPARE(change->items.at(1).status, ItemStatus::Ready);
    QCOMPARE(change->decisions.size(), 1);
    QCOMPARE(change->decisions.front().reasoning, QStringLiteral("Partner left"));

    // Done but never accepted: back in the backlog as work in progress, still plannable.
    const QList<BacklogRow> done = rowsOf({{1, 1, ItemStatus::Done, 5}});
    const auto cancelled = SprintOperations::cancel(done, {sprintOf(1, SprintState::Active)}, 1, QStringLiteral("Obsolete"), now);
    QVERIFY(cancelled);
    QCOMPARE(cancelled->items.front().status, ItemStatus::InProgress);
}

void TestSprintOperations::closeNeedsVerdictForDoneItems()
{
    const QList<BacklogRow> rows = rowsOf({{1, 1, ItemStatus::Done, 5}, {2, 1, ItemStatus::Accepted, 3}});
    const QList<Sprint> sprints{sprintOf(1, SprintState::Active)};
    const auto refused = SprintOperations::close(rows, sprints, 1, {}, now);
    QVERIFY(!refused);
    QVERIFY(refused.errorMessage().contains(QStringLiteral("not accepted")));
    SprintOperations::CloseChoices choices;
    choices.doneItems.insert(1, SprintOperations::DoneVerdict::Accept);
    const auto change = SprintOperations::close(rows, sprints, 1, choices, now);
    QVERIFY(change);
    QCOMPARE(change->sprints.front().state, SprintState::Closed);
    QCOMPARE(change->sprints.front().closedAt, now);
    QCOMPARE(change->items.size(), 1);
    QCOMPARE(change->items.front().status, ItemStatus::Accepted);
    QCOMPARE(change->items.front().sprint, SprintId(1));
}

void TestSprintOperations::closeCarriesOver_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<SprintId>("sprint");
    QTest::addColumn<bool>("topKey");
    QTest::addColumn<ItemStatus>("status");
    QTest::newRow("top of the backlog") << int(SprintOperations::CarryOver::TopOfBacklog) << SprintId(0) << true << ItemStatus::InProgress;
    QTest::newRow("next sprint") << int(SprintOperations::CarryOver::NextSprint) << SprintId(2) << false << ItemStatus::InProgress;
    QTest::newRow("old place") << int(SprintOperations::CarryOver::OldPlace) << SprintId(0) << false << ItemStatus::InProgress;
}

void TestSprintOperations::closeCarriesOver()
{
    QFETCH(int, choice);
    QFETCH(SprintId, sprint);
    QFETCH(bool, topKey);
    QFETCH(ItemStatus, status);
    const QList<BacklogRow> rows = rowsOf({{10, 0, ItemStatus::Ready, 2}, {1, 1, ItemStatus::InProgress, 5}});
    const QList<Sprint> sprints{sprintOf(1, SprintState::Active), sprintOf(2, SprintState::Planned, QDate(2026, 3, 16))};
    SprintOperations::CloseChoices choices;
    choices.carryOver.insert(1, SprintOperations::CarryOver(choice));
    const auto change = SprintOperations::close(rows, sprints, 1, choices, now);
    QVERIFY(change);
    QCOMPARE(change->items.size(), 1);
    const SprintPlacement &p = change->items.front();
    QCOMPARE(p.sprint, sprint);
    QCOMPARE(p.status, status);
    QCOMPARE(!p.orderKey.isEmpty() && p.orderKey < rows.at(0).orderKey, topKey);
    QCOMPARE(change->sprints.size(), 1); // no sprint created: the next planned one takes them
}

void TestSprintOperations::closeCreatesNextSprintWhenNone()
{
    const QList<BacklogRow> rows = rowsOf({{1, 1, ItemStatus::ToDo, 5}, {2, 1, ItemStatus::Done, 3}});
    const QList<Sprint> sprints{sprintOf(1, SprintState::Active)};
    SprintOperations::CloseChoices choices;
    choices.carryOver.insert(1, SprintOperations::CarryOver::NextSprint);
    choices.carryOver.insert(2, SprintOperations::CarryOver::NextSprint);
    choices.doneItems.insert(2, SprintOperations::DoneVerdict::NotDone);
    const auto change = SprintOperations::close(rows, sprints, 1, choices, now);
    QVERIFY(change);
    QCOMPARE(change->sprints.size(), 2);
    const Sprint &created = change->sprints.at(1);
    QCOMPARE(created.state, SprintState::Planned);
    QCOMPARE(created.name, QStringLiteral("Sprint 2"));
    QCOMPARE(created.start, QDate(2026, 3, 16)); // the working day after the sprint's last day
    QCOMPARE(created.id, SprintId(2));
    QCOMPARE(change->items.size(), 2);
    for (const SprintPlacement &p : change->items)
        QCOMPARE(p.sprint, created.id);
    // Counted as not done: it leaves Done.
    QCOMPARE(change->items.at(1).status, ItemStatus::InProgress);
}

void TestSprintOperations::boardMove_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<int>("changes");
    QTest::newRow("to in progress") << int(SprintState::Active) << int(ItemStatus::ToDo) << int(ItemStatus::InProgress) << true << 1;
    QTest::newRow("to in review") << int(SprintState::Active) << int(ItemStatus::InProgress) << int(ItemStatus::InReview) << true << 1;
    QTest::newRow("done back to in progress") << int(SprintState::Active) << int(ItemStatus::Done) << int(ItemStatus::InProgress) << true << 1;
    QTest::newRow("same column") << int(SprintState::Active) << int(ItemStatus::Done) << int(ItemStatus::Done) << true << 0;
    QTest::newRow("not a column") << int(SprintState::Active) << int(ItemStatus::ToDo) << int(ItemStatus::Accepted) << false << 0;
    QTest::newRow("accepted card") << int(SprintState::Active) << int(ItemStatus::Accepted) << int(ItemStatus::Done) << false << 0;
    QTest::newRow("planned sprint") << int(SprintState::Planned) << int(ItemStatus::Ready) << int(ItemStatus::InProgress) << false << 0;
    QTest::newRow("closed sprint") << int(SprintState::Closed) << int(ItemStatus::Done) << int(ItemStatus::InProgress) << false << 0;
}

void TestSprintOperations::boardMove()
{
    QFETCH(int, state);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(bool, allowed);
    QFETCH(int, changes);
    const QList<BacklogRow> rows = rowsOf({{1, 1, ItemStatus(from), 5}});
    const auto change = SprintOperations::moveOnBoard(rows, {sprintOf(1, SprintState(state))}, {1}, ItemStatus(to));
    QCOMPARE(bool(change), allowed);
    if (change) {
        QCOMPARE(change->items.size(), qsizetype(changes));
        if (changes)
            QCOMPARE(change->items.front().status, ItemStatus(to));
    }
}

void TestSprintOperations::load_data()
{
    QTest::addColumn<double>("committed");
    QTest::addColumn<double>("capacity"); // <0: none
    QTest::addColumn<double>("velocity"); // <0: none
    QTest::addColumn<int>("load");
    QTest::newRow("under both") << 18.0 << 20.0 << 24.0 << int(SprintOperations::Load::Green);
    QTest::newRow("at the lower") << 20.0 << 20.0 << 24.0 << int(SprintOperations::Load::Green);
    QTest::newRow("between") << 22.0 << 20.0 << 24.0 << int(SprintOperations::Load::Amber);
    QTest::newRow("between, velocity lower") << 22.0 << 24.0 << 20.0 << int(SprintOperations::Load::Amber);
    QTest::newRow("beyond both") << 25.0 << 20.0 << 24.0 << int(SprintOperations::Load::Red);
    QTest::newRow("capacity only, beyond") << 21.0 << 20.0 << -1.0 << int(SprintOperations::Load::Red);
    QTest::newRow("velocity only, under") << 10.0 << -1.0 << 24.0 << int(SprintOperations::Load::Green);
    QTest::newRow("neither") << 100.0 << -1.0 << -1.0 << int(SprintOperations::Load::Green);
}

void TestSprintOperations::load()
{
    QFETCH(double, committed);
    QFETCH(double, capacity);
    QFETCH(double, velocity);
    QFETCH(int, load);
    const auto optional = [](double v) { return v < 0 ? std::nullopt : std::optional<double>(v); };
    QCOMPARE(int(SprintOperations::loadOf(committed, optional(capacity), optional(velocity))), load);
}

void TestSprintOperations::impactNamesUnlikelyItems()
{
    // 20 points of capacity; the sprint holds 8 (done) + 5 + 5; adding 5 leaves room for 7.
    const QList<BacklogRow> rows = rowsOf({{1, 1, ItemStatus::Done, 8}, {2, 1, ItemStatus::InProgress, 5},
                                           {3, 1, ItemStatus::ToDo, 5}, {4, 0, ItemStatus::Ready, 5}});
    const auto impact = SprintOperations::impactOf(rows, 1, 5, 20.0);
    QCOMPARE(impact.committedAfter, 23.0);
    QCOMPARE(impact.aboveCapacity, 3.0);
    QCOMPARE(impact.unlikely, (QList<ItemId>{3}));
    QVERIFY(SprintOperations::impactOf(rows, 1, 1, 20.0).unlikely.isEmpty());
}

void TestSprintOperations::fillToVelocity_data()
{
    QTest::addColumn<double>("limit");
    QTest::addColumn<QList<ItemId>>("take");
    QTest::addColumn<QList<int>>("skippedWhy"); // by item 1..6, -1: not skipped
    // Items: 1 ready 5, 2 not ready 3, 3 ready 8, 4 ready 2 blocked by 2, 5 unestimated, 6 ready 3.
    QTest::newRow("room for 10") << 10.0 << QList<ItemId>{1, 6} << QList<int>{-1, 0, 1, 2, 3, -1};
    QTest::newRow("room for 16") << 16.0 << QList<ItemId>{1, 3, 6} << QList<int>{-1, 0, -1, 2, 3, -1};
    QTest::newRow("room for 4") << 4.0 << QList<ItemId>{6} << QList<int>{1, 0, 1, 2, 3, -1};
}

void TestSprintOperations::fillToVelocity()
{
    QFETCH(double, limit);
    QFETCH(QList<ItemId>, take);
    QFETCH(QList<int>, skippedWhy);
    const QList<BacklogRow> rows = rowsOf({{1, 0, ItemStatus::Ready, 5}, {2, 0, ItemStatus::New, 3}, {3, 0, ItemStatus::Ready, 8},
                                           {4, 0, ItemStatus::Ready, 2}, {5, 0, ItemStatus::Ready, none}, {6, 0, ItemStatus::Ready, 3}});
    SprintOperations::FillRules rules;
    rules.isReady = [](const BacklogRow &row) { return row.status == ItemStatus::Ready; };
    rules.dependencies.insert(4, {2});
    const auto fill = SprintOperations::fillToVelocity(rows, {sprintOf(1, SprintState::Planned)}, 1, limit, rules);
    QCOMPARE(fill.take, take);
    QList<int> why(6, -1);
    for (const SprintOperations::Skipped &s : fill.skipped)
        why[int(s.id) - 1] = int(s.why);
    QCOMPARE(why, skippedWhy);
}

void TestSprintOperations::fillHonoursAllocation()
{
    // 10 points, 20% for technical debt: the debt item further down is taken before the stories fill it.
    QList<BacklogRow> rows = rowsOf({{1, 0, ItemStatus::Ready, 5}, {2, 0, ItemStatus::Ready, 5}, {3, 0, ItemStatus::Ready, 2}});
    rows[2].type = ItemType::TechnicalDebt;
    SprintOperations::FillRules rules;
    rules.allocation = {{ItemType::TechnicalDebt, 20}};
    const auto fill = SprintOperations::fillToVelocity(rows, {sprintOf(1, SprintState::Planned)}, 1, 10, rules);
    QCOMPARE(fill.take, (QList<ItemId>{1, 3}));
    QCOMPARE(fill.points, 7.0);
    // Without the allocation the stories fill it.
    rules.allocation.clear();
    QCOMPARE(SprintOperations::fillToVelocity(rows, {sprintOf(1, SprintState::Planned)}, 1, 10, rules).take, (QList<ItemId>{1, 2}));
}

void TestSprintOperations::applyWritesOneTransactionWithHistory()
{
    TestProduct product;
    SprintRepository sprints(product.db());
    Sprint sprint = sprintOf(0, SprintState::Planned);
    auto id = sprints.create(sprint);
    QVERIFY(id);
    const ItemId a = product.addItem(QStringLiteral("A"), ItemType::Story, 3);
    const ItemId b = product.addItem(QStringLiteral("B"), ItemType::Story, 5);
    auto rows = ItemRepository(product.db()).backlogRows();
    QVERIFY(rows);
    auto all = sprints.all();
    auto pulled = SprintOperations::pull(*rows, *all, {a, b}, *id);
    QVERIFY(pulled);
    QVERIFY(sprints.apply(*pulled));
    rows = ItemRepository(product.db()).backlogRows();
    auto started = SprintOperations::start(*rows, *sprints.all(), *id, now);
    QVERIFY(started);
    QVERIFY(sprints.apply(*started));

    const auto history = *HistoryRepository(product.db()).entries();
    QStringList fields;
    double committed = 0;
    for (const HistoryEntry &e : history) {
        if (e.field == HistoryField::Committed) {
            QCOMPARE(e.oldValue, QString::number(*id));
            committed += e.newValue.toDouble();
        }
        if (e.field != HistoryField::Created && e.field != HistoryField::EstimateChanged && e.field != HistoryField::OrderChanged)
            fields.append(storageName(e.field));
    }
    QCOMPARE(committed, 8.0);
    QCOMPARE(fields.count(QStringLiteral("sprint")), 2);
    QCOMPARE(fields.count(QStringLiteral("status")), 2);
    const Sprint stored = sprints.all()->front();
    QCOMPARE(stored.state, SprintState::Active);
    QVERIFY(stored.startedAt.isValid());
}

void TestSprintOperations::applyRollsBackOnError()
{
    TestProduct product;
    SprintRepository sprints(product.db());
    auto first = sprints.create(sprintOf(0, SprintState::Active));
    QVERIFY(first);
    const ItemId a = product.addItem(QStringLiteral("A"), ItemType::Story, 3);
    // A change whose second sprint is refused (a second active one): nothing of it is written.
    SprintChange change;
    change.items.append({a, *first, ItemStatus::ToDo, QString(), false});
    Sprint second = sprintOf(7, SprintState::Active, QDate(2026, 4, 6));
    change.sprints = {sprintOf(6, SprintState::Planned, QDate(2026, 5, 4)), second};
    const auto applied = sprints.apply(change);
    QVERIFY(!applied);
    QVERIFY(applied.errorMessage().contains(QStringLiteral("one sprint at a time")));
    QCOMPARE(sprints.all()->size(), 1);
    QCOMPARE(ItemRepository(product.db()).load(a)->sprintId, std::nullopt);
}

void TestSprintOperations::undoRestoresTheStateBefore()
{
    const QList<BacklogRow> rows = rowsOf({{10, 0, ItemStatus::Ready, 2}, {1, 1, ItemStatus::InProgress, 5}});
    const QList<Sprint> sprints{sprintOf(1, SprintState::Active)};
    const auto change = SprintOperations::cancel(rows, sprints, 1, QStringLiteral("Obsolete"), now);
    QVERIFY(change);
    const SprintChange undo = SprintOperations::before(*change, rows, sprints, {42});
    QCOMPARE(undo.sprints, sprints);
    QCOMPARE(undo.items.size(), 1);
    QCOMPARE(undo.items.front(), SprintOperations::placementOf(rows.at(1)));
    QCOMPARE(undo.removedDecisions, (QList<qint64>{42}));
    // A change that creates a sprint deletes it again on undo.
    SprintChange create;
    create.sprints.append(sprintOf(5, SprintState::Planned, QDate(2026, 6, 1)));
    QCOMPARE(SprintOperations::before(create, rows, sprints, {}).deletedSprints, (QList<SprintId>{5}));
}

void TestSprintOperations::deleteOnlyEmptyPlannedSprints()
{
    TestProduct product;
    SprintRepository sprints(product.db());
    auto planned = sprints.create(sprintOf(0, SprintState::Planned));
    auto active = sprints.create(sprintOf(0, SprintState::Active, QDate(2026, 4, 6)));
    QVERIFY(planned && active);
    const ItemId a = product.addItem(QStringLiteral("A"));
    QVERIFY(ItemRepository(product.db()).setSprint(a, *planned));
    QVERIFY(!sprints.remove(*planned)); // holds an item
    QVERIFY(!sprints.remove(*active));  // has started
    QVERIFY(ItemRepository(product.db()).setSprint(a, std::nullopt));
    QVERIFY(sprints.remove(*planned));
    QCOMPARE(sprints.all()->size(), 1);
}

QTEST_GUILESS_MAIN(TestSprintOperations)
#include "tst_sprintoperations.moc"
