#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Ordo {

class ArchiveModel;
class ProductDocument;

// The Archive: items archived from the backlog, restored with one click (an
// undoable step) or, after confirmation, deleted for good.
class ArchiveView : public QWidget
{
    Q_OBJECT

public:
    explicit ArchiveView(QWidget *parent = nullptr);

    void setDocument(ProductDocument *document);
    ArchiveModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    void restoreSelected();
    void deleteSelected();

signals:
    void errorOccurred(const QString &message);

private:
    QList<qint64> selectedIds() const;
    void reload();
    void updateButtons();

    ProductDocument *m_document = nullptr;
    ArchiveModel *m_model;
    QStackedWidget *m_pages;
    QTableView *m_table;
    QLabel *m_empty;
    QPushButton *m_restore;
    QPushButton *m_delete;
};

} // namespace Ordo
