#include "searchbench.h"

#include "backlog/backlogfiltermodel.h"
#include "backlog/backlogmodel.h"
#include "backlog/backlogpanel.h"
#include "backlog/backlogview.h"
#include "backlog/filterbar.h"
#include "benchsupport.h"
#include "mainwindow.h"
#include "productdocument.h"
#include "storage/itemrepository.h"

#include <QApplication>
#include <QLineEdit>
#include <QSortFilterProxyModel>

using namespace Ordo;
using namespace Bench;
using Measurements::Figure;

namespace {

// What a keystroke costs until the view shows it: the filter, the view's relayout, and one
// paint of the visible rows.
double keystroke(QAbstractItemView *view, const std::function<void()> &type)
{
    double a = Measurements::timeOnce([&] { type(); });
    double b = Measurements::timeOnce([&] { QCoreApplication::processEvents(); });
    double c = Measurements::timeOnce([&] { view->viewport()->repaint(); });
    if (qEnvironmentVariableIsSet("ORDO_BENCH_PARTS"))
        say(QStringLiteral("  filter %1 events %2 paint %3").arg(a).arg(b).arg(c));
    return a + b + c;
}

} // namespace

int runSearch(const QString &path, int items, int repetitions, QJsonObject json, const QString &jsonPath)
{
    // first_paint_ms: a main window opens the file and paints its backlog's first screenful.
    const Figure firstPaint = Measurements::time(repetitions, [&] {
        MainWindow window;
        PaintWatcher watcher(window.backlogView()->viewport());
        window.openFile(path);
        window.show();
        while (!watcher.painted || window.backlogView()->model()->rowCount() == 0)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    });

    MainWindow window;
    window.resize(1600, 1000);
    window.openFile(path);
    window.show();
    QCoreApplication::processEvents();
    ProductDocument *document = window.document();
    BacklogModel *model = document->backlogModel();
    if (model->rowCount() != items)
        fail(QStringLiteral("the backlog holds %1 rows, not %2").arg(model->rowCount()).arg(items));
    BacklogView *view = window.backlogView();

    // filter_keystroke_ms: typing "paymen" one key at a time, then clearing it, through the
    // window's filter model and its view.
    BacklogFilterModel *filterModel = window.backlogPanel()->filterModel();
    const QString word = QStringLiteral("paymen");
    Figure filterKeystroke;
    for (int r = 0; r < repetitions; ++r) {
        BacklogFilter filter;
        for (int i = 1; i <= word.size(); ++i) {
            filter.text = word.left(i);
            filterKeystroke.samples.append(keystroke(view, [&] { filterModel->setFilter(filter); }));
        }
        filterKeystroke.samples.append(keystroke(view, [&] { filterModel->setFilter({}); }));
    }

    // story_text_search_ms: the longer texts (descriptions, criteria) searched in the file.
    const Figure storyTextSearch = Measurements::time(repetitions, [&] {
        (void)ItemRepository(document->database()).idsWithText(word);
    });

    // stock_proxy_filter_ms: the same keystrokes through a QSortFilterProxyModel on the title
    // column, shown by the same view in the same window.
    QSortFilterProxyModel stock;
    stock.setSourceModel(model);
    stock.setFilterKeyColumn(BacklogModel::TitleColumn);
    stock.setFilterCaseSensitivity(Qt::CaseInsensitive);
    view->setModel(&stock);
    QCoreApplication::processEvents();
    Figure stockFilter;
    for (int r = 0; r < repetitions; ++r) {
        for (int i = 1; i <= word.size(); ++i)
            stockFilter.samples.append(keystroke(view, [&] { stock.setFilterFixedString(word.left(i)); }));
        stockFilter.samples.append(keystroke(view, [&] { stock.setFilterFixedString(QString()); }));
    }
    view->setModel(filterModel);

    const auto put = [&json](const char *name, const Figure &figure) { json.insert(QString::fromLatin1(name), figure.toJson()); };
    put("first_paint_ms", firstPaint);
    put("filter_keystroke_ms", filterKeystroke);
    put("stock_proxy_filter_ms", stockFilter);
    put("story_text_search_ms", storyTextSearch);
    const auto ratio = [](double a, double b) { return b > 0 ? a / b : 0.0; };
    json.insert(QStringLiteral("ratios"),
                QJsonObject{{QStringLiteral("stock_proxy_filter_ms/filter_keystroke_ms (median)"), ratio(stockFilter.median(), filterKeystroke.median())},
                            {QStringLiteral("stock_proxy_filter_ms/filter_keystroke_ms (p95)"), ratio(stockFilter.p95(), filterKeystroke.p95())}});

    say(QStringLiteral("\nOrdo's search at %1 items (%2 repetitions)").arg(items).arg(repetitions));
    row(QStringLiteral("first_paint_ms"), firstPaint, QStringLiteral("target p95 <= 500 ms:"), firstPaint.p95() <= 500);
    row(QStringLiteral("filter_keystroke_ms"), filterKeystroke, QStringLiteral("target p95 <= 16 ms:"), filterKeystroke.p95() <= 16);
    row(QStringLiteral("stock_proxy_filter_ms"), stockFilter,
        QStringLiteral("(%1x / %2x slower) target >= 10x:")
            .arg(ratio(stockFilter.median(), filterKeystroke.median()), 0, 'f', 1)
            .arg(ratio(stockFilter.p95(), filterKeystroke.p95()), 0, 'f', 1),
        stockFilter.median() >= 10 * filterKeystroke.median() && stockFilter.p95() >= 10 * filterKeystroke.p95());
    row(QStringLiteral("story_text_search_ms"), storyTextSearch, QString(), true);
    writeJson(json, jsonPath);
    return 0;
}
