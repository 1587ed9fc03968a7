#include "services/searchquery.h"

#include <QTest>

using namespace Ordo;

class TestSearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void keyNumber_data();
    void keyNumber();
    void sameFields();
};

namespace {

QString maskText(quint32 mask)
{
    return mask == 0 ? QString() : QString::number(mask, 2);
}

// The query in one line, for comparing.
QString describe(const SearchQuery &query)
{
    QStringList parts;
    for (const SearchQuery::Term &term : query.terms) {
        QString text = term.text;
        if (term.number)
            text += QStringLiteral("=#%1").arg(*term.number);
        parts.append((term.exclude ? QStringLiteral("-") : QString()) + QLatin1Char('[') + text + QLatin1Char(']'));
    }
    for (int number : query.keyNumbers)
        parts.append(QStringLiteral("key:%1").arg(number));
    for (const QString &label : query.labels)
        parts.append(QStringLiteral("label:") + label);
    for (const QString &label : query.excludedLabels)
        parts.append(QStringLiteral("-label:") + label);
    if (query.typeMask)
        parts.append(QStringLiteral("types:") + maskText(query.typeMask));
    if (query.excludedTypes)
        parts.append(QStringLiteral("-types:") + maskText(query.excludedTypes));
    if (query.statusMask)
        parts.append(QStringLiteral("statuses:") + maskText(query.statusMask));
    if (query.excludedStatuses)
        parts.append(QStringLiteral("-statuses:") + maskText(query.excludedStatuses));
    for (const QString &epic : query.epics)
        parts.append(QStringLiteral("epic:") + epic);
    if (query.impossible)
        parts.append(QStringLiteral("impossible"));
    return parts.join(QLatin1Char(' '));
}

QString bits(std::initializer_list<int> values)
{
    quint32 mask = 0;
    for (int v : values)
        mask |= 1u << v;
    return maskText(mask);
}

} // namespace

void TestSearchQuery::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("problems");

    QTest::newRow("empty") << QString() << QString() << 0;
    QTest::newRow("spaces") << QStringLiteral("   ") << QString() << 0;
    QTest::newRow("words, folded") << QStringLiteral("Pay  CARD") << QStringLiteral("[pay] [card]") << 0;
    QTest::newRow("German sharp s folds") << QStringLiteral("STRASSE Straße") << QStringLiteral("[strasse] [straße]") << 0;
    QTest::newRow("phrase") << QStringLiteral("\"Saved card\" pay") << QStringLiteral("[saved card] [pay]") << 0;
    QTest::newRow("phrase being typed") << QStringLiteral("\"saved ca") << QStringLiteral("[saved ca]") << 0;
    QTest::newRow("exclusion") << QStringLiteral("pay -card") << QStringLiteral("[pay] -[card]") << 0;
    QTest::newRow("excluded phrase") << QStringLiteral("-\"gift card\"") << QStringLiteral("-[gift card]") << 0;
    QTest::newRow("a lone dash is a word") << QStringLiteral("a - b") << QStringLiteral("[a] [-] [b]") << 0;
    QTest::newRow("hyphenated word") << QStringLiteral("e-mail") << QStringLiteral("[e-mail]") << 0;
    QTest::newRow("key as a word") << QStringLiteral("ord-42") << QStringLiteral("[ord-42=#42]") << 0;
    QTest::newRow("hash number") << QStringLiteral("#7") << QStringLiteral("[#7=#7]") << 0;
    QTest::newRow("bare number is a word") << QStringLiteral("42") << QStringLiteral("[42]") << 0;
    QTest::newRow("other product's key is a word") << QStringLiteral("ABC-7") << QStringLiteral("[abc-7]") << 0;
    QTest::newRow("key field") << QStringLiteral("key:ORD-12 key:13") << QStringLiteral("key:12 key:13") << 0;
    QTest::newRow("key field, not a key") << QStringLiteral("key:xyz") << QStringLiteral("impossible") << 1;
    QTest::newRow("label field") << QStringLiteral("label:Mobile -label:ios") << QStringLiteral("label:mobile -label:ios") << 0;
    QTest::newRow("field names in any case") << QStringLiteral("LABEL:x Type:bug")
                                             << QStringLiteral("label:x types:") + bits({int(ItemType::Bug)}) << 0;
    QTest::newRow("types") << QStringLiteral("type:bug type:spike")
                           << QStringLiteral("types:") + bits({int(ItemType::Bug), int(ItemType::Spike)}) << 0;
    QTest::newRow("type by its display name") << QStringLiteral("type:\"technical debt\"")
                                              << QStringLiteral("types:") + bits({int(ItemType::TechnicalDebt)}) << 0;
    QTest::newRow("excluded type") << QStringLiteral("-type:epic") << QStringLiteral("-types:") + bits({int(ItemType::Epic)}) << 0;
    QTest::newRow("status") << QStringLiteral("status:ready") << QStringLiteral("statuses:") + bits({int(ItemStatus::Ready)}) << 0;
    QTest::newRow("status with underscore or space") << QStringLiteral("status:in_progress status:\"In Progress\"")
                                                     << QStringLiteral("statuses:") + bits({int(ItemStatus::InProgress)}) << 0;
    QTest::newRow("status prefix names several") << QStringLiteral("status:in")
                                                 << QStringLiteral("statuses:") + bits({int(ItemStatus::InProgress), int(ItemStatus::InReview)})
                                                 << 0;
    QTest::newRow("unknown status") << QStringLiteral("status:waiting") << QStringLiteral("impossible") << 1;
    QTest::newRow("unknown type") << QStringLiteral("type:bgu pay") << QStringLiteral("[pay] impossible") << 1;
    QTest::newRow("field value being typed") << QStringLiteral("pay type:") << QStringLiteral("[pay]") << 0;
    QTest::newRow("epic, quoted") << QStringLiteral("epic:\"Fast Checkout\" pay") << QStringLiteral("[pay] epic:fast checkout") << 0;
    QTest::newRow("unknown field is a word") << QStringLiteral("note:this") << QStringLiteral("[note:this]") << 0;
    QTest::newRow("quoted field is a phrase") << QStringLiteral("\"type:bug\"") << QStringLiteral("[type:bug]") << 0;
}

void TestSearchQuery::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(int, problems);
    const SearchQuery query = SearchQuery::parse(text, QStringLiteral("ORD"));
    QCOMPARE(describe(query), expected);
    QCOMPARE(query.problems.size(), problems);
    QCOMPARE(query.isEmpty(), expected.isEmpty());
}

void TestSearchQuery::keyNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("expected"); // -1: not a key

    QTest::newRow("key") << QStringLiteral("ORD-42") << QStringLiteral("ORD") << 42;
    QTest::newRow("any case") << QStringLiteral("ord-42") << QStringLiteral("ORD") << 42;
    QTest::newRow("hash") << QStringLiteral("#42") << QStringLiteral("ORD") << 42;
    QTest::newRow("number") << QStringLiteral("42") << QStringLiteral("ORD") << 42;
    QTest::newRow("other prefix") << QStringLiteral("HRV-12") << QStringLiteral("ORD") << -1;
    QTest::newRow("no prefix known") << QStringLiteral("HRV-12") << QString() << 12;
    QTest::newRow("word") << QStringLiteral("pay") << QStringLiteral("ORD") << -1;
    QTest::newRow("too large") << QStringLiteral("#99999999999") << QStringLiteral("ORD") << -1;
}

void TestSearchQuery::keyNumber()
{
    QFETCH(QString, text);
    QFETCH(QString, prefix);
    QFETCH(int, expected);
    QCOMPARE(SearchQuery::keyNumber(text, prefix).value_or(-1), expected);
}

void TestSearchQuery::sameFields()
{
    const SearchQuery a = SearchQuery::parse(u"type:bug pay", QStringLiteral("ORD"));
    QVERIFY(a.sameFields(SearchQuery::parse(u"payment type:bug", QStringLiteral("ORD"))));
    QVERIFY(!a.sameFields(SearchQuery::parse(u"pay type:story", QStringLiteral("ORD"))));
    QVERIFY(!a.sameFields(SearchQuery::parse(u"pay", QStringLiteral("ORD"))));
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
