// HttpClient: signed AWS Query- and JSON-protocol requests with the SDKs' standard retry behaviour.
#include "aws/httpclient.h"

#include "aws/awsendpoints.h"
#include "aws/awsjson.h"
#include "aws/awsxml.h"
#include "aws/logging.h"
#include "aws/retrypolicy.h"
#include "aws/secretbytes.h"
#include "aws/sigv4signer.h"
#include "aws/threadpriority.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace {
using RetryPolicy::maxRetryTokens;
using RetryPolicy::retryCost;
using RetryPolicy::timeoutRetryCost;

/// The name (upper case first, as curl reads them) and value of the first of \a upper / \a lower that is set.
std::pair<QString, QString> pickVariable(const QProcessEnvironment &env, const char *upper, const char *lower)
{
    for (const char *name : { upper, lower }) {
        const QString v = env.value(QLatin1StringView(name));
        if (!v.isEmpty())
            return { QLatin1StringView(name), v };
    }
    return {};
}

/// HTTPS_PROXY / HTTP_PROXY / NO_PROXY as curl and the AWS CLI read them, then the system's settings. Hosts on
/// this computer never go through a proxy: a plain-HTTP loopback endpoint must not leave the machine that way.
/// Only installed when HttpClientConfig::proxyError() has nothing to say (http:// proxies only).
class EnvironmentProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit EnvironmentProxyFactory(const QProcessEnvironment &env)
    {
        m_https = QUrl::fromUserInput(pickVariable(env, "HTTPS_PROXY", "https_proxy").second);
        m_http = QUrl::fromUserInput(pickVariable(env, "HTTP_PROXY", "http_proxy").second);
        const QString noProxy = pickVariable(env, "NO_PROXY", "no_proxy").second;
        for (const QString &entry : noProxy.split(QLatin1Char(','), Qt::SkipEmptyParts))
            m_noProxy.append(entry.trimmed().toLower());
    }

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        const QString host = query.peerHostName().toLower();
        if (AwsEndpoints::isLoopbackHost(host) || bypass(host))
            return { QNetworkProxy(QNetworkProxy::NoProxy) };
        const QUrl &proxy = query.protocolTag() == QLatin1StringView("https") ? m_https : m_http;
        if (proxy.isValid() && !proxy.host().isEmpty())
            return { QNetworkProxy(QNetworkProxy::HttpProxy, proxy.host(), quint16(proxy.port(8080)), proxy.userName(),
                proxy.password()) };
        return systemProxyForQuery(query);
    }

private:
    bool bypass(const QString &host) const
    {
        for (const QString &entry : m_noProxy) {
            if (entry == QLatin1StringView("*"))
                return true;
            QString suffix = entry.startsWith(QLatin1Char('.')) ? entry.sliced(1) : entry;
            if (host == suffix || host.endsWith(QLatin1Char('.') + suffix))
                return true;
        }
        return false;
    }

    QUrl m_https;
    QUrl m_http;
    QStringList m_noProxy;
};

QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int port = url.port();
    const int defaultPort = url.scheme() == QLatin1StringView("http") ? 80 : 443;
    if (port > 0 && port != defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

AwsError transportError(QNetworkReply *reply, bool timedOut, bool tooLarge, const QList<QSslError> &sslErrors)
{
    if (tooLarge)
        return AwsError::make(AwsError::Kind::Parse,
            QCoreApplication::translate("HttpClient", "The response is larger than %1 MB and was refused.")
                .arg(AwsXml::maxDocumentBytes / (1024 * 1024)));
    if (timedOut)
        return AwsError::make(AwsError::Kind::Timeout,
            QCoreApplication::translate("HttpClient", "No response from %1 in time.").arg(reply->url().host()), true);
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError: {
        QStringList reasons;
        for (const QSslError &e : sslErrors)
            reasons.append(e.errorString());
        return AwsError::make(AwsError::Kind::Tls,
            QCoreApplication::translate(
                "HttpClient", "TLS connection to %1 failed: %2. Check AWS_CA_BUNDLE and any TLS-inspecting proxy.")
                .arg(reply->url().host(),
                    reasons.isEmpty() ? reply->errorString() : reasons.join(QStringLiteral("; "))));
    }
    case QNetworkReply::OperationCanceledError:
        return AwsError::make(
            AwsError::Kind::Network, QCoreApplication::translate("HttpClient", "The request was cancelled."));
    case QNetworkReply::HostNotFoundError:
        return AwsError::make(AwsError::Kind::Network,
            QCoreApplication::translate("HttpClient", "Cannot resolve %1.").arg(reply->url().host()), true);
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProxyNotFoundError:
        return AwsError::make(AwsError::Kind::Network,
            QCoreApplication::translate("HttpClient", "Proxy error: %1").arg(reply->errorString()));
    default:
        return AwsError::make(AwsError::Kind::Network,
            QCoreApplication::translate("HttpClient", "Network error talking to %1: %2")
                .arg(reply->url().host(), reply->errorString()),
            true);
    }
}
} // namespace

QStringList HttpClientConfig::proxyVariables()
{
    return { QStringLiteral("HTTPS_PROXY"), QStringLiteral("https_proxy"), QStringLiteral("HTTP_PROXY"),
        QStringLiteral("http_proxy"), QStringLiteral("NO_PROXY"), QStringLiteral("no_proxy") };
}

QProcessEnvironment HttpClientConfig::proxyEnvironment(const QProcessEnvironment &env)
{
    QProcessEnvironment kept;
    for (const QString &name : proxyVariables()) {
        if (env.contains(name))
            kept.insert(name, env.value(name));
    }
    return kept;
}

AwsError HttpClientConfig::proxyError() const
{
    if (!useEnvironmentProxy)
        return {};
    for (const auto &[upper, lower] :
        { std::pair { "HTTPS_PROXY", "https_proxy" }, std::pair { "HTTP_PROXY", "http_proxy" } }) {
        const auto [name, value] = pickVariable(environment, upper, lower);
        if (value.isEmpty())
            continue;
        const QUrl proxy = QUrl::fromUserInput(value);
        const QString scheme = proxy.scheme().toLower();
        if (scheme == QLatin1StringView("http"))
            continue;
        const QString shown = name + QLatin1Char('=') + proxy.toDisplayString(QUrl::RemoveUserInfo);
        AwsError e = AwsError::make(AwsError::Kind::InvalidInput,
            scheme == QLatin1StringView("https")
                ? HttpClient::tr("%1 is refused: Onramp cannot connect to a proxy over TLS (Qt 6.4 speaks "
                                 "only plain HTTP to a proxy), and using it unencrypted would expose what "
                                 "you meant to protect, such as the proxy's password. Use the proxy's "
                                 "http:// address (requests to AWS stay TLS-encrypted end to end through "
                                 "the proxy), or unset %2.")
                      .arg(shown, name)
                : HttpClient::tr("%1 is refused: Onramp can use only http:// proxies. Use the proxy's "
                                 "http:// address, or unset %2.")
                      .arg(shown, name));
        e.code = QStringLiteral("UnsupportedProxy");
        return e;
    }
    return {};
}

HttpClientConfig HttpClientConfig::fromEnvironment(const QProcessEnvironment &env)
{
    HttpClientConfig c;
    c.environment = proxyEnvironment(env);
    c.caBundlePath = env.value(QStringLiteral("AWS_CA_BUNDLE"));
    bool ok = false;
    const int attempts = env.value(QStringLiteral("AWS_MAX_ATTEMPTS")).toInt(&ok);
    if (ok && attempts >= 1 && attempts <= 10)
        c.maxAttempts = attempts;
    const int base = env.value(QStringLiteral("ONRAMP_RETRY_BASE_MS")).toInt(&ok);
    if (ok && base >= 0)
        c.retryBaseDelayMs = base;
    const int timeout = env.value(QStringLiteral("ONRAMP_ATTEMPT_TIMEOUT_MS")).toInt(&ok);
    if (ok && timeout > 0)
        c.attemptTimeoutMs = timeout;
    for (const auto &[name, limit] : { std::pair { "ONRAMP_HTTP_MAX_IN_FLIGHT", &c.scheduling.maxInFlight },
             std::pair { "ONRAMP_HTTP_MAX_PER_HOST", &c.scheduling.maxInFlightPerHost },
             std::pair { "ONRAMP_HTTP_LANES", &c.scheduling.lanes } }) {
        const int n = env.value(QLatin1StringView(name)).toInt(&ok);
        if (ok && n >= 1 && n <= 1024)
            *limit = n;
    }
    return c;
}

AwsCall AwsCall::json(QByteArray service, QString region, QUrl endpoint, QByteArray target, QByteArray body)
{
    AwsCall call;
    call.service = std::move(service);
    call.region = std::move(region);
    call.endpoint = std::move(endpoint);
    call.jsonTarget = std::move(target);
    call.jsonBody = body.isEmpty() ? QByteArrayLiteral("{}") : std::move(body);
    return call;
}

QByteArray AwsCall::action() const
{
    if (isRest())
        return restAction;
    if (!isJson())
        return query.action();
    return jsonTarget.mid(jsonTarget.lastIndexOf('.') + 1);
}

AwsQuery::AwsQuery(QByteArrayView action, QByteArrayView version)
    : m_action(action.toByteArray())
{
    add("Action", action);
    add("Version", version);
}

QByteArray AwsQuery::encode(QByteArrayView bytes)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
            || c == '.' || c == '~') {
            out.append(char(c));
        } else {
            out.append('%');
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xF]);
        }
    }
    return out;
}

AwsQuery &AwsQuery::add(QByteArrayView name, QByteArrayView value)
{
    if (!m_body.isEmpty())
        m_body.append('&');
    m_body.append(encode(name));
    m_body.append('=');
    m_body.append(encode(value));
    return *this;
}

AwsReply::AwsReply(AwsCall call, CredentialsProviderPtr credentials, QObject *parent)
    : QObject(parent)
    , m_call(std::move(call))
    , m_credentials(std::move(credentials))
    , m_invocationId(QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
{
}

AwsReply::~AwsReply()
{
    if (m_call.sensitiveResponse)
        wipeBody();
}

void AwsReply::wipeBody()
{
    SecretBytes::wipeShared(m_body);
}

void HttpClient::parseAside(QObject *context, std::function<std::function<void()>()> work)
{
    Q_ASSERT(context->thread() == thread());
    if (!m_parsePool) {
        m_parseReceiver = new QObject(this);
        m_parsePool = std::make_unique<QThreadPool>();
        m_parsePool->setMaxThreadCount(1); // one at a time, in order: a listing's pages are delivered as listed
        m_parsePool->setExpiryTimeout(-1); // one thread for the client's life, not one per burst
        m_parsePool->setObjectName(QStringLiteral("onramp-parse"));
    }
    // The receiver outlives every work (~HttpClient waits for the pool); the context is checked where it lives.
    m_parsePool->start([receiver = m_parseReceiver, context = QPointer<QObject>(context), work = std::move(work)] {
        ThreadPriority::becomeBackground();
        std::function<void()> then = work();
        QMetaObject::invokeMethod(
            receiver,
            [context, then = std::move(then)] {
                if (context)
                    then();
            },
            Qt::QueuedConnection);
    });
}

void AwsReply::abort()
{
    if (m_done)
        return;
    m_error = AwsError::make(AwsError::Kind::Network, tr("The request was cancelled."));
    if (m_timer)
        m_timer->stop();
    m_done = true;
    if (auto *http = qobject_cast<HttpClient *>(parent()))
        http->releaseSlot(this);
    if (m_reply) {
        QNetworkReply *r = m_reply;
        m_reply = nullptr;
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished();
            deleteLater();
        },
        Qt::QueuedConnection);
}

namespace {

/// The TLS setup for \a caBundlePath (empty: the system's CAs), loaded on a worker thread. Nothing Qt-owned is
/// kept beyond the client that asked for it: ~HttpClient waits for a load still running.
std::shared_future<HttpClient::TlsSetup> loadTlsSetup(const QString &caBundlePath, const std::function<void()> &loaded)
{
    return std::async(std::launch::async, [caBundlePath, loaded] {
        HttpClient::TlsSetup s;
        s.ssl = QSslConfiguration::defaultConfiguration();
        s.ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        s.ssl.setProtocol(QSsl::TlsV1_2OrLater);
        if (!caBundlePath.isEmpty()) {
            const QList<QSslCertificate> cas = QSslCertificate::fromPath(caBundlePath, QSsl::Pem);
            if (cas.isEmpty()) {
                s.error = AwsError::make(AwsError::Kind::Tls,
                    HttpClient::tr("AWS_CA_BUNDLE %1 holds no PEM certificates.").arg(caBundlePath));
            }
            s.ssl.setCaCertificates(cas);
        }
        loaded(); // (queued: it runs once this has returned; ~HttpClient waits for this thread)
        return s;
    }).share();
}

} // namespace

HttpClient::HttpClient(QNetworkAccessManager *nam, HttpClientConfig config, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_config(std::move(config))
    , m_scheduler(m_config.scheduling)
    , m_tls(loadTlsSetup(m_config.caBundlePath,
          [this] { QMetaObject::invokeMethod(this, &HttpClient::tlsLoaded, Qt::QueuedConnection); }))
    , m_signer(std::make_unique<SigV4Signer>())
{
    // Whatever the caller put in the configuration, keep no more of its environment than the proxy settings.
    m_config.environment = HttpClientConfig::proxyEnvironment(m_config.environment);
    m_proxyError = m_config.proxyError();
    // Qt opens at most 6 HTTP/1.1 connections per host:port and manager; against AWS 100 accounts share each
    // regional host (against a local endpoint, every request shares one), so the scheduler spreads requests over
    // lanes, one manager each: at most 6 x lanes connections per host, maxInFlight in all.
    m_lanes.append(m_nam);
    for (int lane = 1; lane < m_scheduler.limits().lanes; ++lane)
        m_lanes.append(new QNetworkAccessManager(this));
    if (m_config.useEnvironmentProxy && !m_proxyError.isError()) {
        for (QNetworkAccessManager *nam : std::as_const(m_lanes))
            nam->setProxyFactory(new EnvironmentProxyFactory(m_config.environment));
    }
}

HttpClient::~HttpClient()
{
    // Replies still alive are children, destroyed after the scheduler: they must not give their slots back to it.
    for (AwsReply *reply : findChildren<AwsReply *>(Qt::FindDirectChildrenOnly))
        reply->m_ticket = 0;
    if (m_scheduler.stats().started > 0)
        qCDebug(lcAws).noquote() << "scheduler:" << m_scheduler.stats().started << "requests, at most"
                                 << m_scheduler.stats().peakInFlight << "in flight,"
                                 << m_scheduler.stats().peakInFlightPerHost << "to one host,"
                                 << m_scheduler.stats().peakQueued << "waiting," << m_scheduler.stats().handedOver
                                 << "handed over";
    m_tls.wait(); // the worker must not outlive the client (or the application) it loads for
    // A parse still running finishes; its result, posted to the receiver, goes with it (deleted below, as a child).
    if (m_parsePool)
        m_parsePool->waitForDone();
}

AwsReply *HttpClient::send(AwsCall call, CredentialsProviderPtr credentials)
{
    auto *reply = new AwsReply(std::move(call), std::move(credentials), this);
    reply->m_serial = ++m_nextSerial;
    reply->m_scheduleKey = !reply->m_call.scheduleKey.isEmpty() ? reply->m_call.scheduleKey
        : reply->m_credentials                                  ? reply->m_credentials->scheduleKey()
                                                                : QByteArray();
    // Sent from the finished() handler of the account's previous request to the same host (the next page of a
    // listing): it keeps that request's slot and lane, whose connection has just become idle.
    if (m_handOff) {
        const RequestScheduler::Ticket ticket = m_scheduler.handOver(
            m_handOff, reply->m_scheduleKey, schedulerHost(reply->m_call.endpoint), reply->m_call.priority);
        if (ticket) {
            m_handOff = 0;
            reply->m_ticket = ticket;
            reply->m_lane = m_scheduler.lane(ticket);
        }
    }
    reply->m_timer = new QTimer(reply);
    reply->m_timer->setSingleShot(true);
    connect(reply->m_timer, &QTimer::timeout, reply, [reply] {
        reply->m_timedOut = true;
        if (reply->m_reply)
            reply->m_reply->abort();
    });
    // Always start from the event loop so callers can connect first and never see a re-entrant callback.
    QMetaObject::invokeMethod(
        this, [this, reply] { startAttempt(reply); }, Qt::QueuedConnection);
    return reply;
}

void HttpClient::preconnect(const QList<QUrl> &endpoints)
{
    if (endpoints.isEmpty() || m_proxyError.isError())
        return;
    QElapsedTimer waiting;
    waiting.start();
    // The requests already sent go on the wire first (openConnections() waits for them), so that their connections
    // are not among those opened here, nor their handshakes slowed by these.
    QMetaObject::invokeMethod(
        this, [this, endpoints, before = m_nextSerial + 1, waiting] { openConnections(endpoints, before, waiting); },
        Qt::QueuedConnection);
}

void HttpClient::openConnections(const QList<QUrl> &endpoints, quint64 before, const QElapsedTimer &waiting)
{
    const auto ahead = [this, before] {
        const QList<AwsReply *> replies = findChildren<AwsReply *>(Qt::FindDirectChildrenOnly);
        return std::any_of(replies.cbegin(), replies.cend(),
            [before](const AwsReply *r) { return r->m_serial < before && !r->m_done && !r->m_onWire; });
    };
    if (m_tls.wait_for(std::chrono::seconds(0)) != std::future_status::ready
        || (waiting.elapsed() < kPreconnectWaitMs && ahead())) {
        QTimer::singleShot(
            2, this, [this, endpoints, before, waiting] { openConnections(endpoints, before, waiting); });
        return;
    }
    if (tlsSetup().error.isError())
        return;
    const RequestSchedulerLimits &limits = m_scheduler.limits();
    const int perHost = qMin(limits.maxInFlightPerHost, kConnectionsPerLane * int(m_lanes.size()));
    QHash<QString, int> opened; // host:port -> connections opened to it
    int total = 0;
    for (const QUrl &url : endpoints) {
        if (total >= limits.maxInFlight)
            break;
        // (https:// is what AwsEndpoints::checkUrl() passes everywhere; plain http:// only to this computer, where a
        // handshake-free connection is not worth opening ahead.)
        if (url.scheme() != QLatin1StringView("https") || goesThroughProxy(url))
            continue;
        int &n = opened[schedulerHost(url)];
        if (n >= perHost)
            continue;
        // The scheduler sends a host's requests on the lane with the fewest in flight: lane 0, 1, ... in a burst.
        m_lanes.at(n % m_lanes.size())->connectToHostEncrypted(url.host(), quint16(url.port(443)), tlsSetup().ssl);
        ++n;
        ++total;
    }
}

bool HttpClient::goesThroughProxy(const QUrl &url) const
{
    QNetworkProxyFactory *factory = m_nam->proxyFactory();
    const QList<QNetworkProxy> proxies = factory ? factory->queryProxy(QNetworkProxyQuery(url))
                                                 : QList<QNetworkProxy> { QNetworkProxy::applicationProxy() };
    if (proxies.isEmpty())
        return false;
    const QNetworkProxy::ProxyType type = proxies.constFirst().type() == QNetworkProxy::DefaultProxy
        ? QNetworkProxy::applicationProxy().type()
        : proxies.constFirst().type();
    return type != QNetworkProxy::NoProxy && type != QNetworkProxy::DefaultProxy;
}

void HttpClient::tlsLoaded()
{
    m_tls.wait(); // posted just before the loading thread's return sets the result: ready, or microseconds away
    const QList<QPointer<AwsReply>> waiting = std::exchange(m_awaitingTls, {});
    for (const QPointer<AwsReply> &reply : waiting) {
        if (reply)
            startAttempt(reply);
    }
}

void HttpClient::startAttempt(AwsReply *reply)
{
    if (reply->m_done)
        return;
    // Refused before anything is sent: plain HTTP beyond this computer, or a proxy Onramp cannot use safely.
    AwsError refused = AwsEndpoints::checkUrl(reply->m_call.endpoint);
    if (!refused.isError())
        refused = m_proxyError;
    if (refused.isError()) {
        reply->m_error = refused;
        finish(reply);
        return;
    }
    if (m_tls.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
        releaseSlot(reply); // (a slot handed over) nothing is held while waiting
        m_awaitingTls.append(reply);
        return;
    }
    if (tlsSetup().error.isError()) {
        reply->m_error = tlsSetup().error;
        finish(reply);
        return;
    }
    ++reply->m_attempt;
    if (!reply->m_credentials) {
        schedule(reply, nullptr); // an unsigned call
        return;
    }
    auto fetching = std::make_shared<bool>(true);
    reply->m_credentials->fetch(reply, [this, reply, fetching](const Result<AwsCredentials> &credentials) {
        *fetching = false;
        if (reply->m_done)
            return;
        if (!credentials) {
            reply->m_error = credentials.error();
            finish(reply);
            return;
        }
        // The queued work holds one explicit copy (AwsCredentials::clone()), shared by the std::function's
        // copies and wiped when the work is done or dropped.
        schedule(reply, std::make_shared<const AwsCredentials>(credentials->clone()));
    });
    // Credentials that are not at hand (a refresh: a request that needs a slot itself) are waited for without one.
    if (*fetching)
        releaseSlot(reply);
}

void HttpClient::schedule(AwsReply *reply, std::shared_ptr<const AwsCredentials> signing)
{
    // Credentials first, then a slot: a request holding a slot while its role is assumed (a request that
    // needs a slot too) could leave every slot waiting. Signed when it goes, so queueing never ages the date.
    if (reply->m_ticket) { // the slot of the request before it (send())
        sendSigned(reply, signing.get(), reply->m_lane);
        return;
    }
    m_scheduler.enqueue(
        reply->m_scheduleKey, schedulerHost(reply->m_call.endpoint),
        [this, guard = QPointer<AwsReply>(reply), signing = std::move(signing)](
            RequestScheduler::Ticket ticket, int lane) {
            if (!guard || guard->m_done) {
                m_scheduler.release(ticket);
                return;
            }
            guard->m_ticket = ticket;
            sendSigned(guard, signing.get(), lane);
        },
        reply->m_attempt > 1, reply->m_call.priority);
}

QString HttpClient::schedulerHost(const QUrl &url)
{
    return url.host() + QLatin1Char(':')
        + QString::number(url.port(url.scheme() == QLatin1StringView("http") ? 80 : 443));
}

void HttpClient::releaseSlot(AwsReply *reply)
{
    if (const RequestScheduler::Ticket ticket = std::exchange(reply->m_ticket, 0))
        m_scheduler.release(ticket);
}

void HttpClient::sendSigned(AwsReply *reply, const AwsCredentials *credentials, int lane)
{
    const AwsCall &call = reply->m_call;
    SigV4Request req;
    req.method = call.isRest() ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST");
    req.path = call.endpoint.path(QUrl::FullyEncoded).toLatin1();
    if (req.path.isEmpty())
        req.path = QByteArrayLiteral("/");
    req.headers = {
        { QByteArrayLiteral("Host"), hostHeader(call.endpoint) },
        { QByteArrayLiteral("Content-Type"),
            call.isJson() ? call.jsonContentType
                          : QByteArrayLiteral("application/x-www-form-urlencoded; charset=utf-8") },
        { QByteArrayLiteral("amz-sdk-invocation-id"), reply->m_invocationId },
        { QByteArrayLiteral("amz-sdk-request"),
            "attempt=" + QByteArray::number(reply->m_attempt) + "; max=" + QByteArray::number(m_config.maxAttempts) },
    };
    if (call.isJson())
        req.headers.append({ QByteArrayLiteral("X-Amz-Target"), call.jsonTarget }); // signed, as the SDKs do
    if (call.isRest())
        req.headers.removeIf([](const auto &h) { return h.first == "Content-Type"; });
    req.payload = call.isRest() ? QByteArray() : call.isJson() ? call.jsonBody : call.query.body();
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(m_clockOffsetSecs);
    if (credentials)
        m_signer->sign(req, *credentials, QByteArrayView(call.region.toLatin1()), call.service, now);

    QUrl url = call.endpoint;
    if (!call.isRest())
        url.setQuery(QString());
    QNetworkRequest request(url);
    for (const auto &[name, value] : std::as_const(req.headers))
        request.setRawHeader(name, value);
    if (!call.secretHeaderName.isEmpty() && call.secretHeaderValue)
        request.setRawHeader(call.secretHeaderName, call.secretHeaderValue->view().toByteArray());
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("onramp/" ONRAMP_VERSION " Qt/" QT_VERSION_STR));
    request.setSslConfiguration(tlsSetup().ssl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // AWS's Query- and JSON-protocol endpoints speak HTTP/1.1: no HTTP/2 negotiation (ALPN). Offered, it also kept
    // the connections preconnect() opens (HTTP/1.1, as Qt opens them) from helping: a verify measured the same
    // with them as without.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    reply->m_lane = lane;
    reply->m_timedOut = false;
    reply->m_tooLarge = false;
    reply->m_attemptClock.start();
    QNetworkAccessManager *nam = m_lanes.value(lane, m_nam);
    QNetworkReply *netReply = call.isRest() ? nam->get(request) : nam->post(request, req.payload);
    reply->m_reply = netReply;
    connect(netReply, &QNetworkReply::requestSent, reply, [reply] { reply->m_onWire = true; });
    auto sslErrors = std::make_shared<QList<QSslError>>();
    connect(netReply, &QNetworkReply::sslErrors, reply, [sslErrors](const QList<QSslError> &errors) {
        *sslErrors = errors; // recorded for the message; never ignored
    });
    connect(netReply, &QNetworkReply::downloadProgress, reply, [reply, netReply](qint64 received, qint64) {
        if (received > AwsXml::maxDocumentBytes && !reply->m_tooLarge) {
            reply->m_tooLarge = true;
            netReply->abort();
        }
    });
    connect(netReply, &QNetworkReply::finished, reply, [this, reply, netReply, sslErrors] {
        reply->m_timer->stop();
        netReply->deleteLater();
        if (reply->m_reply != netReply)
            return;
        reply->m_reply = nullptr;

        const int status = netReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->m_httpStatus = status;
        reply->m_requestId = QString::fromLatin1(netReply->rawHeader("x-amzn-RequestId"));
        if (reply->m_call.sensitiveResponse)
            reply->wipeBody(); // a previous attempt's
        else
            reply->m_body.clear();
        reply->m_error = {};
        const bool transportFailed = netReply->error() != QNetworkReply::NoError && status == 0;
        if (transportFailed || reply->m_timedOut || reply->m_tooLarge) {
            reply->m_error = transportError(netReply, reply->m_timedOut, reply->m_tooLarge, *sslErrors);
        } else {
            reply->m_body = netReply->readAll();
            bool lengthOk = false;
            const qint64 expected = netReply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&lengthOk);
            const bool compressed = !netReply->rawHeader("Content-Encoding").isEmpty();
            if (lengthOk && !compressed && reply->m_body.size() < expected) {
                reply->m_error = AwsError::make(AwsError::Kind::Network,
                    tr("The response from %1 was cut off (%2 of %3 bytes).")
                        .arg(netReply->url().host())
                        .arg(reply->m_body.size())
                        .arg(expected),
                    true);
            } else if (status < 200 || status >= 300) {
                // A JSON-protocol service answers in JSON, with the code also in x-amzn-ErrorType; a proxy or
                // load balancer in front of it may still answer in HTML or XML, which parseError() handles.
                const QByteArray errorType = netReply->rawHeader("x-amzn-ErrorType");
                const bool jsonError = reply->m_call.isJson() || !errorType.isEmpty()
                    || netReply->rawHeader("Content-Type").contains("json");
                reply->m_error = jsonError ? AwsJson::parseError(reply->m_body, status, errorType)
                                           : AwsXml::parseError(reply->m_body, status);
                if (reply->m_error.requestId.isEmpty())
                    reply->m_error.requestId = reply->m_requestId;
            }
        }
        if (reply->m_requestId.isEmpty())
            reply->m_requestId = reply->m_error.requestId;

        const QByteArray date = netReply->rawHeader("Date");
        if (date.size() > 4) {
            QDateTime serverTime = QLocale::c().toDateTime(
                QString::fromLatin1(date).chopped(4), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
            serverTime.setTimeSpec(Qt::UTC);
            reply->m_serverDate = serverTime;
        }
        // Clock skew: AWS's Date header tells how far off we are; correct and retry at once.
        if (reply->m_error.kind == AwsError::Kind::ClockSkew) {
            const qint64 offset = reply->m_serverDate.isValid()
                ? QDateTime::currentDateTimeUtc().secsTo(reply->m_serverDate)
                : m_clockOffsetSecs;
            // EC2 says RequestExpired both for a skewed clock and for expired temporary credentials. When our
            // corrected clock agrees with AWS's, it is the credentials: refresh them instead of re-timing.
            if (reply->m_error.code == QLatin1StringView("RequestExpired") && qAbs(offset - m_clockOffsetSecs) < 240) {
                reply->m_error.kind = AwsError::Kind::InvalidCredentials;
                reply->m_error.retryable = false;
            } else if (reply->m_serverDate.isValid()) {
                if (offset != m_clockOffsetSecs) {
                    qCInfo(lcAws) << "clock skew corrected:" << offset << "s";
                    m_clockOffsetSecs = offset;
                    Q_EMIT clockSkewCorrected(offset);
                }
            }
        }
        qCDebug(lcAws).noquote() << reply->m_call.service << reply->m_call.region << reply->m_call.action() << "attempt"
                                 << reply->m_attempt << "->" << status << reply->m_error.code
                                 << reply->m_attemptClock.elapsed() << "ms" << reply->m_requestId;
        // What comes after a failure (a retry's backoff) happens off the wire; a success keeps its slot until its
        // receivers have had it (finish()), for the request they send next.
        if (reply->m_error.isError())
            releaseSlot(reply);
        attemptFinished(reply);
    });
    reply->m_timer->start(m_config.attemptTimeoutMs);
}

void HttpClient::attemptFinished(AwsReply *reply)
{
    AwsError &error = reply->m_error;
    if (!error.isError()) {
        auto tokens = m_retryTokens.find(reply->m_scheduleKey);
        if (tokens != m_retryTokens.end())
            *tokens = std::min(maxRetryTokens, *tokens + 1);
        finish(reply);
        return;
    }
    // Temporary credentials that expired under us: refresh once and go again (not a retry of the same request).
    const bool expired = error.code == QLatin1StringView("ExpiredToken")
        || error.code == QLatin1StringView("ExpiredTokenException")
        || (error.code == QLatin1StringView("RequestExpired") && error.kind == AwsError::Kind::InvalidCredentials);
    if (expired && !reply->m_refreshedExpired) {
        reply->m_refreshedExpired = true;
        if (reply->m_credentials)
            reply->m_credentials->invalidate();
        --reply->m_attempt;
        startAttempt(reply);
        return;
    }
    const bool canRetry
        = error.retryable && reply->m_attempt < m_config.maxAttempts && takeRetryToken(reply->m_scheduleKey, error);
    if (!canRetry) {
        finish(reply);
        return;
    }
    const int delay = error.kind == AwsError::Kind::ClockSkew ? 0 : backoffMs(reply->m_attempt);
    QTimer::singleShot(delay, reply, [this, reply] { startAttempt(reply); });
}

bool HttpClient::takeRetryToken(const QByteArray &key, const AwsError &error)
{
    // Standard mode's retry quota: a client that keeps failing stops amplifying load on AWS. An SDK keeps it per
    // client, and a client serves one account: here, per schedule key.
    const int cost = error.kind == AwsError::Kind::Timeout ? timeoutRetryCost : retryCost;
    if (error.kind == AwsError::Kind::ClockSkew)
        return true;
    auto tokens = m_retryTokens.find(key);
    if (tokens == m_retryTokens.end())
        tokens = m_retryTokens.insert(key, maxRetryTokens);
    if (*tokens < cost)
        return false;
    *tokens -= cost;
    return true;
}

int HttpClient::backoffMs(int attempt) const
{
    return RetryPolicy::fullJitterMs(attempt, m_config.retryBaseDelayMs, m_config.maxBackoffMs);
}

void HttpClient::finish(AwsReply *reply)
{
    if (reply->m_done)
        return;
    reply->m_done = true;
    reply->m_credentials.reset();
    if (reply->m_error.isError() && reply->m_error.code == QLatin1String("DryRunOperation")) {
        // EC2's answer to an allowed DryRun probe: the call would have succeeded.
        qCDebug(lcAws).noquote() << reply->m_call.service << reply->m_call.action() << reply->m_call.region
                                 << "DryRun: allowed";
    } else if (reply->m_error.isError()) {
        qCInfo(lcAws).noquote() << reply->m_call.service << reply->m_call.action() << reply->m_call.region
                                << "failed after" << reply->m_attempt << "attempt(s):" << reply->m_error.toString();
    }
    // The slot (held after a successful attempt) goes to the request the receivers send next to the same host for the
    // same account, if the scheduler agrees (send()); else it is released once they are done.
    const RequestScheduler::Ticket outer = std::exchange(m_handOff, std::exchange(reply->m_ticket, 0));
    Q_EMIT reply->finished();
    if (const RequestScheduler::Ticket unclaimed = std::exchange(m_handOff, outer))
        m_scheduler.release(unclaimed);
    if (reply->m_call.sensitiveResponse)
        reply->wipeBody(); // every receiver has had it
    reply->deleteLater();
}
