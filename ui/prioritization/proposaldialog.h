#pragma once

#include "services/prioritization.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Ordo {

class ProductDocument;
class ProposalModel;

// A proposed backlog order next to today's, with each item's move and a
// summary. Nothing changes until the Product Owner applies all of it (one
// undoable step, recorded in the decision log) or moves single items across
// by dragging them onto today's order or with "Move to Proposed Place".
// The proposal follows the backlog while the window is open.
class ProposalDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProposalDialog(ProductDocument *document, QWidget *parent = nullptr);

    void setScheme(Prioritization::Scheme scheme);
    Prioritization::Scheme scheme() const;
    const Prioritization::Proposal &proposal() const;

    // Applies the whole proposal (asks for the reasoning if the user wants that).
    void applyAll();
    // Moves the items selected in the proposed order to their proposed places.
    void moveSelectedAcross();

    // For tests.
    ProposalModel *todayModel() const { return m_today; }
    ProposalModel *proposedModel() const { return m_proposed; }
    QTableView *todayView() const { return m_todayView; }
    QTableView *proposedView() const { return m_proposedView; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *moveAcrossButton() const { return m_moveAcross; }
    QComboBox *schemeBox() const { return m_scheme; }

signals:
    void errorOccurred(const QString &message);

private:
    void recompute();
    void scheduleRecompute();
    void updateSummary();
    void followSelection(QTableView *from, QTableView *to);
    void updateMoveAcross();
    QTableView *makeView(ProposalModel *model);

    ProductDocument *m_document;
    ProposalModel *m_today;
    ProposalModel *m_proposed;
    QComboBox *m_scheme;
    QLabel *m_description;
    QLabel *m_summary;
    QLabel *m_detail;
    QTableView *m_todayView;
    QTableView *m_proposedView;
    QPushButton *m_moveAcross;
    QPushButton *m_apply;
    bool m_recomputePending = false;
    bool m_following = false;
};

} // namespace Ordo
