// HttpClient: AWS Query- and JSON-protocol calls over one QNetworkAccessManager, with SigV4, retries, timeouts, skew.
#pragma once

#include "aws/awserror.h"
#include "aws/credentialsprovider.h"
#include "aws/requestscheduler.h"
#include "aws/retrypolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QSslConfiguration>
#include <QStringList>
#include <QThreadPool>
#include <QUrl>

#include <functional>
#include <future>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
class SigV4Signer;

/// Tunables of HttpClient. The defaults are the AWS SDKs' "standard" retry mode (SDKs and Tools Reference,
/// "Retry behavior"): 3 attempts, exponential backoff with full jitter, base 1 s, cap 20 s.
struct HttpClientConfig
{
    int attemptTimeoutMs = 15000; ///< per attempt: connect + request + response
    int maxAttempts = 3;
    int retryBaseDelayMs = 1000;
    int maxBackoffMs = 20000;
    QString caBundlePath; ///< AWS_CA_BUNDLE: PEM file that *replaces* the system CAs, like the AWS CLI
    bool useEnvironmentProxy = true; ///< HTTPS_PROXY / HTTP_PROXY / NO_PROXY, then the system proxy
    /// Requests on the wire at once (in total, per host) and connection lanes: see RequestScheduler.
    /// ONRAMP_HTTP_MAX_IN_FLIGHT, ONRAMP_HTTP_MAX_PER_HOST and ONRAMP_HTTP_LANES override them (for measuring).
    RequestSchedulerLimits scheduling;
    /// The proxy variables (proxyVariables()) of the environment, and nothing else: never credentials such as
    /// AWS_SECRET_ACCESS_KEY or AWS_SESSION_TOKEN. HttpClient filters what it is given down to these again.
    QProcessEnvironment environment = proxyEnvironment(QProcessEnvironment::systemEnvironment());

    /// Reads AWS_CA_BUNDLE, AWS_MAX_ATTEMPTS, ONRAMP_RETRY_BASE_MS (tests make backoff short with it) and the
    /// scheduling overrides, and keeps the proxy variables of \a env.
    static HttpClientConfig fromEnvironment(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    /// HTTPS_PROXY, https_proxy, HTTP_PROXY, http_proxy, NO_PROXY, no_proxy: all HttpClient reads of an environment.
    static QStringList proxyVariables();
    /// Only the proxyVariables() of \a env.
    static QProcessEnvironment proxyEnvironment(const QProcessEnvironment &env);
    /// Why the proxy that environment names is refused (kind InvalidInput, code "UnsupportedProxy"), or no error.
    /// Qt 6.4 talks to a proxy in plain HTTP only (CONNECT): an https:// proxy URL is refused rather than used
    /// unencrypted, and so is any scheme other than http://.
    AwsError proxyError() const;
};

/// The form parameters of one Query-protocol request, percent-encoded as they are added (RFC 3986 unreserved
/// characters kept), in the order added.
class AwsQuery final
{
public:
    AwsQuery() = default;
    AwsQuery(QByteArrayView action, QByteArrayView version);
    AwsQuery &add(QByteArrayView name, QByteArrayView value);
    AwsQuery &add(QByteArrayView name, const QString &value) { return add(name, QByteArrayView(value.toUtf8())); }
    AwsQuery &add(QByteArrayView name, qint64 value) { return add(name, QByteArrayView(QByteArray::number(value))); }

    const QByteArray &action() const { return m_action; }
    const QByteArray &body() const { return m_body; }

    /// Percent-encodes \a bytes per RFC 3986 (what SigV4 and the Query protocol expect).
    static QByteArray encode(QByteArrayView bytes);

private:
    QByteArray m_action;
    QByteArray m_body;
};

/// One call: which service, where, what. A Query-protocol call (STS, EC2) carries its parameters in `query`; an
/// AWS JSON 1.1 call (AWS Organizations; see json()) carries `jsonTarget` and `jsonBody` instead.
struct AwsCall
{
    QByteArray service; ///< "sts", "ec2", "organizations": the SigV4 service name
    QString region; ///< the SigV4 signing region
    QUrl endpoint; ///< from AwsEndpoints; https://, or http:// to a loopback host (others are refused)
    AwsQuery query;
    /// The response carries secrets (AssumeRole's credentials): its body is wiped once parsed or delivered, and
    /// when the reply is destroyed or retried.
    bool sensitiveResponse = false;
    /// AWS JSON protocol: the X-Amz-Target header, "<TargetPrefix>.<Action>" (e.g.
    /// "AWSOrganizationsV20161128.ListAccounts"); signed like every header. Empty for a Query-protocol call.
    QByteArray jsonTarget = {};
    /// AWS JSON protocol: the request body, a JSON object ("{}" for no parameters).
    QByteArray jsonBody = {};
    /// AWS JSON protocol: the Content-Type, "application/x-amz-json-1.1" (1.0 for the services that use it).
    QByteArray jsonContentType = QByteArrayLiteral("application/x-amz-json-1.1");
    /// Whose request this is, for the scheduler's turns (RequestScheduler) and the retry quota: the account it acts
    /// for. Empty: the credentials provider's scheduleKey(). StsClient::assumeRole() sets the role's ARN, so that
    /// entering a member account takes that account's turn, not the console identity's.
    QByteArray scheduleKey = {};
    /// A REST GET (the IAM Identity Center portal's GetRoleCredentials): the action's name for logs; the request is
    /// a GET of `endpoint` with its query and no body. Empty for Query- and JSON-protocol calls (POST).
    QByteArray restAction = {};
    /// One header that carries a secret (the portal's x-amz-sso_bearer_token): its name, and its value shared with
    /// the caller's SecretBytes (wiped when the last holder dies). Never logged.
    QByteArray secretHeaderName = {};
    std::shared_ptr<const SecretBytes> secretHeaderValue = {};
    /// Its place among its account's waiting requests (RequestScheduler::enqueue): higher goes first. A paginated
    /// listing's page sets its page number (followQueryPages()), so continuation pages of the longest chains go on
    /// the wire before first pages of chains not begun: they are the critical path.
    int priority = 0;

    /// An AWS JSON 1.1 call of \a target with \a body (smithy "awsJson1_1" protocol: POST /, X-Amz-Target,
    /// Content-Type application/x-amz-json-1.1, a JSON object body).
    static AwsCall json(QByteArray service, QString region, QUrl endpoint, QByteArray target, QByteArray body);
    bool isJson() const { return !jsonTarget.isEmpty(); }
    bool isRest() const { return !restAction.isEmpty(); }
    /// The action's name, for logs: the Query Action, or the part of the JSON target after its last '.'.
    QByteArray action() const;
};

/// The outcome of one call (all its attempts). Lives until finished() has been delivered, then deletes itself.
class AwsReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsReply)
public:
    const AwsError &error() const { return m_error; }
    bool ok() const { return !m_error.isError(); }
    /// The response body of a successful call (for an error, the error document). Empty once wipeBody() ran.
    const QByteArray &body() const { return m_body; }
    /// Overwrites the body's bytes where they are — also in a buffer the body shares with another QByteArray, such
    /// as QNetworkReply's — then drops it. For bodies that carry secrets (AssumeRole's credentials), as soon as
    /// they have been parsed; HttpClient::call() does it for calls marked AwsCall::sensitiveResponse.
    void wipeBody();
    int httpStatus() const { return m_httpStatus; }
    QString requestId() const { return m_requestId; }
    int attempts() const { return m_attempt; }
    /// The Date header of the last response (UTC), invalid when none arrived: AWS's clock, for skew checks.
    QDateTime serverDate() const { return m_serverDate; }
    const AwsCall &call() const { return m_call; }
    /// Stops the call: finished() follows with a Network error "cancelled".
    void abort();

Q_SIGNALS:
    void finished();

private:
    friend class HttpClient;
    AwsReply(AwsCall call, CredentialsProviderPtr credentials, QObject *parent);
    ~AwsReply() override;

    AwsCall m_call;
    CredentialsProviderPtr m_credentials;
    QByteArray m_invocationId;
    int m_attempt = 0;
    quint64 m_serial = 0; ///< the order send() was called in (HttpClient::preconnect() lets earlier ones go first)
    bool m_onWire = false; ///< an attempt's request has been written to its connection (QNetworkReply::requestSent)
    QByteArray m_scheduleKey;
    /// The scheduler's slot while an attempt is on the wire (and, after a successful one, until finished() has been
    /// delivered; or handed over by the request before it, until this one is sent), else 0.
    RequestScheduler::Ticket m_ticket = 0;
    int m_lane = 0; ///< the connection lane of m_ticket
    bool m_refreshedExpired = false;
    bool m_timedOut = false;
    bool m_done = false;
    bool m_tooLarge = false;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_attemptClock;
    AwsError m_error;
    QByteArray m_body;
    int m_httpStatus = 0;
    QString m_requestId;
    QDateTime m_serverDate;
};

/// Sends signed AWS Query-protocol requests (POST, application/x-www-form-urlencoded) and AWS JSON 1.1 requests
/// (POST, X-Amz-Target, application/x-amz-json-1.1) on an injected QNetworkAccessManager and, for more than Qt's 6
/// connections per host, HttpClientConfig::scheduling.lanes - 1 more of its own (configured alike). Every attempt
/// waits for a slot of its RequestScheduler once its credentials are at hand, so requests in flight are bounded per
/// host and in total and accounts take turns; no slot is held during a retry's backoff. Error bodies of either
/// protocol become AwsErrors (AwsXml::parseError(), AwsJson::parseError()). Owns: per-attempt timeout; the standard
/// retry mode (retry throttling, 5xx and transient network errors with full-jitter backoff, never auth errors, with a
/// retry-quota token bucket); clock-skew correction from the server's Date header; expired temporary credentials
/// refreshed once; TLS verification always on (AWS_CA_BUNDLE replaces the trusted CAs; there is no switch to ignore TLS
/// errors). Keeps request ids for error reports. Logs (onramp.aws) action, status, attempt and timing — never headers,
/// bodies or secrets.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)
public:
    HttpClient(QNetworkAccessManager *nam, HttpClientConfig config, QObject *parent = nullptr);
    ~HttpClient() override;

    /// Starts \a call signed with \a credentials. Connect to AwsReply::finished() right away (it is never emitted
    /// before the event loop runs). A null \a credentials sends the call unsigned, for the calls AWS takes without a
    /// signature (STS AssumeRoleWithWebIdentity, the IAM Identity Center portal); nothing else changes (TLS,
    /// endpoint checks, retries, scheduling, bounds).
    AwsReply *send(AwsCall call, CredentialsProviderPtr credentials);

    /// Opens connections ahead of the requests a caller is about to send, so that those find them open instead of
    /// each waiting for its own TCP and TLS handshake: one connection per entry of \a endpoints (an endpoint listed
    /// n times gets n), spread over the lanes as the scheduler spreads requests to a host, at most as many per host
    /// as the scheduler lets run at once. Nothing is sent on them; idle, they close as any of Qt's do. Only https://
    /// endpoints, and none while a proxy would carry the requests (a
    /// pre-connection would go around it). Runs after the requests already sent (queued): their handshakes first.
    void preconnect(const QList<QUrl> &endpoints);

    /// Runs \a work on this client's parse thread, then the function it returns on this client's thread, unless
    /// \a context (an object of this client's thread) is gone by then. One thread: the works run one at a time in
    /// the order given, and their continuations in the same order. \a work must touch nothing of the calling thread's:
    /// it gets copies (a page's body) and gives back what it made.
    void parseAside(QObject *context, std::function<std::function<void()>()> work);

    /// \a parse of \a body; a parse error carries the response's request id and HTTP status.
    template <typename T>
    static Result<T> parsedBody(
        QByteArrayView body, const QString &requestId, int httpStatus, Result<T> (*parse)(QByteArrayView))
    {
        Result<T> parsed = parse(body);
        if (!parsed) {
            AwsError e = parsed.error();
            e.requestId = requestId;
            e.httpStatus = httpStatus;
            return e;
        }
        return parsed;
    }
    template <typename T> static Result<T> parsedBody(const AwsReply &reply, Result<T> (*parse)(QByteArrayView))
    {
        return parsedBody<T>(reply.body(), reply.requestId(), reply.httpStatus(), parse);
    }

    /// Sends \a call and parses a successful body with \a parse; \a callback runs in \a context's thread unless
    /// \a context is gone. Errors (transport, AWS, parse) arrive as the Result's error, with the request id.
    /// The parsed result is moved into \a callback (so a secret in it, e.g. AssumeRole's, can move on uncopied).
    /// \a beforeParse, when given, sees a successful response's body as soon as it is complete, and the body is then
    /// parsed on the parse thread (parseAside()), \a callback following in order: a paginated listing reads its
    /// continuation token there and asks for the next page, so the page chains go on while pages are parsed (a
    /// 1,000-instance page is ~5 MB, 10-20 ms of parsing). On this thread, a parse held every event queued after
    /// it, the next page's own start in Qt included (QNetworkAccessManager starts a request from a queued call).
    /// Calls marked AwsCall::sensitiveResponse are parsed here and now, their body wiped. Returns the call's reply
    /// (valid until its finished() has been delivered; hold it in a QPointer).
    template <typename T>
    AwsReply *call(AwsCall call, CredentialsProviderPtr credentials, QObject *context,
        Result<T> (*parse)(QByteArrayView), std::function<void(Result<T>)> callback,
        std::function<void(QByteArrayView body)> beforeParse = {})
    {
        AwsReply *reply = send(std::move(call), std::move(credentials));
        QObject::connect(reply, &AwsReply::finished, context,
            [this, reply, context, parse, callback = std::move(callback), beforeParse = std::move(beforeParse)] {
                if (!reply->ok()) {
                    callback(Result<T>(reply->error()));
                    return;
                }
                if (!beforeParse || reply->call().sensitiveResponse) {
                    Result<T> parsed = parsedBody(*reply, parse);
                    // The secrets are in `parsed` now (SecretBytes): no copy of the text stays behind.
                    if (reply->call().sensitiveResponse)
                        reply->wipeBody();
                    callback(std::move(parsed));
                    return;
                }
                beforeParse(reply->body());
                // The callback (and all it holds) moves on to the continuation: nothing of this thread's is
                // copied or destroyed on the parse thread, which keeps only the body.
                parseAside(context,
                    [body = reply->body(), requestId = reply->requestId(), status = reply->httpStatus(), parse,
                        callback]() mutable -> std::function<void()> {
                        auto parsed = std::make_shared<Result<T>>(parsedBody<T>(body, requestId, status, parse));
                        return [parsed, callback = std::move(callback)] { callback(std::move(*parsed)); };
                    });
            });
        return reply;
    }

    /// The scheduler every attempt goes through (its limits and figures).
    const RequestScheduler &scheduler() const { return m_scheduler; }

    /// Seconds to add to the local clock to get AWS's; learned from Date headers of skew errors.
    qint64 clockOffsetSecs() const { return m_clockOffsetSecs; }
    void setClockOffsetSecs(qint64 secs) { m_clockOffsetSecs = secs; }
    const HttpClientConfig &config() const { return m_config; }
    /// The TLS configuration every request uses (peer verification on, CAs from AWS_CA_BUNDLE when set).
    /// Waits for the CA bundle to be loaded if it isn't yet.
    QSslConfiguration sslConfiguration() const { return tlsSetup().ssl; }
    /// An error if the proxy settings are refused (HttpClientConfig::proxyError()) or AWS_CA_BUNDLE names a file
    /// without certificates; such a client fails every call with it. Waits for the CA bundle to be loaded if it
    /// isn't yet (proxyError() does not).
    AwsError configurationError() const { return m_proxyError.isError() ? m_proxyError : tlsSetup().error; }
    /// The refusal of the proxy settings (HttpClientConfig::proxyError()), or no error.
    const AwsError &proxyError() const { return m_proxyError; }

    /// What every request's TLS needs: the configuration and, when AWS_CA_BUNDLE is unusable, the error.
    struct TlsSetup
    {
        QSslConfiguration ssl;
        AwsError error;
    };

Q_SIGNALS:
    /// The local clock was found off by \a offsetSecs and signing now corrects for it.
    void clockSkewCorrected(qint64 offsetSecs);

private:
    friend class AwsReply;
    void startAttempt(AwsReply *reply);
    /// Sends one attempt of \a reply, signed with \a credentials (unsigned when null).
    void sendSigned(AwsReply *reply, const AwsCredentials *credentials, int lane);
    /// preconnect()'s work, once the TLS setup is loaded and the requests sent before it (serial below \a before)
    /// are on the wire (their connections' handshakes done) or ended, or \a waiting has passed kPreconnectWaitMs (one
    /// waiting for slow credentials does not hold it back longer).
    void openConnections(const QList<QUrl> &endpoints, quint64 before, const QElapsedTimer &waiting);
    static constexpr int kPreconnectWaitMs = 250;
    /// Qt opens at most this many HTTP/1.1 connections per host and QNetworkAccessManager (lane).
    static constexpr int kConnectionsPerLane = 6;
    bool goesThroughProxy(const QUrl &url) const;
    void schedule(AwsReply *reply, std::shared_ptr<const AwsCredentials> signing);
    void releaseSlot(AwsReply *reply);
    /// "host:port" of \a url, the scheduler's host.
    static QString schedulerHost(const QUrl &url);
    void attemptFinished(AwsReply *reply);
    void finish(AwsReply *reply);
    bool takeRetryToken(const QByteArray &key, const AwsError &error);
    int backoffMs(int attempt) const;

    QNetworkAccessManager *m_nam;
    HttpClientConfig m_config;
    QList<QNetworkAccessManager *> m_lanes; ///< m_nam, then the ones this client made
    RequestScheduler m_scheduler;
    /// While finished() of a successful reply is being delivered: its slot, which the request its receivers send next
    /// may take over (send(), RequestScheduler::handOver()); released after them if none did.
    RequestScheduler::Ticket m_handOff = 0;
    quint64 m_nextSerial = 0;
    AwsError m_proxyError;
    const TlsSetup &tlsSetup() const { return m_tls.get(); }

    /// Loading a CA bundle costs ~100 ms for a system-sized one (OpenSSL decodes each certificate; it was half
    /// of the app's start-up time), so it runs on a worker thread from construction on; a request that starts before it
    /// is done waits in m_awaitingTls, without blocking the thread that sent it, until tlsLoaded() starts it.
    std::shared_future<TlsSetup> m_tls;
    QList<QPointer<AwsReply>> m_awaitingTls;
    /// Queued by the loading thread as its last step: starts the requests that came before the setup was ready.
    void tlsLoaded();
    std::unique_ptr<SigV4Signer> m_signer;
    /// parseAside(): the thread (a pool of one, made on first use) and the object its results are posted to, on this
    /// client's thread. ~HttpClient waits for the pool before the receiver goes (its events with it).
    QObject *m_parseReceiver = nullptr;
    std::unique_ptr<QThreadPool> m_parsePool;
    qint64 m_clockOffsetSecs = 0;
    /// The retry quota per schedule key (an account): one account's throttling does not use up another's retries.
    QHash<QByteArray, int> m_retryTokens;
};
