// RdsClient: the Amazon RDS read call discovery needs (DescribeDBInstances, page by page) and its permission probe.
#pragma once

#include "aws/awsendpoints.h"
#include "aws/credentialsprovider.h"
#include "aws/pagechain.h"
#include "aws/permissionprobe.h"
#include "aws/rdstypes.h"

#include <QObject>

#include <functional>

class HttpClient;

/// Amazon RDS over the Query protocol (RDS API Reference, version 2014-10-31), on the same HttpClient (retries,
/// throttling, scheduler) as the other clients.
class RdsClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RdsClient)
public:
    static constexpr QByteArrayView apiVersion = "2014-10-31";
    static constexpr int maxPageSize = 100; ///< MaxRecords: 20..100
    static constexpr int minPageSize = 20;

    using PageCallback = std::function<void(const RdsDbInstancePage &)>;
    /// The end of the listing: the number of databases delivered, or the error that stopped it (pages delivered
    /// before the error stand). A denial is an AwsError of kind AccessDenied.
    using DoneCallback = std::function<void(const Result<int> &)>;
    using ProbeCallback = std::function<void(const Result<PermissionCheck> &)>;

    RdsClient(HttpClient *http, AwsEndpoints endpoints, QObject *parent = nullptr);

    /// DescribeDBInstances in \a region, every page (MaxRecords \a pageSize, following Marker); \a onPage for each
    /// page as it arrives, then \a onDone once. Bounded like every listing (PageChain).
    void describeDbInstances(const QString &region, CredentialsProviderPtr credentials, QObject *context,
        PageCallback onPage, DoneCallback onDone, int pageSize = maxPageSize);
    /// RDS has no DryRun: the smallest real call (one DescribeDBInstances page of MaxRecords 20, nothing kept)
    /// tells whether rds:DescribeDBInstances is allowed. The Result is an error only when no answer either way
    /// could be had (network, invalid credentials).
    void probePermission(
        const QString &region, CredentialsProviderPtr credentials, QObject *context, ProbeCallback callback);
    /// The endpoint of the one request probePermission() sends in \a region (for HttpClient::preconnect()).
    QUrl probeEndpoint(const QString &region) const { return m_endpoints.rdsUrl(region); }
    /// The most pages one region's listing may take (PageChain); for tests.
    void setMaxPagesPerChain(int pages) { m_maxPagesPerChain = qMax(1, pages); }

private:
    HttpClient *m_http;
    int m_maxPagesPerChain = PageChain::defaultMaxPages;
    AwsEndpoints m_endpoints;
};
