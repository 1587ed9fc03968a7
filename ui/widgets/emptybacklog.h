#pragma once

#include <QWidget>

namespace Ordo {

// What the backlog area shows while the Product Backlog has no items.
class EmptyBacklog : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyBacklog(QWidget *parent = nullptr);

signals:
    void demoRequested();
};

} // namespace Ordo
