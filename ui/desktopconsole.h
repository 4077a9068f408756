// DesktopConsole: the desktop console's composition (a session and the windows over it), shared by onramp and
// onramp-screenshots.
#pragma once

#include "aws/awserror.h"
#include "models/consolesession.h"
#include "ui/appsettings.h"

#include <QProcessEnvironment>
#include <QString>

#include <memory>

class ConsoleIdentity;
class MainWindow;

/// Opens a ConsoleSession and builds the windows the desktop console shows over it: the ConsoleIdentity, then the
/// MainWindow, both given the session's services. Torn down in reverse (the windows first, then the services they
/// use). The app (app/main.cpp) and the screenshot tool (app/screenshots) both compose the console here, so the
/// screenshots show the window the app shows.
class DesktopConsole final
{
public:
    struct Options
    {
        QString db; ///< --db / ONRAMP_DB: a SQLite path, postgresql://… or empty (the default file)
        QString user; ///< --user; empty: the session's default (see ConsoleSession::Options::user)
        QString region; ///< --region; empty: the settings' home region
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    };

    /// What both executables set on the application before any window: names (so they share settings and the
    /// default registry file), version, desktop file name, resources and the window icon.
    static void setUpApplication();
    /// What both executables set on the process before QApplication exists (so before any thread): one malloc arena.
    static void setUpProcess();
    /// The --appearance option's value: "light", "dark", anything else follows the system.
    static AppSettings::Appearance appearanceFromName(const QString &name);

    /// Opens the session (periodic rediscovery from \a settings) and builds the windows, not shown yet.
    /// \a settings must outlive the console. Errors: ConsoleSession::open()'s.
    static Result<std::unique_ptr<DesktopConsole>> open(const Options &options, AppSettings *settings);

    ~DesktopConsole();
    DesktopConsole(const DesktopConsole &) = delete;
    DesktopConsole &operator=(const DesktopConsole &) = delete;

    /// Looks up the console identity and shows the main window.
    void show();

    ConsoleSession *session() const { return m_session.get(); }
    ConsoleIdentity *identity() const { return m_identity.get(); }
    MainWindow *window() const { return m_window.get(); }

private:
    DesktopConsole() = default;

    // Declared in build order, so they are destroyed windows first.
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<ConsoleIdentity> m_identity;
    std::unique_ptr<MainWindow> m_window;
};
