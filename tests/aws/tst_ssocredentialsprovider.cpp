// Tests SsoCredentialsProvider's offline parts: the AWS CLI's token cache (file name, format, expiry) and the
// portal's GetRoleCredentials answer. The portal call itself is tested against the fake in tst_credentialsresolver.
#include "aws/ssocredentialsprovider.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestSsoCredentialsProvider final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    SsoCredentialsProvider::Settings settings(const QString &session = QStringLiteral("corp")) const
    {
        SsoCredentialsProvider::Settings s;
        s.profile = QStringLiteral("dev");
        s.sessionName = session;
        s.startUrl = QStringLiteral("https://my-sso-portal.awsapps.com/start");
        s.region = QStringLiteral("us-east-1");
        s.accountId = QStringLiteral("123456789012");
        s.roleName = QStringLiteral("ReadOnly");
        s.cacheDir = m_dir.path();
        return s;
    }

    void cache(const QString &fileName, const QByteArray &content)
    {
        QFile f(QDir(m_dir.path()).filePath(fileName));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }

private Q_SLOTS:
    void cacheFileIsSha1OfSessionNameOrStartUrl()
    {
        // botocore's SSOTokenLoader: sha1(session name, else start URL) in hex (values from Python's hashlib).
        QCOMPARE(SsoCredentialsProvider::cacheFileName(QStringLiteral("corp")),
            QStringLiteral("ee0bfd2552fbd840c02cc48b6e823320543c450f.json"));
        QCOMPARE(SsoCredentialsProvider::cacheFileName(QStringLiteral("https://my-sso-portal.awsapps.com/start")),
            QStringLiteral("c7aaaf71fcc8777ae2475525ed049d39fe16c484.json"));
    }

    void readsTokenInEitherTimeFormat()
    {
        const QDateTime now(QDate(2030, 1, 1), QTime(12, 0), Qt::UTC);
        cache(QStringLiteral("ee0bfd2552fbd840c02cc48b6e823320543c450f.json"),
            "{\"accessToken\": \"tok-session\", \"expiresAt\": \"2030-01-01T13:00:00Z\", \"region\": \"us-east-1\"}");
        auto token = SsoCredentialsProvider::readCachedToken(settings(), now);
        QVERIFY(token.ok());
        QCOMPARE(token.value(), SecretBytes("tok-session"));
        // The legacy form keys the cache by start URL; the AWS CLI v1 wrote "…UTC" times.
        cache(QStringLiteral("c7aaaf71fcc8777ae2475525ed049d39fe16c484.json"),
            "{\"accessToken\": \"tok-legacy\", \"expiresAt\": \"2030-01-01T12:30:00UTC\"}");
        token = SsoCredentialsProvider::readCachedToken(settings(QString()), now);
        QVERIFY(token.ok());
        QCOMPARE(token.value(), SecretBytes("tok-legacy"));
        token = SsoCredentialsProvider::readCachedToken(settings(QString()), now.addSecs(3600));
        QVERIFY(!token.ok());
        QVERIFY(token.error().message.contains(QStringLiteral("expired")));
        QVERIFY(token.error().message.contains(QStringLiteral("aws sso login --profile dev")));
    }

    void malformedCacheAsksToSignInAgain_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not json") << QByteArray("{oops");
        QTest::newRow("no token") << QByteArray("{\"expiresAt\": \"2030-01-01T13:00:00Z\"}");
        QTest::newRow("no expiry") << QByteArray("{\"accessToken\": \"t\"}");
        QTest::newRow("time without zone")
            << QByteArray("{\"accessToken\": \"t\", \"expiresAt\": \"2030-01-01T13:00:00\"}");
        QTest::newRow("huge") << QByteArray(SsoCredentialsProvider::maxCacheFileBytes + 10, ' ');
    }
    void malformedCacheAsksToSignInAgain()
    {
        QFETCH(QByteArray, content);
        cache(QStringLiteral("ee0bfd2552fbd840c02cc48b6e823320543c450f.json"), content);
        const auto token
            = SsoCredentialsProvider::readCachedToken(settings(), QDateTime(QDate(2030, 1, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(!token.ok());
        QCOMPARE(token.error().code, QStringLiteral("SsoLoginRequired"));
        QVERIFY2(token.error().message.contains(QStringLiteral("aws sso login --sso-session corp")),
            qPrintable(token.error().message));
    }

    void parsesRoleCredentials()
    {
        const auto c = SsoCredentialsProvider::parseRoleCredentials(
            "{\"roleCredentials\": {\"accessKeyId\": \"ASIASSO\", \"secretAccessKey\": \"sso-secret\",\n               "
            " \"sessionToken\": \"sso-token\", \"expiration\": 1893456000000}}");
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
        QCOMPARE(c->accessKeyId, QStringLiteral("ASIASSO"));
        QCOMPARE(c->secretAccessKey, SecretBytes("sso-secret"));
        QCOMPARE(c->sessionToken, QByteArray("sso-token"));
        QCOMPARE(c->expiration, QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC));
    }

    void rejectsIncompleteRoleCredentials_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no object") << QByteArray("{}") << QStringLiteral("roleCredentials");
        QTest::newRow("no secret") << QByteArray(
            "{\"roleCredentials\": {\"accessKeyId\": \"A\", \"sessionToken\": \"t\", \"expiration\": 1}}")
                                   << QStringLiteral("secretAccessKey");
        QTest::newRow("text expiration") << QByteArray(
            "{\"roleCredentials\": {\"accessKeyId\": \"A\", \"secretAccessKey\": \"s\", \"sessionToken\": \"t\", "
            "\"expiration\": \"soon\"}}") << QStringLiteral("expiration");
    }
    void rejectsIncompleteRoleCredentials()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const auto c = SsoCredentialsProvider::parseRoleCredentials(body);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, AwsError::Kind::Parse);
        QVERIFY2(c.error().message.contains(field), qPrintable(c.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSsoCredentialsProvider)
#include "tst_ssocredentialsprovider.moc"
