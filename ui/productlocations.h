#pragma once

#include <QString>

namespace Ordo::ProductLocations {

// The product file Ordo opens when started without one, in the user's data location.
QString defaultProductPath();
// Where the demo product is written when the user asks for it.
QString demoProductPath();
// The folder file dialogs start in.
QString documentsFolder();
// The file name extension of product files, without the dot.
inline constexpr char fileSuffix[] = "ordo";

} // namespace Ordo::ProductLocations
