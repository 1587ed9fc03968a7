#pragma once

#include "domain/enums.h"

#include <QFrame>

class QComboBox;
class QLineEdit;

namespace Ordo {

// Quick add: type a title, press Enter, and the item is in the backlog above
// the selection. Alt+1…Alt+6 pick the type without leaving the keyboard.
class QuickAddBar : public QFrame
{
    Q_OBJECT

public:
    explicit QuickAddBar(QWidget *parent = nullptr);

    void open();

signals:
    void addRequested(ItemType type, const QString &title);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void submit();

    QComboBox *m_type;
    QLineEdit *m_title;
};

} // namespace Ordo
