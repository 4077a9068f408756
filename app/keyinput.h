// KeyInput: the access key pair `onrampctl connect-keys` reads from stdin, one line each.
#pragma once

#include "aws/secretbytes.h"

#include <QString>

class QIODevice;

/// Reads the access key id (first line) and the secret access key (second line) the way connect-keys takes
/// them on stdin (cli-contract.md: "one per line, never from argv"). Lines end with LF, CRLF or the end of the
/// input; surrounding ASCII whitespace is ignored. A line longer than MaxLineLength bytes is refused rather than
/// cut, so the tail of an overlong first line can never be taken for the secret. The secret only ever lives in
/// a buffer that is wiped and in the returned SecretBytes: the reader makes no other copy of it.
class KeyInput final
{
public:
    /// No access key id or secret is anywhere near this long (IAM: key ids 16-128 characters, secrets 40).
    static constexpr qsizetype MaxLineLength = 4096;

    enum class Status {
        Ok, ///< both lines present and non-empty
        Missing, ///< the input ended before two non-empty lines
        LineTooLong, ///< a line is longer than MaxLineLength
    };

    /// Reads two lines from \a in, byte by byte, so that nothing after the second line is consumed.
    static KeyInput read(QIODevice &in);

    Status status = Status::Missing;
    QString accessKeyId;
    SecretBytes secretAccessKey;
};
