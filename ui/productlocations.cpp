#include "productlocations.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace Ordo::ProductLocations {
namespace {

QString dataFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder;
}

} // namespace

QString defaultProductPath()
{
    //: File name of the product created on first start (keep the .ordo suffix)
    return QDir(dataFolder())
        .filePath(QCoreApplication::translate("Ordo::ProductLocations", "My Product.ordo"));
}

QString demoProductPath()
{
    //: File name of the demo product (keep the .ordo suffix)
    return QDir(dataFolder())
        .filePath(QCoreApplication::translate("Ordo::ProductLocations", "Demo Product.ordo"));
}

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace Ordo::ProductLocations
