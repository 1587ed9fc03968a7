#include "backlog/backlogfiltermodel.h"
#include "backlog/backlogitemdelegate.h"
#include "backlog/backlogmodel.h"
#include "backlog/backlogpanel.h"
#include "backlog/backlogview.h"
#include "backlog/filterbar.h"
#include "commands/backlogcommands.h"
#include "productdocument.h"
#include "searchhighlight.h"
#include "storage/itemrepository.h"
#include "story/storyeditor.h"
#include "testdocument.h"

#include <QAbstractItemModelTester>
#include <QCompleter>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Ordo;

// The backlog's search as the Product Owner uses it: typing in the search box of a real
// panel on a real product file, the full-text index, completion, marks, and the table's
// column widths.
class TestBacklogSearch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fullTextJoinsAsYouType();
    void oneLayoutChangePerKeystroke();
    void narrowingSeesEditedRows();
    void searchSyntaxThroughThePanel_data();
    void searchSyntaxThroughThePanel();
    void problemsAreSaid();
    void completion_data();
    void completion();
    void marksInTableAndStoryEditor();
    void highlightRanges_data();
    void highlightRanges();
    void titleTakesTheRemainingWidth_data();
    void titleTakesTheRemainingWidth();
    void widthSetByHandIsKept();

private:
    QStringList shownTitles() const;
    void type(const QString &text);

    std::unique_ptr<TestDocument> m_t;
    std::unique_ptr<BacklogPanel> m_panel;
    QList<ItemId> m_ids;
};

void TestBacklogSearch::init()
{
    m_t = std::make_unique<TestDocument>();
    QList<BacklogItem> items;
    const auto add = [&items](ItemType type, const QString &title, const QString &description, const QStringList &labels,
                              std::optional<ItemId> parent = std::nullopt) {
        BacklogItem item;
        item.type = type;
        item.title = title;
        item.description = description;
        item.labels = labels;
        item.parentId = parent;
        items.append(item);
    };
    add(ItemType::Epic, QStringLiteral("Fast checkout"), {}, {});
    add(ItemType::Story, QStringLiteral("Pay with a saved card"), QStringLiteral("Shoppers asked for it"), {QStringLiteral("payments")}, 1);
    add(ItemType::Story, QStringLiteral("Pay by voucher"), {}, {QStringLiteral("payments"), QStringLiteral("store")}, 1);
    add(ItemType::Bug, QStringLiteral("Receipt shows the wrong total"), QStringLiteral("Seen with a gift voucher"), {QStringLiteral("store")});
    add(ItemType::Story, QStringLiteral("Export the order history"), QStringLiteral("For the accountant"), {});
    add(ItemType::Spike, QStringLiteral("Try a new search engine"), {}, {QStringLiteral("search team")});
    auto ids = ItemRepository(m_t->doc().database()).createMany(items);
    QVERIFY(ids);
    m_ids = *ids;
    QVERIFY(ItemRepository(m_t->doc().database()).setCriteria(m_ids.at(4), {QStringLiteral("Scenario: csv\n  Then the file opens in a spreadsheet")}));
    QString error;
    QVERIFY2(m_t->doc().reload(&error), qPrintable(error));
    m_panel = std::make_unique<BacklogPanel>();
    m_panel->setDocument(&m_t->doc());
    m_panel->resize(1200, 600);
}

void TestBacklogSearch::cleanup()
{
    m_panel.reset();
    m_t.reset();
}

QStringList TestBacklogSearch::shownTitles() const
{
    QStringList titles;
    const QAbstractItemModel *model = m_panel->filterModel();
    for (int row = 0; row < model->rowCount(); ++row)
        titles.append(model->index(row, BacklogModel::TitleColumn).data().toString());
    return titles;
}

// Sets the search text as typing would end, and lets the full-text search run.
void TestBacklogSearch::type(const QString &text)
{
    m_panel->filterBar()->searchEdit()->setText(text);
    QCoreApplication::processEvents();
}

void TestBacklogSearch::fullTextJoinsAsYouType()
{
    QAbstractItemModelTester tester(m_panel->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QLineEdit *search = m_panel->filterBar()->searchEdit();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("vo"));
    // Two letters: the titles only (the index needs three).
    QCOMPARE(shownTitles(), QStringList{QStringLiteral("Pay by voucher")});
    QTest::keyClick(search, Qt::Key_U);
    // The keystroke itself filters in memory; the index adds its items right after.
    QCOMPARE(shownTitles(), QStringList{QStringLiteral("Pay by voucher")});
    QTRY_COMPARE(shownTitles(), (QStringList{QStringLiteral("Pay by voucher"), QStringLiteral("Receipt shows the wrong total")}));
    QTest::keyClicks(search, QStringLiteral("cher"));
    QTRY_COMPARE(shownTitles(), (QStringList{QStringLiteral("Pay by voucher"), QStringLiteral("Receipt shows the wrong total")}));
    // Criteria are searched as well.
    type(QStringLiteral("spreadsheet"));
    QCOMPARE(shownTitles(), QStringList{QStringLiteral("Export the order history")});
    // An edit to a description is found at once.
    QVERIFY(Commands::setField(m_t->commands(), m_ids.at(5), ChangeFieldCommand::Field::DescriptionField,
                               QStringLiteral("Compare with a spreadsheet")));
    QTRY_COMPARE(shownTitles().size(), 2);
    // An item whose text no longer holds the word stays while it is being edited.
    QVERIFY(Commands::setField(m_t->commands(), m_ids.at(5), ChangeFieldCommand::Field::DescriptionField,
                               QStringLiteral("Compare with a table")));
    QTest::qWait(50);
    QCOMPARE(shownTitles().size(), 2);
    // Searching anew finds it no more.
    type(QStringLiteral("spreadsheets"));
    type(QStringLiteral("spreadsheet"));
    QCOMPARE(shownTitles(), QStringList{QStringLiteral("Export the order history")});
    type(QString());
    QCOMPARE(shownTitles().size(), m_ids.size());
}

void TestBacklogSearch::oneLayoutChangePerKeystroke()
{
    BacklogFilterModel *model = m_panel->filterModel();
    QSignalSpy layouts(model, &QAbstractItemModel::layoutChanged);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QLineEdit *search = m_panel->filterBar()->searchEdit();
    QTest::keyClick(search, Qt::Key_P);
    QCOMPARE(layouts.size(), 1);
    QTest::keyClick(search, Qt::Key_A);
    QCOMPARE(layouts.size(), 2);
    QCOMPARE(shownTitles(), (QStringList{QStringLiteral("Pay with a saved card"), QStringLiteral("Pay by voucher")}));
    QCOMPARE(removed.size() + inserted.size() + reset.size(), 0);
}

// Typing on narrows through the rows shown before; a hidden row an edit made match is
// looked at again.
void TestBacklogSearch::narrowingSeesEditedRows()
{
    type(QStringLiteral("pa"));
    QCOMPARE(shownTitles().size(), 2);
    QVERIFY(Commands::setTitle(m_t->commands(), m_ids.at(4), QStringLiteral("Export the payments")));
    type(QStringLiteral("pay"));
    QCOMPARE(shownTitles(), (QStringList{QStringLiteral("Pay with a saved card"), QStringLiteral("Pay by voucher"),
                                         QStringLiteral("Export the payments")}));
    // "payments" is also a label of the first two.
    type(QStringLiteral("paym"));
    QCOMPARE(shownTitles(), (QStringList{QStringLiteral("Pay with a saved card"), QStringLiteral("Pay by voucher"),
                                         QStringLiteral("Export the payments")}));
    type(QStringLiteral("payments -label:pay"));
    QCOMPARE(shownTitles(), QStringList{QStringLiteral("Export the payments")});
}

void TestBacklogSearch::searchSyntaxThroughThePanel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const QString saved = QStringLiteral("Pay with a saved card");
    const QString voucher = QStringLiteral("Pay by voucher");
    const QString receipt = QStringLiteral("Receipt shows the wrong total");
    const QString spike = QStringLiteral("Try a new search engine");
    QTest::newRow("words") << QStringLiteral("pay card") << QStringList{saved};
    QTest::newRow("phrase") << QStringLiteral("\"by voucher\"") << QStringList{voucher};
    QTest::newRow("exclusion, also in the longer texts") << QStringLiteral("voucher -gift") << QStringList{voucher};
    QTest::newRow("key") << QStringLiteral("key:TST-3") << QStringList{voucher};
    QTest::newRow("label prefix") << QStringLiteral("label:sto") << QStringList{voucher, receipt};
    QTest::newRow("label with a space") << QStringLiteral("label:\"search team\"") << QStringList{spike};
    QTest::newRow("type") << QStringLiteral("type:bug") << QStringList{receipt};
    QTest::newRow("types") << QStringLiteral("type:bug type:spike") << QStringList{receipt, spike};
    QTest::newRow("not epics nor stories") << QStringLiteral("-type:epic -type:story") << QStringList{receipt, spike};
    QTest::newRow("epic") << QStringLiteral("epic:checkout") << QStringList{QStringLiteral("Fast checkout"), saved, voucher};
    QTest::newRow("epic and word") << QStringLiteral("epic:\"fast checkout\" card") << QStringList{saved};
    QTest::newRow("status") << QStringLiteral("status:new type:spike") << QStringList{spike};
    QTest::newRow("status nobody has") << QStringLiteral("status:done") << QStringList{};
}

void TestBacklogSearch::searchSyntaxThroughThePanel()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    type(text);
    QCOMPARE(shownTitles(), expected);
}

void TestBacklogSearch::problemsAreSaid()
{
    m_panel->show();
    type(QStringLiteral("type:bgu"));
    QCOMPARE(shownTitles(), QStringList());
    auto *noMatches = m_panel->findChild<QLabel *>(QStringLiteral("noMatches"));
    QVERIFY(noMatches->isVisible());
    QVERIFY2(noMatches->text().contains(QStringLiteral("bgu")), qPrintable(noMatches->text()));
    type(QStringLiteral("zebra"));
    QVERIFY(!noMatches->text().contains(QStringLiteral("bgu")));
}

void TestBacklogSearch::completion_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("offered");

    QTest::newRow("field name") << QStringLiteral("pay ty") << QStringList{QStringLiteral("type:")};
    QTest::newRow("excluded field name") << QStringLiteral("-st") << QStringList{QStringLiteral("-status:")};
    QTest::newRow("type value") << QStringLiteral("type:b") << QStringList{QStringLiteral("type:bug")};
    QTest::newRow("statuses") << QStringLiteral("status:in")
                              << QStringList{QStringLiteral("status:in_progress"), QStringLiteral("status:in_review")};
    QTest::newRow("labels") << QStringLiteral("label:s")
                            << QStringList{QStringLiteral("label:\"search team\""), QStringLiteral("label:store")};
    QTest::newRow("epics") << QStringLiteral("epic:f") << QStringList{QStringLiteral("epic:\"Fast checkout\"")};
    QTest::newRow("plain word") << QStringLiteral("zebra") << QStringList{};
}

void TestBacklogSearch::completion()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, offered);
    m_panel->show();
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    QLineEdit *search = m_panel->filterBar()->searchEdit();
    search->setFocus();
    QTest::keyClicks(search, typed);
    QCompleter *completer = m_panel->filterBar()->completer();
    QStringList offers;
    if (completer->popup()->isVisible()) {
        for (int row = 0; row < completer->completionModel()->rowCount(); ++row)
            offers.append(completer->completionModel()->index(row, 0).data().toString());
    }
    QCOMPARE(offers, offered);
    if (offered.isEmpty())
        return;
    // Taking an offer replaces the word being typed, and only it.
    emit completer->activated(offered.first());
    const QString before = typed.left(typed.lastIndexOf(QLatin1Char(' ')) + 1);
    QVERIFY2(search->text().startsWith(before + offered.first()), qPrintable(search->text()));
}

void TestBacklogSearch::marksInTableAndStoryEditor()
{
    StoryEditor editor;
    editor.setDocument(&m_t->doc());
    connect(m_panel.get(), &BacklogPanel::highlightTermsChanged, &editor, &StoryEditor::setHighlightTerms);
    editor.setItem(m_ids.at(3));
    QCoreApplication::processEvents();
    type(QStringLiteral("Gift -total \"WRONG t\""));
    auto *delegate = qobject_cast<BacklogItemDelegate *>(m_panel->view()->itemDelegate());
    QVERIFY(delegate);
    QCOMPARE(delegate->highlightTerms(), (QStringList{QStringLiteral("gift"), QStringLiteral("wrong t")}));
    const QList<QTextEdit::ExtraSelection> marks = editor.descriptionEdit()->extraSelections();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.first().cursor.selectedText(), QStringLiteral("gift"));
    type(QString());
    QVERIFY(delegate->highlightTerms().isEmpty());
    QVERIFY(editor.descriptionEdit()->extraSelections().isEmpty());
}

void TestBacklogSearch::highlightRanges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<QString>("expected"); // start+length, ...

    QTest::newRow("none") << QStringLiteral("Pay by card") << QStringList{} << QString();
    QTest::newRow("any case") << QStringLiteral("Pay by PAYPAL") << QStringList{QStringLiteral("pay")} << QStringLiteral("0+3 7+3");
    QTest::newRow("overlapping terms merge") << QStringLiteral("voucher") << QStringList{QStringLiteral("vouc"), QStringLiteral("ouch")}
                                             << QStringLiteral("0+5");
    QTest::newRow("adjacent stay apart") << QStringLiteral("abab") << QStringList{QStringLiteral("ab")} << QStringLiteral("0+4");
    QTest::newRow("sharp s") << QStringLiteral("Straße") << QStringList{QStringLiteral("straße")} << QStringLiteral("0+6");
}

void TestBacklogSearch::highlightRanges()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    QFETCH(QString, expected);
    QStringList ranges;
    for (const auto &[start, length] : SearchHighlight::matches(text, terms))
        ranges.append(QStringLiteral("%1+%2").arg(start).arg(length));
    QCOMPARE(ranges.join(QLatin1Char(' ')), expected);
}

void TestBacklogSearch::titleTakesTheRemainingWidth_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("wall") << 1900;
    QTest::newRow("beside the story panel") << 1100;
    QTest::newRow("laptop beside the story panel") << 800;
    QTest::newRow("narrow") << 500;
}

void TestBacklogSearch::titleTakesTheRemainingWidth()
{
    QFETCH(int, width);
    // Long labels and epic titles that would widen their columns without a maximum.
    QVERIFY(Commands::setField(m_t->commands(), m_ids.at(1), ChangeFieldCommand::Field::LabelsField,
                               QStringList{QStringLiteral("a-very-long-label-about-payments-and-more")}));
    BacklogView *view = m_panel->view();
    m_panel->resize(width, 500);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QCoreApplication::processEvents();
    const QHeaderView *header = view->horizontalHeader();
    const int title = header->sectionSize(BacklogModel::TitleColumn);
    int others = 0;
    for (int column = 0; column < BacklogModel::ColumnCount; ++column) {
        if (column == BacklogModel::TitleColumn || header->isSectionHidden(column))
            continue;
        const int size = header->sectionSize(column);
        QVERIFY2(title >= size, qPrintable(QStringLiteral("title %1 < column %2 at %3").arg(title).arg(column).arg(size)));
        others += size;
    }
    QVERIFY(title >= view->fontMetrics().averageCharWidth() * 30);
    // Two fifths of the table, unless the others are at their minimum already.
    QVERIFY(title >= view->viewport()->width() * 2 / 5 || title + others == view->viewport()->width());
    // Where there is room, the columns fill the view exactly; where there is not, the title
    // keeps its minimum and the table scrolls sideways.
    if (others + std::max(view->fontMetrics().averageCharWidth() * 30, view->viewport()->width() * 2 / 5)
        <= view->viewport()->width())
        QCOMPARE(title + others, view->viewport()->width());
    // Labels show their start, within their maximum.
    QVERIFY(header->sectionSize(BacklogModel::LabelsColumn) <= view->fontMetrics().averageCharWidth() * 18 + 16);
}

void TestBacklogSearch::widthSetByHandIsKept()
{
    BacklogView *view = m_panel->view();
    m_panel->resize(1400, 500);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    view->horizontalHeader()->resizeSection(BacklogModel::EpicColumn, 260);
    QCoreApplication::processEvents();
    m_panel->resize(1200, 500);
    QCoreApplication::processEvents();
    QCOMPARE(view->horizontalHeader()->sectionSize(BacklogModel::EpicColumn), 260);
    QCOMPARE(view->userWidths().value(BacklogModel::EpicColumn), 260);
    const QByteArray layout = view->saveLayout();

    BacklogPanel other;
    other.setDocument(&m_t->doc());
    other.view()->restoreLayout(layout);
    other.resize(1000, 500);
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    QCoreApplication::processEvents();
    QCOMPARE(other.view()->horizontalHeader()->sectionSize(BacklogModel::EpicColumn), 260);
    QCOMPARE(other.view()->userWidths(), (QHash<int, int>{{BacklogModel::EpicColumn, 260}}));
}

QTEST_MAIN(TestBacklogSearch)
#include "tst_backlogsearch.moc"
