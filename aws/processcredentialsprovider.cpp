// ProcessCredentialsProvider: credential_process.
#include "aws/processcredentialsprovider.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

namespace {
AwsError processError(const QString &message, const QString &code = QStringLiteral("CredentialProcessFailed"))
{
    AwsError e = AwsError::make(AwsError::Kind::InvalidCredentials, message);
    e.code = code;
    return e;
}

/// The start of the program's standard error as one line of plain text: control characters become spaces.
QString shownStderr(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes.first(qMin(bytes.size(), ProcessCredentialsProvider::maxErrorBytes)));
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char(' ');
    }
    text = text.simplified();
    if (bytes.size() > ProcessCredentialsProvider::maxErrorBytes)
        text += QStringLiteral(" …");
    return text;
}
} // namespace

ProcessCredentialsProvider::ProcessCredentialsProvider(
    QString commandLine, QProcessEnvironment env, Options options, QObject *parent)
    : RefreshingCredentialsProvider(parent)
    , m_commandLine(std::move(commandLine))
    , m_env(std::move(env))
    , m_options(std::move(options))
{
}

ProcessCredentialsProvider::~ProcessCredentialsProvider()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000); // a killed child is reaped at once; QProcess must not outlive it
    }
}

QString ProcessCredentialsProvider::sourceDescription() const
{
    return m_options.profile.isEmpty() ? tr("credential_process")
                                       : tr("credential_process of profile \"%1\"").arg(m_options.profile);
}

Result<QStringList> ProcessCredentialsProvider::splitCommandLine(const QString &commandLine)
{
    if (commandLine.size() > maxCommandChars)
        return processError(tr("credential_process is longer than %1 characters.").arg(maxCommandChars),
            QStringLiteral("InvalidCredentialProcess"));
    QStringList words;
    QString word;
    bool inWord = false;
    enum class Quote { None, Single, Double } quote = Quote::None;
    for (qsizetype i = 0; i < commandLine.size(); ++i) {
        const QChar c = commandLine.at(i);
        if (quote == Quote::Single) {
            if (c == QLatin1Char('\''))
                quote = Quote::None;
            else
                word.append(c);
            continue;
        }
        if (quote == Quote::Double) {
            if (c == QLatin1Char('"')) {
                quote = Quote::None;
            } else if (c == QLatin1Char('\\') && i + 1 < commandLine.size()
                && QStringView(u"\"\\$`").contains(commandLine.at(i + 1))) {
                word.append(commandLine.at(++i)); // POSIX: inside "...", a backslash escapes only these
            } else {
                word.append(c);
            }
            continue;
        }
        if (c.isSpace()) {
            if (inWord)
                words.append(std::exchange(word, {}));
            inWord = false;
            continue;
        }
        inWord = true;
        if (c == QLatin1Char('\''))
            quote = Quote::Single;
        else if (c == QLatin1Char('"'))
            quote = Quote::Double;
        else if (c == QLatin1Char('\\') && i + 1 < commandLine.size())
            word.append(commandLine.at(++i));
        else if (c != QLatin1Char('\\'))
            word.append(c);
    }
    if (quote != Quote::None)
        return processError(tr("credential_process has an unterminated quote: %1").arg(commandLine),
            QStringLiteral("InvalidCredentialProcess"));
    if (inWord)
        words.append(word);
    if (words.isEmpty())
        return processError(tr("credential_process is empty."), QStringLiteral("InvalidCredentialProcess"));
    return words;
}

Result<AwsCredentials> ProcessCredentialsProvider::parseOutput(QByteArrayView output)
{
    auto invalid = [](const QString &why) {
        return processError(tr("credential_process printed no valid credentials: %1").arg(why),
            QStringLiteral("InvalidCredentialProcessOutput"));
    };
    if (output.size() > maxOutputBytes)
        return invalid(tr("more than %1 bytes").arg(maxOutputBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(output.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(tr("not a JSON object"));
    const QJsonObject o = doc.object();
    if (!o.value(QLatin1StringView("Version")).isDouble() || o.value(QLatin1StringView("Version")).toDouble() != 1)
        return invalid(tr("\"Version\" must be 1"));
    for (const char *key : { "AccessKeyId", "SecretAccessKey" }) {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (!v.isString() || v.toString().isEmpty())
            return invalid(tr("\"%1\" is missing or not a string").arg(QLatin1StringView(key)));
    }
    for (const char *key : { "SessionToken", "Expiration" }) {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return invalid(tr("\"%1\" is not a string").arg(QLatin1StringView(key)));
    }
    AwsCredentials c;
    c.accessKeyId = o.value(QLatin1StringView("AccessKeyId")).toString();
    QString secret = o.value(QLatin1StringView("SecretAccessKey")).toString();
    c.secretAccessKey = SecretBytes::fromString(secret);
    SecretBytes::wipe(secret);
    c.sessionToken = o.value(QLatin1StringView("SessionToken")).toString().toUtf8();
    const QString expiration = o.value(QLatin1StringView("Expiration")).toString();
    if (!expiration.isEmpty()) {
        c.expiration = QDateTime::fromString(expiration, Qt::ISODateWithMs);
        if (!c.expiration.isValid() || c.expiration.timeSpec() == Qt::LocalTime)
            return invalid(tr("\"Expiration\" is not an ISO 8601 time with a time zone: %1").arg(expiration.left(64)));
        c.expiration = c.expiration.toUTC();
    }
    c.source = QStringLiteral("process");
    return c;
}

void ProcessCredentialsProvider::refresh(Done done)
{
    const Result<QStringList> words = splitCommandLine(m_commandLine);
    if (!words) {
        done(words.error());
        return;
    }
    auto *process = new QProcess(this);
    m_process = process;
    process->setProgram(words->first());
    process->setArguments(words->mid(1));
    process->setProcessEnvironment(m_env);
    process->setStandardInputFile(QProcess::nullDevice());
    struct Run
    {
        QByteArray out;
        QByteArray err;
        bool tooLarge = false;
        bool timedOut = false;
        bool over = false;
    };
    auto run = std::make_shared<Run>();
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    const QString program = words->first();
    auto finish = [this, process, run, done, program](const AwsError &failure) {
        if (run->over)
            return;
        run->over = true;
        m_process = nullptr;
        process->disconnect(this);
        process->deleteLater();
        if (failure.isError()) {
            SecretBytes::wipe(run->out);
            done(failure);
            return;
        }
        Result<AwsCredentials> parsed = parseOutput(run->out);
        SecretBytes::wipe(run->out);
        if (!parsed) {
            AwsError e = parsed.error();
            const QString err = shownStderr(run->err);
            if (!err.isEmpty())
                e.message += QLatin1Char(' ') + tr("Its error output: %1").arg(err);
            done(e);
            return;
        }
        if (parsed->expiration.isValid() && parsed->expiresWithin(0)) {
            done(processError(tr("credential_process (%1) returned credentials that expired at %2.")
                                  .arg(program, parsed->expiration.toString(Qt::ISODate))));
            return;
        }
        done(std::move(parsed));
    };
    auto readOutput = [process, run] {
        QByteArray chunk = process->readAllStandardOutput();
        if (run->out.size() + chunk.size() > maxOutputBytes) {
            run->tooLarge = true;
            process->kill();
        } else {
            run->out.append(chunk);
        }
        SecretBytes::wipe(chunk);
    };
    auto readError = [process, run] {
        const QByteArray chunk = process->readAllStandardError();
        if (run->err.size() <= maxErrorBytes)
            run->err.append(chunk.first(qMin(chunk.size(), maxErrorBytes + 1 - run->err.size())));
    };
    connect(process, &QProcess::readyReadStandardOutput, this, readOutput);
    connect(process, &QProcess::readyReadStandardError, this, readError);
    connect(timer, &QTimer::timeout, this, [process, run] {
        run->timedOut = true;
        process->kill();
    });
    connect(process, &QProcess::errorOccurred, this, [finish, process, program](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(processError(tr("credential_process could not start %1: %2").arg(program, process->errorString())));
    });
    connect(process, &QProcess::finished, this,
        [this, finish, readOutput, readError, run, program](int exitCode, QProcess::ExitStatus status) {
            readOutput(); // what is still in the pipes
            readError();
            const QString err = shownStderr(run->err);
            const QString errPart = err.isEmpty() ? QString() : QLatin1Char(' ') + tr("Its error output: %1").arg(err);
            if (run->timedOut) {
                finish(processError(tr("credential_process (%1) did not finish within %2 s and was stopped.")
                                        .arg(program)
                                        .arg(m_options.timeoutMs / 1000.0)
                        + errPart,
                    QStringLiteral("CredentialProcessTimeout")));
            } else if (run->tooLarge) {
                finish(processError(tr("credential_process (%1) printed more than %2 bytes and was stopped.")
                                        .arg(program)
                                        .arg(maxOutputBytes)
                    + errPart));
            } else if (status != QProcess::NormalExit) {
                finish(processError(tr("credential_process (%1) crashed.").arg(program) + errPart));
            } else if (exitCode != 0) {
                finish(processError(
                    tr("credential_process (%1) failed with exit code %2.").arg(program).arg(exitCode) + errPart));
            } else {
                finish({});
            }
        });
    process->start(QIODevice::ReadOnly);
    timer->start(m_options.timeoutMs);
}
