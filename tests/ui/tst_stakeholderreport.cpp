#include "backlog/backlogmodel.h"
#include "productdocument.h"
#include "reports/reportdialog.h"
#include "reports/stakeholderreport.h"
#include "services/demoproduct.h"
#include "sprinteditor.h"
#include "storage/reviewrepository.h"
#include "testdocument.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QXmlStreamReader>

using namespace Ordo;

// The stakeholder report of a sprint review and the product dashboard, read back as a stakeholder
// gets them: the HTML parsed (every table, every embedded chart), the PDF's text through pdftotext
// and its page size through pdfinfo (poppler-utils), and the dialog that writes them.
class TestStakeholderReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void reviewHtml();
    void reviewPdf_data();
    void reviewPdf();
    void runningSprintWaitsForReview();
    void dashboardHtml();
    void dialog();
    void refusedWrites_data();
    void refusedWrites();

private:
    // The parsed page: the text of each table's body rows by table id, every image source, and
    // every element id.
    struct Parsed
    {
        QHash<QString, QList<QStringList>> tables;
        QStringList images;
        QStringList ids;
        QString text;
        QHash<QString, QString> classOf; // id -> class
    };
    static Parsed parse(const QString &html);
    static QString pdfText(const QString &path, int firstPage = 0);
    const Sprint *sprintNamed(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_demoPath;
    std::unique_ptr<ProductDocument> m_doc;
};

void TestStakeholderReport::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QStandardPaths::setTestModeEnabled(true);
    m_demoPath = m_dir.filePath(QStringLiteral("demo.ordo"));
    const Status written = DemoProduct::write(m_demoPath);
    QVERIFY2(written, qPrintable(written.errorMessage()));
    // The PDF's text is read the way a reader's tools read it; poppler-utils is on the package list.
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "pdftotext (poppler-utils) is missing");
}

void TestStakeholderReport::init()
{
    QString error;
    m_doc = openCopy(m_demoPath, m_dir.path(), &error);
    QVERIFY2(m_doc, qPrintable(error));
}

void TestStakeholderReport::cleanup() { m_doc.reset(); }

const Sprint *TestStakeholderReport::sprintNamed(const QString &name) const
{
    for (const Sprint &sprint : m_doc->sprintEditor()->sprints()) {
        if (sprint.name == name)
            return &sprint;
    }
    return nullptr;
}

TestStakeholderReport::Parsed TestStakeholderReport::parse(const QString &html)
{
    Parsed parsed;
    QXmlStreamReader xml(html);
    QString table;
    bool inBody = false;
    QStringList row;
    QString cell;
    int cellDepth = 0;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            const auto attributes = xml.attributes();
            if (attributes.hasAttribute(QStringLiteral("id"))) {
                const QString id = attributes.value(QStringLiteral("id")).toString();
                parsed.ids.append(id);
                parsed.classOf.insert(id, attributes.value(QStringLiteral("class")).toString());
            }
            const QStringView name = xml.name();
            if (name == u"table")
                table = attributes.value(QStringLiteral("id")).toString();
            else if (name == u"tbody")
                inBody = true;
            else if (name == u"tr")
                row.clear();
            else if (name == u"td") {
                cell.clear();
                cellDepth = 1;
            } else if (name == u"img")
                parsed.images.append(attributes.value(QStringLiteral("src")).toString());
            else if (name == u"br" && cellDepth)
                cell += u' ';
            else if (name == u"span" && attributes.value(QStringLiteral("class")).contains(u"verdict"))
                parsed.classOf.insert(QStringLiteral("verdict-span"), attributes.value(QStringLiteral("class")).toString());
            break;
        }
        case QXmlStreamReader::Characters:
            if (cellDepth)
                cell += xml.text();
            parsed.text += xml.text();
            break;
        case QXmlStreamReader::EndElement: {
            const QStringView name = xml.name();
            if (name == u"td") {
                row.append(cell.simplified());
                cellDepth = 0;
            } else if (name == u"tr" && inBody) {
                parsed.tables[table].append(row);
            } else if (name == u"tbody") {
                inBody = false;
            }
            break;
        }
        default: break;
        }
    }
    // Well-formed: a browser and an XML reader read the same page.
    if (xml.hasError())
        qWarning() << "HTML does not parse:" << xml.errorString() << "at line" << xml.lineNumber();
    parsed.text = parsed.text.simplified();
    return xml.hasError() ? Parsed{} : parsed;
}

QString TestStakeholderReport::pdfText(const QString &path, int firstPage)
{
    QProcess process;
    QStringList arguments;
    if (firstPage > 0)
        arguments << QStringLiteral("-f") << QString::number(firstPage) << QStringLiteral("-l") << QString::number(firstPage);
    arguments << path << QStringLiteral("-");
    process.start(QStringLiteral("pdftotext"), arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestStakeholderReport::reviewHtml()
{
    const Sprint *sprint = sprintNamed(QStringLiteral("Sprint 4"));
    QVERIFY(sprint);
    auto report = StakeholderReport::sprintReview(m_doc.get(), sprint->id);
    QVERIFY2(report, qPrintable(report.errorMessage()));
    const Parsed page = parse(report->html());
    QVERIFY(!page.text.isEmpty());

    // What the file holds, read on its own.
    QStringList accepted;
    for (const BacklogRow &row : m_doc->backlogModel()->rows()) {
        if (row.sprintId == sprint->id && row.status == ItemStatus::Accepted)
            accepted.append(m_doc->backlogModel()->keyOf(row));
    }
    QCOMPARE(accepted.size(), 5);
    const auto notes = ReviewRepository(m_doc->database()).notesOf(sprint->id);
    QVERIFY(notes);
    QCOMPARE(notes->size(), 1);
    const ReviewRecord rejection = notes->constFirst();
    const auto feedback = ReviewRepository(m_doc->database()).feedbackOf(sprint->id);
    QVERIFY(feedback && feedback->size() == 1);

    QVERIFY(page.text.contains(QStringLiteral("Sprint 4 review")));
    QVERIFY(page.text.contains(sprint->goal));
    QVERIFY(page.text.contains(sprint->goalVerdictNote.simplified()));
    QCOMPARE(page.classOf.value(QStringLiteral("verdict-span")), QStringLiteral("verdict partly_met"));
    for (const char *id : {"goal", "summary", "accepted", "rejected", "forecast", "burndown", "outcomes", "feedback"})
        QVERIFY2(page.ids.contains(QLatin1String(id)), id);
    QVERIFY(!page.ids.contains(QStringLiteral("not-done"))); // the close carried nothing back unjudged

    QStringList keys;
    for (const QStringList &row : page.tables.value(QStringLiteral("accepted-items")))
        keys.append(row.value(0));
    QCOMPARE(keys, accepted);
    const QList<QStringList> rejected = page.tables.value(QStringLiteral("rejected-items"));
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.constFirst().value(1), m_doc->backlogModel()->rowAt(m_doc->backlogModel()->rowOf(rejection.item)).title);
    QVERIFY(rejected.constFirst().value(3).contains(rejection.rejectionReason.simplified()));
    QVERIFY(rejected.constFirst().value(3).contains(QStringLiteral("Not met: Weekly report")));
    const QList<QStringList> feedbackRows = page.tables.value(QStringLiteral("feedback-items"));
    QCOMPARE(feedbackRows.size(), 1);
    QCOMPARE(feedbackRows.constFirst().value(2), QStringLiteral("Anna Berg, Partner stores"));

    // The figures: 5 accepted (24 points), 1 rejected (5 points), committed and the velocity.
    const QList<QStringList> figures = page.tables.value(QStringLiteral("figures"));
    // (Tests run without the English plural forms: "5 item(s)".)
    const auto figureIs = [&figures](int row, const QString &what, const QString &count, const QString &points) {
        const QStringList cells = figures.value(row);
        return cells.value(0) == what && cells.value(1).startsWith(count) && cells.value(2) == points;
    };
    QVERIFY(figureIs(0, QStringLiteral("Accepted"), QStringLiteral("5 item"), QStringLiteral("24 points")));
    QVERIFY(figureIs(1, QStringLiteral("Rejected"), QStringLiteral("1 item"), QStringLiteral("5 points")));
    QVERIFY(figureIs(2, QStringLiteral("Not done"), QStringLiteral("0 item"), QStringLiteral("0 points")));
    QVERIFY(page.text.contains(QStringLiteral("Velocity of this sprint")));

    // Self-contained: every chart is embedded PNG data of the drawn size, nothing is fetched.
    QCOMPARE(page.images.size(), 3); // velocity, burndown, outcomes
    for (const QString &src : page.images) {
        QVERIFY2(src.startsWith(QStringLiteral("data:image/png;base64,")), qPrintable(src.left(40)));
        const QImage image = QImage::fromData(QByteArray::fromBase64(src.mid(22).toLatin1()), "PNG");
        QCOMPARE(image.size(), QSize(1280, 600));
    }
    QVERIFY(!report->html().contains(QStringLiteral("http://")) && !report->html().contains(QStringLiteral("https://")));
}

void TestStakeholderReport::reviewPdf_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("pdfinfoSize");
    QTest::newRow("A4") << int(QPageSize::A4) << QStringLiteral("(A4)");
    QTest::newRow("Letter") << int(QPageSize::Letter) << QStringLiteral("(letter)");
}

void TestStakeholderReport::reviewPdf()
{
    QFETCH(int, size);
    QFETCH(QString, pdfinfoSize);
    const Sprint *sprint = sprintNamed(QStringLiteral("Sprint 4"));
    auto report = StakeholderReport::sprintReview(m_doc.get(), sprint->id);
    QVERIFY(report);
    const QString path = m_dir.filePath(QStringLiteral("review-%1.pdf").arg(QLatin1String(QTest::currentDataTag())));
    const Status written = report->writePdf(path, QPageSize::PageSizeId(size));
    QVERIFY2(written, qPrintable(written.errorMessage()));

    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    QVERIFY(info.waitForFinished(30000));
    const QString details = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(details.contains(pdfinfoSize), qPrintable(details));
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(details).captured(1).toInt();
    QVERIFY2(pages >= 2, qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("Sprint 4 review"))); // the document's title

    const QString text = pdfText(path).simplified();
    for (const QString &expected : {sprint->goal, QStringLiteral("Partly met"), QStringLiteral("Accepted: 5 item"),
                                    QStringLiteral("Rejected: 1 item"), QStringLiteral("Anna Berg, Partner stores"),
                                    QStringLiteral("Send the weekly missing-items list")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }
    // Every page carries the product's name and its number.
    for (int page = 1; page <= pages; ++page) {
        const QString pageText = pdfText(path, page);
        QVERIFY2(pageText.contains(m_doc->product().name), qPrintable(QString::number(page)));
        QVERIFY2(pageText.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(pageText));
    }
}

void TestStakeholderReport::runningSprintWaitsForReview()
{
    const Sprint *active = m_doc->sprintEditor()->activeSprint();
    QVERIFY(active);
    auto report = StakeholderReport::sprintReview(m_doc.get(), active->id);
    QVERIFY(report);
    const Parsed page = parse(report->html());
    // Done work waiting for the review is not accepted yet, and is named so.
    int waiting = 0;
    for (const BacklogRow &row : m_doc->backlogModel()->rows())
        waiting += row.sprintId == active->id && row.status != ItemStatus::Accepted && row.status != ItemStatus::Rejected;
    QVERIFY(waiting > 0);
    QCOMPARE(page.tables.value(QStringLiteral("not-done-items")).size(), waiting);
    QVERIFY(page.text.contains(QStringLiteral("Not accepted yet")));
    QVERIFY(page.text.contains(QStringLiteral("Not judged yet")));
    QVERIFY(page.text.contains(QStringLiteral("Outcome measures are counted when the sprint is closed.")));
    QVERIFY(report->markdown().contains(QStringLiteral("**Not accepted yet:**")));
}

void TestStakeholderReport::dashboardHtml()
{
    auto report = StakeholderReport::dashboard(m_doc.get());
    QVERIFY2(report, qPrintable(report.errorMessage()));
    QVERIFY(report->markdown().isEmpty());
    const Parsed page = parse(report->html());
    QVERIFY(page.text.contains(m_doc->product().productGoal.simplified()));
    const Sprint *active = m_doc->sprintEditor()->activeSprint();
    QVERIFY(page.text.contains(QStringLiteral("Current sprint: %1").arg(active->name)));
    QVERIFY(page.text.contains(active->goal));

    // The top of the backlog: the first ten unfinished items outside a sprint, in order.
    QStringList expected;
    for (const BacklogRow &row : m_doc->backlogModel()->rows()) {
        if (expected.size() < 10 && !row.archived && row.type != ItemType::Epic && row.sprintId == 0 && !isFinishedStatus(row.status)
            && row.status != ItemStatus::Accepted) {
            expected.append(m_doc->backlogModel()->keyOf(row));
        }
    }
    QStringList top;
    for (const QStringList &row : page.tables.value(QStringLiteral("top-items")))
        top.append(row.value(0));
    QCOMPARE(top, expected);
    // The rejected story came back to the top.
    QCOMPARE(page.tables.value(QStringLiteral("top-items")).constFirst().value(3), QStringLiteral("Rejected"));

    QVERIFY(!page.tables.value(QStringLiteral("roadmap-epics")).isEmpty());
    for (const QStringList &row : page.tables.value(QStringLiteral("roadmap-epics")))
        QVERIFY2(row.value(1).startsWith(QStringLiteral("Sprint ")), qPrintable(row.join(u'|')));
    QStringList charts;
    for (const StakeholderReport::Chart &chart : report->charts())
        charts.append(chart.name);
    QCOMPARE(charts, (QStringList{"burndown", "roadmap", "velocity", "release", "outcomes"}));
    QCOMPARE(page.images.size(), charts.size());

    const QString path = m_dir.filePath(QStringLiteral("dashboard.pdf"));
    QVERIFY(report->writePdf(path));
    const QString text = pdfText(path).simplified();
    QVERIFY(text.contains(QStringLiteral("Product dashboard")));
    QVERIFY(text.contains(QStringLiteral("Top of the Product Backlog")));
}

void TestStakeholderReport::dialog()
{
    ReportDialog dialog(m_doc.get(), ReportDialog::Kind::SprintReview);
    // The running sprint first, then the closed ones, newest first; planned ones have no review.
    QCOMPARE(dialog.sprintChooser()->currentText(), m_doc->sprintEditor()->activeSprint()->name);
    QCOMPARE(dialog.sprintChooser()->count(), 5);
    QCOMPARE(dialog.sprintChooser()->itemText(1), QStringLiteral("Sprint 4"));
    QVERIFY(dialog.preview()->toPlainText().contains(QStringLiteral("Sprint 5 review")));

    dialog.sprintChooser()->setCurrentIndex(1);
    QVERIFY(dialog.preview()->toPlainText().contains(QStringLiteral("Sprint 4 review")));
    QVERIFY(dialog.preview()->toPlainText().contains(QStringLiteral("Anna Berg, Partner stores")));

    dialog.copyMarkdown();
    const QString markdown = QGuiApplication::clipboard()->text();
    QVERIFY2(markdown.startsWith(QStringLiteral("**Sprint 4 review** · ")), qPrintable(markdown));
    QVERIFY(QRegularExpression(QStringLiteral("\\*\\*Rejected:\\*\\* 1 item(\\(s\\))?, 5 points")).match(markdown).hasMatch());

    const QString html = m_dir.filePath(QStringLiteral("dialog.html"));
    QVERIFY(dialog.saveAs(html));
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!parse(QString::fromUtf8(file.readAll())).tables.value(QStringLiteral("accepted-items")).isEmpty());
    dialog.pageSizeChooser()->setCurrentIndex(dialog.pageSizeChooser()->findText(QStringLiteral("US Letter")));
    const QString pdf = m_dir.filePath(QStringLiteral("dialog.pdf"));
    QVERIFY(dialog.saveAs(pdf));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("(letter)")));

    ReportDialog dashboard(m_doc.get(), ReportDialog::Kind::Dashboard);
    QVERIFY(!dashboard.sprintChooser());
    QVERIFY(dashboard.preview()->toPlainText().contains(QStringLiteral("Top of the Product Backlog")));
}

void TestStakeholderReport::refusedWrites_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown kind of file") << QStringLiteral("report.docx") << QStringLiteral("ending in .pdf, .html or .md");
    QTest::newRow("no such folder") << QStringLiteral("missing/folder/report.pdf") << QStringLiteral("Could not write “report.pdf”");
}

void TestStakeholderReport::refusedWrites()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    auto report = StakeholderReport::sprintReview(m_doc.get(), sprintNamed(QStringLiteral("Sprint 4"))->id);
    QVERIFY(report);
    const QString full = m_dir.filePath(path);
    const Status written = report->write(full);
    QVERIFY(!written);
    QVERIFY2(written.errorMessage().contains(message), qPrintable(written.errorMessage()));
    QVERIFY(!QFileInfo::exists(full));
}

QTEST_MAIN(TestStakeholderReport)
#include "tst_stakeholderreport.moc"
