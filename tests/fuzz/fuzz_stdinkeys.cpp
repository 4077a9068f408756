// fuzz_stdinkeys: libFuzzer harness for KeyInput, onrampctl connect-keys' reader of the key pair on stdin.
#include "app/keyinput.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

namespace {
void require(bool condition)
{
    if (!condition)
        std::abort();
}

// What QByteArray::trimmed() removes (the reader trims bytes, so Latin-1 NBSP is not whitespace here).
bool isAsciiSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\v' || c == u'\f' || c == u'\r';
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer in(&bytes);
    require(in.open(QIODevice::ReadOnly));
    const KeyInput keys = KeyInput::read(in);
    switch (keys.status) {
    case KeyInput::Status::Ok:
        require(!keys.accessKeyId.isEmpty() && !keys.secretAccessKey.isEmpty());
        require(keys.accessKeyId.size() <= KeyInput::MaxLineLength);
        require(keys.secretAccessKey.size() <= KeyInput::MaxLineLength);
        require(!keys.accessKeyId.contains(u'\n') && !keys.secretAccessKey.view().contains('\n'));
        require(!isAsciiSpace(keys.accessKeyId.front().unicode()) && !isAsciiSpace(keys.accessKeyId.back().unicode()));
        require(!isAsciiSpace(uchar(keys.secretAccessKey.view().front()))
            && !isAsciiSpace(uchar(keys.secretAccessKey.view().back())));
        break;
    case KeyInput::Status::Missing:
    case KeyInput::Status::LineTooLong:
        require(keys.accessKeyId.isEmpty() && keys.secretAccessKey.isEmpty());
        break;
    }
    // Never reads past the second line: whatever follows stays for the next reader.
    const qsizetype firstNewline = bytes.indexOf('\n');
    const qsizetype secondNewline = firstNewline < 0 ? -1 : bytes.indexOf('\n', firstNewline + 1);
    if (keys.status == KeyInput::Status::Ok && secondNewline >= 0)
        require(in.pos() == secondNewline + 1);
    return 0;
}
