#include "chartpanel.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageWriter>
#include <QLabel>
#include <QLegend>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QStackedLayout>
#include <QSvgGenerator>
#include <QToolTip>
#include <QValueAxis>
#include <QXYSeries>

namespace Ordo {

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedLayout(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setContextMenuPolicy(Qt::NoContextMenu); // the panel's menu serves
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("chartEmptyMessage"));
    m_empty->setMargin(24);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    setMinimumSize(200, 160);
    applyPalette();
}

void ChartPanel::setEmptyMessage(const QString &message)
{
    m_empty->setText(message);
    m_stack->setCurrentWidget(message.isEmpty() ? static_cast<QWidget *>(m_view) : m_empty);
}

bool ChartPanel::isShowingChart() const { return m_stack->currentWidget() == m_view; }

QString ChartPanel::emptyMessage() const { return isShowingChart() ? QString() : m_empty->text(); }

QImage ChartPanel::image(QSize size) const
{
    if (!size.isValid() || size.isEmpty())
        size = m_view->size().expandedTo(QSize(640, 400));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // Laid out at the image's size, then back to the widget's.
    const QRectF before = m_chart->geometry();
    m_chart->resize(size);
    m_chart->scene()->render(&painter, QRectF(QPointF(), size), QRectF(QPointF(), size));
    m_chart->setGeometry(before);
    return image;
}

bool ChartPanel::exportPng(const QString &path, QString *error, QSize size) const
{
    QImageWriter writer(path, "png");
    if (writer.write(image(size)))
        return true;
    if (error)
        *error = tr("Could not write “%1”: %2").arg(QFileInfo(path).fileName(), writer.errorString());
    return false;
}

bool ChartPanel::exportSvg(const QString &path, QString *error, QSize size) const
{
    if (!size.isValid() || size.isEmpty())
        size = m_view->size().expandedTo(QSize(640, 400));
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(), size));
    generator.setTitle(m_chart->title());
    generator.setDescription(tr("A chart exported from Ordo"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = tr("Could not write “%1”.").arg(QFileInfo(path).fileName());
        return false;
    }
    const QRectF before = m_chart->geometry();
    m_chart->resize(size);
    m_chart->scene()->render(&painter, QRectF(QPointF(), size), QRectF(QPointF(), size));
    m_chart->setGeometry(before);
    painter.end();
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
        if (error)
            *error = tr("Could not write “%1”.").arg(QFileInfo(path).fileName());
        return false;
    }
    return true;
}

void ChartPanel::copyToClipboard() const { QApplication::clipboard()->setImage(image()); }

void ChartPanel::addTooltips(QXYSeries *series, std::function<QString(QPointF)> text)
{
    connect(series, &QXYSeries::hovered, this, [this, text](const QPointF &point, bool state) {
        if (state)
            showTooltip(text(point));
        else
            QToolTip::hideText();
    });
}

void ChartPanel::addTooltips(QBarSet *set, std::function<QString(int)> text)
{
    connect(set, &QBarSet::hovered, this, [this, text](bool state, int index) {
        if (state)
            showTooltip(text(index));
        else
            QToolTip::hideText();
    });
}

void ChartPanel::showTooltip(const QString &text)
{
    m_lastTooltip = text;
    QToolTip::showText(QCursor::pos(), text, this);
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void ChartPanel::applyPalette()
{
    const QPalette p = palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    const QString title = m_chart->title();
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(p.brush(QPalette::Base));
    m_chart->setBackgroundRoundness(0);
    m_chart->setTitleBrush(p.brush(QPalette::Text));
    QFont titleFont = font();
    titleFont.setPointSizeF(font().pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->legend()->setLabelColor(p.color(QPalette::Text));
    m_chart->legend()->setFont(font());
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsBrush(p.brush(QPalette::Text));
        axis->setLabelsFont(font());
        axis->setTitleBrush(p.brush(QPalette::Text));
        axis->setTitleFont(font());
        axis->setGridLineColor(p.color(QPalette::Mid));
    }
    m_chart->setTitle(title);
    QPalette emptyPalette = m_empty->palette();
    emptyPalette.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    m_empty->setPalette(emptyPalette);
    styleSeries();
}

void ChartPanel::colourBars(QAbstractBarSeries *series, const QList<QColor> &colours)
{
    const QList<QBarSet *> sets = series->barSets();
    for (qsizetype i = 0; i < sets.size() && i < colours.size(); ++i) {
        if (!colours.at(i).isValid())
            continue;
        sets.at(i)->setColor(colours.at(i));
        sets.at(i)->setBorderColor(colours.at(i));
    }
}

QColor ChartPanel::ink(Ink which) const
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    switch (which) {
    case Ink::Primary: return dark ? QColor(0x6c, 0xb4, 0xff) : QColor(0x1f, 0x63, 0xc4);
    case Ink::Contrast: return dark ? QColor(0xff, 0xb0, 0x5c) : QColor(0xd0, 0x6a, 0x0e);
    case Ink::Good: return dark ? QColor(0x7f, 0xd8, 0x9b) : QColor(0x23, 0x86, 0x4a);
    case Ink::Context: {
        // Opaque, so that a band or line behind a bar does not show through it.
        const QColor text = palette().color(QPalette::Text);
        const QColor base = palette().color(QPalette::Base);
        const double t = dark ? 0.45 : 0.35;
        return QColor::fromRgbF(float(base.redF() + (text.redF() - base.redF()) * t),
                                float(base.greenF() + (text.greenF() - base.greenF()) * t),
                                float(base.blueF() + (text.blueF() - base.blueF()) * t));
    }
    case Ink::Guide: {
        QColor c = palette().color(QPalette::Text);
        c.setAlpha(170);
        return c;
    }
    }
    return palette().color(QPalette::Text);
}

void ChartPanel::contextMenuEvent(QContextMenuEvent *event)
{
    if (!isShowingChart())
        return;
    QMenu menu(this);
    menu.addAction(tr("Export as PNG or SVG…"), this, &ChartPanel::exportWithDialog);
    menu.addAction(tr("Copy Chart"), this, &ChartPanel::copyToClipboard);
    menu.exec(event->globalPos());
}

void ChartPanel::exportWithDialog()
{
    QString selected;
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), m_chart->title() + QStringLiteral(".png"),
                                                png + QStringLiteral(";;") + svg, &selected);
    if (path.isEmpty())
        return;
    const bool asSvg = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)
                       || (selected == svg && !path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive));
    if (asSvg && !path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        path += QStringLiteral(".svg");
    QString error;
    if (!(asSvg ? exportSvg(path, &error) : exportPng(path, &error)))
        QMessageBox::warning(this, tr("Export Chart"), error);
}

} // namespace Ordo
