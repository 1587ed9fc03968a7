#include "importbench.h"

#include "benchsupport.h"
#include "interchange/csvreader.h"
#include "interchange/importfile.h"
#include "interchange/importwizard.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QProgressDialog>
#include <QStringList>
#include <QTimer>

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

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        fail(QStringLiteral("the import wizard has no %1").arg(QLatin1String(name)));
    return found;
}

QProgressDialog *progressDialog()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QProgressDialog *>(widget); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

// One import into a new product through File > Import (the wizard, offscreen): the file named
// on its first page, its preview, mapping and destination pages, then the write under the
// progress dialog. A timer meanwhile notes how long the window went without handling events
// (the progress dialog's setValue() handles them) and what the dialog showed. With `cancelAt`
// > 0 it presses Cancel once the dialog shows that many items.
struct WizardRun
{
    double readMs = 0;   // the first Next: the file read, parsed and previewed
    double writeMs = 0;  // the last Next: the write under the progress dialog, to the report page
    double longestStallMs = 0; // the longest time without events during the write
    int updates = 0;     // distinct values the progress dialog showed
    bool finished = false; // the report page was reached
};

WizardRun runWizard(const QString &csv, const QString &product, int cancelAt)
{
    WizardRun run;
    Ordo::ImportWizard wizard(nullptr);
    wizard.show();
    child<QLineEdit>(&wizard, "importFile")->setText(csv);
    QElapsedTimer timer;
    timer.start();
    wizard.next();
    run.readMs = double(timer.nsecsElapsed()) / 1e6;
    wizard.next();
    wizard.next();
    child<QLineEdit>(&wizard, "importProductPath")->setText(product);
    QElapsedTimer stall;
    int lastValue = -1;
    QTimer watch;
    watch.setInterval(10);
    QObject::connect(&watch, &QTimer::timeout, [&] {
        run.longestStallMs = qMax(run.longestStallMs, double(stall.nsecsElapsed()) / 1e6);
        stall.restart();
        if (QProgressDialog *dialog = progressDialog(); dialog && dialog->value() != lastValue) {
            lastValue = dialog->value();
            ++run.updates;
            if (cancelAt > 0 && lastValue >= cancelAt)
                dialog->cancel();
        }
    });
    watch.start();
    stall.start();
    timer.restart();
    wizard.next();
    run.writeMs = double(timer.nsecsElapsed()) / 1e6;
    watch.stop();
    run.finished = wizard.currentId() == int(Ordo::ImportWizard::ReportPage);
    return run;
}

} // namespace

int runImport(const QString &folder, int items, int repetitions, bool window, QJsonObject json, const QString &jsonPath)
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

    // Through the window: File > Import into a new product, and once more cancelled half way.
    Figure wizardRead;
    Figure wizardWrite;
    Figure wizardStall;
    int updates = 0;
    if (window) {
        for (int r = 0; r < repetitions; ++r) {
            const QString product = QDir(folder).filePath(QStringLiteral("wizard%1.ordo").arg(r));
            const WizardRun run = runWizard(csv, product, 0);
            if (!run.finished || !QFileInfo::exists(product))
                fail(QStringLiteral("the import wizard did not make %1").arg(product));
            wizardRead.samples.append(run.readMs);
            wizardWrite.samples.append(run.writeMs);
            wizardStall.samples.append(run.longestStallMs);
            updates = run.updates;
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(product + QLatin1String(suffix));
        }
        const QString cancelled = QDir(folder).filePath(QStringLiteral("cancelled.ordo"));
        const WizardRun run = runWizard(csv, cancelled, items / 2);
        if (run.finished)
            fail(QStringLiteral("Cancel did not stop the import"));
        for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
            if (QFileInfo::exists(cancelled + QLatin1String(suffix)))
                fail(QStringLiteral("a cancelled import left %1 behind").arg(cancelled + QLatin1String(suffix)));
        }
        json.insert(QStringLiteral("wizard_read_ms"), wizardRead.toJson());
        json.insert(QStringLiteral("wizard_write_ms"), wizardWrite.toJson());
        json.insert(QStringLiteral("wizard_longest_stall_ms"), wizardStall.toJson());
        json.insert(QStringLiteral("wizard_progress_updates"), updates);
    }

    json.insert(QStringLiteral("read_ms"), read.toJson());
    json.insert(QStringLiteral("import_ms"), import.toJson());
    json.insert(QStringLiteral("import_cpu_ms"), importCpu.toJson());
    writeJson(json, jsonPath);

    const double target = items <= 10000 ? 1000 : 10000;
    say(QStringLiteral("\nOrdo's import of %L1 Jira rows (%2 repetitions)").arg(items).arg(repetitions));
    row(QStringLiteral("read_ms"), read, QStringLiteral("(the file read and mapped into items)"), true);
    row(QStringLiteral("import_ms"), import, QStringLiteral("target <= %L1 ms:").arg(target), import.median() <= target);
    row(QStringLiteral("import_cpu_ms"), importCpu, QStringLiteral("(the same, the process's CPU time)"), true);
    if (window) {
        row(QStringLiteral("wizard_read_ms"), wizardRead, QStringLiteral("(File > Import: the file read and previewed)"), true);
        row(QStringLiteral("wizard_write_ms"), wizardWrite, QStringLiteral("(the write under the progress dialog)"), true);
        row(QStringLiteral("wizard_longest_stall_ms"), wizardStall,
            QStringLiteral("(the longest the window went without events; %1 progress updates; Cancel left nothing)").arg(updates), true);
    }
    return 0;
}
