// Credentials providers and the console identity's credentials chain.
#include "aws/credentialsprovider.h"

#include "aws/awsconfigfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QMetaObject>

namespace {
/// \a credentials as what fetch() delivers: themselves, or NoCredentials when they are not usable.
Result<AwsCredentials> deliverable(AwsCredentials credentials)
{
    if (credentials.isValid())
        return credentials;
    AwsError e = AwsError::make(AwsError::Kind::InvalidCredentials,
        QCoreApplication::translate("CredentialsProvider", "No AWS credentials configured."));
    e.code = QStringLiteral("NoCredentials");
    return e;
}
} // namespace

StaticCredentialsProvider::StaticCredentialsProvider(AwsCredentials credentials, QObject *parent)
    : CredentialsProvider(parent)
    , m_credentials(deliverable(std::move(credentials)))
{
}

void StaticCredentialsProvider::fetch(QObject *context, Callback callback)
{
    Q_UNUSED(context);
    callback(m_credentials); // by reference: the provider outlives the request (CredentialsProviderPtr)
}

void RefreshingCredentialsProvider::fetch(QObject *context, Callback callback)
{
    if (m_cached && (*m_cached)->isValid() && !(*m_cached)->expiresWithin(refreshMarginSecs)) {
        const std::shared_ptr<const Result<AwsCredentials>> cached = m_cached; // alive through the callback
        callback(*cached);
        return;
    }
    m_waiters.append({ context, std::move(callback) });
    if (m_inFlight)
        return;
    m_inFlight = true;
    ++m_refreshCount;
    refresh([this](Result<AwsCredentials> result) {
        m_inFlight = false;
        auto delivered = std::make_shared<const Result<AwsCredentials>>(std::move(result));
        if (delivered->ok())
            m_cached = delivered;
        else
            m_cached.reset();
        const QList<Waiter> waiters = std::exchange(m_waiters, {});
        for (const Waiter &w : waiters) {
            if (w.context)
                w.callback(*delivered);
        }
    });
}

void RefreshingCredentialsProvider::invalidate()
{
    m_cached.reset();
}

QString StaticCredentialsProvider::sourceDescription() const
{
    if (!m_credentials)
        return {};
    const QString &source = m_credentials->source;
    if (source == QLatin1StringView("env"))
        return QCoreApplication::translate(
            "CredentialsProvider", "environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY");
    if (source.startsWith(QLatin1StringView("profile:")))
        return QCoreApplication::translate("CredentialsProvider", "access keys of profile \"%1\"")
            .arg(source.sliced(8));
    if (source == QLatin1StringView("keychain"))
        return QCoreApplication::translate("CredentialsProvider", "access keys in the system keychain");
    return source;
}

QString CredentialsChain::homeFilePath(const QProcessEnvironment &env, const QString &rel)
{
    QString home = env.value(QStringLiteral("HOME"));
    if (home.isEmpty())
        home = QDir::homePath();
    return home + QLatin1Char('/') + rel;
}

namespace {
QString expandTilde(const QProcessEnvironment &env, const QString &path)
{
    if (path.startsWith(QLatin1StringView("~/")))
        return CredentialsChain::homeFilePath(env, path.sliced(2));
    return path;
}
} // namespace

QString CredentialsChain::credentialsFilePath(const QProcessEnvironment &env)
{
    const QString p = env.value(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"));
    return p.isEmpty() ? homeFilePath(env, QStringLiteral(".aws/credentials")) : expandTilde(env, p);
}

QString CredentialsChain::configFilePath(const QProcessEnvironment &env)
{
    const QString p = env.value(QStringLiteral("AWS_CONFIG_FILE"));
    return p.isEmpty() ? homeFilePath(env, QStringLiteral(".aws/config")) : expandTilde(env, p);
}

namespace {
/// Credentials that are missing, not ones AWS rejected: code "NoCredentials" so the hint says where to set them.
AwsError noCredentials(const QString &why)
{
    AwsError e = AwsError::make(AwsError::Kind::InvalidCredentials, why);
    e.code = QStringLiteral("NoCredentials");
    return e;
}
} // namespace

QString CredentialsChain::profileName(const QProcessEnvironment &env)
{
    for (const char *name : { "AWS_PROFILE", "AWS_DEFAULT_PROFILE" }) {
        const QString v = env.value(QLatin1StringView(name));
        if (!v.isEmpty())
            return v;
    }
    return QStringLiteral("default");
}

Result<AwsCredentials> CredentialsChain::environmentKeys(const QProcessEnvironment &env)
{
    AwsCredentials c;
    c.accessKeyId = env.value(QStringLiteral("AWS_ACCESS_KEY_ID"));
    if (c.accessKeyId.isEmpty())
        return c;
    QString secret = env.value(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    if (secret.isEmpty())
        return noCredentials(QCoreApplication::translate(
            "CredentialsProvider", "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not."));
    c.secretAccessKey = SecretBytes::fromString(secret);
    SecretBytes::wipe(secret);
    c.sessionToken = env.value(QStringLiteral("AWS_SESSION_TOKEN")).toUtf8();
    c.source = QStringLiteral("env");
    return c;
}

Result<AwsCredentials> CredentialsChain::resolve(const QProcessEnvironment &env)
{
    const QString envKey = env.value(QStringLiteral("AWS_ACCESS_KEY_ID"));
    const bool profileChosen = env.contains(QStringLiteral("AWS_PROFILE"));
    // Like the AWS CLI: explicit environment keys win unless a profile was named explicitly.
    if (!envKey.isEmpty() && !profileChosen)
        return environmentKeys(env);

    const QString profile = profileName(env);
    AwsConfigFile credentialsFile = AwsConfigFile::load(credentialsFilePath(env), AwsConfigFile::Kind::Credentials);
    AwsConfigFile configFile = AwsConfigFile::load(configFilePath(env), AwsConfigFile::Kind::Config);
    for (AwsConfigFile *file : { &credentialsFile, &configFile }) {
        if (!file->hasProfile(profile))
            continue;
        const QString key = file->value(profile, QStringLiteral("aws_access_key_id"));
        SecretBytes secret = file->takeSecret(profile, QStringLiteral("aws_secret_access_key"));
        if (key.isEmpty() || secret.isEmpty())
            continue;
        AwsCredentials c;
        c.accessKeyId = key;
        c.secretAccessKey = std::move(secret);
        c.sessionToken = file->secret(profile, QStringLiteral("aws_session_token")).view().toByteArray();
        c.source = QStringLiteral("profile:") + profile;
        return c;
    }
    if (configFile.hasProfile(profile) && !configFile.value(profile, QStringLiteral("role_arn")).isEmpty())
        return noCredentials(QCoreApplication::translate(
            "CredentialsProvider", "Profile \"%1\" assumes a role (role_arn): it has no keys of its own.")
                                 .arg(profile));
    if (profileChosen || credentialsFile.hasProfile(profile) || configFile.hasProfile(profile))
        return noCredentials(QCoreApplication::translate("CredentialsProvider",
            "Profile \"%1\" has no aws_access_key_id and "
            "aws_secret_access_key.")
                                 .arg(profile));
    return noCredentials(QCoreApplication::translate("CredentialsProvider",
        "No AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE with "
        "~/.aws/credentials."));
}

QString CredentialsChain::resolveRegion(const QProcessEnvironment &env, const QString &fallback)
{
    for (const char *name : { "AWS_REGION", "AWS_DEFAULT_REGION" }) {
        const QString v = env.value(QLatin1StringView(name));
        if (!v.isEmpty())
            return v;
    }
    const QString profile = profileName(env);
    const AwsConfigFile configFile = AwsConfigFile::load(configFilePath(env), AwsConfigFile::Kind::Config);
    const QString r = configFile.value(profile, QStringLiteral("region"));
    return r.isEmpty() ? fallback : r;
}
