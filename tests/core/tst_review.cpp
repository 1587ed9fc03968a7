#include "services/gherkin.h"
#include "services/review.h"

#include <QTest>

using namespace Ordo;
using Review::Verdict;

// The sprint review's acceptance rules on constructed criteria (no database). Verdicts are
// written as letters, one per criterion or Definition of Done item: M met, N not met, U unjudged.
class TestReview : public QObject
{
    Q_OBJECT

private slots:
    void criteria_data();
    void criteria();
    void decisions_data();
    void decisions();
    void rejection_data();
    void rejection();
    void failedItems_data();
    void failedItems();
    void carryVerdicts_data();
    void carryVerdicts();
    void splitItemCarriesVerdicts_data();
    void splitItemCarriesVerdicts();
    void dodChecks_data();
    void dodChecks();
};

namespace {

const QString savedCard = QStringLiteral("Pay with a saved card");
const QString newCard = QStringLiteral("Pay with a new card");
const QString refund = QStringLiteral("Refund a payment");
const QString receipt = QStringLiteral("Show the receipt");
const QString voucher = QStringLiteral("Pay with a voucher");

// A scenario whose steps differ by its outcome; by default the outcome names the scenario, so
// different scenarios have different steps.
QString scenario(const QString &name, const QString &outcome = {})
{
    return QStringLiteral("Scenario: %1\n  Given a signed-in shopper with a cart\n  When they check out\n"
                          "  Then %2")
        .arg(name, outcome.isEmpty() ? QStringLiteral("“%1” works").arg(name) : outcome);
}

QStringList scenarios(const QStringList &names)
{
    QStringList chunks;
    for (const QString &name : names)
        chunks.append(scenario(name));
    return chunks;
}

Verdict verdictOf(QChar letter)
{
    if (letter == QLatin1Char('M'))
        return Verdict::Met;
    if (letter == QLatin1Char('N'))
        return Verdict::NotMet;
    return Verdict::Unjudged;
}

QChar letterOf(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Met: return QLatin1Char('M');
    case Verdict::NotMet: return QLatin1Char('N');
    case Verdict::Unjudged: break;
    }
    return QLatin1Char('U');
}

QList<Verdict> verdictsOf(const QString &letters)
{
    QList<Verdict> verdicts;
    for (const QChar letter : letters)
        verdicts.append(verdictOf(letter));
    return verdicts;
}

QList<Review::StoredVerdict> stored(const QStringList &chunks, const QString &letters)
{
    const QList<Review::Criterion> criteria = Review::criteriaOf(chunks);
    QList<Review::StoredVerdict> result;
    for (qsizetype i = 0; i < criteria.size(); ++i)
        result.append(Review::remember(criteria.at(i), verdictOf(letters.at(i))));
    return result;
}

Review::Checks checksOf(const QStringList &chunks, const QString &criteriaLetters, const QStringList &dod,
                        const QString &dodLetters)
{
    const QList<Review::Criterion> criteria = Review::criteriaOf(chunks);
    Review::Checks checks;
    for (qsizetype i = 0; i < criteria.size(); ++i)
        checks.criteria.append({criteria.at(i), verdictOf(criteriaLetters.at(i))});
    checks.definitionOfDone = Review::dodChecks(dod, verdictsOf(dodLetters));
    return checks;
}

// Verdict letters; where changed since judged, the letter of the verdict it had is lower case.
QString lettersOf(const Review::Carried &carried)
{
    QString letters;
    for (const Review::CarriedVerdict &v : carried.verdicts)
        letters.append(v.changedSinceJudged ? letterOf(v.before).toLower() : letterOf(v.verdict));
    return letters;
}

QStringList namesOf(const QList<Review::StoredVerdict> &verdicts)
{
    QStringList names;
    for (const Review::StoredVerdict &v : verdicts)
        names.append(v.name);
    return names;
}

const QStringList dod{QStringLiteral("Code reviewed"), QStringLiteral("Tests pass")};

} // namespace

void TestReview::criteria_data()
{
    QTest::addColumn<QStringList>("chunks");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("keywords");
    QTest::addColumn<QStringList>("firstLines");
    QTest::addColumn<QStringList>("matchTexts");
    QTest::addColumn<QList<int>>("chunkIndexes");

    QTest::newRow("scenario, whitespace collapsed, case kept")
        << QStringList{"Scenario:   Pay with a saved card  \n  Given a SAVED   card\n\n    When I pay\n"
                       "  Then the order is paid"}
        << QStringList{savedCard} << QStringList{"Scenario"} << QStringList{"Given a SAVED card"}
        << QStringList{"Given a SAVED card When I pay Then the order is paid"} << QList<int>{0};
    QTest::newRow("scenario outline is one criterion")
        << QStringList{"Scenario Outline: Pay in a currency\n  Given a cart in <currency>\n  When I pay\n"
                       "  Then I am charged <amount>\n\n  Examples:\n    | currency | amount |\n"
                       "    | EUR      | 10     |\n    | CHF      | 11     |"}
        << QStringList{"Pay in a currency"} << QStringList{"Scenario Outline"}
        << QStringList{"Given a cart in <currency>"}
        << QStringList{"Given a cart in <currency> When I pay Then I am charged <amount> "
                       "| currency | amount | | EUR | 10 | | CHF | 11 |"}
        << QList<int>{0};
    QTest::newRow("feature and background lines are context")
        << QStringList{"Feature: Checkout\n  Shoppers pay for their cart.\n\n  Background:\n"
                       "    Given I am signed in\n\n  Scenario: Pay\n    When I pay\n    Then the order is paid",
                       scenario(refund)}
        << QStringList{"Pay", refund} << QStringList{"Scenario", "Scenario"}
        << QStringList{"When I pay", "Given a signed-in shopper with a cart"}
        << QStringList{"When I pay Then the order is paid",
                       "Given a signed-in shopper with a cart When they check out Then “Refund a payment” works"}
        << QList<int>{0, 1};
    QTest::newRow("rule line is context")
        << QStringList{"Rule: Only paid orders ship\n\n  Example: Unpaid order\n    Given an unpaid order\n"
                       "    Then it does not ship"}
        << QStringList{"Unpaid order"} << QStringList{"Example"} << QStringList{"Given an unpaid order"}
        << QStringList{"Given an unpaid order Then it does not ship"} << QList<int>{0};
    QTest::newRow("step table and doc string are part of it")
        << QStringList{"Scenario: Totals\n  Given a cart:\n    | item | price |\n    | tea  | 3     |\n"
                       "  Then the receipt reads\n    \"\"\"\n    Total: 3\n    \"\"\""}
        << QStringList{"Totals"} << QStringList{"Scenario"} << QStringList{"Given a cart:"}
        << QStringList{"Given a cart: | item | price | | tea | 3 | Then the receipt reads Total: 3"}
        << QList<int>{0};
    QTest::newRow("free text is one unnamed criterion")
        << QStringList{"  The receipt shows the VAT\n   in every currency.  ", scenario(refund)}
        << QStringList{QString(), refund} << QStringList{QString(), "Scenario"}
        << QStringList{"The receipt shows the VAT", "Given a signed-in shopper with a cart"}
        << QStringList{"The receipt shows the VAT in every currency.",
                       "Given a signed-in shopper with a cart When they check out Then “Refund a payment” works"}
        << QList<int>{0, 1};
    QTest::newRow("two scenarios in one chunk")
        << QStringList{scenario(savedCard) + "\n\n" + scenario(newCard)} << QStringList{savedCard, newCard}
        << QStringList{"Scenario", "Scenario"}
        << QStringList{"Given a signed-in shopper with a cart", "Given a signed-in shopper with a cart"}
        << QStringList{"Given a signed-in shopper with a cart When they check out Then “Pay with a saved card” works",
                       "Given a signed-in shopper with a cart When they check out Then “Pay with a new card” works"}
        << QList<int>{0, 0};
    QTest::newRow("unnamed scenario without steps")
        << QStringList{"Scenario:"} << QStringList{QString()} << QStringList{"Scenario"}
        << QStringList{"Scenario"} << QStringList{QString()} << QList<int>{0};
    QTest::newRow("blank chunk is no criterion")
        << QStringList{"  \n ", scenario(refund)} << QStringList{refund} << QStringList{"Scenario"}
        << QStringList{"Given a signed-in shopper with a cart"}
        << QStringList{"Given a signed-in shopper with a cart When they check out Then “Refund a payment” works"}
        << QList<int>{1};
    QTest::newRow("no criteria") << QStringList{} << QStringList{} << QStringList{} << QStringList{}
                                 << QStringList{} << QList<int>{};
}

void TestReview::criteria()
{
    QFETCH(QStringList, chunks);
    QFETCH(QStringList, names);
    QFETCH(QStringList, keywords);
    QFETCH(QStringList, firstLines);
    QFETCH(QStringList, matchTexts);
    QFETCH(QList<int>, chunkIndexes);

    QStringList actualNames, actualKeywords, actualFirstLines, actualMatchTexts;
    QList<int> actualChunks;
    for (const Review::Criterion &c : Review::criteriaOf(chunks)) {
        actualNames.append(c.name);
        actualKeywords.append(c.keyword);
        actualFirstLines.append(c.firstLine);
        actualMatchTexts.append(c.matchText);
        actualChunks.append(c.chunk);
    }
    QCOMPARE(actualNames, names);
    QCOMPARE(actualKeywords, keywords);
    QCOMPARE(actualFirstLines, firstLines);
    QCOMPARE(actualMatchTexts, matchTexts);
    QCOMPARE(actualChunks, chunkIndexes);
}

void TestReview::decisions_data()
{
    QTest::addColumn<QString>("criteria");
    QTest::addColumn<QString>("definitionOfDone");
    QTest::addColumn<bool>("accept");
    QTest::addColumn<bool>("reject");
    QTest::addColumn<QString>("whyNotAccept");

    // Two criteria (saved card, new card) and two Definition of Done items (code reviewed, tests pass).
    QTest::newRow("all met: accept, never reject") << "MM" << "MM" << true << false << "";
    QTest::newRow("one criterion not met") << "MN" << "MM" << false << true << "“Pay with a new card” is not met";
    QTest::newRow("two criteria not met") << "NN" << "MM" << false << true << "2 criteria are not met";
    QTest::newRow("one criterion unjudged") << "UM" << "MM" << false << false
                                            << "“Pay with a saved card” is not judged yet";
    QTest::newRow("two criteria unjudged") << "UU" << "MM" << false << false << "2 criteria not judged yet";
    QTest::newRow("definition of done item not ticked")
        << "MM" << "MU" << false << false << "Definition of Done: “Tests pass” not ticked";
    QTest::newRow("definition of done not ticked at all")
        << "MM" << "UU" << false << false << "Definition of Done: 2 items not ticked";
    QTest::newRow("definition of done item not met")
        << "MM" << "NM" << false << true << "Definition of Done: “Code reviewed” is not met";
    QTest::newRow("definition of done items not met")
        << "MM" << "NN" << false << true << "Definition of Done: 2 items are not met";
    QTest::newRow("not met, unjudged and unticked: all named, not met first")
        << "UN" << "UM" << false << true
        << "“Pay with a new card” is not met; “Pay with a saved card” is not judged yet; "
           "Definition of Done: “Code reviewed” not ticked";
    QTest::newRow("no criteria, definition of done met") << "" << "MM" << true << false << "";
    QTest::newRow("no criteria, definition of done not ticked")
        << "" << "UM" << false << false << "Definition of Done: “Code reviewed” not ticked";
    QTest::newRow("empty definition of done, criteria met") << "MM" << "" << true << false << "";
    QTest::newRow("empty definition of done, criterion not met")
        << "NM" << "" << false << true << "“Pay with a saved card” is not met";
    QTest::newRow("no criteria and empty definition of done") << "" << "" << true << false << "";
}

void TestReview::decisions()
{
    QFETCH(QString, criteria);
    QFETCH(QString, definitionOfDone);
    QFETCH(bool, accept);
    QFETCH(bool, reject);
    QFETCH(QString, whyNotAccept);

    const QStringList chunks = scenarios(QStringList{savedCard, newCard}.mid(0, criteria.size()));
    const QStringList items = dod.mid(0, definitionOfDone.size());
    const Review::Allowed allowed = Review::allowed(checksOf(chunks, criteria, items, definitionOfDone));
    QCOMPARE(allowed.accept, accept);
    QCOMPARE(allowed.reject, reject);
    QVERIFY(allowed.defer);
    QCOMPARE(allowed.whyNotAccept, whyNotAccept);
}

void TestReview::rejection_data()
{
    QTest::addColumn<QString>("criteria");
    QTest::addColumn<QString>("definitionOfDone");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("error");

    const QString specific = QStringLiteral("The new card form loses the expiry date.");
    const QString tooShort = QStringLiteral("Say more about why the work is rejected: at least 10 letters.");
    const QString nothingNotMet
        = QStringLiteral("Nothing is marked not met: mark what the work misses before rejecting it.");
    QTest::newRow("specific reason") << "MN" << "MM" << specific << "";
    QTest::newRow("only the definition of done not met") << "MM" << "MN" << specific << "";
    QTest::newRow("empty reason") << "MN" << "MM" << "" << "Say why the work is rejected.";
    QTest::newRow("blank reason") << "MN" << "MM" << " \n\t  " << "Say why the work is rejected.";
    QTest::newRow("too short") << "MN" << "MM" << "Broken." << tooShort;
    QTest::newRow("padding is no text") << "MN" << "MM" << "n/a . . . . . . . . . . . ." << tooShort;
    QTest::newRow("nine letters are not") << "MN" << "MM" << "Dates lost." << tooShort;
    QTest::newRow("ten letters are enough") << "MN" << "MM" << "  Expiry lost! " << "";
    QTest::newRow("nothing not met") << "MM" << "MM" << specific << nothingNotMet;
    QTest::newRow("only unjudged") << "MU" << "UM" << specific << nothingNotMet;
    QTest::newRow("nothing not met and no reason") << "MM" << "MM" << "" << nothingNotMet;
}

void TestReview::rejection()
{
    QFETCH(QString, criteria);
    QFETCH(QString, definitionOfDone);
    QFETCH(QString, reason);
    QFETCH(QString, error);

    const Review::Checks checks = checksOf(scenarios({savedCard, newCard}), criteria, dod, definitionOfDone);
    const Status status = Review::checkRejection(checks, reason);
    QCOMPARE(status.ok(), error.isEmpty());
    QCOMPARE(status.errorMessage(), error);
}

void TestReview::failedItems_data()
{
    QTest::addColumn<QStringList>("chunks");
    QTest::addColumn<QString>("criteria");
    QTest::addColumn<QString>("definitionOfDone");
    QTest::addColumn<QStringList>("failedCriteria");
    QTest::addColumn<QStringList>("failedDod");

    const QStringList named = scenarios({savedCard, newCard, refund});
    QTest::newRow("named criteria") << named << "NMN" << "MM" << QStringList{savedCard, refund} << QStringList{};
    QTest::newRow("definition of done items") << named << "MMM" << "NN" << QStringList{} << dod;
    QTest::newRow("unjudged is not failed") << named << "UUN" << "UN" << QStringList{refund}
                                            << QStringList{"Tests pass"};
    QTest::newRow("unnamed scenario by its first step")
        << QStringList{"Scenario:\n  Given a cart with 2 items\n  Then the total is shown", scenario(refund)}
        << "NN" << "" << QStringList{"Given a cart with 2 items", refund} << QStringList{};
    QTest::newRow("free text by its first line")
        << QStringList{"The receipt shows the VAT\nin every currency."} << "N" << "M"
        << QStringList{"The receipt shows the VAT"} << QStringList{};
    QTest::newRow("all met") << named << "MMM" << "MM" << QStringList{} << QStringList{};
}

void TestReview::failedItems()
{
    QFETCH(QStringList, chunks);
    QFETCH(QString, criteria);
    QFETCH(QString, definitionOfDone);
    QFETCH(QStringList, failedCriteria);
    QFETCH(QStringList, failedDod);

    const Review::Failed failed
        = Review::failedItems(checksOf(chunks, criteria, dod.mid(0, definitionOfDone.size()), definitionOfDone));
    QCOMPARE(failed.criteria, failedCriteria);
    QCOMPARE(failed.definitionOfDone, failedDod);
    QCOMPARE(failed.isEmpty(), failedCriteria.isEmpty() && failedDod.isEmpty());
}

void TestReview::carryVerdicts_data()
{
    QTest::addColumn<QStringList>("previous");
    QTest::addColumn<QString>("previousVerdicts");
    QTest::addColumn<QStringList>("current");
    // Lower case: changed since judged, with the verdict it had.
    QTest::addColumn<QString>("verdicts");
    QTest::addColumn<QStringList>("removed");

    const QStringList abc = scenarios({savedCard, newCard, refund});
    const QString freeText = QStringLiteral("The receipt shows the VAT.");
    QTest::newRow("unchanged") << abc << "MNU" << abc << "MNU" << QStringList{};
    QTest::newRow("scenario inserted above keeps verdicts with their scenarios")
        << abc << "MNM" << scenarios({voucher, savedCard, newCard, refund}) << "UMNM" << QStringList{};
    QTest::newRow("reordered") << abc << "MNM" << scenarios({refund, newCard, savedCard}) << "MNM" << QStringList{};
    QTest::newRow("scenario removed is reported")
        << abc << "MNM" << scenarios({savedCard, refund}) << "MM" << QStringList{newCard};
    QTest::newRow("unjudged removed is not reported")
        << abc << "MUM" << scenarios({savedCard, refund}) << "MM" << QStringList{};
    QTest::newRow("renamed scenario matched by text")
        << QStringList{scenario(savedCard, "the order is paid")} << "N"
        << QStringList{scenario(QStringLiteral("Pay with a stored card"), "the order is paid")} << "N"
        << QStringList{};
    QTest::newRow("same name, changed steps: unjudged and changed")
        << abc << "MNM" << QStringList{abc.at(0), scenario(newCard, "the card is saved"), abc.at(2)} << "MnM"
        << QStringList{};
    QTest::newRow("same name, changed steps, never judged: not changed")
        << abc << "MUM" << QStringList{abc.at(0), scenario(newCard, "the card is saved"), abc.at(2)} << "MUM"
        << QStringList{};
    QTest::newRow("name matched case-insensitively and trimmed")
        << abc << "MNM" << QStringList{abc.at(0), scenario("  pay WITH a new card ", "“Pay with a new card” works"),
                                      abc.at(2)}
        << "MNM" << QStringList{};
    QTest::newRow("name matched case-insensitively, changed steps")
        << abc << "MNM" << QStringList{abc.at(0), scenario("PAY WITH A NEW CARD", "nothing happens"), abc.at(2)}
        << "MnM" << QStringList{};
    QTest::newRow("rewritten with other whitespace")
        << abc << "MNM"
        << QStringList{"Scenario: Pay with a saved card\nGiven  a signed-in shopper with a cart\n\nWhen they check out\n"
                       "Then “Pay with a saved card” works",
                       abc.at(1), abc.at(2)}
        << "MNM" << QStringList{};
    QTest::newRow("duplicate names fall back to text")
        << QStringList{scenario(savedCard, "the order is paid"), scenario(savedCard, "the card is charged")} << "MN"
        << QStringList{scenario(voucher), scenario(savedCard, "the card is charged"),
                       scenario(savedCard, "the order is paid")}
        << "UNM" << QStringList{};
    QTest::newRow("duplicate names, changed steps: unjudged, old verdict removed")
        << QStringList{scenario(savedCard, "the order is paid"), scenario(savedCard, "the card is charged")} << "MN"
        << QStringList{scenario(savedCard, "the order is paid"), scenario(savedCard, "the card is debited")}
        << "MU" << QStringList{savedCard};
    QTest::newRow("name new on one side only is unique")
        << QStringList{scenario(savedCard, "the order is paid"), scenario(savedCard, "the card is charged")} << "MN"
        << QStringList{scenario(savedCard, "the card is charged")} << "N" << QStringList{savedCard};
    QTest::newRow("free text carried by text")
        << QStringList{freeText, abc.at(0)} << "NM" << QStringList{abc.at(2), abc.at(0), freeText} << "UMN"
        << QStringList{};
    QTest::newRow("free text edited: unjudged, old verdict removed")
        << QStringList{freeText, abc.at(0)} << "NM"
        << QStringList{QStringLiteral("The receipt shows the VAT rate."), abc.at(0)} << "UM" << QStringList{QString()};
    QTest::newRow("empty scenarios are not matched by their empty text")
        << QStringList{"Scenario: Draft one"} << "M" << QStringList{"Scenario: Draft two"} << "U"
        << QStringList{"Draft one"};
    QTest::newRow("outline with another example row: changed")
        << QStringList{"Scenario Outline: Currency\n  Given a cart in <c>\n  Then I pay\n  Examples:\n    | c |\n"
                       "    | EUR |"}
        << "M"
        << QStringList{"Scenario Outline: Currency\n  Given a cart in <c>\n  Then I pay\n  Examples:\n    | c |\n"
                       "    | EUR |\n    | CHF |"}
        << "m" << QStringList{};
    QTest::newRow("context lines added above")
        << abc << "MNM"
        << QStringList{"Feature: Checkout\n\n  Background:\n    Given the shop is open\n\n" + abc.at(0), abc.at(1),
                       abc.at(2)}
        << "MNM" << QStringList{};
    QTest::newRow("all criteria removed")
        << abc << "MNU" << QStringList{} << "" << QStringList{savedCard, newCard};
    QTest::newRow("never reviewed") << QStringList{} << "" << abc << "UUU" << QStringList{};
}

void TestReview::carryVerdicts()
{
    QFETCH(QStringList, previous);
    QFETCH(QString, previousVerdicts);
    QFETCH(QStringList, current);
    QFETCH(QString, verdicts);
    QFETCH(QStringList, removed);

    const QList<Review::Criterion> criteria = Review::criteriaOf(current);
    const Review::Carried carried = Review::carryVerdicts(stored(previous, previousVerdicts), criteria);
    QCOMPARE(carried.verdicts.size(), criteria.size());
    QCOMPARE(lettersOf(carried), verdicts);
    for (const Review::CarriedVerdict &v : carried.verdicts) {
        if (v.changedSinceJudged)
            QCOMPARE(v.verdict, Verdict::Unjudged);
    }
    QCOMPARE(namesOf(carried.removed), removed);

    QList<Verdict> checked;
    for (const Review::CriterionCheck &check : Review::criterionChecks(criteria, carried))
        checked.append(check.verdict);
    QString expectedChecked = verdicts.toUpper();
    for (qsizetype i = 0; i < verdicts.size(); ++i) {
        if (verdicts.at(i).isLower())
            expectedChecked[i] = QLatin1Char('U');
    }
    QCOMPARE(checked, verdictsOf(expectedChecked));
}

void TestReview::splitItemCarriesVerdicts_data()
{
    QTest::addColumn<QList<int>>("chosen");
    QTest::addColumn<QString>("verdicts");
    QTest::addColumn<QStringList>("otherParts");

    QTest::newRow("first and third") << QList<int>{0, 2} << "MM" << QStringList{newCard, receipt};
    QTest::newRow("second and fourth, under the rule") << QList<int>{1, 3} << "NU" << QStringList{savedCard, refund};
    QTest::newRow("the rule's scenario alone") << QList<int>{3} << "U" << QStringList{savedCard, newCard, refund};
    QTest::newRow("all of it") << QList<int>{0, 1, 2, 3} << "MNMU" << QStringList{};
}

void TestReview::splitItemCarriesVerdicts()
{
    QFETCH(QList<int>, chosen);
    QFETCH(QString, verdicts);
    QFETCH(QStringList, otherParts);

    // A done story with Feature and Background context in its first criterion and a Rule over its
    // last one, reviewed before it is split.
    const QString text = "Feature: Checkout\n\n  Background:\n    Given the shop is open\n\n" + scenario(savedCard)
                         + "\n\n" + scenario(newCard) + "\n\n" + scenario(refund)
                         + "\n\nRule: Every payment has a receipt\n\n" + scenario(receipt);
    const QStringList story = Gherkin::splitScenarios(text);
    QCOMPARE(Review::criteriaOf(story).size(), 4);
    const QList<Review::StoredVerdict> reviewed = stored(story, QStringLiteral("MNMU"));

    const QStringList part = Gherkin::criteriaWithContext(story, chosen);
    const Review::Carried carried = Review::carryVerdicts(reviewed, Review::criteriaOf(part));
    QCOMPARE(lettersOf(carried), verdicts);
    // The criteria the other parts took are no criteria of this one; the unjudged are not reported.
    QStringList judgedElsewhere = otherParts;
    judgedElsewhere.removeAll(receipt);
    QCOMPARE(namesOf(carried.removed), judgedElsewhere);
}

void TestReview::dodChecks_data()
{
    QTest::addColumn<QString>("verdicts");
    QTest::addColumn<QString>("expected");

    QTest::newRow("all given") << "MN" << "MN";
    QTest::newRow("none given yet") << "" << "UU";
    QTest::newRow("fewer than items") << "N" << "NU";
    QTest::newRow("more than items") << "MMN" << "MM";
}

void TestReview::dodChecks()
{
    QFETCH(QString, verdicts);
    QFETCH(QString, expected);

    const QList<Review::DodCheck> checks = Review::dodChecks(dod, verdictsOf(verdicts));
    QStringList items;
    QList<Verdict> actual;
    for (const Review::DodCheck &check : checks) {
        items.append(check.item);
        actual.append(check.verdict);
    }
    QCOMPARE(items, dod);
    QCOMPARE(actual, verdictsOf(expected));
}

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
