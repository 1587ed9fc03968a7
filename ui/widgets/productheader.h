#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QToolButton;

namespace Ordo {

struct Product;
class BacklogModel;

// The band above the backlog: the product's name, its Product Goal (what the
// order of the backlog serves, edited in place), how much of the top of the
// backlog serves it, and a one-line summary of the backlog.
class ProductHeader : public QFrame
{
    Q_OBJECT

public:
    explicit ProductHeader(QWidget *parent = nullptr);

    void setProduct(const Product &product);
    void setSummary(const BacklogModel &model);
    // `serving` of the `items` at the top of the backlog serve the Product Goal.
    void setGoalShare(int serving, int items);

    // Starts editing the Product Goal in place (Enter keeps it, Escape cancels).
    void editGoal();
    bool isEditingGoal() const;
    // Whether the user may change the Product Goal here (a stakeholder on a server may not).
    // A goal being edited stays open with its text.
    void setGoalEditable(bool editable);
    QLineEdit *goalEdit() const { return m_goalEdit; }
    QLabel *goalShareLabel() const { return m_goalShare; }

signals:
    void goalEdited(const QString &goal);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finishGoalEdit(bool keep);

    QLabel *m_name;
    QStackedWidget *m_goalPages;
    QLabel *m_goal;
    QLineEdit *m_goalEdit;
    bool m_goalEditable = true;
    QToolButton *m_editGoal;
    QLabel *m_goalShare;
    QLabel *m_summary;
    QString m_goalText;
};

} // namespace Ordo
