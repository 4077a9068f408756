// Tests AwsError: the classification of AWS error codes, kind names and the one-line text form; Result<void>.
#include "aws/awserror.h"

#include <QTest>

#include <optional>
#include <type_traits>

namespace {

using Kind = AwsError::Kind;

QString name(Kind kind)
{
    return AwsError::kindName(kind);
}

} // namespace

class TestAwsError final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classifiesAwsErrorCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("retryable");

        const auto row = [](const char *code, int status, Kind kind, bool retryable) {
            QTest::addRow("%s/%d", code, status) << QString::fromLatin1(code) << status << name(kind) << retryable;
        };
        // Throttling: the SDKs' standard retry mode list, whatever status they come with.
        for (const char *code :
            { "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
                "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
                "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled",
                "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException" })
            row(code, 400, Kind::Throttling, true);
        row("SlowDown", 503, Kind::Throttling, true);
        // Transient server-side failures.
        row("InternalError", 500, Kind::ServerError, true);
        row("InternalFailure", 500, Kind::ServerError, true);
        row("ServiceUnavailable", 503, Kind::ServerError, true);
        row("Unavailable", 503, Kind::ServerError, true);
        row("RequestTimeout", 400, Kind::ServerError, true);
        row("RequestTimeoutException", 400, Kind::ServerError, true);
        row("IDPCommunicationError", 400, Kind::ServerError, true);
        // Clock skew: retryable once the client has corrected its clock.
        row("RequestTimeTooSkewed", 403, Kind::ClockSkew, true);
        row("RequestExpired", 400, Kind::ClockSkew, true);
        row("RequestInTheFuture", 403, Kind::ClockSkew, true);
        // Credentials that will not start working by asking again.
        for (const char *code : { "InvalidClientTokenId", "UnrecognizedClientException", "AuthFailure",
                 "SignatureDoesNotMatch", "IncompleteSignature", "MissingAuthenticationToken", "InvalidAccessKeyId",
                 "InvalidSignatureException", "IncompleteSignatureException", "MissingAuthenticationTokenException",
                 "ExpiredToken", "ExpiredTokenException", "InvalidToken" })
            row(code, 403, Kind::InvalidCredentials, false);
        row("AuthFailure", 401, Kind::InvalidCredentials, false);
        // Authenticated but not allowed.
        for (const char *code : { "AccessDenied", "AccessDeniedException", "UnauthorizedOperation",
                 "UnauthorizedAccess", "Forbidden", "NotAuthorized", "Blocked" })
            row(code, 403, Kind::AccessDenied, false);
        // Missing things.
        row("NoSuchEntity", 404, Kind::NotFound, false);
        row("ResourceNotFoundException", 400, Kind::NotFound, false);
        row("InvalidInstanceID.NotFound", 400, Kind::NotFound, false);
        row("InvalidAMIID.NotFound", 400, Kind::NotFound, false);
        // Regions and services the account has not enabled.
        row("OptInRequired", 403, Kind::OptInRequired, false);
        row("RegionDisabledException", 403, Kind::OptInRequired, false);
        row("PendingVerification", 400, Kind::OptInRequired, false);
        // Everything else is the service's own business; 5xx stays retryable.
        row("DryRunOperation", 412, Kind::Service, false);
        row("InvalidParameterValue", 400, Kind::Service, false);
        row("InvalidInstanceID.Malformed", 400, Kind::Service, false);
        row("MalformedPolicyDocument", 400, Kind::Service, false);
        row("SomethingNew", 500, Kind::ServerError, true);
        row("SomethingNew", 503, Kind::ServerError, true);
        row("SomethingNew", 501, Kind::ServerError, false);
        // Codes are case-sensitive, as AWS sends them.
        row("throttling", 400, Kind::Service, false);
        row("accessdenied", 403, Kind::Service, false);
    }

    void classifiesAwsErrorCodes()
    {
        QFETCH(QString, code);
        QFETCH(int, httpStatus);
        QFETCH(QString, kind);
        QFETCH(bool, retryable);

        const AwsError e = AwsError::fromCode(code, QStringLiteral("message"), httpStatus);
        QCOMPARE(AwsError::kindName(e.kind), kind);
        QCOMPARE(e.retryable, retryable);
        QVERIFY(e.isError());
    }

    void signatureDoesNotMatchIsClockSkewOnlyWhenTheSignatureExpired_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("retryable");

        const QString expired = QStringLiteral("Signature expired: 20150830T123600Z is now earlier than "
                                               "20150830T124100Z (20150830T125600Z - 15 min.)");
        const QString notYet = QStringLiteral("Signature not yet current: 20260102T040405Z is still later "
                                              "than 20260102T034905Z (20260102T033405Z + 15 min.)");
        const QString wrong = QStringLiteral("The request signature we calculated does not match the signature you "
                                             "provided. Check your AWS Secret Access Key and signing method.");
        // The Query services say SignatureDoesNotMatch, the JSON ones (Organizations) InvalidSignatureException.
        for (const QString &code :
            { QStringLiteral("SignatureDoesNotMatch"), QStringLiteral("InvalidSignatureException") }) {
            QTest::addRow("%s expired", qPrintable(code)) << code << expired << name(Kind::ClockSkew) << true;
            QTest::addRow("%s not yet current", qPrintable(code)) << code << notYet << name(Kind::ClockSkew) << true;
            QTest::addRow("%s wrong secret", qPrintable(code))
                << code << wrong << name(Kind::InvalidCredentials) << false;
            QTest::addRow("%s no message", qPrintable(code))
                << code << QString() << name(Kind::InvalidCredentials) << false;
        }
    }

    void signatureDoesNotMatchIsClockSkewOnlyWhenTheSignatureExpired()
    {
        QFETCH(QString, message);
        QFETCH(QString, kind);
        QFETCH(bool, retryable);
        QFETCH(QString, code);

        const AwsError e = AwsError::fromCode(code, message, 403);
        QCOMPARE(AwsError::kindName(e.kind), kind);
        QCOMPARE(e.retryable, retryable);
        QCOMPARE(e.code, code);
    }

    void classifiesResponsesWithoutACodeByHttpStatus_data()
    {
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("retryable");

        QTest::newRow("500") << 500 << name(Kind::ServerError) << true;
        QTest::newRow("502") << 502 << name(Kind::ServerError) << true;
        QTest::newRow("503") << 503 << name(Kind::ServerError) << true;
        QTest::newRow("504") << 504 << name(Kind::ServerError) << true;
        QTest::newRow("501") << 501 << name(Kind::ServerError) << false;
        QTest::newRow("429") << 429 << name(Kind::Throttling) << true;
        QTest::newRow("401") << 401 << name(Kind::InvalidCredentials) << false;
        QTest::newRow("403") << 403 << name(Kind::AccessDenied) << false;
        QTest::newRow("404") << 404 << name(Kind::NotFound) << false;
        QTest::newRow("400") << 400 << name(Kind::Service) << false;
        QTest::newRow("no status") << 0 << name(Kind::Service) << false;
    }

    void classifiesResponsesWithoutACodeByHttpStatus()
    {
        QFETCH(int, httpStatus);
        QFETCH(QString, kind);
        QFETCH(bool, retryable);

        const AwsError e = AwsError::fromCode(QString(), QStringLiteral("no details"), httpStatus);
        QCOMPARE(AwsError::kindName(e.kind), kind);
        QCOMPARE(e.retryable, retryable);
        QVERIFY(e.code.isEmpty());
    }

    void keepsCodeMessageStatusAndRequestIdAsGiven()
    {
        const AwsError e = AwsError::fromCode(QStringLiteral("UnauthorizedOperation"),
            QStringLiteral("You are not authorized to perform this operation."), 403,
            QStringLiteral("ea966190-f9aa-478e-9ede-cb5432daacc0"));
        QCOMPARE(e.kind, Kind::AccessDenied);
        QCOMPARE(e.code, QStringLiteral("UnauthorizedOperation"));
        QCOMPARE(e.message, QStringLiteral("You are not authorized to perform this operation."));
        QCOMPARE(e.httpStatus, 403);
        QCOMPARE(e.requestId, QStringLiteral("ea966190-f9aa-478e-9ede-cb5432daacc0"));
    }

    void resultVoidDefaultIsSuccessWithNoError()
    {
        const auto succeed = []() -> Result<void> { return {}; };
        const Result<void> r = succeed();
        QVERIFY(r.ok());
        QVERIFY(bool(r));
        // As std::get on Result<T>: asking a success for its error is a mistake, not an empty error.
        QVERIFY_THROWS_EXCEPTION(std::bad_optional_access, r.error());
        static_assert(!std::is_constructible_v<Result<void>, bool>, "a bool says nothing: success is {}");
        static_assert(!std::is_convertible_v<Result<void>, bool>, "tested explicitly, as Result<T>");
    }

    void resultVoidCarriesTheErrorAsResultTDoes()
    {
        AwsError e = AwsError::make(Kind::AccessDenied, QStringLiteral("not allowed"));
        e.code = QStringLiteral("AccessDenied");
        e.httpStatus = 403;
        const auto fail = [&e]() -> Result<void> { return e; };
        const Result<void> r = fail();
        QVERIFY(!r.ok());
        QVERIFY(!r);
        QCOMPARE(r.error(), e);

        // The same error passes unchanged between Result<T> and Result<void>, both ways.
        const Result<int> typed = e;
        const Result<void> untyped = typed.error();
        QCOMPARE(untyped.error(), typed.error());
        const Result<int> back = untyped.error();
        QCOMPARE(back.error().code, QStringLiteral("AccessDenied"));
    }

    void kindNamesAreStableSnakeCase_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");

        QTest::newRow("None") << int(Kind::None) << QStringLiteral("none");
        QTest::newRow("InvalidInput") << int(Kind::InvalidInput) << QStringLiteral("invalid_input");
        QTest::newRow("Network") << int(Kind::Network) << QStringLiteral("network");
        QTest::newRow("Timeout") << int(Kind::Timeout) << QStringLiteral("timeout");
        QTest::newRow("Tls") << int(Kind::Tls) << QStringLiteral("tls");
        QTest::newRow("Throttling") << int(Kind::Throttling) << QStringLiteral("throttling");
        QTest::newRow("ServerError") << int(Kind::ServerError) << QStringLiteral("server_error");
        QTest::newRow("InvalidCredentials") << int(Kind::InvalidCredentials) << QStringLiteral("invalid_credentials");
        QTest::newRow("AccessDenied") << int(Kind::AccessDenied) << QStringLiteral("access_denied");
        QTest::newRow("ClockSkew") << int(Kind::ClockSkew) << QStringLiteral("clock_skew");
        QTest::newRow("NotFound") << int(Kind::NotFound) << QStringLiteral("not_found");
        QTest::newRow("OptInRequired") << int(Kind::OptInRequired) << QStringLiteral("opt_in_required");
        QTest::newRow("Parse") << int(Kind::Parse) << QStringLiteral("parse");
        QTest::newRow("Service") << int(Kind::Service) << QStringLiteral("service");
    }

    void kindNamesAreStableSnakeCase()
    {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        QCOMPARE(AwsError::kindName(Kind(kind)), expected);
    }

    void toStringShowsCodeMessageStatusAndRequestId_data()
    {
        QTest::addColumn<AwsError>("error");
        QTest::addColumn<QString>("expected");

        QTest::newRow("all parts") << AwsError::fromCode(QStringLiteral("UnauthorizedOperation"),
            QStringLiteral("You are not authorized."), 403, QStringLiteral("req-1"))
                                   << QStringLiteral(
                                          "UnauthorizedOperation: You are not authorized. (HTTP 403, request "
                                          "id req-1)");
        QTest::newRow("no request id") << AwsError::fromCode(
            QStringLiteral("Throttling"), QStringLiteral("Rate exceeded"), 400)
                                       << QStringLiteral("Throttling: Rate exceeded (HTTP 400)");
        QTest::newRow("code only") << AwsError::fromCode(QStringLiteral("InternalError"), QString(), 500)
                                   << QStringLiteral("InternalError (HTTP 500)");
        QTest::newRow("transport error") << AwsError::make(Kind::Network, QStringLiteral("Connection refused."), true)
                                         << QStringLiteral("Connection refused.");
        QTest::newRow("nothing but a kind") << AwsError::make(Kind::Timeout, QString()) << QStringLiteral("timeout");
    }

    void toStringShowsCodeMessageStatusAndRequestId()
    {
        QFETCH(AwsError, error);
        QFETCH(QString, expected);
        QCOMPARE(error.toString(), expected);
    }

    void defaultErrorIsNoError()
    {
        const AwsError e;
        QVERIFY(!e.isError());
        QCOMPARE(e.kind, Kind::None);
        QVERIFY(!e.retryable);
    }
};

QTEST_GUILESS_MAIN(TestAwsError)
#include "tst_awserror.moc"
