// Live updates between the clients of one server product: what one client writes, the other
// shows in place (selection and scroll kept), coalesced, and says who did what. A product file
// has no other clients and hears nothing.

#include "backlog/backlogmodel.h"
#include "backlogeditor.h"
#include "commands/backlogcommands.h"
#include "domain/product.h"
#include "liveupdates.h"
#include "productdocument.h"
#include "storage/database.h"
#include "storage/itemrepository.h"
#include "storage/sql.h"
#include "testproduct.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <functional>
#include <memory>

using namespace Ordo;

namespace {

// A superuser role that can log in (roles belong to the whole server; made once).
void ensureRole(const Database &db, const QString &name)
{
    const auto made = Sql::exec(db.connection(),
                                QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') "
                                               "THEN CREATE ROLE %1 LOGIN SUPERUSER; END IF; END $$")
                                    .arg(name));
    QVERIFY2(made, qPrintable(made.errorMessage()));
}

} // namespace

class TestLiveUpdates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void notificationPayloads();
    void editedTitleShowsAndKeepsSelectionAndScroll();
    void moveToTopFollows();
    void concurrentMovesBothLand();
    void createdAndArchivedItemsAppearAndGo();
    void burstCoalesces();
    void manyItemsReloadInPlace();
    void descriptions_data();
    void descriptions();
    void ownWritesCauseNoRefresh();
    void largeBacklogReadOnItsOwnConnection();
    void productFileHearsNothing();

private:
    ItemId idOf(int index) const { return m_ids.at(index); }
    QStringList titles(const ProductDocument &doc) const;
    QList<ItemId> order(const ProductDocument &doc) const;

    std::unique_ptr<ServerDatabase> m_server;
    std::unique_ptr<ProductDocument> m_a; // alice's client
    std::unique_ptr<ProductDocument> m_b; // bob's client
    std::unique_ptr<QAbstractItemModelTester> m_testerA;
    std::unique_ptr<QAbstractItemModelTester> m_testerB;
    QList<ItemId> m_ids;
};

constexpr int itemCount = 60;

void TestLiveUpdates::initTestCase()
{
    if (const QString why = TestEngines::use(QStringLiteral("postgres")); !why.isEmpty())
        QSKIP(qPrintable(why));
}

void TestLiveUpdates::init()
{
    m_server = std::make_unique<ServerDatabase>();
    Product product;
    product.name = QStringLiteral("Harvest");
    product.keyPrefix = QStringLiteral("HRV");
    QString error;
    {
        auto published = Database::createOnServer(m_server->address(), product, &error);
        QVERIFY2(published, qPrintable(error));
        ensureRole(*published, QStringLiteral("alice"));
        ensureRole(*published, QStringLiteral("bob"));
        QList<BacklogItem> items;
        for (int i = 1; i <= itemCount; ++i) {
            BacklogItem item;
            item.title = QStringLiteral("Item %1").arg(i);
            items.append(item);
        }
        auto ids = ItemRepository(*published).createMany(items);
        QVERIFY2(ids, qPrintable(ids.errorMessage()));
        m_ids = *ids;
    }
    ServerAddress alice = m_server->address();
    alice.user = QStringLiteral("alice");
    ServerAddress bob = m_server->address();
    bob.user = QStringLiteral("bob");
    m_a = ProductDocument::openServer(alice, &error);
    QVERIFY2(m_a, qPrintable(error));
    m_b = ProductDocument::openServer(bob, &error);
    QVERIFY2(m_b, qPrintable(error));
    QVERIFY(!m_a->isLoading());
    m_testerA = std::make_unique<QAbstractItemModelTester>(m_a->backlogModel(),
                                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_testerB = std::make_unique<QAbstractItemModelTester>(m_b->backlogModel(),
                                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestLiveUpdates::cleanup()
{
    m_testerA.reset();
    m_testerB.reset();
    m_a.reset();
    m_b.reset();
    m_server.reset();
}

QStringList TestLiveUpdates::titles(const ProductDocument &doc) const
{
    QStringList result;
    for (const BacklogRow &row : doc.backlogModel()->rows())
        result.append(row.title);
    return result;
}

QList<ItemId> TestLiveUpdates::order(const ProductDocument &doc) const
{
    QList<ItemId> result;
    for (const BacklogRow &row : doc.backlogModel()->rows())
        result.append(row.id);
    return result;
}

// What format 12's triggers send: one notification per statement, naming the table, the
// operation, the ids it touched (none past 200: "read everything"), the writer and its backend.
void TestLiveUpdates::notificationPayloads()
{
    QString error;
    auto listener = Database::openServerReader(m_server->address(), &error);
    QVERIFY2(listener, qPrintable(error));
    QSqlDriver *driver = listener->connection().driver();
    QSignalSpy received(driver, &QSqlDriver::notification);
    QVERIFY(driver->subscribeToNotification(LiveUpdates::channel()));
    const auto payload = [&](int at) {
        return QJsonDocument::fromJson(received.at(at).at(2).toString().toUtf8()).object();
    };

    QVERIFY(ItemRepository(m_a->database()).setTitle(idOf(7), QStringLiteral("Renamed")));
    QTRY_COMPARE(received.count(), 1);
    QJsonObject change = payload(0);
    QCOMPARE(received.at(0).at(0).toString(), LiveUpdates::channel());
    QCOMPARE(change.value(QLatin1String("table")).toString(), QStringLiteral("item"));
    QCOMPARE(change.value(QLatin1String("op")).toString(), QStringLiteral("update"));
    QCOMPARE(change.value(QLatin1String("ids")).toArray(), QJsonArray{idOf(7)});
    QCOMPARE(change.value(QLatin1String("user")).toString(), QStringLiteral("alice"));
    auto alicePid = Sql::scalar(m_a->database().connection(), QStringLiteral("SELECT pg_backend_pid()"));
    QVERIFY(alicePid);
    QCOMPARE(change.value(QLatin1String("pid")).toInteger(), alicePid->toLongLong());

    // 301 rows in one statement: too many to name.
    received.clear();
    QVERIFY(Sql::exec(m_a->database().connection(),
                      QStringLiteral("INSERT INTO checklist_item (checklist, position, text) "
                                     "SELECT 'done', g, 'Reviewed' FROM generate_series(1000, 1300) g")));
    QTRY_COMPARE(received.count(), 1);
    change = payload(0);
    QCOMPARE(change.value(QLatin1String("table")).toString(), QStringLiteral("checklist_item"));
    QCOMPARE(change.value(QLatin1String("op")).toString(), QStringLiteral("insert"));
    QVERIFY(change.value(QLatin1String("ids")).isNull());

    // Deleting them: the old rows are the ones touched.
    received.clear();
    QVERIFY(Sql::exec(m_a->database().connection(), QStringLiteral("DELETE FROM checklist_item WHERE position >= 1299")));
    QTRY_COMPARE(received.count(), 1);
    change = payload(0);
    QCOMPARE(change.value(QLatin1String("op")).toString(), QStringLiteral("delete"));
    QCOMPARE(change.value(QLatin1String("ids")).toArray().size(), 2);
}

void TestLiveUpdates::editedTitleShowsAndKeepsSelectionAndScroll()
{
    BacklogModel *model = m_b->backlogModel();
    QTableView table;
    table.setModel(model);
    QTreeView tree;
    tree.setModel(model);
    table.resize(400, 200);
    tree.resize(400, 200);
    table.show();
    tree.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    const int selectedRow = 40;
    table.selectRow(selectedRow);
    tree.setCurrentIndex(model->index(selectedRow, 0));
    tree.selectionModel()->select(model->index(selectedRow, 0),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table.scrollTo(model->index(selectedRow, 0), QAbstractItemView::PositionAtTop);
    tree.scrollTo(model->index(selectedRow, 0), QAbstractItemView::PositionAtTop);
    const int tableScroll = table.verticalScrollBar()->value();
    const int treeScroll = tree.verticalScrollBar()->value();
    QVERIFY(tableScroll > 0);

    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QVERIFY(Commands::setTitle(m_a->commands(), idOf(41), QStringLiteral("Irrigation schedule")));
    QTRY_COMPARE(model->rowAt(41).title, QStringLiteral("Irrigation schedule"));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(table.selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table.selectionModel()->selectedRows().constFirst().row(), selectedRow);
    QCOMPARE(tree.selectionModel()->selectedRows().constFirst().row(), selectedRow);
    QCOMPARE(tree.currentIndex().row(), selectedRow);
    QCOMPARE(table.verticalScrollBar()->value(), tableScroll);
    QCOMPARE(tree.verticalScrollBar()->value(), treeScroll);
    // The remote change is not bob's to undo.
    QCOMPARE(m_b->undoStack()->count(), 0);
}

void TestLiveUpdates::moveToTopFollows()
{
    QSignalSpy moved(m_b->backlogModel(), &QAbstractItemModel::rowsMoved);
    QVERIFY(Commands::moveItems(m_a->commands(), {idOf(30)}, 0));
    QTRY_COMPARE(m_b->backlogModel()->rowAt(0).id, idOf(30));
    QCOMPARE(order(*m_b), order(*m_a));
    QCOMPARE(moved.count(), 1);
}

void TestLiveUpdates::concurrentMovesBothLand()
{
    // Alice moves one item to the top while bob moves another to the bottom.
    QVERIFY(Commands::moveItems(m_a->commands(), {idOf(10)}, 0));
    QVERIFY(Commands::moveItems(m_b->commands(), {idOf(20)}, m_ids.constLast()));
    QTRY_COMPARE(m_b->backlogModel()->rowAt(0).id, idOf(10));
    QTRY_COMPARE(m_a->backlogModel()->rows().constLast().id, idOf(20));
    QCOMPARE(order(*m_a), order(*m_b));
    auto stored = ItemRepository(m_a->database()).backlogRows();
    QVERIFY(stored);
    QList<ItemId> storedOrder;
    for (const BacklogRow &row : *stored)
        storedOrder.append(row.id);
    QCOMPARE(order(*m_a), storedOrder);
}

void TestLiveUpdates::createdAndArchivedItemsAppearAndGo()
{
    BacklogItem item;
    item.title = QStringLiteral("Frost warning");
    auto created = Commands::createItem(m_a->commands(), item, ItemId(0));
    QVERIFY(created);
    QTRY_COMPARE(m_b->backlogModel()->rowCount(), itemCount + 1);
    QCOMPARE(m_b->backlogModel()->rowAt(0).id, *created);
    QCOMPARE(titles(*m_b), titles(*m_a));

    QVERIFY(Commands::archiveItems(m_a->commands(), {idOf(3), idOf(4), *created}));
    QTRY_COMPARE(m_b->backlogModel()->rowCount(), itemCount - 2);
    QCOMPARE(m_b->backlogModel()->rowOf(idOf(3)), -1);
    QCOMPARE(titles(*m_b), titles(*m_a));
    // Alice undoes the archiving: they come back on bob's screen too.
    m_a->undoStack()->undo();
    QTRY_COMPARE(m_b->backlogModel()->rowCount(), itemCount + 1);
    QCOMPARE(titles(*m_b), titles(*m_a));
}

void TestLiveUpdates::burstCoalesces()
{
    QSignalSpy refreshes(m_b.get(), &ProductDocument::remoteChange);
    for (int i = 0; i < 500; ++i)
        QVERIFY(m_a->editor()->setTitle(idOf(i % itemCount), QStringLiteral("Burst %1").arg(i)));
    QTRY_COMPARE(titles(*m_b), titles(*m_a));
    QVERIFY2(refreshes.count() < 50, qPrintable(QString::number(refreshes.count())));
    QVERIFY(refreshes.count() >= 1);
}

void TestLiveUpdates::manyItemsReloadInPlace()
{
    // More than 200 items in one statement: the notification names none, and bob reads all.
    {
        QList<BacklogItem> items;
        for (int i = 0; i < 250; ++i) {
            BacklogItem item;
            item.title = QStringLiteral("Imported %1").arg(i);
            items.append(item);
        }
        QVERIFY(ItemRepository(m_a->database()).createMany(items));
    }
    QSignalSpy refreshes(m_b.get(), &ProductDocument::remoteChange);
    QTableView table;
    table.setModel(m_b->backlogModel());
    table.selectRow(5);
    QTRY_COMPARE(m_b->backlogModel()->rowCount(), itemCount + 250);
    QCOMPARE(table.selectionModel()->selectedRows().constFirst().row(), 5);
    QCOMPARE(refreshes.count(), 1);
    QCOMPARE(refreshes.constFirst().constFirst().toString(), QStringLiteral("alice added 250 item(s)"));
}

using Action = std::function<void(TestLiveUpdates *, ProductDocument &, const QList<ItemId> &)>;
Q_DECLARE_METATYPE(Action)

void TestLiveUpdates::descriptions_data()
{
    // (Tests run without the English plural forms: "3 item(s)".)
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("description");

    QTest::newRow("move to the top") << Action([](TestLiveUpdates *, ProductDocument &a, const QList<ItemId> &ids) {
        QVERIFY(Commands::moveItems(a.commands(), {ids[11]}, 0));
    }) << QStringLiteral("alice moved HRV-12 to the top");
    QTest::newRow("move to the bottom") << Action([](TestLiveUpdates *, ProductDocument &a, const QList<ItemId> &ids) {
        QVERIFY(Commands::moveItems(a.commands(), {ids[1]}, ids.constLast()));
    }) << QStringLiteral("alice moved HRV-2 to the bottom");
    QTest::newRow("move") << Action([](TestLiveUpdates *, ProductDocument &a, const QList<ItemId> &ids) {
        QVERIFY(Commands::moveItems(a.commands(), {ids[1]}, ids[5]));
    }) << QStringLiteral("alice moved HRV-2");
    QTest::newRow("status") << Action([](TestLiveUpdates *, ProductDocument &a, const QList<ItemId> &ids) {
        QVERIFY(Commands::setStatus(a.commands(), {ids[2]}, ItemStatus::Done));
    }) << QStringLiteral("alice set HRV-3 to Done");
    QTest::newRow("title") << Action([](TestLiveUpdates *, ProductDocument &a, const QList<ItemId> &ids) {
        QVERIFY(Commands::setTitle(a.commands(), ids[6], QStringLiteral("Soil sensors")));
    }) << QStringLiteral("alice edited the title of HRV-7");
    QTest::newRow("estimate") << Action([](TestLiveUpdates *, ProductDocument &a, const QList<ItemId> &ids) {
        QVERIFY(Commands::setEstimate(a.commands(), {ids[8]}, 5.0));
    }) << QStringLiteral("alice estimated HRV-9 at 5 point(s)");
    QTest::newRow("estimate of one") << Action([](TestLiveUpdates *, ProductDocument &a, const QList<ItemId> &ids) {
        QVERIFY(Commands::setEstimate(a.commands(), {ids[8]}, 1.0));
    }) << QStringLiteral("alice estimated HRV-9 at 1 point(s)");
    QTest::newRow("add one") << Action([](TestLiveUpdates *, ProductDocument &a, const QList<ItemId> &) {
        BacklogItem item;
        item.title = QStringLiteral("New");
        QVERIFY(Commands::createItem(a.commands(), item, std::nullopt));
    }) << QStringLiteral("alice added HRV-%1").arg(itemCount + 1);
    QTest::newRow("add three") << Action([](TestLiveUpdates *, ProductDocument &a, const QList<ItemId> &) {
        QList<BacklogItem> items(3);
        for (BacklogItem &item : items)
            item.title = QStringLiteral("Added");
        QVERIFY(ItemRepository(a.database()).createMany(items));
    }) << QStringLiteral("alice added 3 item(s)");
    QTest::newRow("archive one") << Action([](TestLiveUpdates *, ProductDocument &a, const QList<ItemId> &ids) {
        QVERIFY(Commands::archiveItems(a.commands(), {ids[4]}));
    }) << QStringLiteral("alice archived HRV-5");
    QTest::newRow("archive two") << Action([](TestLiveUpdates *, ProductDocument &a, const QList<ItemId> &ids) {
        QVERIFY(Commands::archiveItems(a.commands(), {ids[4], ids[5]}));
    }) << QStringLiteral("alice archived 2 item(s)");
    QTest::newRow("many changes") << Action([](TestLiveUpdates *, ProductDocument &a, const QList<ItemId> &ids) {
        QVERIFY(Commands::setStatus(a.commands(), ids.mid(0, 12), ItemStatus::Ready));
    }) << QStringLiteral("alice changed 12 item(s)");
    QTest::newRow("product settings") << Action([](TestLiveUpdates *, ProductDocument &a, const QList<ItemId> &) {
        Product product = a.product();
        product.productGoal = QStringLiteral("Every field watered on time");
        QVERIFY(Commands::setProduct(a.commands(), product));
    }) << QStringLiteral("alice changed the product settings");
}

void TestLiveUpdates::descriptions()
{
    QFETCH(Action, action);
    QFETCH(QString, description);
    QSignalSpy refreshes(m_b.get(), &ProductDocument::remoteChange);
    action(this, *m_a, m_ids);
    QTRY_COMPARE(refreshes.count(), 1);
    QCOMPARE(refreshes.constFirst().constFirst().toString(), description);
    // Bob's backlog is what the server holds (some writes go around alice's model).
    auto stored = ItemRepository(m_b->database()).backlogRows();
    QVERIFY(stored);
    QStringList storedTitles;
    for (const BacklogRow &row : *stored)
        storedTitles.append(row.title);
    QCOMPARE(titles(*m_b), storedTitles);
    QCOMPARE(m_b->product().productGoal, m_a->product().productGoal);
}

void TestLiveUpdates::ownWritesCauseNoRefresh()
{
    QSignalSpy ownRefreshes(m_a.get(), &ProductDocument::remoteChange);
    QSignalSpy reset(m_a->backlogModel(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_a->backlogModel(), &QAbstractItemModel::dataChanged);
    QVERIFY(Commands::setTitle(m_a->commands(), idOf(2), QStringLiteral("Mine")));
    const int ownChanges = int(changed.count());
    // Then bob writes: alice's server delivers her own notification before his, so once his has
    // arrived hers has been passed over.
    QVERIFY(Commands::setTitle(m_b->commands(), idOf(3), QStringLiteral("Bob's")));
    QTRY_COMPARE(ownRefreshes.count(), 1);
    QCOMPARE(ownRefreshes.constFirst().constFirst().toString(), QStringLiteral("bob edited the title of HRV-4"));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(int(changed.count()), ownChanges + 1);
}

// A backlog past the threshold is read in the background on a connection of its own; what others
// write meanwhile shows once it is read.
void TestLiveUpdates::largeBacklogReadOnItsOwnConnection()
{
    const int threshold = ProductDocument::backgroundReadThreshold();
    ProductDocument::setBackgroundReadThreshold(10);
    ProductDocument::holdBackgroundReads(true);
    ServerAddress carol = m_server->address();
    QString error;
    auto c = ProductDocument::openServer(carol, &error);
    ProductDocument::setBackgroundReadThreshold(threshold);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(c->isLoading());
    QCOMPARE(c->loadTotal(), qsizetype(itemCount));
    QSignalSpy loaded(c.get(), &ProductDocument::loaded);
    QVERIFY(Commands::moveItems(m_a->commands(), {idOf(50)}, 0));
    QCoreApplication::processEvents();
    ProductDocument::holdBackgroundReads(false);
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(!c->isLoading());
    QTRY_COMPARE(c->backlogModel()->rowAt(0).id, idOf(50));
    QCOMPARE(order(*c), order(*m_a));
    // And it follows what comes after.
    QVERIFY(Commands::setTitle(m_a->commands(), idOf(5), QStringLiteral("After loading")));
    QTRY_COMPARE(c->backlogModel()->rowAt(c->backlogModel()->rowOf(idOf(5))).title, QStringLiteral("After loading"));
}

void TestLiveUpdates::productFileHearsNothing()
{
    QTemporaryDir dir;
    Product product;
    product.name = QStringLiteral("File");
    QString error;
    auto document = ProductDocument::create(dir.filePath(QStringLiteral("file.ordo")), product, &error);
    QVERIFY2(document, qPrintable(error));
    QSignalSpy refreshes(document.get(), &ProductDocument::remoteChange);
    BacklogItem item;
    item.title = QStringLiteral("Local");
    QVERIFY(Commands::createItem(document->commands(), item, std::nullopt));
    QCoreApplication::processEvents();
    QCOMPARE(refreshes.count(), 0);
    // Format 12 adds nothing to a file: no trigger there.
    auto triggers = Sql::scalar(document->database().connection(),
                                QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%notify%'"));
    QVERIFY(triggers);
    QCOMPARE(triggers->toInt(), 0);
}

QTEST_MAIN(TestLiveUpdates)
#include "tst_liveupdates.moc"
