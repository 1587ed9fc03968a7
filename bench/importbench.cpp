#include "importbench.h"

#include "benchsupport.h"
#include "interchange/csvreader.h"
#include "interchange/importfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <ctime>

using namespace Ordo;
using namespace Bench;
using Measurements::Figure;

namespace {

// A Jira Cloud export of `rows` rows: one epic in a hundred, the others stories, bugs and
// tasks under them, each with a description, two labels, a sprint, story points, a rank,
// two Gherkin scenarios and, every twentieth, a Blocks link.
QByteArray jiraExport(int rows)
{
    const QStringList header{QStringLiteral("Summary"), QStringLiteral("Issue key"), QStringLiteral("Issue id"),
                             QStringLiteral("Issue Type"), QStringLiteral("Status"), QStringLiteral("Status Category"),
                             QStringLiteral("Description"), QStringLiteral("Labels"), QStringLiteral("Labels"),
                             QStringLiteral("Sprint"), QStringLiteral("Parent"), QStringLiteral("Custom field (Story Points)"),
                             QStringLiteral("Custom field (Rank)"), QStringLiteral("Custom field (Acceptance Criteria)"),
                             QStringLiteral("Outward issue link (Blocks)"), QStringLiteral("Created")};
    const QString criteria = QStringLiteral("Scenario: the stored card pays\r\n  Given a shopper with a stored card\r\n"
                                            "  When they pay\r\n  Then no card form is shown\r\n\r\n"
                                            "Scenario: an expired card\r\n  Given the stored card has expired\r\n  Then they are asked for a new one");
    const QString types[] = {QStringLiteral("Story"), QStringLiteral("Bug"), QStringLiteral("Task")};
    const QString statuses[] = {QStringLiteral("To Do"), QStringLiteral("In Progress"), QStringLiteral("Done")};
    const int epics = qMax(1, rows / 100);
    QString text = Csv::formatRow(header);
    for (int i = 0; i < rows; ++i) {
        const QString rank = QStringLiteral("0|i%1:").arg(i, 6, 16, QLatin1Char('0'));
        if (i < epics) {
            text += Csv::formatRow({QStringLiteral("Area %1 that customers love").arg(i), QStringLiteral("BIG-%1").arg(i + 1),
                                    QString::number(10000 + i), QStringLiteral("Epic"), QStringLiteral("In Progress"),
                                    QStringLiteral("In Progress"), QStringLiteral("An area of the shop."), {}, {}, {}, {}, {}, rank,
                                    {}, {}, QStringLiteral("02/Apr/24 9:00 AM")});
            continue;
        }
        text += Csv::formatRow({QStringLiteral("As a shopper I want to pay with a stored card (%1)").arg(i),
                                QStringLiteral("BIG-%1").arg(i + 1), QString::number(10000 + i), types[i % 3], statuses[i % 3],
                                QStringLiteral("To Do"),
                                QStringLiteral("Customers told us in interviews that paying is where they give up. Today %1 out of "
                                               "100 sessions end there.").arg(i % 40),
                                QStringLiteral("payments"), QStringLiteral("mobile"), QStringLiteral("BIG Sprint %1").arg(i % 5),
                                QString::number(10000 + i % epics), QString::number((i % 5) + 1), rank, criteria,
                                i % 20 == 0 ? QStringLiteral("BIG-%1").arg(i + 2) : QString(), QStringLiteral("03/Apr/24 10:15 AM")});
    }
    return text.toUtf8();
}

// The CPU time of the whole process (every thread) in milliseconds: on a machine shared with
// other work the wall time varies, the CPU time much less.
double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace

int runImport(const QString &folder, int items, int repetitions, QJsonObject json, const QString &jsonPath)
{
    const QString csv = QDir(folder).filePath(QStringLiteral("jira.csv"));
    {
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly) || file.write(jiraExport(items)) < 0)
            fail(QStringLiteral("cannot write %1").arg(csv));
    }
    say(QStringLiteral("Wrote a Jira CSV export of %L1 rows (%L2 bytes)").arg(items).arg(QFileInfo(csv).size()));

    // read_ms: the file read, decoded, parsed and mapped into items (criteria parsed as Gherkin).
    // import_ms: all of `ordo --import`: reading, then writing into a new product and the commit.
    Figure read;
    Figure import;
    Figure importCpu; // the same, in CPU time (reading runs on every core)
    int imported = 0;
    for (int r = 0; r < repetitions; ++r) {
        read.samples.append(Measurements::timeOnce([&] { valueOr(Import::readFile(csv), "read"); }));
        const QString product = QDir(folder).filePath(QStringLiteral("import%1.ordo").arg(r));
        const double cpuBefore = processCpuMs();
        import.samples.append(Measurements::timeOnce([&] {
            imported = int(valueOr(Import::importFileInto(csv, product), "import").result.created.size());
        }));
        importCpu.samples.append(processCpuMs() - cpuBefore);
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(product + QLatin1String(suffix));
    }
    if (imported != items)
        fail(QStringLiteral("imported %1 items, not %2").arg(imported).arg(items));

    json.insert(QStringLiteral("read_ms"), read.toJson());
    json.insert(QStringLiteral("import_ms"), import.toJson());
    json.insert(QStringLiteral("import_cpu_ms"), importCpu.toJson());
    writeJson(json, jsonPath);

    const double target = items <= 10000 ? 1000 : 10000;
    say(QStringLiteral("\nOrdo's import of %L1 Jira rows (%2 repetitions)").arg(items).arg(repetitions));
    row(QStringLiteral("read_ms"), read, QStringLiteral("(the file read and mapped into items)"), true);
    row(QStringLiteral("import_ms"), import, QStringLiteral("target <= %L1 ms:").arg(target), import.median() <= target);
    row(QStringLiteral("import_cpu_ms"), importCpu, QStringLiteral("(the same, the process's CPU time)"), true);
    return 0;
}
