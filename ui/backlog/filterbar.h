#pragma once

#include "services/backlogfilter.h"

#include <QWidget>

class QComboBox;
class QCompleter;
class QLineEdit;
class QStringListModel;
class QToolButton;

namespace Ordo {

// The row above the backlog that narrows it: the search box (SearchQuery's
// syntax, with completion of the field names and their values) plus filters
// by type, status, label and readiness. The epic filter comes from the epics
// panel and is kept here so one BacklogFilter describes it all.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    BacklogFilter filter() const;
    void setLabels(const QStringList &labels);
    // The epics' titles, which epic: completes.
    void setEpics(const QStringList &titles);
    QLineEdit *searchEdit() const { return m_search; }
    QCompleter *completer() const { return m_completer; }
    void setEpicFilter(std::optional<ItemId> epic, bool withoutEpic);
    void focusSearch();
    void clear();

signals:
    void filterChanged();

private:
    QToolButton *createMaskButton(const QString &text, const QStringList &names, quint32 *mask);
    void updateMaskButton(QToolButton *button, const QString &text, quint32 mask);
    // The word being typed at the cursor: where it starts, and its text.
    std::pair<int, QString> currentWord() const;
    void offerCompletions();
    void insertCompletion(const QString &completion);

    QLineEdit *m_search;
    QCompleter *m_completer;
    QStringListModel *m_completions;
    QStringList m_labels;
    QStringList m_epics;
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
