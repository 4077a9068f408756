// QueryPages: one paginated Query-protocol listing, followed page by page under a PageChain (EC2, RDS).
#pragma once

#include "aws/httpclient.h"
#include "aws/pagechain.h"

#include <functional>
#include <memory>
#include <utility>

/// What every page of one paginated Query-protocol listing sends: EC2's MaxResults / NextToken
/// (EC2 API Reference, "Pagination") and RDS's MaxRecords / Marker (RDS API Reference, DescribeDBInstances) differ
/// only in these names.
struct QueryPages
{
    QByteArray service; ///< the SigV4 service: "ec2", "rds"
    QString region;
    QUrl endpoint;
    QByteArray action; ///< "DescribeInstances"
    QByteArray version; ///< the API version: "2016-11-15"
    QList<std::pair<QByteArray, QByteArray>> params; ///< sent on every page
    QByteArray sizeParameter; ///< "MaxResults", "MaxRecords"
    int pageSize = 0; ///< already within the service's bounds
    QByteArray tokenParameter; ///< "NextToken", "Marker"
    int maxPages = PageChain::defaultMaxPages;
};

/// Calls \a pages.action page by page until the listing ends: each parsed page goes to \a deliver (which returns
/// how many items it held), its continuation token (\a token of the page) is followed through a PageChain, and
/// \a onDone runs once with the items delivered or the error that stopped the listing (an AWS error, a parse error,
/// or the chain's loop / size / page-count error; pages delivered before it stand).
template <typename Page>
void followQueryPages(HttpClient *http, QueryPages pages, CredentialsProviderPtr credentials, QObject *context,
    Result<Page> (*parse)(QByteArrayView), QString Page::*token, std::function<int(const Page &)> deliver,
    std::function<void(const Result<int> &)> onDone, std::shared_ptr<PageChain> chain = nullptr)
{
    if (!chain)
        chain = std::make_shared<PageChain>(pages.action, pages.region, pages.maxPages);
    AwsQuery query(pages.action, pages.version);
    for (const auto &[name, value] : std::as_const(pages.params))
        query.add(name, QByteArrayView(value));
    query.add(pages.sizeParameter, qint64(pages.pageSize));
    if (!chain->token().isEmpty())
        query.add(pages.tokenParameter, chain->token());
    AwsCall call { pages.service, pages.region, pages.endpoint, std::move(query) };
    // A chain that has gone further is likely the longest: its next page is on the critical path.
    call.priority = chain->pages();
    const CredentialsProviderPtr next = credentials;
    http->call<Page>(std::move(call), std::move(credentials), context, parse,
        [=, pages = std::move(pages)](const Result<Page> &page) {
            if (!page) {
                onDone(page.error());
                return;
            }
            chain->delivered += deliver(*page);
            // The page's items stand; a token that loops, is oversized or exceeds the page cap ends the listing
            // with an error instead of following it.
            const Result<bool> more = chain->advance((*page).*token);
            if (!more) {
                onDone(more.error());
                return;
            }
            if (!*more) {
                onDone(chain->delivered);
                return;
            }
            followQueryPages<Page>(http, pages, next, context, parse, token, deliver, onDone, chain);
        });
}
