#include "emptybacklog.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ordo {

EmptyBacklog::EmptyBacklog(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyBacklog"));
    auto *title = new QLabel(tr("This Product Backlog is empty"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *text = new QLabel(tr("The backlog is the single ordered list of everything the product "
                               "needs. Its items will appear here, most valuable first.\n\nTo see "
                               "how a groomed backlog looks, with sprints and history, open the "
                               "demo product."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(fontMetrics().averageCharWidth() * 70);

    auto *demo = new QPushButton(tr("Open the Demo Product"), this);
    demo->setObjectName(QStringLiteral("openDemoButton"));
    connect(demo, &QPushButton::clicked, this, &EmptyBacklog::demoRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addWidget(demo, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace Ordo
