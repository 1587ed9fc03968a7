#include "testproduct.h"

#include "domain/product.h"
#include "storage/itemrepository.h"

#include <QFile>
#include <QTest>

TestProduct::TestProduct()
    : m_path(m_dir.filePath(QStringLiteral("test.ordo")))
{
    Ordo::Product product;
    product.name = QStringLiteral("Test product");
    product.keyPrefix = QStringLiteral("TST");
    QString error;
    m_database = Ordo::Database::create(m_path, product, &error);
    if (!m_database)
        qFatal("Could not create a test product: %s", qPrintable(error));
}

Ordo::ItemId TestProduct::addItem(const QString &title, Ordo::ItemType type, std::optional<double> estimate)
{
    Ordo::BacklogItem item;
    item.title = title;
    item.type = type;
    item.estimate = estimate;
    auto id = Ordo::ItemRepository(*m_database).create(item);
    if (!id)
        qFatal("Could not add an item: %s", qPrintable(id.errorMessage()));
    return *id;
}

QByteArray fileBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &name : {path, path + QStringLiteral("-wal")}) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}
