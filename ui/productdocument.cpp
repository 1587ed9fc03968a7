#include "productdocument.h"

#include "backlog/backlogmodel.h"
#include "backlogeditor.h"
#include "importeditor.h"
#include "server/connectionwatch.h"
#include "liveupdates.h"
#include "sprinteditor.h"
#include "storage/database.h"
#include "storage/itemrepository.h"
#include "storage/productrepository.h"
#include "storage/sprintrepository.h"

#include <QThread>
#include <QUndoStack>

namespace Ordo {

ProductDocument::ProductDocument(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_backlogModel(new BacklogModel(this))
    , m_undoStack(new QUndoStack(this))
    , m_changes(new ChangeChannel(this))
{}

// What the background reading hands over.
struct ProductDocument::Loaded
{
    QList<BacklogRow> rows;
    QString error;
};

namespace {
int threshold = 20000;

// The running sprint, whose rows the backlog tints (the first, if a file has several).
SprintId activeSprintOf(const QList<Sprint> &sprints)
{
    for (const Sprint &sprint : sprints) {
        if (sprint.state == SprintState::Active)
            return sprint.id;
    }
    return 0;
}
std::atomic_bool held = false;
} // namespace

void ProductDocument::holdBackgroundReads(bool hold) { held = hold; }

void ProductDocument::setAccess(const Access &access)
{
    if (access == m_access)
        return;
    m_access = access;
    emit accessChanged();
}

void ProductDocument::watchConnection()
{
    if (!m_database->isServer() || m_watch)
        return;
    m_watch = new ConnectionWatch(*m_database, this);
    connect(m_watch, &ConnectionWatch::lost, this, [this](const QString &why) {
        setAccess(m_access.disconnected());
        emit connectionLost(why);
    });
    connect(m_watch, &ConnectionWatch::restored, this, [this] {
        setAccess(m_access.connected());
        if (m_live)
            m_live->resume();
        emit connectionRestored();
    });
}

void ProductDocument::checkConnection()
{
    if (m_watch)
        m_watch->checkNow();
}

int ProductDocument::backgroundReadThreshold() { return threshold; }

void ProductDocument::setBackgroundReadThreshold(int items) { threshold = items; }

ProductDocument::~ProductDocument()
{
    // The reader stops at its next few thousand rows; its result is not needed any more.
    if (m_loader) {
        m_stopLoading = true;
        m_loader->wait();
        delete m_loader;
    }
}

std::unique_ptr<ProductDocument> ProductDocument::openFirstScreen(const QString &path, QString *error)
{
    Database::OpenError openError;
    auto database = Database::open(path, &openError);
    if (!database) {
        if (error)
            *error = openError.message;
        return nullptr;
    }
    return firstScreen(std::move(database), error);
}

std::unique_ptr<ProductDocument> ProductDocument::openServer(const ServerAddress &address, QString *error)
{
    Database::OpenError openError;
    auto database = Database::openServer(address, &openError);
    if (!database) {
        if (error)
            *error = openError.message;
        return nullptr;
    }
    return firstScreen(std::move(database), error);
}

std::unique_ptr<ProductDocument> ProductDocument::firstScreen(std::unique_ptr<Database> database, QString *error)
{
    const ItemRepository items(*database);
    auto count = items.backlogCount();
    if (!count) {
        if (error)
            *error = count.errorMessage();
        return nullptr;
    }
    std::unique_ptr<ProductDocument> document(new ProductDocument(std::move(database)));
    if (document->m_database->isServer()) {
        // Listening before reading: what others write meanwhile is applied once the backlog is read.
        document->m_live = new LiveUpdates(*document);
        connect(document->m_live, &LiveUpdates::refreshed, document.get(), &ProductDocument::remoteChange);
        connect(document.get(), &ProductDocument::loaded, document->m_live, &LiveUpdates::applyPending);
    }
    if (*count < threshold) {
        if (!document->reload(error))
            return nullptr;
        return document;
    }
    auto product = ProductRepository(*document->m_database).load();
    auto first = items.firstBacklogRows(firstScreenRows);
    auto sprints = SprintRepository(*document->m_database).all();
    if (!product || !first || !sprints) {
        if (error)
            *error = !product ? product.errorMessage() : !first ? first.errorMessage() : sprints.errorMessage();
        return nullptr;
    }
    document->m_backlogModel->setRows(std::move(*first), product->keyPrefix, activeSprintOf(*sprints));
    document->m_firstScreenProduct = std::make_unique<Product>(std::move(*product));
    document->m_loadTotal = *count;
    document->startBackgroundRead();
    return document;
}

void ProductDocument::startBackgroundRead()
{
    m_loaded = std::make_shared<Loaded>();
    const QString path = m_database->path();
    const bool server = m_database->isServer();
    const ServerAddress address = m_database->serverAddress();
    const qsizetype total = m_loadTotal;
    m_loader = QThread::create([this, path, server, address, total, result = m_loaded] {
        while (held && !m_stopLoading)
            QThread::msleep(5);
        QString error;
        auto reader = server ? Database::openServerReader(address, &error) : Database::openReader(path, &error);
        if (!reader) {
            result->error = error;
        } else {
            auto rows = ItemRepository(*reader).backlogRows([this, total](qsizetype read) {
                if (m_stopLoading)
                    return false;
                QMetaObject::invokeMethod(this, [this, read, total] { emit loadProgress(read, total); }, Qt::QueuedConnection);
                return true;
            });
            if (rows)
                result->rows = std::move(*rows);
            else
                result->error = rows.errorMessage();
        }
        reader.reset();
        if (!m_stopLoading)
            QMetaObject::invokeMethod(this, &ProductDocument::finishBackgroundRead, Qt::QueuedConnection);
    });
    m_loader->setObjectName(QStringLiteral("Ordo backlog reader"));
    m_loader->start();
}

void ProductDocument::finishBackgroundRead()
{
    m_loader->wait();
    delete m_loader;
    m_loader = nullptr;
    const std::shared_ptr<Loaded> result = std::move(m_loaded);
    auto product = ProductRepository(*m_database).load();
    auto sprints = SprintRepository(*m_database).all();
    QString error = result->error;
    if (error.isEmpty() && (!product || !sprints))
        error = !product ? product.errorMessage() : sprints.errorMessage();
    if (!error.isEmpty()) {
        emit loadFailed(error);
        return;
    }
    adopt(std::move(*product), std::move(result->rows), std::move(*sprints));
    emit loaded();
}

std::unique_ptr<ProductDocument> ProductDocument::open(const QString &path, QString *error)
{
    Database::OpenError openError;
    auto database = Database::open(path, &openError);
    if (!database) {
        if (error)
            *error = openError.message;
        return nullptr;
    }
    std::unique_ptr<ProductDocument> document(new ProductDocument(std::move(database)));
    if (!document->reload(error))
        return nullptr;
    return document;
}

std::unique_ptr<ProductDocument> ProductDocument::create(const QString &path,
                                                         const Product &product,
                                                         QString *error)
{
    auto database = Database::create(path, product, error);
    if (!database)
        return nullptr;
    std::unique_ptr<ProductDocument> document(new ProductDocument(std::move(database)));
    if (!document->reload(error))
        return nullptr;
    return document;
}

Commands::Context ProductDocument::commands() const { return {*m_editor, *m_undoStack, &m_access}; }

SprintCommands::Context ProductDocument::sprintCommands() const { return {*m_sprintEditor, *m_undoStack, &m_access}; }

ImportCommands::Context ProductDocument::importCommands() const { return {*m_importEditor, *m_undoStack, &m_access}; }

const Product &ProductDocument::product() const
{
    return m_editor ? m_editor->product() : *m_firstScreenProduct;
}

QString ProductDocument::path() const { return m_database->path(); }

bool ProductDocument::reload(QString *error)
{
    auto product = ProductRepository(*m_database).load();
    if (!product) {
        if (error)
            *error = product.errorMessage();
        return false;
    }
    auto rows = ItemRepository(*m_database).backlogRows();
    if (!rows) {
        if (error)
            *error = rows.errorMessage();
        return false;
    }
    auto sprints = SprintRepository(*m_database).all();
    if (!sprints) {
        if (error)
            *error = sprints.errorMessage();
        return false;
    }
    adopt(std::move(*product), std::move(*rows), std::move(*sprints));
    return true;
}

void ProductDocument::adopt(Product product, QList<BacklogRow> rows, QList<Sprint> sprints)
{
    const int velocitySprints = product.velocitySprints;
    m_backlogModel->setRows(std::move(rows), product.keyPrefix, activeSprintOf(sprints));
    delete m_editor;
    delete m_sprintEditor;
    delete m_importEditor;
    m_editor = new BacklogEditor(*m_database, *m_backlogModel, *m_changes, std::move(product), this);
    // Velocity is replayed from the history of the closed sprints.
    m_sprintEditor = new SprintEditor(*m_database, *m_backlogModel, *m_changes, std::move(sprints), velocitySprints, this);
    m_importEditor = new ImportEditor(*m_database, *m_backlogModel, *m_editor, *m_sprintEditor, *m_changes, this);
    m_backlogModel->setCommandContext(m_editor, m_undoStack, &m_access);
    // Velocity averages as many sprints as the product's settings say.
    connect(m_changes, &ChangeChannel::changed, m_sprintEditor, [this](const DocumentChange &change) {
        if (change.what == DocumentChange::What::Product)
            m_sprintEditor->setVelocitySprints(m_editor->product().velocitySprints);
    });
    m_undoStack->clear();
}

} // namespace Ordo
