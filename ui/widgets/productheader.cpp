#include "productheader.h"

#include "backlog/backlogmodel.h"
#include "domain/product.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Ordo {

ProductHeader::ProductHeader(QWidget *parent)
    : QFrame(parent)
    , m_name(new QLabel(this))
    , m_goal(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("productHeader"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::Base));
    setPalette(pal);

    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setWeight(QFont::DemiBold);
    m_name->setFont(nameFont);
    m_name->setObjectName(QStringLiteral("productName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_goal->setWordWrap(true);
    m_goal->setObjectName(QStringLiteral("productGoal"));
    m_goal->setTextFormat(Qt::RichText);
    m_goal->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_summary->setObjectName(QStringLiteral("backlogSummary"));
    m_summary->setAlignment(Qt::AlignRight | Qt::AlignBottom);
    QPalette dim = m_summary->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    m_summary->setPalette(dim);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(4);
    titles->addWidget(m_name);
    titles->addWidget(m_goal);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->addLayout(titles, 1);
    layout->addWidget(m_summary, 0, Qt::AlignBottom);
}

void ProductHeader::setProduct(const Product &product)
{
    m_name->setText(product.name);
    const QString goal = product.productGoal.isEmpty()
                             ? tr("No Product Goal yet: the goal is what the order of this "
                                  "backlog serves.")
                             : product.productGoal.toHtmlEscaped();
    //: %1 is the Product Goal text
    m_goal->setText(tr("<b>Product Goal:</b> %1").arg(goal));
}

void ProductHeader::setSummary(const BacklogModel &model)
{
    const QLocale locale;
    //: Backlog summary: %n items, %1 story points
    m_summary->setText(tr("%n item(s) · %1 points", nullptr, model.rowCount())
                           .arg(locale.toString(model.totalEstimate())));
}

} // namespace Ordo
