// AwsClients: process-wide AWS plumbing, configured from the environment.
#include "models/awsclients.h"

#include "aws/arn.h"
#include "aws/awspartition.h"
#include "aws/credentialsresolver.h"
#include "aws/ec2client.h"
#include "aws/organizationsclient.h"
#include "aws/rdsclient.h"
#include "aws/stsclient.h"

#include <QNetworkAccessManager>

AwsClients::AwsClients(const QProcessEnvironment &env, QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_http(new HttpClient(m_nam, HttpClientConfig::fromEnvironment(env), this))
    , m_endpoints(AwsEndpoints::fromEnvironment(env))
    , m_homeRegion(CredentialsChain::resolveRegion(env))
{
    m_sts = new StsClient(m_http, m_endpoints, this);
    m_ec2 = new Ec2Client(m_http, m_endpoints, this);
    m_rds = new RdsClient(m_http, m_endpoints, this);
    m_organizations = new OrganizationsClient(m_http, m_endpoints, this);
    for (const AwsPartition &partition : knownPartitions()) {
        const QString account = env.value(partition.trustedAccountVariable()).trimmed();
        if (!account.isEmpty())
            m_trustedAccounts.insert(partition.id, account);
    }
    useCredentialsChain(env);
}

void AwsClients::useCredentialsChain(const QProcessEnvironment &env)
{
    CredentialsResolver::Services services;
    services.sts = m_sts;
    services.http = m_http;
    services.endpoints = m_endpoints;
    services.region = m_homeRegion;
    Result<CredentialsProviderPtr> console = CredentialsResolver::resolve(env, services);
    m_console = console ? console.value() : nullptr;
    m_consoleError = console ? AwsError() : console.error();
}

AwsClients::~AwsClients() = default;

AwsError AwsClients::checkEnvironment(const QProcessEnvironment &env)
{
    if (const AwsEndpoints endpoints = AwsEndpoints::fromEnvironment(env); endpoints.error().isError())
        return endpoints.error();
    if (AwsError proxy = HttpClientConfig::fromEnvironment(env).proxyError(); proxy.isError())
        return proxy;
    for (const AwsPartition &partition : knownPartitions()) {
        const QString variable = partition.trustedAccountVariable();
        const QString account = env.value(variable).trimmed();
        if (!account.isEmpty() && !Arn::isAccountId(account)) {
            AwsError e = AwsError::make(AwsError::Kind::InvalidInput,
                tr("%1 must be the 12-digit AWS account of the console in the %2 partition (%3), not \"%4\".")
                    .arg(variable, partition.id, partition.name, account.left(64)));
            e.code = QStringLiteral("InvalidTrustedAccount");
            return e;
        }
    }
    return {};
}

QString AwsClients::configuredTrustedAccount(const QString &region) const
{
    return m_trustedAccounts.value(partitionOfRegion(region).id);
}

Result<CredentialsProviderPtr> AwsClients::consoleIdentity() const
{
    if (m_console)
        return m_console;
    return m_consoleError;
}

void AwsClients::setConsoleIdentity(CredentialsProviderPtr provider)
{
    m_console = std::move(provider);
    m_consoleError = {};
}
