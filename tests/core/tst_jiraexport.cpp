#include "domain/sprint.h"
#include "interchange/csvreader.h"
#include "interchange/export.h"
#include "interchange/importfile.h"
#include "services/demoproduct.h"
#include "storage/itemrepository.h"
#include "storage/sprintrepository.h"
#include "testproduct.h"

#include <QFile>
#include <QTest>

using namespace Ordo;

// The Jira CSV export: the columns Jira's importer takes, in backlog order without archived
// items, RFC 4180 with CRLF; and Ordo's own Jira reader reads it back as it was.
class TestJiraExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void header();
    void readsBackAsItWas();
    void rows_data();
    void rows();
    void types_data();
    void types();
    void quoting();
    void demoProductReadsBack();
    void writesTheFile();
    void unwritableOutput();

private:
    std::unique_ptr<TestProduct> m_product;
    QHash<QString, ItemId> m_ids;
};

namespace {

const QString gherkin = QStringLiteral("Scenario: Pay\n  Given a basket\n  When I pay\n  Then it is paid");
const QString gherkin2 = QStringLiteral("Scenario: Refuse\n  Given no money\n  When I pay\n  Then I am told");

Csv::Table table(const QByteArray &bytes)
{
    Expected<Csv::Table> read = Csv::read(bytes);
    if (!read)
        qFatal("not CSV: %s", qPrintable(read.errorMessage()));
    return *read;
}

QByteArray exported(const Database &database)
{
    Expected<Export::CsvFile> file = Export::jiraCsv(database);
    if (!file)
        qFatal("export failed: %s", qPrintable(file.errorMessage()));
    return file->bytes;
}

} // namespace

// Epic > (Story with two labels and two Gherkin criteria, in a sprint; Bug with three labels and
// plain criteria), a spike without parent, an archived story, technical debt whose parent is
// archived.
void TestJiraExport::init()
{
    m_product = std::make_unique<TestProduct>();
    m_ids.clear();
    ItemRepository items(m_product->db());
    const auto add = [&](const QString &title, ItemType type, std::optional<double> estimate = std::nullopt) {
        m_ids.insert(title, m_product->addItem(title, type, estimate));
    };
    add(QStringLiteral("Checkout"), ItemType::Epic);
    add(QStringLiteral("Pay with a stored card"), ItemType::Story, 5);
    add(QStringLiteral("Refund a missing item"), ItemType::Bug, 2.5);
    add(QStringLiteral("Research wallets"), ItemType::Spike, 1);
    add(QStringLiteral("Old story"), ItemType::Story);
    add(QStringLiteral("Clean up the cart"), ItemType::TechnicalDebt, 3);
    QVERIFY(items.setParent(m_ids["Pay with a stored card"], m_ids["Checkout"]).ok());
    QVERIFY(items.setParent(m_ids["Refund a missing item"], m_ids["Checkout"]).ok());
    QVERIFY(items.setParent(m_ids["Clean up the cart"], m_ids["Old story"]).ok());
    QVERIFY(items.setArchived(m_ids["Old story"], true).ok());
    QVERIFY(items.setLabels(m_ids["Pay with a stored card"], {QStringLiteral("payments"), QStringLiteral("mobile")}).ok());
    QVERIFY(items.setLabels(m_ids["Refund a missing item"], {QStringLiteral("payments"), QStringLiteral("support"), QStringLiteral("needs design")}).ok());
    QVERIFY(items.setCriteria(m_ids["Pay with a stored card"], {gherkin, gherkin2}).ok());
    QVERIFY(items.setCriteria(m_ids["Refund a missing item"], {QStringLiteral("The refund is shown"), QStringLiteral("An email is sent")}).ok());
    QVERIFY(items.setText(m_ids["Refund a missing item"], ItemRepository::TextField::Description, QStringLiteral("Line one\nLine two, with \"quotes\"")).ok());
    Sprint sprint;
    sprint.name = QStringLiteral("Sprint 7");
    sprint.start = QDate(2026, 3, 2);
    sprint.end = QDate(2026, 3, 13);
    Expected<qint64> sprintId = SprintRepository(m_product->db()).create(sprint);
    QVERIFY2(sprintId.ok(), qPrintable(sprintId.errorMessage()));
    QVERIFY(items.setSprint(m_ids["Pay with a stored card"], *sprintId).ok());
    QVERIFY(items.setStatus(m_ids["Pay with a stored card"], ItemStatus::InProgress).ok());
}

void TestJiraExport::cleanup()
{
    m_product.reset();
}

void TestJiraExport::header()
{
    const QByteArray bytes = exported(m_product->db());
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    const QByteArray first = bytes.left(bytes.indexOf("\r\n"));
    QCOMPARE(first, QByteArray("Issue Id,Issue key,Parent,Summary,Issue Type,Custom field (Epic Name),Status,Description,Custom field (Story Points),"
                               "Labels,Labels,Labels,Sprint,Custom field (Acceptance Criteria)"));
    QVERIFY(bytes.endsWith("\r\n"));
    // Every record ends with CRLF: five items and the header.
    QCOMPARE(table(bytes).records.size(), 5);
}

void TestJiraExport::readsBackAsItWas()
{
    Expected<Import::Source> source = Import::readBytes(exported(m_product->db()));
    QVERIFY2(source.ok(), qPrintable(source.errorMessage()));
    QVERIFY2(source->problems.isEmpty(), qPrintable(source->problems.value(0).message));
    const Import::Mapping mapping = Import::defaultMapping(*source);
    const auto rows = ItemRepository(m_product->db()).backlogRows();
    QCOMPARE(source->items.size(), rows->size());
    for (qsizetype i = 0; i < rows->size(); ++i) {
        const BacklogItem original = *ItemRepository(m_product->db()).load(rows->at(i).id);
        const Import::SourceItem &read = source->items.at(i);
        QCOMPARE(read.title, original.title);
        QCOMPARE(read.key, QStringLiteral("TST-%1").arg(original.number));
        QCOMPARE(mapping.typeOf(read), original.type);
        QCOMPARE(read.estimate, original.estimate);
        QStringList labels = original.labels;
        labels.replaceInStrings(QStringLiteral(" "), QStringLiteral("_"));
        QCOMPARE(read.labels, labels);
        QCOMPARE(read.criteria.size(), original.criteria.size());
        const bool parentExported = original.parentId && *original.parentId != m_ids["Old story"];
        if (parentExported)
            QCOMPARE(read.parentKey, QStringLiteral("TST-%1").arg(ItemRepository(m_product->db()).load(*original.parentId)->number));
        else
            QVERIFY(read.parentKey.isEmpty());
    }
    const Import::SourceItem &story = source->items.at(1);
    QCOMPARE(story.criteria, (QStringList{gherkin, gherkin2}));
    QCOMPARE(story.sprints, QStringList{QStringLiteral("Sprint 7")});
    QCOMPARE(mapping.statusOf(story), ItemStatus::InProgress);
    QCOMPARE(source->items.at(2).description, QStringLiteral("Line one\nLine two, with \"quotes\""));
}

void TestJiraExport::rows_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::newRow("epic: issue id") << 0 << "Issue Id" << "1";
    QTest::newRow("epic: no parent") << 0 << "Parent" << "";
    QTest::newRow("epic: epic name") << 0 << "Custom field (Epic Name)" << "Checkout";
    QTest::newRow("story: no epic name") << 1 << "Custom field (Epic Name)" << "";
    QTest::newRow("story: parent's issue id") << 1 << "Parent" << "1";
    QTest::newRow("story: points") << 1 << "Custom field (Story Points)" << "5";
    QTest::newRow("story: sprint") << 1 << "Sprint" << "Sprint 7";
    QTest::newRow("story: status") << 1 << "Status" << "In Progress";
    QTest::newRow("story: criteria") << 1 << "Custom field (Acceptance Criteria)" << gherkin + "\n\n" + gherkin2;
    QTest::newRow("bug: decimal points") << 2 << "Custom field (Story Points)" << "2.5";
    QTest::newRow("bug: plain criteria, a line each") << 2 << "Custom field (Acceptance Criteria)" << "The refund is shown\nAn email is sent";
    QTest::newRow("debt: archived parent left out") << 4 << "Parent" << "";
    QTest::newRow("debt: after the archived item") << 4 << "Summary" << "Clean up the cart";
    QTest::newRow("spike: status") << 3 << "Status" << "Backlog";
}

void TestJiraExport::rows()
{
    QFETCH(int, row);
    QFETCH(QString, column);
    QFETCH(QString, value);
    const Csv::Table read = table(exported(m_product->db()));
    const QList<int> columns = read.columns(column);
    QCOMPARE(columns.size(), 1);
    QCOMPARE(read.records.at(row).fields.at(columns.first()), value);
}

void TestJiraExport::types_data()
{
    QTest::addColumn<ItemType>("type");
    QTest::addColumn<QString>("jira");
    QTest::newRow("story") << ItemType::Story << "Story";
    QTest::newRow("bug") << ItemType::Bug << "Bug";
    QTest::newRow("enabler") << ItemType::Enabler << "Task";
    QTest::newRow("technical debt") << ItemType::TechnicalDebt << "Technical Debt";
    QTest::newRow("spike") << ItemType::Spike << "Spike";
    QTest::newRow("epic") << ItemType::Epic << "Epic";
}

void TestJiraExport::types()
{
    QFETCH(ItemType, type);
    QFETCH(QString, jira);
    TestProduct product;
    product.addItem(QStringLiteral("One"), type);
    const Csv::Table read = table(exported(product.db()));
    QCOMPARE(read.records.at(0).fields.at(read.columns(QStringLiteral("Issue Type")).first()), jira);
    // No labels: no Labels column.
    QVERIFY(read.columns(QStringLiteral("Labels")).isEmpty());
}

void TestJiraExport::quoting()
{
    TestProduct product;
    const QString title = QStringLiteral("Comma, \"quote\" and ünïcødé — 支付");
    product.addItem(title);
    const QByteArray bytes = exported(product.db());
    QVERIFY(bytes.contains("\"Comma, \"\"quote\"\" and ünïcødé — 支付\""));
    QCOMPARE(table(bytes).records.at(0).fields.at(3), title);
}

void TestJiraExport::demoProductReadsBack()
{
    TestProduct product;
    QVERIFY(DemoProduct::fill(product.db(), QDate(2026, 3, 18)).ok());
    Expected<Import::Source> source = Import::readBytes(exported(product.db()));
    QVERIFY2(source.ok(), qPrintable(source.errorMessage()));
    const auto rows = ItemRepository(product.db()).backlogRows();
    QCOMPARE(source->items.size(), rows->size());
    for (qsizetype i = 0; i < rows->size(); ++i) {
        QCOMPARE(source->items.at(i).title, rows->at(i).title);
        QCOMPARE(source->items.at(i).criteria.size(), int(rows->at(i).criteriaCount));
        QCOMPARE(source->items.at(i).parentKey.isEmpty(), rows->at(i).parentId == 0);
    }
}

void TestJiraExport::writesTheFile()
{
    const QString path = m_product->folder() + QStringLiteral("/jira.csv");
    const auto written = Export::exportTo(m_product->db(), Export::Format::JiraCsv, path);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QCOMPARE(written->size(), 1);
    QCOMPARE(written->at(0).path, path);
    QCOMPARE(written->at(0).items, 5);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), exported(m_product->db()));
}

void TestJiraExport::unwritableOutput()
{
    const QString path = m_product->folder() + QStringLiteral("/missing/folder/jira.csv");
    const auto written = Export::exportTo(m_product->db(), Export::Format::JiraCsv, path);
    QVERIFY(!written);
    QVERIFY2(written.errorMessage().contains(QStringLiteral("cannot be written")), qPrintable(written.errorMessage()));
    QVERIFY(!QFile::exists(path));
    const auto itself = Export::exportTo(m_product->db(), Export::Format::JiraCsv, m_product->path());
    QVERIFY(!itself);
}

QTEST_GUILESS_MAIN(TestJiraExport)
#include "tst_jiraexport.moc"
