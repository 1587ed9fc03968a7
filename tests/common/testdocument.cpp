#include "testdocument.h"

#include "backlog/backlogmodel.h"
#include "storage/database.h"
#include "storage/decisionrepository.h"
#include "storage/itemrepository.h"
#include "storage/sql.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

TestDocument::TestDocument()
{
    Ordo::Product product;
    product.name = QStringLiteral("Test product");
    product.keyPrefix = QStringLiteral("TST");
    QString error;
    m_document = Ordo::ProductDocument::create(m_dir.filePath(QStringLiteral("test.ordo")), product, &error);
    if (!m_document)
        qFatal("Could not create a test document: %s", qPrintable(error));
    // Counts writes to item rows: the proof that a move writes one row per item.
    const QSqlDatabase db = m_document->database().connection();
    for (const QString &sql : {QStringLiteral("CREATE TEMP TABLE item_writes (n INTEGER)"),
                               QStringLiteral("INSERT INTO item_writes VALUES (0)"),
                               QStringLiteral("CREATE TEMP TRIGGER count_item_writes AFTER UPDATE ON main.item "
                                              "BEGIN UPDATE item_writes SET n = n + 1; END")}) {
        if (auto done = Ordo::Sql::exec(db, sql); !done)
            qFatal("Could not count writes: %s", qPrintable(done.errorMessage()));
    }
}

QList<Ordo::ItemId> TestDocument::addItems(int count, const QString &prefix)
{
    QList<Ordo::BacklogItem> items;
    for (int i = 1; i <= count; ++i) {
        Ordo::BacklogItem item;
        item.title = QStringLiteral("%1 %2").arg(prefix).arg(i);
        items.append(item);
    }
    auto ids = Ordo::ItemRepository(m_document->database()).createMany(items);
    if (!ids)
        qFatal("Could not add items: %s", qPrintable(ids.errorMessage()));
    QString error;
    m_document->reload(&error);
    return *ids;
}

QStringList TestDocument::modelTitles() const
{
    QStringList titles;
    for (const Ordo::BacklogRow &row : m_document->backlogModel()->rows())
        titles.append(row.title);
    return titles;
}

QStringList TestDocument::fileTitles() const
{
    QStringList titles;
    const auto rows = Ordo::ItemRepository(m_document->database()).backlogRows();
    for (const Ordo::BacklogRow &row : *rows)
        titles.append(row.title);
    return titles;
}

int TestDocument::itemRowWrites()
{
    return Ordo::Sql::scalar(m_document->database().connection(), QStringLiteral("SELECT n FROM item_writes"))
        ->toInt();
}

QList<Ordo::Decision> decisionsOf(const Ordo::ProductDocument &doc)
{
    return Ordo::DecisionRepository(doc.database()).all().value_or({});
}

int steps(const Ordo::ProductDocument &doc) { return doc.undoStack()->count(); }

void whenModalDialog(const QString &objectName, const std::function<void(QDialog *)> &handle,
                     bool *handled, int attempts)
{
    QTimer::singleShot(attempts == 500 ? 0 : 10, qApp, [=] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != objectName) {
            if (attempts > 0)
                whenModalDialog(objectName, handle, handled, attempts - 1);
            return;
        }
        *handled = true;
        handle(dialog);
    });
}

std::unique_ptr<Ordo::ProductDocument> openCopy(const QString &source, const QString &folder, QString *error)
{
    const QString copy = QDir(folder).filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".ordo"));
    QFile::remove(copy);
    if (!QFile::copy(source, copy)) {
        *error = QStringLiteral("could not copy %1 to %2").arg(source, copy);
        return nullptr;
    }
    return Ordo::ProductDocument::open(copy, error);
}
