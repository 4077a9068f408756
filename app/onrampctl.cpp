// onrampctl: the command-line console (see shared cli-contract.md).
#include "clicommands.h"
#include "clihelp.h"

#include "aws/processhardening.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

#include <unistd.h>

namespace {
/// `onrampctl [COMMAND [SUBCOMMAND]] --help`: the overview, or the command's own help; exit 2 for an unknown one.
int printHelp(const QStringList &words)
{
    const QList<CliCommandHelp> commands = CliHelp::commands();
    QString name = words.value(0);
    if (name == QLatin1StringView("org") && words.size() > 1)
        name += QLatin1Char(' ') + words.at(1);
    QString text;
    if (words.isEmpty())
        text = CliHelp::overview();
    else if (name == QLatin1StringView("org"))
        text = CliHelp::orgOverview();
    else if (const CliCommandHelp *command = CliHelp::find(commands, name))
        text = CliHelp::commandHelp(*command);
    else {
        QTextStream(stderr) << "onrampctl: "
                            << QCoreApplication::translate("CliHelp",
                                   "no help for \"%1\": unknown command; see "
                                   "\"onrampctl --help\"")
                                   .arg(name.left(64))
                            << '\n';
        return 2;
    }
    QTextStream(stdout) << text;
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    // Before anything can hold a secret (the environment's keys, stdin, the keychain): no core dump, no ptrace.
    disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("onramp"));
    QCoreApplication::setOrganizationName(QStringLiteral("Onramp"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONRAMP_VERSION));

    CliGlobals globals;
    globals.db = qEnvironmentVariable("ONRAMP_DB");
    globals.region = qEnvironmentVariable("AWS_REGION");
    // Scripts read stdout and stderr: only warnings unless the user asks for more (QT_LOGGING_RULES).
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("onramp.*.info=false\nonramp.*.debug=false"));

    // Global options may stand anywhere; what remains is the command and its own arguments.
    QStringList rest;
    bool help = false;
    const QStringList argList = app.arguments().mid(1);
    for (qsizetype i = 0; i < argList.size(); ++i) {
        const QString &a = argList.at(i);
        auto takeValue = [&](QString *target) {
            if (i + 1 >= argList.size()) {
                QTextStream(stderr) << "onrampctl: " << a << " needs a value\n";
                std::exit(2);
            }
            *target = argList.at(++i);
        };
        if (a == QLatin1StringView("--db")) {
            takeValue(&globals.db);
            globals.dbGiven = true;
        } else if (a == QLatin1StringView("--user")) {
            takeValue(&globals.user);
            globals.userGiven = true;
        } else if (a == QLatin1StringView("--region"))
            takeValue(&globals.region);
        else if (a == QLatin1StringView("--json"))
            globals.json = true;
        else if (a == QLatin1StringView("--help") || a == QLatin1StringView("-h"))
            help = true;
        else if (a == QLatin1StringView("--version")) {
            QTextStream(stdout) << "onrampctl " << ONRAMP_VERSION << '\n';
            return 0;
        } else
            rest.append(a);
    }
    if (help)
        return printHelp(rest);
    const QString command = rest.isEmpty() ? QString() : rest.takeFirst();
    CliCommands cli(globals);
    cli.run(command, rest);
    const int code = app.exec();
#ifdef ONRAMP_SANITIZED_BUILD
    return code; // torn down entirely, so that LeakSanitizer sees every allocation released
#else
    // The command's output is written. What keeps state is closed properly (the registry's last checkpoint, the
    // team database's connection, the keychain); Qt's network stack and the rest of the process are left to the
    // operating system, which drops them faster than Qt's destructors would (ConsoleSession::closeForExit()).
    cli.closeForExit();
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(code);
#endif
}
