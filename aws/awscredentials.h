// AwsCredentials: one set of AWS credentials (long-term keys or temporary session credentials).
#pragma once

#include "aws/secretbytes.h"

#include <QDateTime>
#include <QString>

/// An access key id, its secret, and for temporary credentials the session token and expiry.
/// The secret is a SecretBytes: wiped when the object dies, never printable.
struct AwsCredentials
{
    QString accessKeyId; ///< AKIA... (long-term) or ASIA... (temporary)
    SecretBytes secretAccessKey;
    QByteArray sessionToken; ///< empty for long-term keys; not secret on its own but never logged either
    QDateTime expiration; ///< invalid for long-term keys; UTC otherwise
    QString source; ///< where they came from, for diagnostics: "env", "profile:NAME", "keychain", "assumed-role"

    /// An explicit second copy, the secret in a buffer of its own (wiped when it dies). Credentials are move-only;
    /// the one holder that must keep them past a provider's callback is HttpClient's request queue, until the
    /// request's turn comes and it is signed (then the copy dies with the queued work).
    AwsCredentials clone() const
    {
        AwsCredentials c;
        c.accessKeyId = accessKeyId;
        c.secretAccessKey = SecretBytes(secretAccessKey.view());
        c.sessionToken = sessionToken;
        c.expiration = expiration;
        c.source = source;
        return c;
    }

    bool isValid() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
    bool isTemporary() const { return !sessionToken.isEmpty(); }
    /// True when the credentials expire within \a margin seconds of \a now (never for long-term keys).
    bool expiresWithin(qint64 marginSecs, const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        return expiration.isValid() && now.secsTo(expiration) <= marginSecs;
    }
};
