// The main window's product files: what opens at start, opening, creating, copying, the demo.
#include "mainwindow.h"
#include "mainwindowsettings.h"

#include "backlog/backlogpanel.h"
#include "backlog/backlogview.h"
#include "presentation/presentationwindow.h"
#include "widgets/productheader.h"
#include "productdocument.h"
#include "productlocations.h"
#include "recentfiles.h"
#include "dialogs/newproductdialog.h"
#include "services/demoproduct.h"
#include "storage/database.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QUndoView>
#include <QScopeGuard>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace Ordo {
namespace {

// While a large backlog is read, its first screen shows and scrolls, but the window takes no
// edit: the document has no editors yet. It lasts about a second at 100,000 items.
class InputBlocker : public QObject
{
public:
    explicit InputBlocker(QWidget *window)
        : m_window(window)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::Shortcut: // sent to an action, not to a widget
            return true;
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::ShortcutOverride:
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::DragEnter:
        case QEvent::Drop:
        case QEvent::ContextMenu: {
            auto *widget = qobject_cast<QWidget *>(watched);
            return widget && widget->window() == m_window;
        }
        default:
            return false;
        }
    }

private:
    QWidget *m_window;
};

using namespace MainWindowSettings;

QString productFilter()
{
    return QCoreApplication::translate("Ordo::MainWindow", "Ordo products (*.ordo);;All files (*)");
}

} // namespace

void MainWindow::startUp(const QString &file)
{
    // Back in the mode the window was left in, once a product is open.
    const int lastMode = QSettings().value(modeKey, int(BacklogModeIndex)).toInt();
    const auto restoreMode = qScopeGuard([this, lastMode] {
        if (m_document)
            setMode(lastMode);
    });
    // A product that is refused (a newer Ordo's, damaged, not a product) leaves the start page,
    // after its message: never another product in its place, which would look like the one asked for.
    if (!file.isEmpty()) {
        if (QFileInfo::exists(file))
            openFile(file);
        else
            createProductFile(file, QFileInfo(file).completeBaseName());
        return;
    }

    const QString last = QSettings().value(lastProductKey).toString();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        openFile(last);
        return;
    }

    const QString defaultPath = ProductLocations::defaultProductPath();
    if (QFileInfo::exists(defaultPath)) {
        openFile(defaultPath);
        return;
    }
    // First start: create the default product, then offer the demo.
    if (createProductFile(defaultPath, tr("My Product")))
        QTimer::singleShot(0, this, &MainWindow::offerDemoOnFirstStart);
}

bool MainWindow::createProductFile(const QString &path, const QString &name)
{
    Product product;
    product.name = name;
    QString error;
    auto document = ProductDocument::create(path, product, &error);
    if (!document) {
        QMessageBox::warning(this, tr("Cannot Create Product"), error);
        return false;
    }
    setDocument(std::move(document));
    return true;
}

void MainWindow::offerDemoOnFirstStart()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("Welcome to Ordo"));
    box.setIcon(QMessageBox::Information);
    box.setText(tr("Welcome to Ordo, the ordered Product Backlog."));
    box.setInformativeText(tr("Your own product is ready and empty. Would you like to look "
                              "around a demo product first? It has epics, stories with "
                              "acceptance criteria, and four finished sprints."));
    QAbstractButton *demo = box.addButton(tr("Open the Demo Product"), QMessageBox::AcceptRole);
    box.addButton(tr("Start with My Product"), QMessageBox::RejectRole);
    box.setDefaultButton(qobject_cast<QPushButton *>(demo));
    box.exec();
    if (box.clickedButton() == demo)
        openDemo();
}

bool MainWindow::openFile(const QString &path)
{
    QString error;
    auto document = ProductDocument::openFirstScreen(path, &error);
    if (!document) {
        QMessageBox::warning(this, tr("Cannot Open Product"), error);
        return false;
    }
    if (document->isLoading())
        showFirstScreen(std::move(document));
    else
        setDocument(std::move(document));
    return true;
}

void MainWindow::showFirstScreen(std::unique_ptr<ProductDocument> document)
{
    endFirstScreen();
    leaveStartPage();
    delete m_presentation;
    // Every view lets go of the old product; the backlog shows the first screen of the new one.
    attachViews(nullptr);
    m_undoView->setStack(nullptr);
    m_document.reset();
    updateDocumentActions();
    if (m_mode != BacklogModeIndex)
        setMode(BacklogModeIndex);
    m_backlogPanel->setDocument(document.get());
    m_pages->setCurrentWidget(m_backlogPanel);
    m_header->setProduct(document->product());
    //: Window title while a large product is being read: %1 is the product name
    setWindowTitle(tr("%1 — Ordo").arg(document->product().name));
    m_inputBlocker = std::make_unique<InputBlocker>(this);
    qApp->installEventFilter(m_inputBlocker.get());

    if (!m_loadProgress) {
        m_loadProgress = new QProgressBar(this);
        m_loadProgress->setObjectName(QStringLiteral("loadProgress"));
        m_loadProgress->setMaximumWidth(fontMetrics().averageCharWidth() * 40);
        m_loadProgress->setTextVisible(true);
        statusBar()->addPermanentWidget(m_loadProgress);
    }
    m_loadProgress->setRange(0, int(document->loadTotal()));
    m_loadProgress->setValue(0);
    //: Progress while a large product opens: %v items read of %m
    m_loadProgress->setFormat(tr("Reading the Product Backlog: %v of %m items"));
    m_loadProgress->hide();
    // A moment is not worth a progress bar; longer is.
    QTimer::singleShot(300, m_loadProgress, [this] {
        if (m_loading)
            m_loadProgress->show();
    });

    ProductDocument *loading = document.get();
    connect(loading, &ProductDocument::loadProgress, m_loadProgress, [this](qsizetype read, qsizetype total) {
        m_loadProgress->setRange(0, int(total));
        m_loadProgress->setValue(int(qMin(read, total)));
    });
    connect(loading, &ProductDocument::loaded, this, [this] {
        std::unique_ptr<ProductDocument> ready = std::move(m_loading);
        endFirstScreen();
        // The views get the whole product; the backlog keeps its place and selection.
        const QList<ItemId> selected = m_backlogPanel->view()->selectedIds();
        setDocument(std::move(ready));
        m_backlogPanel->view()->selectIds(selected);
    });
    connect(loading, &ProductDocument::loadFailed, this, [this](const QString &message) {
        endFirstScreen();
        m_backlogPanel->setDocument(nullptr);
        // It is the sender: it goes once its signal has returned.
        m_loading.release()->deleteLater();
        showStartPage();
        QMessageBox::warning(this, tr("Cannot Open Product"), message);
    });
    m_loading = std::move(document);
}

void MainWindow::endFirstScreen()
{
    if (m_inputBlocker) {
        qApp->removeEventFilter(m_inputBlocker.get());
        m_inputBlocker.reset();
    }
    if (m_loadProgress)
        m_loadProgress->hide();
}

void MainWindow::newProduct()
{
    NewProductDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString path = dialog.filePath();
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QLatin1String(ProductLocations::fileSuffix);
    if (m_document && QFileInfo(path).absoluteFilePath() == QFileInfo(m_document->path()).absoluteFilePath()) {
        QMessageBox::warning(this,
                             tr("Cannot Create Product"),
                             tr("“%1” is the product you have open. Choose another file.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (QFileInfo::exists(path)) {
        const auto answer = QMessageBox::question(
            this,
            tr("Replace Product File?"),
            tr("“%1” already exists. Replace it with the new, empty product?")
                .arg(QDir::toNativeSeparators(path)),
            QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    QString error;
    auto document = ProductDocument::create(path, dialog.product(), &error);
    if (!document) {
        QMessageBox::warning(this, tr("Cannot Create Product"), error);
        return;
    }
    setDocument(std::move(document));
}

void MainWindow::open()
{
    const QString start = m_document ? QFileInfo(m_document->path()).absolutePath()
                                     : ProductLocations::documentsFolder();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Product"), start, productFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveCopy()
{
    if (!m_document)
        return;
    const QFileInfo current(m_document->path());
    //: Suggested file name of a backup copy: %1 is the product file's name, %2 today's date
    const QString suggestion = current.absoluteDir().filePath(
        tr("%1 (copy %2).ordo")
            .arg(current.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy"), suggestion, productFilter());
    if (path.isEmpty())
        return;
    if (auto copied = m_document->database().saveCopy(path); !copied) {
        QMessageBox::warning(this, tr("Cannot Save a Copy"), copied.errorMessage());
        return;
    }
    statusBar()->showMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(path)), 6000);
}

void MainWindow::openDemo()
{
    const QString path = ProductLocations::demoProductPath();
    if (!QFileInfo::exists(path)) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status written = DemoProduct::write(path);
        QApplication::restoreOverrideCursor();
        if (!written) {
            QMessageBox::warning(this, tr("Cannot Create the Demo Product"), written.errorMessage());
            return;
        }
    }
    openFile(path);
}

} // namespace Ordo
