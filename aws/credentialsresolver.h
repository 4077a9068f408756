// CredentialsResolver: the console identity's credentials provider from the environment and the shared AWS files.
#pragma once

#include "aws/awsendpoints.h"
#include "aws/credentialsprovider.h"

#include <QCoreApplication>

class HttpClient;
class StsClient;

/// The AWS CLI v2's and the SDKs' default credentials chain (SDKs and Tools Reference Guide, "Standardized
/// credential providers"; botocore's credential resolver), read-only over ~/.aws:
///   1. AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY [/ AWS_SESSION_TOKEN], unless AWS_PROFILE names a profile;
///   2. the profile (CredentialsChain::profileName()) with `role_arn` (and no web_identity_token_file): AssumeRole
///      with role_session_name, external_id and duration_seconds, from `source_profile` (multi-hop, at most
///      maxChainDepth roles, cycles refused; a profile may name itself when it has keys) or `credential_source`
///      (Environment; Ec2InstanceMetadata and EcsContainer are refused as unsupported); mfa_serial is refused;
///   3. web identity: AWS_WEB_IDENTITY_TOKEN_FILE + AWS_ROLE_ARN [+ AWS_ROLE_SESSION_NAME], each variable winning
///      over the profile's web_identity_token_file / role_arn / role_session_name;
///   4. IAM Identity Center: sso_session (with its [sso-session] section) or the legacy sso_start_url/sso_region,
///      with sso_account_id and sso_role_name;
///   5. the profile's keys in the credentials file; 6. its credential_process; 7. its keys in the config file.
/// A profile's settings are read from both files, the credentials file's winning. A source profile is resolved the
/// same way without the environment (its keys first, then 2 to 7). Nothing is fetched here: the providers get
/// their credentials when first asked.
class CredentialsResolver final
{
    Q_DECLARE_TR_FUNCTIONS(CredentialsResolver)

public:
    static constexpr int maxChainDepth = 8;

    /// What the providers use: STS (roles, web identity) and HTTP (the SSO portal), in \a region.
    struct Services
    {
        StsClient *sts = nullptr;
        HttpClient *http = nullptr;
        AwsEndpoints endpoints;
        QString region;
        int processTimeoutMs = 60000; ///< credential_process's time limit
    };

    /// The provider of the console identity's credentials, or why there is none (code "NoCredentials" when nothing
    /// is configured, "InvalidProfile" for a profile that cannot work, "UnsupportedCredentialSource").
    static Result<CredentialsProviderPtr> resolve(const QProcessEnvironment &env, const Services &services);
};
