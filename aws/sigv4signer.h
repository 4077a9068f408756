// SigV4Signer: AWS Signature Version 4 request signing on OpenSSL, with a signing-key cache.
#pragma once

#include "aws/awscredentials.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>

#include <utility>

/// The parts of an HTTP request that SigV4 covers.
struct SigV4Request
{
    QByteArray method = QByteArrayLiteral("POST");
    /// The path as sent on the wire, already percent-encoded (e.g. "/" or "/scenario/session/").
    /// The canonical URI is derived from it per the SigV4 rules for non-S3 services.
    QByteArray path = QByteArrayLiteral("/");
    /// The raw query string as sent on the wire, without '?'; may be empty.
    QByteArray query;
    /// Header name/value pairs. Must include "Host". sign() appends X-Amz-Date, X-Amz-Security-Token (when the
    /// credentials have a session token) and Authorization. Names are case-insensitive.
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray payload;

    /// The value of header \a name (case-insensitive), or a null QByteArray.
    QByteArray header(QByteArrayView name) const;
};

/// Signs requests with AWS Signature Version 4 ("Create a signed AWS API request", AWS General Reference /
/// IAM User Guide: canonical request, string to sign, signing key, signature) using OpenSSL's SHA-256 and
/// HMAC-SHA256. Derived signing keys are cached per (access key, secret, date, region, service); the cache
/// key holds a SHA-256 of the secret, never the secret. Not thread-safe: one signer per thread.
class SigV4Signer final
{
public:
    SigV4Signer();
    ~SigV4Signer();
    SigV4Signer(const SigV4Signer &) = delete;
    SigV4Signer &operator=(const SigV4Signer &) = delete;

    /// Signs \a request in place for \a region and \a service at time \a now (UTC): adds X-Amz-Date,
    /// X-Amz-Security-Token for temporary credentials, and the Authorization header. Signs every header present.
    void sign(SigV4Request &request, const AwsCredentials &credentials, QByteArrayView region, QByteArrayView service,
        const QDateTime &now);

    /// The canonical request (step 1 of SigV4) for \a request as it stands, over all of its headers
    /// (duplicates joined with commas, values trimmed, inner runs of spaces collapsed). For the AWS test suite.
    static QByteArray canonicalRequest(const SigV4Request &request);
    /// The string to sign (step 2) for a canonical request.
    static QByteArray stringToSign(
        const QByteArray &canonicalRequest, const QDateTime &now, QByteArrayView region, QByteArrayView service);

    /// Hex SHA-256 of \a data (lower case).
    static QByteArray sha256Hex(QByteArrayView data);

    /// Number of derived keys held; for tests of the cache.
    int cachedKeyCount() const;
    /// Number of signing-key derivations performed (cache misses); for tests and benchmarks.
    quint64 keyDerivations() const;
    void clearCache();

private:
    struct Private;
    Private *d;
};
