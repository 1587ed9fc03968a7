#include "services/gherkin.h"
#include "services/gherkinlanguages.h"

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
    void everyLanguage();
    void descriptionsAreKept();
    void scenariosKeepTheirContext_data();
    void scenariosKeepTheirContext();
    void criteriaKeepTheirContext();
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
    QTest::newRow("a feature in user-story voice")
        << QString::fromUtf8("Feature: Split payment\n"
                             "  As a shopper\n"
                             "  I want to split a payment\n"
                             "  So that I can use my voucher\n"
                             "\n"
                             "  Scenario: Two cards\n"
                             "    Given a basket of 80 EUR\n"
                             "    When I pay 50 EUR with the voucher card\n"
                             "    Then I pay the remaining 30 EUR with my own card\n")
        << QStringList{"Two cards"} << QList<int>{3};
    QTest::newRow("rules with backgrounds and descriptions")
        << QString::fromUtf8("Feature: Vouchers\n"
                             "  Rule: A voucher pays at most its balance\n"
                             "    Balances are in euros.\n"
                             "    Background:\n"
                             "      Given a voucher of 50 EUR\n"
                             "    Example: Exactly the balance\n"
                             "      When I pay 50 EUR with it\n"
                             "      Then the voucher is empty\n"
                             "  @expiry\n"
                             "  Rule: An expired voucher pays nothing\n"
                             "    Scenario: Last year's voucher\n"
                             "      Given an expired voucher\n"
                             "      When I pay with it\n"
                             "      Then I am asked for another card\n")
        << QStringList{"Exactly the balance", "Last year's voucher"} << QList<int>{2, 3};
    QTest::newRow("examples under a plain scenario")
        << QString::fromUtf8("Scenario: Fee\n"
                             "  Given a basket of <amount>\n"
                             "  Then the fee is <fee>\n"
                             "  Examples:\n"
                             "    | amount | fee |\n"
                             "    | 20     | 5   |\n")
        << QStringList{"Fee"} << QList<int>{2};
    QTest::newRow("French") << QString::fromUtf8("# language: fr\n"
                                                 "Fonctionnalité: Paiement\n"
                                                 "  Scénario: Carte enregistrée\n"
                                                 "    Soit une carte enregistrée\n"
                                                 "    Quand je paie\n"
                                                 "    Alors la commande est confirmée\n")
                            << QStringList{"Carte enregistrée"} << QList<int>{3};
    QTest::newRow("Chinese, keywords without a space")
        << QString::fromUtf8("# language: zh-CN\n"
                             "功能: 付款\n"
                             "  场景: 保存的卡\n"
                             "    假如我有一张卡\n"
                             "    当我付款\n"
                             "    那么订单已确认\n")
        << QStringList{"保存的卡"} << QList<int>{3};
    QTest::newRow("a tagged scenario without a feature")
        << QString::fromUtf8("@smoke\nScenario: A\n  Given x\n  Then y\n") << QStringList{"A"} << QList<int>{2};
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

    QTest::addColumn<bool>("syntaxError");

    // Syntax errors: Cucumber refuses these.
    QTest::newRow("step before scenario") << QString("Given a basket\nScenario: A\n  Given x\n  Then y")
                                          << int(ErrorKind::StepBeforeScenario) << 1 << true;
    QTest::newRow("unrecognized line") << QString("Scenario: A\n  Given x\n  the user clicks\n  Then y")
                                       << int(ErrorKind::UnrecognizedLine) << 3 << true;
    QTest::newRow("free text at the top") << QString("Pay with a card\nScenario: A\n  Given x\n  Then y")
                                          << int(ErrorKind::UnrecognizedLine) << 1 << true;
    QTest::newRow("table row width")
        << QString("Scenario Outline: A\n  Given <x>\n  Then <y>\n  Examples:\n    | x | y |\n    | 1 |")
        << int(ErrorKind::TableRowWidth) << 6 << true;
    QTest::newRow("unterminated doc string")
        << QString("Scenario: A\n  Given x\n  Then the text is:\n    \"\"\"\n    hello")
        << int(ErrorKind::UnterminatedDocString) << 6 << true;
    QTest::newRow("tag at the end") << QString("Scenario: A\n  Given x\n  Then y\n@later\n")
                                    << int(ErrorKind::DanglingTags) << 5 << true;
    QTest::newRow("tag with white space") << QString("@needs review\nScenario: A\n  Given x\n  Then y")
                                          << int(ErrorKind::TagWithWhitespace) << 1 << true;
    QTest::newRow("second feature line") << QString("Feature: A\nScenario: A\n  Then y\nFeature: B\n")
                                         << int(ErrorKind::MisplacedLine) << 4 << true;
    QTest::newRow("background after a scenario")
        << QString("Scenario: A\n  Then y\nBackground:\n  Given x\n") << int(ErrorKind::MisplacedLine) << 3 << true;
    QTest::newRow("table after tags") << QString("@t\n| a |\nScenario: A\n  Then y\n")
                                      << int(ErrorKind::MisplacedTable) << 2 << true;
    QTest::newRow("second doc string")
        << QString("Scenario: A\n  Given x\n    \"\"\"\n    a\n    \"\"\"\n    \"\"\"\n    b\n    \"\"\"\n  Then y\n")
        << int(ErrorKind::MisplacedDocString) << 6 << true;
    QTest::newRow("unknown language") << QString("# language: xx\nScenario: A\n  Given x\n  Then y")
                                      << int(ErrorKind::UnknownLanguage) << 1 << true;
    // Advice: the text parses; Ordo says how to make it a better criterion.
    QTest::newRow("scenario without then") << QString("Scenario: Pay\n  Given a card\n  When I pay\n")
                                           << int(ErrorKind::ScenarioWithoutThen) << 1 << false;
    QTest::newRow("empty scenario") << QString("Scenario: A\n  Given x\n  Then y\n\nScenario: Empty\n")
                                    << int(ErrorKind::EmptyScenario) << 5 << false;
    QTest::newRow("and first") << QString("Scenario: A\n  And x\n  Then y")
                               << int(ErrorKind::ContinuationWithoutStep) << 2 << false;
    QTest::newRow("outline without examples") << QString("Scenario Outline: A\n  Given <x>\n  Then y")
                                              << int(ErrorKind::OutlineWithoutExamples) << 1 << false;
    QTest::newRow("unknown placeholder")
        << QString("Scenario Outline: A\n  Given <x>\n  Then <z>\n  Examples:\n    | x |\n    | 1 |")
        << int(ErrorKind::UnknownPlaceholder) << 3 << false;
}

void TestGherkin::errors()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(int, line);
    QFETCH(bool, syntaxError);

    const Document document = parse(text);
    // Only syntax errors make the text invalid; advice never does.
    QCOMPARE(document.isValid(), !syntaxError);
    const auto found = std::find_if(document.errors.cbegin(), document.errors.cend(),
                                    [&](const Error &e) { return int(e.kind) == kind; });
    QVERIFY2(found != document.errors.cend(), "the expected kind of error was not reported");
    QCOMPARE(found->line, line);
    QCOMPARE(found->isSyntaxError(), syntaxError);
    QCOMPARE(found->severity(), syntaxError ? Severity::SyntaxError : Severity::Warning);
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
    QTest::newRow("a rule stays with its first scenario")
        << QString("Feature: F\n\nRule: R1\n  Background:\n    Given b\n\n  Scenario: A\n    Then a\n\n"
                   "  Scenario: B\n    Then b\n\n@r2\nRule: R2\n  Scenario: C\n    Then c\n")
        << QStringList{"Feature: F\n\nRule: R1\n  Background:\n    Given b\n\n  Scenario: A\n    Then a",
                       "  Scenario: B\n    Then b", "@r2\nRule: R2\n  Scenario: C\n    Then c"};
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
    QVERIFY(stepKeywords(u"fr").contains("Quand "));
    QVERIFY(stepKeywords(u"ja").contains(QString::fromUtf8("ならば")));
    QVERIFY(titleKeywords(u"fr").contains(QString::fromUtf8("Scénario")));
    QVERIFY(titleKeywords(u"en").contains("Rule"));
    // An unknown language falls back to English.
    QCOMPARE(stepKeywords(u"xx"), stepKeywords(u"en"));
    QCOMPARE(dialectOf(u"# language: fr\nFonctionnalité: x").code, QString("fr"));
    QCOMPARE(dialectOf(u"\n# a comment\n#language:de\n").code, QString("de"));
    QCOMPARE(dialectOf(u"Feature: x\n# language: fr").code, QString("en"));
}

// Every language in gherkin-languages.json is in the generated table, and a scenario written with
// its first keywords parses in it.
void TestGherkin::everyLanguage()
{
    const QList<Dialect> &all = dialects();
    QCOMPARE(all.size(), 80);
    QVERIFY(dialect(u"en") && dialect(u"de") && dialect(u"zh-TW") && dialect(u"em"));
    QVERIFY(!dialect(u"xx"));
    const auto firstReal = [](const QStringList &keywords) {
        for (const QString &keyword : keywords) {
            if (keyword.trimmed() != QLatin1String("*"))
                return keyword;
        }
        return keywords.value(0);
    };
    for (const Dialect &d : all) {
        const QString text = QStringLiteral("# language: %1\n%2: F\n  %3: S\n    %4x\n    %5y\n    %6z\n")
                                 .arg(d.code, d.feature.value(0), d.scenario.value(0), firstReal(d.given),
                                      firstReal(d.when), firstReal(d.then));
        const Document document = parse(text);
        QVERIFY2(document.isValid(), qPrintable(d.code + QLatin1Char(' ') + document.errors.value(0).message));
        QCOMPARE(document.language, d.code);
        QCOMPARE(document.scenarios.size(), 1);
        QCOMPARE(document.scenarios.front().steps.size(), 3);
        QVERIFY2(document.scenarios.front().hasThen() || document.scenarios.front().steps.last().keyword == StepKeyword::Star,
                 qPrintable(d.code));
    }
}

void TestGherkin::descriptionsAreKept()
{
    const Document document = parse(QString("Feature: Split payment\n"
                                            "  As a shopper\n"
                                            "  # not part of it\n"
                                            "  I want to split a payment\n"
                                            "\n"
                                            "  Scenario: Two cards\n"
                                            "    The voucher card goes first.\n"
                                            "    Given a basket\n"
                                            "    Then I pay twice\n"));
    QVERIFY(document.isValid());
    QCOMPARE(document.featureName, QString("Split payment"));
    QCOMPARE(document.featureDescription, QString("  As a shopper\n  I want to split a payment"));
    QCOMPARE(document.scenarios.front().description, QString("    The voucher card goes first."));
    QCOMPARE(document.descriptionLines, (QList<int>{2, 4, 7})); // not the comment, not the blank line
    QCOMPARE(document.scenarios.front().steps.size(), 2);
}

void TestGherkin::scenariosKeepTheirContext_data()
{
    QTest::addColumn<QList<int>>("indexes");
    QTest::addColumn<QStringList>("chunks");

    QTest::newRow("the second scenario of a rule") << QList<int>{1}
        << QStringList{"# language: en\nFeature: F\n  Background:\n    Given f\n\nRule: R1\n  Background:\n    Given b\n\n"
                       "  Scenario: B\n    Then b"};
    QTest::newRow("scenarios of two rules") << QList<int>{2, 0}
        << QStringList{"# language: en\nFeature: F\n  Background:\n    Given f\n\nRule: R1\n  Background:\n    Given b\n\n"
                       "  Scenario: A\n    Then a",
                       "@r2\nRule: R2\n  Scenario: C\n    Then c"};
    QTest::newRow("out of range is left out") << QList<int>{7, -1} << QStringList{};
}

void TestGherkin::scenariosKeepTheirContext()
{
    QFETCH(QList<int>, indexes);
    QFETCH(QStringList, chunks);
    const QString text("# language: en\nFeature: F\n  Background:\n    Given f\n\nRule: R1\n  Background:\n    Given b\n\n"
                       "  Scenario: A\n    Then a\n\n  Scenario: B\n    Then b\n\n@r2\nRule: R2\n  Scenario: C\n    Then c\n");
    const QStringList actual = scenariosWithContext(text, indexes);
    QCOMPARE(actual, chunks);
    if (actual.isEmpty())
        return;
    // Joined, they parse to the chosen scenarios, in their Rules, with their Backgrounds.
    const Document document = parse(joinScenarios(actual));
    QVERIFY(document.isValid());
    QVERIFY(document.background);
    QCOMPARE(document.scenarios.size(), indexes.size());
    for (const Scenario &scenario : document.scenarios) {
        QVERIFY(scenario.rule >= 0);
        const Rule &rule = document.rules.at(scenario.rule);
        QCOMPARE(bool(rule.background), rule.name == QLatin1String("R1"));
    }
}

void TestGherkin::criteriaKeepTheirContext()
{
    // Stored criteria are the chunks of splitScenarios(); a part of a split story gets the
    // Feature's Background and the Rule with its Background for the criteria it takes.
    const QStringList criteria = splitScenarios(
        QString("Feature: F\n  Background:\n    Given f\n\nRule: R1\n  Background:\n    Given b\n\n"
                "  Scenario: A\n    Then a\n\n  Scenario: B\n    Then b\n"));
    QCOMPARE(criteria.size(), 2);
    const QStringList part = criteriaWithContext(criteria, {1});
    QCOMPARE(part.size(), 1);
    const Document document = parse(joinScenarios(part));
    QVERIFY(document.isValid());
    QCOMPARE(document.scenarios.size(), 1);
    QCOMPARE(document.scenarios.front().name, QString("B"));
    QVERIFY(document.background);
    QCOMPARE(document.background->steps.front().text, QString("f"));
    QVERIFY(document.rules.front().background);
    // A criterion without a scenario is kept as it is.
    QCOMPARE(criteriaWithContext({"just a note", "Scenario: A\n  Then a"}, {0}), QStringList{"just a note"});
}

QTEST_GUILESS_MAIN(TestGherkin)
#include "tst_gherkin.moc"
