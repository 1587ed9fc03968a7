#pragma once

#include "domain/item.h"
#include "reports/stakeholderreport.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace Ordo {

class ProductDocument;

// The stakeholder report of a sprint review, or the product dashboard, as it will be read: a
// preview of the pages, and what to do with them: save as PDF (A4 or Letter) or as one HTML file,
// print, or copy the review's summary as Markdown for a chat message.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { SprintReview, Dashboard };
    // `sprint`: the review to show first (0: the running sprint, else the last one closed).
    ReportDialog(ProductDocument *document, Kind kind, SprintId sprint = 0, QWidget *parent = nullptr);

    QComboBox *sprintChooser() const { return m_sprint; }
    QComboBox *pageSizeChooser() const { return m_pageSize; }
    QTextBrowser *preview() const { return m_preview; }
    const std::optional<StakeholderReport> &report() const { return m_report; }

    // What the buttons do, without the file dialogs (for tests and the command line's twin).
    Status saveAs(const QString &path);
    void copyMarkdown();

private:
    void build();
    void save(const QString &suffix);
    void print();

    ProductDocument *m_document;
    Kind m_kind;
    std::optional<StakeholderReport> m_report;
    QComboBox *m_sprint = nullptr;
    QComboBox *m_pageSize;
    QTextBrowser *m_preview;
    QLabel *m_error;
    QPushButton *m_pdf;
    QPushButton *m_html;
    QPushButton *m_print;
    QPushButton *m_markdown = nullptr;
};

} // namespace Ordo
