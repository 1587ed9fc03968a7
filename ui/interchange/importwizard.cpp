#include "importwizard.h"

#include "importpages.h"
#include "interchange/importfile.h"

#include <QApplication>
#include <QScreen>

namespace Ordo {

ImportWizard::ImportWizard(ProductDocument *document, QWidget *parent)
    : QWizard(parent)
    , m_document(document)
{
    setWindowTitle(tr("Import Backlog"));
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, new ImportFilePage(this));
    setPage(PreviewPage, new ImportPreviewPage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(DestinationPage, new ImportDestinationPage(this));
    setPage(ReportPage, new ImportReportPage(this));
    // Room for the preview's columns; a laptop's screen gets most of itself.
    const QRect available = (parent ? parent->screen() : screen())->availableGeometry();
    resize(qMin(fontMetrics().averageCharWidth() * 160, available.width() * 9 / 10),
           qMin(fontMetrics().lineSpacing() * 42, available.height() * 9 / 10));
}

bool ImportWizard::read(const QString &path, const Import::ReadOptions &options, QString *error)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Expected<Import::Source> source = Import::readFile(path, options);
    QApplication::restoreOverrideCursor();
    if (!source) {
        *error = source.errorMessage();
        return false;
    }
    if (source->items.isEmpty()) {
        *error = tr("The file holds no items to import.");
        return false;
    }
    const Import::Mapping previous = m_mapping;
    m_path = path;
    m_source = std::move(*source);
    m_mapping = Import::defaultMapping(m_source);
    // A choice made on the mapping page survives a new reading of the file.
    for (auto it = previous.types.cbegin(); it != previous.types.cend(); ++it) {
        if (m_mapping.types.contains(it.key()))
            m_mapping.types.insert(it.key(), it.value());
    }
    for (auto it = previous.statuses.cbegin(); it != previous.statuses.cend(); ++it) {
        if (m_mapping.statuses.contains(it.key()))
            m_mapping.statuses.insert(it.key(), it.value());
    }
    return true;
}

void ImportWizard::setResult(const Import::Result &result, const QString &newProductPath)
{
    m_result = result;
    m_newProductPath = newProductPath;
}

} // namespace Ordo
