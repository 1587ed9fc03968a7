#include "interchange/csvreader.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Ordo;

// The CSV reader under everything Ordo imports: RFC 4180, the quirks of real exports, and
// input that is not CSV at all, which must be refused with a message and no records.
class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void reads_data();
    void reads();
    void recordLines();
    void repeatedHeaders();
    void warnings_data();
    void warnings();
    void refuses_data();
    void refuses();
    void utf16WithByteOrderMark();
    void roundTrip_data();
    void roundTrip();
};

void TestCsvReader::reads_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("records");

    const QStringList ab{QStringLiteral("A"), QStringLiteral("B")};
    QTest::newRow("plain") << QByteArray("A,B\n1,2\n3,4\n") << ab
                           << QList<QStringList>{{"1", "2"}, {"3", "4"}};
    QTest::newRow("no line end at the end") << QByteArray("A,B\n1,2") << ab << QList<QStringList>{{"1", "2"}};
    QTest::newRow("CRLF") << QByteArray("A,B\r\n1,2\r\n") << ab << QList<QStringList>{{"1", "2"}};
    QTest::newRow("CR alone") << QByteArray("A,B\r1,2\r3,4") << ab << QList<QStringList>{{"1", "2"}, {"3", "4"}};
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF" "A,B\n1,2\n") << ab << QList<QStringList>{{"1", "2"}};
    QTest::newRow("empty fields") << QByteArray("A,B\n,\n,x\n") << ab << QList<QStringList>{{"", ""}, {"", "x"}};
    QTest::newRow("quoted comma") << QByteArray("A,B\n\"1,5\",2\n") << ab << QList<QStringList>{{"1,5", "2"}};
    QTest::newRow("doubled quotes") << QByteArray("A,B\n\"say \"\"hi\"\"\",\"\"\"\"\n") << ab
                                    << QList<QStringList>{{"say \"hi\"", "\""}};
    QTest::newRow("quoted line ends kept") << QByteArray("A,B\r\n\"one\r\ntwo\nthree\",2\r\n") << ab
                                           << QList<QStringList>{{"one\r\ntwo\nthree", "2"}};
    QTest::newRow("empty quoted field") << QByteArray("A,B\n\"\",2\n") << ab << QList<QStringList>{{"", "2"}};
    QTest::newRow("header names trimmed") << QByteArray(" A , B\n1,2\n") << ab << QList<QStringList>{{"1", "2"}};
    QTest::newRow("blank lines between records") << QByteArray("A,B\n1,2\n\n3,4\n\n") << ab
                                                 << QList<QStringList>{{"1", "2"}, {"3", "4"}};
    QTest::newRow("spaces kept in fields") << QByteArray("A,B\n 1 , 2\n") << ab << QList<QStringList>{{" 1 ", " 2"}};
    QTest::newRow("UTF-8 text") << QByteArray("A,B\nStraße,日本\n") << ab
                                << QList<QStringList>{{QStringLiteral("Straße"), QStringLiteral("日本")}};
    QTest::newRow("header only") << QByteArray("A,B\n") << ab << QList<QStringList>{};
}

void TestCsvReader::reads()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, records);

    const Expected<Csv::Table> table = Csv::read(bytes);
    QVERIFY2(table.ok(), qPrintable(table.errorMessage()));
    QCOMPARE(table->header, header);
    QCOMPARE(table->records.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i)
        QCOMPARE(table->records.at(i).fields, records.at(i));
}

void TestCsvReader::recordLines()
{
    // A record's line is where it starts in the file, counting the lines inside quotes.
    const QByteArray bytes("Summary,Description\r\n"
                           "First,\"two\r\nlines\"\r\n"
                           "Second,\"three\nmore\rlines\"\n"
                           "\n"
                           "Third,x\n");
    const Expected<Csv::Table> table = Csv::read(bytes);
    QVERIFY(table.ok());
    QCOMPARE(table->records.size(), 3);
    QCOMPARE(table->records.at(0).line, 2);
    QCOMPARE(table->records.at(1).line, 4);
    QCOMPARE(table->records.at(2).line, 8);
}

void TestCsvReader::repeatedHeaders()
{
    const QByteArray bytes("Summary,Labels,Sprint,Labels,labels,Custom field (Story Points)\n"
                           "Pay,mobile,S1,web,,5\n");
    const Expected<Csv::Table> table = Csv::read(bytes);
    QVERIFY(table.ok());
    QCOMPARE(table->columns(QStringLiteral("Labels")), (QList<int>{1, 3, 4}));
    QCOMPARE(table->columns(QStringLiteral("Custom field (Story Points)")), QList<int>{5});
    QCOMPARE(table->columns(QStringLiteral("Parent")), QList<int>{});
}

void TestCsvReader::warnings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("warning");
    QTest::addColumn<QStringList>("firstRecord");

    QTest::newRow("fewer fields") << QByteArray("A,B,C\n1,2\n") << QStringLiteral("Line 2 has 2 fields where the header has 3.")
                                  << QStringList{"1", "2"};
    QTest::newRow("more fields") << QByteArray("A\n1,2\n") << QStringLiteral("Line 2 has 2 fields where the header has 1.")
                                 << QStringList{"1", "2"};
    QTest::newRow("text after a closing quote") << QByteArray("A,B\n\"5\" pt,2\n")
                                                << QStringLiteral("Line 2: text after a closing quote was kept as part of the field.")
                                                << QStringList{"5 pt", "2"};
}

void TestCsvReader::warnings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, warning);
    QFETCH(QStringList, firstRecord);

    const Expected<Csv::Table> table = Csv::read(bytes);
    QVERIFY2(table.ok(), qPrintable(table.errorMessage()));
    QCOMPARE(table->warnings, QStringList{warning});
    QCOMPARE(table->records.first().fields, firstRecord);
}

void TestCsvReader::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("The file is empty.");
    QTest::newRow("a quote never closed") << QByteArray("A,B\n1,2\n3,\"four\n5,6\n")
                                          << QStringLiteral("A quoted field that starts on line 3 is never closed.");
    QTest::newRow("invalid UTF-8") << QByteArray("A,B\n1,2\n3,\xC3\x28\n")
                                   << QStringLiteral("The file is not UTF-8 text: line 3 holds bytes that are not. Save it as UTF-8 and import it again.");
    QTest::newRow("NUL bytes") << QByteArray("A,B\n1,\0" "2\n", 9) << QStringLiteral("The file holds binary data, not text.");
    QByteArray garbage(4096, Qt::Uninitialized);
    QRandomGenerator random(19);
    for (char &c : garbage)
        c = char(random.bounded(256));
    garbage[0] = char(0xFF); // no byte order mark of any kind
    garbage[1] = char(0x00);
    garbage[2] = char(0xC3);
    QTest::newRow("binary garbage") << garbage << QStringLiteral("The file is not UTF-8 text: line 1 holds bytes that are not. Save it as UTF-8 and import it again.");
    QByteArray longField("Summary,Description\nPay,");
    longField.append(QByteArray(10 * 1024 * 1024, 'x'));
    longField.append('\n');
    QTest::newRow("a 10 MB field") << longField
                                   << QStringLiteral("A field on line 2 is longer than 1,048,576 characters, more than Ordo reads in one field.");
    QByteArray longQuoted("Summary,Description\nPay,\"");
    longQuoted.append(QByteArray(10 * 1024 * 1024, 'y'));
    longQuoted.append("\"\n");
    QTest::newRow("a 10 MB quoted field") << longQuoted
                                          << QStringLiteral("A field on line 2 is longer than 1,048,576 characters, more than Ordo reads in one field.");
    QByteArray columns("A\n");
    columns.append(QByteArray(1'000'000, ','));
    QTest::newRow("a million columns") << columns << QStringLiteral("Line 2 has more than 4,096 columns, more than Ordo reads.");
}

void TestCsvReader::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);

    const Expected<Csv::Table> table = Csv::read(bytes);
    QVERIFY(!table.ok());
    QCOMPARE(table.errorMessage(), message);
}

void TestCsvReader::utf16WithByteOrderMark()
{
    const QString text = QStringLiteral("Title,Points\r\nÜber,3\r\n");
    QByteArray bytes("\xFF\xFE");
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const Expected<Csv::Table> table = Csv::read(bytes);
    QVERIFY2(table.ok(), qPrintable(table.errorMessage()));
    QCOMPARE(table->records.size(), 1);
    QCOMPARE(table->records.first().fields, (QStringList{QStringLiteral("Über"), QStringLiteral("3")}));
}

void TestCsvReader::roundTrip_data()
{
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("plain") << QStringList{"a", "b"};
    QTest::newRow("comma and quote") << QStringList{"a,b", "say \"hi\""};
    QTest::newRow("line ends") << QStringList{"one\ntwo", "three\r\nfour", "cr\ralone"};
    QTest::newRow("spaces at the ends") << QStringList{" padded ", "x"};
    QTest::newRow("empty") << QStringList{"", ""};
}

void TestCsvReader::roundTrip()
{
    QFETCH(QStringList, fields);

    QStringList header;
    for (int i = 0; i < fields.size(); ++i)
        header.append(QStringLiteral("C%1").arg(i));
    const QString text = Csv::formatRow(header) + Csv::formatRow(fields);
    const Expected<Csv::Table> table = Csv::parse(text);
    QVERIFY2(table.ok(), qPrintable(table.errorMessage()));
    QCOMPARE(table->records.size(), 1);
    QCOMPARE(table->records.first().fields, fields);
    QVERIFY(table->warnings.isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
