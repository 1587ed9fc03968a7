#pragma once

#include "services/sprintoperations.h"

#include <QDialog>

class QListWidget;

namespace Ordo {

class BacklogModel;

// What Fill to Velocity proposes: the items it would pull, in backlog order, and the ones it
// skipped with the reason (not ready, too large, blocked, unestimated). Applying it is one
// undo step.
class FillDialog : public QDialog
{
    Q_OBJECT

public:
    FillDialog(const BacklogModel &model, const SprintOperations::Fill &fill, double limit, const QString &limitText,
               QWidget *parent = nullptr);

    QListWidget *takeList() const { return m_take; }
    QListWidget *skippedList() const { return m_skipped; }

    static QString reasonText(SprintOperations::Skipped::Why why);

private:
    QListWidget *m_take;
    QListWidget *m_skipped;
};

} // namespace Ordo
