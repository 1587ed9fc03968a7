#include "storage/database.h"
#include "storage/migrations/migrations.h"
#include "storage/sql.h"
#include "testproduct.h"

#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace Ordo;

// Files Ordo must refuse, each left byte-for-byte as it was.
class TestOpenFile : public QObject
{
    Q_OBJECT

private slots:
    void refusesAndLeavesUntouched_data();
    void refusesAndLeavesUntouched();
    void opensItsOwnFile();
    void refusesMissingFile();
    void saveCopyIsConsistent();
};

namespace {

enum class Kind { Text, Empty, Truncated, Garbage, ForeignSqlite, Newer, DamagedPages };

// Writes a file of the given kind at `path`.
void makeFile(Kind kind, const QString &path)
{
    QFile file(path);
    switch (kind) {
    case Kind::Text:
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Backlog notes, not a database\n");
        return;
    case Kind::Empty:
        QVERIFY(file.open(QIODevice::WriteOnly));
        return;
    case Kind::Truncated:
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3\0", 16));
        return;
    case Kind::Garbage: {
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes(8192, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919) % 251);
        file.write(bytes);
        return;
    }
    case Kind::ForeignSqlite: {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(Sql::exec(db, QStringLiteral("CREATE TABLE contacts (name TEXT)")));
            QVERIFY(Sql::exec(db, QStringLiteral("INSERT INTO contacts VALUES ('Ada')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        return;
    }
    case Kind::Newer: {
        TestProduct product; // a real Ordo file, then claim a future format
        {
            QVERIFY(Sql::exec(product.db().connection(),
                              QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
            product.close();
        }
        QVERIFY(QFile::copy(product.path(), path));
        return;
    }
    case Kind::DamagedPages: {
        TestProduct product;
        for (int i = 0; i < 50; ++i)
            product.addItem(QStringLiteral("Item %1").arg(i));
        product.close();
        QFile source(product.path());
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray bytes = source.readAll();
        // Keep the header, overwrite the schema page: the file claims to be SQLite but is not readable.
        for (int i = 100; i < qMin<int>(int(bytes.size()), 4096); ++i)
            bytes[i] = char(0xA5);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return;
    }
    }
}

} // namespace

void TestOpenFile::refusesAndLeavesUntouched_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("text file") << int(Kind::Text) << int(Database::OpenFailure::NotSqlite) << QStringLiteral("not an Ordo product");
    QTest::newRow("empty file") << int(Kind::Empty) << int(Database::OpenFailure::NotSqlite) << QStringLiteral("not an Ordo product");
    QTest::newRow("truncated header") << int(Kind::Truncated) << int(Database::OpenFailure::NotSqlite) << QStringLiteral("not an Ordo product");
    QTest::newRow("binary garbage") << int(Kind::Garbage) << int(Database::OpenFailure::NotSqlite) << QStringLiteral("not an Ordo product");
    QTest::newRow("another program's SQLite") << int(Kind::ForeignSqlite) << int(Database::OpenFailure::NotOrdo) << QStringLiteral("not an Ordo product");
    QTest::newRow("newer Ordo") << int(Kind::Newer) << int(Database::OpenFailure::Newer) << QStringLiteral("newer version of Ordo");
    QTest::newRow("damaged pages") << int(Kind::DamagedPages) << int(Database::OpenFailure::Corrupt) << QStringLiteral("damaged");
}

void TestOpenFile::refusesAndLeavesUntouched()
{
    QFETCH(int, kind);
    QFETCH(int, reason);
    QFETCH(QString, messagePart);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("refused.ordo"));
    makeFile(Kind(kind), path);
    if (QTest::currentTestFailed())
        return;
    const QByteArray before = fileBytes(path);

    Database::OpenError error;
    auto database = Database::open(path, &error);
    QVERIFY(!database);
    QCOMPARE(int(error.reason), reason);
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("refused.ordo")), qPrintable(error.message));

    QCOMPARE(fileBytes(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    // No upgrade backup either: a refused file causes no writes at all.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
}

void TestOpenFile::opensItsOwnFile()
{
    TestProduct product;
    product.addItem(QStringLiteral("Survives a reopen"));
    const QString path = product.path();
    product.close();
    Database::OpenError error;
    auto database = Database::open(path, &error);
    QVERIFY2(database, qPrintable(error.message));
    QCOMPARE(Sql::scalar(database->connection(), QStringLiteral("SELECT title FROM item"))->toString(),
             QStringLiteral("Survives a reopen"));
}

void TestOpenFile::refusesMissingFile()
{
    QTemporaryDir dir;
    Database::OpenError error;
    QVERIFY(!Database::open(dir.filePath(QStringLiteral("missing.ordo")), &error));
    QCOMPARE(error.reason, Database::OpenFailure::NotFound);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing.ordo"))));
}

void TestOpenFile::saveCopyIsConsistent()
{
    TestProduct product;
    for (int i = 0; i < 20; ++i)
        product.addItem(QStringLiteral("Item %1").arg(i));
    const QString copy = product.folder() + QStringLiteral("/copy.ordo");
    QVERIFY(product.db().saveCopy(copy));
    QVERIFY(!product.db().saveCopy(product.path())); // never over the live file
    Database::OpenError error;
    auto reopened = Database::open(copy, &error);
    QVERIFY2(reopened, qPrintable(error.message));
    QCOMPARE(Sql::scalar(reopened->connection(), QStringLiteral("SELECT count(*) FROM item"))->toInt(), 20);
}

QTEST_GUILESS_MAIN(TestOpenFile)
#include "tst_openfile.moc"
