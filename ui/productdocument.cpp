#include "productdocument.h"

#include "backlog/backlogmodel.h"
#include "backlogeditor.h"
#include "sprinteditor.h"
#include "storage/database.h"
#include "storage/itemrepository.h"
#include "storage/productrepository.h"
#include "storage/sprintrepository.h"

#include <QUndoStack>

namespace Ordo {

ProductDocument::ProductDocument(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_backlogModel(new BacklogModel(this))
    , m_undoStack(new QUndoStack(this))
    , m_changes(new ChangeChannel(this))
{}

ProductDocument::~ProductDocument() = default;

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

Commands::Context ProductDocument::commands() const { return {*m_editor, *m_undoStack}; }

SprintCommands::Context ProductDocument::sprintCommands() const { return {*m_sprintEditor, *m_undoStack}; }

const Product &ProductDocument::product() const { return m_editor->product(); }

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
    SprintId activeSprint = 0;
    for (const Sprint &sprint : std::as_const(*sprints)) {
        if (sprint.state == SprintState::Active && activeSprint == 0)
            activeSprint = sprint.id;
    }
    const int velocitySprints = product->velocitySprints;
    m_backlogModel->setRows(std::move(*rows), product->keyPrefix, activeSprint);
    delete m_editor;
    delete m_sprintEditor;
    m_editor = new BacklogEditor(*m_database, *m_backlogModel, *m_changes, std::move(*product), this);
    // Velocity is replayed from the history of the closed sprints.
    m_sprintEditor = new SprintEditor(*m_database, *m_backlogModel, *m_changes, std::move(*sprints), velocitySprints, this);
    m_backlogModel->setCommandContext(m_editor, m_undoStack);
    // Velocity averages as many sprints as the product's settings say.
    connect(m_changes, &ChangeChannel::changed, m_sprintEditor, [this](const DocumentChange &change) {
        if (change.what == DocumentChange::What::Product)
            m_sprintEditor->setVelocitySprints(m_editor->product().velocitySprints);
    });
    m_undoStack->clear();
    return true;
}

} // namespace Ordo
