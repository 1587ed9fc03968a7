#include "domain/product.h"
#include "services/demoproduct.h"
#include "storage/database.h"
#include "storage/decisionrepository.h"
#include "storage/historyrepository.h"
#include "storage/itemrepository.h"
#include "storage/productrepository.h"
#include "storage/reviewrepository.h"
#include "storage/sprintrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Ordo;

// The demo product a newcomer sees first, and the history charts will need.
class TestDemoProduct : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void itemCounts_data();
    void itemCounts();
    void storiesAreWellWritten();
    void sprintsAndHistory();
    void activeSprintContainsToday();
    void plannedNextSprint();
    void finishedReviews();
    void decisionsAndDependencies();
    void refusesExistingFile();

private:
    QTemporaryDir m_dir;
    QString m_path;
    const QDate m_today{2026, 11, 22};
    std::unique_ptr<Database> m_db;
    QList<BacklogRow> m_rows;
};

void TestDemoProduct::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("demo.ordo"));
    const Status written = DemoProduct::write(m_path, m_today);
    QVERIFY2(written, qPrintable(written.errorMessage()));
    Database::OpenError error;
    m_db = Database::open(m_path, &error); // reopening works
    QVERIFY2(m_db, qPrintable(error.message));
    m_rows = *ItemRepository(*m_db).backlogRows();
    const Product product = *ProductRepository(*m_db).load();
    QVERIFY(!product.productGoal.isEmpty());
    QVERIFY(product.definitionOfDone.size() >= 5);
    QVERIFY(product.definitionOfReady.size() >= 4);
}

void TestDemoProduct::itemCounts_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("maximum");
    QTest::newRow("epics") << int(ItemType::Epic) << 3 << 4;
    QTest::newRow("stories") << int(ItemType::Story) << 35 << 45;
    QTest::newRow("bugs") << int(ItemType::Bug) << 3 << 8;
    QTest::newRow("technical debt") << int(ItemType::TechnicalDebt) << 2 << 5;
    QTest::newRow("enablers") << int(ItemType::Enabler) << 1 << 3;
    QTest::newRow("spikes") << int(ItemType::Spike) << 1 << 2;
}

void TestDemoProduct::itemCounts()
{
    QFETCH(int, type);
    QFETCH(int, minimum);
    QFETCH(int, maximum);
    const auto n = std::count_if(m_rows.cbegin(), m_rows.cend(), [type](const BacklogRow &row) {
        return int(row.type) == type;
    });
    QVERIFY2(n >= minimum && n <= maximum, qPrintable(QString::number(n)));
}

void TestDemoProduct::storiesAreWellWritten()
{
    ItemRepository repository(*m_db);
    for (const BacklogRow &row : std::as_const(m_rows)) {
        if (row.type != ItemType::Story)
            continue;
        const auto item = repository.load(row.id);
        QVERIFY(item);
        QVERIFY2(!item->role.isEmpty() && !item->want.isEmpty() && !item->benefit.isEmpty(), qPrintable(item->title));
        QVERIFY2(!item->description.isEmpty(), qPrintable(item->title));
        QVERIFY2(!item->criteria.isEmpty(), qPrintable(item->title));
        for (const AcceptanceCriterion &criterion : item->criteria) {
            QVERIFY2(criterion.text.startsWith(QStringLiteral("Scenario:")), qPrintable(criterion.text));
            QVERIFY2(criterion.text.contains(QStringLiteral("Given ")) && criterion.text.contains(QStringLiteral("Then ")),
                     qPrintable(criterion.text));
        }
        QVERIFY2(item->parentId || item->title.contains(QStringLiteral("Apple")) || item->title.contains(QStringLiteral("Dark"))
                     || item->title.contains(QStringLiteral("Invite")),
                 qPrintable(item->title));
    }
}

void TestDemoProduct::sprintsAndHistory()
{
    const auto sprints = *SprintRepository(*m_db).all();
    QCOMPARE(std::count_if(sprints.cbegin(), sprints.cend(), [](const Sprint &s) { return s.state == SprintState::Closed; }), 4);
    const auto history = *HistoryRepository(*m_db).entries(HistoryField::StatusChanged);
    const QDateTime endOfToday(m_today.addDays(1), QTime(0, 0), Qt::UTC);
    for (const HistoryEntry &entry : history)
        QVERIFY2(entry.at < endOfToday, qPrintable(entry.at.toString(Qt::ISODate)));
    ItemRepository repository(*m_db);
    for (const Sprint &sprint : sprints) {
        if (sprint.state != SprintState::Closed)
            continue;
        // Status changes fall inside the sprint, and accepted work adds up to a velocity.
        int changes = 0;
        for (const HistoryEntry &entry : history) {
            if (entry.at.date() >= sprint.start && entry.at.date() <= sprint.end)
                ++changes;
        }
        QVERIFY2(changes >= 6, qPrintable(sprint.name));
        double accepted = 0;
        for (const BacklogRow &row : std::as_const(m_rows)) {
            if (row.sprintId == sprint.id && row.status == ItemStatus::Accepted)
                accepted += row.estimate;
        }
        QVERIFY2(accepted >= 15 && accepted <= 35, qPrintable(sprint.name + QString::number(accepted)));
    }
}

void TestDemoProduct::activeSprintContainsToday()
{
    const auto sprints = *SprintRepository(*m_db).all();
    const auto active = std::find_if(sprints.cbegin(), sprints.cend(), [](const Sprint &s) { return s.state == SprintState::Active; });
    QVERIFY(active != sprints.cend());
    QVERIFY(active->start <= m_today && m_today <= active->end);
    QVERIFY(!active->goal.isEmpty());
    QSet<ItemStatus> statuses;
    for (const BacklogRow &row : std::as_const(m_rows)) {
        if (row.sprintId == active->id)
            statuses.insert(row.status);
    }
    // Cards in every column of the board (the demo shows the In Review column).
    QCOMPARE(statuses, (QSet<ItemStatus>{ItemStatus::ToDo, ItemStatus::InProgress, ItemStatus::InReview, ItemStatus::Done}));
    QVERIFY(ProductRepository(*m_db).load()->reviewColumn);
    // The active sprint's items lead the backlog.
    QCOMPARE(m_rows.first().sprintId, active->id);
    QVERIFY(active->startedAt.isValid());

    // Its commitment was recorded at the start, and one item came in later: a scope change
    // with its reason in the decision log.
    const auto history = *HistoryRepository(*m_db).entries();
    double committed = 0;
    int addedLater = 0;
    for (const HistoryEntry &entry : history) {
        if (entry.field == HistoryField::Committed && entry.oldValue == QString::number(active->id))
            committed += entry.newValue.toDouble();
        if (entry.field == HistoryField::SprintChanged && entry.newValue == QString::number(active->id)
            && entry.at > active->startedAt) {
            ++addedLater;
        }
    }
    QVERIFY(committed > 0);
    QCOMPARE(addedLater, 1);
    const auto decisions = *DecisionRepository(*m_db).all();
    QVERIFY(std::any_of(decisions.cbegin(), decisions.cend(), [&](const Decision &d) {
        return d.decision.startsWith(QStringLiteral("Added to %1 after its start").arg(active->name)) && !d.reasoning.isEmpty();
    }));

    // One of its items is blocked by unfinished work.
    const auto dependencies = *ItemRepository(*m_db).dependencies();
    int blocked = 0;
    for (const Dependency &d : dependencies) {
        const auto item = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const BacklogRow &r) { return r.id == d.itemId; });
        const auto blocker = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const BacklogRow &r) { return r.id == d.dependsOnId; });
        if (item != m_rows.cend() && blocker != m_rows.cend() && item->sprintId == active->id
            && !isFinishedStatus(blocker->status)) {
            ++blocked;
        }
    }
    QCOMPARE(blocked, 1);
}

void TestDemoProduct::finishedReviews()
{
    // Every closed sprint was reviewed: its accepted items have every criterion and Definition of
    // Done item met, its goal a verdict with a sentence. The last one rejected a story (back at the
    // top of the backlog, with its reason in the decision log) and wrote down a stakeholder's
    // feedback. The running sprint has finished items waiting for their review.
    const QList<Sprint> sprints = *SprintRepository(*m_db).all();
    ReviewRepository reviews(*m_db);
    const Sprint *lastClosed = nullptr;
    for (const Sprint &sprint : sprints) {
        if (sprint.state != SprintState::Closed)
            continue;
        lastClosed = &sprint;
        QVERIFY(sprint.goalVerdict.has_value());
        QVERIFY(!sprint.goalVerdictNote.isEmpty());
        int accepted = 0;
        for (const BacklogRow &row : m_rows) {
            if (row.sprintId != sprint.id || row.status != ItemStatus::Accepted)
                continue;
            ++accepted;
            const ReviewRecord record = *reviews.record(sprint.id, row.id);
            QCOMPARE(record.criteria.size(), int(row.criteriaCount));
            QVERIFY(std::all_of(record.criteria.cbegin(), record.criteria.cend(), [](const auto &c) { return c.met; }));
            QCOMPARE(record.definitionOfDone.size(), sprint.definitionOfDone->size());
            QVERIFY(std::all_of(record.definitionOfDone.cbegin(), record.definitionOfDone.cend(), [](const auto &d) { return d == true; }));
            QVERIFY(record.rejectionReason.isEmpty());
        }
        QVERIFY(accepted > 0);
    }
    QVERIFY(lastClosed);
    QCOMPARE(lastClosed->goalVerdict, std::optional<GoalVerdict>(GoalVerdict::PartlyMet));
    const QList<ReviewRecord> notes = *reviews.notesOf(lastClosed->id);
    QCOMPARE(notes.size(), 1);
    const ReviewRecord rejection = notes.constFirst();
    QVERIFY(rejection.rejectionReason.size() > 40);
    QCOMPARE(rejection.failed, QStringList{QStringLiteral("Weekly report")});
    QCOMPARE(reviews.openRejection(rejection.item)->rejectionReason, rejection.rejectionReason);
    // Carried back by the close to the top of the backlog below the running sprint's items.
    const auto rejected = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const BacklogRow &r) { return r.id == rejection.item; });
    QVERIFY(rejected != m_rows.cend());
    QCOMPARE(rejected->status, ItemStatus::Rejected);
    QCOMPARE(rejected->sprintId, SprintId(0));
    const auto firstBacklog = std::find_if(m_rows.cbegin(), m_rows.cend(), [](const BacklogRow &r) { return r.sprintId == 0 && r.type != ItemType::Epic; });
    QCOMPARE(firstBacklog->id, rejection.item);
    const QList<Decision> decisions = *DecisionRepository(*m_db).all();
    QVERIFY(std::any_of(decisions.cbegin(), decisions.cend(), [&](const Decision &d) {
        return d.itemId == rejection.item && d.reasoning == rejection.rejectionReason;
    }));
    // The story counts for nothing in its sprint's velocity; the accepted ones do.
    double acceptedPoints = 0;
    for (const BacklogRow &row : m_rows) {
        if (row.sprintId == lastClosed->id && row.status == ItemStatus::Accepted)
            acceptedPoints += row.estimateValue().value_or(0);
    }
    QCOMPARE(lastClosed->completedPoints, std::optional<double>(acceptedPoints));

    const auto feedback = *reviews.feedbackOf(lastClosed->id);
    QCOMPARE(feedback.size(), 1);
    const BacklogItem item = *ItemRepository(*m_db).load(feedback.constFirst().item);
    QCOMPARE(item.feedbackSprintId, std::optional<SprintId>(lastClosed->id));
    QVERIFY(!item.requester.isEmpty());
    QCOMPARE(item.sprintId, std::nullopt);

    const auto active = std::find_if(sprints.cbegin(), sprints.cend(), [](const Sprint &s) { return s.state == SprintState::Active; });
    QVERIFY(active != sprints.cend());
    QVERIFY(std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const BacklogRow &r) { return r.sprintId == active->id && r.status == ItemStatus::Done; }));
}

void TestDemoProduct::plannedNextSprint()
{
    const auto sprints = *SprintRepository(*m_db).all();
    QCOMPARE(sprints.constLast().state, SprintState::Planned);
    const Sprint &next = sprints.constLast();
    QVERIFY(!next.goal.isEmpty());
    QVERIFY(next.capacity);
    double pulled = 0;
    for (const BacklogRow &row : std::as_const(m_rows)) {
        if (row.sprintId == next.id)
            pulled += row.estimate;
    }
    // Half its capacity, give or take a story.
    QVERIFY2(pulled >= *next.capacity / 2 - 3 && pulled <= *next.capacity / 2, qPrintable(QString::number(pulled)));
    // Closed sprints know when they closed.
    for (const Sprint &sprint : sprints) {
        if (sprint.state == SprintState::Closed)
            QVERIFY(sprint.closedAt.isValid() && sprint.closedAt.date() == sprint.end);
    }
}

void TestDemoProduct::decisionsAndDependencies()
{
    QVERIFY(DecisionRepository(*m_db).all()->size() >= 3);
    QVERIFY(ItemRepository(*m_db).dependencies()->size() >= 5);
}

void TestDemoProduct::refusesExistingFile()
{
    QVERIFY(!DemoProduct::write(m_path, m_today));
    QVERIFY(Database::open(m_path)); // and the existing file is intact
}

QTEST_GUILESS_MAIN(TestDemoProduct)
#include "tst_demoproduct.moc"
