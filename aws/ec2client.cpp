// Ec2Client: DescribeRegions, paginated DescribeInstances/DescribeInstanceStatus, DryRun permission probes.
#include "aws/ec2client.h"

#include "aws/awsxml.h"
#include "aws/httpclient.h"
#include "aws/permissionprobe.h"
#include "aws/querypages.h"

#include <QCoreApplication>

#include <memory>

Ec2Client::Ec2Client(HttpClient *http, AwsEndpoints endpoints, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_endpoints(std::move(endpoints))
{
}

void Ec2Client::describeRegions(
    const QString &region, CredentialsProviderPtr credentials, QObject *context, RegionsCallback callback)
{
    AwsCall call { QByteArrayLiteral("ec2"), region, m_endpoints.ec2Url(region),
        AwsQuery("DescribeRegions", apiVersion) };
    m_http->call<QList<Ec2Region>>(
        std::move(call), std::move(credentials), context, &AwsXml::parseDescribeRegions, std::move(callback));
}

template <typename Page>
void Ec2Client::paginate(const QByteArray &action, QList<std::pair<QByteArray, QByteArray>> params,
    const QString &region, CredentialsProviderPtr credentials, QObject *context, Result<Page> (*parse)(QByteArrayView),
    std::function<int(const Page &)> deliver, DoneCallback onDone, int pageSize)
{
    QueryPages pages { QByteArrayLiteral("ec2"), region, m_endpoints.ec2Url(region), action, apiVersion.toByteArray(),
        std::move(params), QByteArrayLiteral("MaxResults"), qBound(5, pageSize, maxPageSize),
        QByteArrayLiteral("NextToken"), m_maxPagesPerChain, QByteArrayLiteral("nextToken") };
    followQueryPages<Page>(m_http, std::move(pages), std::move(credentials), context, parse, &Page::nextToken,
        std::move(deliver), std::move(onDone));
}

void Ec2Client::describeInstances(const QString &region, CredentialsProviderPtr credentials, QObject *context,
    InstancePageCallback onPage, DoneCallback onDone, int pageSize)
{
    std::function<int(const Ec2InstancePage &)> deliver = [onPage = std::move(onPage)](const Ec2InstancePage &p) {
        onPage(p);
        return int(p.instances.size());
    };
    paginate<Ec2InstancePage>(QByteArrayLiteral("DescribeInstances"), {}, region, std::move(credentials), context,
        &AwsXml::parseDescribeInstances, std::move(deliver), std::move(onDone), pageSize);
}

void Ec2Client::describeInstanceStatus(const QString &region, CredentialsProviderPtr credentials, QObject *context,
    StatusPageCallback onPage, DoneCallback onDone, int pageSize)
{
    std::function<int(const Ec2InstanceStatusPage &)> deliver
        = [onPage = std::move(onPage)](const Ec2InstanceStatusPage &p) {
              onPage(p);
              return int(p.statuses.size());
          };
    paginate<Ec2InstanceStatusPage>(QByteArrayLiteral("DescribeInstanceStatus"),
        { { QByteArrayLiteral("IncludeAllInstances"), QByteArrayLiteral("true") } }, region, std::move(credentials),
        context, &AwsXml::parseDescribeInstanceStatus, std::move(deliver), std::move(onDone), pageSize);
}

QList<QUrl> Ec2Client::probeEndpoints(const QString &region) const
{
    return QList<QUrl>(requiredEc2Actions().size(), m_endpoints.ec2Url(region));
}

void Ec2Client::probePermissions(
    const QString &region, CredentialsProviderPtr credentials, QObject *context, ProbeCallback callback)
{
    const QList<RequiredAction> actions = requiredEc2Actions();
    struct State
    {
        QList<PermissionCheck> checks;
        int pending = 0;
        AwsError inconclusive;
    };
    auto state = std::make_shared<State>();
    state->pending = int(actions.size());
    for (const RequiredAction &action : actions) {
        AwsQuery query(action.apiAction, apiVersion);
        query.add("DryRun", QByteArrayView("true"));
        AwsCall call { QByteArrayLiteral("ec2"), region, m_endpoints.ec2Url(region), std::move(query) };
        AwsReply *reply = m_http->send(std::move(call), credentials);
        const qsizetype index = state->checks.size();
        state->checks.append({ action.iamAction, false, {} });
        connect(reply, &AwsReply::finished, context, [reply, state, index, callback] {
            PermissionCheck &check = state->checks[index];
            const AwsError &e = reply->error();
            if (e.code == QLatin1StringView("DryRunOperation")) {
                check.allowed = true;
            } else if (e.kind == AwsError::Kind::AccessDenied) {
                check.error = e;
            } else if (!e.isError()) {
                // A 2xx to a DryRun request means the endpoint ignored DryRun; it did let us call, though.
                check.allowed = true;
            } else {
                check.error = e;
                if (!state->inconclusive.isError())
                    state->inconclusive = e;
            }
            if (--state->pending == 0) {
                if (state->inconclusive.isError())
                    callback(state->inconclusive);
                else
                    callback(state->checks);
            }
        });
    }
}
