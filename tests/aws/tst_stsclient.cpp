// Tests StsClient and AssumeRoleCredentialsProvider against the fake AWS endpoint (botocore-verified SigV4).
#include "../support/awstestclients.h"
#include "aws/stsclient.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

class TestStsClient final : public QObject
{
    Q_OBJECT
private:
    FakeAws m_fake;

    template <typename T, typename Start> static Result<T> wait(QObject *context, Start start)
    {
        std::optional<Result<T>> out;
        start([&out](Result<T> r) { out = std::move(r); });
        Q_UNUSED(context);
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 60000))
            return AwsError::make(AwsError::Kind::Timeout, QStringLiteral("test waited 60 s"));
        return std::move(*out);
    }

    Result<CallerIdentity> identity(AwsTestClients &c, CredentialsProviderPtr creds)
    {
        return wait<CallerIdentity>(
            this, [&](auto cb) { c.sts.getCallerIdentity(QStringLiteral("us-east-1"), creds, this, cb); });
    }

    Result<AssumedRole> assume(AwsTestClients &c, const QString &roleArn, const QString &externalId)
    {
        return wait<AssumedRole>(this, [&](auto cb) {
            c.sts.assumeRole(QStringLiteral("us-east-1"), AwsTestClients::console(),
                { roleArn, externalId, QStringLiteral("tst-sts"), 900 }, this, cb);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fake = FakeAws::fromEnvironment();
        if (!m_fake.isValid())
            QFAIL(qPrintable(m_fake.why()));
    }

    void getCallerIdentityWithCorrectKeys()
    {
        AwsTestClients c(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("gci")));
        const auto id = identity(c, AwsTestClients::customer());
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        QCOMPARE(id->account, FakeAws::customerAccount());
        QVERIFY(id->arn.startsWith(QStringLiteral("arn:aws:iam::111122223333:")));
    }

    void wrongSecretIsSignatureDoesNotMatch()
    {
        AwsTestClients c(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("bad")));
        const auto id = identity(c,
            AwsTestClients::keys(FakeAws::customerKeyId(), QStringLiteral("wrongwrongwrongwrongwrongwrongwrongwrong")));
        QVERIFY(!id.ok());
        QCOMPARE(id.error().kind, AwsError::Kind::InvalidCredentials);
        QCOMPARE(id.error().code, QStringLiteral("SignatureDoesNotMatch"));
    }

    void unknownKeyIsInvalidClientTokenId()
    {
        AwsTestClients c(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("unk")));
        const auto id
            = identity(c, AwsTestClients::keys(QStringLiteral("AKIAUNKNOWNKEY000000"), FakeAws::customerSecret()));
        QVERIFY(!id.ok());
        QCOMPARE(id.error().kind, AwsError::Kind::InvalidCredentials);
        QCOMPARE(id.error().code, QStringLiteral("InvalidClientTokenId"));
        QVERIFY(!id.error().requestId.isEmpty());
    }

    void assumeRoleWithRightExternalId()
    {
        AwsTestClients c(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("ar")));
        const auto role = assume(c, FakeAws::customerRoleArn(), FakeAws::customerExternalId());
        QVERIFY2(role.ok(), qPrintable(role.ok() ? QString() : role.error().toString()));
        QVERIFY(role->accessKeyId.startsWith(QStringLiteral("ASIA")));
        QVERIFY(!role->secretAccessKey.isEmpty());
        QVERIFY(!role->sessionToken.isEmpty());
        QVERIFY(role->expiration > QDateTime::currentDateTimeUtc());
        QVERIFY(role->assumedRoleArn.startsWith(QStringLiteral("arn:aws:sts::111122223333:assumed-role/")));
    }

    void assumeRoleLeavesNoCopyOfTheResponseInTheReply()
    {
        AwsTestClients c(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("arwipe")));
        std::optional<Result<AssumedRole>> role;
        c.sts.assumeRole(QStringLiteral("us-east-1"), AwsTestClients::console(),
            { FakeAws::customerRoleArn(), FakeAws::customerExternalId(), QStringLiteral("tst-sts"), 900 }, this,
            [&role](Result<AssumedRole> r) { role = std::move(r); });
        const QList<AwsReply *> replies = c.http.findChildren<AwsReply *>();
        QCOMPARE(replies.size(), 1);
        AwsReply *reply = replies.constFirst();
        QVERIFY(reply->call().sensitiveResponse);
        // Connected after StsClient: runs once the credentials have been parsed out and delivered.
        std::optional<QByteArray> bodyAfterParse;
        connect(reply, &AwsReply::finished, this, [&bodyAfterParse, reply] { bodyAfterParse = reply->body(); });
        QTRY_VERIFY_WITH_TIMEOUT(role.has_value() && bodyAfterParse.has_value(), 30000);
        QVERIFY2(role->ok(), qPrintable(role->ok() ? QString() : role->error().toString()));
        QVERIFY(!(*role)->secretAccessKey.isEmpty());
        QVERIFY2(bodyAfterParse->isEmpty(), bodyAfterParse->constData());
    }

    void assumeRoleWithWrongExternalIdIsAccessDenied()
    {
        AwsTestClients c(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("xid")));
        const auto role = assume(c, FakeAws::customerRoleArn(), QStringLiteral("onramp-not-the-right-one"));
        QVERIFY(!role.ok());
        QCOMPARE(role.error().kind, AwsError::Kind::AccessDenied);
        QCOMPARE(role.error().code, QStringLiteral("AccessDenied"));
        QVERIFY(!role.error().retryable);
    }

    void assumedCredentialsActAsTheRoleAndAreShared()
    {
        AwsTestClients c(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("prov")));
        auto provider = std::make_shared<AssumeRoleCredentialsProvider>(&c.sts, QStringLiteral("us-east-1"),
            AwsTestClients::console(),
            StsClient::AssumeRoleRequest {
                FakeAws::customerRoleArn(), FakeAws::customerExternalId(), QStringLiteral("tst"), 3600 });
        // Two calls at once share one AssumeRole.
        std::optional<Result<CallerIdentity>> a, b;
        c.sts.getCallerIdentity(
            QStringLiteral("us-east-1"), provider, this, [&](const Result<CallerIdentity> &r) { a = r; });
        c.sts.getCallerIdentity(
            QStringLiteral("us-east-1"), provider, this, [&](const Result<CallerIdentity> &r) { b = r; });
        QTRY_VERIFY_WITH_TIMEOUT(a.has_value() && b.has_value(), 30000);
        QVERIFY(a->ok() && b->ok());
        QCOMPARE((*a)->account, FakeAws::customerAccount());
        QCOMPARE(provider->assumeCount(), 1);
    }

    void expiringCredentialsAreRefreshedBeforeUse()
    {
        // The fake issues 60 s credentials here: inside the 300 s refresh margin, so every fetch re-assumes.
        QJsonObject scenario { { QStringLiteral("extends"), QStringLiteral("basic") },
            { QStringLiteral("issued_credentials_seconds"), 60 } };
        QVERIFY(m_fake.putScenario(QStringLiteral("short-creds"), scenario));
        AwsTestClients c(m_fake, QStringLiteral("short-creds"), FakeAws::uniqueSession(QStringLiteral("short")));
        auto provider = std::make_shared<AssumeRoleCredentialsProvider>(&c.sts, QStringLiteral("us-east-1"),
            AwsTestClients::console(),
            StsClient::AssumeRoleRequest {
                FakeAws::customerRoleArn(), FakeAws::customerExternalId(), QStringLiteral("tst"), 900 });
        QVERIFY(identity(c, provider).ok());
        QVERIFY(identity(c, provider).ok());
        QCOMPARE(provider->assumeCount(), 2);
    }

    void sessionNamesAreSanitised()
    {
        QCOMPARE(StsClient::sessionNameFor(QStringLiteral("onramp user/1 é")), QStringLiteral("onramp-user-1--"));
        QCOMPARE(StsClient::sessionNameFor(QStringLiteral("x")), QStringLiteral("onramp-session"));
        QCOMPARE(StsClient::sessionNameFor(QString(100, QLatin1Char('a'))).size(), 64);
    }
};

QTEST_GUILESS_MAIN(TestStsClient)
#include "tst_stsclient.moc"
