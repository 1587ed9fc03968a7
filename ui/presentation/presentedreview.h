#pragma once

#include "presentedpage.h"
#include "services/review.h"

class QCheckBox;
class QVBoxLayout;

namespace Ordo {

class BurndownChart;
class VelocityChart;

// The sprint review on the wall, one story per page: its title, voice and why, then each
// acceptance criterion and each item of the sprint's Definition of Done as a large check box.
// 1-9 (or Space on the focused box) go from not judged to met to not met; each verdict is kept at
// once, as in Review mode (one undo step). A accepts under Review mode's rule, R asks in large type
// what acceptance needs and rejects; Right and Left (Page Down, Page Up) go through the stories,
// and a summary page with the burndown and velocity closes the walkthrough.
class PresentedReview : public PresentedPage
{
    Q_OBJECT

public:
    explicit PresentedReview(QWidget *parent = nullptr);

    void setDocument(ProductDocument *document) override;
    QString step() const override;
    SprintId sprint() const override { return m_sprint; }
    ItemId currentItem() const override;
    void showItem(ItemId id) override;

    QList<ItemId> items() const { return m_items; }
    // 0..items-1 are the stories, items() is the summary.
    int pageIndex() const { return m_index; }
    void setPageIndex(int index);
    bool isSummary() const { return m_index >= m_items.size(); }

    const Review::Checks &checks() const { return m_checks; }
    // The check boxes, criteria first, then the Definition of Done.
    QList<QCheckBox *> checkBoxes() const { return m_boxes; }
    // Cycles the verdict of check `index` (as its number key does).
    void toggle(int index);
    bool accept();
    // Rejects with `reason`; without one, asks for it in a large dialog.
    bool reject(const QString &reason = {});

    QLabel *decisionLabel() const { return m_decision; }
    QLabel *summaryLabel() const { return m_summary; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void themeChanged() override { drawPage(); }

protected:
    void refresh() override;

private:
    void drawPage();
    void keep();
    void setVerdict(int index, Review::Verdict verdict);

    ProductDocument *m_document = nullptr;
    QMetaObject::Connection m_changes;
    SprintId m_sprint = 0;
    QList<ItemId> m_items;
    int m_index = 0;
    Review::Checks m_checks;
    QString m_note;

    QWidget *m_story;
    QLabel *m_title;
    QLabel *m_voice;
    QLabel *m_state;
    QLabel *m_criteriaTitle;
    QVBoxLayout *m_criteriaRows;
    QLabel *m_doneTitle;
    QVBoxLayout *m_doneRows;
    QLabel *m_decision;
    QLabel *m_keys;
    QList<QCheckBox *> m_boxes;

    QWidget *m_summaryPage;
    QLabel *m_summaryTitle;
    QLabel *m_summary;
    BurndownChart *m_burndown;
    VelocityChart *m_velocity;
};

} // namespace Ordo
