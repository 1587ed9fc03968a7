#pragma once

#include <QTableView>

namespace Ordo {

class BacklogModel;

// The table of the ordered Product Backlog: readable density, type icons,
// status pills, and a tint for the rows of the active sprint. Column widths
// and visibility are saved with saveLayout()/restoreLayout().
class BacklogView : public QTableView
{
    Q_OBJECT

public:
    explicit BacklogView(QWidget *parent = nullptr);

    void setBacklogModel(BacklogModel *model);

    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

private:
    void applyDefaultWidths();
};

} // namespace Ordo
