#pragma once

#include "domain/item.h"
#include "storage/expected.h"

#include <QImage>
#include <QList>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace Ordo {

class ProductDocument;

// What Ordo hands to stakeholders who were not in the room: the sprint review's report (the goal
// and its verdict, the items accepted, rejected with their reasons and not done, velocity and the
// updated forecast, the burndown, velocity and outcome charts, the feedback written down) and the
// product dashboard (the Product Goal, the running sprint, the top of the backlog, the roadmap and
// the charts). The figures come from the core services through ReportSource; this class lays them
// out once as HTML and writes that as
// - one self-contained HTML file for a browser, the charts embedded as PNG data;
// - PDF pages (A4 or Letter) with the product's name on every page and page numbers, and the same
//   on a printer;
// - Markdown for a chat message (the review only).
// It needs a QApplication (the charts are drawn by Qt Charts), which may run offscreen.
class StakeholderReport
{
public:
    static Expected<StakeholderReport> sprintReview(ProductDocument *document, SprintId sprint);
    static Expected<StakeholderReport> dashboard(ProductDocument *document);

    QString title() const { return m_title; }
    QString productName() const { return m_product; }
    // The page a browser opens: one file, nothing to fetch.
    QString html() const;
    // A short text for a chat message.
    QString markdown() const { return m_markdown; }

    // Lays the report out on the pages of `device` (a QPdfWriter or a QPrinter): the product and
    // the title at the top of each page, the date and "Page N of M" at the bottom.
    Status paint(QPagedPaintDevice *device) const;

    // The page size a PDF gets unless asked otherwise: Letter where the locale measures in inches.
    static QPageSize::PageSizeId defaultPageSize();
    Status writePdf(const QString &path, QPageSize::PageSizeId size = defaultPageSize()) const;
    Status writeHtml(const QString &path) const;
    // By the file's suffix: .pdf, .html or .htm, .md.
    Status write(const QString &path, QPageSize::PageSizeId size = defaultPageSize()) const;

    struct Chart
    {
        QString name; // its resource name in body()
        QString caption;
        QImage image;
    };
    const QList<Chart> &charts() const { return m_charts; }

    // Fills `document` with the report as the PDF lays it out (a preview shows it so).
    void fill(QTextDocument &document) const;

private:
    StakeholderReport() = default;
    // The body's HTML, with each chart's image named `chart:<name>`.
    QString m_body;
    QString m_product;
    QString m_title;
    QString m_markdown;
    QList<Chart> m_charts;

    friend class ReportHtml;
};

} // namespace Ordo
