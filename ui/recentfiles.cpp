#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace Ordo {
namespace {

constexpr int maxRecentFiles = 8;
const QString settingsKey = QStringLiteral("recentFiles");

} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{}

QStringList RecentFiles::files() const
{
    QStringList existing;
    const QStringList stored = QSettings().value(settingsKey).toStringList();
    for (const QString &path : stored) {
        if (QFileInfo::exists(path))
            existing.append(path);
    }
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > maxRecentFiles)
        list.removeLast();
    store(list);
}

void RecentFiles::clear() { store({}); }

void RecentFiles::store(const QStringList &files) { QSettings().setValue(settingsKey, files); }

void RecentFiles::populate(QMenu *menu)
{
    menu->clear();
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        const QString &path = list.at(i);
        //: Open Recent menu entry: %1 is a shortcut number, %2 the file name
        QAction *action = menu->addAction(
            tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).completeBaseName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit fileRequested(path); });
    }
    if (list.isEmpty()) {
        menu->addAction(tr("No Recent Products"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Clear Menu")), &QAction::triggered, this, &RecentFiles::clear);
}

} // namespace Ordo
