#pragma once

#include "presentedpage.h"

class QStackedWidget;

namespace Ordo {

class BurndownChart;
class ForecastChart;
class OutcomesChart;
class ReportSource;
class VelocityChart;

// The reports on the wall, one chart at a time and as large as the screen allows: the running
// sprint's burndown, velocity, the forecast of the whole Product Backlog and the outcomes, each
// with its sentence. Left and Right (Page Up, Page Down) go through them.
class PresentedReports : public PresentedPage
{
    Q_OBJECT

public:
    enum Chart { BurndownChartPage, VelocityChartPage, ForecastChartPage, OutcomesChartPage, ChartCount };

    explicit PresentedReports(QWidget *parent = nullptr);
    ~PresentedReports() override;

    void setDocument(ProductDocument *document) override;
    QString step() const override;
    SprintId sprint() const override { return m_sprint; }
    ItemId currentItem() const override { return 0; }
    void showItem(ItemId) override {}

    Chart chart() const;
    void setChart(int chart);
    QLabel *sentence() const { return m_sentence; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

protected:
    void refresh() override;

private:
    void draw();

    ProductDocument *m_document = nullptr;
    ReportSource *m_source = nullptr;
    QMetaObject::Connection m_changes;
    SprintId m_sprint = 0;
    QLabel *m_title;
    QLabel *m_sentence;
    QStackedWidget *m_charts;
    BurndownChart *m_burndown;
    VelocityChart *m_velocity;
    ForecastChart *m_forecast;
    OutcomesChart *m_outcomes;
};

} // namespace Ordo
