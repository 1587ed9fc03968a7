#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

// The core library never reaches up into the UI: no source under core/
// includes a Qt Widgets or Qt Charts header, and core/CMakeLists.txt links
// neither module.
class TestArchitecture : public QObject
{
    Q_OBJECT

private slots:
    void coreIncludesNoWidgetsOrCharts();
    void coreLinksNoWidgetsOrCharts();
    void detectorCatchesForbiddenIncludes_data();
    void detectorCatchesForbiddenIncludes();
};

namespace {

const QString coreDir = QStringLiteral(ORDO_SOURCE_DIR "/core");

// Matches includes of Qt Widgets/Charts: module headers (<QtWidgets/...>,
// <QtCharts>) and the class headers of those modules that core could be tempted by.
const QRegularExpression &forbiddenInclude()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*#\s*include\s*[<"](QtWidgets|QtCharts|QWidget|QApplication|QMainWindow|QDialog|)"
        R"(QMessageBox|QAbstractItemView|QTableView|QTreeView|QListView|QStyledItemDelegate|)"
        R"(QChart\w*|QLineSeries|QBarSeries|QAction|QMenu|QLabel|QPushButton|QLayout|QVBoxLayout|)"
        R"(QHBoxLayout|QFileDialog|QUndoView)\b)"),
        QRegularExpression::MultilineOption);
    return re;
}

} // namespace

void TestArchitecture::coreIncludesNoWidgetsOrCharts()
{
    QDirIterator it(coreDir, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int checked = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const auto match = forbiddenInclude().match(text);
        QVERIFY2(!match.hasMatch(), qPrintable(path + QStringLiteral(": ") + match.captured(0)));
        ++checked;
    }
    QVERIFY2(checked > 10, "the core sources were not found");
}

void TestArchitecture::coreLinksNoWidgetsOrCharts()
{
    QFile file(coreDir + QStringLiteral("/CMakeLists.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("Qt6::Core")));
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral(R"(Qt6?::(Widgets|Charts))"))));
}

void TestArchitecture::detectorCatchesForbiddenIncludes_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("forbidden");
    QTest::newRow("QWidget") << QStringLiteral("#include <QWidget>") << true;
    QTest::newRow("module path") << QStringLiteral("#include <QtWidgets/QTableView>") << true;
    QTest::newRow("charts") << QStringLiteral("#include <QtCharts/QChartView>") << true;
    QTest::newRow("chart class") << QStringLiteral("#  include <QChartView>") << true;
    QTest::newRow("quoted") << QStringLiteral("#include \"QMessageBox\"") << true;
    QTest::newRow("QString is fine") << QStringLiteral("#include <QString>") << false;
    QTest::newRow("QSqlQuery is fine") << QStringLiteral("#include <QSqlQuery>") << false;
    QTest::newRow("QActionGroup-like name in text") << QStringLiteral("// QAction is a UI thing") << false;
}

void TestArchitecture::detectorCatchesForbiddenIncludes()
{
    QFETCH(QString, line);
    QFETCH(bool, forbidden);
    QCOMPARE(forbiddenInclude().match(line).hasMatch(), forbidden);
}

QTEST_GUILESS_MAIN(TestArchitecture)
#include "tst_architecture.moc"
