// AwsClients: the AWS plumbing one console process shares (network, HTTP client, STS, EC2, RDS, console identity).
#pragma once

#include "aws/awsendpoints.h"
#include "aws/credentialsprovider.h"
#include "aws/httpclient.h"

#include <QObject>
#include <QProcessEnvironment>

class QNetworkAccessManager;
class StsClient;
class Ec2Client;
class OrganizationsClient;
class RdsClient;

/// Owns the process's one QNetworkAccessManager and the clients built on it, configured from the AWS_*
/// environment (endpoints, CA bundle, proxy, retries). The console identity — the principal customer roles
/// trust — comes from the AWS credentials chain unless set explicitly (keys from the keychain).
class AwsClients final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsClients)
public:
    explicit AwsClients(
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(), QObject *parent = nullptr);
    ~AwsClients() override;

    /// Refuses AWS settings of \a env that would weaken the connection to AWS before anything is sent: an
    /// AWS_ENDPOINT_URL* that is plain http:// to another computer (AwsEndpoints::error()), or an HTTPS_PROXY /
    /// HTTP_PROXY that is not http:// (HttpClientConfig::proxyError()). The error is InvalidInput (CLI exit code 2)
    /// and says which setting, why and what to do. Both executables call it at start; an AwsClients made from such
    /// an environment refuses every request with the same error.
    static AwsError checkEnvironment(const QProcessEnvironment &env);

    HttpClient *http() const { return m_http; }
    StsClient *sts() const { return m_sts; }
    Ec2Client *ec2() const { return m_ec2; }
    RdsClient *rds() const { return m_rds; }
    OrganizationsClient *organizations() const { return m_organizations; }
    const AwsEndpoints &endpoints() const { return m_endpoints; }

    /// Home region: --region / AWS_REGION / AWS_DEFAULT_REGION / profile / us-east-1.
    QString homeRegion() const { return m_homeRegion; }
    void setHomeRegion(const QString &region) { m_homeRegion = region; }

    /// The console identity's credentials, or the chain's error when there are none.
    Result<CredentialsProviderPtr> consoleIdentity() const;
    void setConsoleIdentity(CredentialsProviderPtr provider);
    /// Sets the console identity from \a env's credentials chain (CredentialsResolver: environment keys, roles,
    /// web identity, IAM Identity Center, profile keys, credential_process) over this object's clients, or the
    /// chain's error.
    void useCredentialsChain(const QProcessEnvironment &env);

private:
    QNetworkAccessManager *m_nam;
    HttpClient *m_http;
    StsClient *m_sts;
    Ec2Client *m_ec2;
    RdsClient *m_rds;
    OrganizationsClient *m_organizations;
    AwsEndpoints m_endpoints;
    QString m_homeRegion;
    CredentialsProviderPtr m_console;
    AwsError m_consoleError;
};
