#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Ordo {

// What the window shows while no product is open (the file it was asked for was refused, or none
// could be created): New Product, Open, the recent products and the demo, in the manner of
// Qt Creator's welcome page. It only asks; MainWindow opens and creates.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    // Shows these product files (most recent first) under Recent Products.
    void setRecentFiles(const QStringList &paths);

    QListWidget *recentList() const { return m_recent; }

signals:
    void newProductRequested();
    void openRequested();
    void demoRequested();
    void fileRequested(const QString &path);

private:
    void openItem(QListWidgetItem *item);

    QListWidget *m_recent;
    QLabel *m_noRecent;
};

} // namespace Ordo
