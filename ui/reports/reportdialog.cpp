#include "reportdialog.h"

#include "productdocument.h"
#include "sprinteditor.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

namespace Ordo {
namespace {

const QString folderKey = QStringLiteral("reports/folder");

} // namespace

ReportDialog::ReportDialog(ProductDocument *document, Kind kind, SprintId sprint, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_kind(kind)
    , m_pageSize(new QComboBox(this))
    , m_preview(new QTextBrowser(this))
    , m_error(new QLabel(this))
    , m_pdf(new QPushButton(tr("Save as &PDF…"), this))
    , m_html(new QPushButton(tr("Save as &HTML…"), this))
    , m_print(new QPushButton(tr("&Print…"), this))
{
    setWindowTitle(kind == Kind::Dashboard ? tr("Product Dashboard") : tr("Sprint Review Report"));
    auto *layout = new QVBoxLayout(this);
    auto *choices = new QHBoxLayout;
    if (kind == Kind::SprintReview) {
        m_sprint = new QComboBox(this);
        const SprintEditor *sprints = document->sprintEditor();
        // Newest first; a planned sprint has nothing to report yet.
        for (qsizetype i = sprints->sprints().size() - 1; i >= 0; --i) {
            const Sprint &s = sprints->sprints().at(i);
            if (s.state != SprintState::Planned)
                m_sprint->addItem(s.name, s.id);
        }
        // The one asked for, else the running sprint, else the last one closed.
        const Sprint *fallback = sprints->activeSprint() ? sprints->activeSprint() : sprints->lastClosedSprint();
        const SprintId preferred = sprint != 0 ? sprint : fallback ? fallback->id : 0;
        m_sprint->setCurrentIndex(std::max(0, m_sprint->findData(preferred)));
        auto *label = new QLabel(tr("&Sprint:"), this);
        label->setBuddy(m_sprint);
        choices->addWidget(label);
        choices->addWidget(m_sprint);
        choices->addSpacing(12);
        connect(m_sprint, &QComboBox::currentIndexChanged, this, &ReportDialog::build);
    }
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_pageSize->setCurrentIndex(m_pageSize->findData(int(StakeholderReport::defaultPageSize())));
    auto *pageLabel = new QLabel(tr("PDF &pages:"), this);
    pageLabel->setBuddy(m_pageSize);
    choices->addWidget(pageLabel);
    choices->addWidget(m_pageSize);
    choices->addStretch();
    layout->addLayout(choices);

    m_preview->setOpenLinks(false);
    m_preview->setAccessibleName(tr("Preview"));
    layout->addWidget(m_preview, 1);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlighted-text); background: #b3261e; padding: 6px;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_pdf->setToolTip(tr("Pages with the product's name and page numbers, for e-mail or print"));
    m_html->setToolTip(tr("One file with the charts inside, for a browser or a wiki"));
    buttons->addButton(m_pdf, QDialogButtonBox::ActionRole);
    buttons->addButton(m_html, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    connect(m_pdf, &QPushButton::clicked, this, [this] { save(QStringLiteral("pdf")); });
    connect(m_html, &QPushButton::clicked, this, [this] { save(QStringLiteral("html")); });
    connect(m_print, &QPushButton::clicked, this, &ReportDialog::print);
    if (kind == Kind::SprintReview) {
        m_markdown = new QPushButton(tr("Copy as &Markdown"), this);
        m_markdown->setToolTip(tr("A short summary to paste into a chat message"));
        buttons->addButton(m_markdown, QDialogButtonBox::ActionRole);
        connect(m_markdown, &QPushButton::clicked, this, &ReportDialog::copyMarkdown);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(980, 760);
    build();
}

void ReportDialog::build()
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Expected<StakeholderReport> built = Error{tr("Close a sprint or start one to report on its review.")};
    if (m_kind == Kind::Dashboard)
        built = StakeholderReport::dashboard(m_document);
    else if (m_sprint->count() > 0)
        built = StakeholderReport::sprintReview(m_document, m_sprint->currentData().toLongLong());
    QGuiApplication::restoreOverrideCursor();
    if (built) {
        m_report = std::move(*built);
        m_report->fill(*m_preview->document());
        // From the top, as a reader starts.
        m_preview->moveCursor(QTextCursor::Start);
        m_preview->ensureCursorVisible();
        m_error->hide();
    } else {
        m_report.reset();
        m_preview->clear();
        m_error->setText(built.error().message);
        m_error->show();
    }
    for (QPushButton *button : {m_pdf, m_html, m_print, m_markdown}) {
        if (button)
            button->setEnabled(m_report.has_value());
    }
}

Status ReportDialog::saveAs(const QString &path)
{
    if (!m_report)
        return Error{m_error->text()};
    return m_report->write(path, QPageSize::PageSizeId(m_pageSize->currentData().toInt()));
}

void ReportDialog::save(const QString &suffix)
{
    if (!m_report)
        return;
    QSettings settings;
    QString folder = settings.value(folderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = m_report->title();
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    const QString filter = suffix == QLatin1String("pdf") ? tr("PDF documents (*.pdf)") : tr("Web pages (*.html *.htm)");
    QString path = QFileDialog::getSaveFileName(this, suffix == QLatin1String("pdf") ? tr("Save as PDF") : tr("Save as HTML"),
                                                QDir(folder).filePath(name + u'.' + suffix), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    settings.setValue(folderKey, QFileInfo(path).absolutePath());
    if (auto saved = saveAs(path); !saved) {
        m_error->setText(saved.errorMessage());
        m_error->show();
        return;
    }
    m_error->hide();
}

void ReportDialog::print()
{
    if (!m_report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::PageSizeId(m_pageSize->currentData().toInt())));
    printer.setDocName(m_report->title());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(m_report->title()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto printed = m_report->paint(&printer); !printed) {
        m_error->setText(printed.errorMessage());
        m_error->show();
    }
}

void ReportDialog::copyMarkdown()
{
    if (!m_report)
        return;
    auto *mime = new QMimeData;
    mime->setText(m_report->markdown());
    mime->setData(QStringLiteral("text/markdown"), m_report->markdown().toUtf8());
    QGuiApplication::clipboard()->setMimeData(mime);
}

} // namespace Ordo
