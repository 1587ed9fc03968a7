#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace Ordo {

// The most recently opened product files, kept in QSettings and offered in
// File > Open Recent. Files that no longer exist are dropped from the list.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);
    void clear();

    // Fills `menu` with one action per file, and "Clear Menu".
    void populate(QMenu *menu);

signals:
    void fileRequested(const QString &path);

private:
    void store(const QStringList &files);
};

} // namespace Ordo
