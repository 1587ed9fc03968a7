#pragma once

#include <QWidget>

class QStackedWidget;

namespace Ordo {

class BacklogPanel;
class EmptyBacklog;
class ProductHeader;
class StartPage;

// Backlog mode: the product header (name, Product Goal, summary) above one page, the backlog
// table, the empty backlog's welcome, or, while no product is open, the start page. The window
// switches the page; the mode only holds them.
class BacklogMode : public QWidget
{
    Q_OBJECT

public:
    explicit BacklogMode(QWidget *parent = nullptr);

    ProductHeader *header() const { return m_header; }
    QStackedWidget *pages() const { return m_pages; }
    BacklogPanel *panel() const { return m_panel; }
    EmptyBacklog *emptyBacklog() const { return m_empty; }
    StartPage *startPage() const { return m_startPage; }

private:
    ProductHeader *m_header;
    QStackedWidget *m_pages;
    BacklogPanel *m_panel;
    EmptyBacklog *m_empty;
    StartPage *m_startPage;
};

} // namespace Ordo
