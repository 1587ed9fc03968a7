#include "services/backlogfilter.h"

#include <QTest>

using namespace Ordo;

class TestBacklogFilter : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void isActive();
    void narrows_data();
    void narrows();
    void labelPrefixes_data();
    void labelPrefixes();
    void findFolded_data();
    void findFolded();
};

void TestBacklogFilter::matches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("readiness");
    QTest::addColumn<bool>("withoutEpic");
    QTest::addColumn<bool>("inTextMatches");
    QTest::addColumn<bool>("expected");

    const int any = int(BacklogFilter::Readiness::Any);
    QTest::newRow("empty") << QString() << QString() << any << false << false << true;
    QTest::newRow("title, any case") << QStringLiteral("SAVED card") << QString() << any << false << false << true;
    QTest::newRow("key") << QStringLiteral("ord-42") << QString() << any << false << false << true;
    QTest::newRow("wrong key") << QStringLiteral("ORD-43") << QString() << any << false << false << false;
    QTest::newRow("hash number") << QStringLiteral("#42") << QString() << any << false << false << true;
    QTest::newRow("label text") << QStringLiteral("paym") << QString() << any << false << false << true;
    QTest::newRow("story text found in file") << QStringLiteral("receipt") << QString() << any << false << true << true;
    QTest::newRow("no match") << QStringLiteral("receipt") << QString() << any << false << false << false;
    QTest::newRow("label exact") << QString() << QStringLiteral("Mobile") << any << false << false << true;
    QTest::newRow("label partial is not the label") << QString() << QStringLiteral("mob") << any << false << false << false;
    QTest::newRow("ready") << QString() << QString() << int(BacklogFilter::Readiness::Ready) << false << false << true;
    QTest::newRow("not ready") << QString() << QString() << int(BacklogFilter::Readiness::NotReady) << false << false << false;
    QTest::newRow("without epic") << QString() << QString() << any << true << false << false;
    QTest::newRow("two words, both found") << QStringLiteral("card pay") << QString() << any << false << false << true;
    QTest::newRow("two words, one missing") << QStringLiteral("card zebra") << QString() << any << false << false << false;
    QTest::newRow("phrase") << QStringLiteral("\"a saved\"") << QString() << any << false << false << true;
    QTest::newRow("phrase in the wrong order") << QStringLiteral("\"saved a\"") << QString() << any << false << false << false;
    QTest::newRow("excluded word") << QStringLiteral("card -saved") << QString() << any << false << false << false;
    QTest::newRow("excluded word absent") << QStringLiteral("card -gift") << QString() << any << false << false << true;
    QTest::newRow("excluded word in story text") << QStringLiteral("-receipt") << QString() << any << false << true << false;
    QTest::newRow("key field") << QStringLiteral("key:ORD-42") << QString() << any << false << false << true;
    QTest::newRow("key field, other item") << QStringLiteral("key:ORD-41") << QString() << any << false << false << false;
    QTest::newRow("label field prefix") << QStringLiteral("label:pay") << QString() << any << false << false << true;
    QTest::newRow("label field, no such label") << QStringLiteral("label:ios") << QString() << any << false << false << false;
    QTest::newRow("not this label") << QStringLiteral("-label:mobile") << QString() << any << false << false << false;
    QTest::newRow("type field") << QStringLiteral("type:story") << QString() << any << false << false << true;
    QTest::newRow("type field, other type") << QStringLiteral("type:bug") << QString() << any << false << false << false;
    QTest::newRow("unknown type matches nothing") << QStringLiteral("type:bgu") << QString() << any << false << false << false;
    QTest::newRow("status field") << QStringLiteral("status:ready card") << QString() << any << false << false << true;
    QTest::newRow("status prefix") << QStringLiteral("status:rea") << QString() << any << false << false << true;
    QTest::newRow("not this status") << QStringLiteral("-status:ready") << QString() << any << false << false << false;
    QTest::newRow("epic field") << QStringLiteral("epic:checkout") << QString() << any << false << false << true;
    QTest::newRow("epic field, other epic") << QStringLiteral("epic:search") << QString() << any << false << false << false;
    QTest::newRow("epic field, quoted") << QStringLiteral("epic:\"fast checkout\"") << QString() << any << false << false << true;
    QTest::newRow("one letter") << QStringLiteral("W") << QString() << any << false << false << true;
    QTest::newRow("one letter, absent") << QStringLiteral("z") << QString() << any << false << false << false;
    QTest::newRow("one letter excluded") << QStringLiteral("card -y") << QString() << any << false << false << false;
    QTest::newRow("one letter, other words") << QStringLiteral("s card") << QString() << any << false << false << true;
    QTest::newRow("one letter and a type") << QStringLiteral("v type:story") << QString() << any << false << false << true;
    QTest::newRow("one letter and another type") << QStringLiteral("v type:bug") << QString() << any << false << false << false;
    QTest::newRow("unknown field is text") << QStringLiteral("note:x") << QString() << any << false << false << false;
}

void TestBacklogFilter::matches()
{
    QFETCH(QString, text);
    QFETCH(QString, label);
    QFETCH(int, readiness);
    QFETCH(bool, withoutEpic);
    QFETCH(bool, inTextMatches);
    QFETCH(bool, expected);

    BacklogRow row;
    row.id = 7;
    row.number = 42;
    row.parentId = 3;
    row.title = QStringLiteral("Pay with a saved card");
    row.labels = QStringLiteral("mobile, payments");
    row.status = ItemStatus::Ready;
    row.foldSearchText();
    BacklogFilter filter;
    filter.text = text;
    filter.label = label;
    filter.readiness = BacklogFilter::Readiness(readiness);
    filter.withoutEpic = withoutEpic;
    // Readiness is the caller's judgement (the Definition of Ready); here item 7 is ready.
    BacklogFilterMatcher::Context context;
    context.keyPrefix = QStringLiteral("ORD");
    // The full-text index found item 7 for every term of three characters or more.
    const SearchQuery query = SearchQuery::parse(text, context.keyPrefix);
    for (const SearchQuery::Term &term : query.terms) {
        if (term.text.size() >= 3)
            context.fullText.insert(term.text, inTextMatches ? QSet<ItemId>{7} : QSet<ItemId>{});
    }
    context.isReady = [](const BacklogRow &r) { return r.id == 7; };
    // Epic 3 is "Fast checkout".
    context.epicsNamed = [](const QString &name) {
        return QStringLiteral("fast checkout").contains(name) || name == QStringLiteral("ord-3") ? QSet<ItemId>{3} : QSet<ItemId>{};
    };
    const BacklogFilterMatcher matcher(filter, context);
    QCOMPARE(matcher.matches(row), expected);
}

void TestBacklogFilter::isActive()
{
    BacklogFilter filter;
    QVERIFY(!filter.isActive());
    filter.text = QStringLiteral("  ");
    QVERIFY(!filter.isActive());
    filter.epic = 4;
    QVERIFY(filter.isActive());
}

void TestBacklogFilter::narrows_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<bool>("searchedBefore"); // the index was asked about the terms before
    QTest::addColumn<bool>("searchedAfter");
    QTest::addColumn<bool>("expected");

    QTest::newRow("a longer word") << QStringLiteral("pay") << QStringLiteral("paym") << true << true << true;
    QTest::newRow("a longer word, not searched yet") << QStringLiteral("pay") << QStringLiteral("paym") << true << false << true;
    QTest::newRow("a longer word the index has and the shorter had not")
        << QStringLiteral("pa") << QStringLiteral("pay") << false << true << false;
    QTest::newRow("a shorter word") << QStringLiteral("paym") << QStringLiteral("pay") << true << true << false;
    QTest::newRow("one more word") << QStringLiteral("pay") << QStringLiteral("pay card") << false << false << true;
    QTest::newRow("one word less") << QStringLiteral("pay card") << QStringLiteral("pay") << false << false << false;
    QTest::newRow("one more exclusion") << QStringLiteral("pay") << QStringLiteral("pay -card") << false << false << true;
    QTest::newRow("a longer exclusion") << QStringLiteral("pay -car") << QStringLiteral("pay -card") << false << false << false;
    QTest::newRow("a field added") << QStringLiteral("pay") << QStringLiteral("pay type:bug") << false << false << false;
    QTest::newRow("a field kept") << QStringLiteral("type:bug pay") << QStringLiteral("type:bug paym") << false << false << true;
    QTest::newRow("a key typed on") << QStringLiteral("ORD-4") << QStringLiteral("ORD-42") << false << false << false;
    QTest::newRow("a word inside the new phrase") << QStringLiteral("card") << QStringLiteral("\"saved card\"") << false << false << true;
}

void TestBacklogFilter::narrows()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(bool, searchedBefore);
    QFETCH(bool, searchedAfter);
    QFETCH(bool, expected);

    const auto matcherFor = [](const QString &text, bool searched) {
        BacklogFilter filter;
        filter.text = text;
        BacklogFilterMatcher::Context context;
        context.keyPrefix = QStringLiteral("ORD");
        if (searched) {
            for (const SearchQuery::Term &term : SearchQuery::parse(text, context.keyPrefix).terms)
                context.fullText.insert(term.text, {});
        }
        return BacklogFilterMatcher(filter, context);
    };
    QCOMPARE(matcherFor(after, searchedAfter).narrows(matcherFor(before, searchedBefore)), expected);
}

void TestBacklogFilter::labelPrefixes_data()
{
    QTest::addColumn<QString>("labels");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<bool>("expected");

    QTest::newRow("first") << QStringLiteral("mobile, payments") << QStringLiteral("mob") << true;
    QTest::newRow("second") << QStringLiteral("mobile, payments") << QStringLiteral("pay") << true;
    QTest::newRow("inside a label is not a prefix") << QStringLiteral("mobile, payments") << QStringLiteral("ments") << false;
    QTest::newRow("no labels") << QString() << QStringLiteral("pay") << false;
    QTest::newRow("whole label") << QStringLiteral("ui") << QStringLiteral("ui") << true;
}

void TestBacklogFilter::labelPrefixes()
{
    QFETCH(QString, labels);
    QFETCH(QString, prefix);
    QFETCH(bool, expected);
    QCOMPARE(hasLabelStartingWith(labels, prefix), expected);
}

void TestBacklogFilter::findFolded_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("expected");

    QTest::newRow("at the start") << QStringLiteral("pay by card") << QStringLiteral("pay") << 0;
    QTest::newRow("at the end") << QStringLiteral("pay by card") << QStringLiteral("card") << 7;
    QTest::newRow("in the middle") << QStringLiteral("pay by card") << QStringLiteral("y b") << 2;
    QTest::newRow("first letter repeats") << QStringLiteral("aaab") << QStringLiteral("aab") << 1;
    QTest::newRow("first letter at the very end") << QStringLiteral("card") << QStringLiteral("do") << -1;
    QTest::newRow("longer than the text") << QStringLiteral("pay") << QStringLiteral("payment") << -1;
    QTest::newRow("absent") << QStringLiteral("pay by card") << QStringLiteral("cash") << -1;
    QTest::newRow("one letter") << QStringLiteral("pay by card") << QStringLiteral("b") << 4;
    QTest::newRow("empty word") << QStringLiteral("pay") << QString() << 0;
    QTest::newRow("empty text") << QString() << QStringLiteral("p") << -1;
    QTest::newRow("beyond Latin-1") << QStringLiteral("the ∑ of ∑x") << QStringLiteral("∑x") << 9;
    QTest::newRow("a long text") << QString(QStringLiteral("ab").repeated(500) + QStringLiteral("abc")) << QStringLiteral("abc") << 1000;
}

void TestBacklogFilter::findFolded()
{
    QFETCH(QString, text);
    QFETCH(QString, word);
    QFETCH(int, expected);
    QCOMPARE(Ordo::findFolded(text, word), qsizetype(expected));
}

QTEST_GUILESS_MAIN(TestBacklogFilter)
#include "tst_backlogfilter.moc"
