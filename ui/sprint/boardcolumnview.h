#pragma once

#include <QListView>

namespace Ordo {

// One column of the sprint board: cards top to bottom in backlog order. Drag and drop moves
// cards between columns; the keyboard moves the focus between cards with the arrows (Left and
// Right to the neighbouring column) and moves a card with Alt+arrows.
class BoardColumnView : public QListView
{
    Q_OBJECT

public:
    explicit BoardColumnView(QWidget *parent = nullptr);

signals:
    // The focus should go to the column `step` away (-1 left, +1 right), near `row`.
    void neighbourRequested(int step, int row);
    // Move the current card to the column `step` away.
    void moveAcrossRequested(int step);
    // Move the current card `step` places up (-1) or down (+1) within the column.
    void moveWithinRequested(int step);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace Ordo
