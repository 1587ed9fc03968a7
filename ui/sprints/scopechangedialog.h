#pragma once

#include "domain/item.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Ordo {

class ProductDocument;

// Adding work to a running sprint, or taking it out, is a scope change: the dialog shows its
// impact (points above capacity, the items at the sprint's bottom now unlikely to finish) and
// asks for the reason, which goes into the decision log. OK needs a reason.
class ScopeChangeDialog : public QDialog
{
    Q_OBJECT

public:
    ScopeChangeDialog(const ProductDocument &document, SprintId sprint, const QList<ItemId> &items, bool adding,
                      QWidget *parent = nullptr);

    QString reason() const;
    QString impactText() const;

    // Asks; nullopt when the Product Owner cancels.
    static std::optional<QString> ask(const ProductDocument &document, SprintId sprint, const QList<ItemId> &items,
                                      bool adding, QWidget *parent);

private:
    QLabel *m_impact;
    QPlainTextEdit *m_reason;
    QPushButton *m_ok;
};

} // namespace Ordo
