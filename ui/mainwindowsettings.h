#pragma once

#include <QString>

// What the main window keeps in QSettings, shared by its two source files: mainwindow.cpp
// (assembling the window, its modes and panels) and mainwindowfiles.cpp (opening, creating and
// copying product files).

namespace Ordo::MainWindowSettings {

inline const QString geometryKey = QStringLiteral("mainWindow/geometry");
inline const QString stateKey = QStringLiteral("mainWindow/state");
// The dock layouts of the other modes, and the mode the window was left in.
inline QString modeStateKey(int mode) { return QStringLiteral("mainWindow/state/mode%1").arg(mode); }
inline const QString modeKey = QStringLiteral("mainWindow/mode");
inline const QString backlogColumnsKey = QStringLiteral("backlog/columns");
inline const QString lastProductKey = QStringLiteral("lastProduct");
// The screen presentation mode goes to (its QScreen name); empty: the one the window is not on.
inline const QString presentationScreenKey = QStringLiteral("presentation/screen");

} // namespace Ordo::MainWindowSettings
