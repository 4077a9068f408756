// WebIdentityCredentialsProvider: a role assumed with an OIDC token file (AssumeRoleWithWebIdentity).
#pragma once

#include "aws/credentialsprovider.h"
#include "aws/stsclient.h"

#include <QPointer>

/// The credentials of a role assumed with a web identity token (SDKs and Tools Reference Guide, "Assume role
/// credential provider": web_identity_token_file, role_arn, role_session_name; or the AWS_WEB_IDENTITY_TOKEN_FILE,
/// AWS_ROLE_ARN and AWS_ROLE_SESSION_NAME variables that EKS and other OIDC platforms set). The token file is read
/// again for every refresh (the platform rotates it), at most maxTokenBytes, and the token is sent only in the body
/// of the unsigned STS AssumeRoleWithWebIdentity request.
class WebIdentityCredentialsProvider final : public RefreshingCredentialsProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebIdentityCredentialsProvider)
public:
    static constexpr qsizetype maxTokenBytes = 16 * 1024;

    /// \a request's roleArn, sessionName and durationSeconds are used; \a origin says where the settings came from
    /// (for sourceDescription()).
    WebIdentityCredentialsProvider(StsClient *sts, QString region, QString tokenFile,
        StsClient::AssumeRoleRequest request, QString origin, QObject *parent = nullptr);

    QByteArray scheduleKey() const override { return m_request.roleArn.toUtf8(); }
    QString sourceDescription() const override;
    /// The token in \a path (surrounding blanks removed), or an InvalidCredentials error naming the file.
    static Result<SecretBytes> readToken(const QString &path);

protected:
    void refresh(Done done) override;

private:
    QPointer<StsClient> m_sts;
    QString m_region;
    QString m_tokenFile;
    StsClient::AssumeRoleRequest m_request;
    QString m_origin;
};
