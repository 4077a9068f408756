// DesktopConsole: opens the session and builds the windows over it.
#include "ui/desktopconsole.h"

#include "ui/consoleidentity.h"
#include "ui/consoleservices.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"

#include <QApplication>

void DesktopConsole::setUpApplication()
{
    QApplication::setApplicationName(QStringLiteral("onramp"));
    QApplication::setApplicationDisplayName(QStringLiteral("Onramp"));
    QApplication::setOrganizationName(QStringLiteral("Onramp"));
    QApplication::setApplicationVersion(QStringLiteral(ONRAMP_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.onramp.Onramp"));
    Theme::initResources();
    QApplication::setWindowIcon(Theme::appIcon());
}

AppSettings::Appearance DesktopConsole::appearanceFromName(const QString &name)
{
    if (name == QLatin1StringView("dark"))
        return AppSettings::Appearance::Dark;
    if (name == QLatin1StringView("light"))
        return AppSettings::Appearance::Light;
    return AppSettings::Appearance::System;
}

Result<std::unique_ptr<DesktopConsole>> DesktopConsole::open(const Options &options, AppSettings *settings)
{
    ConsoleSession::Options session;
    session.db = options.db;
    session.user = options.user;
    session.region = options.region.isEmpty() ? settings->homeRegion() : options.region;
    session.refreshIntervalMs = settings->refreshIntervalSecs() * 1000;
    session.environment = options.environment;
    Result<std::unique_ptr<ConsoleSession>> opened = ConsoleSession::open(session);
    if (!opened)
        return opened.error();

    std::unique_ptr<DesktopConsole> console(new DesktopConsole);
    console->m_session = std::move(opened).value();
    const ConsoleServices services = ConsoleServices::of(*console->m_session);
    console->m_identity = std::make_unique<ConsoleIdentity>(services, settings, options.environment);
    console->m_window = std::make_unique<MainWindow>(services, console->m_identity.get(), settings);
    return console;
}

DesktopConsole::~DesktopConsole() = default;

void DesktopConsole::show()
{
    m_identity->refresh();
    m_window->show();
}
