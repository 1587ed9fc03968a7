#pragma once

#include "services/sprintoperations.h"

#include <QWidget>

#include <optional>

namespace Ordo {

// Committed points against the sprint's capacity and the team's velocity range, as one bar:
// green up to the lower of capacity and average velocity, amber up to the higher, red beyond
// both. The capacity is a solid mark, the average velocity a dashed one over its min-max band,
// and each capacity allocation a strip along the bottom: hatched for its share, solid for what
// it holds. Large enough to read on a wall.
class CapacityBar : public QWidget
{
    Q_OBJECT

public:
    explicit CapacityBar(QWidget *parent = nullptr);

    struct Figures
    {
        double committed = 0;
        int unestimated = 0;
        std::optional<double> capacity;
        std::optional<double> velocity; // average of the last N closed sprints
        double velocityMin = 0;
        double velocityMax = 0;
        int velocitySprints = 0;
        // Allocated shares: the type's name, its target in points, and what it holds.
        struct Share
        {
            QString name;
            double target = 0;
            double held = 0;
        };
        QList<Share> shares;
    };
    void setFigures(const Figures &figures);
    const Figures &figures() const { return m_figures; }
    SprintOperations::Load load() const;
    // The line under the bar, e.g. "21 of 26 points · velocity 24 (20–29)".
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateToolTip();

    Figures m_figures;
};

} // namespace Ordo
