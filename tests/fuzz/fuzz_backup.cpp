// fuzz_backup: Backup::isBackup and Backup::restore, the reading of an Ordo backup (JSON) into a
// new product file. A restore writes a SQLite file: it goes to a temporary directory (on tmpfs
// where /dev/shm is there) and is removed after every input.
#include "interchange/jsonbackup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

// Both live until the process ends: destroyed among the static objects at exit, after Qt's
// own, the application would crash. The directory is removed by an exit handler that runs
// before Qt's statics go.
QCoreApplication *application = nullptr;
QTemporaryDir *directory = nullptr;
QString productPath;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The SQLite driver is a plugin that Qt finds through the application.
    application = new QCoreApplication(*argc, *argv);
    const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    directory = new QTemporaryDir(base + QStringLiteral("/ordo-fuzz-backup-XXXXXX"));
    if (!directory->isValid())
        qFatal("cannot create a temporary directory under %s", qPrintable(base));
    std::atexit([] {
        delete directory;
        directory = nullptr;
    });
    productPath = directory->filePath(QStringLiteral("restored.ordo"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!Ordo::Backup::isBackup(bytes))
        return 0; // what the import dialog would not take for a backup: not restored
    (void)Ordo::Backup::restore(bytes, productPath);
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(productPath + QLatin1String(suffix));
    return 0;
}
