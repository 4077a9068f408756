// ProcessCredentialsProvider: credentials from an external program (the shared config's credential_process).
#pragma once

#include "aws/credentialsprovider.h"

#include <QByteArrayView>
#include <QStringList>

class QProcess;

/// Runs the program of a profile's `credential_process` setting (SDKs and Tools Reference Guide, "Process credential
/// provider") and reads the credentials it prints: a JSON object with "Version": 1, "AccessKeyId",
/// "SecretAccessKey", and optionally "SessionToken" and "Expiration" (ISO 8601). Credentials with an Expiration are
/// fetched again refreshMarginSecs before it; without one they are kept (until invalidate()).
///
/// The command line is split into a program and its arguments the way the SDKs split it on POSIX systems (Python's
/// shlex: blanks separate words, '...' and "..." quote, backslash escapes; nothing is expanded) and the program is
/// started directly, never through a shell. Its standard output is bounded (maxOutputBytes: a longer answer is
/// refused and the program stopped), so is its run time (Options::timeoutMs), and the start of its standard error
/// (maxErrorBytes) is shown as plain text in the error when it fails or prints something that is not such a
/// document. The output's bytes are wiped once parsed; the secret lives on only as SecretBytes.
class ProcessCredentialsProvider final : public RefreshingCredentialsProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessCredentialsProvider)
public:
    static constexpr qsizetype maxOutputBytes = 64 * 1024;
    static constexpr qsizetype maxErrorBytes = 4 * 1024;
    static constexpr qsizetype maxCommandChars = 8 * 1024;

    struct Options
    {
        int timeoutMs = 60000; ///< the program is killed after this long
        QString profile; ///< the profile the setting is from, for messages
    };

    /// \a commandLine as the setting holds it; \a env is the program's environment.
    ProcessCredentialsProvider(
        QString commandLine, QProcessEnvironment env, Options options, QObject *parent = nullptr);
    ~ProcessCredentialsProvider() override;

    QString sourceDescription() const override;

    /// \a commandLine split into words like Python's shlex.split() (what the AWS CLI does on POSIX), or an
    /// InvalidInput error for an unterminated quote, an empty or overlong command.
    static Result<QStringList> splitCommandLine(const QString &commandLine);
    /// The program's standard output as credentials (Version 1 document), or a Parse error naming what is wrong.
    static Result<AwsCredentials> parseOutput(QByteArrayView output);

protected:
    void refresh(Done done) override;

private:
    QString m_commandLine;
    QProcessEnvironment m_env;
    Options m_options;
    QProcess *m_process = nullptr;
};
