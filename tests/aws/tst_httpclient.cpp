// Tests HttpClient against the local fake AWS endpoint: signing accepted by botocore, retries, timeouts, skew, TLS.
#include "../support/fakeaws.h"
#include "../support/ownconnections.h"
#include "aws/awsxml.h"
#include "aws/httpclient.h"
#include "aws/stsclient.h"
#include "aws/threadpriority.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <atomic>

class TestHttpClient final : public QObject
{
    Q_OBJECT
private:
    FakeAws m_fake;

    HttpClientConfig config(const QString &caBundle = {}) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1,localhost"));
        HttpClientConfig c = HttpClientConfig::fromEnvironment(env);
        c.caBundlePath = caBundle.isEmpty() ? m_fake.caBundle() : caBundle;
        c.retryBaseDelayMs = 20;
        return c;
    }

    /// config() with one slot: one request on the wire at a time, so the scheduler's order is the fake's log's.
    HttpClientConfig oneSlotConfig() const
    {
        HttpClientConfig c = config();
        c.scheduling = { .maxInFlight = 1, .maxInFlightPerHost = 1, .lanes = 1 };
        return c;
    }

    static CredentialsProviderPtr console()
    {
        AwsCredentials c;
        c.accessKeyId = FakeAws::consoleKeyId();
        c.secretAccessKey = SecretBytes::fromString(FakeAws::consoleSecret());
        return StaticCredentialsProvider::make(std::move(c));
    }

    /// Sends GetCallerIdentity to \a scenario/\a session and waits for the reply.
    struct Outcome
    {
        AwsError error;
        QByteArray body;
        int attempts = 0;
        QString requestId;
    };
    Outcome callerIdentity(HttpClient &http, const QString &scenario, const QString &session,
        CredentialsProviderPtr creds = console(), bool https = true)
    {
        return callerIdentityAt(http, m_fake.endpoint(scenario, session, https), std::move(creds));
    }
    Outcome callerIdentityAt(HttpClient &http, const QUrl &endpoint, CredentialsProviderPtr creds = console())
    {
        AwsCall call { QByteArrayLiteral("sts"), QStringLiteral("us-east-1"), endpoint,
            AwsQuery("GetCallerIdentity", "2011-06-15") };
        AwsReply *reply = http.send(std::move(call), std::move(creds));
        QSignalSpy done(reply, &AwsReply::finished);
        Outcome o;
        connect(reply, &AwsReply::finished, this, [&o, reply] {
            o.error = reply->error();
            o.body = reply->body();
            o.attempts = reply->attempts();
            o.requestId = reply->requestId();
        });
        if (!done.wait(60000))
            qWarning("no reply within 60 s");
        return o;
    }

private Q_SLOTS:
    void parsingYieldsTheCpuToTheNetworkAndTheMainThread()
    {
        // Bulk work off the critical path runs at a lower CPU priority than the thread that sends the next page.
        const int mainNice = ThreadPriority::niceOfThisThread();
        QNetworkAccessManager nam;
        HttpClient http(&nam, config());
        QObject context;
        std::atomic<int> parseNice = -100;
        bool back = false;
        http.parseAside(&context, [&parseNice, &back] {
            parseNice = ThreadPriority::niceOfThisThread();
            return std::function<void()>([&back] { back = true; });
        });
        QTRY_VERIFY(back);
        QCOMPARE(parseNice.load(), qMin(mainNice + ThreadPriority::kBackgroundNice, 19));
        QCOMPARE(ThreadPriority::niceOfThisThread(), mainNice); // the calling thread keeps its priority
    }

    void parsesAsideRunOffThisThreadInOrderAndNotForAContextThatIsGone()
    {
        // A listing's page is parsed on the client's parse thread (HttpClient::call() with a look ahead): this
        // thread's events (the next page's start in Qt among them) are handled meanwhile; the results come back
        // in the order the parses were given, and never to an object that has gone.
        QNetworkAccessManager nam;
        HttpClient http(&nam, config());
        QObject context;
        QList<QString> order;
        std::atomic<bool> release { false };
        QThread *parseThread = nullptr;
        http.parseAside(&context, [&release, &parseThread, &order]() -> std::function<void()> {
            parseThread = QThread::currentThread();
            while (!release)
                QThread::msleep(1); // a long parse
            return [&order] { order << QStringLiteral("parse 1"); };
        });
        http.parseAside(
            &context, [&order]() -> std::function<void()> { return [&order] { order << QStringLiteral("parse 2"); }; });
        {
            QObject gone;
            http.parseAside(
                &gone, [&order]() -> std::function<void()> { return [&order] { order << QStringLiteral("never"); }; });
        }
        QMetaObject::invokeMethod(
            &context, [&order] { order << QStringLiteral("event"); }, Qt::QueuedConnection);
        QTRY_COMPARE(order, QList<QString>({ QStringLiteral("event") }));
        release = true;
        QTRY_COMPARE(order.size(), 3);
        QCOMPARE(
            order, QList<QString>({ QStringLiteral("event"), QStringLiteral("parse 1"), QStringLiteral("parse 2") }));
        QVERIFY(parseThread != nullptr);
        QVERIFY(parseThread != QThread::currentThread());
        QTest::qWait(20);
        QCOMPARE(order.size(), 3);
    }

    void aClientGoneWhileParsingWaitsForTheParseAndDeliversNothing()
    {
        // ~HttpClient waits for the parse running (it must not outlive the client) and drops its result.
        QObject context;
        bool delivered = false;
        std::atomic<bool> started { false };
        {
            QNetworkAccessManager nam;
            HttpClient http(&nam, config());
            http.parseAside(&context, [&started, &delivered]() -> std::function<void()> {
                started = true;
                QThread::msleep(50);
                return [&delivered] { delivered = true; };
            });
            QTRY_VERIFY(started.load());
        }
        QTest::qWait(20);
        QVERIFY(!delivered);
    }

    void initTestCase()
    {
        m_fake = FakeAws::fromEnvironment();
        if (!m_fake.isValid())
            QFAIL(qPrintable(m_fake.why()));
    }

    void queryEncodingIsRfc3986()
    {
        QCOMPARE(AwsQuery::encode("a-Z_0.~"), QByteArray("a-Z_0.~"));
        QCOMPARE(AwsQuery::encode("a b+c/d=e&f"), QByteArray("a%20b%2Bc%2Fd%3De%26f"));
        QCOMPARE(AwsQuery::encode("\xc3\xa9"), QByteArray("%C3%A9"));
        AwsQuery q("DescribeInstances", "2016-11-15");
        q.add("NextToken", QByteArrayView("ab+/=="));
        QCOMPARE(q.body(), QByteArray("Action=DescribeInstances&Version=2016-11-15&NextToken=ab%2B%2F%3D%3D"));
    }

    void signedRequestIsAcceptedOverHttpsAndHttp()
    {
        QNetworkAccessManager nam;
        HttpClient http(&nam, config());
        const QString session = FakeAws::uniqueSession(QStringLiteral("ok"));
        const Outcome https = callerIdentity(http, QStringLiteral("basic"), session);
        QVERIFY2(!https.error.isError(), qPrintable(https.error.toString()));
        QCOMPARE(https.attempts, 1);
        QVERIFY(!https.requestId.isEmpty());
        const auto identity = AwsXml::parseGetCallerIdentity(https.body);
        QVERIFY(identity.ok());
        QCOMPARE(identity->account, FakeAws::consoleAccount());

        const Outcome plain = callerIdentity(http, QStringLiteral("basic"), session, console(), false);
        QVERIFY2(!plain.error.isError(), qPrintable(plain.error.toString()));
        // What reached the server: signed, with the retry bookkeeping headers, and no secret anywhere.
        const QJsonArray log = m_fake.requestLog(QStringLiteral("basic"), session);
        QCOMPARE(log.size(), 2);
        const QJsonObject first = log.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("attempt")).toInt(), 1);
        QVERIFY(!first.value(QStringLiteral("invocation_id")).toString().isEmpty());
        QVERIFY(!QJsonDocument(log).toJson().contains(FakeAws::consoleSecret().toUtf8()));
    }

    void wrongSecretIsInvalidCredentialsAndNotRetried()
    {
        QNetworkAccessManager nam;
        HttpClient http(&nam, config());
        AwsCredentials c;
        c.accessKeyId = FakeAws::consoleKeyId();
        c.secretAccessKey = SecretBytes("definitely-not-the-secret-key-0000000000");
        const Outcome o = callerIdentity(http, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("ws")),
            StaticCredentialsProvider::make(std::move(c)));
        QCOMPARE(o.error.kind, AwsError::Kind::InvalidCredentials);
        QCOMPARE(o.error.code, QStringLiteral("SignatureDoesNotMatch"));
        QCOMPARE(o.error.httpStatus, 403);
        QVERIFY(!o.error.retryable);
        QCOMPARE(o.attempts, 1);
    }

    void skewedClockIsCorrectedFromDateHeader()
    {
        QNetworkAccessManager nam;
        HttpClient http(&nam, config());
        QSignalSpy corrected(&http, &HttpClient::clockSkewCorrected);
        const Outcome o = callerIdentity(http, QStringLiteral("skew"), FakeAws::uniqueSession(QStringLiteral("skew")));
        QVERIFY2(!o.error.isError(), qPrintable(o.error.toString()));
        QCOMPARE(o.attempts, 2);
        QCOMPARE(corrected.count(), 1);
        QVERIFY2(qAbs(http.clockOffsetSecs() - 900) <= 5, qPrintable(QString::number(http.clockOffsetSecs())));
        // The correction sticks: the next call succeeds at once.
        QCOMPARE(
            callerIdentity(http, QStringLiteral("skew"), FakeAws::uniqueSession(QStringLiteral("skew"))).attempts, 1);
    }

    void throttlingStormIsRiddenOut()
    {
        QNetworkAccessManager nam;
        HttpClient http(&nam, config());
        const QString session = FakeAws::uniqueSession(QStringLiteral("storm"));
        const Outcome o = callerIdentity(http, QStringLiteral("throttle-storm"), session);
        QVERIFY2(!o.error.isError(), qPrintable(o.error.toString()));
        QCOMPARE(o.attempts, 3);
        const QJsonArray log = m_fake.requestLog(QStringLiteral("throttle-storm"), session);
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("Throttling"));
        // One invocation id across the attempts, attempts numbered 1..3.
        const QString id = log.at(0).toObject().value(QStringLiteral("invocation_id")).toString();
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(log.at(i).toObject().value(QStringLiteral("invocation_id")).toString(), id);
            QCOMPARE(log.at(i).toObject().value(QStringLiteral("attempt")).toInt(), i + 1);
        }
    }

    void thirdConsecutiveFailureSurfacesAsRetryable()
    {
        QNetworkAccessManager nam;
        HttpClient http(&nam, config());
        const Outcome o
            = callerIdentity(http, QStringLiteral("throttle-3"), FakeAws::uniqueSession(QStringLiteral("t3")));
        QCOMPARE(o.error.kind, AwsError::Kind::Throttling);
        QVERIFY(o.error.retryable);
        QCOMPARE(o.attempts, 3);
    }

    void serverErrorBurstIsRetried()
    {
        QNetworkAccessManager nam;
        HttpClient http(&nam, config());
        const QString session = FakeAws::uniqueSession(QStringLiteral("5xx"));
        const Outcome first = callerIdentity(http, QStringLiteral("burst-5xx"), session);
        const Outcome second = callerIdentity(http, QStringLiteral("burst-5xx"), session);
        // The burst fails the session's first requests; the client's retries outlast it.
        QVERIFY2(!first.error.isError() || !second.error.isError(), qPrintable(first.error.toString()));
        const QJsonArray log = m_fake.requestLog(QStringLiteral("burst-5xx"), session);
        QVERIFY(log.size() > 2);
        QVERIFY(log.at(0).toObject().value(QStringLiteral("status")).toInt() >= 500);
    }

    void wrongCaIsATlsErrorWithoutRetryOrBypass()
    {
        QNetworkAccessManager nam;
        HttpClient http(&nam, config(m_fake.otherCaBundle()));
        const QString session = FakeAws::uniqueSession(QStringLiteral("tls"));
        const Outcome o = callerIdentity(http, QStringLiteral("basic"), session);
        QCOMPARE(o.error.kind, AwsError::Kind::Tls);
        QVERIFY(!o.error.retryable);
        QCOMPARE(o.attempts, 1);
        QVERIFY(o.error.message.contains(QStringLiteral("AWS_CA_BUNDLE")));
        QCOMPARE(m_fake.requestLog(QStringLiteral("basic"), session).size(), 0);
    }

    void caBundleWithoutCertificatesIsRefused()
    {
        QNetworkAccessManager nam;
        HttpClient http(&nam, config(QStringLiteral("/nonexistent/ca.pem")));
        QCOMPARE(http.configurationError().kind, AwsError::Kind::Tls);
        const Outcome o = callerIdentity(http, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("noca")));
        QCOMPARE(o.error.kind, AwsError::Kind::Tls);
    }

    void hangingServerHitsPerAttemptTimeout()
    {
        QJsonObject scenario { { QStringLiteral("extends"), QStringLiteral("basic") },
            { QStringLiteral("faults"),
                QJsonObject { { QStringLiteral("hang_ms"),
                    QJsonObject { { QStringLiteral("action"), QStringLiteral("GetCallerIdentity") },
                        { QStringLiteral("ms"), 5000 }, { QStringLiteral("count"), 1 } } } } } };
        QVERIFY(m_fake.putScenario(QStringLiteral("hang-once"), scenario));
        QNetworkAccessManager nam;
        HttpClientConfig c = config();
        c.attemptTimeoutMs = 700;
        HttpClient http(&nam, c);
        QElapsedTimer t;
        t.start();
        const Outcome o
            = callerIdentity(http, QStringLiteral("hang-once"), FakeAws::uniqueSession(QStringLiteral("hang")));
        QVERIFY2(!o.error.isError(), qPrintable(o.error.toString()));
        QCOMPARE(o.attempts, 2);
        QVERIFY(t.elapsed() < 4000); // the first attempt was cut at its timeout, not after the 5 s hang

        c.maxAttempts = 1;
        HttpClient once(&nam, c);
        const Outcome timedOut
            = callerIdentity(once, QStringLiteral("hang-once"), FakeAws::uniqueSession(QStringLiteral("hang")));
        QCOMPARE(timedOut.error.kind, AwsError::Kind::Timeout);
        QVERIFY(timedOut.error.retryable);
    }

    void truncatedResponseIsRetried()
    {
        QJsonObject scenario { { QStringLiteral("extends"), QStringLiteral("basic") },
            { QStringLiteral("faults"),
                QJsonObject { { QStringLiteral("truncate"),
                    QJsonObject { { QStringLiteral("action"), QStringLiteral("GetCallerIdentity") },
                        { QStringLiteral("count"), 1 } } } } } };
        QVERIFY(m_fake.putScenario(QStringLiteral("cut-once"), scenario));
        QNetworkAccessManager nam;
        HttpClient http(&nam, config());
        const Outcome o
            = callerIdentity(http, QStringLiteral("cut-once"), FakeAws::uniqueSession(QStringLiteral("cut")));
        QVERIFY2(!o.error.isError(), qPrintable(o.error.toString()));
        QCOMPARE(o.attempts, 2);
        QVERIFY(AwsXml::parseGetCallerIdentity(o.body).ok());
    }

    void plainHttpToAnotherComputerIsRefusedBeforeAnyRequest()
    {
        // Were the request sent, it would go through this "proxy": the trap sees every connection attempt.
        QTcpServer trap;
        QVERIFY(trap.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&trap, &QTcpServer::newConnection, this, [&connections] { ++connections; });
        QProcessEnvironment env;
        env.insert(QStringLiteral("HTTP_PROXY"), QStringLiteral("http://127.0.0.1:%1").arg(trap.serverPort()));
        QNetworkAccessManager nam;
        HttpClientConfig c = HttpClientConfig::fromEnvironment(env);
        c.attemptTimeoutMs = 2000;
        c.maxAttempts = 1;
        HttpClient http(&nam, c);
        const Outcome o = callerIdentityAt(http, QUrl(QStringLiteral("http://sts.example.com/")));
        QCOMPARE(o.error.kind, AwsError::Kind::InvalidInput);
        QCOMPARE(o.error.code, QStringLiteral("InsecureEndpoint"));
        QVERIFY2(o.error.message.contains(QStringLiteral("http://sts.example.com")), qPrintable(o.error.message));
        QCOMPARE(o.attempts, 0);
        QTest::qWait(200); // absence: a connection to the proxy trap, had one been started, would have arrived
        QCOMPARE(connections, 0);
    }

    void httpsProxyIsRefusedRatherThanUsedAsPlainHttp()
    {
        QTcpServer trap;
        QVERIFY(trap.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&trap, &QTcpServer::newConnection, this, [&connections] { ++connections; });
        QProcessEnvironment env;
        env.insert(QStringLiteral("HTTPS_PROXY"),
            QStringLiteral("https://proxyuser:proxypass@127.0.0.1:%1").arg(trap.serverPort()));
        QNetworkAccessManager nam;
        HttpClientConfig c = HttpClientConfig::fromEnvironment(env);
        c.caBundlePath = m_fake.caBundle();
        c.attemptTimeoutMs = 2000;
        c.maxAttempts = 1;
        HttpClient http(&nam, c);
        const AwsError refused = http.proxyError();
        QCOMPARE(refused.kind, AwsError::Kind::InvalidInput);
        QCOMPARE(refused.code, QStringLiteral("UnsupportedProxy"));
        QCOMPARE(http.configurationError(), refused);
        // What (without the password), why, and what to do.
        QVERIFY2(refused.message.startsWith(
                     QStringLiteral("HTTPS_PROXY=https://127.0.0.1:%1 is refused").arg(trap.serverPort())),
            qPrintable(refused.message));
        QVERIFY2(!refused.message.contains(QStringLiteral("proxypass")), qPrintable(refused.message));
        QVERIFY2(refused.message.contains(QStringLiteral("over TLS")), qPrintable(refused.message));
        QVERIFY2(
            refused.message.contains(QStringLiteral("Use the proxy's http:// address")), qPrintable(refused.message));

        const Outcome o = callerIdentityAt(http, QUrl(QStringLiteral("https://sts.us-east-1.amazonaws.com/")));
        QCOMPARE(o.error, refused);
        QTest::qWait(200); // absence: as above, no connection reaches the trap
        QCOMPARE(connections, 0); // never a plain-HTTP CONNECT to a proxy the user asked to reach over TLS

        QProcessEnvironment socks;
        socks.insert(QStringLiteral("http_proxy"), QStringLiteral("socks5://127.0.0.1:1080"));
        const AwsError socksRefused = HttpClientConfig::fromEnvironment(socks).proxyError();
        QCOMPARE(socksRefused.code, QStringLiteral("UnsupportedProxy"));
        QVERIFY2(socksRefused.message.startsWith(QStringLiteral("http_proxy=socks5://127.0.0.1:1080 is refused")),
            qPrintable(socksRefused.message));

        QProcessEnvironment plain;
        plain.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://proxy.example:3128"));
        plain.insert(QStringLiteral("HTTP_PROXY"), QStringLiteral("proxy.example:3128"));
        QVERIFY(!HttpClientConfig::fromEnvironment(plain).proxyError().isError());
    }

    void loopbackHostsNeverGoThroughAProxy()
    {
        QTcpServer trap;
        QVERIFY(trap.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&trap, &QTcpServer::newConnection, this, [&connections] { ++connections; });
        const QString proxy = QStringLiteral("http://127.0.0.1:%1").arg(trap.serverPort());
        QProcessEnvironment env; // no NO_PROXY
        env.insert(QStringLiteral("HTTPS_PROXY"), proxy);
        env.insert(QStringLiteral("HTTP_PROXY"), proxy);
        QNetworkAccessManager nam;
        HttpClientConfig c = HttpClientConfig::fromEnvironment(env);
        c.caBundlePath = m_fake.caBundle();
        c.attemptTimeoutMs = 3000;
        c.maxAttempts = 1;
        HttpClient http(&nam, c);

        const QString session = FakeAws::uniqueSession(QStringLiteral("noproxy"));
        for (const bool https : { false, true }) {
            const Outcome o = callerIdentity(http, QStringLiteral("basic"), session, console(), https);
            QVERIFY2(!o.error.isError(), qPrintable(o.error.toString()));
        }
        QCOMPARE(connections, 0);
        // Other hosts still use the proxy.
        const QList<QNetworkProxy> forAws
            = nam.proxyFactory()->queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://sts.amazonaws.com/"))));
        QVERIFY(!forAws.isEmpty());
        QCOMPARE(forAws.constFirst().type(), QNetworkProxy::HttpProxy);
        QCOMPARE(forAws.constFirst().port(), trap.serverPort());
        for (const char *host : { "http://localhost:4566/", "http://[::1]:4566/", "http://127.0.0.2/" }) {
            const QList<QNetworkProxy> local
                = nam.proxyFactory()->queryProxy(QNetworkProxyQuery(QUrl(QLatin1StringView(host))));
            QVERIFY2(!local.isEmpty() && local.constFirst().type() == QNetworkProxy::NoProxy, host);
        }
    }

    void keepsOnlyTheProxyVariablesOfItsEnvironment()
    {
        const QString secret = QStringLiteral("EnvSecret/K7MDENG+bPxRfiCYzzzzzzzzzzzzzz");
        QProcessEnvironment env;
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIAENVIRONMENT00000"));
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), secret);
        env.insert(QStringLiteral("AWS_SESSION_TOKEN"), QStringLiteral("session-token-from-env"));
        env.insert(QStringLiteral("HOME"), QStringLiteral("/home/someone"));
        env.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://proxy.example:3128"));
        env.insert(QStringLiteral("no_proxy"), QStringLiteral("internal.example"));
        const QStringList expected { QStringLiteral("HTTPS_PROXY"), QStringLiteral("no_proxy") };

        QNetworkAccessManager nam;
        HttpClient viaFromEnvironment(&nam, HttpClientConfig::fromEnvironment(env));
        QStringList kept = viaFromEnvironment.config().environment.keys();
        kept.sort();
        QCOMPARE(kept, expected);

        // A configuration filled in by hand is filtered by the client too.
        HttpClientConfig byHand;
        byHand.environment = env;
        HttpClient viaConstructor(&nam, byHand);
        kept = viaConstructor.config().environment.keys();
        kept.sort();
        QCOMPARE(kept, expected);
        QVERIFY(!viaConstructor.config().environment.toStringList().join(QLatin1Char('\n')).contains(secret));
        QVERIFY(!HttpClientConfig().environment.contains(QStringLiteral("AWS_SECRET_ACCESS_KEY")));

        // What it kept is what it uses.
        const QList<QNetworkProxy> proxies
            = nam.proxyFactory()->queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://sts.amazonaws.com/"))));
        QVERIFY(!proxies.isEmpty());
        QCOMPARE(proxies.constFirst().hostName(), QStringLiteral("proxy.example"));
        QCOMPARE(proxies.constFirst().port(), quint16(3128));
    }

    void sensitiveResponseBodyIsWipedInPlaceOnceDelivered()
    {
        QNetworkAccessManager nam;
        HttpClient http(&nam, config());
        const QString session = FakeAws::uniqueSession(QStringLiteral("wipe"));
        for (const bool sensitive : { true, false }) {
            AwsCall call { QByteArrayLiteral("sts"), QStringLiteral("us-east-1"),
                m_fake.endpoint(QStringLiteral("basic"), session), AwsQuery("GetCallerIdentity", "2011-06-15") };
            call.sensitiveResponse = sensitive;
            AwsReply *reply = http.send(std::move(call), console());
            QSignalSpy done(reply, &AwsReply::finished);
            QByteArray held; // shares the reply's buffer: an in-place wipe shows here, a wipe of a copy would not
            bool hadArn = false;
            connect(reply, &AwsReply::finished, this, [&, reply] {
                held = reply->body();
                hadArn = held.contains("<Arn>");
            });
            QVERIFY(done.wait(30000));
            QVERIFY2(hadArn, "the receiver did not get the body");
            QVERIFY(!held.isEmpty());
            if (sensitive)
                QCOMPARE(held.count('\0'), held.size());
            else
                QVERIFY(held.contains("<Arn>"));
        }
    }

    void connectionRefusedIsANetworkError()
    {
        QNetworkAccessManager nam;
        HttpClientConfig c = config();
        c.maxAttempts = 2;
        HttpClient http(&nam, c);
        AwsCall call { QByteArrayLiteral("sts"), QStringLiteral("us-east-1"),
            QUrl(QStringLiteral("https://127.0.0.1:1/")), AwsQuery("GetCallerIdentity", "2011-06-15") };
        AwsReply *reply = http.send(std::move(call), console());
        QSignalSpy done(reply, &AwsReply::finished);
        AwsError error;
        int attempts = 0;
        connect(reply, &AwsReply::finished, this, [&] {
            error = reply->error();
            attempts = reply->attempts();
        });
        QVERIFY(done.wait(20000));
        QCOMPARE(error.kind, AwsError::Kind::Network);
        QVERIFY(error.retryable);
        QCOMPARE(attempts, 2);
    }

    // ---- The scheduler (RequestScheduler) with real requests: bounds, turns, no slot held while backing off.

    void requestsInFlightStayWithinTheBoundsPerHostAndInTotal()
    {
        // 100 ms per request, so that what is sent together overlaps; the fake's two ports are two hosts.
        const QString scenario = QStringLiteral("scheduler-slow");
        QVERIFY(m_fake.putScenario(scenario,
            QJsonObject { { QStringLiteral("extends"), QStringLiteral("basic") },
                { QStringLiteral("faults"), QJsonObject { { QStringLiteral("latency_ms"), 100 } } } }));
        QNetworkAccessManager nam;
        HttpClientConfig c = config();
        c.scheduling = { .maxInFlight = 5, .maxInFlightPerHost = 3, .lanes = 2 };
        HttpClient http(&nam, c);
        const QString session = FakeAws::uniqueSession(QStringLiteral("bounds"));
        int ok = 0;
        int finished = 0;
        int mostInFlight = 0;
        int mostToOneHost = 0;
        for (int i = 0; i < 16; ++i) {
            const bool https = i % 2 == 0;
            AwsCall call { QByteArrayLiteral("sts"), QStringLiteral("us-east-1"),
                m_fake.endpoint(scenario, session, https), AwsQuery("GetCallerIdentity", "2011-06-15") };
            AwsReply *reply = http.send(std::move(call), console());
            connect(reply, &AwsReply::finished, this, [&, reply] {
                ++finished;
                ok += reply->ok() ? 1 : 0;
                // Sampled as each one ends (this one still counted): never above the bounds.
                mostInFlight = std::max(mostInFlight, http.scheduler().inFlight());
                const QUrl u = reply->call().endpoint;
                mostToOneHost = std::max(
                    mostToOneHost, http.scheduler().inFlight(u.host() + QLatin1Char(':') + QString::number(u.port())));
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, 16, 60000);
        QCOMPARE(ok, 16);
        QCOMPARE(m_fake.requestLog(scenario, session).size(), 16);
        QVERIFY(mostInFlight <= 5);
        QVERIFY(mostToOneHost <= 3);
        QCOMPARE(http.scheduler().stats().peakInFlightPerHost, 3); // all 16 were waiting: each bound was reached
        QCOMPARE(http.scheduler().stats().peakInFlight, 5);
        QCOMPARE(http.scheduler().inFlight(), 0);
    }

    void regionsSharingOneHostAreNotCappedAtSixConnections()
    {
        // An endpoint override (AWS_ENDPOINT_URL, an emulator, the bench) puts all 17 regions on one host:port, where
        // one QNetworkAccessManager opens at most 6 connections: with the default scheduling every region's request
        // must still be on the wire at once. Measured where it counts: the fake's own log (when each request was
        // received and answered, 300 ms apart).
        const QString scenario = QStringLiteral("regions-one-host");
        QVERIFY(m_fake.putScenario(scenario,
            QJsonObject { { QStringLiteral("extends"), QStringLiteral("basic") },
                { QStringLiteral("faults"), QJsonObject { { QStringLiteral("latency_ms"), 300 } } } }));
        QNetworkAccessManager nam;
        HttpClientConfig c = config();
        c.scheduling = {};
        HttpClient http(&nam, c);
        const QString session = FakeAws::uniqueSession(QStringLiteral("regions"));
        const QStringList regions { QStringLiteral("us-east-1"), QStringLiteral("us-east-2"),
            QStringLiteral("us-west-1"), QStringLiteral("us-west-2"), QStringLiteral("ca-central-1"),
            QStringLiteral("eu-west-1"), QStringLiteral("eu-west-2"), QStringLiteral("eu-west-3"),
            QStringLiteral("eu-central-1"), QStringLiteral("eu-north-1"), QStringLiteral("ap-south-1"),
            QStringLiteral("ap-northeast-1"), QStringLiteral("ap-northeast-2"), QStringLiteral("ap-southeast-1"),
            QStringLiteral("ap-southeast-2"), QStringLiteral("sa-east-1"), QStringLiteral("ap-northeast-3") };
        int ok = 0;
        int finished = 0;
        for (const QString &region : regions) {
            AwsCall call { QByteArrayLiteral("ec2"), region, m_fake.endpoint(scenario, session),
                AwsQuery("DescribeRegions", "2016-11-15") };
            AwsReply *reply = http.send(std::move(call), console());
            connect(reply, &AwsReply::finished, this, [&, reply] {
                ++finished;
                ok += reply->ok() ? 1 : 0;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, int(regions.size()), 60000);
        QCOMPARE(ok, int(regions.size()));
        // The most requests the fake held at once: sweep over the (received, answered) intervals.
        QList<std::pair<double, int>> edges;
        QSet<QString> seenRegions;
        for (const QJsonValue &v : m_fake.requestLog(scenario, session)) {
            const QJsonObject e = v.toObject();
            edges.append({ e.value(QStringLiteral("received")).toDouble(), 1 });
            edges.append({ e.value(QStringLiteral("answered")).toDouble(), -1 });
            seenRegions.insert(e.value(QStringLiteral("region")).toString());
        }
        QCOMPARE(seenRegions.size(), regions.size());
        std::sort(edges.begin(), edges.end());
        int now = 0;
        int most = 0;
        for (const auto &[at, delta] : std::as_const(edges))
            most = std::max(most, now += delta);
        QVERIFY2(most > 6, qPrintable(QStringLiteral("at most %1 requests at once").arg(most)));
        QCOMPARE(http.scheduler().stats().peakInFlightPerHost, int(regions.size()));
    }

    void connectionsOpenedAheadCarryTheRequestsThatFollow()
    {
        // preconnect() opens the connections; the requests sent next find them open: no connection of their own.
        const QString scenario = QStringLiteral("preconnect-slow");
        QVERIFY(m_fake.putScenario(scenario,
            QJsonObject { { QStringLiteral("extends"), QStringLiteral("basic") },
                { QStringLiteral("faults"), QJsonObject { { QStringLiteral("latency_ms"), 300 } } } }));
        const QString session = FakeAws::uniqueSession(QStringLiteral("preconnect"));
        const QUrl endpoint = m_fake.endpoint(scenario, session);
        QNetworkAccessManager nam;
        HttpClient http(&nam, config());
        QTRY_VERIFY_WITH_TIMEOUT(ownConnectionsTo(endpoint.port()).isEmpty(), 10000); // (earlier tests' closed)
        http.preconnect({ endpoint, endpoint, endpoint, endpoint });
        QTRY_COMPARE_WITH_TIMEOUT(ownConnectionsTo(endpoint.port()).size(), 4, 10000);
        const QSet<int> opened = ownConnectionsTo(endpoint.port());
        QCOMPARE(m_fake.requestLog(scenario, session).size(), 0); // nothing was sent on them

        int ok = 0;
        int finished = 0;
        for (int i = 0; i < 4; ++i) {
            AwsCall call { QByteArrayLiteral("ec2"), QStringLiteral("us-east-1"), endpoint,
                AwsQuery("DescribeRegions", "2016-11-15") };
            AwsReply *reply = http.send(std::move(call), console());
            connect(reply, &AwsReply::finished, this, [&, reply] {
                ++finished;
                ok += reply->ok() ? 1 : 0;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, 4, 30000);
        QCOMPARE(ok, 4);
        QSet<int> carried;
        for (const QJsonValue &v : m_fake.requestLog(scenario, session))
            carried.insert(v.toObject().value(QStringLiteral("client_port")).toInt());
        QCOMPARE(carried.size(), 4); // at once (300 ms each): four connections
        QCOMPARE(carried, opened);
        QCOMPARE(ownConnectionsTo(endpoint.port()), opened);
    }

    void connectionsOpenedAheadAreBoundedAndHttpsOnly()
    {
        const QString session = FakeAws::uniqueSession(QStringLiteral("preconnect-bound"));
        const QUrl https = m_fake.endpoint(QStringLiteral("basic"), session);
        const QUrl http1 = m_fake.endpoint(QStringLiteral("basic"), session, false);
        QNetworkAccessManager nam;
        HttpClientConfig c = config();
        c.scheduling = { .maxInFlight = 64, .maxInFlightPerHost = 3, .lanes = 2 };
        HttpClient http(&nam, c);
        // The earlier tests' connections to the fake are closed first (Qt closes them on its own threads, shortly
        // after their clients are gone): what is counted below is this client's.
        QTRY_VERIFY_WITH_TIMEOUT(ownConnectionsTo(https.port()).isEmpty(), 10000);
        // Never more to one host than the scheduler lets run at once; plain http:// (loopback) is not worth it.
        http.preconnect(QList<QUrl>(10, https) + QList<QUrl>(3, http1));
        QTRY_COMPARE_WITH_TIMEOUT(ownConnectionsTo(https.port()).size(), 3, 10000);
        QTest::qWait(300);
        QCOMPARE(ownConnectionsTo(https.port()).size(), 3);
        QCOMPARE(ownConnectionsTo(http1.port()).size(), 0);
    }

    void accountsTakeTurnsWhenRequestsWait()
    {
        // One slot: account A asks 6 times, then account B twice. B must not wait for all of A's.
        QNetworkAccessManager nam;
        HttpClient http(&nam, oneSlotConfig());
        http.sslConfiguration(); // the CA bundle loaded: every request below is queued in the order sent
        const QString session = FakeAws::uniqueSession(QStringLiteral("turns"));
        const CredentialsProviderPtr a = console();
        AwsCredentials bKeys;
        bKeys.accessKeyId = FakeAws::customerKeyId();
        bKeys.secretAccessKey = SecretBytes::fromString(FakeAws::customerSecret());
        const CredentialsProviderPtr b = StaticCredentialsProvider::make(std::move(bKeys));
        int finished = 0;
        for (const auto &[who, times] : { std::pair { a, 6 }, std::pair { b, 2 } }) {
            for (int i = 0; i < times; ++i) {
                AwsCall call { QByteArrayLiteral("sts"), QStringLiteral("us-east-1"),
                    m_fake.endpoint(QStringLiteral("basic"), session), AwsQuery("GetCallerIdentity", "2011-06-15") };
                connect(http.send(std::move(call), who), &AwsReply::finished, this, [&finished] { ++finished; });
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, 8, 60000);
        const QJsonArray log = m_fake.requestLog(QStringLiteral("basic"), session);
        QCOMPARE(log.size(), 8);
        QStringList order;
        for (const QJsonValue &e : log)
            order << (e.toObject().value(QStringLiteral("access_key_id")).toString() == FakeAws::customerKeyId()
                    ? QStringLiteral("B")
                    : QStringLiteral("A"));
        // First come, first served would be AAAAAABB; in turns, B's two are done while A still has requests waiting.
        QCOMPARE(order.join(QString()), QStringLiteral("AABABAAA"));
    }

    void theRequestSentWhenAnAnswerArrivesTakesOverItsSlot()
    {
        // One slot, three requests waiting (DescribeRegions). A chain of three (GetCallerIdentity), each sent from the
        // finished() handler of the one before, as a listing sends its next page: the chain keeps the slot, so its
        // requests reach the fake one after the other, before the waiting ones. (Queued, the chain's second request
        // would come after all three.)
        QNetworkAccessManager nam;
        HttpClient http(&nam, oneSlotConfig());
        http.sslConfiguration(); // the CA bundle loaded: every request below is queued in the order sent
        const QString session = FakeAws::uniqueSession(QStringLiteral("handover"));
        const QUrl endpoint = m_fake.endpoint(QStringLiteral("basic"), session);
        const CredentialsProviderPtr creds = console();
        int chainOk = 0;
        int othersFinished = 0;
        std::function<void(int)> sendLink = [&](int left) {
            AwsCall call { QByteArrayLiteral("sts"), QStringLiteral("us-east-1"), endpoint,
                AwsQuery("GetCallerIdentity", "2011-06-15") };
            AwsReply *reply = http.send(std::move(call), creds);
            connect(reply, &AwsReply::finished, this, [&, reply, left] {
                chainOk += reply->ok() ? 1 : 0;
                if (left > 1)
                    sendLink(left - 1);
            });
        };
        sendLink(3);
        for (int i = 0; i < 3; ++i) {
            AwsCall call { QByteArrayLiteral("ec2"), QStringLiteral("us-east-1"), endpoint,
                AwsQuery("DescribeRegions", "2016-11-15") };
            connect(
                http.send(std::move(call), creds), &AwsReply::finished, this, [&othersFinished] { ++othersFinished; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(othersFinished, 3, 60000);
        QCOMPARE(chainOk, 3);
        QStringList order;
        for (const QJsonValue &e : m_fake.requestLog(QStringLiteral("basic"), session))
            order << e.toObject().value(QStringLiteral("action")).toString();
        QCOMPARE(order,
            QStringList({ QStringLiteral("GetCallerIdentity"), QStringLiteral("GetCallerIdentity"),
                QStringLiteral("GetCallerIdentity"), QStringLiteral("DescribeRegions"),
                QStringLiteral("DescribeRegions"), QStringLiteral("DescribeRegions") }));
        QCOMPARE(http.scheduler().stats().handedOver, 2);
        QCOMPARE(http.scheduler().inFlight(), 0);
    }

    void aThrottledAccountHoldsNoSlotWhileItWaitsToRetry()
    {
        // One slot. Account A's call is throttled and waits (seconds) before its next attempt; meanwhile account
        // B's calls use the slot. Were the slot held during the backoff, B could not finish before A.
        const QString scenario = QStringLiteral("scheduler-throttled");
        QVERIFY(m_fake.putScenario(scenario,
            QJsonObject { { QStringLiteral("extends"), QStringLiteral("basic") },
                { QStringLiteral("faults"),
                    QJsonObject { { QStringLiteral("throttle"),
                        QJsonArray { QJsonObject { { QStringLiteral("action"), QStringLiteral("GetCallerIdentity") },
                            { QStringLiteral("failures_per_invocation"), 2 } } } } } } }));
        QNetworkAccessManager nam;
        HttpClientConfig c = oneSlotConfig();
        c.retryBaseDelayMs = 30000; // A's two backoffs: full jitter up to 30 s, then up to 60 s
        c.maxBackoffMs = 60000;
        HttpClient http(&nam, c);
        const QString session = FakeAws::uniqueSession(QStringLiteral("throttled"));
        AwsCall throttled { QByteArrayLiteral("sts"), QStringLiteral("us-east-1"), m_fake.endpoint(scenario, session),
            AwsQuery("GetCallerIdentity", "2011-06-15") };
        AwsReply *aReply = http.send(std::move(throttled), console());
        bool aFinished = false;
        connect(aReply, &AwsReply::finished, this, [&aFinished] { aFinished = true; });
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.requestLog(scenario, session).size(), 1, 20000); // A's first attempt
        AwsCredentials bKeys;
        bKeys.accessKeyId = FakeAws::customerKeyId();
        bKeys.secretAccessKey = SecretBytes::fromString(FakeAws::customerSecret());
        const CredentialsProviderPtr b = StaticCredentialsProvider::make(std::move(bKeys));
        int bOk = 0;
        int bFinished = 0;
        for (int i = 0; i < 3; ++i) {
            AwsCall call { QByteArrayLiteral("ec2"), QStringLiteral("us-east-1"), m_fake.endpoint(scenario, session),
                AwsQuery("DescribeRegions", "2016-11-15") };
            AwsReply *reply = http.send(std::move(call), b);
            connect(reply, &AwsReply::finished, this, [&bOk, &bFinished, reply] {
                ++bFinished;
                bOk += reply->ok() ? 1 : 0;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(bFinished, 3, 20000);
        QCOMPARE(bOk, 3);
        QVERIFY(!aFinished); // still waiting to retry: it held nothing meanwhile
        QCOMPARE(http.scheduler().inFlight(), 0);
        aReply->abort();
        QTRY_VERIFY(aFinished);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
