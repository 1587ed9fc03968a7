#include "filldialog.h"

#include "backlog/backlogmodel.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ordo {

QString FillDialog::reasonText(SprintOperations::Skipped::Why why)
{
    switch (why) {
    case SprintOperations::Skipped::Why::NotReady: return tr("not ready");
    case SprintOperations::Skipped::Why::TooLarge: return tr("too large for what is left");
    case SprintOperations::Skipped::Why::Blocked: return tr("blocked by an unplanned dependency");
    case SprintOperations::Skipped::Why::Unestimated: return tr("not estimated");
    }
    return {};
}

FillDialog::FillDialog(const BacklogModel &model, const SprintOperations::Fill &fill, double limit, const QString &limitText,
                       QWidget *parent)
    : QDialog(parent)
    , m_take(new QListWidget(this))
    , m_skipped(new QListWidget(this))
{
    setObjectName(QStringLiteral("fillDialog"));
    setWindowTitle(tr("Fill to Velocity"));
    const QLocale locale;
    QHash<ItemId, int> rows;
    {
        QList<ItemId> ids = fill.take;
        for (const SprintOperations::Skipped &s : fill.skipped)
            ids.append(s.id);
        rows = model.rowsOf(ids);
    }
    const auto line = [&](ItemId id) {
        const BacklogRow &row = model.rowAt(rows.value(id));
        const QString points = row.isEstimated() ? locale.toString(row.estimate, 'g', 3) : QStringLiteral("–");
        return QStringLiteral("%1  %2  (%3)").arg(model.keyOf(row), row.title, points);
    };
    for (ItemId id : fill.take)
        m_take->addItem(line(id));
    // The skipped items that sit above the last one taken are the ones worth explaining.
    for (const SprintOperations::Skipped &s : fill.skipped)
        m_skipped->addItem(tr("%1 — %2").arg(line(s.id), reasonText(s.why)));
    m_take->setObjectName(QStringLiteral("fillTake"));
    m_skipped->setObjectName(QStringLiteral("fillSkipped"));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The top Ready items that fit under %1 (%2 points), respecting dependencies "
                                "and the capacity allocation:")
                                 .arg(limitText, locale.toString(limit, 'g', 4)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(new QLabel(tr("<b>Pull in %n item(s), %1 points</b>", nullptr, int(fill.take.size()))
                                     .arg(locale.toString(fill.points, 'g', 4)),
                                 this));
    layout->addWidget(m_take, 2);
    layout->addWidget(new QLabel(tr("<b>Skipped on the way (%n)</b>", nullptr, int(m_skipped->count())), this));
    layout->addWidget(m_skipped, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Pull In"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!fill.take.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 30);
}

} // namespace Ordo
