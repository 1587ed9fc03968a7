#include "services/gherkin.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Ordo;
using namespace Ordo::Gherkin;

// The parser behind the acceptance criteria editor, the INVEST Testable hint
// and the sprint review's criterion-by-criterion walkthrough.
class TestGherkin : public QObject
{
    Q_OBJECT

private slots:
    void validDocuments_data();
    void validDocuments();
    void errors_data();
    void errors();
    void outline();
    void effectiveKeyword();
    void garbage_data();
    void garbage();
    void longInput();
    void splitJoin_data();
    void splitJoin();
    void stepKeywordsPerLanguage();
};

void TestGherkin::validDocuments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<int>>("stepCounts");

    QTest::newRow("one scenario") << QString::fromUtf8("Scenario: Pay with a saved card\n"
                                                       "  Given I have a saved card\n"
                                                       "  When I pay for my basket\n"
                                                       "  Then the order is confirmed\n")
                                  << QStringList{"Pay with a saved card"} << QList<int>{3};
    QTest::newRow("two scenarios, feature, comments, tags")
        << QString::fromUtf8("Feature: Checkout\n"
                             "  # the happy path first\n"
                             "  @smoke @payments\n"
                             "  Scenario: Saved card\n"
                             "    Given a saved card\n"
                             "    When I pay\n"
                             "    Then it is confirmed\n"
                             "    And I get an email\n"
                             "\n"
                             "  Example: Expired card\n"
                             "    Given an expired card\n"
                             "    When I pay\n"
                             "    Then I am asked for another card\n"
                             "    But the basket is kept\n")
        << QStringList{"Saved card", "Expired card"} << QList<int>{4, 4};
    QTest::newRow("background, data table, doc string")
        << QString::fromUtf8("Background:\n"
                             "  Given I am signed in\n"
                             "Scenario: Bulk add\n"
                             "  Given these products:\n"
                             "    | name   | qty |\n"
                             "    | milk   | 2   |\n"
                             "  When I add them\n"
                             "  Then the basket says:\n"
                             "    \"\"\"\n"
                             "    Scenario: this is not parsed\n"
                             "    \"\"\"\n")
        << QStringList{"Bulk add"} << QList<int>{3};
    QTest::newRow("outline with examples")
        << QString::fromUtf8("Scenario Outline: Delivery fee\n"
                             "  Given a basket of <amount> euros\n"
                             "  Then the fee is <fee>\n"
                             "  Examples:\n"
                             "    | amount | fee |\n"
                             "    | 20     | 5   |\n"
                             "    | 60     | 0   |\n")
        << QStringList{"Delivery fee"} << QList<int>{2};
    QTest::newRow("german keywords")
        << QString::fromUtf8("# language: de\n"
                             "Funktionalität: Kasse\n"
                             "  Szenario: Mit Karte zahlen\n"
                             "    Angenommen ich habe eine gespeicherte Karte\n"
                             "    Wenn ich bezahle\n"
                             "    Dann wird die Bestellung bestätigt\n"
                             "    Und ich erhalte eine Bestätigung für Grüße\n")
        << QStringList{"Mit Karte zahlen"} << QList<int>{4};
    QTest::newRow("non-ASCII step text, CRLF")
        << QString::fromUtf8("Scenario: 注文を確認する 🛒\r\n"
                             "  Given カートに商品がある\r\n"
                             "  When I pay 10 €\r\n"
                             "  Then the receipt says “Danke schön”\r\n")
        << QStringList{"注文を確認する 🛒"} << QList<int>{3};
}

void TestGherkin::validDocuments()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QFETCH(QList<int>, stepCounts);

    const Document document = parse(text);
    for (const Error &error : document.errors)
        qWarning("line %d: %s", error.line, qPrintable(error.message));
    QVERIFY(document.isValid());
    QCOMPARE(document.scenarios.size(), names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        QCOMPARE(document.scenarios.at(i).name, names.at(i));
        QCOMPARE(document.scenarios.at(i).steps.size(), stepCounts.at(i));
        QVERIFY(document.scenarios.at(i).hasThen());
    }
}

void TestGherkin::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("line");

    QTest::newRow("step before scenario") << QString("Given a basket\nScenario: A\n  Given x\n  Then y")
                                          << int(ErrorKind::StepBeforeScenario) << 1;
    QTest::newRow("scenario without then") << QString("Scenario: Pay\n  Given a card\n  When I pay\n")
                                           << int(ErrorKind::ScenarioWithoutThen) << 1;
    QTest::newRow("empty scenario") << QString("Scenario: A\n  Given x\n  Then y\n\nScenario: Empty\n")
                                    << int(ErrorKind::EmptyScenario) << 5;
    QTest::newRow("and first") << QString("Scenario: A\n  And x\n  Then y")
                               << int(ErrorKind::ContinuationWithoutStep) << 2;
    QTest::newRow("unrecognized line") << QString("Scenario: A\n  Given x\n  the user clicks\n  Then y")
                                       << int(ErrorKind::UnrecognizedLine) << 3;
    QTest::newRow("outline without examples") << QString("Scenario Outline: A\n  Given <x>\n  Then y")
                                              << int(ErrorKind::OutlineWithoutExamples) << 1;
    QTest::newRow("examples outside outline")
        << QString("Scenario: A\n  Given x\n  Then y\n  Examples:\n    | x |\n    | 1 |")
        << int(ErrorKind::ExamplesOutsideOutline) << 4;
    QTest::newRow("table row width")
        << QString("Scenario Outline: A\n  Given <x>\n  Then <y>\n  Examples:\n    | x | y |\n    | 1 |")
        << int(ErrorKind::TableRowWidth) << 6;
    QTest::newRow("unknown placeholder")
        << QString("Scenario Outline: A\n  Given <x>\n  Then <z>\n  Examples:\n    | x |\n    | 1 |")
        << int(ErrorKind::UnknownPlaceholder) << 3;
    QTest::newRow("unterminated doc string")
        << QString("Scenario: A\n  Given x\n  Then the text is:\n    \"\"\"\n    hello")
        << int(ErrorKind::UnterminatedDocString) << 4;
}

void TestGherkin::errors()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(int, line);

    const Document document = parse(text);
    QVERIFY(!document.isValid());
    const auto found = std::find_if(document.errors.cbegin(), document.errors.cend(),
                                    [&](const Error &e) { return int(e.kind) == kind; });
    QVERIFY2(found != document.errors.cend(), "the expected kind of error was not reported");
    QCOMPARE(found->line, line);
    QVERIFY(!found->message.isEmpty());
    QVERIFY(!found->message.contains(QLatin1Char('\n')));
}

void TestGherkin::outline()
{
    const Document document = parse(QString("Scenario Outline: Fee\n"
                                            "  Given a basket of <amount>\n"
                                            "  Then the fee is <fee>\n"
                                            "  Examples: Small baskets\n"
                                            "    | amount | fee |\n"
                                            "    | 20     | 5   |\n"
                                            "    | 30 \\| 40 | 5 |\n"));
    QVERIFY(document.isValid());
    const Scenario &s = document.scenarios.front();
    QCOMPARE(s.kind, ScenarioKind::Outline);
    QCOMPARE(s.examples.size(), 1);
    QCOMPARE(s.examples.front().name, QString("Small baskets"));
    QCOMPARE(s.examples.front().header, (QStringList{"amount", "fee"}));
    QCOMPARE(s.examples.front().rows.size(), 2);
    QCOMPARE(s.examples.front().rows.at(1), (QStringList{"30 | 40", "5"}));
    QCOMPARE(s.endLine, 7);
}

void TestGherkin::effectiveKeyword()
{
    const Document document = parse(QString("Scenario: A\n  Given x\n  And y\n  When z\n  Then a\n  "
                                            "And b\n  But c\n  * d"));
    const QList<Step> &steps = document.scenarios.front().steps;
    QCOMPARE(steps.size(), 7);
    QCOMPARE(steps.at(1).keyword, StepKeyword::And);
    QCOMPARE(steps.at(1).effective, StepKeyword::Given);
    for (int i = 4; i < 7; ++i)
        QCOMPARE(steps.at(i).effective, StepKeyword::Then);
    QCOMPARE(steps.at(5).keyword, StepKeyword::But);
    QCOMPARE(steps.at(6).keyword, StepKeyword::Star);
}

void TestGherkin::garbage_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("utf8");
    for (quint32 seed : {1u, 2u, 3u, 42u, 2026u}) {
        QTest::addRow("latin1 seed %u", seed) << seed << false;
        QTest::addRow("utf8 seed %u", seed) << seed << true;
    }
}

void TestGherkin::garbage()
{
    QFETCH(quint32, seed);
    QFETCH(bool, utf8);

    QRandomGenerator random(seed);
    QByteArray bytes(64 * 1024, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    // Sprinkle the characters the parser looks at.
    for (const char *piece : {"|", "\"\"\"", "Scenario:", "\r\n", "<", ">", "@", "#", "Examples:"})
        bytes.insert(int(random.bounded(bytes.size())), piece);
    const QString text = utf8 ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
    const Document document = parse(text);
    QVERIFY(document.errors.size() <= maxErrors);
    const QStringList chunks = splitScenarios(text);
    Q_UNUSED(chunks);
}

void TestGherkin::longInput()
{
    QString text;
    constexpr int count = 20000;
    for (int i = 0; i < count; ++i)
        text += QString("Scenario: Number %1\n  Given %1\n  When it runs\n  Then it ends\n\n").arg(i);
    const Document document = parse(text);
    QVERIFY(document.isValid());
    QCOMPARE(document.scenarios.size(), count);
    QCOMPARE(document.scenarios.last().name, QString("Number %1").arg(count - 1));
    QCOMPARE(splitScenarios(text).size(), count);
}

void TestGherkin::splitJoin_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("chunks");

    QTest::newRow("empty") << QString() << QStringList{};
    QTest::newRow("whitespace only") << QString("  \n\n \n") << QStringList{};
    QTest::newRow("two scenarios") << QString("Scenario: A\n  Then a\n\nScenario: B\n  Then b")
                                   << QStringList{"Scenario: A\n  Then a", "Scenario: B\n  Then b"};
    QTest::newRow("tags stay with their scenario")
        << QString("Scenario: A\n  Then a\n\n@slow\nScenario: B\n  Then b")
        << QStringList{"Scenario: A\n  Then a", "@slow\nScenario: B\n  Then b"};
    QTest::newRow("text before the first scenario is kept")
        << QString("Feature: F\nGiven stray\n\nScenario: A\n  Then a")
        << QStringList{"Feature: F\nGiven stray\n\nScenario: A\n  Then a"};
    QTest::newRow("no scenario at all") << QString("\nGiven only steps\nThen more\n\n")
                                        << QStringList{"Given only steps\nThen more"};
}

void TestGherkin::splitJoin()
{
    QFETCH(QString, text);
    QFETCH(QStringList, chunks);

    QCOMPARE(splitScenarios(text), chunks);
    // Joining and splitting again gives the same chunks: nothing is lost or doubled.
    QCOMPARE(splitScenarios(joinScenarios(chunks)), chunks);
}

void TestGherkin::stepKeywordsPerLanguage()
{
    QCOMPARE(stepKeywords(u"en"), (QStringList{"Given ", "When ", "Then ", "And ", "But "}));
    QVERIFY(stepKeywords(u"de").contains("Angenommen "));
    QVERIFY(stepKeywords(u"de").contains("Dann "));
}

QTEST_GUILESS_MAIN(TestGherkin)
#include "tst_gherkin.moc"
