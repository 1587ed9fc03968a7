#include "searchbench.h"

#include "backlog/backlogfiltermodel.h"
#include "backlog/backlogmodel.h"
#include "backlog/backlogpanel.h"
#include "backlog/backlogview.h"
#include "backlog/filterbar.h"
#include "benchsupport.h"
#include "mainwindow.h"
#include "productdocument.h"
#include "storage/database.h"
#include "storage/itemrepository.h"
#include "storage/sql.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSortFilterProxyModel>

using namespace Ordo;
using namespace Bench;
using Measurements::Figure;

namespace {

// What a keystroke costs through the model: the filter, and everything the view and its
// headers do as the model signals the change. The view's deferred relayout and the paint of
// the visible rows follow in the event loop; they are measured apart in `after`.
double keystroke(QAbstractItemView *view, const std::function<void()> &type, Figure *after)
{
    const double typed = Measurements::timeOnce(type);
    after->samples.append(Measurements::timeOnce([&] {
        QCoreApplication::processEvents();
        view->viewport()->repaint();
    }));
    return typed;
}

} // namespace

int runSearch(const QString &path, int items, int repetitions, QJsonObject json, const QString &jsonPath)
{
    // first_paint_ms: a main window opens the file and paints its backlog's first screenful;
    // open_complete_ms: until the whole backlog is read and every view has it.
    Figure firstPaint;
    Figure openComplete;
    for (int r = 0; r < repetitions; ++r) {
        MainWindow window;
        window.resize(1600, 1000);
        QElapsedTimer clock;
        clock.start();
        window.openFile(path);
        window.show();
        for (;;) {
            PaintWatcher watcher(window.backlogView()->viewport());
            while (!watcher.painted)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (window.backlogView()->model()->rowCount() > 0)
                break;
        }
        firstPaint.samples.append(clock.nsecsElapsed() / 1e6);
        while (!window.document())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        openComplete.samples.append(clock.nsecsElapsed() / 1e6);
    }

    MainWindow window;
    window.resize(1600, 1000);
    window.openFile(path);
    window.show();
    while (!window.document())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
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
    Figure ordoPaint;
    int shown = 0;
    for (int r = 0; r < repetitions; ++r) {
        BacklogFilter filter;
        for (int i = 1; i <= word.size(); ++i) {
            filter.text = word.left(i);
            filterKeystroke.samples.append(keystroke(view, [&] { filterModel->setFilter(filter); }, &ordoPaint));
        }
        shown = filterModel->rowCount();
        filterKeystroke.samples.append(keystroke(view, [&] { filterModel->setFilter({}); }, &ordoPaint));
    }

    // filter_without_view_ms: the same keystrokes on a filter model no view shows: what the
    // view and its headers add to filter_keystroke_ms.
    BacklogFilterModel bare;
    bare.setBacklogModel(model);
    Figure filterWithoutView;
    for (int r = 0; r < repetitions; ++r) {
        BacklogFilter filter;
        for (int i = 1; i <= word.size(); ++i) {
            filter.text = word.left(i);
            filterWithoutView.samples.append(Measurements::timeOnce([&] { bare.setFilter(filter); }));
        }
        filterWithoutView.samples.append(Measurements::timeOnce([&] { bare.setFilter({}); }));
    }

    // full_text_search_ms: the index searched for each keystroke's word of three letters or more.
    Figure fullTextSearch;
    int fullTextMatches = 0;
    for (int r = 0; r < repetitions; ++r) {
        for (int i = ItemRepository::minimumTextSearch; i <= word.size(); ++i) {
            fullTextSearch.samples.append(Measurements::timeOnce([&] {
                fullTextMatches = int(ItemRepository(document->database()).idsWithText(word.left(i))->size());
            }));
        }
    }
    // like_search_ms: the same words with LIKE over the same columns, as before the index.
    const Figure likeSearch = Measurements::time(repetitions, [&] {
        const QString pattern = QLatin1Char('%') + word + QLatin1Char('%');
        auto query = Sql::exec(document->database().connection(),
                               QStringLiteral("SELECT id FROM item WHERE description LIKE ? OR role LIKE ? OR want LIKE ? "
                                              "OR benefit LIKE ? UNION SELECT item_id FROM acceptance_criterion WHERE text LIKE ?"),
                               {pattern, pattern, pattern, pattern, pattern});
        if (!query)
            fail(query.errorMessage());
        while (query->next()) {
        }
    });

    // typed_keystroke_ms: the whole keystroke as the Product Owner makes it, in the search box:
    // the in-memory filter, then the index search and the rows it adds.
    QLineEdit *search = window.backlogPanel()->filterBar()->searchEdit();
    Figure typedKeystroke;
    Figure typedPaint;
    for (int r = 0; r < repetitions; ++r) {
        for (int i = 1; i <= word.size(); ++i)
            typedKeystroke.samples.append(keystroke(view, [&] { search->setText(word.left(i)); }, &typedPaint)
                                          + typedPaint.samples.last());
        typedKeystroke.samples.append(keystroke(view, [&] { search->clear(); }, &typedPaint) + typedPaint.samples.last());
    }

    // stock_proxy_filter_ms: the same keystrokes through a QSortFilterProxyModel on the title
    // column, shown by the same view in the same window.
    QSortFilterProxyModel stock;
    stock.setSourceModel(model);
    stock.setFilterKeyColumn(BacklogModel::TitleColumn);
    stock.setFilterCaseSensitivity(Qt::CaseInsensitive);
    view->setModel(&stock);
    QCoreApplication::processEvents();
    Figure stockFilter;
    Figure stockPaint;
    int stockShown = 0;
    for (int r = 0; r < repetitions; ++r) {
        for (int i = 1; i <= word.size(); ++i)
            stockFilter.samples.append(keystroke(view, [&] { stock.setFilterFixedString(word.left(i)); }, &stockPaint));
        stockShown = stock.rowCount();
        stockFilter.samples.append(keystroke(view, [&] { stock.setFilterFixedString(QString()); }, &stockPaint));
    }
    view->setModel(filterModel);

    const auto put = [&json](const char *name, const Figure &figure) { json.insert(QString::fromLatin1(name), figure.toJson()); };
    put("first_paint_ms", firstPaint);
    put("open_complete_ms", openComplete);
    put("filter_keystroke_ms", filterKeystroke);
    put("stock_proxy_filter_ms", stockFilter);
    put("full_text_search_ms", fullTextSearch);
    put("like_search_ms", likeSearch);
    put("typed_keystroke_ms", typedKeystroke);
    put("view_update_ms", ordoPaint);
    put("filter_without_view_ms", filterWithoutView);
    put("stock_view_update_ms", stockPaint);
    json.insert(QStringLiteral("filter_rows_shown"), shown);
    json.insert(QStringLiteral("stock_rows_shown"), stockShown);
    json.insert(QStringLiteral("full_text_matches"), fullTextMatches);
    const auto ratio = [](double a, double b) { return b > 0 ? a / b : 0.0; };
    json.insert(QStringLiteral("ratios"),
                QJsonObject{{QStringLiteral("stock_proxy_filter_ms/filter_keystroke_ms (median)"), ratio(stockFilter.median(), filterKeystroke.median())},
                            {QStringLiteral("stock_proxy_filter_ms/filter_keystroke_ms (p95)"), ratio(stockFilter.p95(), filterKeystroke.p95())}});

    say(QStringLiteral("\nOrdo's search at %1 items (%2 repetitions)").arg(items).arg(repetitions));
    row(QStringLiteral("first_paint_ms"), firstPaint, QStringLiteral("target p95 <= 500 ms:"), firstPaint.p95() <= 500);
    row(QStringLiteral("open_complete_ms"), openComplete, QStringLiteral("(the rest read on a thread, every view given it)"), true);
    row(QStringLiteral("filter_keystroke_ms"), filterKeystroke, QStringLiteral("target p95 <= 16 ms:"), filterKeystroke.p95() <= 16);
    row(QStringLiteral("stock_proxy_filter_ms"), stockFilter,
        QStringLiteral("(%1x / %2x slower) target >= 10x:")
            .arg(ratio(stockFilter.median(), filterKeystroke.median()), 0, 'f', 1)
            .arg(ratio(stockFilter.p95(), filterKeystroke.p95()), 0, 'f', 1),
        stockFilter.median() >= 10 * filterKeystroke.median() && stockFilter.p95() >= 10 * filterKeystroke.p95());
    row(QStringLiteral("filter_without_view_ms"), filterWithoutView, QStringLiteral("(the same filter, no view attached)"), true);
    row(QStringLiteral("view_update_ms"), ordoPaint, QStringLiteral("(relayout and paint after the filter; stock %1 / %2 ms)")
                                                          .arg(stockPaint.median(), 0, 'f', 2).arg(stockPaint.p95(), 0, 'f', 2), true);
    say(QStringLiteral("rows shown for \"%1\": %2 (title, labels), stock proxy %3 (title)").arg(word).arg(shown).arg(stockShown));
    row(QStringLiteral("full_text_search_ms"), fullTextSearch,
        QStringLiteral("(%1 items for \"%2\") target p95 <= 30 ms:").arg(fullTextMatches).arg(word), fullTextSearch.p95() <= 30);
    row(QStringLiteral("like_search_ms"), likeSearch, QStringLiteral("(the same search with LIKE)"), true);
    row(QStringLiteral("typed_keystroke_ms"), typedKeystroke,
        QStringLiteral("(in the search box: filter, index, rows added, relayout, paint)"), true);
    writeJson(json, jsonPath);
    return 0;
}
