#pragma once

#include "interchange/importwriter.h"

#include <QWizard>

namespace Ordo {

class ProductDocument;

// File > Import...: a backlog from another tool's export, in four steps.
//
//   choose a file ──> preview (the first 50 items as they will appear, counts per type and
//   status, what was not understood) ──> mapping (types, statuses, the estimate's and the
//   criteria's columns) ──> where to (the top or the bottom of the open backlog, or a new
//   product; update or copy what an earlier import brought) ──> the import, with progress
//   and Cancel ──> the report, which can be saved.
//
// An import into the open product is one undo step (ImportCommands::run); one into a new
// product writes its file, which the window opens afterwards (newProductPath()).
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { FilePage, PreviewPage, MappingPage, DestinationPage, ReportPage };

    // `document` is the open product, or nullptr: then the import makes a new product.
    explicit ImportWizard(ProductDocument *document, QWidget *parent = nullptr);

    ProductDocument *document() const { return m_document; }

    // Reads `path`; on failure returns false and sets `error`. The mapping starts from Ordo's
    // guesses, keeping the choices already made for names the file still holds.
    bool read(const QString &path, const Import::ReadOptions &options, QString *error);
    const QString &path() const { return m_path; }
    // An Ordo backup is restored whole into a new product file rather than imported: asks
    // where, restores, and closes the wizard with that file as newProductPath(). False if the
    // Product Owner chose not to, or the restore failed (with a message).
    bool restoreBackup(const QString &path, const QByteArray &bytes);
    const Import::Source &source() const { return m_source; }
    Import::Mapping &mapping() { return m_mapping; }

    // The mapping page changed the mapping, or the file was read again.
    void notifyMappingChanged() { emit mappingChanged(); }

    // What the import wrote, once it ran.
    void setResult(const Import::Result &result, const QString &newProductPath);
    const Import::Result &importResult() const { return m_result; }
    // The product file the import created, if it made one; empty otherwise.
    QString newProductPath() const { return m_newProductPath; }

signals:
    void mappingChanged();

private:
    ProductDocument *m_document;
    QString m_path;
    Import::Source m_source;
    Import::Mapping m_mapping;
    Import::Result m_result;
    QString m_newProductPath;
};

} // namespace Ordo
