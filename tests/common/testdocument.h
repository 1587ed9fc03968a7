#pragma once

#include "domain/decision.h"
#include "productdocument.h"

#include <QTemporaryDir>

#include <functional>

#include <memory>

// A ProductDocument on a fresh product file (real migrations), with helpers
// to fill and read its backlog.
class TestDocument
{
public:
    TestDocument();

    Ordo::ProductDocument &doc() { return *m_document; }
    Ordo::Commands::Context commands() { return m_document->commands(); }

    // Adds `count` stories titled "Item 1", "Item 2", ... at the bottom; returns their ids.
    QList<Ordo::ItemId> addItems(int count, const QString &prefix = QStringLiteral("Item"));
    // Titles in backlog order, from the model and from the file (must agree).
    QStringList modelTitles() const;
    QStringList fileTitles() const;
    // How many item rows the file has updated since the document opened.
    int itemRowWrites();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Ordo::ProductDocument> m_document;
};

// Opens a copy of the product file `source`, in `folder` and named after the running test, so that
// each test works on its own copy of a prepared product (the demo, say).
std::unique_ptr<Ordo::ProductDocument> openCopy(const QString &source, const QString &folder, QString *error);

class QDialog;

// The decision log of a document, newest first.
QList<Ordo::Decision> decisionsOf(const Ordo::ProductDocument &doc);
// Steps on a document's undo stack.
int steps(const Ordo::ProductDocument &doc);

// Runs `handle` on the modal dialog called `objectName` once it is open
// (call before the code that opens it with exec()). Sets `*handled`.
void whenModalDialog(const QString &objectName, const std::function<void(QDialog *)> &handle,
                     bool *handled, int attempts = 500);
