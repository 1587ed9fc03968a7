#include "importpages.h"

#include "importpreviewmodel.h"
#include "importwizard.h"

#include "commands/importcommand.h"
#include "interchange/importfile.h"
#include "interchange/jsonbackup.h"
#include "productdocument.h"
#include "productlocations.h"
#include "storage/database.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Ordo {

namespace {

const char lastFolderKey[] = "import/lastFolder";

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: palette(link);"));
    label->hide();
    return label;
}

void showProblem(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// "Story 40 · Bug 5 · Epic 3": what each name counts, most first.
template<typename Key>
QString countsText(const QList<std::pair<Key, int>> &counts, const std::function<QString(Key)> &name)
{
    QList<std::pair<Key, int>> sorted = counts;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList parts;
    for (const auto &[key, count] : std::as_const(sorted))
        //: A count in the import preview: %1 is a type or status, %2 how many items have it
        parts.append(QCoreApplication::translate("Ordo::ImportPreviewPage", "%1 %2").arg(name(key), QLocale().toString(count)));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

// --- Choose a file ---------------------------------------------------------------------------

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_problem(problemLabel(this))
{
    setTitle(tr("Choose the Export to Import"));
    auto *intro = new QLabel(tr("Ordo imports a backlog exported from Jira (CSV, all or current fields, or XML), "
                                "Azure DevOps (a query saved as CSV, flat or as a tree), Trello (the board's JSON) or "
                                "Pivotal Tracker (CSV). It tells the format from the file's content. Nothing is "
                                "written until the last step."),
                             this);
    intro->setWordWrap(true);
    m_path->setObjectName(QStringLiteral("importFile"));
    m_path->setPlaceholderText(tr("The exported file"));
    registerField(QStringLiteral("file*"), m_path);
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] { showProblem(m_problem, {}); });

    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browseButton);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&File:"), row);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(fontMetrics().lineSpacing());
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
}

void ImportFilePage::browse()
{
    const QString start = m_path->text().isEmpty()
                              ? QSettings().value(QLatin1String(lastFolderKey), ProductLocations::documentsFolder()).toString()
                              : QFileInfo(m_path->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Backlog"), start,
                                                      tr("Exports (*.csv *.json *.xml *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(path));
    QSettings().setValue(QLatin1String(lastFolderKey), QFileInfo(path).absolutePath());
}

bool ImportFilePage::validatePage()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    // A backup (it opens with a brace, as no CSV export does) is restored, not imported.
    if (QFile file(path); file.open(QIODevice::ReadOnly) && file.size() <= (qint64(1) << 30)
                          && QByteArray(file.peek(4096)).replace("\xEF\xBB\xBF", "").trimmed().startsWith('{')) {
        if (const QByteArray bytes = file.readAll(); Backup::isBackup(bytes)) {
            m_wizard->restoreBackup(path, bytes);
            return false;
        }
    }
    QString error;
    if (!m_wizard->read(path, {}, &error)) {
        showProblem(m_problem, error);
        return false;
    }
    showProblem(m_problem, {});
    return true;
}

// --- Preview ---------------------------------------------------------------------------------

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_model(new ImportPreviewModel(this))
    , m_table(new QTableView(this))
    , m_counts(new QLabel(this))
    , m_problemsHeading(new QLabel(this))
    , m_problems(new QListWidget(this))
{
    setTitle(tr("Preview"));
    m_table->setObjectName(QStringLiteral("importPreview"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ImportPreviewModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(fontMetrics().averageCharWidth() * 6);
    m_counts->setWordWrap(true);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    connect(wizard, &ImportWizard::mappingChanged, this, [this] {
        if (!m_wizard->source().items.isEmpty())
            initializePage();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_counts);
    layout->addWidget(m_problemsHeading);
    layout->addWidget(m_problems);
}

void ImportPreviewPage::initializePage()
{
    const Import::Source &source = m_wizard->source();
    const qsizetype total = source.items.size();
    const int shownRows = int(qMin<qsizetype>(total, ImportPreviewModel::previewRows));
    //: %1 is the format ("Jira CSV"), %2 the file's name; %n items in all
    setSubTitle(tr("%1 “%2”: %n item(s). The first %3 as they will appear in the backlog:", "", int(total))
                    .arg(source.format, QFileInfo(m_wizard->path()).fileName(), QLocale().toString(shownRows)));
    m_model->setSource(&source, &m_wizard->mapping());
    m_table->resizeColumnsToContents();
    const int widest = fontMetrics().averageCharWidth() * 28;
    for (int column = 0; column < ImportPreviewModel::ColumnCount; ++column) {
        if (column != ImportPreviewModel::TitleColumn && m_table->columnWidth(column) > widest)
            m_table->setColumnWidth(column, widest);
    }

    QHash<ItemType, int> types;
    QHash<ItemStatus, int> statuses;
    for (const Import::SourceItem &item : source.items) {
        ++types[m_wizard->mapping().typeOf(item)];
        ++statuses[m_wizard->mapping().statusOf(item)];
    }
    QList<std::pair<ItemType, int>> typeCounts;
    for (ItemType type : allItemTypes) {
        if (types.value(type) > 0)
            typeCounts.append({type, types.value(type)});
    }
    QList<std::pair<ItemStatus, int>> statusCounts;
    for (ItemStatus status : allItemStatuses) {
        if (statuses.value(status) > 0)
            statusCounts.append({status, statuses.value(status)});
    }
    const auto typeName = std::function<QString(ItemType)>([](ItemType type) { return displayName(type); });
    const auto statusName = std::function<QString(ItemStatus)>([](ItemStatus status) { return displayName(status); });
    m_counts->setText(tr("<b>Types:</b> %1<br><b>Statuses:</b> %2")
                          .arg(countsText(typeCounts, typeName).toHtmlEscaped(),
                               countsText(statusCounts, statusName).toHtmlEscaped()));

    const QStringList problems = Import::reportLines(source, {});
    m_problems->clear();
    m_problems->addItems(problems);
    m_problemsHeading->setText(problems.isEmpty()
                                   ? tr("Every row was understood.")
                                   : tr("Not understood or guessed (%n):", "", int(problems.size())));
    m_problems->setVisible(!problems.isEmpty());
}

// --- Mapping ---------------------------------------------------------------------------------

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_types(new QTableWidget(this))
    , m_statuses(new QTableWidget(this))
    , m_columnsBox(new QWidget(this))
    , m_estimateColumn(new QComboBox(this))
    , m_criteriaColumn(new QComboBox(this))
    , m_allChecklists(new QCheckBox(tr("Take &every checklist as acceptance criteria"), this))
    , m_problem(problemLabel(this))
{
    setTitle(tr("Map Types and Statuses"));
    setSubTitle(tr("How the file's names become Ordo's. Ordo guessed from the usual names; change what it got wrong."));
    for (QTableWidget *table : {m_types, m_statuses}) {
        table->setColumnCount(3);
        table->verticalHeader()->hide();
        table->setSelectionMode(QAbstractItemView::NoSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    }
    m_types->setObjectName(QStringLiteral("importTypes"));
    m_statuses->setObjectName(QStringLiteral("importStatuses"));
    m_types->setHorizontalHeaderLabels({tr("Type in the file"), tr("Items"), tr("Ordo type")});
    m_statuses->setHorizontalHeaderLabels({tr("Status in the file"), tr("Items"), tr("Ordo status")});
    m_estimateColumn->setObjectName(QStringLiteral("estimateColumn"));
    m_criteriaColumn->setObjectName(QStringLiteral("criteriaColumn"));
    for (QComboBox *box : {m_estimateColumn, m_criteriaColumn}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(24);
        connect(box, &QComboBox::activated, this, &ImportMappingPage::readAgain);
    }

    m_allChecklists->setObjectName(QStringLiteral("allChecklists"));
    m_allChecklists->setToolTip(tr("Without it, only a card's checklists named like “Acceptance criteria” become its "
                                   "criteria; the others go into its description."));
    connect(m_allChecklists, &QCheckBox::toggled, this, &ImportMappingPage::readAgain);

    auto *columns = new QFormLayout(m_columnsBox);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    columns->addRow(tr("&Estimate from the column:"), m_estimateColumn);
    columns->addRow(tr("Acceptance &criteria from the column:"), m_criteriaColumn);

    auto *tables = new QHBoxLayout;
    tables->addWidget(m_types, 1);
    tables->addWidget(m_statuses, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tables, 1);
    layout->addWidget(m_columnsBox);
    layout->addWidget(m_allChecklists);
    layout->addWidget(m_problem);
}

void ImportMappingPage::initializePage()
{
    showProblem(m_problem, {});
    fillTables();
    fillColumns();
}

void ImportMappingPage::fillTables()
{
    const Import::Source &source = m_wizard->source();
    QHash<QString, int> typeCounts;
    QHash<QString, int> statusCounts;
    QHash<QString, const Import::SourceItem *> firstWithStatus;
    for (const Import::SourceItem &item : source.items) {
        ++typeCounts[Import::Mapping::keyOf(item.type)];
        const QString status = Import::Mapping::keyOf(item.status);
        ++statusCounts[status];
        firstWithStatus.insert(status, firstWithStatus.value(status, &item));
    }
    const auto fill = [this](QTableWidget *table, const QStringList &names, const QHash<QString, int> &counts,
                             const auto &choices, auto current, auto choose) {
        table->clearContents();
        table->setRowCount(int(names.size()));
        for (int row = 0; row < names.size(); ++row) {
            const QString &name = names.at(row);
            //: A type or status that rows of the imported file leave empty
            table->setItem(row, 0, new QTableWidgetItem(name.isEmpty() ? tr("(none)") : name));
            auto *count = new QTableWidgetItem(QLocale().toString(counts.value(Import::Mapping::keyOf(name))));
            count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, 1, count);
            auto *box = new QComboBox(table);
            for (auto choice : choices)
                box->addItem(displayName(choice), int(choice));
            box->setCurrentIndex(box->findData(int(current(name))));
            //: Accessible name of a mapping choice: %1 is the type or status in the file
            box->setAccessibleName(tr("Ordo's name for %1").arg(name));
            connect(box, &QComboBox::activated, this, [this, box, name, choose] {
                choose(name, box->currentData().toInt());
                m_wizard->notifyMappingChanged();
            });
            table->setCellWidget(row, 2, box);
            table->setRowHeight(row, box->sizeHint().height() + 2);
        }
    };
    // A type the file does not name is a story; a status is mapped by its name, or else by its
    // status category, so an untouched one shows what its first item would get.
    Import::Mapping &mapping = m_wizard->mapping();
    QStringList types = source.types();
    if (typeCounts.contains(QString()))
        types.append(QString());
    fill(m_types, types, typeCounts, allItemTypes,
         [&mapping](const QString &name) { return mapping.types.value(Import::Mapping::keyOf(name), ItemType::Story); },
         [&mapping](const QString &name, int type) { mapping.types.insert(Import::Mapping::keyOf(name), ItemType(type)); });
    fill(m_statuses, source.statuses(), statusCounts, allItemStatuses,
         [&mapping, &firstWithStatus](const QString &name) { return mapping.statusOf(*firstWithStatus.value(Import::Mapping::keyOf(name))); },
         [&mapping](const QString &name, int status) { mapping.statuses.insert(Import::Mapping::keyOf(name), ItemStatus(status)); });
}

void ImportMappingPage::fillColumns()
{
    const Import::Source &source = m_wizard->source();
    m_columnsBox->setVisible(!source.columns.isEmpty());
    const auto fill = [&source](QComboBox *box, const QString &chosen) {
        box->clear();
        box->addItem(tr("The usual one for %1").arg(source.format), QString());
        for (const QString &column : source.columns)
            box->addItem(column, column);
        box->setCurrentIndex(qMax(0, box->findData(chosen)));
    };
    fill(m_estimateColumn, source.read.estimateColumn);
    fill(m_criteriaColumn, source.read.criteriaColumn);
    m_allChecklists->setVisible(source.tool == QLatin1String("trello"));
    const QSignalBlocker quiet(m_allChecklists);
    m_allChecklists->setChecked(source.read.allChecklistsAsCriteria);
}

void ImportMappingPage::readAgain()
{
    Import::ReadOptions options;
    options.estimateColumn = m_estimateColumn->currentData().toString();
    options.criteriaColumn = m_criteriaColumn->currentData().toString();
    options.allChecklistsAsCriteria = m_allChecklists->isChecked();
    QString error;
    if (!m_wizard->read(m_wizard->path(), options, &error)) {
        showProblem(m_problem, error);
        return;
    }
    const qsizetype problems = m_wizard->source().problems.size();
    showProblem(m_problem, problems == 0 ? QString()
                                         : tr("Read again: %n row(s) had something Ordo did not understand; the "
                                              "preview lists them.", "", int(problems)));
    fillTables();
    m_wizard->notifyMappingChanged();
}

// --- Where to --------------------------------------------------------------------------------

ImportDestinationPage::ImportDestinationPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_top(new QRadioButton(this))
    , m_bottom(new QRadioButton(this))
    , m_newProduct(new QRadioButton(tr("Into a &new product:"), this))
    , m_productPath(new QLineEdit(this))
    , m_productRow(new QWidget(this))
    , m_existingBox(new QWidget(this))
    , m_existing(new QLabel(this))
    , m_update(new QRadioButton(tr("&Update them from the file (their history records each change)"), this))
    , m_copies(new QRadioButton(tr("Add them &again as new items"), this))
    , m_problem(problemLabel(this))
{
    setTitle(tr("Where to Import"));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_top->setObjectName(QStringLiteral("importAtTop"));
    m_bottom->setObjectName(QStringLiteral("importAtBottom"));
    m_newProduct->setObjectName(QStringLiteral("importNewProduct"));
    m_productPath->setObjectName(QStringLiteral("importProductPath"));
    m_update->setObjectName(QStringLiteral("importUpdate"));
    m_copies->setObjectName(QStringLiteral("importCopies"));
    auto *places = new QButtonGroup(this);
    for (QRadioButton *button : {m_top, m_bottom, m_newProduct})
        places->addButton(button);
    auto *existing = new QButtonGroup(this);
    existing->addButton(m_update);
    existing->addButton(m_copies);
    m_update->setChecked(true);

    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ImportDestinationPage::browse);
    auto *productRow = new QHBoxLayout(m_productRow);
    productRow->setContentsMargins(fontMetrics().averageCharWidth() * 4, 0, 0, 0);
    productRow->addWidget(m_productPath, 1);
    productRow->addWidget(browseButton);
    connect(places, &QButtonGroup::buttonToggled, this, &ImportDestinationPage::updateEnabled);
    connect(m_productPath, &QLineEdit::textChanged, this, [this] {
        showProblem(m_problem, {});
        emit completeChanged();
    });

    m_existing->setWordWrap(true);
    auto *existingLayout = new QVBoxLayout(m_existingBox);
    existingLayout->setContentsMargins(0, fontMetrics().lineSpacing(), 0, 0);
    existingLayout->addWidget(m_existing);
    existingLayout->addWidget(m_update);
    existingLayout->addWidget(m_copies);

    auto *note = new QLabel(tr("The import is one step: Edit > Undo takes all of it back. Cancel while it runs, and "
                               "nothing is written."),
                            this);
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_top);
    layout->addWidget(m_bottom);
    layout->addWidget(m_newProduct);
    layout->addWidget(m_productRow);
    layout->addWidget(m_existingBox);
    layout->addSpacing(fontMetrics().lineSpacing());
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addStretch();
}

void ImportDestinationPage::initializePage()
{
    const Import::Source &source = m_wizard->source();
    const qsizetype count = source.items.size();
    ProductDocument *document = m_wizard->document();
    const QString product = document ? document->product().name : QString();
    m_top->setText(tr("At the &top of the backlog of %1").arg(product));
    m_bottom->setText(tr("At the &bottom of the backlog of %1").arg(product));
    m_top->setVisible(document);
    m_bottom->setVisible(document);
    if (!document)
        m_newProduct->setChecked(true);
    else if (!m_top->isChecked() && !m_newProduct->isChecked())
        m_bottom->setChecked(true);

    if (m_productPath->text().isEmpty()) {
        const QString folder = document ? QFileInfo(document->path()).absolutePath() : ProductLocations::documentsFolder();
        const QString name = QFileInfo(m_wizard->path()).completeBaseName();
        m_productPath->setText(QDir::toNativeSeparators(
            QDir(folder).filePath(name + QLatin1Char('.') + QLatin1String(ProductLocations::fileSuffix))));
    }

    m_existingCount = 0;
    if (document) {
        if (auto existing = Import::countExisting(document->database(), source, source.tool))
            m_existingCount = *existing;
    }
    m_existing->setText(tr("%n of the file's %1 items came into %2 from an earlier import. Ordo knows them by their "
                           "keys in %3.", "", m_existingCount)
                            .arg(QLocale().toString(count), product, source.format));
    updateEnabled();
}

void ImportDestinationPage::updateEnabled()
{
    m_productRow->setEnabled(m_newProduct->isChecked());
    m_existingBox->setVisible(m_existingCount > 0 && !m_newProduct->isChecked());
    showProblem(m_problem, {});
    emit completeChanged();
}

bool ImportDestinationPage::isComplete() const
{
    return !m_newProduct->isChecked() || !m_productPath->text().trimmed().isEmpty();
}

void ImportDestinationPage::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Product"), QDir::fromNativeSeparators(m_productPath->text()),
                                                      tr("Ordo products (*.ordo)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_productPath->setText(QDir::toNativeSeparators(path));
}

bool ImportDestinationPage::validatePage()
{
    const Import::Source &source = m_wizard->source();
    QString newProduct;
    if (m_newProduct->isChecked()) {
        newProduct = QDir::fromNativeSeparators(m_productPath->text().trimmed());
        if (QFileInfo(newProduct).suffix().isEmpty())
            newProduct += QLatin1Char('.') + QLatin1String(ProductLocations::fileSuffix);
        if (QFileInfo::exists(newProduct)) {
            showProblem(m_problem, tr("“%1” already exists. Choose another name: an import never replaces a product.")
                                       .arg(shown(newProduct)));
            return false;
        }
    }

    const int total = int(source.items.size());
    QProgressDialog progress(tr("Importing %n item(s)…", "", total), tr("Cancel"), 0, total, this);
    progress.setWindowTitle(tr("Import Backlog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    const Import::Progress report = [&progress](int written, int of) {
        progress.setMaximum(of);
        progress.setValue(written);
        return !progress.wasCanceled();
    };

    Expected<Import::Result> result = Error{};
    QApplication::setOverrideCursor(Qt::BusyCursor);
    if (!newProduct.isEmpty()) {
        result = Import::writeNewProduct(source, m_wizard->mapping(), newProduct, report);
    } else {
        Import::Options options;
        options.tool = source.tool;
        options.placement = m_top->isChecked() ? Import::Placement::Top : Import::Placement::Bottom;
        options.updateExisting = !m_copies->isChecked() || m_existingCount == 0;
        result = ImportCommands::run(m_wizard->document()->importCommands(), source, m_wizard->mapping(), options, report);
    }
    QApplication::restoreOverrideCursor();
    const bool cancelled = progress.wasCanceled();
    progress.close();
    if (!result) {
        if (cancelled)
            showProblem(m_problem, tr("The import was cancelled. Nothing was written."));
        else
            QMessageBox::warning(this, tr("Cannot Import"), result.errorMessage());
        return false;
    }
    m_wizard->setResult(*result, newProduct);
    return true;
}

// --- Report ----------------------------------------------------------------------------------

ImportReportPage::ImportReportPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_report(new QPlainTextEdit(this))
{
    setTitle(tr("Imported"));
    setFinalPage(true);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setReadOnly(true);
    m_report->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *saveButton = new QPushButton(tr("&Save Report…"), this);
    connect(saveButton, &QPushButton::clicked, this, &ImportReportPage::save);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_report, 1);
    layout->addLayout(buttons);
}

void ImportReportPage::initializePage()
{
    const Import::Result &result = m_wizard->importResult();
    const QLocale locale;
    QStringList parts;
    parts.append(tr("%n item(s) added", "", int(result.created.size())));
    if (!result.updated.isEmpty())
        parts.append(tr("%n item(s) updated", "", int(result.updated.size())));
    if (result.dependencies > 0)
        parts.append(tr("%n dependenc(ies) linked", "", result.dependencies));
    const QString where = m_wizard->newProductPath().isEmpty()
                              ? tr("The backlog shows them now; Edit > Undo takes the whole import back.")
                              : tr("“%1” opens when you close this window.").arg(shown(m_wizard->newProductPath()));
    //: %1 lists what the import did ("120 items added, 3 items updated")
    m_summary->setText(tr("%1. %2").arg(parts.join(QStringLiteral(", ")), where));
    const QStringList lines = Import::reportLines(m_wizard->source(), result);
    m_report->setPlainText(lines.isEmpty() ? tr("Nothing to report: every row was imported as it was.")
                                           : lines.join(QLatin1Char('\n')));
}

void ImportReportPage::save()
{
    const QFileInfo file(m_wizard->path());
    //: Suggested name of an import report: %1 is the imported file's name
    const QString suggestion = file.absoluteDir().filePath(tr("%1 import report.txt").arg(file.completeBaseName()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Report"), suggestion, tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QStringList lines;
    lines.append(tr("Import of %1 (%2), %3").arg(shown(m_wizard->path()), m_wizard->source().format,
                                                 QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)));
    lines.append(m_summary->text());
    lines.append(QString());
    lines.append(m_report->toPlainText());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text) || out.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n') < 0
        || !out.commit()) {
        QMessageBox::warning(this, tr("Cannot Save the Report"),
                             tr("“%1” cannot be written: %2").arg(shown(path), out.errorString()));
    }
}

} // namespace Ordo
