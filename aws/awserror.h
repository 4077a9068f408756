// AwsError: the one error type of the AWS layer, and the Result<T> (and Result<void>) that carries it.
#pragma once

#include <QByteArrayView>
#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

/// One failure talking to AWS (or refusing to), with everything a report or a retry decision needs.
/// Built by HttpClient from transport errors and by AwsXml::parseError() from AWS error documents
/// (both the EC2 <Response><Errors> shape and the STS/IAM <ErrorResponse> shape).
struct AwsError
{
    enum class Kind {
        None, ///< no error
        InvalidInput, ///< refused before any request: bad ARN, bad key format, ...
        Network, ///< connection refused/reset, DNS, proxy: transient transport failure
        Timeout, ///< a per-attempt timeout fired
        Tls, ///< certificate or handshake failure (never bypassed)
        Throttling, ///< Throttling, RequestLimitExceeded, ... (retryable)
        ServerError, ///< HTTP 5xx / InternalError / ServiceUnavailable (retryable)
        InvalidCredentials, ///< InvalidClientTokenId, AuthFailure, SignatureDoesNotMatch, expired token
        AccessDenied, ///< AccessDenied, UnauthorizedOperation: authenticated but not allowed
        ClockSkew, ///< RequestTimeTooSkewed / RequestExpired / SignatureDoesNotMatch-with-skew
        NotFound, ///< NoSuchEntity and friends
        OptInRequired, ///< region not enabled / not subscribed
        Parse, ///< a response that is not the XML we expect (truncated, malformed, too large)
        Service, ///< any other AWS error code
    };

    Kind kind = Kind::None;
    QString code; ///< AWS error code, e.g. "UnauthorizedOperation"; empty for transport errors
    QString message; ///< AWS's message or ours; never contains a secret
    int httpStatus = 0;
    QString requestId; ///< x-amzn-RequestId / <RequestID>, for support reports
    bool retryable = false;

    bool isError() const { return kind != Kind::None; }
    /// "Code: message (HTTP 403, request id ...)" for logs and CLI stderr.
    QString toString() const;
    /// Stable lower-case name of the kind, e.g. "invalid_credentials", for JSON output and logs.
    static QString kindName(Kind kind);

    /// Error kind and retryability of an AWS error code, per the AWS SDKs' standard retry mode
    /// (throttling codes, transient codes) and the STS/EC2 error references.
    static AwsError fromCode(
        const QString &code, const QString &message, int httpStatus, const QString &requestId = {});
    /// What an error answer's body is, judged by its first bytes: the one rule both error parsers (AwsXml, AwsJson)
    /// use to read a body in whatever form it came, whatever the protocol asked for (emulators and proxies mix them).
    enum class BodyForm { Empty, Json, Html, Xml, Other };
    static BodyForm bodyForm(QByteArrayView body);
    /// The message of an error answer without an AWS error in it (empty, an HTML page, anything else): the HTTP
    /// status in words and what came instead — never the body itself. botocore reads such answers the same way
    /// (parsers.py _do_generic_error_parse: the code from the status, the reason phrase as message).
    static QString noDetailsMessage(BodyForm form, int httpStatus);
    /// An AWS-supplied message as plain text for a log line or a dialog: at most 1,024 characters, control
    /// characters replaced by spaces.
    static QString plainMessage(const QString &text);

    static AwsError make(Kind kind, const QString &message, bool retryable = false)
    {
        AwsError e;
        e.kind = kind;
        e.message = message;
        e.retryable = retryable;
        return e;
    }

    friend bool operator==(const AwsError &, const AwsError &) = default;
};
Q_DECLARE_METATYPE(AwsError)

/// A value or an AwsError. Errors are values in Onramp; nothing throws across the event loop.
template <typename T> class Result
{
public:
    Result(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    {
    }
    Result(AwsError error)
        : m_v(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    /// By value: a reference into a temporary Result would dangle in a range-for.
    T value() && { return std::get<0>(std::move(m_v)); }
    const T *operator->() const { return &std::get<0>(m_v); }
    const T &operator*() const & { return std::get<0>(m_v); }
    const AwsError &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, AwsError> m_v;
};

/// Success without a value, or an AwsError: for operations that only succeed or fail (a commit, a keychain write).
/// Default-constructed (`return {};`) it is a success; error() is only valid on a failure, as for Result<T>.
template <> class Result<void>
{
public:
    Result() = default;
    Result(AwsError error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const AwsError &error() const { return m_error.value(); }

private:
    std::optional<AwsError> m_error;
};
