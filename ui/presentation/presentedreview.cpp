#include "presentedreview.h"

#include "backlog/backlogmodel.h"
#include "backlogeditor.h"
#include "charts/burndownchart.h"
#include "charts/velocitychart.h"
#include "commands/sprintcommands.h"
#include "documentchange.h"
#include "productdocument.h"
#include "reports/reportsource.h"
#include "services/reviewoperations.h"
#include "services/sprintreport.h"
#include "sprinteditor.h"
#include "storage/reviewrepository.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedLayout>
#include <QVBoxLayout>

#include <numeric>

namespace Ordo {
namespace {

Qt::CheckState stateOf(Review::Verdict verdict)
{
    switch (verdict) {
    case Review::Verdict::Met: return Qt::Checked;
    case Review::Verdict::NotMet: return Qt::PartiallyChecked;
    case Review::Verdict::Unjudged: break;
    }
    return Qt::Unchecked;
}

Review::Verdict next(Review::Verdict verdict)
{
    switch (verdict) {
    case Review::Verdict::Unjudged: return Review::Verdict::Met;
    case Review::Verdict::Met: return Review::Verdict::NotMet;
    case Review::Verdict::NotMet: break;
    }
    return Review::Verdict::Unjudged;
}

} // namespace

PresentedReview::PresentedReview(QWidget *parent)
    : PresentedPage(parent)
    , m_story(new QWidget(this))
    , m_title(label(m_story, Role::Heading))
    , m_voice(label(m_story))
    , m_state(label(m_story))
    , m_criteriaTitle(label(m_story, Role::Heading))
    , m_criteriaRows(new QVBoxLayout)
    , m_doneTitle(label(m_story, Role::Heading))
    , m_doneRows(new QVBoxLayout)
    , m_decision(label(m_story))
    , m_keys(label(m_story))
    , m_summaryPage(new QWidget(this))
    , m_summaryTitle(label(m_summaryPage, Role::Heading))
    , m_summary(label(m_summaryPage))
    , m_burndown(new BurndownChart(m_summaryPage))
    , m_velocity(new VelocityChart(m_summaryPage))
{
    m_criteriaTitle->setText(tr("Acceptance criteria"));
    m_doneTitle->setText(tr("Definition of Done"));
    m_keys->setForegroundRole(QPalette::PlaceholderText);
    m_keys->setText(tr("1–9: met, not met, not judged · A: accept · R: reject · ← →: stories"));
    auto *story = new QVBoxLayout(m_story);
    story->addWidget(m_title);
    story->addWidget(m_voice);
    story->addWidget(m_state);
    story->addWidget(m_criteriaTitle);
    story->addLayout(m_criteriaRows);
    story->addWidget(m_doneTitle);
    story->addLayout(m_doneRows);
    story->addStretch();
    story->addWidget(m_decision);
    story->addWidget(m_keys);

    auto *summary = new QVBoxLayout(m_summaryPage);
    summary->addWidget(m_summaryTitle);
    summary->addWidget(m_summary);
    // One above the other, each the screen's width: side by side their legends are cut.
    summary->addWidget(m_burndown, 1);
    summary->addWidget(m_velocity, 1);

    auto *stack = new QStackedLayout(this);
    stack->addWidget(m_story);
    stack->addWidget(m_summaryPage);
    setFocusPolicy(Qt::StrongFocus);
}

void PresentedReview::setDocument(ProductDocument *document)
{
    disconnect(m_changes);
    m_document = document;
    if (document)
        m_changes = connect(document->changes(), &ChangeChannel::changed, this, &PresentedReview::productChanged);
    // Drawn now when on the wall, else when shown.
    productChanged();
}

QString PresentedReview::step() const
{
    if (m_items.isEmpty())
        return tr("Sprint Review");
    if (isSummary())
        return tr("Summary");
    return tr("Story %1 of %2").arg(m_index + 1).arg(m_items.size());
}

ItemId PresentedReview::currentItem() const { return isSummary() ? 0 : m_items.value(m_index); }

void PresentedReview::showItem(ItemId id)
{
    const qsizetype at = m_items.indexOf(id);
    if (at >= 0 && at != m_index)
        setPageIndex(int(at));
}

void PresentedReview::setPageIndex(int index)
{
    index = std::clamp(index, 0, int(m_items.size()));
    if (index == m_index && m_story->isVisible() != isSummary())
        return;
    m_index = index;
    drawPage();
    emit stepChanged();
    emit currentItemChanged(currentItem());
}

void PresentedReview::refresh()
{
    const Sprint *sprint = m_document ? m_document->sprintEditor()->activeSprint() : nullptr;
    const ItemId current = currentItem();
    m_sprint = sprint ? sprint->id : 0;
    m_items.clear();
    if (sprint) {
        for (const BacklogRow &row : m_document->backlogModel()->rows()) {
            if (row.sprintId == sprint->id && !row.archived && Review::isUpForReview(row.status))
                m_items.append(row.id);
        }
    }
    if (const qsizetype at = m_items.indexOf(current); at >= 0)
        m_index = int(at);
    else if (current != 0 || m_index > m_items.size())
        m_index = std::min(m_index, int(m_items.size()));
    drawPage();
    emit stepChanged();
}

void PresentedReview::drawPage()
{
    auto *stack = static_cast<QStackedLayout *>(layout());
    const Sprint *sprint = m_document ? m_document->sprintEditor()->sprint(m_sprint) : nullptr;
    // Later, not now: the box whose click redraws the page is one of them.
    for (QCheckBox *box : std::as_const(m_boxes)) {
        box->hide();
        box->deleteLater();
    }
    m_boxes.clear();
    m_checks = {};
    if (!sprint || isSummary()) {
        stack->setCurrentWidget(m_summaryPage);
        if (!sprint) {
            m_summaryTitle->setText(tr("No sprint is running"));
            m_summary->setText(tr("Start a sprint in Planning; its finished stories are walked through here."));
            m_burndown->hide();
            m_velocity->hide();
            return;
        }
        const BacklogModel &model = *m_document->backlogModel();
        QList<double> accepted, rejected, waiting;
        double notDone = 0;
        int notDoneCount = 0;
        for (const BacklogRow &row : model.rows()) {
            if (row.sprintId != sprint->id || row.archived)
                continue;
            const double points = row.estimateValue().value_or(0);
            if (row.status == ItemStatus::Accepted)
                accepted.append(points);
            else if (row.status == ItemStatus::Rejected)
                rejected.append(points);
            else if (Review::isUpForReview(row.status))
                waiting.append(points);
            else {
                notDone += points;
                ++notDoneCount;
            }
        }
        const auto sum = [](const QList<double> &values) { return std::accumulate(values.cbegin(), values.cend(), 0.0); };
        m_summaryTitle->setText(tr("%1 review: %2").arg(sprint->name, sprint->goal.trimmed()));
        QStringList lines;
        lines << tr("Accepted: %n item(s), %1 points", nullptr, int(accepted.size())).arg(SprintReport::pointsText(sum(accepted)))
              << tr("Rejected: %n item(s), %1 points", nullptr, int(rejected.size())).arg(SprintReport::pointsText(sum(rejected)));
        if (!waiting.isEmpty())
            lines << tr("Waiting for review: %n item(s), %1 points", nullptr, int(waiting.size())).arg(SprintReport::pointsText(sum(waiting)));
        lines << tr("Not done: %n item(s), %1 points", nullptr, notDoneCount).arg(SprintReport::pointsText(notDone));
        // One line, so that the charts below get the height.
        m_summary->setText(lines.join(QStringLiteral(" · ")));
        ReportSource source(m_document);
        if (auto chart = source.burndown(sprint->id)) {
            m_burndown->setData(*chart, sprint->name, false, [&source](qint64 id) { return source.itemLabel(id); });
            m_burndown->show();
        }
        m_velocity->setData(source.velocityBars(), source.velocity());
        m_velocity->show();
        return;
    }
    stack->setCurrentWidget(m_story);
    const ItemId id = m_items.at(m_index);
    auto loaded = m_document->editor()->loadItem(id);
    auto stored = ReviewRepository(m_document->database()).record(sprint->id, id);
    if (!loaded || !stored) {
        emit errorOccurred(!loaded ? loaded.error().message : stored.error().message);
        return;
    }
    const BacklogItem &item = *loaded;
    const BacklogModel &model = *m_document->backlogModel();
    const BacklogRow &row = model.rowAt(model.rowOf(id));
    m_title->setText(model.keyOf(row) + QStringLiteral("  ") + item.title);
    QStringList voice;
    if (!item.want.isEmpty())
        voice << tr("As a %1, I want %2, so that %3.")
                     .arg(item.role.isEmpty() ? tr("user") : item.role, item.want, item.benefit.isEmpty() ? QStringLiteral("…") : item.benefit);
    if (!item.metric.name.isEmpty())
        voice << tr("Success metric: %1").arg(item.metric.name);
    m_voice->setText(voice.join(u'\n'));
    m_voice->setVisible(!voice.isEmpty());
    m_state->setText(row.status == ItemStatus::Accepted   ? tr("✓ Accepted")
                     : row.status == ItemStatus::Rejected ? tr("✗ Rejected: reworked in the sprint")
                                                          : tr("Waiting for review"));
    m_state->setForegroundRole(row.status == ItemStatus::Accepted || row.status == ItemStatus::Rejected ? QPalette::Highlight
                                                                                                          : QPalette::PlaceholderText);
    m_note = stored->note;

    QStringList chunks;
    for (const AcceptanceCriterion &c : item.criteria)
        chunks.append(c.text);
    m_checks = ReviewOperations::checksOf(chunks, *stored, sprint->definitionOfDone.value_or(QStringList()));
    const auto addBox = [this](QVBoxLayout *rows, const QString &text, Review::Verdict verdict) {
        auto *box = new QCheckBox(m_story);
        const int number = int(m_boxes.size()) + 1;
        // The verdict in words and colour too: a half-ticked box alone does not read from the back.
        const QString mark = verdict == Review::Verdict::Met      ? tr("✓ met")
                             : verdict == Review::Verdict::NotMet ? tr("✗ not met")
                                                                  : QString();
        const QString line = mark.isEmpty() ? text : tr("%1 — %2").arg(text, mark);
        box->setText(number <= 9 ? tr("%1  %2").arg(number).arg(line) : line);
        if (verdict != Review::Verdict::Unjudged)
            box->setProperty(colourProperty, verdict == Review::Verdict::Met ? theme().good : theme().bad);
        box->setTristate(true);
        box->setCheckState(stateOf(verdict));
        box->setToolTip(tr("Met, not met (shown half ticked), or not judged yet"));
        setRole(box, Role::Body);
        const int index = int(m_boxes.size());
        // Space and clicks cycle the verdict like the number keys.
        connect(box, &QCheckBox::clicked, this, [this, index] { toggle(index); });
        rows->addWidget(box);
        m_boxes.append(box);
    };
    for (const Review::CriterionCheck &check : std::as_const(m_checks.criteria))
        addBox(m_criteriaRows, check.criterion.label(), check.verdict);
    for (const Review::DodCheck &check : std::as_const(m_checks.definitionOfDone))
        addBox(m_doneRows, check.item, check.verdict);
    m_criteriaTitle->setVisible(!m_checks.criteria.isEmpty());
    m_doneTitle->setVisible(!m_checks.definitionOfDone.isEmpty());

    const Review::Allowed allowed = Review::allowed(m_checks);
    if (row.status == ItemStatus::Accepted)
        m_decision->setText(tr("Accepted. → next story"));
    else if (allowed.accept)
        m_decision->setText(tr("Everything is met: A accepts. → next story"));
    else if (allowed.reject)
        m_decision->setText(tr("R rejects, with what acceptance needs. %1").arg(allowed.whyNotAccept));
    else
        m_decision->setText(allowed.whyNotAccept);
    // The window sizes the new boxes' fonts.
    emit stepChanged();
}

void PresentedReview::setVerdict(int index, Review::Verdict verdict)
{
    const int criteria = int(m_checks.criteria.size());
    if (index < criteria)
        m_checks.criteria[index].verdict = verdict;
    else if (index - criteria < m_checks.definitionOfDone.size())
        m_checks.definitionOfDone[index - criteria].verdict = verdict;
    else
        return;
    keep();
}

void PresentedReview::toggle(int index)
{
    if (index < 0 || index >= m_boxes.size())
        return;
    const int criteria = int(m_checks.criteria.size());
    const Review::Verdict now = index < criteria ? m_checks.criteria.at(index).verdict
                                                 : m_checks.definitionOfDone.at(index - criteria).verdict;
    setVerdict(index, next(now));
}

void PresentedReview::keep()
{
    // Kept at once, as in Review mode; the change channel draws the page again.
    if (const Status kept = SprintCommands::judge(m_document->sprintCommands(), currentItem(), m_checks, m_note); !kept)
        emit errorOccurred(kept.errorMessage());
}

bool PresentedReview::accept()
{
    if (isSummary() || !m_document)
        return false;
    const Status accepted = SprintCommands::accept(m_document->sprintCommands(), currentItem(), m_checks, m_note);
    if (!accepted)
        emit errorOccurred(accepted.errorMessage());
    return bool(accepted);
}

bool PresentedReview::reject(const QString &givenReason)
{
    if (isSummary() || !m_document)
        return false;
    QString reason = givenReason;
    if (reason.isEmpty()) {
        const Review::Allowed allowed = Review::allowed(m_checks);
        if (!allowed.reject) {
            emit errorOccurred(tr("Mark what is not met before rejecting."));
            return false;
        }
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Reject"));
        dialog.setFont(font());
        auto *layout = new QVBoxLayout(&dialog);
        auto *question = label(&dialog);
        question->setText(tr("What is needed for acceptance, specifically?"));
        auto *edit = new QPlainTextEdit(&dialog);
        edit->setTabChangesFocus(true);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        buttons->button(QDialogButtonBox::Ok)->setText(tr("Reject"));
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        layout->addWidget(question);
        layout->addWidget(edit, 1);
        layout->addWidget(buttons);
        dialog.resize(width() * 2 / 3, height() / 2);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        reason = edit->toPlainText();
    }
    const Status rejected = SprintCommands::reject(m_document->sprintCommands(), currentItem(), m_checks, m_note, reason);
    if (!rejected)
        emit errorOccurred(rejected.errorMessage());
    return bool(rejected);
}

void PresentedReview::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_9 && event->modifiers() == Qt::NoModifier) {
        toggle(key - Qt::Key_1);
    } else if (key == Qt::Key_A && event->modifiers() == Qt::NoModifier) {
        accept();
    } else if (key == Qt::Key_R && event->modifiers() == Qt::NoModifier) {
        reject();
    } else if (key == Qt::Key_Right || key == Qt::Key_PageDown) {
        setPageIndex(m_index + 1);
    } else if (key == Qt::Key_Left || key == Qt::Key_PageUp) {
        setPageIndex(m_index - 1);
    } else {
        PresentedPage::keyPressEvent(event);
    }
}

} // namespace Ordo
