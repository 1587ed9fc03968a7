#pragma once

#include <QWidget>

#include <functional>

class QAbstractBarSeries;
class QAbstractSeries;
class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QStackedLayout;
class QXYSeries;

namespace Ordo {

// One chart with what every chart of Ordo has: a title, a legend, tooltips on its points, the
// palette's colours (a dark palette gives a dark chart), fonts that follow the widget's (so a
// projected window reads from the back of the room), a message in place of an empty axis when
// there is nothing to draw yet, and Export as PNG or SVG and Copy in its context menu.
// The adapters over it (BurndownChart, VelocityChart, ...) hand each series its whole data at
// once; this class only draws.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget *parent = nullptr);

    QChart *chart() const { return m_chart; }
    QChartView *view() const { return m_view; }

    // Shows `message` (what to do to have data, e.g. "Close a sprint to see velocity") instead of
    // the chart, or the chart again with an empty message.
    void setEmptyMessage(const QString &message);
    bool isShowingChart() const;
    QString emptyMessage() const;

    // The chart as an image of `size` (the widget's size when empty), as exported and copied.
    QImage image(QSize size = {}) const;
    // Writes the chart as PNG or SVG; false with `error` set when the file cannot be written.
    bool exportPng(const QString &path, QString *error = nullptr, QSize size = {}) const;
    bool exportSvg(const QString &path, QString *error = nullptr, QSize size = {}) const;
    void copyToClipboard() const;

    // Tooltips for a series' points and for a bar set's bars, worded by `text`.
    void addTooltips(QXYSeries *series, std::function<QString(QPointF)> text);
    void addTooltips(QBarSet *set, std::function<QString(int)> text);

    // The last tooltip text shown (for tests), empty when none.
    QString lastTooltip() const { return m_lastTooltip; }

protected:
    // The colours the charts draw their data in, chosen for the palette (lighter on a dark one)
    // and told apart without colour vision: blue against orange, with grey for what is context.
    enum class Ink { Primary, Contrast, Good, Context, Guide };
    QColor ink(Ink which) const;
    // A theme change resets every series' pen and brush: subclasses set theirs here, and call it
    // once at the end of their constructor.
    virtual void styleSeries() {}
    // Colours a bar series' sets in order (an invalid colour leaves that set as it is).
    static void colourBars(QAbstractBarSeries *series, const QList<QColor> &colours);

    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void applyPalette();
    void exportWithDialog();
    void showTooltip(const QString &text);

    QChart *m_chart;
    QChartView *m_view;
    QLabel *m_empty;
    QStackedLayout *m_stack;
    QString m_lastTooltip;
};

} // namespace Ordo
