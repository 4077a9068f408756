// SsoCredentialsProvider: IAM Identity Center (SSO) role credentials from the AWS CLI's cached sign-in token.
#pragma once

#include "aws/awsendpoints.h"
#include "aws/credentialsprovider.h"

#include <QPointer>

class HttpClient;

/// The credentials of an IAM Identity Center profile (SDKs and Tools Reference Guide, "IAM Identity Center
/// credential provider"), in either form: `sso_session` naming an "[sso-session NAME]" section (sso_start_url,
/// sso_region), or the legacy sso_start_url and sso_region in the profile itself; both with sso_account_id and
/// sso_role_name. It reads the access token that `aws sso login` cached in ~/.aws/sso/cache/<SHA-1 hex of the
/// session name, or of the start URL for the legacy form>.json ("accessToken", "expiresAt") and trades it at the
/// portal for role credentials (SSO Portal API, GetRoleCredentials: GET /federation/credentials with the token in
/// x-amz-sso_bearer_token, unsigned). Onramp only reads the cache: it never signs in, refreshes the token or writes
/// the file. A missing or expired token, or one the portal refuses, is an error that says to run
/// `aws sso login --profile NAME` (or `--sso-session NAME`).
class SsoCredentialsProvider final : public RefreshingCredentialsProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SsoCredentialsProvider)
public:
    static constexpr qsizetype maxCacheFileBytes = 64 * 1024;

    struct Settings
    {
        QString profile;
        QString sessionName; ///< the sso_session form; empty for the legacy form
        QString startUrl;
        QString region; ///< sso_region: where the portal is
        QString accountId;
        QString roleName;
        QString cacheDir; ///< ~/.aws/sso/cache
    };

    SsoCredentialsProvider(HttpClient *http, AwsEndpoints endpoints, Settings settings, QObject *parent = nullptr);

    QString sourceDescription() const override;
    const Settings &settings() const { return m_settings; }

    /// The cache file's name for \a key (the session name or the legacy start URL): its SHA-1 in hex + ".json".
    static QString cacheFileName(const QString &key);
    /// The cached token of \a settings, or an InvalidCredentials error "run aws sso login …" when it is missing,
    /// unreadable, malformed or expired at \a now.
    static Result<SecretBytes> readCachedToken(
        const Settings &settings, const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// GetRoleCredentials' answer ({"roleCredentials": {accessKeyId, secretAccessKey, sessionToken, expiration (ms
    /// since the epoch)}}) as credentials, or a Parse error.
    static Result<AwsCredentials> parseRoleCredentials(QByteArrayView body);
    /// "aws sso login --sso-session NAME" or "aws sso login --profile NAME".
    static QString loginCommand(const Settings &settings);

protected:
    void refresh(Done done) override;

private:
    QPointer<HttpClient> m_http;
    AwsEndpoints m_endpoints;
    Settings m_settings;
};
