// onramp-screenshots: shows one scene of the desktop console, saves it as a PNG and quits (scripts/screenshots.sh).
#include "app/screenshots/screenshotdriver.h"
#include "aws/processhardening.h"
#include "models/awsclients.h"
#include "models/errortext.h"
#include "ui/appsettings.h"
#include "ui/desktopconsole.h"
#include "ui/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QProcessEnvironment>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace {
int fail(const QString &what, const AwsError &error)
{
    const ErrorText text = ErrorText::describe(error);
    QTextStream(stderr) << "onramp-screenshots: " << what << ": " << text.message << '\n';
    return text.exitCode == 0 ? 1 : text.exitCode;
}
} // namespace

int main(int argc, char **argv)
{
    // It holds what the app holds (the environment's keys, the keychain's): the same hardening.
    disableCoreDumps();
    DesktopConsole::setUpProcess();
    QApplication app(argc, argv);
    // The app's names: the same settings and the same default registry file as `onramp`.
    DesktopConsole::setUpApplication();

    // A developer tool: its help is not translated.
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Developer tool: builds Onramp's main window as `onramp` does, drives it into one scene and saves that as "
        "a PNG (scripts/screenshots.sh)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The PNG to write."));
    const QCommandLineOption scene(QStringLiteral("scene"),
        QStringLiteral("What to show: %1.").arg(ScreenshotDriver::sceneNames().join(QStringLiteral(", "))),
        QStringLiteral("NAME"), QStringLiteral("main"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QStringLiteral("Registry: a SQLite file or postgresql://ROLE@HOST/DB (default: ONRAMP_DB, else the app "
                       "data folder)."),
        QStringLiteral("PATH|URL"), qEnvironmentVariable("ONRAMP_DB"));
    const QCommandLineOption userOption(
        QStringLiteral("user"), QStringLiteral("Console user (SQLite only)."), QStringLiteral("NAME"));
    const QCommandLineOption regionOption(
        QStringLiteral("region"), QStringLiteral("Home region (overrides the settings)."), QStringLiteral("REGION"));
    const QCommandLineOption resume(QStringLiteral("resume"),
        QStringLiteral("The pending onboarding ID the wizard scenes open."), QStringLiteral("ID"));
    const QCommandLineOption roleArn(QStringLiteral("role-arn"),
        QStringLiteral("Role ARN the wizard-progress and wizard-error scenes verify."), QStringLiteral("ARN"));
    const QCommandLineOption targets(QStringLiteral("org-targets"),
        QStringLiteral("Root or OU ids the organization wizard scenes type in Target OUs."), QStringLiteral("IDS"));
    const QCommandLineOption appearance(QStringLiteral("appearance"),
        QStringLiteral("light, dark or system (overrides the settings)."), QStringLiteral("MODE"));
    const QCommandLineOption timeout(QStringLiteral("timeout-ms"),
        QStringLiteral("The longest a scene waits for its content before grabbing anyway."), QStringLiteral("MS"),
        QStringLiteral("60000"));
    for (const QCommandLineOption &o :
        { scene, dbOption, userOption, regionOption, resume, roleArn, targets, appearance, timeout })
        parser.addOption(o);
    parser.process(app);

    if (parser.positionalArguments().size() != 1) {
        QTextStream(stderr) << "onramp-screenshots: give one FILE to write (--help)\n";
        return 2;
    }
    ScreenshotDriver::Scene sceneValue = ScreenshotDriver::Scene::Main;
    if (!ScreenshotDriver::parseScene(parser.value(scene), &sceneValue)) {
        QTextStream(stderr) << "onramp-screenshots: unknown scene \"" << parser.value(scene) << "\"; one of "
                            << ScreenshotDriver::sceneNames().join(QStringLiteral(", ")) << '\n';
        return 2;
    }

    AppSettings settings;
    const AppSettings::Appearance look = parser.isSet(appearance)
        ? DesktopConsole::appearanceFromName(parser.value(appearance))
        : settings.appearance();
    if (look != AppSettings::Appearance::System)
        Theme::applyAppearance(look);

    if (const AwsError refused = AwsClients::checkEnvironment(QProcessEnvironment::systemEnvironment());
        refused.isError())
        return fail(QStringLiteral("refused AWS settings"), refused);

    DesktopConsole::Options options;
    options.db = parser.value(dbOption);
    options.user = parser.value(userOption);
    options.region = parser.value(regionOption);
    Result<std::unique_ptr<DesktopConsole>> opened = DesktopConsole::open(options, &settings);
    if (!opened)
        return fail(QStringLiteral("the account registry could not be opened"), opened.error());
    const std::unique_ptr<DesktopConsole> console = std::move(opened).value();
    console->show();

    // Declared after the console, so destroyed before its windows.
    ScreenshotDriver driver(console->window(), sceneValue, parser.positionalArguments().constFirst());
    driver.setResumeId(parser.value(resume));
    driver.setRoleArn(parser.value(roleArn));
    driver.setTargets(parser.value(targets));
    driver.setTimeoutMs(parser.value(timeout).toInt());
    QObject::connect(&driver, &ScreenshotDriver::done, &app, [](bool saved) { QCoreApplication::exit(saved ? 0 : 1); });
    QTimer::singleShot(0, &driver, &ScreenshotDriver::start);
    return app.exec();
}
