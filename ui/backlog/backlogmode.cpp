#include "backlogmode.h"

#include "backlogpanel.h"
#include "start/startpage.h"
#include "widgets/emptybacklog.h"
#include "widgets/productheader.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace Ordo {

BacklogMode::BacklogMode(QWidget *parent)
    : QWidget(parent)
    , m_header(new ProductHeader(this))
    , m_pages(new QStackedWidget(this))
    , m_panel(new BacklogPanel(this))
    , m_empty(new EmptyBacklog(this))
    , m_startPage(new StartPage(this))
{
    setObjectName(QStringLiteral("backlogMode"));
    m_pages->addWidget(m_panel);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(m_startPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_pages, 1);
}

} // namespace Ordo
