#include "backlog/backlogmodel.h"
#include "backlogeditor.h"
#include "commands/backlogcommands.h"
#include "dialogs/conflictdialog.h"
#include "domain/orderkey.h"
#include "storage/database.h"
#include "storage/itemrepository.h"
#include "testdocument.h"
#include "testproduct.h"

#include <QLabel>
#include <QRadioButton>
#include <QTest>
#include <QUndoStack>

using namespace Ordo;

// The conflict dialog (someone else changed an item the user was writing) and the commands
// that ask it: a write or an undo meeting a newer row lets the user keep theirs or write
// mine again, per field.
class TestConflictDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsBothValuesAndAppliesChoices_data();
    void showsBothValuesAndAppliesChoices();
    void survivesLongTexts();
    void editAfterRemoteChange_data();
    void editAfterRemoteChange();
    void undoAfterRemoteChangeConflicts_data();
    void undoAfterRemoteChangeConflicts();
    void moveOfAnItemMovedMeanwhileIsTold();
};

namespace {

QStringList labelTexts(const QWidget &widget)
{
    QStringList texts;
    for (const QLabel *label : widget.findChildren<QLabel *>())
        texts.append(label->text());
    return texts;
}

// A window on a product on the test server (conflicts are between people sharing a server
// product: a product file has one writer, and Ordo checks no versions there).
class ServerDocument
{
public:
    ServerDocument()
    {
        Product product;
        product.name = QStringLiteral("Test product");
        product.keyPrefix = QStringLiteral("TST");
        QString error;
        if (!Database::createOnServer(m_server.address(), product, &error))
            qFatal("Could not create a server product: %s", qPrintable(error));
        m_document = ProductDocument::openServer(m_server.address(), &error);
        if (!m_document)
            qFatal("Could not open the server product: %s", qPrintable(error));
    }

    ProductDocument &doc() { return *m_document; }
    Commands::Context commands() { return m_document->commands(); }
    const ServerAddress &address() const { return m_server.address(); }

    QList<ItemId> addItems(int count)
    {
        QList<BacklogItem> items;
        for (int i = 1; i <= count; ++i) {
            BacklogItem item;
            item.title = QStringLiteral("Item %1").arg(i);
            items.append(item);
        }
        auto ids = ItemRepository(m_document->database()).createMany(items);
        if (!ids)
            qFatal("Could not add items: %s", qPrintable(ids.errorMessage()));
        QString error;
        if (!m_document->reload(&error))
            qFatal("%s", qPrintable(error));
        return *ids;
    }
    QStringList modelTitles() const
    {
        QStringList titles;
        for (const BacklogRow &row : m_document->backlogModel()->rows())
            titles.append(row.title);
        return titles;
    }
    QStringList fileTitles() const
    {
        const auto rows = ItemRepository(m_document->database()).backlogRows();
        if (!rows)
            qFatal("%s", qPrintable(rows.errorMessage()));
        QStringList titles;
        for (const BacklogRow &row : *rows)
            titles.append(row.title);
        return titles;
    }

private:
    ServerDatabase m_server;
    std::unique_ptr<ProductDocument> m_document;
};

// A second person's connection to the document's product.
std::unique_ptr<Database> otherClient(ServerDocument &document)
{
    return Database::openServer(document.address());
}

QString titleOf(ServerDocument &document, ItemId id)
{
    const BacklogModel &model = *document.doc().backlogModel();
    return model.rowAt(model.rowOf(id)).title;
}

} // namespace

void TestConflictDialog::initTestCase()
{
    QString why;
    if (!testServer(&why))
        QSKIP(qPrintable(why));
}

void TestConflictDialog::showsBothValuesAndAppliesChoices_data()
{
    QTest::addColumn<QList<bool>>("choices");
    QTest::newRow("one field, theirs") << QList<bool>{false};
    QTest::newRow("one field, mine") << QList<bool>{true};
    QTest::newRow("three fields, mixed") << QList<bool>{true, false, true};
    QTest::newRow("three fields, all theirs") << QList<bool>{false, false, false};
}

void TestConflictDialog::showsBothValuesAndAppliesChoices()
{
    QFETCH(QList<bool>, choices);
    QList<ConflictField> fields;
    for (int i = 0; i < choices.size(); ++i) {
        fields.append({QStringLiteral("Field %1").arg(i), QStringLiteral("theirs %1").arg(i),
                       QStringLiteral("mine %1").arg(i), i == 0 ? QStringLiteral("Dana") : QString()});
    }
    ConflictDialog dialog(QStringLiteral("HRV-12 “Export”"), fields);
    // Theirs is chosen at first.
    QCOMPARE(dialog.keepMine(), QList<bool>(choices.size(), false));
    const QStringList texts = labelTexts(dialog);
    for (int i = 0; i < choices.size(); ++i) {
        QVERIFY(texts.contains(QStringLiteral("Field %1").arg(i)));
        QVERIFY(texts.contains(QStringLiteral("mine %1").arg(i)));
        const QString theirs = QStringLiteral("theirs %1").arg(i);
        QVERIFY(std::any_of(texts.cbegin(), texts.cend(), [&](const QString &t) { return t.startsWith(theirs); }));
    }
    QVERIFY(std::any_of(texts.cbegin(), texts.cend(), [](const QString &t) { return t.contains(QLatin1String("Dana")); }));
    QCOMPARE(dialog.findChildren<QRadioButton *>().size(), 2 * choices.size());
    for (int i = 0; i < choices.size(); ++i)
        dialog.setKeepMine(i, choices.at(i));
    QCOMPARE(dialog.keepMine(), choices);
}

void TestConflictDialog::survivesLongTexts()
{
    const QString longText = QStringLiteral("Als Produktverantwortliche möchte ich sämtliche Einträge exportieren, "
                                            "damit die Stakeholder sie in ihrer eigenen Tabellenkalkulation lesen "
                                            "können, ohne Ordo installieren zu müssen.");
    ConflictDialog dialog(QStringLiteral("HRV-12 “Export the Product Backlog as a spreadsheet”"),
                          {{QStringLiteral("Beschreibung der Benutzergeschichte"), longText, longText + longText, QString()},
                           {QStringLiteral("Schätzung"), QStringLiteral("8"), QStringLiteral("13"), QString()}});
    dialog.resize(dialog.sizeHint());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Word-wrapped: the dialog fits a small screen however long the values are.
    QVERIFY(dialog.width() < 1366);
    QVERIFY(dialog.height() < 768);
    dialog.grab().save(QStringLiteral("/tmp/ordo-conflictdialog.png"));
}

void TestConflictDialog::editAfterRemoteChange_data()
{
    QTest::addColumn<bool>("keepMine");
    QTest::newRow("keep theirs") << false;
    QTest::newRow("keep mine") << true;
}

void TestConflictDialog::editAfterRemoteChange()
{
    QFETCH(bool, keepMine);
    ServerDocument document;
    const ItemId id = document.addItems(1).constFirst();
    QList<ConflictField> asked;
    document.doc().editor()->setConflictResolver([&](const QString &, const QList<ConflictField> &fields) {
        asked = fields;
        return QList<bool>(fields.size(), keepMine);
    });
    // Someone else renames the item after this window read it.
    auto other = otherClient(document);
    QVERIFY(other);
    QVERIFY(ItemRepository(*other).setTitle(id, QStringLiteral("Theirs")));

    const Status written = Commands::setTitle(document.commands(), id, QStringLiteral("Mine"));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.constFirst().theirs, QStringLiteral("Theirs"));
    QCOMPARE(asked.constFirst().mine, QStringLiteral("Mine"));
    QVERIFY(!asked.constFirst().name.isEmpty());
    const QString expected = keepMine ? QStringLiteral("Mine") : QStringLiteral("Theirs");
    QCOMPARE(bool(written), keepMine);
    QCOMPARE(titleOf(document, id), expected);
    QCOMPARE(ItemRepository(*other).load(id)->title, expected);
    QCOMPARE(steps(document.doc()), keepMine ? 1 : 0);
    if (keepMine) {
        // Undo brings theirs back, not the title this window had read.
        document.doc().undoStack()->undo();
        QCOMPARE(titleOf(document, id), QStringLiteral("Theirs"));
        QCOMPARE(ItemRepository(*other).load(id)->title, QStringLiteral("Theirs"));
    }
}

void TestConflictDialog::undoAfterRemoteChangeConflicts_data()
{
    QTest::addColumn<bool>("keepMine");
    QTest::newRow("keep theirs") << false;
    QTest::newRow("keep mine") << true;
}

void TestConflictDialog::undoAfterRemoteChangeConflicts()
{
    QFETCH(bool, keepMine);
    ServerDocument document;
    const ItemId id = document.addItems(1).constFirst();
    const QString original = titleOf(document, id);
    QList<ConflictField> asked;
    document.doc().editor()->setConflictResolver([&](const QString &, const QList<ConflictField> &fields) {
        asked = fields;
        return QList<bool>(fields.size(), keepMine);
    });
    QVERIFY(Commands::setTitle(document.commands(), id, QStringLiteral("Mine")));
    QVERIFY(asked.isEmpty());
    auto other = otherClient(document);
    QVERIFY(other);
    QVERIFY(ItemRepository(*other).setTitle(id, QStringLiteral("Theirs")));

    document.doc().undoStack()->undo();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.constFirst().theirs, QStringLiteral("Theirs"));
    QCOMPARE(asked.constFirst().mine, original);
    const QString expected = keepMine ? original : QStringLiteral("Theirs");
    QCOMPARE(titleOf(document, id), expected);
    QCOMPARE(ItemRepository(*other).load(id)->title, expected);
}

void TestConflictDialog::moveOfAnItemMovedMeanwhileIsTold()
{
    ServerDocument document;
    const QList<ItemId> ids = document.addItems(3);
    QStringList told;
    connect(document.doc().editor(), &BacklogEditor::movedByOthers, this, [&](const QStringList &keys) { told = keys; });
    auto other = otherClient(document);
    QVERIFY(other);
    // Someone else moves the last item to the top; this window still shows it at the bottom.
    const BacklogModel &model = *document.doc().backlogModel();
    const QString top = model.rowAt(0).orderKey;
    QVERIFY(ItemRepository(*other).setOrderKeys({ids.at(2)}, {*OrderKey::between(QString(), top)}, {}));
    QVERIFY(Commands::moveItems(document.commands(), {ids.at(2)}, ids.at(0)));
    QCOMPARE(told.size(), 1);
    QCOMPARE(told.constFirst(), model.keyOf(model.rowAt(model.rowOf(ids.at(2)))));
    // The move was applied last: the item is below the first one, in the model and the file.
    QCOMPARE(model.rowOf(ids.at(2)), 1);
    QCOMPARE(document.modelTitles(), document.fileTitles());
}

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
