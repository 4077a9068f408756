// fuzz_awsxml: libFuzzer harness for AwsXml, the parsers of every STS/EC2 response body and error document.
#include "aws/awsxml.h"

#include "fuzzcheck.h"

#include <cstdint>

using FuzzCheck::checkResult;
using FuzzCheck::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView xml(reinterpret_cast<const char *>(data), qsizetype(size));

    if (const auto page = AwsXml::parseDescribeInstances(xml); page) {
        for (const Ec2Instance &i : page->instances)
            (void)i.tags.size();
    } else {
        checkResult(page);
    }
    checkResult(AwsXml::parseDescribeRegions(xml));
    checkResult(AwsXml::parseDescribeInstanceStatus(xml));
    checkResult(AwsXml::parseGetCallerIdentity(xml));
    checkResult(AwsXml::parseAssumeRole(xml));

    // The status decides the fallback classification: one from each class the mapping distinguishes.
    static constexpr int statuses[] = { 200, 400, 403, 404, 429, 500, 503, 0, -1 };
    const int status = statuses[size % (sizeof statuses / sizeof statuses[0])];
    const AwsError error = AwsXml::parseError(xml, status);
    require(error.isError());
    return 0;
}
