// DesktopConsole: opens the session and builds the windows over it.
#include "ui/desktopconsole.h"

#include "ui/consoleidentity.h"
#include "ui/consoleservices.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"

#include <QApplication>

#ifdef __GLIBC__
#include <malloc.h>
#endif

void DesktopConsole::setUpProcess()
{
#ifdef __GLIBC__
    // One malloc arena for every thread. The instance browser reads the stored rows on a worker thread and the GUI
    // thread frees them as its model applies them; with glibc's arena per thread, that freed memory stays in the
    // worker's arena, which the GUI thread's allocations (the model's rows) never reuse, so 100,000 instances peaked
    // with the read rows and the whole model resident together (317 MB; one arena: 285 MB, bench/parts/memory.py).
    // Before QApplication and any worker thread exist (xcb's event thread included), so that none gets an arena of
    // its own. The threads here allocate little at a time (page merges, replies); loading 100,000 rows took no longer
    // with one arena than with one per thread.
    mallopt(M_ARENA_MAX, 1);
#endif
}

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
