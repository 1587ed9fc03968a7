#include "productheader.h"

#include "backlog/backlogmodel.h"
#include "domain/product.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ordo {

ProductHeader::ProductHeader(QWidget *parent)
    : QFrame(parent)
    , m_name(new QLabel(this))
    , m_goalPages(new QStackedWidget(this))
    , m_goal(new QLabel(this))
    , m_goalEdit(new QLineEdit(this))
    , m_editGoal(new QToolButton(this))
    , m_goalShare(new QLabel(this))
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
    m_goal->setCursor(Qt::IBeamCursor);
    m_goal->setToolTip(tr("Double-click to edit the Product Goal"));
    m_goal->installEventFilter(this);
    m_goalEdit->setObjectName(QStringLiteral("productGoalEdit"));
    m_goalEdit->setPlaceholderText(tr("What the product should achieve, e.g. “Product Owners groom "
                                      "their backlog in Ordo every day”"));
    m_goalEdit->installEventFilter(this);
    connect(m_goalEdit, &QLineEdit::returnPressed, this, [this] { finishGoalEdit(true); });
    connect(m_goalEdit, &QLineEdit::editingFinished, this, [this] {
        if (isEditingGoal() && !m_goalEdit->hasFocus())
            finishGoalEdit(true);
    });
    m_goalPages->addWidget(m_goal);
    m_goalPages->addWidget(m_goalEdit);
    m_goalPages->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_goalPages, &QStackedWidget::currentChanged, this, [this](int page) {
        // The label wraps: let the page take the height its text needs.
        m_goalPages->setMaximumHeight(page == 0 ? QWIDGETSIZE_MAX : m_goalEdit->sizeHint().height());
    });

    m_editGoal->setObjectName(QStringLiteral("editProductGoal"));
    m_editGoal->setText(tr("Edit Goal"));
    m_editGoal->setToolTip(tr("Edit the Product Goal"));
    m_editGoal->setAutoRaise(true);
    connect(m_editGoal, &QToolButton::clicked, this, &ProductHeader::editGoal);

    m_goalShare->setObjectName(QStringLiteral("goalShare"));

    m_summary->setObjectName(QStringLiteral("backlogSummary"));
    m_summary->setAlignment(Qt::AlignRight | Qt::AlignBottom);
    QPalette dim = m_summary->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    m_summary->setPalette(dim);

    auto *goalRow = new QHBoxLayout;
    goalRow->setSpacing(6);
    goalRow->addWidget(m_goalPages, 1);
    goalRow->addWidget(m_editGoal, 0, Qt::AlignTop);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(4);
    titles->addWidget(m_name);
    titles->addLayout(goalRow);
    titles->addWidget(m_goalShare);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->addLayout(titles, 1);
    layout->addWidget(m_summary, 0, Qt::AlignBottom);
}

void ProductHeader::setProduct(const Product &product)
{
    m_name->setText(product.name);
    m_goalText = product.productGoal;
    if (!isEditingGoal())
        m_goalEdit->setText(m_goalText);
    m_editGoal->setText(product.productGoal.isEmpty() ? tr("Set Goal") : tr("Edit Goal"));
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

void ProductHeader::setGoalShare(int serving, int items)
{
    m_goalShare->setVisible(items > 0);
    if (items == 0)
        return;
    //: %1 items of the %n at the top of the backlog are linked to the Product Goal
    m_goalShare->setText(tr("%1 of the top %n item(s) serve the goal", nullptr, items)
                             .arg(QLocale().toString(serving)));
    m_goalShare->setToolTip(tr("Items linked to the Product Goal, themselves or through their epic, "
                               "among the next two sprints' worth of work (or the top ten items "
                               "before the first sprint closes)."));
    // Under half is worth a look: shown in the warning colour.
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, serving * 2 < items ? QColor(0xb0, 0x5a, 0x00)
                                                           : pal.color(QPalette::PlaceholderText));
    m_goalShare->setPalette(pal);
}

void ProductHeader::setGoalEditable(bool editable)
{
    m_goalEditable = editable;
    m_editGoal->setVisible(editable && !isEditingGoal());
    m_goal->setToolTip(editable ? tr("Double-click to edit the Product Goal") : QString());
}

void ProductHeader::editGoal()
{
    if (!m_goalEditable)
        return;
    m_goalEdit->setText(m_goalText);
    m_goalPages->setCurrentWidget(m_goalEdit);
    m_editGoal->hide();
    m_goalEdit->setFocus();
    m_goalEdit->selectAll();
}

bool ProductHeader::isEditingGoal() const { return m_goalPages->currentWidget() == m_goalEdit; }

void ProductHeader::finishGoalEdit(bool keep)
{
    if (!isEditingGoal())
        return;
    m_goalPages->setCurrentWidget(m_goal);
    m_editGoal->setVisible(m_goalEditable);
    const QString goal = m_goalEdit->text().trimmed();
    if (keep && goal != m_goalText)
        emit goalEdited(goal);
}

bool ProductHeader::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_goal && event->type() == QEvent::MouseButtonDblClick) {
        editGoal();
        return true;
    }
    if (watched == m_goalEdit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        finishGoalEdit(false);
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace Ordo
