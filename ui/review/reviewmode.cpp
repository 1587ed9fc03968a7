#include "reviewmode.h"

#include "backlog/backlogmodel.h"
#include "backlogeditor.h"
#include "commands/backlogcommands.h"
#include "commands/sprintcommands.h"
#include "feedbackdialog.h"
#include "reports/reportdialog.h"
#include "documentchange.h"
#include "productdocument.h"
#include "services/gherkin.h"
#include "services/reviewoperations.h"
#include "sprinteditor.h"
#include "storage/reviewrepository.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ordo {
namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    return label;
}

// A criterion as readable text: keywords in bold, context lines (Feature, Rule, Background and
// their steps) as they stand, indentation kept.
QString criterionHtml(const QString &text)
{
    const Gherkin::Document document = Gherkin::parse(text);
    QStringList keywords = Gherkin::stepKeywords(document.language);
    for (const QString &title : Gherkin::titleKeywords(document.language))
        keywords.append(title + QStringLiteral(":"));
    std::sort(keywords.begin(), keywords.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        qsizetype lead = 0;
        while (lead < line.size() && line.at(lead).isSpace())
            ++lead;
        QString html = QStringLiteral("&nbsp;").repeated(int(lead));
        const auto keyword = std::find_if(keywords.cbegin(), keywords.cend(), [&trimmed](const QString &k) { return trimmed.startsWith(k); });
        if (keyword != keywords.cend())
            html += QStringLiteral("<b>") + keyword->toHtmlEscaped() + QStringLiteral("</b>") + trimmed.mid(keyword->size()).toHtmlEscaped();
        else
            html += trimmed.toHtmlEscaped();
        lines.append(html);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

ReviewMode::ReviewMode(QWidget *parent)
    : QWidget(parent)
    , m_sprintTitle(new QLabel(this))
    , m_goal(new QLabel(this))
    , m_goalVerdict(new QComboBox(this))
    , m_goalNote(new QLineEdit(this))
    , m_notDone(new QLabel(this))
    , m_close(new QPushButton(tr("&Close Sprint…"), this))
    , m_list(new QListWidget(this))
    , m_page(new QWidget(this))
    , m_empty(new QLabel(this))
    , m_title(new QLabel(m_page))
    , m_story(new QLabel(m_page))
    , m_metric(new QLabel(m_page))
    , m_banner(new QLabel(m_page))
    , m_criteriaRows(new QVBoxLayout)
    , m_doneRows(new QVBoxLayout)
    , m_note(new QLineEdit(m_page))
    , m_reason(new QPlainTextEdit(m_page))
    , m_decision(new QLabel(m_page))
    , m_why(new QLabel(m_page))
    , m_previous(new QPushButton(tr("&Previous"), m_page))
    , m_next(new QPushButton(tr("&Next"), m_page))
    , m_accept(new QPushButton(tr("&Accept"), m_page))
    , m_reject(new QPushButton(tr("&Reject"), m_page))
    , m_feedbackAction(new QAction(tr("New Item from &Feedback…"), this))
    , m_reportAction(new QAction(tr("Sprint Review &Report…"), this))
{
    m_feedbackAction->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    m_feedbackAction->setStatusTip(tr("Write down what a stakeholder asked for at the review as a new Product Backlog item"));
    m_reportAction->setStatusTip(tr("The review for stakeholders: goal, accepted and rejected items, velocity, forecast and charts, "
                                    "as PDF, HTML, print or Markdown"));
    connect(m_feedbackAction, &QAction::triggered, this, &ReviewMode::askFeedback);
    connect(m_reportAction, &QAction::triggered, this, &ReviewMode::showReport);
    m_list->setObjectName(QStringLiteral("reviewItems"));
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 32);
    m_list->setMaximumWidth(fontMetrics().averageCharWidth() * 48);
    m_list->setWordWrap(true);
    QFont titleFont = m_sprintTitle->font();
    titleFont.setBold(true);
    m_sprintTitle->setFont(titleFont);
    m_sprintTitle->setWordWrap(true);

    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setTextFormat(Qt::PlainText);
    for (QLabel *label : {m_story, m_metric, m_why, m_decision})
        label->setWordWrap(true);
    m_story->setTextFormat(Qt::RichText);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setObjectName(QStringLiteral("reviewRejection"));
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #FDECEA; color: #8C1D18; border: 1px solid #E6B0AA; padding: 8px; }"));
    m_note->setPlaceholderText(tr("A note on this item for the review, e.g. what the stakeholders said"));
    m_reason->setPlaceholderText(tr("For a rejection: what is needed for acceptance, specifically"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 3 + 14);
    m_why->setForegroundRole(QPalette::PlaceholderText);
    m_accept->setToolTip(tr("Accept the item (Ctrl+Return): every criterion and every item of the Definition of Done is met"));
    m_reject->setToolTip(tr("Reject the item: it goes on in the sprint as Rejected, and the close returns it to the backlog"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);

    auto *criteria = new QVBoxLayout;
    criteria->addWidget(heading(tr("Acceptance criteria"), m_page));
    criteria->addLayout(m_criteriaRows);
    auto *done = new QVBoxLayout;
    done->addWidget(heading(tr("Definition of Done"), m_page));
    done->addLayout(m_doneRows);

    auto *content = new QWidget(m_page);
    auto *column = new QVBoxLayout(content);
    column->addWidget(m_title);
    column->addWidget(m_banner);
    column->addWidget(m_story);
    column->addWidget(m_metric);
    column->addSpacing(8);
    column->addLayout(criteria);
    column->addSpacing(8);
    column->addLayout(done);
    column->addSpacing(8);
    column->addWidget(heading(tr("Notes and decision"), m_page));
    column->addWidget(m_note);
    column->addWidget(m_reason);
    column->addStretch();
    auto *scroll = new QScrollArea(m_page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addSpacing(16);
    buttons->addWidget(m_why, 1);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_accept);
    auto *pageLayout = new QVBoxLayout(m_page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(scroll, 1);
    pageLayout->addWidget(m_decision);
    pageLayout->addLayout(buttons);

    m_goal->setWordWrap(true);
    m_goal->setTextFormat(Qt::RichText);
    m_goalVerdict->setObjectName(QStringLiteral("goalVerdict"));
    m_goalVerdict->addItem(tr("Not judged yet"));
    for (GoalVerdict verdict : {GoalVerdict::Met, GoalVerdict::PartlyMet, GoalVerdict::NotMet})
        m_goalVerdict->addItem(displayName(verdict), int(verdict));
    m_goalNote->setObjectName(QStringLiteral("goalVerdictNote"));
    m_goalNote->setPlaceholderText(tr("Why, in one sentence"));
    m_notDone->setWordWrap(true);
    m_close->setToolTip(tr("Close the sprint: each item not done goes to the top of the backlog, the next sprint or its old place"));
    auto *goalVerdictLabel = new QLabel(tr("Sprint &goal met?"), this);
    goalVerdictLabel->setBuddy(m_goalVerdict);
    auto *side = new QVBoxLayout;
    side->addWidget(m_sprintTitle);
    side->addWidget(m_list, 1);
    side->addWidget(heading(tr("Sprint goal"), this));
    side->addWidget(m_goal);
    side->addWidget(goalVerdictLabel);
    side->addWidget(m_goalVerdict);
    side->addWidget(m_goalNote);
    side->addSpacing(8);
    side->addWidget(m_notDone);
    side->addWidget(m_close);
    side->addSpacing(8);
    for (QAction *action : {m_feedbackAction, m_reportAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        side->addWidget(button);
    }
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(side);
    layout->addWidget(m_page, 1);
    layout->addWidget(m_empty, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_items.size() && m_items.at(row) != m_current)
            showItem(m_items.at(row));
    });
    connect(m_previous, &QPushButton::clicked, this, [this] { m_list->setCurrentRow(std::max(0, m_list->currentRow() - 1)); });
    connect(m_next, &QPushButton::clicked, this, [this] { m_list->setCurrentRow(std::min(m_list->count() - 1, m_list->currentRow() + 1)); });
    connect(m_accept, &QPushButton::clicked, this, &ReviewMode::accept);
    connect(m_goalVerdict, &QComboBox::activated, this, &ReviewMode::keepGoal);
    connect(m_goalNote, &QLineEdit::textEdited, this, &ReviewMode::keepGoal);
    connect(m_close, &QPushButton::clicked, this, &ReviewMode::closeSprintRequested);
    connect(m_reject, &QPushButton::clicked, this, &ReviewMode::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReviewMode::updateDecision);
    connect(m_note, &QLineEdit::editingFinished, this, [this] {
        if (m_current != 0)
            keep();
    });
    auto *acceptKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, [this] {
        if (m_accept->isEnabled())
            accept();
    });
    acceptKey->setContext(Qt::WidgetWithChildrenShortcut);
    // 1-9 cycle the verdict of a criterion: not judged, met, not met.
    for (int n = 0; n < 9; ++n) {
        auto *key = new QShortcut(QKeySequence(Qt::Key(Qt::Key_1 + n)), m_list, nullptr, nullptr, Qt::WidgetShortcut);
        connect(key, &QShortcut::activated, this, [this, n] {
            if (n >= m_checks.criteria.size())
                return;
            const Review::Verdict now = m_checks.criteria.at(n).verdict;
            setVerdict(n, now == Review::Verdict::Unjudged ? Review::Verdict::Met
                          : now == Review::Verdict::Met    ? Review::Verdict::NotMet
                                                           : Review::Verdict::Unjudged);
        });
    }
    showPage();
}

void ReviewMode::setDocument(ProductDocument *document)
{
    // The connection, not the document: the old document may be gone already.
    disconnect(m_changes);
    m_document = document;
    m_current = 0;
    if (document) {
        m_changes = connect(document->changes(), &ChangeChannel::changed, this, [this](const DocumentChange &) {
            m_stale = true;
            refresh();
            updateActions();
        });
    }
    m_stale = true;
    refresh();
    updateActions();
}

void ReviewMode::setActive(bool active)
{
    m_active = active;
    refresh();
}

ItemId ReviewMode::currentItem() const { return m_current; }

void ReviewMode::refresh()
{
    if (!m_active || !m_stale)
        return;
    m_stale = false;
    fillList();
    showPage();
}

void ReviewMode::fillList()
{
    m_items.clear();
    const Sprint *sprint = m_document ? m_document->sprintEditor()->activeSprint() : nullptr;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    updateGoal();
    if (!sprint) {
        m_current = 0;
        m_sprintTitle->clear();
        m_notDone->clear();
        return;
    }
    const BacklogModel *model = m_document->backlogModel();
    int judged = 0;
    for (const BacklogRow &row : model->rows()) {
        if (row.sprintId != sprint->id || row.archived || !Review::isUpForReview(row.status))
            continue;
        m_items.append(row.id);
        QString state;
        switch (row.status) {
        case ItemStatus::Accepted: state = tr("✓ Accepted"); ++judged; break;
        case ItemStatus::Rejected: state = tr("✗ Rejected"); ++judged; break;
        default: state = tr("Waiting for review"); break;
        }
        m_list->addItem(model->keyOf(row) + QStringLiteral("  ") + row.title + QStringLiteral("\n") + state);
    }
    m_sprintTitle->setText(tr("%1 review: %2 of %n item(s) judged", nullptr, int(m_items.size())).arg(sprint->name).arg(judged));
    int notDone = 0;
    for (const BacklogRow &row : model->rows())
        notDone += row.sprintId == sprint->id && !row.archived && !Review::isUpForReview(row.status);
    m_notDone->setText(notDone == 0 ? tr("Every item of the sprint is done.")
                                    : tr("%n item(s) not done: the close returns them to the backlog or the next sprint.", nullptr, notDone));
    if (!m_items.contains(m_current))
        m_current = m_items.value(0);
    m_list->setCurrentRow(int(m_items.indexOf(m_current)));
}

void ReviewMode::showItem(ItemId id)
{
    if (!m_items.contains(id))
        return;
    m_current = id;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(int(m_items.indexOf(id)));
    }
    showPage();
    emit currentItemChanged(id);
}

const Sprint *ReviewMode::reviewedSprint() const
{
    if (!m_document)
        return nullptr;
    const SprintEditor *sprints = m_document->sprintEditor();
    const Sprint *active = sprints->activeSprint();
    return active ? active : sprints->lastClosedSprint();
}

void ReviewMode::updateAccess()
{
    updateActions();
    updateDecision();
}

void ReviewMode::updateActions()
{
    const Sprint *sprint = reviewedSprint();
    m_feedbackAction->setEnabled(sprint != nullptr && m_document && m_document->access().may(Access::Change::Backlog));
    m_reportAction->setEnabled(sprint != nullptr);
}

Expected<ItemId> ReviewMode::addFeedback(BacklogItem item, bool atTop)
{
    const Sprint *sprint = reviewedSprint();
    if (!sprint)
        return Error{tr("Feedback is written down at a sprint review: start a sprint first.")};
    if (item.title.trimmed().isEmpty() || item.requester.trimmed().isEmpty())
        return Error{tr("Write what was asked for and who asked.")};
    item.feedbackSprintId = sprint->id;
    item.sprintId.reset();
    item.status = ItemStatus::New;
    auto id = Commands::createItem(m_document->commands(), item, atTop ? std::optional<ItemId>(0) : std::nullopt);
    if (!id)
        return id;
    emit statusMessage(tr("“%1” from %2 is in the Product Backlog.").arg(item.title, item.requester));
    emit feedbackAdded(*id);
    return id;
}

void ReviewMode::askFeedback()
{
    const Sprint *sprint = reviewedSprint();
    if (!sprint)
        return;
    FeedbackDialog dialog(sprint->name, window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto added = addFeedback(dialog.item(), dialog.atTop()); !added)
        emit errorOccurred(added.error().message);
}

void ReviewMode::showReport()
{
    if (!m_document)
        return;
    const Sprint *sprint = reviewedSprint();
    ReportDialog dialog(m_document, ReportDialog::Kind::SprintReview, sprint ? sprint->id : 0, window());
    dialog.exec();
}

void ReviewMode::clearRows(QVBoxLayout *layout)
{
    // Later, not now: the button whose click redraws the page is one of them.
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
}

QWidget *ReviewMode::verdictRow(const QString &html, int index, bool definitionOfDone, Review::Verdict verdict)
{
    auto *row = new QFrame(m_page);
    row->setObjectName(QStringLiteral("verdictRow"));
    row->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(row);
    auto *text = new QLabel(html, row);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *met = new QPushButton(tr("Met"), row);
    auto *notMet = new QPushButton(tr("Not met"), row);
    met->setObjectName(QStringLiteral("met"));
    notMet->setObjectName(QStringLiteral("notMet"));
    for (QPushButton *button : {met, notMet}) {
        button->setCheckable(true);
        button->setAutoDefault(false);
    }
    met->setChecked(verdict == Review::Verdict::Met);
    notMet->setChecked(verdict == Review::Verdict::NotMet);
    // A verdict reads from the back of the room: a coloured edge on its row and a filled button.
    const QString edge = verdict == Review::Verdict::Met      ? QStringLiteral("#2E7D32")
                         : verdict == Review::Verdict::NotMet ? QStringLiteral("#C62828")
                                                              : QStringLiteral("transparent");
    row->setStyleSheet(QStringLiteral("QFrame#verdictRow { border: 1px solid palette(mid); border-left: 6px solid %1; }"
                                      "QPushButton#met:checked { background: #2E7D32; color: white; font-weight: bold; }"
                                      "QPushButton#notMet:checked { background: #C62828; color: white; font-weight: bold; }")
                           .arg(edge));
    // A second click on the verdict given takes it back.
    connect(met, &QPushButton::clicked, this, [this, index, definitionOfDone](bool on) {
        setVerdict(index, on ? Review::Verdict::Met : Review::Verdict::Unjudged, definitionOfDone);
    });
    connect(notMet, &QPushButton::clicked, this, [this, index, definitionOfDone](bool on) {
        setVerdict(index, on ? Review::Verdict::NotMet : Review::Verdict::Unjudged, definitionOfDone);
    });
    layout->addWidget(text, 1);
    layout->addWidget(met, 0, Qt::AlignTop);
    layout->addWidget(notMet, 0, Qt::AlignTop);
    return row;
}

void ReviewMode::showPage()
{
    clearRows(m_criteriaRows);
    clearRows(m_doneRows);
    const Sprint *sprint = m_document ? m_document->sprintEditor()->activeSprint() : nullptr;
    const bool show = sprint && m_current != 0;
    m_page->setVisible(show);
    m_empty->setVisible(!show);
    if (!show) {
        m_checks = {};
        m_empty->setText(!m_document ? QString()
                         : !sprint   ? tr("No sprint is running. Start one in Planning; its finished items are reviewed here.")
                                     : tr("Nothing is done yet in %1: items reach the review when the team moves them to Done.")
                                           .arg(sprint->name));
        return;
    }
    // Nothing is decided on a page that could not be read.
    m_checks = {};
    m_accept->setEnabled(false);
    m_reject->setEnabled(false);
    auto loaded = m_document->editor()->loadItem(m_current);
    if (!loaded) {
        emit errorOccurred(loaded.error().message);
        return;
    }
    m_item = *loaded;
    auto stored = ReviewRepository(m_document->database()).record(sprint->id, m_current);
    if (!stored) {
        emit errorOccurred(stored.error().message);
        return;
    }
    const bool sameItem = m_shown == m_current;
    m_shown = m_current;
    const BacklogModel *model = m_document->backlogModel();
    const int row = model->rowOf(m_current);
    m_title->setText(model->keyOf(model->rowAt(row)) + QStringLiteral("  ") + m_item.title);

    QStringList story;
    if (!m_item.want.isEmpty()) {
        story.append(tr("As a %1, I want %2, so that %3.")
                         .arg(m_item.role.isEmpty() ? tr("a user") : m_item.role.toHtmlEscaped(), m_item.want.toHtmlEscaped(),
                              m_item.benefit.isEmpty() ? QStringLiteral("…") : m_item.benefit.toHtmlEscaped()));
    }
    if (!m_item.description.isEmpty())
        story.append(QStringLiteral("<i>") + m_item.description.toHtmlEscaped() + QStringLiteral("</i>"));
    m_story->setText(story.join(QStringLiteral("<br>")));
    m_story->setVisible(!story.isEmpty());
    const SuccessMetric &metric = m_item.metric;
    m_metric->setVisible(!metric.name.isEmpty());
    if (!metric.name.isEmpty()) {
        const auto number = [](std::optional<double> v) { return v ? QLocale().toString(*v, 'g', 6) : QStringLiteral("–"); };
        m_metric->setText(tr("Success metric: %1 (from %2 to %3)").arg(metric.name, number(metric.baseline), number(metric.target)));
    }

    QStringList chunks;
    for (const AcceptanceCriterion &c : m_item.criteria)
        chunks.append(c.text);
    Review::Carried carried;
    m_checks = ReviewOperations::checksOf(chunks, *stored, sprint->definitionOfDone.value_or(QStringList()), &carried);
    QList<Review::Criterion> criteria;
    for (const Review::CriterionCheck &check : std::as_const(m_checks.criteria))
        criteria.append(check.criterion);

    for (int i = 0; i < m_checks.criteria.size(); ++i) {
        const Review::Criterion &c = m_checks.criteria.at(i).criterion;
        // A chunk holding one criterion shows whole; several in one chunk show by name.
        const bool alone = std::count_if(criteria.cbegin(), criteria.cend(), [&c](const Review::Criterion &o) { return o.chunk == c.chunk; }) == 1;
        QString html = QStringLiteral("<b>%1</b>&nbsp;&nbsp;").arg(i + 1)
                       + (alone ? criterionHtml(chunks.value(c.chunk)) : c.label().toHtmlEscaped());
        if (carried.verdicts.value(i).changedSinceJudged)
            html += QStringLiteral("<br><i>") + tr("Changed since it was judged: look at it again.") + QStringLiteral("</i>");
        m_criteriaRows->addWidget(verdictRow(html, i, false, m_checks.criteria.at(i).verdict));
    }
    if (m_checks.criteria.isEmpty())
        m_criteriaRows->addWidget(new QLabel(tr("This item has no acceptance criteria."), m_page));
    for (int i = 0; i < m_checks.definitionOfDone.size(); ++i)
        m_doneRows->addWidget(verdictRow(m_checks.definitionOfDone.at(i).item.toHtmlEscaped(), i, true, m_checks.definitionOfDone.at(i).verdict));
    if (m_checks.definitionOfDone.isEmpty())
        m_doneRows->addWidget(new QLabel(tr("This sprint agreed on no Definition of Done."), m_page));

    // What is being typed stays while the page is drawn again for the same item; what was not
    // touched follows the file (an undo, another window).
    if (!sameItem || m_note->text() == m_shownNote)
        m_note->setText(stored->note);
    m_shownNote = stored->note;
    m_banner->setVisible(!stored->rejectionReason.isEmpty());
    if (!stored->rejectionReason.isEmpty()) {
        m_banner->setText(tr("Rejected: %1. Needed for acceptance: %2")
                              .arg(stored->failed.join(QStringLiteral("; ")), stored->rejectionReason));
    }
    if (!sameItem || m_reason->toPlainText() == m_shownReason)
        m_reason->setPlainText(stored->rejectionReason);
    m_shownReason = stored->rejectionReason;
    m_previous->setEnabled(m_items.indexOf(m_current) > 0);
    m_next->setEnabled(m_items.indexOf(m_current) + 1 < m_items.size());
    updateDecision();
}

void ReviewMode::setVerdict(int index, Review::Verdict verdict, bool definitionOfDone)
{
    if (definitionOfDone) {
        if (index < 0 || index >= m_checks.definitionOfDone.size())
            return;
        m_checks.definitionOfDone[index].verdict = verdict;
    } else {
        if (index < 0 || index >= m_checks.criteria.size())
            return;
        m_checks.criteria[index].verdict = verdict;
    }
    keep();
}

void ReviewMode::keep()
{
    if (!m_document || m_current == 0)
        return;
    // Written at once, one undo step each; the page is drawn again from what was written.
    // The change channel draws the page again from what was written.
    report(SprintCommands::judge(m_document->sprintCommands(), m_current, m_checks, m_note->text()));
}

void ReviewMode::updateDecision()
{
    const int row = m_document ? m_document->backlogModel()->rowOf(m_current) : -1;
    if (row < 0) {
        m_accept->setEnabled(false);
        m_reject->setEnabled(false);
        return;
    }
    const ItemStatus status = m_document->backlogModel()->rowAt(row).status;
    const Review::Allowed allowed = Review::allowed(m_checks);
    const bool mayJudge = m_document && m_document->access().may(Access::Change::Review);
    m_accept->setEnabled(mayJudge && allowed.accept && status != ItemStatus::Accepted && status != ItemStatus::Rejected);
    m_reject->setEnabled(mayJudge && allowed.reject && status != ItemStatus::Rejected && !m_reason->toPlainText().trimmed().isEmpty());
    QString why;
    if (status == ItemStatus::Accepted)
        why = tr("Accepted.");
    else if (status == ItemStatus::Rejected)
        why = tr("Rejected: the team reworks it; move it to Done on the board to judge it again.");
    else if (allowed.accept)
        why = tr("Everything is met: accept it, or decide later.");
    else if (allowed.reject && m_reason->toPlainText().trimmed().isEmpty())
        why = tr("Say what is needed for acceptance to reject it.");
    else
        why = allowed.whyNotAccept;
    m_why->setText(why);
    m_decision->clear();
}

void ReviewMode::updateGoal()
{
    const Sprint *sprint = m_document ? m_document->sprintEditor()->activeSprint() : nullptr;
    for (QWidget *w : std::initializer_list<QWidget *>{m_goal, m_goalVerdict, m_goalNote, m_close})
        w->setEnabled(sprint != nullptr);
    if (!sprint) {
        m_goal->clear();
        return;
    }
    m_goal->setText(sprint->goal.isEmpty() ? QStringLiteral("<i>") + tr("No sprint goal was set.") + QStringLiteral("</i>")
                                           : sprint->goal.toHtmlEscaped());
    m_goalVerdict->setCurrentIndex(sprint->goalVerdict ? m_goalVerdict->findData(int(*sprint->goalVerdict)) : 0);
    // The file keeps the sentence trimmed: the space just typed stays in the box.
    if (m_goalNote->text().trimmed() != sprint->goalVerdictNote)
        m_goalNote->setText(sprint->goalVerdictNote);
}

void ReviewMode::keepGoal()
{
    const Sprint *active = m_document ? m_document->sprintEditor()->activeSprint() : nullptr;
    if (!active)
        return;
    Sprint sprint = *active;
    const QVariant verdict = m_goalVerdict->currentData();
    sprint.goalVerdict = verdict.isValid() ? std::optional<GoalVerdict>(GoalVerdict(verdict.toInt())) : std::nullopt;
    sprint.goalVerdictNote = m_goalNote->text();
    // Typing the sentence is one undo step with the verdict, as every edit of one sprint's fields.
    report(SprintCommands::editSprint(m_document->sprintCommands(), sprint));
}

bool ReviewMode::accept()
{
    if (!m_document || m_current == 0)
        return false;
    const ItemId item = m_current;
    if (!report(SprintCommands::accept(m_document->sprintCommands(), item, m_checks, m_note->text())))
        return false;
    emit statusMessage(tr("Accepted: the next item waits."));
    // On to the next item still waiting.
    const BacklogModel *model = m_document->backlogModel();
    for (ItemId id : std::as_const(m_items)) {
        const int row = model->rowOf(id);
        const ItemStatus status = row >= 0 ? model->rowAt(row).status : ItemStatus::Accepted;
        if (status == ItemStatus::Done || status == ItemStatus::InReview) {
            showItem(id);
            break;
        }
    }
    return true;
}

bool ReviewMode::reject()
{
    if (!m_document || m_current == 0)
        return false;
    return report(SprintCommands::reject(m_document->sprintCommands(), m_current, m_checks, m_note->text(), m_reason->toPlainText()));
}

bool ReviewMode::report(const Status &status)
{
    if (!status)
        emit errorOccurred(status.errorMessage());
    return bool(status);
}

} // namespace Ordo
