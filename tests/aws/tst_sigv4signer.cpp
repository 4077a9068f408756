// Tests SigV4Signer: the AWS SigV4 test suite, the signing-key cache, session tokens and re-signing.
#include "aws/sigv4signer.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <QTest>

#include <memory>

namespace {

// The AWS SigV4 test suite ("aws-sig-v4-test-suite", AWS General Reference, "Signature Version 4 test suite"):
// every case is signed with these credentials, for this scope, at this time.
constexpr char kSuiteAccessKeyId[] = "AKIDEXAMPLE";
constexpr char kSuiteSecret[] = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
constexpr QByteArrayView kSuiteRegion = "us-east-1";
constexpr QByteArrayView kSuiteService = "service";
constexpr char kSuiteToken[]
    = "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YU"
      "uwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8"
      "YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2I"
      "CCR/oLxBA==";
constexpr char kEmptyPayloadHash[] = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

QDateTime suiteTime()
{
    return QDateTime(QDate(2015, 8, 30), QTime(12, 36), Qt::UTC);
}

AwsCredentials credentials(const QByteArray &sessionToken = QByteArray(), const char *secret = kSuiteSecret,
    const char *accessKeyId = kSuiteAccessKeyId)
{
    AwsCredentials c;
    c.accessKeyId = QLatin1StringView(accessKeyId);
    c.secretAccessKey = SecretBytes(QByteArrayView(secret));
    c.sessionToken = sessionToken;
    return c;
}

/// A request in the suite's .req notation: "METHOD target HTTP/1.1", "Name:value" lines (a line that starts
/// with whitespace continues the previous value), an empty line, then the body.
SigV4Request parseRequest(const QByteArray &text)
{
    SigV4Request r;
    const qsizetype headEnd = text.indexOf("\n\n");
    const QByteArray head = headEnd < 0 ? text : text.left(headEnd);
    if (headEnd >= 0)
        r.payload = text.mid(headEnd + 2);
    const QList<QByteArray> lines = head.split('\n');
    const QByteArray &requestLine = lines.first();
    const qsizetype methodEnd = requestLine.indexOf(' ');
    const QByteArray target = requestLine.mid(methodEnd + 1, requestLine.lastIndexOf(" HTTP/1.1") - methodEnd - 1);
    r.method = requestLine.left(methodEnd);
    const qsizetype question = target.indexOf('?');
    r.path = question < 0 ? target : target.left(question);
    r.query = question < 0 ? QByteArray() : target.mid(question + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.startsWith(' ') || line.startsWith('\t')) {
            r.headers.last().second += '\n' + line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        r.headers.append({ line.left(colon), line.mid(colon + 1) });
    }
    return r;
}

int headerCount(const SigV4Request &r, QByteArrayView name)
{
    return int(std::count_if(r.headers.cbegin(), r.headers.cend(),
        [name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; }));
}

QByteArray signatureOf(const QByteArray &authorization)
{
    const qsizetype at = authorization.indexOf("Signature=");
    return at < 0 ? QByteArray() : authorization.mid(at + 10);
}

QByteArray hmacHex(QByteArrayView key, QByteArrayView data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    HMAC(EVP_sha256(), key.data(), int(key.size()), reinterpret_cast<const unsigned char *>(data.data()),
        size_t(data.size()), out, &n);
    return QByteArray(reinterpret_cast<const char *>(out), int(n)).toHex();
}

SigV4Request ec2Request()
{
    SigV4Request r;
    r.method = "POST";
    r.path = "/";
    r.headers = { { "Host", "ec2.us-east-1.amazonaws.com" },
        { "Content-Type", "application/x-www-form-urlencoded; charset=utf-8" } };
    r.payload = "Action=DescribeInstances&Version=2016-11-15";
    return r;
}

} // namespace

class TestSigV4Signer final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void awsTestSuite_data();
    void awsTestSuite();

    void sessionTokenIsAddedAndSigned();
    void sessionTokenOnRequestIsSignedWithLongTermKeys();
    void resigningReplacesDateAndAuthorization();

    void secondSignatureWithSameScopeDerivesNoKey();
    void newDayRegionServiceOrSecretDerivesAKey();
    void cacheEvictsLeastRecentlyUsedBeyondSixteenKeys();
    void clearCacheForgetsEveryKey();
    void signingKeyIsDerivedNotTheSecret();

    void amzDateIsUtc_data();
    void amzDateIsUtc();
    void canonicalUriAndQuery_data();
    void canonicalUriAndQuery();
    void headerValuesAreTrimmedAndCollapsed();
    void sha256HexOfKnownInputs();
    void headerLookupIgnoresCase();

private:
    SigV4Signer m_warmSigner; ///< signs every suite case in turn, so all but the first use a cached key
};

// Expected values: the canonical requests, string-to-sign hashes and signatures of the AWS SigV4 test suite
// (2015-08-30 edition, as published in the AWS General Reference and mirrored by the SDKs' test fixtures).
// Two exceptions are marked where they occur: post-x-www-form-urlencoded(-parameters), whose published .creq
// lists content-length although its .authz does not sign it, and post-vanilla-query-nonunreserved, whose
// .creq/.sts were not at hand; for those the canonical request and string to sign come from Debian's botocore
// 1.29 (botocore.auth.SigV4Auth, clock fixed at 2015-08-30T12:36:00Z), whose signatures equal the suite's.
// The string to sign and the Authorization header are assembled from the suite's hash and signature with the
// fixed scope below: they are fully determined by them.
void TestSigV4Signer::awsTestSuite_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("sessionToken");
    QTest::addColumn<QByteArray>("canonicalRequest");
    QTest::addColumn<QByteArray>("stringToSign");
    QTest::addColumn<QByteArray>("authorization");

    const auto row
        = [](const char *name, const QByteArray &request, const QByteArray &canonical, const QByteArray &canonicalHash,
              const QByteArray &signedHeaders, const QByteArray &signature, const QByteArray &token = QByteArray()) {
              const QByteArray stringToSign
                  = "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n" + canonicalHash;
              const QByteArray authorization = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/"
                                               "aws4_request, SignedHeaders="
                  + signedHeaders + ", Signature=" + signature;
              QTest::newRow(name) << request << token << canonical << stringToSign << authorization;
          };
    const QByteArray empty = kEmptyPayloadHash;
    const QByteArray vanillaHeaders = "host:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n";
    const QByteArray getVanilla = "GET\n/\n\n" + vanillaHeaders + empty;
    const QByteArray postVanilla = "POST\n/\n\n" + vanillaHeaders + empty;

    row("get-vanilla", "GET / HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z", getVanilla,
        "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63", "host;x-amz-date",
        "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    // The suite's get-vanilla-query has no query at all.
    row("get-vanilla-query", "GET / HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z", getVanilla,
        "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63", "host;x-amz-date",
        "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    row("get-vanilla-empty-query-key",
        "GET /?Param1=value1 HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z",
        "GET\n/\nParam1=value1\n" + vanillaHeaders + empty,
        "1e24db194ed7d0eec2de28d7369675a243488e08526e8c1c73571282f7c517ab", "host;x-amz-date",
        "a67d582fa61cc504c4bae71f336f98b97f1ea3c7a6bfe1b6e45aec72011b9aeb");
    row("get-vanilla-query-order-key",
        "GET /?Param1=value2&Param1=Value1 HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z",
        "GET\n/\nParam1=Value1&Param1=value2\n" + vanillaHeaders + empty,
        "704b4cef673542d84cdff252633f065e8daeba5f168b77116f8b1bcaf3d38f89", "host;x-amz-date",
        "eedbc4e291e521cf13422ffca22be7d2eb8146eecf653089df300a15b2382bd1");
    row("get-vanilla-query-order-key-case",
        "GET /?Param2=value2&Param1=value1 HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z",
        "GET\n/\nParam1=value1&Param2=value2\n" + vanillaHeaders + empty,
        "816cd5b414d056048ba4f7c5386d6e0533120fb1fcfa93762cf0fc39e2cf19e0", "host;x-amz-date",
        "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500");
    row("get-vanilla-query-order-value",
        "GET /?Param1=value2&Param1=value1 HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z",
        "GET\n/\nParam1=value1&Param1=value2\n" + vanillaHeaders + empty,
        "c968629d70850097a2d8781c9bf7edcb988b04cac14cca9be4acc3595f884606", "host;x-amz-date",
        "5772eed61e12b33fae39ee5e7012498b51d56abc0abb7c60486157bd471c4694");
    row("get-vanilla-query-unreserved",
        "GET /?-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz="
        "-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz HTTP/1.1\n"
        "Host:example.amazonaws.com\nX-Amz-Date:20150830T123600Z",
        "GET\n/\n-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz="
        "-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\n"
            + vanillaHeaders + empty,
        "c30d4703d9f799439be92736156d47ccfb2d879ddf56f5befa6d1d6aab979177", "host;x-amz-date",
        "9c3e54bfcdf0b19771a7f523ee5669cdf59bc7cc0884027167c21bb143a40197");
    row("get-vanilla-utf8-query",
        "GET /?\xe1\x88\xb4=bar HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z",
        "GET\n/\n%E1%88%B4=bar\n" + vanillaHeaders + empty,
        "eb30c5bed55734080471a834cc727ae56beb50e5f39d1bff6d0d38cb192a7073", "host;x-amz-date",
        "2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04");
    row("get-unreserved",
        "GET /-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz HTTP/1.1\n"
        "Host:example.amazonaws.com\nX-Amz-Date:20150830T123600Z",
        "GET\n/-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\n\n" + vanillaHeaders + empty,
        "6a968768eefaa713e2a6b16b589a8ea192661f098f37349f4e2c0082757446f9", "host;x-amz-date",
        "07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f");
    row("get-utf8", "GET /\xe1\x88\xb4 HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z",
        "GET\n/%E1%88%B4\n\n" + vanillaHeaders + empty,
        "2a0a97d02205e45ce2e994789806b19270cfbbb0921b278ccf58f5249ac42102", "host;x-amz-date",
        "8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85");
    row("get-space", "GET /example space/ HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z",
        "GET\n/example%20space/\n\n" + vanillaHeaders + empty,
        "63ee75631ed7234ae61b5f736dfc7754cdccfedbff4b5128a915706ee9390d86", "host;x-amz-date",
        "652487583200325589f1fba4c7e578f72c47cb61beeca81406b39ddec1366741");
    // normalize-path cases
    row("get-slash", "GET // HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z", getVanilla,
        "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63", "host;x-amz-date",
        "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    row("get-slash-dot-slash", "GET /./ HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z", getVanilla,
        "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63", "host;x-amz-date",
        "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    row("get-slash-pointless-dot", "GET /./example HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z",
        "GET\n/example\n\n" + vanillaHeaders + empty,
        "214d50c111a8edc4819da6a636336472c916b5240f51e9a51b5c3305180cf702", "host;x-amz-date",
        "ef75d96142cf21edca26f06005da7988e4f8dc83a165a80865db7089db637ec5");
    row("get-slashes", "GET //example// HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z",
        "GET\n/example/\n\n" + vanillaHeaders + empty,
        "cb96b4ac96d501f7c5c15bc6d67b3035061cfced4af6585ad927f7e6c985c015", "host;x-amz-date",
        "9a624bd73a37c9a373b5312afbebe7a714a789de108f0bdfe846570885f57e84");
    row("get-relative", "GET /example/.. HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z", getVanilla,
        "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63", "host;x-amz-date",
        "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    row("get-relative-relative",
        "GET /example1/example2/../.. HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z", getVanilla,
        "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63", "host;x-amz-date",
        "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    // header cases
    row("get-header-key-duplicate",
        "GET / HTTP/1.1\nHost:example.amazonaws.com\nMy-Header1:value2\nMy-Header1:value2\nMy-Header1:value1\n"
        "X-Amz-Date:20150830T123600Z",
        "GET\n/\n\nhost:example.amazonaws.com\nmy-header1:value2,value2,value1\nx-amz-date:20150830T123600Z\n\n"
        "host;my-header1;x-amz-date\n"
            + empty,
        "dc7f04a3abfde8d472b0ab1a418b741b7c67174dad1551b4117b15527fbe966c", "host;my-header1;x-amz-date",
        "c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea");
    row("get-header-value-multiline",
        "GET / HTTP/1.1\nHost:example.amazonaws.com\nMy-Header1:value1\n  value2\n     value3\n"
        "X-Amz-Date:20150830T123600Z",
        "GET\n/\n\nhost:example.amazonaws.com\nmy-header1:value1,value2,value3\nx-amz-date:20150830T123600Z\n\n"
        "host;my-header1;x-amz-date\n"
            + empty,
        "b7b6cbfd8a0430b78891e986784da2630c8a135a8595cec25b26ea94f926ee55", "host;my-header1;x-amz-date",
        "ba17b383a53190154eb5fa66a1b836cc297cc0a3d70a5d00705980573d8ff790");
    row("get-header-value-order",
        "GET / HTTP/1.1\nHost:example.amazonaws.com\nMy-Header1:value4\nMy-Header1:value1\nMy-Header1:value3\n"
        "My-Header1:value2\nX-Amz-Date:20150830T123600Z",
        "GET\n/\n\nhost:example.amazonaws.com\nmy-header1:value4,value1,value3,value2\n"
        "x-amz-date:20150830T123600Z\n\nhost;my-header1;x-amz-date\n"
            + empty,
        "31ce73cd3f3d9f66977ad3dd957dc47af14df92fcd8509f59b349e9137c58b86", "host;my-header1;x-amz-date",
        "08c7e5a9acfcfeb3ab6b2185e75ce8b1deb5e634ec47601a50643f830c755c01");
    row("get-header-value-trim",
        "GET / HTTP/1.1\nHost:example.amazonaws.com\nMy-Header1: value1\nMy-Header2: \"a   b   c\"\n"
        "X-Amz-Date:20150830T123600Z",
        "GET\n/\n\nhost:example.amazonaws.com\nmy-header1:value1\nmy-header2:\"a b c\"\n"
        "x-amz-date:20150830T123600Z\n\nhost;my-header1;my-header2;x-amz-date\n"
            + empty,
        "a726db9b0df21c14f559d0a978e563112acb1b9e05476f0a6a1c7d68f28605c7", "host;my-header1;my-header2;x-amz-date",
        "acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736");
    // The suite's post-header-key-case sends the same headers as post-vanilla; the case is in the .req's
    // original capitalization, which the canonical form lower-cases.
    row("post-header-key-case", "POST / HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z", postVanilla,
        "553f88c9e4d10fc9e109e2aeb65f030801b70c2f6468faca261d401ae622fc87", "host;x-amz-date",
        "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b");
    row("post-header-key-sort",
        "POST / HTTP/1.1\nHost:example.amazonaws.com\nMy-Header1:value1\nX-Amz-Date:20150830T123600Z",
        "POST\n/\n\nhost:example.amazonaws.com\nmy-header1:value1\nx-amz-date:20150830T123600Z\n\n"
        "host;my-header1;x-amz-date\n"
            + empty,
        "9368318c2967cf6de74404b30c65a91e8f6253e0a8659d6d5319f1a812f87d65", "host;my-header1;x-amz-date",
        "c5410059b04c1ee005303aed430f6e6645f61f4dc9e1461ec8f8916fdf18852c");
    row("post-header-value-case",
        "POST / HTTP/1.1\nHost:example.amazonaws.com\nMy-Header1:VALUE1\nX-Amz-Date:20150830T123600Z",
        "POST\n/\n\nhost:example.amazonaws.com\nmy-header1:VALUE1\nx-amz-date:20150830T123600Z\n\n"
        "host;my-header1;x-amz-date\n"
            + empty,
        "d51ced243e649e3de6ef63afbbdcbca03131a21a7103a1583706a64618606a93", "host;my-header1;x-amz-date",
        "cdbc9802e29d2942e5e10b5bccfdd67c5f22c7c4e8ae67b53629efa58b974b7d");
    row("post-vanilla", "POST / HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z", postVanilla,
        "553f88c9e4d10fc9e109e2aeb65f030801b70c2f6468faca261d401ae622fc87", "host;x-amz-date",
        "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b");
    row("post-vanilla-query", "POST /?Param1=value1 HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z",
        "POST\n/\nParam1=value1\n" + vanillaHeaders + empty,
        "9d659678c1756bb3113e2ce898845a0a79dbbc57b740555917687f1b3340fbbd", "host;x-amz-date",
        "28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11");
    // As published, post-vanilla-empty-query-value's request is the same as post-vanilla-query's.
    row("post-vanilla-empty-query-value",
        "POST /?Param1=value1 HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z",
        "POST\n/\nParam1=value1\n" + vanillaHeaders + empty,
        "9d659678c1756bb3113e2ce898845a0a79dbbc57b740555917687f1b3340fbbd", "host;x-amz-date",
        "28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11");
    // Canonical request and string to sign from botocore (see above); signature as published by the suite.
    row("post-vanilla-query-nonunreserved",
        "POST /?@#$%^&+=/,?><`\";:\\|][{} HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z",
        "POST\n/\n%2B=%2F%2C%3F%3E%3C%60%22%3B%3A%5C%7C%5D%5B%7B%7D&%40%23%24%25%5E=\n" + vanillaHeaders + empty,
        "13c1a9775a543ebd153fdebba799dc0572ea298c6aac14eb1a86998b980c2a34", "host;x-amz-date",
        "66c82657c86e26fb25238d0e69f011edc4c6df5ae71119d7cb98ed9b87393c1e");
    // Canonical request and string to sign from botocore (see above); signature as published by the suite.
    row("post-x-www-form-urlencoded",
        "POST / HTTP/1.1\nContent-Type:application/x-www-form-urlencoded\nHost:example.amazonaws.com\n"
        "X-Amz-Date:20150830T123600Z\n\nParam1=value1",
        "POST\n/\n\ncontent-type:application/x-www-form-urlencoded\nhost:example.amazonaws.com\n"
        "x-amz-date:20150830T123600Z\n\ncontent-type;host;x-amz-date\n"
        "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e",
        "42a5e5bb34198acb3e84da4f085bb7927f2bc277ca766e6d19c73c2154021281", "content-type;host;x-amz-date",
        "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a");
    // Canonical request from botocore (see above); string to sign and signature as published by the suite.
    row("post-x-www-form-urlencoded-parameters",
        "POST / HTTP/1.1\nContent-Type:application/x-www-form-urlencoded; charset=utf8\n"
        "Host:example.amazonaws.com\nX-Amz-Date:20150830T123600Z\n\nParam1=value1",
        "POST\n/\n\ncontent-type:application/x-www-form-urlencoded; charset=utf8\nhost:example.amazonaws.com\n"
        "x-amz-date:20150830T123600Z\n\ncontent-type;host;x-amz-date\n"
        "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e",
        "2e1cf7ed91881a30569e46552437e4156c823447bf1781b921b5d486c568dd1c", "content-type;host;x-amz-date",
        "1a72ec8f64bd914b0e42e42607c7fbce7fb2c7465f63e3092b3b0d39fa77a6fe");
    // post-sts-token: the token signed (header-before) and the token added after signing (header-after), where
    // the signature is post-vanilla's; here sign() adds and signs the token because the credentials carry it.
    row("post-sts-header-before",
        "POST / HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z\nX-Amz-Security-Token:"
            + QByteArray(kSuiteToken),
        "POST\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\nx-amz-security-token:"
            + QByteArray(kSuiteToken) + "\n\nhost;x-amz-date;x-amz-security-token\n" + empty,
        "c237e1b440d4c63c32ca95b5b99481081cb7b13c7e40434868e71567c1a882f6", "host;x-amz-date;x-amz-security-token",
        "85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead", kSuiteToken);
    row("post-sts-header-after", "POST / HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z",
        postVanilla, "553f88c9e4d10fc9e109e2aeb65f030801b70c2f6468faca261d401ae622fc87", "host;x-amz-date",
        "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b");
}

void TestSigV4Signer::awsTestSuite()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, sessionToken);
    QFETCH(QByteArray, canonicalRequest);
    QFETCH(QByteArray, stringToSign);
    QFETCH(QByteArray, authorization);

    const SigV4Request parsed = parseRequest(request);
    QCOMPARE(SigV4Signer::canonicalRequest(parsed), canonicalRequest);
    QCOMPARE(SigV4Signer::stringToSign(canonicalRequest, suiteTime(), kSuiteRegion, kSuiteService), stringToSign);

    // sign() replaces the suite's X-Amz-Date with its own (the same time), so both a cold signer and one with
    // the key cached from the previous case must produce the suite's header.
    const auto cold = std::make_unique<SigV4Signer>();
    for (SigV4Signer *signer : { &m_warmSigner, cold.get() }) {
        SigV4Request r = parsed;
        signer->sign(r, credentials(sessionToken), kSuiteRegion, kSuiteService, suiteTime());
        QCOMPARE(r.header("Authorization"), authorization);
        QCOMPARE(headerCount(r, "X-Amz-Date"), 1);
        QCOMPARE(r.header("X-Amz-Date"), QByteArray("20150830T123600Z"));
        QCOMPARE(headerCount(r, "Authorization"), 1);
    }
    QCOMPARE(m_warmSigner.cachedKeyCount(), 1);
    QCOMPARE(m_warmSigner.keyDerivations(), quint64(1));
}

void TestSigV4Signer::sessionTokenIsAddedAndSigned()
{
    // post-vanilla signed with temporary credentials must become the suite's post-sts-header-before.
    SigV4Request r = parseRequest("POST / HTTP/1.1\nHost:example.amazonaws.com");
    SigV4Signer signer;
    signer.sign(r, credentials(kSuiteToken), kSuiteRegion, kSuiteService, suiteTime());
    QCOMPARE(r.header("X-Amz-Security-Token"), QByteArray(kSuiteToken));
    QCOMPARE(r.header("Authorization"),
        QByteArray("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                   "SignedHeaders=host;x-amz-date;x-amz-security-token, "
                   "Signature=85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead"));

    // Long-term keys add no token.
    SigV4Request plain = parseRequest("POST / HTTP/1.1\nHost:example.amazonaws.com");
    signer.sign(plain, credentials(), kSuiteRegion, kSuiteService, suiteTime());
    QCOMPARE(headerCount(plain, "X-Amz-Security-Token"), 0);
    QVERIFY(plain.header("Authorization").contains("SignedHeaders=host;x-amz-date,"));
}

void TestSigV4Signer::sessionTokenOnRequestIsSignedWithLongTermKeys()
{
    SigV4Request r
        = parseRequest("POST / HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Security-Token:" + QByteArray(kSuiteToken));
    SigV4Signer signer;
    signer.sign(r, credentials(), kSuiteRegion, kSuiteService, suiteTime());
    QCOMPARE(headerCount(r, "X-Amz-Security-Token"), 1);
    QCOMPARE(signatureOf(r.header("Authorization")),
        QByteArray("85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead"));
}

void TestSigV4Signer::resigningReplacesDateAndAuthorization()
{
    SigV4Signer signer;
    SigV4Request r = ec2Request();
    signer.sign(r, credentials("token-1"), "us-east-1", "ec2", suiteTime());
    const QByteArray first = r.header("Authorization");

    // A retry an hour later with refreshed credentials; headers sign() owns may arrive in another case.
    for (auto &h : r.headers)
        h.first = h.first.toLower();
    const QDateTime later = suiteTime().addSecs(3600);
    signer.sign(r, credentials("token-2"), "us-east-1", "ec2", later);

    QCOMPARE(r.headers.size(), 5);
    QCOMPARE(headerCount(r, "X-Amz-Date"), 1);
    QCOMPARE(headerCount(r, "Authorization"), 1);
    QCOMPARE(headerCount(r, "X-Amz-Security-Token"), 1);
    QCOMPARE(r.header("X-Amz-Date"), QByteArray("20150830T133600Z"));
    QCOMPARE(r.header("X-Amz-Security-Token"), QByteArray("token-2"));
    QVERIFY(r.header("Authorization") != first);

    SigV4Request fresh = ec2Request();
    SigV4Signer other;
    other.sign(fresh, credentials("token-2"), "us-east-1", "ec2", later);
    QCOMPARE(r.header("Authorization"), fresh.header("Authorization"));
}

void TestSigV4Signer::secondSignatureWithSameScopeDerivesNoKey()
{
    SigV4Signer signer;
    SigV4Request a = ec2Request();
    signer.sign(a, credentials(), "us-east-1", "ec2", suiteTime());
    QCOMPARE(signer.keyDerivations(), quint64(1));
    QCOMPARE(signer.cachedKeyCount(), 1);

    // Same credentials, day, region and service: later in the day, another payload, another session token.
    SigV4Request b = ec2Request();
    b.payload = "Action=DescribeRegions&Version=2016-11-15";
    signer.sign(b, credentials("token"), "us-east-1", "ec2", suiteTime().addSecs(11 * 3600));
    QCOMPARE(signer.keyDerivations(), quint64(1));
    QCOMPARE(signer.cachedKeyCount(), 1);

    // The cached key signs as a fresh one would.
    SigV4Request c = ec2Request();
    SigV4Signer fresh;
    fresh.sign(c, credentials(), "us-east-1", "ec2", suiteTime());
    SigV4Request d = ec2Request();
    signer.sign(d, credentials(), "us-east-1", "ec2", suiteTime());
    QCOMPARE(d.header("Authorization"), c.header("Authorization"));
    QCOMPARE(signer.keyDerivations(), quint64(1));
}

void TestSigV4Signer::newDayRegionServiceOrSecretDerivesAKey()
{
    SigV4Signer signer;
    const auto signWith
        = [&signer](const AwsCredentials &c, QByteArrayView region, QByteArrayView service, const QDateTime &when) {
              SigV4Request r = ec2Request();
              signer.sign(r, c, region, service, when);
          };
    signWith(credentials(), "us-east-1", "ec2", suiteTime());
    QCOMPARE(signer.keyDerivations(), quint64(1));
    signWith(credentials(), "eu-west-1", "ec2", suiteTime());
    QCOMPARE(signer.keyDerivations(), quint64(2));
    signWith(credentials(), "us-east-1", "sts", suiteTime());
    QCOMPARE(signer.keyDerivations(), quint64(3));
    signWith(credentials(), "us-east-1", "ec2", suiteTime().addDays(1));
    QCOMPARE(signer.keyDerivations(), quint64(4));
    signWith(credentials({}, "another-secret"), "us-east-1", "ec2", suiteTime());
    QCOMPARE(signer.keyDerivations(), quint64(5));
    signWith(credentials({}, kSuiteSecret, "AKIDOTHER"), "us-east-1", "ec2", suiteTime());
    QCOMPARE(signer.keyDerivations(), quint64(6));
    QCOMPARE(signer.cachedKeyCount(), 6);

    // Each of them is now a hit.
    signWith(credentials(), "eu-west-1", "ec2", suiteTime());
    signWith(credentials({}, "another-secret"), "us-east-1", "ec2", suiteTime());
    QCOMPARE(signer.keyDerivations(), quint64(6));
}

void TestSigV4Signer::cacheEvictsLeastRecentlyUsedBeyondSixteenKeys()
{
    SigV4Signer signer;
    const auto signIn = [&signer](int region) {
        SigV4Request r = ec2Request();
        signer.sign(r, credentials(), QByteArray("region-" + QByteArray::number(region)), "ec2", suiteTime());
    };
    for (int i = 0; i < 16; ++i)
        signIn(i);
    QCOMPARE(signer.cachedKeyCount(), 16);
    QCOMPARE(signer.keyDerivations(), quint64(16));

    signIn(0); // a hit, and now the most recently used
    QCOMPARE(signer.keyDerivations(), quint64(16));
    signIn(16); // evicts region-1, the least recently used
    QCOMPARE(signer.cachedKeyCount(), 16);
    QCOMPARE(signer.keyDerivations(), quint64(17));
    signIn(0);
    QCOMPARE(signer.keyDerivations(), quint64(17));
    signIn(1);
    QCOMPARE(signer.keyDerivations(), quint64(18));
    QCOMPARE(signer.cachedKeyCount(), 16);
}

void TestSigV4Signer::clearCacheForgetsEveryKey()
{
    SigV4Signer signer;
    SigV4Request a = ec2Request();
    signer.sign(a, credentials(), "us-east-1", "ec2", suiteTime());
    signer.clearCache();
    QCOMPARE(signer.cachedKeyCount(), 0);
    SigV4Request b = ec2Request();
    signer.sign(b, credentials(), "us-east-1", "ec2", suiteTime());
    QCOMPARE(signer.keyDerivations(), quint64(2));
    QCOMPARE(b.header("Authorization"), a.header("Authorization"));
}

void TestSigV4Signer::signingKeyIsDerivedNotTheSecret()
{
    // AWS General Reference, "Examples of how to derive a signing key for Signature Version 4": this secret,
    // 20120215, us-east-1 and iam give kSigning f4780e2d...404d.
    const QByteArray documentedKey
        = QByteArray::fromHex("f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d");
    const QDateTime when(QDate(2012, 2, 15), QTime(10, 0), Qt::UTC);

    SigV4Request r;
    r.method = "GET";
    r.query = "Action=ListUsers&Version=2010-05-08";
    r.headers = { { "Host", "iam.amazonaws.com" } };
    SigV4Signer signer;
    signer.sign(r, credentials(), "us-east-1", "iam", when);

    SigV4Request withoutAuthorization = r;
    withoutAuthorization.headers.removeIf([](const auto &h) { return h.first == "Authorization"; });
    const QByteArray sts
        = SigV4Signer::stringToSign(SigV4Signer::canonicalRequest(withoutAuthorization), when, "us-east-1", "iam");
    const QByteArray signature = signatureOf(r.header("Authorization"));
    QCOMPARE(signature, hmacHex(documentedKey, sts));
    QVERIFY(signature != hmacHex(kSuiteSecret, sts));
    QVERIFY(signature != hmacHex(QByteArray("AWS4" + QByteArray(kSuiteSecret)), sts));
    for (const auto &[name, value] : std::as_const(r.headers))
        QVERIFY2(!value.contains(kSuiteSecret), name.constData());
}

void TestSigV4Signer::amzDateIsUtc_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QByteArray>("amzDate");
    QTest::newRow("suite") << suiteTime() << QByteArray("20150830T123600Z");
    QTest::newRow("leap day, last second")
        << QDateTime(QDate(2000, 2, 29), QTime(23, 59, 59), Qt::UTC) << QByteArray("20000229T235959Z");
    QTest::newRow("new year") << QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC) << QByteArray("20240101T000000Z");
    QTest::newRow("past 2038") << QDateTime(QDate(2038, 1, 19), QTime(3, 14, 8), Qt::UTC)
                               << QByteArray("20380119T031408Z");
    QTest::newRow("milliseconds dropped")
        << QDateTime(QDate(2015, 8, 30), QTime(12, 36, 0, 999), Qt::UTC) << QByteArray("20150830T123600Z");
    QTest::newRow("offset +02:00") << QDateTime(QDate(2015, 8, 31), QTime(1, 30), Qt::OffsetFromUTC, 2 * 3600)
                                   << QByteArray("20150830T233000Z");
    QTest::newRow("before 1970") << QDateTime(QDate(1969, 12, 31), QTime(23, 59, 58), Qt::UTC)
                                 << QByteArray("19691231T235958Z");
}

void TestSigV4Signer::amzDateIsUtc()
{
    QFETCH(QDateTime, when);
    QFETCH(QByteArray, amzDate);
    SigV4Signer signer;
    SigV4Request r = ec2Request();
    signer.sign(r, credentials(), "us-east-1", "ec2", when);
    QCOMPARE(r.header("X-Amz-Date"), amzDate);
    QVERIFY(r.header("Authorization").contains(QByteArray("/" + amzDate.left(8) + "/us-east-1/ec2/aws4_request,")));
    QCOMPARE(SigV4Signer::stringToSign("x", when, "us-east-1", "ec2").split('\n').at(1), amzDate);
}

void TestSigV4Signer::canonicalUriAndQuery_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("canonicalUri");
    QTest::addColumn<QByteArray>("canonicalQuery");

    QTest::newRow("empty path") << QByteArray() << QByteArray() << QByteArray("/") << QByteArray();
    QTest::newRow("encoded once, not twice")
        << QByteArray("/a%20b/c") << QByteArray() << QByteArray("/a%20b/c") << QByteArray();
    QTest::newRow("lower-case escapes") << QByteArray("/%e1%88%b4/%7e") << QByteArray() << QByteArray("/%E1%88%B4/~")
                                        << QByteArray();
    QTest::newRow("encoded slash stays in its segment")
        << QByteArray("/a%2Fb") << QByteArray() << QByteArray("/a%2Fb") << QByteArray();
    QTest::newRow("reserved characters") << QByteArray("/a:b@c+d!") << QByteArray() << QByteArray("/a%3Ab%40c%2Bd%21")
                                         << QByteArray();
    QTest::newRow("final dot-dot is a directory")
        << QByteArray("/a/b/..") << QByteArray() << QByteArray("/a/") << QByteArray();
    QTest::newRow("dot-dot above the root") << QByteArray("/../a") << QByteArray() << QByteArray("/a") << QByteArray();
    QTest::newRow("encoded dots are dots")
        << QByteArray("/a/%2E%2e/b") << QByteArray() << QByteArray("/b") << QByteArray();
    QTest::newRow("no leading slash") << QByteArray("a/b") << QByteArray() << QByteArray("/a/b") << QByteArray();
    QTest::newRow("plus is literal") << QByteArray("/") << QByteArray("a+b=c+d") << QByteArray("/")
                                     << QByteArray("a%2Bb=c%2Bd");
    QTest::newRow("already encoded query") << QByteArray("/") << QByteArray("Key=a%20b%2Fc&Next=x%3D%3D")
                                           << QByteArray("/") << QByteArray("Key=a%20b%2Fc&Next=x%3D%3D");
    QTest::newRow("name without value") << QByteArray("/") << QByteArray("b&a=1&&c=") << QByteArray("/")
                                        << QByteArray("a=1&b=&c=");
    QTest::newRow("sorted by name before value")
        << QByteArray("/") << QByteArray("a-b=1&a=2") << QByteArray("/") << QByteArray("a=2&a-b=1");
    QTest::newRow("stray percent") << QByteArray("/") << QByteArray("p=100%&q=%zz") << QByteArray("/")
                                   << QByteArray("p=100%25&q=%25zz");
}

void TestSigV4Signer::canonicalUriAndQuery()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, canonicalUri);
    QFETCH(QByteArray, canonicalQuery);
    SigV4Request r;
    r.method = "GET";
    r.path = path;
    r.query = query;
    r.headers = { { "Host", "example.amazonaws.com" } };
    const QList<QByteArray> lines = SigV4Signer::canonicalRequest(r).split('\n');
    QCOMPARE(lines.at(1), canonicalUri);
    QCOMPARE(lines.at(2), canonicalQuery);
}

void TestSigV4Signer::headerValuesAreTrimmedAndCollapsed()
{
    SigV4Request r;
    r.method = "GET";
    r.headers = { { "Host", "example.amazonaws.com" }, { "X-B", "\t one \t  two\tthree  " }, { "x-a", "   " },
        { "X-A", "second" } };
    QCOMPARE(SigV4Signer::canonicalRequest(r),
        QByteArray("GET\n/\n\nhost:example.amazonaws.com\nx-a:,second\nx-b:one two three\n\nhost;x-a;x-b\n"
            + QByteArray(kEmptyPayloadHash)));
}

void TestSigV4Signer::sha256HexOfKnownInputs()
{
    QCOMPARE(SigV4Signer::sha256Hex(""), QByteArray(kEmptyPayloadHash));
    // FIPS 180-2, appendix B.1
    QCOMPARE(
        SigV4Signer::sha256Hex("abc"), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestSigV4Signer::headerLookupIgnoresCase()
{
    const SigV4Request r = ec2Request();
    QCOMPARE(r.header("host"), QByteArray("ec2.us-east-1.amazonaws.com"));
    QCOMPARE(r.header("CONTENT-TYPE"), QByteArray("application/x-www-form-urlencoded; charset=utf-8"));
    QVERIFY(r.header("X-Amz-Date").isNull());
}

QTEST_GUILESS_MAIN(TestSigV4Signer)
#include "tst_sigv4signer.moc"
