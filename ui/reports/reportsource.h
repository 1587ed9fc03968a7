#pragma once

#include "charts/velocitychart.h"
#include "domain/backlogrow.h"
#include "services/burndown.h"
#include "services/forecast.h"
#include "services/outcomes.h"
#include "services/releaseburnup.h"
#include "storage/expected.h"

#include <QHash>
#include <QObject>

namespace Ordo {

class ProductDocument;

// What the reports draw, for one open product: it reads the history through the repositories
// (a sprint's own rows, a scope's items) and the backlog's rows, and hands them to the core
// services that compute every figure. A closed sprint's burndown is frozen, so it is kept once
// computed; everything else follows the document's change channel.
class ReportSource : public QObject
{
    Q_OBJECT

public:
    explicit ReportSource(ProductDocument *document, QObject *parent = nullptr);

    Expected<Burndown::Chart> burndown(SprintId sprint);
    QList<VelocityChart::Bar> velocityBars() const;
    const Velocity::Summary &velocity() const;
    QList<double> velocities() const; // the last N closed sprints', oldest first

    // A release burnup's scope.
    struct Scope
    {
        enum Kind { ProductGoal, Epic, Label } kind = ProductGoal;
        ItemId epic = 0;
        QString label;
    };
    Expected<ReleaseBurnup::Result> releaseBurnup(const Scope &scope);
    QStringList closedSprintNames() const; // oldest first, as velocity orders them

    Forecast::Calendar calendar() const;
    // The unfinished items of the backlog, in order, and their estimates (the work a forecast
    // runs over); `upTo` stops after that item (0: all). `epics` gets each item's epic (0: none),
    // read in the same walk of the rows.
    Forecast::Work work(ItemId upTo = 0, QList<ItemId> *epics = nullptr) const;
    // The unfinished work up to and including the last unfinished item of `epic`.
    Forecast::Work workOfEpic(ItemId epic) const;
    // The work of the top `count` unfinished items.
    Forecast::Work workOfTop(int count) const;
    // Every epic with unfinished work, for the roadmap, from the epic of each item of work()
    // (in the order their work ends).
    static QList<Forecast::EpicInput> roadmapEpics(const QList<ItemId> &epicOfWork, QList<ItemId> *epicIds);
    double medianEstimate() const;

    Expected<Outcomes::Summary> outcomes();

    QString itemLabel(ItemId id) const; // "ORD-12 Title"
    QStringList itemTitles(const QList<ItemId> &ids) const; // in one walk of the rows

signals:
    void changed();

private:
    ProductDocument *m_document;
    QHash<SprintId, Burndown::Chart> m_frozen;
};

} // namespace Ordo
