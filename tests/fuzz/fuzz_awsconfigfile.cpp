// fuzz_awsconfigfile: libFuzzer harness for AwsConfigFile, the ~/.aws/credentials and ~/.aws/config parser.
#include "aws/awsconfigfile.h"

#include <cstdint>
#include <cstdlib>

namespace {
void require(bool condition)
{
    if (!condition)
        std::abort();
}

void check(QByteArrayView text, AwsConfigFile::Kind kind)
{
    const AwsConfigFile file = AwsConfigFile::parse(text, kind);
    for (const QString &profile : file.profiles()) {
        require(!profile.isEmpty());
        require(file.hasProfile(profile));
        (void)file.value(profile, QStringLiteral("aws_access_key_id"));
        (void)file.value(profile, QStringLiteral("region"));
    }
    // Parsing is a pure function of the text.
    require(AwsConfigFile::parse(text, kind).profiles().size() == file.profiles().size());
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    check(text, AwsConfigFile::Kind::Credentials);
    check(text, AwsConfigFile::Kind::Config);
    return 0;
}
