#pragma once

#include "domain/item.h"

#include <QList>
#include <QMetaType>
#include <QObject>

namespace Ordo {

// One change to an open product, as its writer announces it once the file is written and the
// models are up to date.
struct DocumentChange
{
    enum class What {
        ItemFields,   // fields of `items` changed (an edit, an undo or a redo)
        Archive,      // `items` were archived, restored or deleted for good
        Dependencies, // dependencies between `items` were added or removed
        Product,      // the product's settings: name, Product Goal, definitions, scale, ...
        Decisions,    // the decision log
        Sprints,      // sprints were created, edited, started, cancelled, closed or deleted, or
                      // `items` moved in or out of a sprint or across the board
    };

    What what = What::ItemFields;
    QList<ItemId> items; // the items it concerns; empty where it concerns the whole product

    bool concerns(ItemId id) const { return items.contains(id); }
};

// The document's one change channel. Every writer (BacklogEditor, and each writer beside it)
// announces here what it wrote; every view listens here and to the document's models, and never to
// another view or to a writer. The channel lives as long as the document, so a view stays
// connected when the document re-reads its file and makes a new writer.
class ChangeChannel : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void announce(const DocumentChange &change) { emit changed(change); }
    void announce(DocumentChange::What what, const QList<ItemId> &items = {}) { emit changed({what, items}); }

signals:
    void changed(const Ordo::DocumentChange &change);
};

} // namespace Ordo

Q_DECLARE_METATYPE(Ordo::DocumentChange)
