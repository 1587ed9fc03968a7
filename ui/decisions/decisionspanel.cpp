#include "decisionspanel.h"

#include "backlogeditor.h"
#include "decisionprompt.h"
#include "decisions/decisionsmodel.h"
#include "productdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Ordo {

DecisionsPanel::DecisionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new DecisionsModel(this))
    , m_filter(new DecisionsFilterModel(this))
    , m_reloadLater(new QTimer(this))
    , m_filterEdit(new QLineEdit(this))
    , m_stakeholders(new QComboBox(this))
    , m_export(new QToolButton(this))
    , m_pages(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_ask(new QCheckBox(tr("Ask for the reasoning"), this))
{
    setObjectName(QStringLiteral("decisionsPanel"));
    m_filter->setSourceModel(m_model);
    // Item edits and archive changes arrive in bursts; one reload serves them all.
    m_reloadLater->setSingleShot(true);
    m_reloadLater->setInterval(0);

    m_filterEdit->setObjectName(QStringLiteral("decisionsFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter by item…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setToolTip(
        tr("Show the decisions about items whose key or title contains this text"));
    m_stakeholders->setObjectName(QStringLiteral("decisionsStakeholderFilter"));
    m_stakeholders->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_stakeholders->setToolTip(tr("Show the decisions made for one stakeholder"));
    m_stakeholders->addItem(tr("All stakeholders"));

    m_export->setObjectName(QStringLiteral("decisionsExport"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the decisions shown as a file to share with stakeholders"));
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(
        tr("Export as Markdown…"), this, [this] { exportWithDialog(Format::Markdown); });
    exportMenu->addAction(tr("Export as CSV…"), this, [this] { exportWithDialog(Format::Csv); });
    m_export->setMenu(exportMenu);

    m_table->setObjectName(QStringLiteral("decisionsTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DecisionsModel::DateColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    // Rows grow to show a wrapped reasoning; the log is short next to the backlog.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(DecisionsModel::DateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DecisionsModel::ReasoningColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DecisionsModel::StakeholderColumn, QHeaderView::ResizeToContents);
    // A starting width for the columns the user may resize, in characters of the font.
    header->resizeSection(DecisionsModel::ItemColumn, fontMetrics().averageCharWidth() * 28);
    header->resizeSection(DecisionsModel::DecisionColumn, fontMetrics().averageCharWidth() * 22);

    m_empty->setObjectName(QStringLiteral("decisionsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(16);
    m_empty->setText(
        tr("No decisions yet. Ordo asks for your reasoning when you archive an item, mark it "
           "Won't, reject or decline a request, or apply a proposed order."));
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_empty);

    m_ask->setObjectName(QStringLiteral("decisionsAsk"));
    m_ask->setToolTip(
        tr("When you archive an item, mark it Won't, reject or decline a request, or apply "
           "a proposed order, Ordo asks why and for whom, and records your answer in this "
           "log. Turn this off to make those changes without being asked."));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filterEdit, 1);
    filters->addWidget(m_stakeholders);
    filters->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filters);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_ask);

    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &DecisionsFilterModel::setItemFilter);
    connect(m_stakeholders, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStakeholder(m_stakeholders->currentData().toString());
    });
    connect(m_ask, &QCheckBox::toggled, this, [](bool ask) { DecisionPrompt::setAsks(ask); });
    connect(m_reloadLater, &QTimer::timeout, this, &DecisionsPanel::reload);

    updateAsk();
    updatePage();
}

void DecisionsPanel::setDocument(ProductDocument *document)
{
    if (m_document) {
        disconnect(m_document->editor(), nullptr, this, nullptr);
        disconnect(m_document->undoStack(), nullptr, this, nullptr);
    }
    m_document = document;
    if (document) {
        connect(document->changes(), &ChangeChannel::changed, this, [this](const DocumentChange &change) {
            using What = DocumentChange::What;
            // Once per event loop pass: a clean-up records a decision per item. Keys follow the
            // key prefix; a deleted item's decisions become the whole backlog's.
            if (change.what == What::Decisions || change.what == What::Product || change.what == What::Archive) {
                m_reloadLater->start();
                return;
            }
            if (change.what != What::ItemFields)
                return;
            for (const DecisionLog::Entry &entry : m_model->entries()) {
                if (entry.decision.itemId && change.concerns(*entry.decision.itemId)) {
                    m_reloadLater->start();
                    return;
                }
            }
        });
        // The decision dialog's "don't ask again" changes the setting.
        connect(document->undoStack(), &QUndoStack::indexChanged, this, &DecisionsPanel::updateAsk);
    }
    reload();
}

void DecisionsPanel::reload()
{
    m_reloadLater->stop();
    const Status loaded = m_model->reload(m_document ? &m_document->database() : nullptr,
                                          m_document ? m_document->product().keyPrefix : QString());
    rebuildStakeholders();
    updateAsk();
    updatePage();
    if (!loaded)
        emit errorOccurred(loaded.errorMessage());
}

void DecisionsPanel::rebuildStakeholders()
{
    const QString current = m_filter->stakeholder();
    {
        const QSignalBlocker blocker(m_stakeholders);
        while (m_stakeholders->count() > 1)
            m_stakeholders->removeItem(1);
        for (const QString &name : m_model->stakeholders())
            m_stakeholders->addItem(name, name);
        int index = 0;
        for (int i = 1; i < m_stakeholders->count(); ++i) {
            if (QString::compare(
                    m_stakeholders->itemData(i).toString(), current, Qt::CaseInsensitive) == 0)
                index = i;
        }
        m_stakeholders->setCurrentIndex(index);
    }
    // A stakeholder no longer in the log no longer filters.
    m_filter->setStakeholder(m_stakeholders->currentData().toString());
}

void DecisionsPanel::updateAsk()
{
    const QSignalBlocker blocker(m_ask);
    m_ask->setChecked(DecisionPrompt::asks());
}

void DecisionsPanel::updatePage()
{
    const bool any = m_model->rowCount() > 0;
    m_pages->setCurrentWidget(any ? static_cast<QWidget *>(m_table) : m_empty);
    m_filterEdit->setEnabled(any);
    m_stakeholders->setEnabled(any);
    m_export->setEnabled(any && m_document);
}

void DecisionsPanel::showEvent(QShowEvent *event)
{
    updateAsk();
    QWidget::showEvent(event);
}

bool DecisionsPanel::exportMarkdown(const QString &path)
{
    const QString productName = m_document ? m_document->product().name : QString();
    return write(path, DecisionLog::toMarkdown(m_filter->shownEntries(), productName));
}

bool DecisionsPanel::exportCsv(const QString &path)
{
    return write(path, DecisionLog::toCsv(m_filter->shownEntries()));
}

bool DecisionsPanel::write(const QString &path, const QString &text)
{
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        //: %1 is a file path, %2 the reason from the system
        emit errorOccurred(tr("Could not export the decisions to %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

void DecisionsPanel::exportWithDialog(Format format)
{
    if (!m_document)
        return;
    const bool markdown = format == Format::Markdown;
    const QString suffix = markdown ? QStringLiteral("md") : QStringLiteral("csv");
    QString name = m_document->product().name;
    for (const QChar c : QStringLiteral("/\\:*?\"<>|"))
        name.replace(c, QLatin1Char('-'));
    //: Suggested file name of an exported decision log (without the extension); %1 is the product
    //: name
    const QString fileName = tr("%1 decisions").arg(name) + QLatin1Char('.') + suffix;
    const QString suggestion = QFileInfo(m_document->path()).absoluteDir().filePath(fileName);
    QString path = QFileDialog::getSaveFileName(
        this,
        markdown ? tr("Export Decisions as Markdown") : tr("Export Decisions as CSV"),
        suggestion,
        markdown ? tr("Markdown files (*.md)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    if (markdown)
        exportMarkdown(path);
    else
        exportCsv(path);
}

} // namespace Ordo
