#include "backlog/backlogfiltermodel.h"
#include "backlog/backlogmodel.h"
#include "backlog/backlogview.h"
#include "backlogeditor.h"
#include "decisionprompt.h"
#include "mainwindow.h"
#include "productdocument.h"
#include "storage/database.h"
#include "storage/itemrepository.h"
#include "story/storyeditor.h"

#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Ordo;

// Opening a large product: its first screen shows before the rest of the backlog is read
// on a thread of its own, the window takes no edit meanwhile, and then every view gets the
// whole product. The threshold is lowered so that a few thousand items make a large product.
class TestLargeProduct : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstScreenThenEverything();
    void smallProductOpensAtOnce();
    void noEditWhileReading();
    void closingWhileReading();
    void smallProductOpenedWhileReading();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_smallPath;
    static constexpr int items = 3000;
};

void TestLargeProduct::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OrdoTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_largeproduct"));
    DecisionPrompt::setAsks(false);
    m_path = m_dir.filePath(QStringLiteral("large.ordo"));
    Product product;
    product.name = QStringLiteral("Large product");
    product.keyPrefix = QStringLiteral("LRG");
    QString error;
    auto database = Database::create(m_path, product, &error);
    QVERIFY2(database, qPrintable(error));
    QList<BacklogItem> backlog;
    for (int i = 1; i <= items; ++i) {
        BacklogItem item;
        item.title = QStringLiteral("Item %1").arg(i);
        backlog.append(item);
    }
    QVERIFY(ItemRepository(*database).createMany(backlog));
    m_smallPath = m_dir.filePath(QStringLiteral("small.ordo"));
    product.name = QStringLiteral("Small product");
    auto small = Database::create(m_smallPath, product, &error);
    QVERIFY2(small, qPrintable(error));
    QVERIFY(ItemRepository(*small).createMany(backlog.mid(0, 5)));
}

void TestLargeProduct::init() { ProductDocument::setBackgroundReadThreshold(1000); }

void TestLargeProduct::cleanup()
{
    ProductDocument::holdBackgroundReads(false);
    ProductDocument::setBackgroundReadThreshold(20000);
}

void TestLargeProduct::firstScreenThenEverything()
{
    MainWindow window;
    QVERIFY(window.openFile(m_path));
    window.show();
    // The first screen, in order, before the rest.
    QVERIFY(!window.document());
    const BacklogModel *shown = window.backlogView()->filterModel()->backlogModel();
    QVERIFY(shown);
    QCOMPARE(shown->rowCount(), ProductDocument::firstScreenRows);
    QCOMPARE(shown->rowAt(0).title, QStringLiteral("Item 1"));
    QCOMPARE(shown->rowAt(ProductDocument::firstScreenRows - 1).title,
             QStringLiteral("Item %1").arg(ProductDocument::firstScreenRows));
    // Then the whole backlog, and every view with it.
    QTRY_VERIFY(window.document());
    QCOMPARE(window.document()->backlogModel()->rowCount(), items);
    QVERIFY(window.document()->editor());
    QCOMPARE(window.document()->backlogModel()->rowAt(items - 1).title, QStringLiteral("Item %1").arg(items));
    QVERIFY(!window.findChild<QProgressBar *>(QStringLiteral("loadProgress"))->isVisible());
    // It works as any product does: the first item's story opens.
    window.backlogView()->selectRow(0);
    QTRY_VERIFY(window.findChild<StoryEditor *>()->item() != 0);
}

void TestLargeProduct::smallProductOpensAtOnce()
{
    ProductDocument::setBackgroundReadThreshold(items + 1);
    MainWindow window;
    QVERIFY(window.openFile(m_path));
    QVERIFY(window.document());
    QCOMPARE(window.document()->backlogModel()->rowCount(), items);
}

void TestLargeProduct::noEditWhileReading()
{
    MainWindow window;
    ProductDocument::holdBackgroundReads(true);
    QVERIFY(window.openFile(m_path));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(!window.document());
    // Reading takes more than a moment: the window says how far it is.
    QTRY_VERIFY(window.findChild<QProgressBar *>(QStringLiteral("loadProgress"))->isVisible());
    // Delete archives the current item in a loaded product; here the window takes no key.
    window.backlogView()->setFocus();
    QTest::keyClick(window.backlogView(), Qt::Key_Delete);
    QTest::keyClick(window.backlogView(), Qt::Key_Down, Qt::AltModifier);
    QTest::mouseDClick(window.backlogView()->viewport(), Qt::LeftButton, {}, QPoint(200, 10));
    ProductDocument::holdBackgroundReads(false);
    QTRY_VERIFY(window.document());
    QCOMPARE(window.document()->backlogModel()->rowCount(), items);
    QCOMPARE(window.document()->backlogModel()->rowAt(0).title, QStringLiteral("Item 1"));
    QCOMPARE(window.document()->backlogModel()->rowAt(1).title, QStringLiteral("Item 2"));
    // And afterwards it does.
    window.backlogView()->setFocus();
    window.backlogView()->selectRow(0);
    QTest::keyClick(window.backlogView(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(window.document()->backlogModel()->rowAt(1).title, QStringLiteral("Item 1"));
    window.document()->undoStack()->undo();
}

void TestLargeProduct::closingWhileReading()
{
    auto window = std::make_unique<MainWindow>();
    ProductDocument::holdBackgroundReads(true);
    QVERIFY(window->openFile(m_path));
    window->show();
    // The reader stops and is waited for; nothing is left running.
    window.reset();
    ProductDocument::holdBackgroundReads(false);
    // Opening another product while one is read drops the first.
    MainWindow other;
    QVERIFY(other.openFile(m_path));
    QVERIFY(other.openFile(m_path));
    QTRY_VERIFY(other.document());
    QCOMPARE(other.document()->backlogModel()->rowCount(), items);
}

// Another product opened while a large one is read replaces it for good: the large one's
// reading, when it ends, changes nothing.
void TestLargeProduct::smallProductOpenedWhileReading()
{
    MainWindow window;
    ProductDocument::holdBackgroundReads(true);
    QVERIFY(window.openFile(m_path));
    window.show();
    QVERIFY(!window.document());
    QVERIFY(window.openFile(m_smallPath));
    QVERIFY(window.document());
    QCOMPARE(window.document()->product().name, QStringLiteral("Small product"));
    ProductDocument::holdBackgroundReads(false);
    QTest::qWait(200);
    QCOMPARE(window.document()->product().name, QStringLiteral("Small product"));
    QCOMPARE(window.document()->backlogModel()->rowCount(), 5);
    QVERIFY(!window.findChild<QProgressBar *>(QStringLiteral("loadProgress"))->isVisible());
}

QTEST_MAIN(TestLargeProduct)
#include "tst_largeproduct.moc"
