#pragma once

#include "domain/product.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Ordo {

// Asks for what a new product needs: its name, the key prefix of its items,
// its Product Goal and where the product file goes.
class NewProductDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewProductDialog(QWidget *parent = nullptr);

    Product product() const;
    QString filePath() const;

private:
    void nameEdited(const QString &name);
    void browse();
    void validate();

    QLineEdit *m_name;
    QLineEdit *m_keyPrefix;
    QPlainTextEdit *m_goal;
    QLineEdit *m_location;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_prefixEdited = false;
    bool m_locationEdited = false;
};

} // namespace Ordo
