// RdsClient: paginated DescribeDBInstances and the one-page permission probe.
#include "aws/rdsclient.h"

#include "aws/awsxml.h"
#include "aws/httpclient.h"
#include "aws/querypages.h"

RdsClient::RdsClient(HttpClient *http, AwsEndpoints endpoints, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_endpoints(std::move(endpoints))
{
}

void RdsClient::describeDbInstances(const QString &region, CredentialsProviderPtr credentials, QObject *context,
    PageCallback onPage, DoneCallback onDone, int pageSize)
{
    QueryPages pages { QByteArrayLiteral("rds"), region, m_endpoints.rdsUrl(region),
        QByteArrayLiteral("DescribeDBInstances"), apiVersion.toByteArray(), {}, QByteArrayLiteral("MaxRecords"),
        qBound(minPageSize, pageSize, maxPageSize), QByteArrayLiteral("Marker"), m_maxPagesPerChain,
        QByteArrayLiteral("Marker") };
    std::function<int(const RdsDbInstancePage &)> deliver = [onPage = std::move(onPage)](const RdsDbInstancePage &p) {
        onPage(p);
        return int(p.databases.size());
    };
    followQueryPages<RdsDbInstancePage>(m_http, std::move(pages), std::move(credentials), context,
        &AwsXml::parseDescribeDbInstances, &RdsDbInstancePage::marker, std::move(deliver), std::move(onDone));
}

void RdsClient::probePermission(
    const QString &region, CredentialsProviderPtr credentials, QObject *context, ProbeCallback callback)
{
    AwsQuery query("DescribeDBInstances", apiVersion);
    query.add("MaxRecords", qint64(minPageSize));
    AwsCall call { QByteArrayLiteral("rds"), region, m_endpoints.rdsUrl(region), std::move(query) };
    const QByteArray action = optionalRdsActions().constFirst().iamAction;
    m_http->call<RdsDbInstancePage>(std::move(call), std::move(credentials), context, &AwsXml::parseDescribeDbInstances,
        [action, callback = std::move(callback)](const Result<RdsDbInstancePage> &page) {
            if (page) {
                callback(PermissionCheck { action, true, {} });
            } else if (page.error().kind == AwsError::Kind::AccessDenied) {
                // Denied by the role's policy (an old template) or by an SCP: the message says which.
                callback(PermissionCheck { action, false, page.error() });
            } else {
                callback(page.error());
            }
        });
}
