// SigV4Signer: AWS Signature Version 4 request signing on OpenSSL, with a bounded cache of derived signing keys.
// Why one file of ~800 lines: canonical request, string to sign, key derivation and its cache are the four steps of
// one algorithm (AWS SigV4), checked together by the 33 cases of AWS's test suite and bench_sigv4.
#include "aws/sigv4signer.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <QSysInfo>
#include <QtAlgorithms>
#include <QtGlobal>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::string_view kAlgorithm = "AWS4-HMAC-SHA256";
constexpr std::string_view kScopeTerminator = "aws4_request";
constexpr int kHashSize = 32;
constexpr int kHexSize = 2 * kHashSize;
constexpr int kAmzDateSize = 16; // yyyyMMddTHHmmssZ
constexpr int kDateSize = 8; // yyyyMMdd, the first eight characters of the amz date
constexpr int kMaxCachedKeys = 16;

constexpr char kHexLower[] = "0123456789abcdef";
constexpr char kHexUpper[] = "0123456789ABCDEF";

struct CharTables
{
    bool unreserved[256] = {};
    signed char hexValue[256] = {};
    unsigned char lower[256] = {};
};

constexpr CharTables makeCharTables()
{
    CharTables t;
    for (int c = 0; c < 256; ++c) {
        t.unreserved[c] = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_' || c == '.' || c == '~';
        t.hexValue[c] = c >= '0' && c <= '9' ? c - '0'
            : c >= 'a' && c <= 'f'           ? c - 'a' + 10
            : c >= 'A' && c <= 'F'           ? c - 'A' + 10
                                             : -1;
        t.lower[c] = (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
    }
    return t;
}

constexpr CharTables kChars = makeCharTables();

char *writeHex(char *out, const unsigned char *bytes, int n)
{
    for (int i = 0; i < n; ++i) {
        *out++ = kHexLower[bytes[i] >> 4];
        *out++ = kHexLower[bytes[i] & 0xf];
    }
    return out;
}

char *writeBytes(char *out, const char *data, qsizetype n)
{
    std::memcpy(out, data, size_t(n));
    return out + n;
}

char *writeBytes(char *out, std::string_view s)
{
    return writeBytes(out, s.data(), qsizetype(s.size()));
}

char *writeBytes(char *out, QByteArrayView s)
{
    return writeBytes(out, s.data(), s.size());
}

char *writeLower(char *out, QByteArrayView s)
{
    for (const char c : s)
        *out++ = char(kChars.lower[uchar(c)]);
    return out;
}

// Percent-decodes [p, end) and encodes the result once per RFC 3986, so a path or query that arrives encoded
// (as it goes on the wire) is not encoded twice, and %7e and ~ canonicalize alike. A '%' without two hex digits
// after it is a literal percent sign. '+' is a literal plus, not a space: the AWS test suite
// (post-vanilla-query-nonunreserved) expects %2B. At most 3 output bytes per input byte.
char *writeUriEncoded(char *out, const char *p, const char *end)
{
    while (p != end) {
        uchar c = uchar(*p++);
        if (c == '%' && end - p >= 2) {
            const int hi = kChars.hexValue[uchar(p[0])];
            const int lo = kChars.hexValue[uchar(p[1])];
            if ((hi | lo) >= 0) {
                c = uchar(hi << 4 | lo);
                p += 2;
            }
        }
        if (kChars.unreserved[c]) {
            *out++ = char(c);
        } else {
            out[0] = '%';
            out[1] = kHexUpper[c >> 4];
            out[2] = kHexUpper[c & 0xf];
            out += 3;
        }
    }
    return out;
}

bool isSpace(uchar c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// The first byte in [p, end) that is a space or a control character (<= 0x20), or end. Eight bytes at a time
// (Mycroft's "has a byte less than n" test): header values such as an 800-character session token hold none,
// and a byte-by-byte scan of them cost more than hashing them.
const char *findSpaceOrControl(const char *p, const char *end)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    for (; end - p >= 8; p += 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        // Borrows only run upward, so the lowest flagged byte is a true match; bytes >= 0x80 are never flagged.
        const quint64 flagged = (word - ones * 0x21) & ~word & highs;
        if (flagged != 0) {
            if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian)
                return p + qCountTrailingZeroBits(flagged) / 8;
            else
                break;
        }
    }
    while (p != end && uchar(*p) > 0x20)
        ++p;
    return p;
}

// A header value as SigV4 canonicalizes it: trimmed, inner runs of spaces and tabs collapsed to one space.
// A run that holds a line break is an obsolete folded continuation (get-header-value-multiline in the AWS
// test suite): it separates values, so it becomes a comma. Never longer than the input.
char *writeHeaderValue(char *out, QByteArrayView value)
{
    const char *p = value.data();
    const char *end = p + value.size();
    while (p != end && isSpace(uchar(*p)))
        ++p;
    while (end != p && isSpace(uchar(end[-1])))
        --end;
    while (p != end) {
        const char *stop = findSpaceOrControl(p, end);
        out = writeBytes(out, p, stop - p);
        if (stop == end)
            break;
        p = stop;
        if (!isSpace(uchar(*p))) { // another control character: not whitespace, kept as it is
            *out++ = *p++;
            continue;
        }
        bool lineBreak = false;
        for (; isSpace(uchar(*p)); ++p) // stops before end: the value was trimmed, so no run reaches it
            lineBreak |= *p == '\n' || *p == '\r';
        *out++ = lineBreak ? ',' : ' ';
    }
    return out;
}

int compareIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const int d = int(kChars.lower[uchar(a[i])]) - int(kChars.lower[uchar(b[i])]);
        if (d != 0)
            return d;
    }
    return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && compareIgnoringCase(a, b) == 0;
}

// The amz date (yyyyMMddTHHmmssZ) of a time given as seconds since the epoch, without QDateTime's formatting,
// which costs more than hashing a small request. Days to civil date after H. Hinnant's "chrono-Compatible
// Low-Level Date Algorithms" (days_from_civil's inverse).
void formatAmzDate(qint64 secs, char out[kAmzDateSize])
{
    qint64 days = secs / 86400;
    qint64 secOfDay = secs % 86400;
    if (secOfDay < 0) {
        secOfDay += 86400;
        --days;
    }
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
    const int hour = int(secOfDay / 3600);
    const int minute = int(secOfDay / 60 % 60);
    const int second = int(secOfDay % 60);
    const auto two = [](char *o, int v) {
        o[0] = char('0' + v / 10);
        o[1] = char('0' + v % 10);
    };
    two(out, year / 100 % 100);
    two(out + 2, year % 100);
    two(out + 4, month);
    two(out + 6, day);
    out[8] = 'T';
    two(out + 9, hour);
    two(out + 11, minute);
    two(out + 13, second);
    out[15] = 'Z';
}

// For the static helpers, which have no signer: fetched once, shared (EVP_MD objects are thread-safe), and
// deliberately never freed.
const EVP_MD *sharedSha256()
{
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

void digestSha256(EVP_MD_CTX *ctx, const EVP_MD *md, QByteArrayView data, unsigned char out[kHashSize])
{
    unsigned int n = 0;
    const bool ok = EVP_DigestInit_ex2(ctx, md, nullptr) == 1
        && EVP_DigestUpdate(ctx, data.data(), size_t(data.size())) == 1 && EVP_DigestFinal_ex(ctx, out, &n) == 1;
    if (Q_UNLIKELY(!ok || n != kHashSize))
        qFatal("SigV4Signer: OpenSSL SHA-256 failed");
}

void sha256Once(QByteArrayView data, unsigned char out[kHashSize])
{
    unsigned int n = 0;
    if (Q_UNLIKELY(EVP_Digest(data.data(), size_t(data.size()), out, &n, sharedSha256(), nullptr) != 1))
        qFatal("SigV4Signer: OpenSSL SHA-256 failed");
}

struct HeaderRef
{
    std::string_view name; ///< lower-cased, in Scratch::names
    QByteArrayView value;
};

struct QueryParam
{
    qsizetype nameOffset;
    qsizetype nameSize;
    qsizetype valueOffset;
    qsizetype valueSize;
};

// Buffers reused from one canonical request to the next so that signing allocates nothing once warm.
struct Scratch
{
    std::vector<HeaderRef> headers;
    std::vector<char *> segments;
    std::vector<QueryParam> params;
    QByteArray query;
    QByteArray names; ///< every header name, lower-cased once for sorting, grouping and writing
};

char *writeCanonicalUri(char *out, QByteArrayView path, Scratch &s)
{
    if (path.isEmpty() || (path.size() == 1 && path[0] == '/')) {
        *out++ = '/';
        return out;
    }
    // Dot segments are removed after each segment is decoded and re-encoded, so "%2E%2E" counts as ".." as
    // RFC 3986 (6.2.2.2 then 5.2.4) has it; empty segments are dropped (get-slashes: //example// -> /example/).
    char *const root = out;
    *out++ = '/';
    s.segments.clear();
    bool lastWasDot = false;
    const char *p = path.data();
    const char *const end = p + path.size();
    while (p != end) {
        const char *slash = static_cast<const char *>(std::memchr(p, '/', size_t(end - p)));
        const char *segmentEnd = slash ? slash : end;
        if (segmentEnd != p) {
            char *const segment = out;
            out = writeUriEncoded(out, p, segmentEnd);
            const qsizetype n = out - segment;
            lastWasDot = (n == 1 && segment[0] == '.') || (n == 2 && segment[0] == '.' && segment[1] == '.');
            if (!lastWasDot) {
                s.segments.push_back(segment);
                *out++ = '/';
            } else if (n == 1 || s.segments.empty()) {
                out = segment;
            } else {
                out = s.segments.back();
                s.segments.pop_back();
            }
        }
        p = slash ? slash + 1 : end;
    }
    // Every segment was written with a '/' after it; keep that slash only where the path asked for a
    // directory: a trailing '/', or a final "." or ".." (RFC 3986 5.2.4: "/a/b/.." is "/a/").
    const bool directory = path.endsWith('/') || lastWasDot;
    if (!directory && out - root > 1)
        --out;
    return out;
}

char *writeCanonicalQuery(char *out, QByteArrayView query, Scratch &s)
{
    if (query.isEmpty())
        return out;
    s.params.clear();
    if (s.query.size() < 3 * query.size())
        s.query.resize(3 * query.size());
    char *const base = s.query.data();
    char *w = base;
    const char *p = query.data();
    const char *const end = p + query.size();
    while (p != end) {
        const char *amp = static_cast<const char *>(std::memchr(p, '&', size_t(end - p)));
        const char *pairEnd = amp ? amp : end;
        if (pairEnd != p) {
            const char *eq = static_cast<const char *>(std::memchr(p, '=', size_t(pairEnd - p)));
            const char *nameEnd = eq ? eq : pairEnd;
            QueryParam param;
            param.nameOffset = w - base;
            w = writeUriEncoded(w, p, nameEnd);
            param.nameSize = w - base - param.nameOffset;
            param.valueOffset = w - base;
            if (eq)
                w = writeUriEncoded(w, eq + 1, pairEnd);
            param.valueSize = w - base - param.valueOffset;
            s.params.push_back(param);
        }
        p = amp ? amp + 1 : end;
    }
    Q_ASSERT(w - base <= 3 * query.size());
    // Sorted by encoded name, then by encoded value (get-vanilla-query-order-key, -order-value): comparing
    // the pairs as "name=value" strings would rank "a-b" before "a" ('-' < '=') and be wrong.
    const auto view
        = [base](qsizetype offset, qsizetype size) { return std::string_view(base + offset, size_t(size)); };
    std::sort(s.params.begin(), s.params.end(), [&view](const QueryParam &a, const QueryParam &b) {
        const int byName = view(a.nameOffset, a.nameSize).compare(view(b.nameOffset, b.nameSize));
        if (byName != 0)
            return byName < 0;
        return view(a.valueOffset, a.valueSize) < view(b.valueOffset, b.valueSize);
    });
    for (std::size_t i = 0; i < s.params.size(); ++i) {
        const QueryParam &param = s.params[i];
        if (i != 0)
            *out++ = '&';
        out = writeBytes(out, base + param.nameOffset, param.nameSize);
        *out++ = '=';
        out = writeBytes(out, base + param.valueOffset, param.valueSize);
    }
    return out;
}

void sortHeaders(std::vector<HeaderRef> &headers)
{
    // Stable: values of a repeated header are joined in the order they were given (get-header-value-order).
    // A request has a handful of headers, where insertion sort beats std::stable_sort and allocates nothing.
    const auto less = [](const HeaderRef &a, const HeaderRef &b) { return a.name < b.name; };
    if (headers.size() > 64) {
        std::stable_sort(headers.begin(), headers.end(), less);
        return;
    }
    for (std::size_t i = 1; i < headers.size(); ++i) {
        const HeaderRef h = headers[i];
        std::size_t j = i;
        for (; j > 0 && less(h, headers[j - 1]); --j)
            headers[j] = headers[j - 1];
        headers[j] = h;
    }
}

struct Span
{
    qsizetype offset = 0;
    qsizetype size = 0;
};

// Writes the canonical request of \a r with \a payloadHashHex into \a out and returns where in it the signed
// headers list is, so the Authorization header can reuse it without building it twice.
Span buildCanonicalRequest(QByteArray &out, const SigV4Request &r, const char payloadHashHex[kHexSize], Scratch &s)
{
    s.headers.clear();
    qsizetype nameBytes = 0;
    qsizetype valueBytes = 0;
    for (const auto &[name, value] : r.headers) {
        nameBytes += name.size();
        valueBytes += value.size();
    }
    if (s.names.size() < nameBytes)
        s.names.resize(nameBytes);
    char *lowered = s.names.data();
    for (const auto &[name, value] : r.headers) {
        s.headers.push_back({ std::string_view(lowered, size_t(name.size())), value });
        lowered = writeLower(lowered, name);
    }
    const qsizetype headerBytes = 2 * nameBytes + valueBytes + 3 * r.headers.size();
    sortHeaders(s.headers);

    const qsizetype bound = r.method.size() + 3 * r.path.size() + 3 * r.query.size() + headerBytes + kHexSize + 16;
    if (out.size() < bound)
        out.resize(bound);
    char *const begin = out.data();
    char *w = begin;

    w = writeBytes(w, QByteArrayView(r.method));
    *w++ = '\n';
    w = writeCanonicalUri(w, r.path, s);
    *w++ = '\n';
    w = writeCanonicalQuery(w, r.query, s);
    *w++ = '\n';

    const std::size_t n = s.headers.size();
    for (std::size_t i = 0; i < n; ++i) {
        const HeaderRef &h = s.headers[i];
        if (i != 0 && h.name == s.headers[i - 1].name) {
            *w++ = ',';
        } else {
            if (i != 0)
                *w++ = '\n';
            w = writeBytes(w, h.name);
            *w++ = ':';
        }
        w = writeHeaderValue(w, h.value);
    }
    if (n != 0)
        *w++ = '\n';
    *w++ = '\n';

    Span signedHeaders;
    signedHeaders.offset = w - begin;
    for (std::size_t i = 0; i < n; ++i) {
        const HeaderRef &h = s.headers[i];
        if (i != 0) {
            if (h.name == s.headers[i - 1].name)
                continue;
            *w++ = ';';
        }
        w = writeBytes(w, h.name);
    }
    signedHeaders.size = w - begin - signedHeaders.offset;
    *w++ = '\n';
    w = writeBytes(w, payloadHashHex, kHexSize);

    Q_ASSERT(w - begin <= bound);
    out.resize(w - begin);
    return signedHeaders;
}

qsizetype stringToSignSize(QByteArrayView region, QByteArrayView service)
{
    return qsizetype(kAlgorithm.size()) + 1 + kAmzDateSize + 1 + kDateSize + 1 + region.size() + 1 + service.size() + 1
        + qsizetype(kScopeTerminator.size()) + 1 + kHexSize;
}

char *writeScope(char *w, const char amzDate[kAmzDateSize], QByteArrayView region, QByteArrayView service)
{
    w = writeBytes(w, amzDate, kDateSize);
    *w++ = '/';
    w = writeBytes(w, region);
    *w++ = '/';
    w = writeBytes(w, service);
    *w++ = '/';
    return writeBytes(w, kScopeTerminator);
}

char *writeStringToSign(char *w, const char amzDate[kAmzDateSize], QByteArrayView region, QByteArrayView service,
    const unsigned char canonicalRequestHash[kHashSize])
{
    w = writeBytes(w, kAlgorithm);
    *w++ = '\n';
    w = writeBytes(w, amzDate, kAmzDateSize);
    *w++ = '\n';
    w = writeScope(w, amzDate, region, service);
    *w++ = '\n';
    return writeHex(w, canonicalRequestHash, kHashSize);
}

} // namespace

QByteArray SigV4Request::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (equalsIgnoringCase(key, name))
            return value;
    }
    return QByteArray();
}

/// One derived signing key and what it was derived from. The secret is represented only by its SHA-256, so the
/// cache can tell credentials apart without holding anything that signs for them beyond one day, region and
/// service.
struct CachedKey
{
    QString accessKeyId;
    std::array<unsigned char, kHashSize> secretHash {};
    std::array<char, kDateSize> date {};
    std::string region;
    std::string service;
    std::array<unsigned char, kHashSize> key {};
    quint64 lastUsed = 0; ///< 0: slot free
};

struct SigV4Signer::Private
{
    EVP_MD *sha256 = nullptr;
    EVP_MD_CTX *digest = nullptr;
    EVP_MAC *hmac = nullptr;
    EVP_MAC_CTX *mac = nullptr;
    /// The cache slot whose key \c mac is currently keyed with, or -1. Re-initializing a keyed HMAC context
    /// without a key skips hashing the two padded key blocks again for every signature with a cached key.
    int macKeyedSlot = -1;

    std::array<CachedKey, kMaxCachedKeys> cache;
    quint64 useClock = 0;
    quint64 derivations = 0;

    qint64 amzDateSecs = std::numeric_limits<qint64>::min();
    char amzDate[kAmzDateSize] = {};
    QByteArray amzDateValue; ///< shared into each request signed in the same second

    Scratch scratch;
    QByteArray canonical;
    QByteArray stringToSign;

    Private()
    {
        sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        digest = EVP_MD_CTX_new();
        hmac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
        mac = hmac ? EVP_MAC_CTX_new(hmac) : nullptr;
        char digestName[] = "SHA256";
        const OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0),
            OSSL_PARAM_construct_end(),
        };
        // Without SHA-256 and HMAC nothing can be signed and every AWS call would fail as unauthenticated;
        // that is a broken OpenSSL installation, not a runtime condition to recover from.
        if (!sha256 || !digest || !mac || EVP_MAC_CTX_set_params(mac, params) != 1)
            qFatal("SigV4Signer: OpenSSL provides no SHA-256 or HMAC");
    }

    ~Private()
    {
        clear();
        EVP_MAC_CTX_free(mac); // frees the keyed state with OPENSSL_clear_free
        EVP_MAC_free(hmac);
        EVP_MD_CTX_free(digest);
        EVP_MD_free(sha256);
    }

    Private(const Private &) = delete;
    Private &operator=(const Private &) = delete;

    void hmacSha256(QByteArrayView key, QByteArrayView data, unsigned char out[kHashSize])
    {
        std::size_t n = 0;
        const bool ok
            = EVP_MAC_init(mac, reinterpret_cast<const unsigned char *>(key.data()), size_t(key.size()), nullptr) == 1
            && EVP_MAC_update(mac, reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size())) == 1
            && EVP_MAC_final(mac, out, &n, kHashSize) == 1;
        if (Q_UNLIKELY(!ok || n != kHashSize))
            qFatal("SigV4Signer: OpenSSL HMAC-SHA256 failed");
    }

    void signature(int slot, QByteArrayView stringToSign, unsigned char out[kHashSize])
    {
        const CachedKey &entry = cache[size_t(slot)];
        const bool rekey = macKeyedSlot != slot;
        std::size_t n = 0;
        const bool ok
            = EVP_MAC_init(mac, rekey ? entry.key.data() : nullptr, rekey ? entry.key.size() : 0, nullptr) == 1
            && EVP_MAC_update(
                   mac, reinterpret_cast<const unsigned char *>(stringToSign.data()), size_t(stringToSign.size()))
                == 1
            && EVP_MAC_final(mac, out, &n, kHashSize) == 1;
        if (Q_UNLIKELY(!ok || n != kHashSize))
            qFatal("SigV4Signer: OpenSSL HMAC-SHA256 failed");
        macKeyedSlot = slot;
    }

    /// Overwrites the HMAC context's key schedule, which is derived from whatever key it was last given.
    void unkeyMac()
    {
        static const unsigned char zeros[kHashSize] = {};
        EVP_MAC_init(mac, zeros, sizeof zeros, nullptr);
        macKeyedSlot = -1;
    }

    void release(CachedKey &entry)
    {
        OPENSSL_cleanse(entry.key.data(), entry.key.size());
        OPENSSL_cleanse(entry.secretHash.data(), entry.secretHash.size());
        entry.accessKeyId.clear();
        entry.lastUsed = 0;
    }

    void clear()
    {
        for (CachedKey &entry : cache) {
            if (entry.lastUsed != 0)
                release(entry);
        }
        if (mac)
            unkeyMac();
    }

    void setDate(const QDateTime &now)
    {
        const qint64 secs = now.toSecsSinceEpoch();
        if (secs == amzDateSecs)
            return;
        formatAmzDate(secs, amzDate);
        amzDateValue = QByteArray(amzDate, kAmzDateSize);
        amzDateSecs = secs;
    }

    /// The cache slot holding the signing key for these credentials, the current date, \a region and
    /// \a service, deriving it (and evicting the least recently used key) on a miss.
    int signingKey(const AwsCredentials &credentials, QByteArrayView region, QByteArrayView service)
    {
        std::array<unsigned char, kHashSize> secretHash;
        digestSha256(digest, sha256, credentials.secretAccessKey.view(), secretHash.data());

        const auto same = [&](const CachedKey &e) {
            return e.lastUsed != 0 && std::memcmp(e.date.data(), amzDate, kDateSize) == 0
                && QByteArrayView(e.region.data(), qsizetype(e.region.size())) == region
                && QByteArrayView(e.service.data(), qsizetype(e.service.size())) == service
                && e.secretHash == secretHash && e.accessKeyId == credentials.accessKeyId;
        };
        int victim = 0;
        for (int i = 0; i < kMaxCachedKeys; ++i) {
            CachedKey &e = cache[size_t(i)];
            if (same(e)) {
                e.lastUsed = ++useClock;
                OPENSSL_cleanse(secretHash.data(), secretHash.size());
                return i;
            }
            if (e.lastUsed < cache[size_t(victim)].lastUsed)
                victim = i;
        }

        CachedKey &e = cache[size_t(victim)];
        if (e.lastUsed != 0)
            release(e);
        if (macKeyedSlot == victim)
            unkeyMac();
        derive(credentials.secretAccessKey.view(), region, service, e.key.data());
        e.accessKeyId = credentials.accessKeyId;
        e.secretHash = secretHash;
        OPENSSL_cleanse(secretHash.data(), secretHash.size());
        std::memcpy(e.date.data(), amzDate, kDateSize);
        e.region.assign(region.data(), size_t(region.size()));
        e.service.assign(service.data(), size_t(service.size()));
        e.lastUsed = ++useClock;
        ++derivations;
        return victim;
    }

    /// kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request").
    void derive(QByteArrayView secret, QByteArrayView region, QByteArrayView service, unsigned char out[kHashSize])
    {
        // "AWS4" + secret is as good as the secret: it lives only in this buffer and is wiped before return.
        std::array<char, 128> small;
        std::unique_ptr<char[]> large;
        const qsizetype keySize = 4 + secret.size();
        char *key = small.data();
        if (size_t(keySize) > small.size()) {
            large.reset(new char[size_t(keySize)]);
            key = large.get();
        }
        std::memcpy(key, "AWS4", 4);
        std::memcpy(key + 4, secret.data(), size_t(secret.size()));

        unsigned char a[kHashSize];
        unsigned char b[kHashSize];
        const auto view
            = [](const unsigned char *k) { return QByteArrayView(reinterpret_cast<const char *>(k), kHashSize); };
        hmacSha256(QByteArrayView(key, keySize), QByteArrayView(amzDate, kDateSize), a);
        OPENSSL_cleanse(key, size_t(keySize));
        hmacSha256(view(a), region, b);
        hmacSha256(view(b), service, a);
        hmacSha256(view(a), QByteArrayView(kScopeTerminator.data(), qsizetype(kScopeTerminator.size())), out);
        OPENSSL_cleanse(a, sizeof a);
        OPENSSL_cleanse(b, sizeof b);
        macKeyedSlot = -1;
    }
};

SigV4Signer::SigV4Signer()
    : d(new Private)
{
}

SigV4Signer::~SigV4Signer()
{
    delete d;
}

void SigV4Signer::sign(SigV4Request &request, const AwsCredentials &credentials, QByteArrayView region,
    QByteArrayView service, const QDateTime &now)
{
    d->setDate(now);
    const bool temporary = !credentials.sessionToken.isEmpty();

    // A retried request is signed again: the headers sign() owns are replaced, never duplicated. A session
    // token already on the request is left alone (and signed) unless the credentials bring their own.
    request.headers.removeIf([temporary](const std::pair<QByteArray, QByteArray> &h) {
        return equalsIgnoringCase(h.first, "x-amz-date") || equalsIgnoringCase(h.first, "authorization")
            || (temporary && equalsIgnoringCase(h.first, "x-amz-security-token"));
    });
    request.headers.reserve(request.headers.size() + 3);
    request.headers.append({ QByteArrayLiteral("X-Amz-Date"), d->amzDateValue });
    if (temporary)
        request.headers.append({ QByteArrayLiteral("X-Amz-Security-Token"), credentials.sessionToken });

    unsigned char hash[kHashSize];
    char payloadHashHex[kHexSize];
    digestSha256(d->digest, d->sha256, request.payload, hash);
    writeHex(payloadHashHex, hash, kHashSize);

    const Span signedHeaders = buildCanonicalRequest(d->canonical, request, payloadHashHex, d->scratch);
    digestSha256(d->digest, d->sha256, d->canonical, hash);

    const qsizetype stsSize = stringToSignSize(region, service);
    if (d->stringToSign.size() < stsSize)
        d->stringToSign.resize(stsSize);
    writeStringToSign(d->stringToSign.data(), d->amzDate, region, service, hash);

    const int slot = d->signingKey(credentials, region, service);
    d->signature(slot, QByteArrayView(d->stringToSign.constData(), stsSize), hash);

    // AWS4-HMAC-SHA256 Credential=AKID/scope, SignedHeaders=a;b;c, Signature=hex
    constexpr std::string_view credentialLabel = " Credential=";
    constexpr std::string_view signedHeadersLabel = ", SignedHeaders=";
    constexpr std::string_view signatureLabel = ", Signature=";
    const qsizetype scopeSize
        = kDateSize + 1 + region.size() + 1 + service.size() + 1 + qsizetype(kScopeTerminator.size());
    const qsizetype size = qsizetype(kAlgorithm.size() + credentialLabel.size()) + credentials.accessKeyId.size() + 1
        + scopeSize + qsizetype(signedHeadersLabel.size()) + signedHeaders.size + qsizetype(signatureLabel.size())
        + kHexSize;
    QByteArray authorization(size, Qt::Uninitialized);
    char *w = authorization.data();
    w = writeBytes(w, kAlgorithm);
    w = writeBytes(w, credentialLabel);
    // Access key ids are ASCII ([A-Z0-9]); converting in place avoids a temporary QByteArray per signature.
    for (const QChar c : credentials.accessKeyId)
        *w++ = c.unicode() < 0x80 ? char(c.unicode()) : '?';
    *w++ = '/';
    w = writeScope(w, d->amzDate, region, service);
    w = writeBytes(w, signedHeadersLabel);
    w = writeBytes(w, d->canonical.constData() + signedHeaders.offset, signedHeaders.size);
    w = writeBytes(w, signatureLabel);
    w = writeHex(w, hash, kHashSize);
    Q_ASSERT(w == authorization.constData() + size);

    request.headers.append({ QByteArrayLiteral("Authorization"), std::move(authorization) });
}

QByteArray SigV4Signer::canonicalRequest(const SigV4Request &request)
{
    unsigned char hash[kHashSize];
    char payloadHashHex[kHexSize];
    sha256Once(request.payload, hash);
    writeHex(payloadHashHex, hash, kHashSize);
    Scratch scratch;
    QByteArray out;
    buildCanonicalRequest(out, request, payloadHashHex, scratch);
    return out;
}

QByteArray SigV4Signer::stringToSign(
    const QByteArray &canonicalRequest, const QDateTime &now, QByteArrayView region, QByteArrayView service)
{
    char amzDate[kAmzDateSize];
    formatAmzDate(now.toSecsSinceEpoch(), amzDate);
    unsigned char hash[kHashSize];
    sha256Once(canonicalRequest, hash);
    QByteArray out(stringToSignSize(region, service), Qt::Uninitialized);
    writeStringToSign(out.data(), amzDate, region, service, hash);
    return out;
}

QByteArray SigV4Signer::sha256Hex(QByteArrayView data)
{
    unsigned char hash[kHashSize];
    sha256Once(data, hash);
    QByteArray out(kHexSize, Qt::Uninitialized);
    writeHex(out.data(), hash, kHashSize);
    return out;
}

int SigV4Signer::cachedKeyCount() const
{
    return int(std::count_if(d->cache.begin(), d->cache.end(), [](const CachedKey &e) { return e.lastUsed != 0; }));
}

quint64 SigV4Signer::keyDerivations() const
{
    return d->derivations;
}

void SigV4Signer::clearCache()
{
    d->clear();
}
