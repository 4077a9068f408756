// Ec2Client: DescribeRegions, paginated DescribeInstances/DescribeInstanceStatus, DryRun permission probes.
#include "aws/ec2client.h"

#include "aws/awsxml.h"
#include "aws/httpclient.h"
#include "aws/pagechain.h"
#include "aws/permissionprobe.h"

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
void Ec2Client::paginate(const QString &region, const QByteArray &action,
    QList<std::pair<QByteArray, QByteArray>> params, CredentialsProviderPtr credentials, QObject *context,
    Result<Page> (*parse)(QByteArrayView), std::function<int(const Page &)> deliver, DoneCallback onDone, int pageSize,
    std::shared_ptr<PageChain> chain)
{
    if (!chain)
        chain = std::make_shared<PageChain>(action, region, m_maxPagesPerChain);
    AwsQuery query(action, apiVersion);
    for (const auto &[name, value] : std::as_const(params))
        query.add(name, QByteArrayView(value));
    query.add("MaxResults", qint64(qBound(5, pageSize, maxPageSize)));
    if (!chain->token().isEmpty())
        query.add("NextToken", chain->token());
    AwsCall call { QByteArrayLiteral("ec2"), region, m_endpoints.ec2Url(region), std::move(query) };
    const CredentialsProviderPtr next = credentials;
    m_http->call<Page>(std::move(call), std::move(credentials), context, parse,
        [=, this, params = std::move(params)](const Result<Page> &page) {
            if (!page) {
                onDone(page.error());
                return;
            }
            chain->delivered += deliver(*page);
            // The page's items stand; a token that loops, is oversized or exceeds the page cap
            // ends the listing with an error instead of following it.
            const Result<bool> more = chain->advance(page->nextToken);
            if (!more) {
                onDone(more.error());
                return;
            }
            if (!*more) {
                onDone(chain->delivered);
                return;
            }
            paginate<Page>(region, action, params, next, context, parse, deliver, onDone, pageSize, chain);
        });
}

void Ec2Client::describeInstances(const QString &region, CredentialsProviderPtr credentials, QObject *context,
    InstancePageCallback onPage, DoneCallback onDone, int pageSize)
{
    std::function<int(const Ec2InstancePage &)> deliver = [onPage = std::move(onPage)](const Ec2InstancePage &p) {
        onPage(p);
        return int(p.instances.size());
    };
    paginate<Ec2InstancePage>(region, QByteArrayLiteral("DescribeInstances"), {}, std::move(credentials), context,
        &AwsXml::parseDescribeInstances, std::move(deliver), std::move(onDone), pageSize, nullptr);
}

void Ec2Client::describeInstanceStatus(const QString &region, CredentialsProviderPtr credentials, QObject *context,
    StatusPageCallback onPage, DoneCallback onDone, int pageSize)
{
    std::function<int(const Ec2InstanceStatusPage &)> deliver
        = [onPage = std::move(onPage)](const Ec2InstanceStatusPage &p) {
              onPage(p);
              return int(p.statuses.size());
          };
    paginate<Ec2InstanceStatusPage>(region, QByteArrayLiteral("DescribeInstanceStatus"),
        { { QByteArrayLiteral("IncludeAllInstances"), QByteArrayLiteral("true") } }, std::move(credentials), context,
        &AwsXml::parseDescribeInstanceStatus, std::move(deliver), std::move(onDone), pageSize, nullptr);
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
