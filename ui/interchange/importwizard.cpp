#include "importwizard.h"

#include "importpages.h"
#include "interchange/importfile.h"
#include "interchange/jsonbackup.h"
#include "productdocument.h"
#include "productlocations.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

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

bool ImportWizard::restoreBackup(const QString &path, const QByteArray &bytes)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QMessageBox question(QMessageBox::Question, tr("Restore a Backup?"),
                         tr("“%1” is a backup of a whole Ordo product. It is not imported into a backlog: it is "
                            "restored as a new product file, with its history, sprints and decisions. Restore it?")
                             .arg(shownPath),
                         QMessageBox::Cancel, this);
    question.setObjectName(QStringLiteral("restoreBackupQuestion"));
    QPushButton *restore = question.addButton(tr("Restore…"), QMessageBox::AcceptRole);
    question.setDefaultButton(restore);
    question.exec();
    if (question.clickedButton() != restore)
        return false;
    const QString folder = m_document ? QFileInfo(m_document->path()).absolutePath() : ProductLocations::documentsFolder();
    QFileDialog chooser(this, tr("Restore as"), folder, tr("Ordo products (*.ordo)"));
    chooser.setObjectName(QStringLiteral("restoreBackupFile"));
    chooser.setAcceptMode(QFileDialog::AcceptSave);
    chooser.setOption(QFileDialog::DontConfirmOverwrite);
    chooser.selectFile(QFileInfo(path).completeBaseName() + QLatin1Char('.') + QLatin1String(ProductLocations::fileSuffix));
    if (chooser.exec() != QDialog::Accepted || chooser.selectedFiles().isEmpty())
        return false;
    QString productPath = chooser.selectedFiles().constFirst();
    if (QFileInfo(productPath).suffix().isEmpty())
        productPath += QLatin1Char('.') + QLatin1String(ProductLocations::fileSuffix);
    if (QFileInfo::exists(productPath)) {
        QMessageBox::warning(this, tr("Cannot Restore"),
                             tr("“%1” already exists. A backup is restored into a new file and never replaces a product.")
                                 .arg(QDir::toNativeSeparators(productPath)));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restored = Backup::restore(bytes, productPath);
    QApplication::restoreOverrideCursor();
    if (!restored) {
        QMessageBox::warning(this, tr("Cannot Restore"), restored.errorMessage());
        return false;
    }
    m_path = path;
    setResult({}, productPath);
    // QWizard::done() would validate the file page again, which is what called this.
    QDialog::done(QDialog::Accepted);
    return true;
}

void ImportWizard::setResult(const Import::Result &result, const QString &newProductPath)
{
    m_result = result;
    m_newProductPath = newProductPath;
}

} // namespace Ordo
