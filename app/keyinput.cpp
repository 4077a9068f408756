// KeyInput: reads connect-keys' access key pair from a device (stdin in onrampctl).
#include "keyinput.h"

#include <QIODevice>

namespace {
enum class LineResult { Ok, TooLong };

// Reads up to the next '\n' (consumed, not stored) or the end of the input into a line buffer reserved once,
// so that appending never reallocates and leaves a copy of a secret in freed memory.
LineResult readLine(QIODevice &in, QByteArray &line)
{
    line.clear();
    line.reserve(KeyInput::MaxLineLength + 1);
    char c = 0;
    while (in.getChar(&c) && c != '\n') {
        if (line.size() == KeyInput::MaxLineLength + 1)
            return LineResult::TooLong; // one byte of slack: a CRLF line of exactly MaxLineLength is fine
        line.append(c);
    }
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.size() > KeyInput::MaxLineLength)
        return LineResult::TooLong;
    return LineResult::Ok;
}
} // namespace

KeyInput KeyInput::read(QIODevice &in)
{
    KeyInput result;
    QByteArray keyLine;
    QByteArray secretLine;
    if (readLine(in, keyLine) == LineResult::TooLong || readLine(in, secretLine) == LineResult::TooLong) {
        result.status = Status::LineTooLong;
    } else {
        // Views, not QByteArray::trimmed(): that would make an unwiped copy of the secret.
        const QByteArrayView keyId = QByteArrayView(keyLine).trimmed();
        const QByteArrayView secret = QByteArrayView(secretLine).trimmed();
        if (!keyId.isEmpty() && !secret.isEmpty()) {
            result.status = Status::Ok;
            result.accessKeyId = QString::fromLatin1(keyId);
            result.secretAccessKey = SecretBytes(secret);
        }
    }
    SecretBytes::wipe(secretLine);
    SecretBytes::wipe(keyLine);
    return result;
}
