// CliHelp: onrampctl's commands and options in one table, for `--help`, the parsers and the man page.
#pragma once

#include <QList>
#include <QString>

class QCommandLineParser;

/// One option of a command or of onrampctl itself.
struct CliOption
{
    QString name; ///< without the dashes: "role-arn"
    QString valueName; ///< empty for a flag
    QString description;
    QString defaultValue;
    bool repeatable = false;
    bool required = false; ///< shown without brackets in the usage line
};

/// One command ("verify") or org subcommand ("org verify").
struct CliCommandHelp
{
    QString name;
    QString arguments; ///< what follows the name and is not an option: "ID", "[set-plan NAME trial|standard]"
    QString summary; ///< one line, for the overview
    QString description; ///< what it does and prints, for its own help
    QList<CliOption> options;
};

/// The one place that says which options each command takes: the commands' parsers are built from it
/// (addOptions()), so an option cannot be parsed without being in the help.
namespace CliHelp {
/// Every command, in the order of cli-contract.md; "org" subcommands are named "org create" etc.
QList<CliCommandHelp> commands();
/// The options every command takes (--db, --user, --region, --json, --help, --version).
QList<CliOption> globalOptions();
/// The command called \a name ("org verify"); nullptr when there is none.
const CliCommandHelp *find(const QList<CliCommandHelp> &commands, const QString &name);
/// `onrampctl --help`: usage, global options, the commands with their summaries, exit codes.
QString overview();
/// `onrampctl COMMAND --help`: usage line with every option, the description, each option explained.
QString commandHelp(const CliCommandHelp &command);
/// `onrampctl org --help`: the org subcommands.
QString orgOverview();
/// Adds \a command's options to \a parser (the command's own parsing).
void addOptions(QCommandLineParser &parser, const QString &command);
} // namespace CliHelp
