// Benchmarks SigV4Signer on an EC2 DescribeInstances page request against bare OpenSSL hashing of the same bytes.
#include "aws/sigv4signer.h"

#include <benchmark/benchmark.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <cstdlib>
#include <cstring>

namespace {

const QByteArray kRegion = "us-east-1";
const QByteArray kService = "ec2";

QDateTime benchTime()
{
    return QDateTime(QDate(2024, 5, 14), QTime(9, 30, 12), Qt::UTC);
}

/// A string of \a n characters from the base64 alphabet (deterministic), standing in for opaque tokens.
QByteArray opaque(int n, unsigned seed)
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    QByteArray out(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i) {
        seed = seed * 1103515245u + 12345u;
        out[i] = alphabet[(seed >> 16) % 64];
    }
    return out;
}

/// The second page of DescribeInstances as HttpClient sends it: Query protocol, form body, SDK-style headers.
SigV4Request describeInstancesPage()
{
    SigV4Request r;
    r.method = "POST";
    r.path = "/";
    r.headers = {
        { "Host", "ec2.us-east-1.amazonaws.com" },
        { "Content-Type", "application/x-www-form-urlencoded; charset=utf-8" },
        { "amz-sdk-invocation-id", "0b6f3c2e-5a41-4d8e-9c77-2f1e8a9d4b60" },
        { "amz-sdk-request", "attempt=1; max=3" },
        { "User-Agent", "onramp/" ONRAMP_VERSION " Qt/" QT_VERSION_STR },
    };
    // A NextToken is ~200 characters of base64, percent-encoded in the form body.
    const QByteArray nextToken = opaque(200, 7).replace("+", "%2B").replace("/", "%2F");
    r.payload = "Action=DescribeInstances&Version=2016-11-15&MaxResults=1000&NextToken=" + nextToken;
    return r;
}

AwsCredentials temporaryCredentials()
{
    AwsCredentials c;
    c.accessKeyId = QStringLiteral("ASIAXAMPLEXAMPLE7ZQ3");
    c.secretAccessKey = SecretBytes(QByteArrayView("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
    c.sessionToken = "IQoJb3JpZ2luX2VjE" + opaque(783, 11); // 800 characters, as STS issues them
    return c;
}

void BM_Sign_CachedKey(benchmark::State &state)
{
    const SigV4Request page = describeInstancesPage();
    const AwsCredentials credentials = temporaryCredentials();
    const QDateTime now = benchTime();
    SigV4Signer signer;
    {
        SigV4Request warm = page;
        signer.sign(warm, credentials, kRegion, kService, now);
    }
    for (auto _ : state) {
        SigV4Request r = page;
        signer.sign(r, credentials, kRegion, kService, now);
        benchmark::DoNotOptimize(r.headers.constData());
    }
    if (signer.keyDerivations() != 1)
        state.SkipWithError("the cached-key benchmark derived keys");
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Sign_CachedKey);

void BM_Sign_ColdKey(benchmark::State &state)
{
    const SigV4Request page = describeInstancesPage();
    const AwsCredentials credentials = temporaryCredentials();
    const QDateTime now = benchTime();
    SigV4Signer signer;
    for (auto _ : state) {
        signer.clearCache();
        SigV4Request r = page;
        signer.sign(r, credentials, kRegion, kService, now);
        benchmark::DoNotOptimize(r.headers.constData());
    }
    if (signer.keyDerivations() != quint64(state.iterations()))
        state.SkipWithError("the cold-key benchmark reused keys");
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Sign_ColdKey);

/// Only the hashing SigV4 needs, with OpenSSL objects fetched once and contexts reused: SHA-256 of the payload,
/// SHA-256 of a buffer as long as the canonical request, HMAC of a buffer as long as the string to sign, and for
/// a cold key first the four HMACs of the key derivation. No canonicalization, no formatting, no headers.
class Floor
{
public:
    Floor()
    {
        const SigV4Request page = describeInstancesPage();
        const AwsCredentials credentials = temporaryCredentials();
        SigV4Request signedPage = page;
        SigV4Signer().sign(signedPage, credentials, kRegion, kService, benchTime());
        signedPage.headers.removeLast(); // Authorization: what is hashed is the request as it was before it
        const QByteArray canonical = SigV4Signer::canonicalRequest(signedPage);
        m_payload = page.payload;
        m_canonical = QByteArray(canonical.size(), 'c');
        m_stringToSign = QByteArray(SigV4Signer::stringToSign(canonical, benchTime(), kRegion, kService).size(), 's');
        m_secret = "AWS4" + QByteArray(credentials.secretAccessKey.view().toByteArray());

        m_md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        m_digest = EVP_MD_CTX_new();
        m_hmac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
        m_mac = EVP_MAC_CTX_new(m_hmac);
        char digestName[] = "SHA256";
        const OSSL_PARAM params[]
            = { OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0), OSSL_PARAM_construct_end() };
        if (!m_md || !m_digest || !m_mac || EVP_MAC_CTX_set_params(m_mac, params) != 1)
            std::abort();
        std::memset(m_key, 0x5a, sizeof m_key);
        hmac(m_key, sizeof m_key, "warm", m_out); // keys the context for the cached variant
    }
    ~Floor()
    {
        EVP_MAC_CTX_free(m_mac);
        EVP_MAC_free(m_hmac);
        EVP_MD_CTX_free(m_digest);
        EVP_MD_free(m_md);
    }
    Floor(const Floor &) = delete;
    Floor &operator=(const Floor &) = delete;

    void cached()
    {
        sha256(m_payload);
        sha256(m_canonical);
        // The signer keeps its HMAC context keyed with the cached key, so the floor does too.
        hmac(nullptr, 0, m_stringToSign, m_out);
    }

    void cold()
    {
        sha256(m_payload);
        sha256(m_canonical);
        unsigned char a[32];
        unsigned char b[32];
        hmac(reinterpret_cast<const unsigned char *>(m_secret.constData()), size_t(m_secret.size()), "20240514", a);
        hmac(a, 32, kRegion, b);
        hmac(b, 32, kService, a);
        hmac(a, 32, "aws4_request", b);
        hmac(b, 32, m_stringToSign, m_out);
    }

    const unsigned char *out() const { return m_out; }

private:
    void sha256(QByteArrayView data)
    {
        unsigned int n = 0;
        EVP_DigestInit_ex2(m_digest, m_md, nullptr);
        EVP_DigestUpdate(m_digest, data.data(), size_t(data.size()));
        EVP_DigestFinal_ex(m_digest, m_out, &n);
    }

    void hmac(const unsigned char *key, size_t keySize, QByteArrayView data, unsigned char *out)
    {
        size_t n = 0;
        EVP_MAC_init(m_mac, key, keySize, nullptr);
        EVP_MAC_update(m_mac, reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()));
        EVP_MAC_final(m_mac, out, &n, 32);
    }

    QByteArray m_payload;
    QByteArray m_canonical;
    QByteArray m_stringToSign;
    QByteArray m_secret;
    unsigned char m_key[32];
    unsigned char m_out[32] = {};
    EVP_MD *m_md = nullptr;
    EVP_MD_CTX *m_digest = nullptr;
    EVP_MAC *m_hmac = nullptr;
    EVP_MAC_CTX *m_mac = nullptr;
};

void BM_Floor_CachedKey(benchmark::State &state)
{
    Floor floor;
    for (auto _ : state) {
        floor.cached();
        benchmark::DoNotOptimize(floor.out());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Floor_CachedKey);

void BM_Floor_ColdKey(benchmark::State &state)
{
    Floor floor;
    for (auto _ : state) {
        floor.cold();
        benchmark::DoNotOptimize(floor.out());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Floor_ColdKey);

/// Canonical request construction alone (static path: fresh buffers, one SHA-256 of the payload).
void BM_CanonicalRequest(benchmark::State &state)
{
    SigV4Request r = describeInstancesPage();
    SigV4Signer().sign(r, temporaryCredentials(), kRegion, kService, benchTime());
    r.headers.removeLast();
    for (auto _ : state)
        benchmark::DoNotOptimize(SigV4Signer::canonicalRequest(r));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CanonicalRequest);

} // namespace

BENCHMARK_MAIN();
