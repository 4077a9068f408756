// onrampctlrun: one onrampctl process, its exit, output and timing.
#include "onrampctlrun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

QString CliRun::describe(const QString &why) const
{
    return u"%1\n  onrampctl %2\n  exit %3%4%5 after %6 ms\n  stdout: %7\n  stderr: %8"_s.arg(why, args.join(u' '),
        QString::number(exitCode), crashed ? u" (crashed)"_s : QString(), timedOut ? u" (timed out)"_s : QString(),
        QString::number(elapsedMs), QString::fromUtf8(out.left(3000)), QString::fromUtf8(err.left(3000)));
}

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

QStringList CliRun::errorLines() const
{
    QStringList lines;
    for (const QString &l : QString::fromUtf8(err).split(u'\n')) {
        if (l.startsWith(u"onrampctl: "_s) && !l.startsWith(u"onrampctl: warning: "_s))
            lines.append(l.mid(11));
    }
    return lines;
}

QStringList CliRun::warningLines() const
{
    QStringList lines;
    for (const QString &l : QString::fromUtf8(err).split(u'\n')) {
        if (l.startsWith(u"onrampctl: warning: "_s))
            lines.append(l.mid(20));
    }
    return lines;
}

namespace {
CliRun runProgram(const QProcessEnvironment &env, const QString &program, const QStringList &programArgs,
    const QStringList &args, const QByteArray &input, int timeoutMs)
{
    CliRun r;
    r.args = args;
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    p.start(program, programArgs);
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        r.timedOut = true;
        p.kill();
        p.waitForFinished(5000);
    }
    r.elapsedMs = clock.elapsed();
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = r.crashed || r.timedOut ? -1 : p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
} // namespace

CliRun runOnrampctl(const QProcessEnvironment &env, const QStringList &args, const QByteArray &input, int timeoutMs)
{
    return runProgram(env, QStringLiteral(ONRAMPCTL_PATH), args, args, input, timeoutMs);
}

CliRun runOnrampctlOnTerminal(const QProcessEnvironment &env, const QStringList &args, int timeoutMs)
{
    QTemporaryDir dir;
    const QString errFile = dir.filePath(u"stderr"_s);
    const QString helper = qEnvironmentVariable("ONRAMP_SOURCE_DIR") + u"/tests/cli/ptystderr.py"_s;
    CliRun r = runProgram(env, qEnvironmentVariable("ONRAMP_PYTHON", u"/usr/bin/python3"_s),
        QStringList { helper, errFile, QStringLiteral(ONRAMPCTL_PATH) } + args, args, {}, timeoutMs);
    QFile err(errFile);
    if (err.open(QIODevice::ReadOnly))
        r.err = err.readAll() + r.err; // the helper's own complaints, if any, after the terminal's bytes
    return r;
}
