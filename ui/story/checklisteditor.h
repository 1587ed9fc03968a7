#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QToolButton;

namespace Ordo {

// An ordered checklist the Product Owner edits in place (Definition of
// Done, the team's own Definition of Ready agreements): add, rename by
// double-click or F2, remove, and reorder by drag or with the arrow buttons.
class ChecklistEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistEditor(const QString &newItemText, QWidget *parent = nullptr);

    void setItems(const QStringList &items);
    // The entries, trimmed, without empty ones.
    QStringList items() const;
    QListWidget *list() const { return m_list; }

private:
    void addItem();
    void removeItem();
    void moveItem(int delta);
    void updateButtons();

    QString m_newItemText;
    QListWidget *m_list;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
};

} // namespace Ordo
