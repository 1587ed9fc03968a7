#include "backlog/backlogmodel.h"
#include "backlog/backlogview.h"
#include "mainwindow.h"
#include "productdocument.h"
#include "services/demoproduct.h"

#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Ordo;

// Application smoke test: a real MainWindow opens a demo product and shows its backlog.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensDemoAndShowsBacklog();
    void refusedFileKeepsCurrentProduct();
    void newFileFromCommandLineIsCreated();

private:
    QTemporaryDir m_dir;
    QString m_demoPath;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OrdoTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    m_demoPath = m_dir.filePath(QStringLiteral("demo.ordo"));
    const Status written = DemoProduct::write(m_demoPath);
    QVERIFY2(written, qPrintable(written.errorMessage()));
}

void TestMainWindow::opensDemoAndShowsBacklog()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(m_demoPath));

    BacklogView *view = window.backlogView();
    QVERIFY(view->isVisible());
    const QAbstractItemModel *model = view->model();
    QVERIFY(model);
    QVERIFY2(model->rowCount() >= 40, qPrintable(QString::number(model->rowCount())));

    // The first visible row is on screen and carries a key and a title.
    const QModelIndex first = model->index(0, BacklogModel::TitleColumn);
    QVERIFY(!first.data().toString().isEmpty());
    QVERIFY(view->visualRect(first).isValid());
    QVERIFY(model->index(0, BacklogModel::KeyColumn).data().toString().contains(QLatin1Char('-')));

    // The header shows the product and its goal.
    const auto *name = window.findChild<QLabel *>(QStringLiteral("productName"));
    QVERIFY(name);
    QCOMPARE(name->text(), window.document()->product().name);
    QVERIFY(window.windowTitle().contains(window.document()->product().name));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("productGoal"))->text().contains(
        window.document()->product().productGoal.toHtmlEscaped()));
}

void TestMainWindow::refusedFileKeepsCurrentProduct()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_demoPath));
    const QString bogus = m_dir.filePath(QStringLiteral("notes.ordo"));
    {
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a product");
    }
    // The refusal is shown in a message box; close it as a user would.
    bool sawMessage = false;
    QTimer::singleShot(0, &window, [&sawMessage] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box) {
            sawMessage = box->text().contains(QStringLiteral("not an Ordo product"));
            box->close();
        }
    });
    QVERIFY(!window.openFile(bogus));
    QVERIFY(sawMessage);
    QCOMPARE(window.document()->path(), m_demoPath);
}

void TestMainWindow::newFileFromCommandLineIsCreated()
{
    MainWindow window;
    const QString path = m_dir.filePath(QStringLiteral("Fresh Product.ordo"));
    window.startUp(path);
    QVERIFY(window.document());
    QCOMPARE(window.document()->path(), path);
    QCOMPARE(window.document()->product().name, QStringLiteral("Fresh Product"));
    QCOMPARE(window.document()->backlogModel()->rowCount(), 0);
    QVERIFY(QFile::exists(path));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
