// onrampctlrun: runs the onrampctl under test as a process and keeps what it did, for the CLI and reliability suites.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

/// One finished onrampctl process.
struct CliRun
{
    QStringList args;
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    /// The whole run, for failure messages.
    QString describe(const QString &why) const;
    QString stderrText() const { return QString::fromUtf8(err); }
    /// stdout parsed as one JSON object (empty when it is not one).
    QJsonObject json() const;
    /// The lines of stderr that carry onrampctl's error ("onrampctl: <message>"), without the prefix; warnings
    /// ("onrampctl: warning: …", such as the endpoint override the suites themselves set) are not errors.
    QStringList errorLines() const;
    /// The "onrampctl: warning: …" lines of stderr, without the prefix.
    QStringList warningLines() const;
};

/// Runs ONRAMPCTL_PATH with \a args in \a env, \a input on its stdin (then closed), killed after \a timeoutMs.
CliRun runOnrampctl(
    const QProcessEnvironment &env, const QStringList &args, const QByteArray &input = {}, int timeoutMs = 90000);

/// Runs ONRAMPCTL_PATH like runOnrampctl() but with its stderr on a pseudo-terminal (tests/cli/ptystderr.py), as in
/// an interactive shell; stdout stays a pipe. err holds what the terminal received (its line discipline turns "\n"
/// into "\r\n").
CliRun runOnrampctlOnTerminal(const QProcessEnvironment &env, const QStringList &args, int timeoutMs = 90000);
