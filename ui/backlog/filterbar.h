#pragma once

#include "services/backlogfilter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace Ordo {

// The row above the backlog that narrows it: filter-as-you-type plus
// filters by type, status, label and readiness. The epic filter comes from
// the epics panel and is kept here so one BacklogFilter describes it all.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    BacklogFilter filter() const;
    void setLabels(const QStringList &labels);
    void setEpicFilter(std::optional<ItemId> epic, bool withoutEpic);
    void focusSearch();
    void clear();

signals:
    void filterChanged();

private:
    QToolButton *createMaskButton(const QString &text, const QStringList &names, quint32 *mask);
    void updateMaskButton(QToolButton *button, const QString &text, quint32 mask);

    QLineEdit *m_search;
    QToolButton *m_types;
    QToolButton *m_statuses;
    QComboBox *m_label;
    QComboBox *m_readiness;
    QToolButton *m_clear;
    quint32 m_typeMask = 0;
    quint32 m_statusMask = 0;
    std::optional<ItemId> m_epic;
    bool m_withoutEpic = false;
};

} // namespace Ordo
