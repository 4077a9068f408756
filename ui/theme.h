// Theme: the app's icons (SVG, high-DPI), status colours for light and dark palettes, and the appearance switch.
#pragma once

#include "models/account.h"
#include "ui/appsettings.h"

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QStringView>

/// Icons come from resources/onramp.qrc. Status and state icons are coloured discs with white glyphs, legible on
/// light and dark backgrounds alike. Action icons are line drawings whose "currentColor" is replaced, at paint
/// time and at the requested device pixel ratio, by the palette's text colour — so they follow dark mode.
/// Status colours come in a light and a dark variant (GitHub Primer's, chosen for contrast >= 4.5:1 on the
/// palette's Base colour in each mode); everything else uses palette roles.
namespace Theme {

/// Registers the compiled resources (the ui library is static). Call once before using icons.
void initResources();

/// The application icon.
QIcon appIcon();
/// The icon of an account status.
QIcon accountStatusIcon(AccountStatus status);
/// The icon of an EC2 instance state name ("running", "stopped", ...); an outline for unknown states.
QIcon instanceStateIcon(QStringView state);
/// A monochrome action icon ("connect", "copy", ...: resources/icons/action-<name>.svg) in the text colour.
QIcon action(const char *name);

/// True when \a palette is a dark one (its Base colour is dark).
bool isDark(const QPalette &palette);
/// Text colour of an account status, legible on \a palette's Base colour.
QColor statusColor(AccountStatus status, const QPalette &palette);
/// Colours of inline validation messages.
QColor errorColor(const QPalette &palette);
QColor successColor(const QPalette &palette);
QColor warningColor(const QPalette &palette);

/// The system's fixed-pitch font (for the template view and ids).
QFont monospaceFont();

/// Applies \a appearance to the running application (Fusion with a light or dark palette, or the platform's).
void applyAppearance(AppSettings::Appearance appearance);

} // namespace Theme
