// onramp: the desktop console's entry point — parses options, opens the console (DesktopConsole), shows the window.
#include "aws/processhardening.h"
#include "models/awsclients.h"
#include "models/errortext.h"
#include "models/offthread.h"
#include "models/registry.h"
#include "models/secretstore.h"
#include "ui/appsettings.h"
#include "ui/desktopconsole.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QProgressDialog>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>
#include <QUrl>

#include <unistd.h>

#include <memory>

namespace {
/// Loads Onramp's and Qt's translations for \a language ("" = the system locale). The .qm files are looked for
/// in the resources (":/i18n"), next to the executable and in the build's translations folder.
void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    auto *qt = new QTranslator(&app);
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    const QString appDir = QApplication::applicationDirPath();
    const QStringList dirs = { QStringLiteral(":/i18n"), appDir, appDir + QStringLiteral("/../translations"),
        appDir + QStringLiteral("/../share/onramp/translations") };
    for (const QString &dir : dirs) {
        auto *onramp = new QTranslator(&app);
        if (onramp->load(locale, QStringLiteral("onramp"), QStringLiteral("_"), dir)) {
            QApplication::installTranslator(onramp);
            return;
        }
        delete onramp;
    }
}

int fail(const QString &title, const AwsError &error, const QString &advice, bool interactive)
{
    const ErrorText text = ErrorText::describe(error);
    QString detail = text.message;
    if (!text.hint.isEmpty() && !detail.contains(text.hint))
        detail += QStringLiteral("\n\n") + text.hint;
    if (!advice.isEmpty())
        detail += QStringLiteral("\n\n") + advice;
    QTextStream(stderr) << "onramp: " << title << ": " << text.message << '\n';
    if (interactive) {
        QMessageBox box(QMessageBox::Critical, QObject::tr("Onramp"), title, QMessageBox::Close);
        box.setWindowIcon(Theme::appIcon());
        box.setInformativeText(detail);
        box.exec();
    }
    return text.exitCode == 0 ? 1 : text.exitCode;
}
} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer launch;
    launch.start();
    // Before anything can hold a secret (the environment's keys, the keychain, a typed key): no core dump, no ptrace.
    disableCoreDumps();

    // --help and --version print and exit: they must work on a machine without a display too.
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if ((arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v")
            && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    DesktopConsole::setUpProcess();
    QApplication app(argc, argv);
    DesktopConsole::setUpApplication();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Onramp desktop console: connect AWS accounts and browse their EC2 instances."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QCoreApplication::translate("main",
            "Registry: a SQLite file or postgresql://ROLE@HOST/DB (default: ONRAMP_DB, else the app data "
            "folder). No password here: other users can read the command line; use PGPASSFILE or ~/.pgpass, "
            "PGPASSWORD, or the whole URL in ONRAMP_DB."),
        QStringLiteral("PATH|URL"), qEnvironmentVariable("ONRAMP_DB"));
    const QCommandLineOption userOption(QStringLiteral("user"),
        QCoreApplication::translate("main", "Console user (SQLite only; default: ONRAMP_USER, else the login name)."),
        QStringLiteral("NAME"));
    const QCommandLineOption regionOption(QStringLiteral("region"),
        QCoreApplication::translate("main", "Home region (overrides the settings)."), QStringLiteral("REGION"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"),
        QCoreApplication::translate("main", "Quit after MS milliseconds (for smoke tests)."), QStringLiteral("MS"));
    const QCommandLineOption resume(QStringLiteral("resume"),
        QCoreApplication::translate("main", "Open the wizard on pending onboarding ID."), QStringLiteral("ID"));
    const QCommandLineOption appearance(QStringLiteral("appearance"),
        QCoreApplication::translate("main", "light, dark or system (overrides the settings for this run)."),
        QStringLiteral("MODE"));
    const QCommandLineOption noRefresh(QStringLiteral("no-refresh"),
        QCoreApplication::translate("main", "Do not start discovering the accounts at start-up."));
    const QCommandLineOption timing(QStringLiteral("print-startup-time"),
        QCoreApplication::translate("main", "Print the milliseconds from main() to the first window's show event."));
    for (const QCommandLineOption &o :
        { dbOption, userOption, regionOption, quitAfter, resume, appearance, noRefresh, timing })
        parser.addOption(o);
    parser.process(app);

    const bool interactive = !parser.isSet(quitAfter);

    auto settings = std::make_unique<AppSettings>();
    installTranslations(app, settings->language());
    const AppSettings::Appearance look = parser.isSet(appearance)
        ? DesktopConsole::appearanceFromName(parser.value(appearance))
        : settings->appearance();
    if (look != AppSettings::Appearance::System)
        Theme::applyAppearance(look);

    // AWS settings that would weaken the connection to AWS are refused before anything is opened or sent.
    if (const AwsError refused = AwsClients::checkEnvironment(QProcessEnvironment::systemEnvironment());
        refused.isError())
        return fail(
            QCoreApplication::translate("main", "Onramp cannot use these AWS settings"), refused, {}, interactive);

    const QString db = parser.value(dbOption);
    const bool team = Registry::isTeamModeUrl(db);
    // isSet() is true only for --db on the command line, not for its ONRAMP_DB default.
    if (parser.isSet(dbOption)) {
        if (const AwsError refused = Registry::commandLineUrlError(db); refused.isError())
            return fail(QCoreApplication::translate("main", "The database password is on the command line"), refused,
                {}, interactive);
    }
    if (team && parser.isSet(userOption)) {
        return fail(QCoreApplication::translate("main", "--user is refused in team mode"),
            AwsError::make(AwsError::Kind::InvalidInput,
                QCoreApplication::translate(
                    "main", "In team mode the console user is the PostgreSQL role you log in as.")),
            {}, interactive);
    }
    // The composition (DesktopConsole): the session's services, then the windows over them.
    std::unique_ptr<DesktopConsole> console;
    int exitCode = 0;

    auto startConsole = [&]() -> bool {
        DesktopConsole::Options options;
        options.db = db;
        options.user = parser.isSet(userOption) ? parser.value(userOption) : QString();
        options.region = parser.isSet(regionOption) ? parser.value(regionOption) : QString();
        Result<std::unique_ptr<DesktopConsole>> opened = DesktopConsole::open(options, settings.get());
        if (!opened) {
            exitCode
                = fail(QCoreApplication::translate("main", "The account registry could not be opened"), opened.error(),
                    QCoreApplication::translate("main",
                        "Registry: %1. Check --db / ONRAMP_DB, the file's permissions, and that no newer "
                        "Onramp wrote it.")
                        .arg(db.isEmpty() ? QDir::toNativeSeparators(Registry::defaultSqlitePath())
                                          : QUrl(db).toDisplayString(QUrl::RemovePassword)),
                    interactive);
            return false;
        }
        console = std::move(opened).value();
        MainWindow *window = console->window();
        QObject::connect(window, &MainWindow::firstShown, &app, [&launch, &parser, &timing] {
            const qint64 ms = launch.elapsed();
            if (parser.isSet(timing) || qEnvironmentVariableIsSet("ONRAMP_STARTUP_TIMING"))
                QTextStream(stderr) << "onramp: first window shown " << ms << " ms after start ("
                                    << QGuiApplication::platformName() << ")\n";
        });
        console->show();

        if (parser.isSet(resume))
            window->resumeOnboarding(parser.value(resume));
        if (!parser.isSet(noRefresh) && !parser.isSet(quitAfter) && settings->refreshIntervalSecs() > 0)
            window->discoverAllInBackground();
        if (interactive) {
            // Access-key accounts depend on the keychain: say so at once if it is not there.
            console->session()->secrets()->probe(window, [w = window](Result<void> keychain) {
                if (keychain)
                    return;
                const ErrorText text = ErrorText::describe(keychain.error());
                auto *box = new QMessageBox(QMessageBox::Warning, QObject::tr("Onramp"),
                    QObject::tr("The system keychain is not available"), QMessageBox::Ok, w);
                box->setInformativeText(text.message + QStringLiteral("\n\n") + text.hint + QStringLiteral("\n\n")
                    + QObject::tr("Accounts connected with access keys cannot be connected or "
                                  "refreshed until it is. CloudFormation accounts are not affected."));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            });
        }
        return true;
    };

    if (parser.isSet(quitAfter))
        QTimer::singleShot(parser.value(quitAfter).toInt(), &app, &QCoreApplication::quit);

    if (!team) {
        // A local SQLite file opens in milliseconds.
        if (!startConsole())
            return exitCode;
    } else {
        // A server may be slow or away: try it on a worker connection first, so the UI never waits on the network.
        auto *waiting = new QProgressDialog(
            QCoreApplication::translate("main", "Connecting to the team database at %1…").arg(QUrl(db).host()),
            QCoreApplication::translate("main", "Quit"), 0, 0);
        waiting->setWindowTitle(QCoreApplication::translate("main", "Onramp"));
        waiting->setMinimumDuration(300);
        QObject::connect(waiting, &QProgressDialog::canceled, &app, [] { QCoreApplication::exit(1); });
        std::function<AwsError()> probe = [db] {
            Result<std::unique_ptr<Registry>> opened = Registry::open(db, QString());
            return opened ? AwsError() : opened.error();
        };
        runOffThread<AwsError>(waiting, std::move(probe), [&, waiting](AwsError error) {
            waiting->hide();
            waiting->deleteLater();
            if (error.isError()) {
                QCoreApplication::exit(
                    fail(QCoreApplication::translate("main", "The team database could not be opened"), error,
                        QCoreApplication::translate("main",
                            "Check the postgresql:// URL, the server, and your role's password (PGPASSFILE, ~/.pgpass "
                            "or PGPASSWORD)."),
                        interactive));
                return;
            }
            if (!startConsole())
                QCoreApplication::exit(exitCode);
        });
    }
    const int rc = app.exec();
    // Windows first, then the services they use (DesktopConsole ends them in that order).
    console.reset();
    return rc;
}
