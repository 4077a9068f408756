// StsClient: AWS Security Token Service calls (GetCallerIdentity, AssumeRole) and assumed-role credentials.
#pragma once

#include "aws/awsendpoints.h"
#include "aws/credentialsprovider.h"
#include "aws/ec2types.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class HttpClient;

/// AWS STS over the Query protocol (STS API Reference, version 2011-06-15), regional endpoints.
class StsClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StsClient)
public:
    static constexpr QByteArrayView apiVersion = "2011-06-15";

    struct AssumeRoleRequest
    {
        QString roleArn;
        QString externalId; ///< sts:ExternalId, the confused-deputy guard
        QString sessionName; ///< RoleSessionName: 2-64 of [\w+=,.@-]
        int durationSeconds = 3600;
    };

    StsClient(HttpClient *http, AwsEndpoints endpoints, QObject *parent = nullptr);

    /// GetCallerIdentity in \a region: whose credentials these are. Never needs any IAM permission.
    void getCallerIdentity(const QString &region, CredentialsProviderPtr credentials, QObject *context,
        std::function<void(const Result<CallerIdentity> &)> callback);
    /// GetCallerIdentity and what a preflight wants besides: AWS's clock (the response's Date header, invalid when
    /// none came) and the endpoint asked. The identity is an error as getCallerIdentity() would report it.
    struct IdentityCheck
    {
        Result<CallerIdentity> identity = AwsError();
        QDateTime serverDate;
        QUrl endpoint;
    };
    void checkCallerIdentity(const QString &region, CredentialsProviderPtr credentials, QObject *context,
        std::function<void(const IdentityCheck &)> callback);
    /// AssumeRole with an ExternalId. A refused role (missing, not trusting us, wrong External ID) is
    /// AccessDenied: AWS deliberately does not say which.
    void assumeRole(const QString &region, CredentialsProviderPtr credentials, const AssumeRoleRequest &request,
        QObject *context, std::function<void(Result<AssumedRole>)> callback);

    /// AssumeRoleWithWebIdentity (STS API Reference): \a request's role (its externalId is not used) for the OIDC
    /// token \a webIdentityToken, sent unsigned. The token goes into the request body only.
    void assumeRoleWithWebIdentity(const QString &region, const AssumeRoleRequest &request,
        const SecretBytes &webIdentityToken, QObject *context, std::function<void(Result<AssumedRole>)> callback);
    /// \a role's credentials (its secret moved out), marked as coming from \a source.
    static AwsCredentials credentialsOf(AssumedRole &role, const QString &source);

    /// A RoleSessionName derived from \a hint, valid per the STS rules.
    static QString sessionNameFor(const QString &hint);

private:
    HttpClient *m_http;
    AwsEndpoints m_endpoints;
};

/// Credentials of an assumed role, fetched with AssumeRole when first needed and again when they are within
/// refreshMarginSecs of expiring or the server reported them expired. Concurrent fetches share one AssumeRole call.
class AssumeRoleCredentialsProvider final : public RefreshingCredentialsProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssumeRoleCredentialsProvider)
public:
    AssumeRoleCredentialsProvider(StsClient *sts, QString region, CredentialsProviderPtr base,
        StsClient::AssumeRoleRequest request, QObject *parent = nullptr);
    /// The role's ARN: its requests and its own AssumeRole calls take the same turn (StsClient::assumeRole()).
    QByteArray scheduleKey() const override { return m_request.roleArn.toUtf8(); }
    QString sourceDescription() const override;
    /// Describes the credentials as \a text in sourceDescription() (e.g. which profile chain they come from).
    void setSourceDescription(const QString &text) { m_description = text; }

    /// Number of AssumeRole calls made; for tests.
    int assumeCount() const { return refreshCount(); }
    /// The last role session's identity (after a successful fetch).
    const AssumedRole &lastAssumed() const { return m_lastAssumed; }

Q_SIGNALS:
    void refreshed(const QDateTime &expiration);

protected:
    void refresh(Done done) override;

private:
    QPointer<StsClient> m_sts;
    QString m_region;
    CredentialsProviderPtr m_base;
    StsClient::AssumeRoleRequest m_request;
    AssumedRole m_lastAssumed; ///< without its secret, which moved into the delivered credentials
    QString m_description;
};
