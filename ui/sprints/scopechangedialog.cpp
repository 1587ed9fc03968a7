#include "scopechangedialog.h"

#include "backlog/backlogmodel.h"
#include "productdocument.h"
#include "services/sprintoperations.h"
#include "sprinteditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace Ordo {

ScopeChangeDialog::ScopeChangeDialog(const ProductDocument &document, SprintId sprintId, const QList<ItemId> &items,
                                     bool adding, QWidget *parent)
    : QDialog(parent)
    , m_impact(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("scopeChangeDialog"));
    const BacklogModel &model = *document.backlogModel();
    const Sprint *sprint = document.sprintEditor()->sprint(sprintId);
    const QString sprintName = sprint ? sprint->name : QString();
    setWindowTitle(adding ? tr("Add to the Running Sprint") : tr("Take Out of the Running Sprint"));

    double points = 0;
    QStringList titles;
    const QSet<ItemId> moving(items.cbegin(), items.cend());
    for (const BacklogRow &row : model.rows()) {
        if (moving.contains(row.id)) {
            points += row.isEstimated() ? double(row.estimate) : 0.0;
            titles.append(QStringLiteral("%1 %2").arg(model.keyOf(row), row.title.toHtmlEscaped()));
        }
    }
    const QLocale locale;
    QString text = QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                       .arg(adding ? tr("%n item(s), %1 points, into “%2”, which is running.", nullptr, int(items.size()))
                                         .arg(locale.toString(points, 'g', 4), sprintName.toHtmlEscaped())
                                   : tr("%n item(s), %1 points, out of “%2”, which is running.", nullptr, int(items.size()))
                                         .arg(locale.toString(points, 'g', 4), sprintName.toHtmlEscaped()),
                            titles.join(QStringLiteral("<br>")));
    if (adding && sprint) {
        const SprintOperations::Impact impact = SprintOperations::impactOf(model.rows(), sprintId, points, sprint->capacity);
        if (!sprint->capacity) {
            text += tr("<p>The sprint has no capacity set, so Ordo cannot say what no longer fits.</p>");
        } else if (impact.aboveCapacity > 0) {
            text += tr("<p>The sprint would hold <b>%1 points</b>, <b>%2 above</b> its capacity of %3.</p>")
                        .arg(locale.toString(impact.committedAfter, 'g', 4), locale.toString(impact.aboveCapacity, 'g', 4),
                             locale.toString(*sprint->capacity, 'g', 4));
            QStringList unlikely;
            for (const BacklogRow &row : model.rows()) {
                if (impact.unlikely.contains(row.id))
                    unlikely.append(QStringLiteral("%1 %2").arg(model.keyOf(row), row.title.toHtmlEscaped()));
            }
            if (!unlikely.isEmpty())
                text += tr("<p>Now unlikely to finish, from the bottom of the sprint:<br>%1</p>").arg(unlikely.join(QStringLiteral("<br>")));
        } else {
            text += tr("<p>It still fits: the sprint would hold %1 of its %2 points.</p>")
                        .arg(locale.toString(impact.committedAfter, 'g', 4), locale.toString(*sprint->capacity, 'g', 4));
        }
    }
    m_impact->setObjectName(QStringLiteral("scopeImpact"));
    m_impact->setText(text);
    m_impact->setWordWrap(true);
    m_impact->setTextFormat(Qt::RichText);
    m_reason->setObjectName(QStringLiteral("scopeReason"));
    m_reason->setPlaceholderText(tr("Why the scope changes, for the decision log, e.g. “Checkout is down for "
                                    "card payments: fixing it beats the sprint goal”"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(adding ? tr("Add to Sprint") : tr("Take Out"));
    m_ok->setEnabled(false);
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] { m_ok->setEnabled(!reason().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_impact);
    layout->addWidget(new QLabel(tr("&Reason:"), this));
    qobject_cast<QLabel *>(layout->itemAt(1)->widget())->setBuddy(m_reason);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 80, sizeHint().height());
    m_reason->setFocus();
}

QString ScopeChangeDialog::reason() const { return m_reason->toPlainText().trimmed(); }

QString ScopeChangeDialog::impactText() const { return m_impact->text(); }

std::optional<QString> ScopeChangeDialog::ask(const ProductDocument &document, SprintId sprint, const QList<ItemId> &items,
                                              bool adding, QWidget *parent)
{
    ScopeChangeDialog dialog(document, sprint, items, adding, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

} // namespace Ordo
