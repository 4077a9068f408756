// fuzz_arn: libFuzzer harness for Arn, the parser of the role ARN or account id a user pastes.
#include "aws/arn.h"
#include "aws/awspartition.h"

#include <cstdint>
#include <cstdlib>

namespace {
// An invariant the parser promises; a violation is a finding like a crash.
void require(bool condition)
{
    if (!condition)
        std::abort();
}

void check(QStringView text)
{
    const Result<Arn> parsed = Arn::parseRoleArn(text);
    if (parsed) {
        // A parsed ARN is valid by every rule the parser applies and reads back as what was pasted.
        require(Arn::isKnownPartition(parsed->partition()));
        require(Arn::isAccountId(parsed->accountId()));
        require(!Arn::checkRoleName(parsed->roleName()).isError());
        require(!Arn::checkRolePath(parsed->rolePath()).isError());
        require(parsed->toString() == text.trimmed());
        const Result<Arn> again = Arn::parseRoleArn(parsed->toString());
        require(again && *again == *parsed);
    } else {
        require(parsed.error().code.startsWith(QLatin1StringView("InvalidArn.")));
        require(!parsed.error().message.isEmpty());
        // Echoed input is cut to an excerpt: a huge paste never makes a huge message.
        require(parsed.error().message.size() < 2048);
    }
    (void)Arn::isAccountId(text);
    (void)partitionOfRegion(text);
    (void)Arn::checkRoleName(text);
    (void)Arn::checkRolePath(text);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // As pasted text (UTF-8, invalid sequences replaced) ...
    check(QString::fromUtf8(bytes));
    // ... and as raw UTF-16, which reaches lone surrogates and every code unit directly.
    check(QStringView(reinterpret_cast<const char16_t *>(data), qsizetype(size / 2)));
    return 0;
}
