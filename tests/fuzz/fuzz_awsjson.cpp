// fuzz_awsjson: libFuzzer harness for the AWS JSON 1.1 side: AwsJson's error parser and every OrganizationsClient
// response parser (DescribeOrganization, ListAccounts, ListAccountsForParent, ListRoots, ListChildren).
#include "aws/awsjson.h"
#include "aws/organizationsclient.h"

#include "fuzzcheck.h"

#include <cstdint>

using FuzzCheck::checkResult;
using FuzzCheck::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView json(reinterpret_cast<const char *>(data), qsizetype(size));

    if (const auto org = OrganizationsClient::parseDescribeOrganization(json); org) {
        require(OrganizationsClient::isOrganizationId(org->id));
        require(OrganizationsClient::isAccountId(org->managementAccountId));
    } else {
        checkResult(org);
    }
    for (auto parse : { &OrganizationsClient::parseAccountsPage, &OrganizationsClient::parseAccountsForParentPage }) {
        if (const auto page = parse(json); page) {
            for (const OrgAccount &a : page->items)
                require(OrganizationsClient::isAccountId(a.id));
        } else {
            checkResult(page);
        }
    }
    if (const auto roots = OrganizationsClient::parseRootsPage(json); roots) {
        for (const QString &id : roots->items)
            require(OrganizationsClient::isRootId(id));
    } else {
        checkResult(roots);
    }
    checkResult(OrganizationsClient::parseChildrenPage(json));

    static constexpr int statuses[] = { 200, 400, 403, 404, 429, 500, 503, 0, -1 };
    const int status = statuses[size % (sizeof statuses / sizeof statuses[0])];
    // The error type header, when AWS sends one, comes from the same untrusted bytes: the first line.
    const qsizetype nl = json.indexOf('\n');
    const QByteArrayView header = nl > 0 && size % 2 ? json.first(nl) : QByteArrayView();
    require(AwsJson::parseError(json, status, header).isError());
    return 0;
}
