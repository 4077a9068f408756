// CliHelp: onrampctl's command table, its help texts and the parsers built from it.
#include "clihelp.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

CliOption option(const QString &name, const QString &valueName, const QString &description,
    const QString &defaultValue = {}, bool repeatable = false)
{
    return CliOption { name, valueName, description, defaultValue, repeatable };
}

CliOption required(const QString &name, const QString &valueName, const QString &description)
{
    CliOption o = option(name, valueName, description);
    o.required = true;
    return o;
}

CliOption flag(const QString &name, const QString &description)
{
    return CliOption { name, {}, description, {}, false };
}

QList<CliOption> templateOptions()
{
    return { option(QStringLiteral("format"), QStringLiteral("json|yaml|terraform"),
                 QCoreApplication::translate("CliHelp",
                     "Template format (default json): CloudFormation JSON or YAML, or "
                     "a Terraform (HCL) module."),
                 QStringLiteral("json")),
        option(QStringLiteral("trusted-account"), QStringLiteral("ACCOUNT_ID"),
            QCoreApplication::translate("CliHelp",
                "The console's AWS account the role trusts (default: the console identity's account, from "
                "STS GetCallerIdentity).")),
        option(QStringLiteral("role-name"), QStringLiteral("NAME"),
            QCoreApplication::translate("CliHelp", "Name of the IAM role the template creates.")) };
}

CliOption noWait()
{
    return flag(QStringLiteral("no-wait"), QCoreApplication::translate("CliHelp", "Do not wait for discovery."));
}

CliOption waitForRole()
{
    return option(QStringLiteral("wait-for-role"), QStringLiteral("SECONDS"),
        QCoreApplication::translate("CliHelp",
            "Keep retrying AccessDenied/NoSuchEntity for up to SECONDS (0-3600; a stack still being created, "
            "IAM propagation). Default 0."),
        QStringLiteral("0"));
}

QString optionSyntax(const CliOption &o)
{
    QString s = QStringLiteral("--") + o.name;
    if (!o.valueName.isEmpty())
        s += QLatin1Char(' ') + o.valueName;
    return s;
}

/// \a text in lines of at most \a width characters (broken at spaces), each after \a indent spaces but the first.
QString wrapped(const QString &text, qsizetype indent, qsizetype width = 110)
{
    QString out;
    qsizetype column = indent;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (column > indent && column + 1 + word.size() > width) {
            out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
        } else if (column > indent) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += word;
        column += word.size();
    }
    return out;
}

/// "  --role-arn ARN  text", the text wrapped under a fixed column.
QString optionLines(const QList<CliOption> &options)
{
    QString out;
    for (const CliOption &o : options) {
        QString head = QStringLiteral("  ") + optionSyntax(o);
        if (o.name == QLatin1StringView("help"))
            head = QStringLiteral("  -h, --help");
        QString text = o.description;
        if (o.repeatable)
            text += QLatin1Char(' ') + QCoreApplication::translate("CliHelp", "Repeatable.");
        if (head.size() < 30)
            out += head.leftJustified(30) + wrapped(text, 30) + QLatin1Char('\n');
        else
            out += head + QLatin1Char('\n') + QString(30, QLatin1Char(' ')) + wrapped(text, 30) + QLatin1Char('\n');
    }
    return out;
}

QString usageLine(const CliCommandHelp &c)
{
    QString line = QStringLiteral("Usage: onrampctl [GLOBAL OPTIONS] ") + c.name;
    if (!c.arguments.isEmpty())
        line += QLatin1Char(' ') + c.arguments;
    for (const CliOption &o : c.options) {
        const QString syntax = optionSyntax(o) + (o.repeatable ? QStringLiteral("...") : QString());
        line += o.required ? QString(QLatin1Char(' ') + syntax)
                           : QString(QStringLiteral(" [") + syntax + QLatin1Char(']'));
    }
    return line;
}
} // namespace

QList<CliOption> CliHelp::globalOptions()
{
    return {
        option(QStringLiteral("db"), QStringLiteral("PATH|postgresql://ROLE@HOST/DB"),
            QCoreApplication::translate("CliHelp",
                "Account registry: a SQLite file, or a PostgreSQL URL (team mode; never with a password in it). "
                "Environment: ONRAMP_DB. Default: a SQLite file in the user's data directory.")),
        option(QStringLiteral("user"), QStringLiteral("NAME"),
            QCoreApplication::translate("CliHelp",
                "Console user acting (default: ONRAMP_USER or the login name). Refused in team mode, where the "
                "database role is the user.")),
        option(QStringLiteral("region"), QStringLiteral("REGION"),
            QCoreApplication::translate(
                "CliHelp", "Home region for STS and the default for discovery (default: AWS_REGION, else us-east-1).")),
        flag(QStringLiteral("json"),
            QCoreApplication::translate(
                "CliHelp", "Machine-readable output: one JSON document on stdout (JSON Lines for instances).")),
        flag(QStringLiteral("help"),
            QCoreApplication::translate("CliHelp", "This help, or with a command that command's help.")),
        flag(QStringLiteral("version"), QCoreApplication::translate("CliHelp", "Print the version and exit.")),
    };
}

QList<CliCommandHelp> CliHelp::commands()
{
    const QString id = QStringLiteral("ID");
    return {
        { QStringLiteral("create"), {},
            QCoreApplication::translate("CliHelp", "Start a CloudFormation onboarding (a pending record)."),
            QCoreApplication::translate("CliHelp",
                "Creates a pending onboarding record with a fresh External ID.\n"
                "--json prints {\"id\", \"external_id\", \"status\": \"pending\"}."),
            { option(QStringLiteral("name"), QStringLiteral("NAME"),
                QCoreApplication::translate("CliHelp", "Friendly name.")) } },
        { QStringLiteral("template"), id,
            QCoreApplication::translate("CliHelp", "Print the CloudFormation template for a record."),
            QCoreApplication::translate("CliHelp",
                "Prints the CloudFormation template of record ID: the read-only discovery role, trusting the "
                "console's account on condition of the record's External ID, and its RoleArn output."),
            templateOptions() },
        { QStringLiteral("verify"), id,
            QCoreApplication::translate("CliHelp", "Verify the customer's role, then discover."),
            QCoreApplication::translate("CliHelp",
                "Assumes the role with the record's External ID, proves the role requires it, checks permissions "
                "and ownership, stores the record, then discovers (progress on stderr when it is a terminal). A bare "
                "12-digit account id means the role the record's template creates there.\n"
                "--json prints {\"id\", \"status\", \"aws_account_id\", \"instance_count\", \"message\", "
                "\"error\"?}."),
            { required(QStringLiteral("role-arn"), QStringLiteral("ARN|ACCOUNT_ID"),
                  QCoreApplication::translate("CliHelp", "The customer's role (required).")),
                noWait(), waitForRole() } },
        { QStringLiteral("connect-keys"), {},
            QCoreApplication::translate("CliHelp", "Connect with access keys read from stdin."),
            QCoreApplication::translate("CliHelp",
                "Reads the access key id and the secret access key from stdin, one per line (never from "
                "arguments), validates them, keeps the secret in the OS keychain only, then discovers. Same "
                "result as verify."),
            { option(QStringLiteral("name"), QStringLiteral("NAME"),
                  QCoreApplication::translate("CliHelp", "Friendly name.")),
                noWait() } },
        { QStringLiteral("accounts"), {}, QCoreApplication::translate("CliHelp", "List your account records."),
            QCoreApplication::translate("CliHelp",
                "Lists the console user's records: id, AWS account (or organization), method, status, instance "
                "count, last error.\n--json prints an array of objects."),
            {} },
        { QStringLiteral("discover"), id, QCoreApplication::translate("CliHelp", "Discover a record's resources now."),
            QCoreApplication::translate("CliHelp",
                "Runs discovery of record ID now and waits for it (progress on stderr when it is a terminal). Same "
                "result as verify."),
            {} },
        { QStringLiteral("instances"), id, QCoreApplication::translate("CliHelp", "List a record's resources."),
            QCoreApplication::translate("CliHelp",
                "Lists what discovery stored for record ID, one line each.\n--json prints JSON Lines, one object "
                "per instance or database."),
            { option(QStringLiteral("kind"), QStringLiteral("ec2|rds"),
                QCoreApplication::translate("CliHelp", "List only EC2 instances or only RDS databases.")) } },
        { QStringLiteral("disconnect"), id, QCoreApplication::translate("CliHelp", "Disconnect a record."),
            QCoreApplication::translate("CliHelp",
                "Marks record ID disconnected and deletes its secrets from the keychain; an organization takes "
                "every member record it made with it."),
            {} },
        { QStringLiteral("users"), QStringLiteral("[set-plan NAME trial|standard]"),
            QCoreApplication::translate("CliHelp", "List console users, or set one's plan."),
            QCoreApplication::translate(
                "CliHelp", "Lists the console users with their plan; set-plan changes one (trial: one live account)."),
            {} },
        { QStringLiteral("doctor"), {}, QCoreApplication::translate("CliHelp", "Preflight checks."),
            QCoreApplication::translate("CliHelp",
                "One line per check with ok/FAIL and a hint: keychain, database, console identity, endpoints, "
                "clock skew. Exit 0 only if all pass.\n--json prints {\"checks\": [{\"name\", \"ok\", "
                "\"detail\"}]}."),
            {} },
        { QStringLiteral("org create"), {},
            QCoreApplication::translate("CliHelp", "Start onboarding a whole AWS Organization."),
            QCoreApplication::translate("CliHelp",
                "Creates a pending organization record with a fresh External ID.\n--json prints {\"id\", "
                "\"external_id\", \"status\": \"pending\", \"kind\": \"organization\"}."),
            { option(QStringLiteral("name"), QStringLiteral("NAME"),
                QCoreApplication::translate("CliHelp", "Friendly name.")) } },
        { QStringLiteral("org template"), id,
            QCoreApplication::translate("CliHelp", "Print the management account's template with its StackSet."),
            QCoreApplication::translate("CliHelp",
                "Prints one CloudFormation template for the management account: the discovery role there and a "
                "service-managed StackSet that creates the same role in every member account."),
            templateOptions()
                + QList<CliOption> { option(QStringLiteral("ou"), QStringLiteral("ROOT_OR_OU_ID"),
                    QCoreApplication::translate(
                        "CliHelp", "Root or OU the StackSet targets (default: the organization's root)."),
                    {}, true) } },
        { QStringLiteral("org verify"), id,
            QCoreApplication::translate("CliHelp", "Verify the management role, connect every member."),
            QCoreApplication::translate("CliHelp",
                "Assumes the management account's role, lists the organization's accounts and connects and "
                "discovers every ACTIVE member less the exclusions (progress on stderr when it is a terminal).\n"
                "--json prints {\"id\", \"kind\", \"status\", \"organization_id\", \"management_account_id\", "
                "\"accounts\": [...], \"instance_count\"}."),
            { required(QStringLiteral("role-arn"), QStringLiteral("ARN|ACCOUNT_ID"),
                  QCoreApplication::translate("CliHelp", "The management account's role (required).")),
                waitForRole(), noWait(),
                option(QStringLiteral("exclude-account"), QStringLiteral("ACCOUNT_ID"),
                    QCoreApplication::translate("CliHelp", "An account never connected."), {}, true),
                option(QStringLiteral("exclude-ou"), QStringLiteral("OU_ID"),
                    QCoreApplication::translate(
                        "CliHelp", "An OU whose accounts (nested OUs too) are never connected."),
                    {}, true) } },
        { QStringLiteral("org sync"), id,
            QCoreApplication::translate("CliHelp", "List the organization's accounts again and reconcile."),
            QCoreApplication::translate("CliHelp",
                "New ACTIVE accounts are connected and discovered, accounts that left or closed are disconnected, "
                "pending members are retried (progress on stderr when it is a terminal). Same result as org "
                "verify."),
            { noWait() } },
    };
}

const CliCommandHelp *CliHelp::find(const QList<CliCommandHelp> &commands, const QString &name)
{
    for (const CliCommandHelp &c : commands) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QString CliHelp::overview()
{
    QString out = QStringLiteral("Usage: onrampctl [GLOBAL OPTIONS] COMMAND [ARGS]\n")
        + wrapped(QCoreApplication::translate("CliHelp",
                      "Onramp's command-line console: connect AWS accounts (a CloudFormation role with an External "
                      "ID, or access keys kept in the OS keychain) and discover their resources."),
            0)
        + QStringLiteral("\n\n") + QCoreApplication::translate("CliHelp", "Global options (anywhere on the line):")
        + QLatin1Char('\n') + optionLines(globalOptions()) + QLatin1Char('\n')
        + QCoreApplication::translate("CliHelp", "Commands:") + QLatin1Char('\n');
    for (const CliCommandHelp &c : commands())
        out += QStringLiteral("  ") + c.name.leftJustified(16) + c.summary + QLatin1Char('\n');
    out += QLatin1Char('\n')
        + QCoreApplication::translate(
            "CliHelp", "Run \"onrampctl COMMAND --help\" for a command's arguments and options.")
        + QLatin1Char('\n')
        + wrapped(QCoreApplication::translate("onrampctl",
                      "team mode: never put the password in --db (other users can read the command line); use "
                      "PGPASSFILE or ~/.pgpass, PGPASSWORD, or the whole URL in ONRAMP_DB."),
            0)
        + QStringLiteral("\n\n") + QCoreApplication::translate("CliHelp", "Exit status:") + QLatin1Char('\n')
        + QCoreApplication::translate("CliHelp",
            "  0  success\n"
            "  2  usage or invalid input\n"
            "  3  AWS rejected the credentials or the role\n"
            "  4  the AWS account is connected to another user\n"
            "  5  plan limit reached\n"
            "  6  missing permissions\n"
            "  7  discovery failed\n"
            "  8  network or endpoint unreachable\n"
            "  9  keychain unavailable\n");
    return out;
}

QString CliHelp::orgOverview()
{
    QString out = QStringLiteral("Usage: onrampctl [GLOBAL OPTIONS] org create|template|verify|sync [ARGS]\n")
        + QCoreApplication::translate("CliHelp", "A whole AWS Organization in one onboarding.") + QStringLiteral("\n\n")
        + QCoreApplication::translate("CliHelp", "Commands:") + QLatin1Char('\n');
    for (const CliCommandHelp &c : commands()) {
        if (c.name.startsWith(QLatin1StringView("org ")))
            out += QStringLiteral("  ") + c.name.leftJustified(16) + c.summary + QLatin1Char('\n');
    }
    return out;
}

QString CliHelp::commandHelp(const CliCommandHelp &command)
{
    QString out = wrapped(usageLine(command), 8) + QLatin1Char('\n');
    for (const QString &line : command.description.split(QLatin1Char('\n')))
        out += wrapped(line, 0) + QLatin1Char('\n');
    if (!command.options.isEmpty())
        out += QLatin1Char('\n') + QCoreApplication::translate("CliHelp", "Options:") + QLatin1Char('\n')
            + optionLines(command.options);
    out += QLatin1Char('\n') + QCoreApplication::translate("CliHelp", "Global options: see \"onrampctl --help\".")
        + QLatin1Char('\n');
    return out;
}

void CliHelp::addOptions(QCommandLineParser &parser, const QString &command)
{
    const QList<CliCommandHelp> all = commands();
    const CliCommandHelp *c = find(all, command);
    Q_ASSERT(c);
    if (!c)
        return;
    for (const CliOption &o : c->options) {
        if (o.valueName.isEmpty())
            parser.addOption(QCommandLineOption(o.name, o.description));
        else
            parser.addOption(QCommandLineOption(o.name, o.description, o.valueName, o.defaultValue));
    }
}
