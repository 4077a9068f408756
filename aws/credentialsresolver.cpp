// CredentialsResolver: the default credentials chain over the environment and the shared AWS files.
#include "aws/credentialsresolver.h"

#include "aws/awsconfigfile.h"
#include "aws/processcredentialsprovider.h"
#include "aws/ssocredentialsprovider.h"
#include "aws/stsclient.h"
#include "aws/webidentitycredentialsprovider.h"

#include <QDateTime>

#include <optional>

namespace {
using ProviderResult = Result<CredentialsProviderPtr>;

AwsError configError(const QString &message, const QString &code = QStringLiteral("InvalidProfile"))
{
    AwsError e = AwsError::make(AwsError::Kind::InvalidCredentials, message);
    e.code = code;
    return e;
}

/// Both shared files and what resolving needs, for one resolve() call.
class Resolution
{
public:
    Resolution(const QProcessEnvironment &env, const CredentialsResolver::Services &services)
        : m_env(env)
        , m_services(services)
        , m_credentials(
              AwsConfigFile::load(CredentialsChain::credentialsFilePath(env), AwsConfigFile::Kind::Credentials))
        , m_config(AwsConfigFile::load(CredentialsChain::configFilePath(env), AwsConfigFile::Kind::Config))
    {
    }

    bool exists(const QString &profile) const
    {
        return m_credentials.hasProfile(profile) || m_config.hasProfile(profile);
    }
    /// A profile's setting: the credentials file's, else the config file's.
    QString value(const QString &profile, const char *key) const
    {
        const QString k = QLatin1StringView(key);
        const QString v = m_credentials.value(profile, k);
        return v.isEmpty() ? m_config.value(profile, k) : v;
    }
    bool has(const QString &profile, const char *key) const { return !value(profile, key).isEmpty(); }

    /// Keys of \a profile in \a file, as a provider; nullopt when that file has none for it.
    std::optional<ProviderResult> keysIn(AwsConfigFile &file, const QString &profile)
    {
        const QString key = file.value(profile, QStringLiteral("aws_access_key_id"));
        SecretBytes secret = file.takeSecret(profile, QStringLiteral("aws_secret_access_key"));
        if (key.isEmpty() || secret.isEmpty())
            return std::nullopt;
        AwsCredentials c;
        c.accessKeyId = key;
        c.secretAccessKey = std::move(secret);
        c.sessionToken = file.secret(profile, QStringLiteral("aws_session_token")).view().toByteArray();
        c.source = QStringLiteral("profile:") + profile;
        return ProviderResult(StaticCredentialsProvider::make(std::move(c)));
    }
    bool hasKeys(const QString &profile) const
    {
        return (!m_credentials.value(profile, QStringLiteral("aws_access_key_id")).isEmpty()
                   && !m_credentials.secret(profile, QStringLiteral("aws_secret_access_key")).isEmpty())
            || (!m_config.value(profile, QStringLiteral("aws_access_key_id")).isEmpty()
                && !m_config.secret(profile, QStringLiteral("aws_secret_access_key")).isEmpty());
    }
    std::optional<ProviderResult> keys(const QString &profile)
    {
        if (auto r = keysIn(m_credentials, profile))
            return r;
        return keysIn(m_config, profile);
    }

    /// Steps 3 to 7 of the chain for \a profile (the environment's web identity variables only when \a withEnv).
    std::optional<ProviderResult> profileProvider(const QString &profile, bool withEnv)
    {
        if (auto r = webIdentity(profile, withEnv))
            return r;
        if (auto r = sso(profile))
            return r;
        if (auto r = keysIn(m_credentials, profile))
            return r;
        const QString process = value(profile, "credential_process");
        if (!process.isEmpty()) {
            ProcessCredentialsProvider::Options options;
            options.timeoutMs = m_services.processTimeoutMs;
            options.profile = profile;
            return ProviderResult(std::make_shared<ProcessCredentialsProvider>(process, m_env, options));
        }
        return keysIn(m_config, profile);
    }

    std::optional<ProviderResult> webIdentity(const QString &profile, bool withEnv)
    {
        auto setting = [&](const char *variable, const char *key) {
            if (withEnv && m_env.contains(QLatin1StringView(variable)))
                return m_env.value(QLatin1StringView(variable));
            return value(profile, key);
        };
        QString tokenFile = setting("AWS_WEB_IDENTITY_TOKEN_FILE", "web_identity_token_file");
        const QString roleArn = setting("AWS_ROLE_ARN", "role_arn");
        if (tokenFile.isEmpty() || roleArn.isEmpty())
            return std::nullopt;
        if (tokenFile.startsWith(QLatin1StringView("~/")))
            tokenFile = CredentialsChain::homeFilePath(m_env, tokenFile.sliced(2));
        StsClient::AssumeRoleRequest request;
        request.roleArn = roleArn;
        request.sessionName = setting("AWS_ROLE_SESSION_NAME", "role_session_name");
        if (request.sessionName.isEmpty())
            request.sessionName = defaultSessionName();
        request.durationSeconds = 0; // STS's default
        const bool fromEnv = withEnv && m_env.contains(QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE"));
        const QString origin = fromEnv ? QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE")
                                       : CredentialsResolver::tr("profile \"%1\"").arg(profile);
        return ProviderResult(std::make_shared<WebIdentityCredentialsProvider>(
            m_services.sts, m_services.region, tokenFile, request, origin));
    }

    std::optional<ProviderResult> sso(const QString &profile)
    {
        const QString session = value(profile, "sso_session");
        if (session.isEmpty() && !has(profile, "sso_start_url") && !has(profile, "sso_account_id")
            && !has(profile, "sso_role_name"))
            return std::nullopt;
        SsoCredentialsProvider::Settings s;
        s.profile = profile;
        s.sessionName = session;
        s.accountId = value(profile, "sso_account_id");
        s.roleName = value(profile, "sso_role_name");
        s.cacheDir = CredentialsChain::homeFilePath(m_env, QStringLiteral(".aws/sso/cache"));
        s.startUrl = value(profile, "sso_start_url");
        s.region = value(profile, "sso_region");
        if (!session.isEmpty()) {
            if (!m_config.hasSsoSession(session))
                return ProviderResult(configError(
                    CredentialsResolver::tr("Profile \"%1\" names sso_session \"%2\", but the config file has no "
                                            "[sso-session %2] section.")
                        .arg(profile, session)));
            for (const auto &[key, member] :
                { std::pair { "sso_start_url", &s.startUrl }, std::pair { "sso_region", &s.region } }) {
                const QString fromSession = m_config.ssoSessionValue(session, QLatin1StringView(key));
                if (!member->isEmpty() && !fromSession.isEmpty() && *member != fromSession)
                    return ProviderResult(
                        configError(CredentialsResolver::tr("Profile \"%1\" has %2 %3, but its "
                                                            "sso_session \"%4\" has %5.")
                                        .arg(profile, QLatin1StringView(key), *member, session, fromSession)));
                if (!fromSession.isEmpty())
                    *member = fromSession;
            }
        }
        QStringList missing;
        for (const auto &[key, member] :
            { std::pair { "sso_start_url", &s.startUrl }, std::pair { "sso_region", &s.region },
                std::pair { "sso_account_id", &s.accountId }, std::pair { "sso_role_name", &s.roleName } }) {
            if (member->isEmpty())
                missing.append(QLatin1StringView(key));
        }
        if (!missing.isEmpty())
            return ProviderResult(configError(CredentialsResolver::tr("IAM Identity Center profile \"%1\" lacks %2.")
                                                  .arg(profile, missing.join(QStringLiteral(", ")))));
        if (!AwsEndpoints::isValidRegionName(s.region))
            return ProviderResult(
                configError(CredentialsResolver::tr("Profile \"%1\": sso_region \"%2\" is not a region name.")
                                .arg(profile, s.region)));
        return ProviderResult(
            std::make_shared<SsoCredentialsProvider>(m_services.http, m_services.endpoints, std::move(s)));
    }

    /// Step 2: \a profile's role, assumed with the credentials of its source; \a visited: the profiles on the way.
    ProviderResult assumeRole(const QString &profile, QStringList visited)
    {
        visited.append(profile);
        if (visited.size() > CredentialsResolver::maxChainDepth)
            return configError(CredentialsResolver::tr("Profile \"%1\": the chain of roles %2 is longer than %3.")
                                   .arg(visited.first(), visited.join(QStringLiteral(" → ")))
                                   .arg(CredentialsResolver::maxChainDepth));
        if (has(profile, "mfa_serial"))
            return configError(CredentialsResolver::tr("Profile \"%1\" needs an MFA code (mfa_serial): not supported "
                                                       "by Onramp, which cannot prompt for one. Use a profile without "
                                                       "MFA or an IAM Identity Center profile.")
                                   .arg(profile),
                QStringLiteral("UnsupportedCredentialSource"));
        const QString source = value(profile, "source_profile");
        const QString credentialSource = value(profile, "credential_source");
        if (!source.isEmpty() && !credentialSource.isEmpty())
            return configError(CredentialsResolver::tr("Profile \"%1\" has both source_profile and credential_source; "
                                                       "keep one.")
                                   .arg(profile));
        ProviderResult base = configError({});
        QString via;
        if (!credentialSource.isEmpty()) {
            base = fromCredentialSource(profile, credentialSource);
            via = QStringLiteral("credential_source ") + credentialSource;
        } else if (!source.isEmpty()) {
            if (!exists(source))
                return configError(CredentialsResolver::tr("Profile \"%1\" names source_profile \"%2\", which does not "
                                                           "exist.")
                                       .arg(profile, source));
            if (visited.contains(source) && !(source == profile && hasKeys(source)))
                return configError(
                    CredentialsResolver::tr("Profile \"%1\": source_profile makes a loop (%2).")
                        .arg(visited.first(), (visited + QStringList { source }).join(QStringLiteral(" → "))));
            base = fromSource(source, visited);
            via = CredentialsResolver::tr("profile \"%1\"").arg(source);
        } else {
            return configError(CredentialsResolver::tr("Profile \"%1\" has role_arn but neither source_profile nor "
                                                       "credential_source.")
                                   .arg(profile));
        }
        if (!base)
            return base;
        StsClient::AssumeRoleRequest request;
        request.roleArn = value(profile, "role_arn");
        request.externalId = value(profile, "external_id");
        request.sessionName = value(profile, "role_session_name");
        if (request.sessionName.isEmpty())
            request.sessionName = defaultSessionName();
        const QString duration = value(profile, "duration_seconds");
        if (!duration.isEmpty()) {
            bool ok = false;
            request.durationSeconds = duration.toInt(&ok);
            if (!ok || request.durationSeconds < 900 || request.durationSeconds > 43200)
                return configError(CredentialsResolver::tr("Profile \"%1\": duration_seconds must be a number of "
                                                           "seconds from 900 to 43200, not \"%2\".")
                                       .arg(profile, duration));
        }
        auto provider = std::make_shared<AssumeRoleCredentialsProvider>(
            m_services.sts, m_services.region, std::move(base).value(), request);
        provider->setSourceDescription(
            CredentialsResolver::tr("role %1 of profile \"%2\", assumed with %3").arg(request.roleArn, profile, via));
        return ProviderResult(std::move(provider));
    }

    /// A source profile (botocore: _resolve_credentials_from_profile): its keys, else its own chain.
    ProviderResult fromSource(const QString &source, const QStringList &visited)
    {
        if (auto r = keys(source))
            return *r;
        if (has(source, "role_arn") && !has(source, "web_identity_token_file"))
            return assumeRole(source, visited);
        if (auto r = profileProvider(source, false))
            return *r;
        return configError(CredentialsResolver::tr("Source profile \"%1\" has no credentials.").arg(source));
    }

    ProviderResult fromCredentialSource(const QString &profile, const QString &source)
    {
        if (source == QLatin1StringView("Environment")) {
            Result<AwsCredentials> c = CredentialsChain::environmentKeys(m_env);
            if (!c)
                return c.error();
            if (!c->isValid())
                return configError(CredentialsResolver::tr("Profile \"%1\" has credential_source = Environment, but "
                                                           "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set.")
                                       .arg(profile));
            return ProviderResult(StaticCredentialsProvider::make(std::move(c).value()));
        }
        if (source == QLatin1StringView("Ec2InstanceMetadata") || source == QLatin1StringView("EcsContainer"))
            return configError(CredentialsResolver::tr("Profile \"%1\" has credential_source = %2: not supported by "
                                                       "Onramp, a desktop application (use Environment, or a "
                                                       "source_profile).")
                                   .arg(profile, source),
                QStringLiteral("UnsupportedCredentialSource"));
        return configError(CredentialsResolver::tr("Profile \"%1\": credential_source \"%2\" is not one of "
                                                   "Environment, Ec2InstanceMetadata, EcsContainer.")
                               .arg(profile, source));
    }

private:
    static QString defaultSessionName()
    {
        return QStringLiteral("onramp-session-") + QString::number(QDateTime::currentSecsSinceEpoch());
    }

    const QProcessEnvironment &m_env;
    const CredentialsResolver::Services &m_services;
    AwsConfigFile m_credentials;
    AwsConfigFile m_config;
};
} // namespace

Result<CredentialsProviderPtr> CredentialsResolver::resolve(const QProcessEnvironment &env, const Services &services)
{
    // 1. Explicit environment keys (CredentialsChain::resolve() decides, and reports a key without its secret).
    if (!env.value(QStringLiteral("AWS_ACCESS_KEY_ID")).isEmpty() && !env.contains(QStringLiteral("AWS_PROFILE"))) {
        Result<AwsCredentials> c = CredentialsChain::resolve(env);
        if (!c)
            return c.error();
        return StaticCredentialsProvider::make(std::move(c).value());
    }
    Resolution r(env, services);
    const QString profile = CredentialsChain::profileName(env);
    if (r.has(profile, "role_arn") && !r.has(profile, "web_identity_token_file"))
        return r.assumeRole(profile, {});
    if (auto provider = r.profileProvider(profile, true))
        return *provider;
    // Nothing usable: CredentialsChain::resolve() says why in the words it always has.
    Result<AwsCredentials> c = CredentialsChain::resolve(env);
    if (!c)
        return c.error();
    return StaticCredentialsProvider::make(std::move(c).value());
}
