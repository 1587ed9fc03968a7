#pragma once

#include "backlogeditor.h"

#include <QDialog>

class QRadioButton;

namespace Ordo {

// Someone else changed a Product Backlog item while the user was editing it: for each field
// that conflicts, its name, "theirs" (the value now in the product, and who changed it when
// known) and "mine" (what the user wrote), with a choice per field; "theirs" is chosen at
// first. OK returns the choices; Cancel keeps theirs everywhere.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const QString &item, const QList<ConflictField> &fields, QWidget *parent = nullptr);

    // Per field, true when the user chose to write their own value again.
    QList<bool> keepMine() const;
    void setKeepMine(int field, bool mine);

    // Shows the dialog and returns the choices (all false when cancelled): the resolver
    // MainWindow gives BacklogEditor.
    static QList<bool> ask(QWidget *parent, const QString &item, const QList<ConflictField> &fields);

private:
    QList<QRadioButton *> m_theirs;
    QList<QRadioButton *> m_mine;
};

} // namespace Ordo
