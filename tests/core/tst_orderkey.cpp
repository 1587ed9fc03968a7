#include "domain/orderkey.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Ordo;

class TestOrderKey : public QObject
{
    Q_OBJECT

private slots:
    void between_data();
    void between();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void appendsStayShort();
    void prependsStayShort();
    void spreadIsOrdered_data();
    void spreadIsOrdered();
    void sameGapGrowsSlowly();
    void randomMovesKeepStrictOrder();
};

void TestOrderKey::between_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty backlog") << QString() << QString() << QStringLiteral("a0");
    QTest::newRow("append after a0") << QStringLiteral("a0") << QString() << QStringLiteral("a1");
    QTest::newRow("append carries into two digits") << QStringLiteral("az") << QString() << QStringLiteral("b00");
    QTest::newRow("prepend before a0") << QString() << QStringLiteral("a0") << QStringLiteral("Zz");
    QTest::newRow("prepend before a1") << QString() << QStringLiteral("a1") << QStringLiteral("a0");
    QTest::newRow("between neighbours") << QStringLiteral("a0") << QStringLiteral("a1") << QStringLiteral("a0V");
    QTest::newRow("between far apart") << QStringLiteral("a0") << QStringLiteral("a5") << QStringLiteral("a1");
    QTest::newRow("between fractions") << QStringLiteral("a0V") << QStringLiteral("a1") << QStringLiteral("a0l");
    QTest::newRow("between close fractions") << QStringLiteral("a0V") << QStringLiteral("a0W") << QStringLiteral("a0VV");
}

void TestOrderKey::between()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    const auto key = OrderKey::between(before, after);
    QVERIFY(key.has_value());
    QCOMPARE(*key, expected);
    QVERIFY(OrderKey::isValid(*key));
    if (!before.isEmpty())
        QVERIFY(before < *key);
    if (!after.isEmpty())
        QVERIFY(*key < after);
}

void TestOrderKey::rejectsBadInput_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");

    QTest::newRow("equal keys") << QStringLiteral("a1") << QStringLiteral("a1");
    QTest::newRow("reversed keys") << QStringLiteral("a2") << QStringLiteral("a1");
    QTest::newRow("trailing zero") << QStringLiteral("a10") << QString();
    QTest::newRow("bad head") << QStringLiteral("!1") << QString();
    QTest::newRow("too short for its head") << QStringLiteral("b1") << QString();
    QTest::newRow("non-ASCII digit") << QStringLiteral("a\u00e9") << QString();
}

void TestOrderKey::rejectsBadInput()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QVERIFY(!OrderKey::between(before, after).has_value());
}

void TestOrderKey::appendsStayShort()
{
    QString previous;
    int longest = 0;
    for (int i = 0; i < 100000; ++i) {
        const auto key = OrderKey::between(previous, QString());
        QVERIFY(key.has_value());
        QVERIFY(previous.isEmpty() || previous < *key);
        longest = qMax(longest, int(key->size()));
        previous = *key;
    }
    QVERIFY2(longest <= 5, qPrintable(QString::number(longest)));
}

void TestOrderKey::prependsStayShort()
{
    QString next;
    for (int i = 0; i < 10000; ++i) {
        const auto key = OrderKey::between(QString(), next);
        QVERIFY(key.has_value());
        QVERIFY(next.isEmpty() || *key < next);
        next = *key;
    }
    QVERIFY(next.size() <= 5);
}

void TestOrderKey::spreadIsOrdered_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("count");

    QTest::newRow("new backlog of 1000") << QString() << QString() << 1000;
    QTest::newRow("1000 before a0") << QString() << QStringLiteral("a0") << 1000;
    QTest::newRow("1000 between neighbours") << QStringLiteral("a0") << QStringLiteral("a1") << 1000;
    QTest::newRow("one") << QStringLiteral("a0") << QStringLiteral("a1") << 1;
    QTest::newRow("none") << QStringLiteral("a0") << QStringLiteral("a1") << 0;
}

void TestOrderKey::spreadIsOrdered()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(int, count);
    const QList<QString> keys = OrderKey::spread(before, after, count);
    QCOMPARE(keys.size(), count);
    QString previous = before;
    for (const QString &key : keys) {
        QVERIFY(OrderKey::isValid(key));
        QVERIFY(previous.isEmpty() || previous < key);
        QVERIFY(after.isEmpty() || key < after);
        QVERIFY(key.size() <= 8);
        previous = key;
    }
}

void TestOrderKey::sameGapGrowsSlowly()
{
    // Always inserting right after the same key: the worst case for key length.
    const QString first = QStringLiteral("a0");
    QString next = QStringLiteral("a1");
    int insertions = 0;
    while (!OrderKey::needsRebalance(next)) {
        const auto key = OrderKey::between(first, next);
        QVERIFY(key.has_value());
        QVERIFY(first < *key && *key < next);
        next = *key;
        ++insertions;
    }
    // log2(62) bits per character: about six insertions per character.
    QVERIFY2(insertions >= 150, qPrintable(QString::number(insertions)));
}

void TestOrderKey::randomMovesKeepStrictOrder()
{
    QRandomGenerator random(20261122);
    QList<QString> keys = OrderKey::spread(QString(), QString(), 500);
    for (int move = 0; move < 5000; ++move) {
        const int from = int(random.bounded(keys.size()));
        keys.removeAt(from);
        const int to = int(random.bounded(keys.size() + 1));
        const QString before = to > 0 ? keys.at(to - 1) : QString();
        const QString after = to < keys.size() ? keys.at(to) : QString();
        const auto key = OrderKey::between(before, after);
        QVERIFY(key.has_value());
        keys.insert(to, *key);
    }
    for (int i = 1; i < keys.size(); ++i)
        QVERIFY2(keys.at(i - 1) < keys.at(i), qPrintable(keys.at(i - 1) + QLatin1Char(' ') + keys.at(i)));
    const auto longest = std::max_element(keys.cbegin(), keys.cend(), [](const QString &a, const QString &b) {
        return a.size() < b.size();
    });
    QVERIFY2(longest->size() <= OrderKey::maxKeyLength, qPrintable(*longest));
}

QTEST_GUILESS_MAIN(TestOrderKey)
#include "tst_orderkey.moc"
