// Ec2Client: the EC2 read calls discovery needs (regions, instances page by page, health) and DryRun probes.
#pragma once

#include "aws/awsendpoints.h"
#include "aws/credentialsprovider.h"
#include "aws/ec2types.h"
#include "aws/pagechain.h"
#include "aws/permissionprobe.h"

#include <QObject>

#include <functional>
#include <memory>

class HttpClient;

/// Amazon EC2 over the Query protocol (EC2 API Reference, version 2016-11-15).
class Ec2Client final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Ec2Client)
public:
    static constexpr QByteArrayView apiVersion = "2016-11-15";
    static constexpr int maxPageSize = 1000;

    using RegionsCallback = std::function<void(const Result<QList<Ec2Region>> &)>;
    using InstancePageCallback = std::function<void(const Ec2InstancePage &)>;
    using StatusPageCallback = std::function<void(const Ec2InstanceStatusPage &)>;
    /// The end of a paginated listing: the number of items delivered, or the error that stopped it (pages
    /// delivered before the error stand).
    using DoneCallback = std::function<void(const Result<int> &)>;

    /// The outcome of one DryRun probe (denied: UnauthorizedOperation).
    using PermissionCheck = ::PermissionCheck;
    using ProbeCallback = std::function<void(const Result<QList<PermissionCheck>> &)>;

    Ec2Client(HttpClient *http, AwsEndpoints endpoints, QObject *parent = nullptr);

    /// DescribeRegions: the regions enabled for the account (not opted-out ones).
    void describeRegions(
        const QString &region, CredentialsProviderPtr credentials, QObject *context, RegionsCallback callback);
    /// DescribeInstances in \a region, every page (MaxResults \a pageSize, following NextToken); \a onPage runs
    /// for each page as it arrives so callers can stream, then \a onDone once. The chain is bounded (PageChain):
    /// a token seen before, an oversized token or more than setMaxPagesPerChain() pages end it with an error.
    void describeInstances(const QString &region, CredentialsProviderPtr credentials, QObject *context,
        InstancePageCallback onPage, DoneCallback onDone, int pageSize = maxPageSize);
    /// DescribeInstanceStatus with IncludeAllInstances=true, every page.
    void describeInstanceStatus(const QString &region, CredentialsProviderPtr credentials, QObject *context,
        StatusPageCallback onPage, DoneCallback onDone, int pageSize = maxPageSize);
    /// The most pages one listing (a region's DescribeInstances, its DescribeInstanceStatus) may take before it
    /// ends with a "PaginationLimit" error (PageChain); for tests, default PageChain::defaultMaxPages.
    void setMaxPagesPerChain(int pages) { m_maxPagesPerChain = qMax(1, pages); }
    /// One endpoint per request probePermissions() sends in \a region (for HttpClient::preconnect()).
    QList<QUrl> probeEndpoints(const QString &region) const;
    /// Calls each action of requiredEc2Actions() with DryRun=true in parallel: DryRunOperation means allowed,
    /// UnauthorizedOperation means denied (named in the result). The Result is an error only when a probe could
    /// not get an answer either way (network, invalid credentials): then nothing can be concluded.
    void probePermissions(
        const QString &region, CredentialsProviderPtr credentials, QObject *context, ProbeCallback callback);

private:
    /// One listing of \a action through followQueryPages() (MaxResults / NextToken).
    template <typename Page>
    void paginate(const QByteArray &action, QList<std::pair<QByteArray, QByteArray>> params, const QString &region,
        CredentialsProviderPtr credentials, QObject *context, Result<Page> (*parse)(QByteArrayView),
        std::function<int(const Page &)> deliver, DoneCallback onDone, int pageSize);

    HttpClient *m_http;
    int m_maxPagesPerChain = PageChain::defaultMaxPages;
    AwsEndpoints m_endpoints;
};
