// QueryPages: one paginated Query-protocol listing, followed page by page under a PageChain (EC2, RDS).
#pragma once

#include "aws/awsxml.h"
#include "aws/httpclient.h"
#include "aws/pagechain.h"

#include <functional>
#include <memory>
#include <optional>
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
    QByteArray tokenElement; ///< the response's element holding the token: "nextToken", "Marker"
};

/// A listing followed by followQueryPages(): its PageChain and the page asked for ahead of its predecessor's parse.
struct QueryPagesState
{
    explicit QueryPagesState(const QueryPages &pages)
        : chain(pages.action, pages.region, pages.maxPages)
    {
    }
    PageChain chain;
    /// Set once the listing has ended with an error while a page was already asked for: that page's answer is
    /// dropped (and the request aborted), so onDone runs once and nothing is delivered after it.
    bool ended = false;
    QPointer<AwsReply> ahead; ///< the request sent before the page it continues was parsed
    /// Pages answered and not yet parsed (HttpClient::call() parses them on its parse thread, in order): past
    /// kMaxUnparsed, no page is asked for ahead, so a busy client holds a few bodies per listing, not the chain.
    int unparsed = 0;
    static constexpr int kMaxUnparsed = 2;
};

/// Calls \a pages.action page by page until the listing ends: each parsed page goes to \a deliver (which returns
/// how many items it held), its continuation token (\a token of the page) is followed through a PageChain, and
/// \a onDone runs once with the items delivered or the error that stopped the listing (an AWS error, a parse error,
/// or the chain's loop / size / page-count error; pages delivered before it stand).
///
/// The next page is asked for before a page is parsed (a 1,000-instance page is ~5 MB, 10-20 ms of parsing on
/// HttpClient's parse thread, per page of the longest chain): AwsXml::continuationToken() looks at the end
/// of the body for pages.tokenElement. That look is not trusted: the token goes through the PageChain's checks like
/// any other, and the parsed page must carry the same token, else the listing ends with an error and the page asked
/// for ahead is dropped. A body where the look finds nothing (the last page, or a token it cannot read plainly)
/// is parsed first, as before, and so is one that finds kMaxUnparsed pages of its listing still waiting to be
/// parsed.
template <typename Page>
AwsReply *followQueryPages(HttpClient *http, QueryPages pages, CredentialsProviderPtr credentials, QObject *context,
    Result<Page> (*parse)(QByteArrayView), QString Page::*token, std::function<int(const Page &)> deliver,
    std::function<void(const Result<int> &)> onDone, std::shared_ptr<QueryPagesState> state = nullptr)
{
    if (!state)
        state = std::make_shared<QueryPagesState>(pages);
    AwsQuery query(pages.action, pages.version);
    for (const auto &[name, value] : std::as_const(pages.params))
        query.add(name, QByteArrayView(value));
    query.add(pages.sizeParameter, qint64(pages.pageSize));
    if (!state->chain.token().isEmpty())
        query.add(pages.tokenParameter, state->chain.token());
    AwsCall call { pages.service, pages.region, pages.endpoint, std::move(query) };
    // A chain that has gone further is likely the longest: its next page is on the critical path.
    call.priority = state->chain.pages();
    const CredentialsProviderPtr next = credentials;
    // What this page's look ahead found: the token (the parse must agree), whether the next page went out on it,
    // or the chain's refusal of it.
    struct Ahead
    {
        bool counted = false; ///< in state->unparsed until parsed
        std::optional<QString> token;
        bool sent = false;
        AwsError refused;
    };
    auto ahead = std::make_shared<Ahead>();
    const QByteArray tokenElement = pages.tokenElement;
    auto end = [state, onDone](const Result<int> &result) {
        state->ended = true;
        if (state->ahead)
            state->ahead->abort();
        onDone(result);
    };
    return http->call<Page>(
        std::move(call), std::move(credentials), context, parse,
        [=](const Result<Page> &page) {
            if (ahead->counted)
                --state->unparsed;
            if (state->ended)
                return; // the listing ended while this page was on its way
            if (!page) {
                end(page.error());
                return;
            }
            if (ahead->token && (*page).*token != *ahead->token) {
                end(state->chain.inconsistentToken());
                return;
            }
            state->chain.delivered += deliver(*page);
            if (ahead->refused.isError()) {
                end(ahead->refused);
                return;
            }
            if (ahead->sent)
                return; // the next page is on its way and goes on from here
            // The page's items stand; a token that loops, is oversized or exceeds the page cap ends the listing
            // with an error instead of following it.
            const Result<bool> more = state->chain.advance((*page).*token);
            if (!more) {
                end(more.error());
                return;
            }
            if (!*more) {
                onDone(state->chain.delivered);
                return;
            }
            followQueryPages<Page>(http, pages, next, context, parse, token, deliver, onDone, state);
        },
        [=](QByteArrayView body) {
            ahead->counted = true;
            if (++state->unparsed > QueryPagesState::kMaxUnparsed)
                return; // parsed first, as without a look ahead
            ahead->token = AwsXml::continuationToken(body, tokenElement);
            if (!ahead->token)
                return;
            const Result<bool> more = state->chain.advance(*ahead->token);
            if (!more) {
                ahead->refused = more.error(); // reported once the page is delivered, as for a parsed token
                return;
            }
            ahead->sent = true;
            state->ahead = followQueryPages<Page>(http, pages, next, context, parse, token, deliver, onDone, state);
        });
}
