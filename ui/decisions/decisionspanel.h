#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace Ordo {

class DecisionsFilterModel;
class DecisionsModel;
class ProductDocument;

// The Decisions panel: the product's decision log, newest first, filtered by
// item and stakeholder, and exported as shown (Markdown or CSV) to share with
// stakeholders. It also holds the setting that makes Ordo ask for the
// reasoning behind decisions (see DecisionPrompt).
//
//   ProductDocument::changes() ── Decisions, Product, Archive, ItemFields ──> reload() (once per event loop pass)
//   DecisionsModel (file) ──> DecisionsFilterModel (item, stakeholder) ──> table, export
class DecisionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DecisionsPanel(QWidget *parent = nullptr);

    // The document whose log is shown; nullptr shows nothing.
    void setDocument(ProductDocument *document);

    // Write the decisions shown (filtered, in the table's order) to `path`,
    // UTF-8. On failure they emit errorOccurred() and return false.
    bool exportMarkdown(const QString &path);
    bool exportCsv(const QString &path);

    DecisionsModel *model() const { return m_model; }
    DecisionsFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QComboBox *stakeholderFilter() const { return m_stakeholders; }
    QCheckBox *askCheckBox() const { return m_ask; }
    QToolButton *exportButton() const { return m_export; }

signals:
    void errorOccurred(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Format { Markdown, Csv };

    void reload();
    void rebuildStakeholders();
    void updateAsk();
    void updatePage();
    void exportWithDialog(Format format);
    bool write(const QString &path, const QString &text);

    QPointer<ProductDocument> m_document;
    DecisionsModel *m_model;
    DecisionsFilterModel *m_filter;
    QTimer *m_reloadLater;
    QLineEdit *m_filterEdit;
    QComboBox *m_stakeholders;
    QToolButton *m_export;
    QStackedWidget *m_pages;
    QTableView *m_table;
    QLabel *m_empty;
    QCheckBox *m_ask;
};

} // namespace Ordo
