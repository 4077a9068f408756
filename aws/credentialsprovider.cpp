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

namespace {
QString homePath(const QProcessEnvironment &env, const QString &rel)
{
    QString home = env.value(QStringLiteral("HOME"));
    if (home.isEmpty())
        home = QDir::homePath();
    return home + QLatin1Char('/') + rel;
}

QString expandTilde(const QProcessEnvironment &env, const QString &path)
{
    if (path.startsWith(QLatin1StringView("~/")))
        return homePath(env, path.sliced(2));
    return path;
}

QString credentialsFilePath(const QProcessEnvironment &env)
{
    const QString p = env.value(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"));
    return p.isEmpty() ? homePath(env, QStringLiteral(".aws/credentials")) : expandTilde(env, p);
}

QString configFilePath(const QProcessEnvironment &env)
{
    const QString p = env.value(QStringLiteral("AWS_CONFIG_FILE"));
    return p.isEmpty() ? homePath(env, QStringLiteral(".aws/config")) : expandTilde(env, p);
}

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

Result<AwsCredentials> CredentialsChain::resolve(const QProcessEnvironment &env)
{
    const QString envKey = env.value(QStringLiteral("AWS_ACCESS_KEY_ID"));
    const bool profileChosen = env.contains(QStringLiteral("AWS_PROFILE"));
    // Like the AWS CLI: explicit environment keys win unless a profile was named explicitly.
    if (!envKey.isEmpty() && !profileChosen) {
        QString secret = env.value(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
        if (secret.isEmpty())
            return noCredentials(QCoreApplication::translate(
                "CredentialsProvider", "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not."));
        AwsCredentials c;
        c.accessKeyId = envKey;
        c.secretAccessKey = SecretBytes::fromString(secret);
        SecretBytes::wipe(secret);
        c.sessionToken = env.value(QStringLiteral("AWS_SESSION_TOKEN")).toUtf8();
        c.source = QStringLiteral("env");
        return c;
    }

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
        return noCredentials(QCoreApplication::translate("CredentialsProvider",
            "Profile \"%1\" assumes a role (role_arn); Onramp needs a profile with access keys for its own "
            "identity.")
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
