// AwsError: its text forms and the one table that classifies AWS error codes.
#include "aws/awserror.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <array>
#include <string_view>

namespace {

using Kind = AwsError::Kind;

struct CodeRule
{
    std::string_view code;
    Kind kind;
    bool retryable;
};

// Sorted by code (ordinal, case-sensitive); checked at compile time below.
// Throttling: the AWS SDKs' standard retry mode (botocore retries/standard.py _THROTTLED_ERROR_CODES, the same list
// in every SDK). Transient: its _TRANSIENT_ERROR_CODES plus the EC2/STS server error codes. Clock skew: the SDKs'
// clock-skew codes (Java RetryUtils.CLOCK_SKEW_ERROR_CODES without AuthFailure, which EC2 also uses for bad keys
// and disabled regions). Credentials and access: the "Common Errors" of the EC2 and STS API References.
constexpr std::array codeRules = std::to_array<CodeRule>({
    { "AccessDenied", Kind::AccessDenied, false },
    { "AccessDeniedException", Kind::AccessDenied, false },
    { "AuthFailure", Kind::InvalidCredentials, false },
    { "BandwidthLimitExceeded", Kind::Throttling, true },
    { "Blocked", Kind::AccessDenied, false },
    { "DryRunOperation", Kind::Service, false }, // "would have succeeded": Ec2Client reads it as allowed
    { "EC2ThrottledException", Kind::Throttling, true },
    { "ExpiredToken", Kind::InvalidCredentials, false },
    { "ExpiredTokenException", Kind::InvalidCredentials, false },
    { "Forbidden", Kind::AccessDenied, false },
    { "IDPCommunicationError", Kind::ServerError, true },
    { "IncompleteSignature", Kind::InvalidCredentials, false },
    { "IncompleteSignatureException", Kind::InvalidCredentials, false },
    { "InternalError", Kind::ServerError, true },
    { "InternalFailure", Kind::ServerError, true },
    { "InvalidAccessKeyId", Kind::InvalidCredentials, false },
    { "InvalidClientTokenId", Kind::InvalidCredentials, false },
    { "InvalidSignatureException", Kind::InvalidCredentials, false }, // the JSON services' SignatureDoesNotMatch
    { "InvalidToken", Kind::InvalidCredentials, false },
    { "LimitExceededException", Kind::Throttling, true },
    { "MissingAuthenticationToken", Kind::InvalidCredentials, false },
    { "MissingAuthenticationTokenException", Kind::InvalidCredentials, false },
    { "NoSuchEntity", Kind::NotFound, false },
    { "NotAuthorized", Kind::AccessDenied, false },
    { "OptInRequired", Kind::OptInRequired, false },
    { "PendingVerification", Kind::OptInRequired, false },
    { "PriorRequestNotComplete", Kind::Throttling, true },
    { "ProvisionedThroughputExceededException", Kind::Throttling, true },
    { "RegionDisabledException", Kind::OptInRequired, false },
    { "RequestExpired", Kind::ClockSkew, true },
    { "RequestInTheFuture", Kind::ClockSkew, true },
    { "RequestLimitExceeded", Kind::Throttling, true },
    { "RequestThrottled", Kind::Throttling, true },
    { "RequestThrottledException", Kind::Throttling, true },
    { "RequestTimeTooSkewed", Kind::ClockSkew, true },
    { "RequestTimeout", Kind::ServerError, true },
    { "RequestTimeoutException", Kind::ServerError, true },
    { "ResourceNotFoundException", Kind::NotFound, false },
    { "ServiceUnavailable", Kind::ServerError, true },
    { "SignatureDoesNotMatch", Kind::InvalidCredentials, false }, // unless the signature merely expired, see below
    { "SlowDown", Kind::Throttling, true },
    { "ThrottledException", Kind::Throttling, true },
    { "Throttling", Kind::Throttling, true },
    { "ThrottlingException", Kind::Throttling, true },
    { "TooManyRequestsException", Kind::Throttling, true },
    { "TransactionInProgressException", Kind::Throttling, true },
    { "UnauthorizedAccess", Kind::AccessDenied, false },
    { "UnauthorizedOperation", Kind::AccessDenied, false },
    { "Unavailable", Kind::ServerError, true },
    { "UnrecognizedClientException", Kind::InvalidCredentials, false },
});
static_assert(std::ranges::is_sorted(codeRules, {}, &CodeRule::code), "codeRules must stay sorted by code");
static_assert(std::ranges::adjacent_find(codeRules, {}, &CodeRule::code) == codeRules.end(), "duplicate code");

const CodeRule *findRule(QStringView code)
{
    // Codes are ASCII, so UTF-16 and Latin-1 ordinal orders agree with std::string_view's.
    const auto less = [](const CodeRule &rule, QStringView c) {
        return QStringView(c).compare(QLatin1StringView(rule.code.data(), qsizetype(rule.code.size()))) > 0;
    };
    const auto *it = std::lower_bound(codeRules.begin(), codeRules.end(), code, less);
    if (it == codeRules.end() || code != QLatin1StringView(it->code.data(), qsizetype(it->code.size())))
        return nullptr;
    return it;
}

bool isTransientStatus(int httpStatus)
{
    return httpStatus == 500 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
}

// STS and EC2 answer SignatureDoesNotMatch (the JSON-protocol services such as Organizations InvalidSignatureException)
// both for a wrong secret and for a request signed too long ago or in the future ("Signature expired: 20150830T123600Z
// is now earlier than ...", "Signature not yet current: ...").
bool isExpiredSignatureMessage(const QString &message)
{
    return message.contains(QLatin1StringView("Signature expired"), Qt::CaseInsensitive)
        || message.contains(QLatin1StringView("Signature not yet current"), Qt::CaseInsensitive);
}

// No (known) code: the HTTP status is all we have, e.g. an empty body or a proxy's HTML page.
void classifyByStatus(AwsError &e)
{
    const int s = e.httpStatus;
    if (isTransientStatus(s)) {
        e.kind = Kind::ServerError;
        e.retryable = true;
    } else if (s >= 500 && s <= 599) {
        e.kind = Kind::ServerError; // 501, 505, ...: a server fault that repeating will not fix
    } else if (s == 429) {
        e.kind = Kind::Throttling;
        e.retryable = true;
    } else if (s == 401) {
        e.kind = Kind::InvalidCredentials;
    } else if (s == 403) {
        e.kind = Kind::AccessDenied;
    } else if (s == 404) {
        e.kind = Kind::NotFound;
    } else {
        e.kind = Kind::Service;
    }
}

} // namespace

QString AwsError::toString() const
{
    QString text;
    if (!code.isEmpty() && !message.isEmpty())
        text = code + QLatin1StringView(": ") + message;
    else if (!code.isEmpty())
        text = code;
    else if (!message.isEmpty())
        text = message;
    else
        text = kindName(kind);

    QStringList details;
    const QString status = QLatin1StringView("HTTP ") + QString::number(httpStatus);
    if (httpStatus != 0 && !text.contains(QLatin1StringView("(") + status + QLatin1Char(')')))
        details << status;
    if (!requestId.isEmpty())
        details << QLatin1StringView("request id ") + requestId;
    if (!details.isEmpty())
        text += QLatin1StringView(" (") + details.join(QLatin1StringView(", ")) + QLatin1Char(')');
    return text;
}

QString AwsError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::InvalidInput:
        return QStringLiteral("invalid_input");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Throttling:
        return QStringLiteral("throttling");
    case Kind::ServerError:
        return QStringLiteral("server_error");
    case Kind::InvalidCredentials:
        return QStringLiteral("invalid_credentials");
    case Kind::AccessDenied:
        return QStringLiteral("access_denied");
    case Kind::ClockSkew:
        return QStringLiteral("clock_skew");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::OptInRequired:
        return QStringLiteral("opt_in_required");
    case Kind::Parse:
        return QStringLiteral("parse");
    case Kind::Service:
        return QStringLiteral("service");
    }
    return QStringLiteral("unknown");
}

AwsError::BodyForm AwsError::bodyForm(QByteArrayView body)
{
    const QByteArrayView trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return BodyForm::Empty;
    if (trimmed.front() == '{')
        return BodyForm::Json;
    if (trimmed.front() != '<')
        return BodyForm::Other;
    // HTML as proxies and load balancers send it: a doctype or <html> first, or after an XML declaration (XHTML).
    const QByteArray start = trimmed.first(std::min<qsizetype>(trimmed.size(), 512)).toByteArray().toLower();
    if (start.startsWith("<!doctype html") || start.startsWith("<html")
        || (start.startsWith("<?xml") && (start.contains("<!doctype html") || start.contains("<html"))))
        return BodyForm::Html;
    return BodyForm::Xml;
}

QString AwsError::noDetailsMessage(BodyForm form, int httpStatus)
{
    QString status;
    switch (httpStatus) {
    case 400:
        status = QCoreApplication::translate("AwsError", "Bad request");
        break;
    case 401:
        status = QCoreApplication::translate("AwsError", "Unauthorized");
        break;
    case 403:
        status = QCoreApplication::translate("AwsError", "Forbidden");
        break;
    case 404:
        status = QCoreApplication::translate("AwsError", "Not found");
        break;
    case 429:
        status = QCoreApplication::translate("AwsError", "Too many requests");
        break;
    case 500:
        status = QCoreApplication::translate("AwsError", "Internal server error");
        break;
    case 502:
        status = QCoreApplication::translate("AwsError", "Bad gateway");
        break;
    case 503:
        status = QCoreApplication::translate("AwsError", "Service unavailable");
        break;
    case 504:
        status = QCoreApplication::translate("AwsError", "Gateway timeout");
        break;
    default:
        status = httpStatus > 0 ? QCoreApplication::translate("AwsError", "HTTP error") : QString();
        break;
    }
    // The status in words, and in digits as "(HTTP 503)", which toString() then does not repeat.
    if (httpStatus > 0)
        status = QCoreApplication::translate("AwsError", "%1 (HTTP %2)").arg(status).arg(httpStatus);
    else
        status = QCoreApplication::translate("AwsError", "AWS error");
    switch (form) {
    case BodyForm::Empty:
        return QCoreApplication::translate("AwsError", "%1; the response carried no error details.").arg(status);
    case BodyForm::Html:
        return QCoreApplication::translate(
            "AwsError", "%1; the response was an HTML page, not an AWS error (from a proxy or load balancer?).")
            .arg(status);
    default:
        return QCoreApplication::translate("AwsError", "%1; the response was not an AWS error document.").arg(status);
    }
}

QString AwsError::plainMessage(const QString &text)
{
    QString out = text.left(1024);
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return out;
}

AwsError AwsError::fromCode(const QString &code, const QString &message, int httpStatus, const QString &requestId)
{
    AwsError e;
    e.code = code;
    e.message = message;
    e.httpStatus = httpStatus;
    e.requestId = requestId;

    if (const CodeRule *rule = findRule(code)) {
        e.kind = rule->kind;
        e.retryable = rule->retryable;
        const bool signatureRefused = code == QLatin1StringView("SignatureDoesNotMatch")
            || code == QLatin1StringView("InvalidSignatureException");
        if (signatureRefused && isExpiredSignatureMessage(message)) {
            e.kind = Kind::ClockSkew;
            e.retryable = true;
        }
    } else if (code.endsWith(QLatin1StringView(".NotFound"))) {
        // EC2's resource-specific codes: InvalidInstanceID.NotFound, InvalidAMIID.NotFound, ...
        e.kind = Kind::NotFound;
    } else if (code.isEmpty() || (httpStatus >= 500 && httpStatus <= 599)) {
        classifyByStatus(e);
    } else {
        e.kind = Kind::Service;
    }
    return e;
}
