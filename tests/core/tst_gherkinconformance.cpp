// Ordo's Gherkin parser against Cucumber's own conformance files (tests/data/gherkin, MIT licence):
// every good file parses without a syntax error into the same document Cucumber's parser builds
// (feature, rules, backgrounds, scenarios, steps, data tables, doc strings, examples, with their
// keywords, names, descriptions, tags and lines), and every bad file gets a syntax error at each
// line, and only the lines, where Cucumber reports one. One data row per file.

#include "services/gherkin.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Ordo::Gherkin;

namespace {

const QString dataDir = QStringLiteral(ORDO_GHERKIN_DATA);

// One line of the canonical form: "LINE: [fields]".
QString entry(int line, const QStringList &fields)
{
    return QStringLiteral("%1: %2")
        .arg(line)
        .arg(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(fields)).toJson(QJsonDocument::Compact)));
}

// --- Cucumber's side, from the .ast.ndjson ------------------------------------------------------

int lineOf(const QJsonObject &node) { return node.value(QLatin1String("location")).toObject().value(QLatin1String("line")).toInt(); }
QString text(const QJsonObject &node, const char *key) { return node.value(QLatin1String(key)).toString(); }

QStringList tagsOf(const QJsonObject &node)
{
    QStringList tags;
    for (const QJsonValue &tag : node.value(QLatin1String("tags")).toArray())
        tags.append(tag.toObject().value(QLatin1String("name")).toString());
    return tags;
}

QStringList cellsOf(const QJsonObject &row)
{
    QStringList cells;
    for (const QJsonValue &cell : row.value(QLatin1String("cells")).toArray())
        cells.append(cell.toObject().value(QLatin1String("value")).toString());
    return cells;
}

void addSteps(QStringList &out, const QJsonArray &steps)
{
    for (const QJsonValue &value : steps) {
        const QJsonObject step = value.toObject();
        out.append(entry(lineOf(step), {QStringLiteral("Step"), text(step, "keyword"), text(step, "text")}));
        if (step.contains(QLatin1String("dataTable"))) {
            const QJsonObject table = step.value(QLatin1String("dataTable")).toObject();
            out.append(entry(lineOf(table), {QStringLiteral("DataTable")}));
            for (const QJsonValue &row : table.value(QLatin1String("rows")).toArray())
                out.append(entry(lineOf(row.toObject()), QStringList{QStringLiteral("Row")} + cellsOf(row.toObject())));
        }
        if (step.contains(QLatin1String("docString"))) {
            const QJsonObject doc = step.value(QLatin1String("docString")).toObject();
            out.append(entry(lineOf(doc), {QStringLiteral("DocString"), text(doc, "delimiter"), text(doc, "mediaType"),
                                           text(doc, "content")}));
        }
    }
}

void addBackground(QStringList &out, const QJsonObject &background)
{
    out.append(entry(lineOf(background), {QStringLiteral("Background"), text(background, "keyword"),
                                          text(background, "name"), text(background, "description")}));
    addSteps(out, background.value(QLatin1String("steps")).toArray());
}

void addScenario(QStringList &out, const QJsonObject &scenario)
{
    out.append(entry(lineOf(scenario), QStringList{QStringLiteral("Scenario"), text(scenario, "keyword"),
                                                   text(scenario, "name"), text(scenario, "description")}
                                           + tagsOf(scenario)));
    addSteps(out, scenario.value(QLatin1String("steps")).toArray());
    for (const QJsonValue &value : scenario.value(QLatin1String("examples")).toArray()) {
        const QJsonObject examples = value.toObject();
        out.append(entry(lineOf(examples), QStringList{QStringLiteral("Examples"), text(examples, "keyword"),
                                                       text(examples, "name"), text(examples, "description")}
                                               + tagsOf(examples)));
        if (examples.contains(QLatin1String("tableHeader"))) {
            const QJsonObject header = examples.value(QLatin1String("tableHeader")).toObject();
            out.append(entry(lineOf(header), QStringList{QStringLiteral("Header")} + cellsOf(header)));
        }
        for (const QJsonValue &row : examples.value(QLatin1String("tableBody")).toArray())
            out.append(entry(lineOf(row.toObject()), QStringList{QStringLiteral("Row")} + cellsOf(row.toObject())));
    }
}

QStringList expectedDocument(const QString &astPath)
{
    QFile file(astPath);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot read ") + astPath};
    const QJsonObject document = QJsonDocument::fromJson(file.readLine()).object().value(QLatin1String("gherkinDocument")).toObject();
    QStringList out;
    if (!document.contains(QLatin1String("feature")))
        return out;
    const QJsonObject feature = document.value(QLatin1String("feature")).toObject();
    out.append(entry(lineOf(feature), QStringList{QStringLiteral("Feature"), text(feature, "language"),
                                                  text(feature, "keyword"), text(feature, "name"),
                                                  text(feature, "description")}
                                          + tagsOf(feature)));
    for (const QJsonValue &value : feature.value(QLatin1String("children")).toArray()) {
        const QJsonObject child = value.toObject();
        if (child.contains(QLatin1String("background"))) {
            addBackground(out, child.value(QLatin1String("background")).toObject());
        } else if (child.contains(QLatin1String("scenario"))) {
            addScenario(out, child.value(QLatin1String("scenario")).toObject());
        } else if (child.contains(QLatin1String("rule"))) {
            const QJsonObject rule = child.value(QLatin1String("rule")).toObject();
            out.append(entry(lineOf(rule), QStringList{QStringLiteral("Rule"), text(rule, "keyword"), text(rule, "name"),
                                                       text(rule, "description")}
                                               + tagsOf(rule)));
            for (const QJsonValue &ruleChild : rule.value(QLatin1String("children")).toArray()) {
                const QJsonObject node = ruleChild.toObject();
                if (node.contains(QLatin1String("background")))
                    addBackground(out, node.value(QLatin1String("background")).toObject());
                else
                    addScenario(out, node.value(QLatin1String("scenario")).toObject());
            }
        }
    }
    return out;
}

// --- Ordo's side ---------------------------------------------------------------------------------

void addSteps(QStringList &out, const QList<Step> &steps)
{
    for (const Step &step : steps) {
        out.append(entry(step.line, {QStringLiteral("Step"), step.keywordText, step.text}));
        if (step.dataTable) {
            out.append(entry(step.dataTable->line, {QStringLiteral("DataTable")}));
            for (qsizetype i = 0; i < step.dataTable->rows.size(); ++i)
                out.append(entry(step.dataTable->rowLines.at(i), QStringList{QStringLiteral("Row")} + step.dataTable->rows.at(i)));
        }
        if (step.docString) {
            out.append(entry(step.docString->line, {QStringLiteral("DocString"), step.docString->delimiter,
                                                    step.docString->mediaType, step.docString->content}));
        }
    }
}

void addBackground(QStringList &out, const Background &background)
{
    out.append(entry(background.line, {QStringLiteral("Background"), background.keyword, background.name,
                                       background.description}));
    addSteps(out, background.steps);
}

void addScenario(QStringList &out, const Scenario &scenario)
{
    out.append(entry(scenario.line, QStringList{QStringLiteral("Scenario"), scenario.keyword, scenario.name,
                                                scenario.description}
                                        + scenario.tags));
    addSteps(out, scenario.steps);
    for (const ExamplesTable &examples : scenario.examples) {
        out.append(entry(examples.line, QStringList{QStringLiteral("Examples"), examples.keyword, examples.name,
                                                    examples.description}
                                            + examples.tags));
        if (examples.tableLine > 0)
            out.append(entry(examples.tableLine, QStringList{QStringLiteral("Header")} + examples.header));
        for (qsizetype i = 0; i < examples.rows.size(); ++i)
            out.append(entry(examples.rowLines.at(i), QStringList{QStringLiteral("Row")} + examples.rows.at(i)));
    }
}

QStringList ordoDocument(const Document &document)
{
    QStringList out;
    if (document.featureKeyword.isEmpty())
        return out;
    out.append(entry(document.featureLine, QStringList{QStringLiteral("Feature"), document.language,
                                                       document.featureKeyword, document.featureName,
                                                       document.featureDescription}
                                               + document.featureTags));
    if (document.background)
        addBackground(out, *document.background);
    for (const Scenario &scenario : document.scenarios) {
        if (scenario.rule < 0)
            addScenario(out, scenario);
    }
    for (qsizetype r = 0; r < document.rules.size(); ++r) {
        const Rule &rule = document.rules.at(r);
        out.append(entry(rule.line, QStringList{QStringLiteral("Rule"), rule.keyword, rule.name, rule.description}
                                        + rule.tags));
        if (rule.background)
            addBackground(out, *rule.background);
        for (const Scenario &scenario : document.scenarios) {
            if (scenario.rule == r)
                addScenario(out, scenario);
        }
    }
    return out;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString joined(const QList<int> &numbers)
{
    QStringList parts;
    for (int n : numbers)
        parts.append(QString::number(n));
    return parts.join(QLatin1Char(','));
}

QString describe(const QList<Error> &errors)
{
    QStringList lines;
    for (const Error &error : errors)
        lines.append(QStringLiteral("  line %1: %2").arg(error.line).arg(error.message));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestGherkinConformance : public QObject
{
    Q_OBJECT

private slots:
    void goodFileParsesAsCucumberParsesIt_data();
    void goodFileParsesAsCucumberParsesIt();
    void badFileHasCucumbersErrors_data();
    void badFileHasCucumbersErrors();
    void cleanupTestCase();

private:
    int m_goodFiles = 0;
    int m_filesWithAdvice = 0;
    int m_badFiles = 0;
};

void TestGherkinConformance::goodFileParsesAsCucumberParsesIt_data()
{
    QTest::addColumn<QString>("feature");
    const QStringList files = QDir(dataDir + QStringLiteral("/good")).entryList({QStringLiteral("*.feature")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 50, qPrintable(QString::number(files.size())));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dataDir + QStringLiteral("/good/") + file;
}

void TestGherkinConformance::goodFileParsesAsCucumberParsesIt()
{
    QFETCH(QString, feature);
    const Document document = parse(readText(feature));
    QList<Error> syntax;
    for (const Error &error : document.errors) {
        if (error.isSyntaxError())
            syntax.append(error);
    }
    QVERIFY2(syntax.isEmpty(), qPrintable(QStringLiteral("syntax errors in valid Gherkin:\n") + describe(syntax)));
    QVERIFY(document.isValid());
    ++m_goodFiles;
    m_filesWithAdvice += document.warningCount() > 0 ? 1 : 0;

    const QStringList expected = expectedDocument(feature + QStringLiteral(".ast.ndjson"));
    const QStringList actual = ordoDocument(document);
    for (qsizetype i = 0; i < qMin(expected.size(), actual.size()); ++i)
        QCOMPARE(actual.at(i), expected.at(i));
    QCOMPARE(actual.size(), expected.size());
}

void TestGherkinConformance::badFileHasCucumbersErrors_data()
{
    QTest::addColumn<QString>("feature");
    const QStringList files = QDir(dataDir + QStringLiteral("/bad")).entryList({QStringLiteral("*.feature")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 12, qPrintable(QString::number(files.size())));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dataDir + QStringLiteral("/bad/") + file;
}

void TestGherkinConformance::badFileHasCucumbersErrors()
{
    QFETCH(QString, feature);
    QList<int> expected;
    QFile errors(feature + QStringLiteral(".errors.ndjson"));
    QVERIFY(errors.open(QIODevice::ReadOnly));
    while (!errors.atEnd()) {
        const QByteArray line = errors.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject error = QJsonDocument::fromJson(line).object().value(QLatin1String("parseError")).toObject();
        expected.append(error.value(QLatin1String("source")).toObject().value(QLatin1String("location")).toObject()
                            .value(QLatin1String("line")).toInt());
    }
    QVERIFY(!expected.isEmpty());

    const Document document = parse(readText(feature));
    QList<int> actual;
    for (const Error &error : document.errors) {
        if (error.isSyntaxError() && !actual.contains(error.line))
            actual.append(error.line);
    }
    QVERIFY2(!document.isValid(), qPrintable(describe(document.errors)));
    ++m_badFiles;
    QVERIFY2(actual == expected, qPrintable(QStringLiteral("errors on lines %1; Cucumber reports lines %2:\n%3")
                                                .arg(joined(actual), joined(expected), describe(document.errors))));
}

void TestGherkinConformance::cleanupTestCase()
{
    qInfo("%d good files parsed as Cucumber parses them, without a syntax error (%d with Ordo's advice); "
          "%d bad files with Cucumber's errors on Cucumber's lines",
          m_goodFiles, m_filesWithAdvice, m_badFiles);
}

QTEST_GUILESS_MAIN(TestGherkinConformance)
#include "tst_gherkinconformance.moc"
