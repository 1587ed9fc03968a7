#include "storyeditor.h"

#include "decisionprompt.h"
#include "searchhighlight.h"
#include "story/scoringeditor.h"

#include "backlog/backlogmodel.h"
#include "backlogeditor.h"
#include "domain/estimation.h"
#include "gherkinedit.h"
#include "itemappearance.h"
#include "productdocument.h"
#include "sprinteditor.h"
#include "services/gherkin.h"
#include "services/invest.h"
#include "services/outcomes.h"
#include "storage/database.h"
#include "storage/reviewrepository.h"

#include <QAction>
#include <QCheckBox>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleValidator>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>

#include <algorithm>
#include <functional>

#include "widgets/wheelguard.h"
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ordo {
namespace {

using Field = ChangeFieldCommand::Field;

QLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    label->setContentsMargins(0, 14, 0, 2);
    return label;
}

QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0x4B, 0x55, 0x63));
    label->setPalette(palette);
    return label;
}

QPlainTextEdit *textBox(int lines, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    const int height = edit->fontMetrics().lineSpacing() * lines
                       + 2 * int(edit->document()->documentMargin()) + 2 * edit->frameWidth() + 4;
    edit->setFixedHeight(height);
    return edit;
}

void setTextIfDifferent(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

void setTextIfDifferent(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

QString numberText(std::optional<double> value)
{
    return value ? QLocale().toString(*value) : QString();
}

// An empty number field means "none"; text that is not a number is not saved.
std::optional<QVariant> numberValue(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QVariant();
    bool ok = false;
    const double value = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        return std::nullopt;
    return QVariant(value);
}

// The date edit's "no day" value: its minimum, shown as its special value text.
const QDate noMeasurementDate(1900, 1, 1);

// The locale's short date format, with four-digit years (a two-digit year would be read in the
// wrong century).
QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

// Opens the calendar of a date edit that shows no day yet at today's month, not at its minimum.
class CalendarPage : public QObject
{
public:
    CalendarPage(QDateEdit *edit, std::function<QDate()> today)
        : QObject(edit)
        , m_edit(edit)
        , m_today(std::move(today))
    {
        edit->calendarWidget()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && m_edit->date() == m_edit->minimumDate()) {
            const QDate today = m_today();
            m_edit->calendarWidget()->setCurrentPage(today.year(), today.month());
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QDateEdit *m_edit;
    std::function<QDate()> m_today;
};

QString pill(bool good, const QString &text)
{
    return QStringLiteral("<span style=\"background:%1; color:%2; font-weight:600;\">&nbsp;%3&nbsp;</span>")
        .arg(good ? QStringLiteral("#DCFCE7") : QStringLiteral("#FEF3C7"),
             good ? QStringLiteral("#166534") : QStringLiteral("#92400E"),
             text.toHtmlEscaped());
}

} // namespace

StoryEditor::StoryEditor(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("storyEditor"));
    auto *empty = new QLabel(tr("Select a Product Backlog item to see and edit all of it here."), this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setMargin(24);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QWidget *form = createForm();
    scroll->setWidget(form);
    WheelGuard::protect(form); // the wheel scrolls the form, not the fields it crosses

    m_pages->addWidget(empty);
    m_pages->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
}

QWidget *StoryEditor::createForm()
{
    auto *form = new QWidget;
    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(14, 8, 14, 14);
    layout->setSpacing(6);

    // Header: key, type, status and the title.
    m_key = new QLabel(form);
    m_key->setObjectName(QStringLiteral("storyKey"));
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont keyFont = m_key->font();
    keyFont.setBold(true);
    m_key->setFont(keyFont);
    m_type = new QComboBox(form);
    for (ItemType type : allItemTypes)
        m_type->addItem(Appearance::typeIcon(type), displayName(type), int(type));
    m_status = new QLabel(form);
    auto *split = new QPushButton(tr("Split…"), form);
    split->setObjectName(QStringLiteral("splitButton"));
    split->setToolTip(tr("Split this story into smaller ones that take its place"));
    connect(split, &QPushButton::clicked, this, [this] {
        if (m_splitAction)
            m_splitAction->trigger();
    });
    auto *top = new QHBoxLayout;
    top->addWidget(m_key);
    top->addWidget(m_type);
    top->addWidget(m_status);
    top->addStretch();
    top->addWidget(split);
    layout->addLayout(top);

    m_title = new QLineEdit(form);
    m_title->setObjectName(QStringLiteral("storyTitle"));
    setFocusProxy(m_title); // View › Story Editor puts the cursor in the title
    m_title->setPlaceholderText(tr("Title"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_rejection = new QLabel(form);
    m_rejection->setObjectName(QStringLiteral("storyRejection"));
    m_rejection->setWordWrap(true);
    m_rejection->setTextFormat(Qt::PlainText);
    m_rejection->setStyleSheet(QStringLiteral("QLabel { background: #FDECEA; color: #8C1D18; border: 1px solid #E6B0AA; padding: 6px; }"));
    m_rejection->hide();
    layout->addWidget(m_rejection);
    m_splitFrom = noteLabel(form);
    layout->addWidget(m_splitFrom);

    // The user-story voice.
    layout->addWidget(sectionHeading(tr("Story"), form));
    auto *voice = new QFormLayout;
    voice->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    voice->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_role = new QLineEdit(form);
    m_role->setPlaceholderText(tr("who benefits, e.g. busy parent"));
    m_want = textBox(2, tr("what they want to do or have"), form);
    m_benefit = textBox(2, tr("why: the benefit or problem solved"), form);
    voice->addRow(tr("As a"), m_role);
    voice->addRow(tr("I want"), m_want);
    voice->addRow(tr("so that"), m_benefit);
    layout->addLayout(voice);

    layout->addWidget(sectionHeading(tr("Why and context"), form));
    m_description = textBox(4,
                            tr("The business reason, who asked, what we know and what we do "
                               "not know yet"),
                            form);
    layout->addWidget(m_description);

    // Planning details.
    layout->addWidget(sectionHeading(tr("Details"), form));
    auto *details = new QFormLayout;
    details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    details->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_estimate = new QComboBox(form);
    m_estimate->setObjectName(QStringLiteral("storyEstimate"));
    m_estimate->setToolTip(tr("Story points on the product's scale; “?” means not estimated yet"));
    m_epic = new QComboBox(form);
    m_labels = new QLineEdit(form);
    m_labels->setPlaceholderText(tr("comma-separated, e.g. checkout, mobile"));
    m_requester = new QLineEdit(form);
    m_requester->setPlaceholderText(tr("the stakeholder who asked for it"));
    details->addRow(tr("Estimate"), m_estimate);
    details->addRow(tr("Epic"), m_epic);
    details->addRow(tr("Labels"), m_labels);
    m_feedbackFrom = new QLabel(form);
    m_feedbackFrom->setForegroundRole(QPalette::PlaceholderText);
    m_feedbackFrom->setObjectName(QStringLiteral("feedbackFrom"));
    auto *requester = new QHBoxLayout;
    requester->setContentsMargins(0, 0, 0, 0);
    requester->addWidget(m_requester, 1);
    requester->addWidget(m_feedbackFrom);
    details->addRow(tr("Requester"), requester);

    m_dependencies = new QListWidget(form);
    m_dependencies->setObjectName(QStringLiteral("storyDependencies"));
    m_dependencies->setFixedHeight(m_dependencies->fontMetrics().lineSpacing() * 3 + 8);
    auto *addDependency = new QToolButton(form);
    addDependency->setText(tr("Add…"));
    addDependency->setObjectName(QStringLiteral("addDependencyButton"));
    connect(addDependency, &QToolButton::clicked, this, [this] {
        if (m_addDependencyAction)
            m_addDependencyAction->trigger();
    });
    m_removeDependency = new QToolButton(form);
    m_removeDependency->setText(tr("Remove"));
    connect(m_removeDependency, &QToolButton::clicked, this, &StoryEditor::removeDependency);
    connect(m_dependencies, &QListWidget::currentRowChanged, this, [this](int row) {
        m_removeDependency->setEnabled(row >= 0);
    });
    auto *dependencyButtons = new QHBoxLayout;
    dependencyButtons->addWidget(addDependency);
    dependencyButtons->addWidget(m_removeDependency);
    dependencyButtons->addStretch();
    auto *dependencyBox = new QVBoxLayout;
    dependencyBox->addWidget(m_dependencies);
    dependencyBox->addLayout(dependencyButtons);
    details->addRow(tr("Blocked by"), dependencyBox);
    layout->addLayout(details);

    // The outcome.
    layout->addWidget(sectionHeading(tr("Outcome"), form));
    auto *outcome = new QFormLayout;
    outcome->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outcome->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_metricName = new QLineEdit(form);
    m_metricName->setPlaceholderText(tr("e.g. weekly repeat orders"));
    m_baseline = new QLineEdit(form);
    m_target = new QLineEdit(form);
    for (QLineEdit *number : {m_baseline, m_target}) {
        auto *validator = new QDoubleValidator(number);
        validator->setNotation(QDoubleValidator::StandardNotation);
        number->setValidator(validator);
        number->setPlaceholderText(tr("none"));
    }
    auto *numbers = new QHBoxLayout;
    numbers->addWidget(new QLabel(tr("Baseline"), form));
    numbers->addWidget(m_baseline, 1);
    numbers->addSpacing(12);
    numbers->addWidget(new QLabel(tr("Target"), form));
    numbers->addWidget(m_target, 1);
    // The latest measurement: its value, its day and whether it reached the target.
    m_actual = new QLineEdit(form);
    m_actual->setObjectName(QStringLiteral("metricActual"));
    auto *actualValidator = new QDoubleValidator(m_actual);
    actualValidator->setNotation(QDoubleValidator::StandardNotation);
    m_actual->setValidator(actualValidator);
    m_actual->setPlaceholderText(tr("not measured yet"));
    m_actual->setToolTip(tr("The value the metric had when it was last measured; each measurement "
                            "is kept in the item's history"));
    m_targetVerdict = noteLabel(form);
    m_targetVerdict->setObjectName(QStringLiteral("metricTargetVerdict"));
    QFont verdictFont = m_targetVerdict->font();
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 0.9);
    m_targetVerdict->setFont(verdictFont);
    auto *actualRow = new QHBoxLayout;
    actualRow->addWidget(m_actual, 1);
    actualRow->addSpacing(12);
    actualRow->addWidget(m_targetVerdict, 1);
    m_measuredOn = new QDateEdit(form);
    m_measuredOn->setObjectName(QStringLiteral("metricMeasuredOn"));
    m_measuredOn->setCalendarPopup(true);
    m_measuredOn->setDisplayFormat(dateFormat());
    m_measuredOn->setMinimumDate(noMeasurementDate);
    //: Shown in the "Measured on" field while the metric has no measured day
    m_measuredOn->setSpecialValueText(tr("no date"));
    m_measuredOn->setDate(noMeasurementDate);
    m_measuredOn->setToolTip(tr("The day the actual value was measured"));
    new CalendarPage(m_measuredOn, [this] { return today(); });
    m_impact = textBox(2, tr("We believe that … will result in …"), form);
    outcome->addRow(tr("Success metric"), m_metricName);
    outcome->addRow(QString(), numbers);
    outcome->addRow(tr("Actual"), actualRow);
    outcome->addRow(tr("Measured on"), m_measuredOn);
    outcome->addRow(tr("Impact hypothesis"), m_impact);
    layout->addLayout(outcome);

    // Prioritization.
    layout->addWidget(sectionHeading(tr("Prioritization"), form));
    m_scoring = new ScoringEditor(form);
    m_scoring->setObjectName(QStringLiteral("scoring"));
    layout->addWidget(m_scoring);
    connect(m_scoring, &ScoringEditor::changed, this, [this](Field field, const QVariant &value) {
        if (m_loading || !m_document || m_id == 0)
            return;
        // Marking an item Won't is a decision: it may ask for the reasoning.
        if (auto done = DecisionPrompt::setScore(m_document->commands(), {m_id}, field, value); !done)
            emit errorOccurred(done.errorMessage());
        scheduleRefresh();
    });

    // Acceptance criteria in Gherkin.
    layout->addWidget(sectionHeading(tr("Acceptance criteria"), form));
    auto *criteriaHelp = noteLabel(form);
    criteriaHelp->setText(tr("One scenario per criterion, with Given, When and Then steps. "
                             "Start a line and press Tab to complete a keyword."));
    layout->addWidget(criteriaHelp);
    m_criteria = new GherkinEdit(form);
    m_criteria->setMinimumHeight(m_criteria->fontMetrics().lineSpacing() * 12);
    layout->addWidget(m_criteria);
    m_problems = new QLabel(form);
    m_problems->setObjectName(QStringLiteral("criteriaProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    connect(m_problems, &QLabel::linkActivated, this, [this](const QString &link) {
        m_criteria->goToLine(link.toInt());
    });
    layout->addWidget(m_problems);

    m_scenarios = new QListWidget(form);
    m_scenarios->setObjectName(QStringLiteral("criteriaOrder"));
    m_scenarios->setFixedHeight(m_scenarios->fontMetrics().lineSpacing() * 4 + 8);
    m_criterionUp = new QToolButton(form);
    m_criterionUp->setArrowType(Qt::UpArrow);
    m_criterionUp->setToolTip(tr("Move the criterion up"));
    m_criterionDown = new QToolButton(form);
    m_criterionDown->setArrowType(Qt::DownArrow);
    m_criterionDown->setToolTip(tr("Move the criterion down"));
    connect(m_criterionUp, &QToolButton::clicked, this, [this] { moveCriterion(-1); });
    connect(m_criterionDown, &QToolButton::clicked, this, [this] { moveCriterion(1); });
    connect(m_scenarios, &QListWidget::currentRowChanged, this, [this](int row) {
        m_criterionUp->setEnabled(row > 0);
        m_criterionDown->setEnabled(row >= 0 && row < m_scenarios->count() - 1);
    });
    auto *orderButtons = new QVBoxLayout;
    orderButtons->addWidget(m_criterionUp);
    orderButtons->addWidget(m_criterionDown);
    orderButtons->addStretch();
    auto *order = new QHBoxLayout;
    order->addWidget(m_scenarios, 1);
    order->addLayout(orderButtons);
    auto *orderHeading = noteLabel(form);
    orderHeading->setText(tr("Order of the criteria, as the sprint review walks them:"));
    layout->addWidget(orderHeading);
    layout->addLayout(order);

    // INVEST: the Product Owner's tick beside Ordo's hint.
    m_investSection = new QWidget(form);
    auto *investLayout = new QVBoxLayout(m_investSection);
    investLayout->setContentsMargins(0, 0, 0, 0);
    investLayout->addWidget(sectionHeading(tr("INVEST"), m_investSection));
    auto *investHelp = noteLabel(m_investSection);
    investHelp->setText(tr("Tick each quality the story has. Ordo's hint beside it is a second "
                           "opinion; it never blocks you."));
    investLayout->addWidget(investHelp);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(2, 1);
    int row = 0;
    for (InvestQuality quality : allInvestQualities) {
        auto *box = new QCheckBox(QStringLiteral("%1  %2").arg(investLetter(quality), displayName(quality)),
                                  m_investSection);
        box->setObjectName(QStringLiteral("invest%1").arg(investLetter(quality)));
        auto *hint = new QLabel(m_investSection);
        hint->setTextFormat(Qt::RichText);
        auto *reason = noteLabel(m_investSection);
        grid->addWidget(box, row, 0, Qt::AlignTop);
        grid->addWidget(hint, row, 1, Qt::AlignTop);
        grid->addWidget(reason, row, 2);
        m_investBoxes.append(box);
        m_investHints.append(hint);
        m_investReasons.append(reason);
        connect(box, &QCheckBox::toggled, this, [this] {
            if (m_loading)
                return;
            InvestChecks checks = 0;
            for (InvestQuality q : allInvestQualities) {
                if (m_investBoxes.at(int(q))->isChecked())
                    checks |= investBit(q);
            }
            commit(Field::InvestField, int(checks));
        });
        ++row;
    }
    investLayout->addLayout(grid);
    layout->addWidget(m_investSection);

    layout->addWidget(sectionHeading(tr("Definition of Ready"), form));
    m_readiness = new QLabel(form);
    m_readiness->setObjectName(QStringLiteral("storyReadiness"));
    m_readiness->setWordWrap(true);
    m_readiness->setTextFormat(Qt::RichText);
    layout->addWidget(m_readiness);

    layout->addWidget(sectionHeading(tr("Definition of Done"), form));
    m_definitionOfDone = new QLabel(form);
    m_definitionOfDone->setWordWrap(true);
    m_definitionOfDone->setTextFormat(Qt::RichText);
    layout->addWidget(m_definitionOfDone);
    layout->addStretch();

    // Every edit is saved as it happens, as an undoable command.
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty())
            commit(Field::TitleField, text);
    });
    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        if (m_title->text().trimmed().isEmpty())
            scheduleRefresh(); // a title cannot be empty: show the saved one again
    });
    connect(m_type, &QComboBox::activated, this, [this] {
        commit(Field::TypeField, m_type->currentData());
    });
    connect(m_role, &QLineEdit::textEdited, this, [this](const QString &text) {
        commit(Field::RoleField, text);
    });
    const auto connectText = [this](QPlainTextEdit *edit, Field field) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, field] {
            if (!m_loading)
                commit(field, edit->toPlainText());
        });
    };
    connectText(m_want, Field::WantField);
    connectText(m_benefit, Field::BenefitField);
    connectText(m_description, Field::DescriptionField);
    connectText(m_impact, Field::ImpactField);
    connect(m_estimate, &QComboBox::activated, this, [this] {
        commit(Field::EstimateField, m_estimate->currentData());
    });
    connect(m_epic, &QComboBox::activated, this, [this] {
        commit(Field::ParentField, m_epic->currentData());
    });
    connect(m_labels, &QLineEdit::editingFinished, this, [this] {
        QStringList labels;
        for (const QString &label : m_labels->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!label.trimmed().isEmpty() && !labels.contains(label.trimmed(), Qt::CaseInsensitive))
                labels.append(label.trimmed());
        }
        labels.sort(Qt::CaseInsensitive);
        commit(Field::LabelsField, labels);
    });
    connect(m_requester, &QLineEdit::textEdited, this, [this](const QString &text) {
        commit(Field::RequesterField, text);
    });
    connect(m_metricName, &QLineEdit::textEdited, this, [this](const QString &text) {
        commit(Field::MetricNameField, text);
    });
    connect(m_baseline, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (auto value = numberValue(text))
            commit(Field::MetricBaselineField, *value);
    });
    connect(m_target, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (auto value = numberValue(text))
            commit(Field::MetricTargetField, *value);
    });
    connect(m_actual, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (auto value = numberValue(text))
            commitMeasurement(value->isValid() ? std::optional<double>(value->toDouble()) : std::nullopt);
    });
    connect(m_measuredOn, &QDateEdit::dateChanged, this, [this] {
        // A day goes with a value: without one the date edit is disabled.
        if (auto value = numberValue(m_actual->text()); value && value->isValid())
            commitMeasurement(value->toDouble());
    });
    connect(m_criteria, &QPlainTextEdit::textChanged, this, [this] {
        showCriteriaProblems();
        if (!m_loading)
            commitCriteria();
    });
    return form;
}

void StoryEditor::setActions(QAction *addDependency, QAction *split)
{
    m_addDependencyAction = addDependency;
    m_splitAction = split;
}

void StoryEditor::setDocument(ProductDocument *document)
{
    if (m_document)
        disconnect(m_document->editor(), nullptr, this, nullptr);
    if (m_document)
        disconnect(m_document->backlogModel(), nullptr, this, nullptr);
    m_document = document;
    m_id = 0;
    if (document) {
        connect(document->changes(), &ChangeChannel::changed, this, [this](const DocumentChange &change) {
            // Decisions do not show here; another item's fields only through the model.
            if (change.what == DocumentChange::What::Decisions
                || (change.what == DocumentChange::What::ItemFields && !change.concerns(m_id)))
                return;
            scheduleRefresh();
        });
        // A dependency finishing changes this item's hints and readiness.
        connect(document->backlogModel(), &QAbstractItemModel::dataChanged, this,
                &StoryEditor::scheduleRefresh);
    }
    refresh();
}

void StoryEditor::setItem(ItemId id)
{
    if (id == m_id)
        return;
    m_id = id;
    refresh();
    m_criteria->moveCursor(QTextCursor::Start);
}

void StoryEditor::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, &StoryEditor::refresh);
}

void StoryEditor::commit(Field field, const QVariant &value)
{
    if (m_loading || !m_document || m_id == 0)
        return;
    if (auto done = Commands::setField(m_document->commands(), m_id, field, value); !done) {
        // A write that failed because the server went away keeps what was typed: the window says
        // the connection is lost, and the text is saved with the next keystroke once it is back.
        m_document->checkConnection();
        if (!m_document->access().isConnected())
            return;
        emit errorOccurred(done.errorMessage());
        scheduleRefresh();
    }
}

void StoryEditor::commitMeasurement(std::optional<double> actual)
{
    QDate day;
    if (actual) {
        // A value entered without a day was measured today.
        day = m_measuredOn->date();
        if (day == noMeasurementDate)
            day = today();
    }
    commit(Field::MetricMeasurementField, ChangeFieldCommand::measurementValue(actual, day));
}

QDate StoryEditor::today() const
{
    const QDateTime now = m_document ? m_document->database().now() : QDateTime::currentDateTime();
    return now.toLocalTime().date();
}

void StoryEditor::commitCriteria()
{
    commit(Field::CriteriaField, Gherkin::splitScenarios(m_criteria->toPlainText()));
}

void StoryEditor::showCriteriaProblems()
{
    const Gherkin::Document document = Gherkin::parse(m_criteria->toPlainText());
    QSet<int> errorLines;
    QSet<int> warningLines;
    QStringList problems;
    for (const Gherkin::Error &error : document.errors)
        (error.isSyntaxError() ? errorLines : warningLines).insert(error.line);
    // Syntax errors first, in line order: they are what Cucumber would refuse; advice after them.
    QList<Gherkin::Error> ordered = document.errors;
    std::stable_partition(ordered.begin(), ordered.end(), [](const Gherkin::Error &e) { return e.isSyntaxError(); });
    for (const Gherkin::Error &error : std::as_const(ordered)) {
        if (problems.size() == 8)
            break;
        if (error.isSyntaxError()) {
            //: A syntax error in the acceptance criteria; %1 is the line number, %2 the message
            problems.append(tr("<span style=\"color:#b91c1c\"><b>Error</b></span> on <a href=\"%1\">line %1</a>: %2")
                                .arg(error.line)
                                .arg(error.message.toHtmlEscaped()));
        } else {
            //: Ordo's advice on the acceptance criteria; %1 is the line number, %2 the message
            problems.append(tr("<span style=\"color:#b45309\"><b>Advice</b></span> on <a href=\"%1\">line %1</a>: %2")
                                .arg(error.line)
                                .arg(error.message.toHtmlEscaped()));
        }
    }
    if (document.errors.size() > problems.size())
        problems.append(tr("… and %n more problem(s)", nullptr, int(document.errors.size() - problems.size())));
    m_criteria->setLineRoles(errorLines, warningLines,
                             QSet<int>(document.descriptionLines.cbegin(), document.descriptionLines.cend()));
    m_problems->setText(problems.join(QStringLiteral("<br>")));
    m_problems->setVisible(!problems.isEmpty());

    // The scenarios, in order, for reordering.
    const int current = m_scenarios->currentRow();
    QStringList names;
    for (const Gherkin::Scenario &scenario : document.scenarios)
        names.append(scenario.name.isEmpty() ? tr("(unnamed scenario)") : scenario.name);
    QStringList shown;
    for (int i = 0; i < m_scenarios->count(); ++i)
        shown.append(m_scenarios->item(i)->text());
    if (shown != names) {
        m_scenarios->clear();
        m_scenarios->addItems(names);
        m_scenarios->setCurrentRow(qMin(current, int(names.size()) - 1));
    }
    const int row = m_scenarios->currentRow();
    m_criterionUp->setEnabled(row > 0);
    m_criterionDown->setEnabled(row >= 0 && row < m_scenarios->count() - 1);
}

void StoryEditor::moveCriterion(int delta)
{
    const int from = m_scenarios->currentRow();
    const int to = from + delta;
    if (!m_document || m_id == 0 || from < 0 || to < 0 || to >= m_scenarios->count())
        return;
    if (auto moved = Commands::moveCriterion(m_document->commands(), m_id, from, to); !moved) {
        emit errorOccurred(moved.errorMessage());
        return;
    }
    refresh();
    m_scenarios->setCurrentRow(to);
}

void StoryEditor::removeDependency()
{
    QListWidgetItem *current = m_dependencies->currentItem();
    if (!current || !m_document)
        return;
    const ItemId blocker = current->data(Qt::UserRole).toLongLong();
    if (auto removed = Commands::removeDependency(m_document->commands(), m_id, blocker); !removed)
        emit errorOccurred(removed.errorMessage());
}

void StoryEditor::fillEpics()
{
    const BacklogModel *model = m_document->backlogModel();
    QList<std::pair<QString, ItemId>> epics;
    for (const BacklogRow &row : model->rows()) {
        if (row.type == ItemType::Epic && row.id != m_id)
            epics.append({row.title, row.id});
    }
    if (m_epic->count() == epics.size() + 1) {
        bool same = true;
        for (qsizetype i = 0; i < epics.size() && same; ++i)
            same = m_epic->itemData(int(i) + 1).toLongLong() == epics.at(i).second
                   && m_epic->itemText(int(i) + 1) == epics.at(i).first;
        if (same)
            return;
    }
    m_epic->clear();
    m_epic->addItem(tr("No epic"), QVariant::fromValue(ItemId(0)));
    for (const auto &[title, id] : std::as_const(epics))
        m_epic->addItem(Appearance::typeIcon(ItemType::Epic), title, QVariant::fromValue(id));
}

void StoryEditor::fillEstimates(std::optional<double> current)
{
    const EstimationScale scale = m_document->product().estimationScale;
    QList<double> values = Estimation::values(scale);
    if (current && !values.contains(*current)) {
        values.append(*current);
        std::sort(values.begin(), values.end());
    }
    m_estimate->clear();
    m_estimate->addItem(Estimation::label(scale, std::nullopt), QVariant());
    for (double value : std::as_const(values))
        m_estimate->addItem(Estimation::label(scale, value), value);
    m_estimate->setCurrentIndex(current ? m_estimate->findData(*current) : 0);
}

void StoryEditor::refresh()
{
    m_refreshPending = false;
    std::optional<BacklogItem> loaded;
    if (m_document && m_id != 0) {
        if (auto item = m_document->editor()->loadItem(m_id); item && !item->archived)
            loaded = *item;
    }
    if (!loaded) {
        m_pages->setCurrentIndex(0);
        return;
    }
    m_pages->setCurrentIndex(1);
    const BacklogItem &item = *loaded;
    const BacklogModel *model = m_document->backlogModel();
    const Product &product = m_document->product();
    m_loading = true;

    m_key->setText(QStringLiteral("%1-%2").arg(product.keyPrefix).arg(item.number));
    m_type->setCurrentIndex(m_type->findData(int(item.type)));
    m_status->setText(displayName(item.status));
    if (m_title->text() != item.title) {
        m_title->setText(item.title);
        m_title->setCursorPosition(0);
    }
    // What the review rejected stays in sight until the item is accepted.
    ReviewRecord rejection;
    if (item.status != ItemStatus::Accepted) {
        if (auto open = ReviewRepository(m_document->database()).openRejection(item.id))
            rejection = *open;
    }
    m_rejection->setVisible(!rejection.rejectionReason.isEmpty());
    if (!rejection.rejectionReason.isEmpty()) {
        const Sprint *sprint = m_document->sprintEditor()->sprint(rejection.sprint);
        m_rejection->setText(tr("Rejected at the review of %1. Not met: %2. Needed for acceptance: %3")
                                 .arg(sprint ? sprint->name : QString(), rejection.failed.join(QStringLiteral("; ")),
                                      rejection.rejectionReason));
    }
    m_splitFrom->clear();
    if (item.splitFromId) {
        const int row = model->rowOf(*item.splitFromId);
        auto original = m_document->editor()->loadItem(*item.splitFromId);
        if (original) {
            m_splitFrom->setText(tr("Split from %1-%2 %3")
                                     .arg(product.keyPrefix)
                                     .arg(original->number)
                                     .arg(row >= 0 ? original->title : tr("(archived)")));
        }
    }
    m_splitFrom->setVisible(!m_splitFrom->text().isEmpty());
    setTextIfDifferent(m_role, item.role);
    setTextIfDifferent(m_want, item.want);
    setTextIfDifferent(m_benefit, item.benefit);
    setTextIfDifferent(m_description, item.description);
    fillEstimates(item.estimate);
    fillEpics();
    m_epic->setCurrentIndex(qMax(0, m_epic->findData(QVariant::fromValue(item.parentId.value_or(0)))));
    if (!m_labels->hasFocus())
        setTextIfDifferent(m_labels, item.labels.join(QStringLiteral(", ")));
    setTextIfDifferent(m_requester, item.requester);
    const Sprint *feedbackSprint = item.feedbackSprintId ? m_document->sprintEditor()->sprint(*item.feedbackSprintId) : nullptr;
    m_feedbackFrom->setText(feedbackSprint ? tr("feedback at the %1 review").arg(feedbackSprint->name) : QString());
    m_feedbackFrom->setVisible(feedbackSprint != nullptr);

    // Dependencies, with their state.
    m_dependencies->clear();
    QStringList unfinishedKeys;
    const QList<ItemId> unfinished = m_document->editor()->unfinishedDependencies(item.id);
    for (const Dependency &d : m_document->editor()->dependencies()) {
        if (d.itemId != item.id)
            continue;
        const int row = model->rowOf(d.dependsOnId);
        QString text;
        if (row >= 0) {
            const BacklogRow &blocker = model->rowAt(row);
            //: A dependency in the story editor: key, title, status
            text = tr("%1 %2 — %3").arg(model->keyOf(blocker), blocker.title, displayName(blocker.status));
            if (unfinished.contains(d.dependsOnId))
                unfinishedKeys.append(model->keyOf(blocker));
        } else {
            text = tr("An archived item");
        }
        auto *entry = new QListWidgetItem(text, m_dependencies);
        entry->setData(Qt::UserRole, d.dependsOnId);
    }
    if (m_dependencies->count() == 0)
        (new QListWidgetItem(tr("Nothing; this item can be done on its own."), m_dependencies))
            ->setFlags(Qt::NoItemFlags);
    m_removeDependency->setEnabled(false);

    setTextIfDifferent(m_metricName, item.metric.name);
    if (numberValue(m_baseline->text()) != std::optional<QVariant>(item.metric.baseline ? QVariant(*item.metric.baseline) : QVariant()))
        m_baseline->setText(numberText(item.metric.baseline));
    if (numberValue(m_target->text()) != std::optional<QVariant>(item.metric.target ? QVariant(*item.metric.target) : QVariant()))
        m_target->setText(numberText(item.metric.target));
    if (numberValue(m_actual->text()) != std::optional<QVariant>(item.metric.actual ? QVariant(*item.metric.actual) : QVariant()))
        m_actual->setText(numberText(item.metric.actual));
    // Today may have moved on since the editor opened; a stored day is never clamped away.
    if (const QDate latest = std::max(today(), item.metric.measuredOn); m_measuredOn->maximumDate() != latest)
        m_measuredOn->setMaximumDate(latest);
    const QDate shownDay = item.metric.actual && item.metric.measuredOn.isValid() ? item.metric.measuredOn
                                                                                  : noMeasurementDate;
    if (m_measuredOn->date() != shownDay)
        m_measuredOn->setDate(shownDay);
    m_measuredOn->setEnabled(item.metric.actual.has_value());
    if (const std::optional<bool> reached = Outcomes::reachedTarget(item.metric))
        m_targetVerdict->setText(*reached ? tr("Target reached") : tr("Not yet at target"));
    else
        m_targetVerdict->clear();
    setTextIfDifferent(m_impact, item.impactHypothesis);

    // The criteria editor keeps the Product Owner's own spacing while it
    // says the same as the file; an undo or a reorder replaces its text.
    QStringList texts;
    for (const AcceptanceCriterion &criterion : item.criteria)
        texts.append(criterion.text);
    if (Gherkin::splitScenarios(m_criteria->toPlainText()) != texts)
        m_criteria->setPlainText(Gherkin::joinScenarios(texts));
    showCriteriaProblems();

    // INVEST, for everything but epics.
    const bool isEpic = item.type == ItemType::Epic;
    m_investSection->setVisible(!isEpic);
    Invest::Context context;
    context.unfinishedDependencies = unfinishedKeys;
    context.maxStorySize = product.maxStorySize;
    context.averageVelocity = m_document->sprintEditor()->averageVelocity();
    for (const Invest::Hint &hint : Invest::hints(item, context)) {
        const int q = int(hint.quality);
        m_investBoxes.at(q)->setChecked(item.investChecks & investBit(hint.quality));
        m_investHints.at(q)->setText(pill(hint.agrees, hint.agrees ? tr("Ordo agrees") : tr("Ordo disagrees")));
        m_investReasons.at(q)->setText(hint.explanation);
    }

    // Readiness against the product's Definition of Ready.
    const int row = model->rowOf(item.id);
    if (row >= 0)
        m_scoring->setRow(model->rowAt(row));
    if (isEpic) {
        m_readiness->setText(tr("Epics are refined into smaller items; the Definition of Ready "
                                "applies to those."));
    } else if (row >= 0) {
        const QStringList missing = model->readinessShortfalls(model->rowAt(row));
        if (missing.isEmpty()) {
            m_readiness->setText(pill(true, tr("Ready for Sprint Planning")));
        } else {
            QString html = pill(false, tr("Not ready yet")) + QStringLiteral("<ul style=\"margin:4px 0 0 -20px;\">");
            for (const QString &line : missing)
                html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
            m_readiness->setText(html + QStringLiteral("</ul>"));
        }
    }
    if (product.readyRules.isEmpty())
        m_readiness->setText(tr("The product has no Definition of Ready rules. Set them in Product Settings."));

    QString done = QStringLiteral("<ol style=\"margin:0 0 0 -20px;\">");
    for (const QString &entry : product.definitionOfDone)
        done += QStringLiteral("<li>%1</li>").arg(entry.toHtmlEscaped());
    done += QStringLiteral("</ol>");
    m_definitionOfDone->setText(product.definitionOfDone.isEmpty()
                                    ? tr("No Definition of Done yet. Write it in Product Settings.")
                                    : done);
    markSearchTerms();
    m_loading = false;
}

void StoryEditor::setHighlightTerms(const QStringList &terms)
{
    if (terms == m_highlightTerms)
        return;
    m_highlightTerms = terms;
    markSearchTerms();
}

void StoryEditor::markSearchTerms()
{
    // An editor showing no item has nothing to mark; refresh() marks the item it loads.
    const QStringList terms = m_id != 0 ? m_highlightTerms : QStringList();
    if (terms.isEmpty() && !m_marked)
        return;
    m_marked = !terms.isEmpty();
    for (QPlainTextEdit *edit : {m_want, m_benefit, m_description, static_cast<QPlainTextEdit *>(m_criteria)}) {
        if (edit)
            edit->setExtraSelections(SearchHighlight::selections(edit, terms));
    }
}

} // namespace Ordo
