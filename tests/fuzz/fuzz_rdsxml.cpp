// fuzz_rdsxml: libFuzzer harness for AwsXml's RDS parser (DescribeDBInstances) and RDS's error documents.
#include "aws/awsxml.h"

#include "fuzzcheck.h"

#include <cstdint>

using FuzzCheck::checkResult;
using FuzzCheck::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView xml(reinterpret_cast<const char *>(data), qsizetype(size));

    if (const auto page = AwsXml::parseDescribeDbInstances(xml); page) {
        // The parser's promises on a page it accepts: bounded counts, every database named.
        require(page->databases.size() <= AwsXml::maxRdsDatabasesPerPage);
        for (const RdsDbInstance &db : page->databases) {
            require(!db.identifier.isEmpty());
            require(db.tags.size() <= AwsXml::maxRdsTags);
            require(!db.createTime.isValid() || db.createTime.timeSpec() == Qt::UTC);
        }
    } else {
        checkResult(page);
    }

    // RDS's errors come in the ErrorResponse shape; the status decides the fallback classification.
    static constexpr int statuses[] = { 400, 403, 404, 500, 503, 0 };
    const AwsError error = AwsXml::parseError(xml, statuses[size % (sizeof statuses / sizeof statuses[0])]);
    require(error.isError());
    return 0;
}
