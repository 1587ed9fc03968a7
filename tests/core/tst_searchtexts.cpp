#include "services/searchtexts.h"

#include <QTest>

using namespace Ordo;

// SearchTexts keeps the backlog filter's copy of every row's search key. Each case applies
// the same edits to a list of rows, as BacklogModel makes them, and to the keys, and then
// reads every key back against its row.
class TestSearchTexts : public QObject
{
    Q_OBJECT

private slots:
    void followsRows_data();
    void followsRows();
    void compactsWhatEditsLeaveBehind();
    void letterBits_data();
    void letterBits();
};

namespace {

BacklogRow makeRow(int id, const QString &title, const QString &labels = {})
{
    BacklogRow row;
    row.id = id;
    row.number = id;
    row.title = title;
    row.labels = labels;
    row.foldSearchText();
    return row;
}

QList<BacklogRow> startingRows()
{
    QList<BacklogRow> rows;
    for (int i = 1; i <= 6; ++i)
        rows.append(makeRow(i, QStringLiteral("Item %1 Straße").arg(i), i % 2 ? QStringLiteral("mobile") : QString()));
    return rows;
}

void compareKeys(const SearchTexts &texts, const QList<BacklogRow> &rows)
{
    QCOMPARE(texts.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const SearchKey key = texts.key(i);
        QCOMPARE(key.id, rows.at(i).id);
        QCOMPARE(key.text.toString(), rows.at(i).searchText);
        QCOMPARE(key.letters, rows.at(i).searchLetters);
        QCOMPARE(key.pairs, rows.at(i).searchPairs);
    }
}

// QList::move(from, to) as QAbstractItemModel::rowsMoved describes it: rows [first, last]
// go before `destination`.
void moveRows(QList<BacklogRow> &rows, int first, int last, int destination)
{
    QList<BacklogRow> block = rows.mid(first, last - first + 1);
    rows.remove(first, last - first + 1);
    const int at = destination > last ? destination - (last - first + 1) : destination;
    for (int i = 0; i < block.size(); ++i)
        rows.insert(at + i, block.at(i));
}

} // namespace

void TestSearchTexts::followsRows_data()
{
    // An edit: "i first last" inserts rows there, "r first last" removes them,
    // "m first last destination" moves them, "u row" retitles one.
    QTest::addColumn<QStringList>("edits");

    QTest::newRow("nothing") << QStringList();
    QTest::newRow("insert at the top") << QStringList{QStringLiteral("i 0 1")};
    QTest::newRow("insert in the middle") << QStringList{QStringLiteral("i 3 3")};
    QTest::newRow("insert at the bottom") << QStringList{QStringLiteral("i 6 8")};
    QTest::newRow("remove the first") << QStringList{QStringLiteral("r 0 0")};
    QTest::newRow("remove a block") << QStringList{QStringLiteral("r 2 4")};
    QTest::newRow("remove the last") << QStringList{QStringLiteral("r 5 5")};
    QTest::newRow("move down") << QStringList{QStringLiteral("m 0 1 4")};
    QTest::newRow("move to the end") << QStringList{QStringLiteral("m 1 1 6")};
    QTest::newRow("move up") << QStringList{QStringLiteral("m 4 5 0")};
    QTest::newRow("move onto itself") << QStringList{QStringLiteral("m 2 3 2")};
    QTest::newRow("move just below itself") << QStringList{QStringLiteral("m 2 3 4")};
    QTest::newRow("retitle") << QStringList{QStringLiteral("u 2")};
    QTest::newRow("retitle, move, insert, remove")
        << QStringList{QStringLiteral("u 0"), QStringLiteral("m 0 0 6"), QStringLiteral("i 2 2"),
                       QStringLiteral("r 0 1"), QStringLiteral("u 4")};
}

void TestSearchTexts::followsRows()
{
    QFETCH(QStringList, edits);

    QList<BacklogRow> rows = startingRows();
    SearchTexts texts;
    texts.reset(rows);
    compareKeys(texts, rows);
    int nextId = 100;
    for (const QString &edit : std::as_const(edits)) {
        const QStringList parts = edit.split(QLatin1Char(' '));
        const int first = parts.at(1).toInt();
        const int last = parts.size() > 2 ? parts.at(2).toInt() : first;
        switch (parts.at(0).at(0).unicode()) {
        case 'i':
            for (int row = first; row <= last; ++row, ++nextId)
                rows.insert(row, makeRow(nextId, QStringLiteral("New ÉTÉ %1").arg(nextId), QStringLiteral("web")));
            texts.insert(rows, first, last);
            break;
        case 'r':
            rows.remove(first, last - first + 1);
            texts.remove(first, last);
            break;
        case 'm':
            moveRows(rows, first, last, parts.at(3).toInt());
            texts.move(first, last, parts.at(3).toInt());
            break;
        case 'u':
            rows[first] = makeRow(int(rows.at(first).id), QStringLiteral("Renamed to pay by card"), QStringLiteral("payments"));
            texts.update(rows, 0, int(rows.size()) - 1);
            break;
        }
        compareKeys(texts, rows);
    }
}

void TestSearchTexts::compactsWhatEditsLeaveBehind()
{
    QList<BacklogRow> rows;
    for (int i = 1; i <= 200; ++i)
        rows.append(makeRow(i, QStringLiteral("A title long enough to fill the buffer %1").arg(i)));
    SearchTexts texts;
    texts.reset(rows);
    qsizetype live = 0;
    for (const BacklogRow &row : std::as_const(rows))
        live += row.searchText.size();
    QCOMPARE(texts.bufferSize(), live);

    // A row whose text did not change takes no room.
    texts.update(rows, 0, int(rows.size()) - 1);
    QCOMPARE(texts.bufferSize(), live);

    // Each retitle appends; the dead texts are dropped before they outweigh the live ones.
    for (int round = 0; round < 5; ++round) {
        for (int i = 0; i < rows.size(); ++i) {
            rows[i] = makeRow(i + 1, QStringLiteral("Round %1, title %2").arg(round).arg(i));
            texts.update(rows, i, i);
            QVERIFY2(texts.bufferSize() <= 2 * live + 64, qPrintable(QString::number(texts.bufferSize())));
        }
        compareKeys(texts, rows);
    }
    texts.remove(0, 189);
    rows.remove(0, 190);
    compareKeys(texts, rows);
    QVERIFY(texts.bufferSize() < live);
}

void TestSearchTexts::letterBits_data()
{
    // The filter answers a one-letter word from the mask alone when the letter has a bit of
    // its own: the mask must then be exact.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("letter");
    QTest::addColumn<bool>("ownBit");
    QTest::addColumn<bool>("inMask");

    QTest::newRow("a letter present") << QStringLiteral("pay") << QStringLiteral("y") << true << true;
    QTest::newRow("a letter absent") << QStringLiteral("pay") << QStringLiteral("z") << true << false;
    QTest::newRow("a digit does not stand for a letter") << QStringLiteral("item 0") << QStringLiteral("p") << true << false;
    QTest::newRow("a digit present") << QStringLiteral("item 0") << QStringLiteral("0") << true << true;
    QTest::newRow("punctuation is not a letter") << QStringLiteral("(1)!") << QStringLiteral("a") << true << false;
    QTest::newRow("an accented letter shares its bit") << QStringLiteral("été") << QStringLiteral("é") << false << true;
}

void TestSearchTexts::letterBits()
{
    QFETCH(QString, text);
    QFETCH(QString, letter);
    QFETCH(bool, ownBit);
    QFETCH(bool, inMask);

    QCOMPARE(BacklogRow::hasOwnLetterBit(letter.front()), ownBit);
    const quint64 bit = BacklogRow::letterMask(letter);
    QCOMPARE((BacklogRow::letterMask(text) & bit) == bit, inMask);
}

QTEST_GUILESS_MAIN(TestSearchTexts)
#include "tst_searchtexts.moc"
