// onrampctl: the command-line console (see shared cli-contract.md).
#include "clicommands.h"

#include "aws/processhardening.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <unistd.h>

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
        else if (a == QLatin1StringView("--help") || a == QLatin1StringView("-h")) {
            QTextStream(stdout)
                << "usage: onrampctl [--db PATH|postgresql://ROLE@HOST/DB] [--user NAME] [--region REGION] "
                   "[--json] COMMAND [ARGS]\n"
                   "commands: create, template, verify, connect-keys, accounts, discover, instances, "
                   "disconnect, users, doctor\n"
                << QCoreApplication::translate("onrampctl",
                       "team mode: never put the password in --db (other users can read the command "
                       "line); use PGPASSFILE or ~/.pgpass, PGPASSWORD, or the whole URL in ONRAMP_DB.")
                << '\n';
            return 0;
        } else if (a == QLatin1StringView("--version")) {
            QTextStream(stdout) << "onrampctl " << ONRAMP_VERSION << '\n';
            return 0;
        } else
            rest.append(a);
    }
    const QString command = rest.isEmpty() ? QString() : rest.takeFirst();
    CliCommands cli(globals);
    cli.run(command, rest);
    return app.exec();
}
