// Tests CredentialsChain and StaticCredentialsProvider: where the console identity's keys come from.
#include "aws/credentialsprovider.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <type_traits>

class TestCredentialsProvider final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
    }

    QProcessEnvironment baseEnv()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), m_dir.path());
        return env;
    }

private Q_SLOTS:
    void environmentKeysWin()
    {
        QProcessEnvironment env = baseEnv();
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIAENVKEY0000000000"));
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("envsecret"));
        env.insert(QStringLiteral("AWS_SESSION_TOKEN"), QStringLiteral("tok"));
        const auto c = CredentialsChain::resolve(env);
        QVERIFY(c.ok());
        QCOMPARE(c->accessKeyId, QStringLiteral("AKIAENVKEY0000000000"));
        QCOMPARE(c->secretAccessKey, SecretBytes("envsecret"));
        QCOMPARE(c->sessionToken, QByteArray("tok"));
        QCOMPARE(c->source, QStringLiteral("env"));
    }

    void keyWithoutSecretIsAClearError()
    {
        QProcessEnvironment env = baseEnv();
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIAENVKEY0000000000"));
        const auto c = CredentialsChain::resolve(env);
        QVERIFY(!c.ok());
        QVERIFY(c.error().message.contains(QStringLiteral("AWS_SECRET_ACCESS_KEY")));
    }

    void namedProfileFromSharedCredentialsFile()
    {
        QProcessEnvironment env = baseEnv();
        env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
            write(QStringLiteral("creds"),
                "[default]\naws_access_key_id=AKIADEF\naws_secret_access_key=d\n"
                "[ops]\naws_access_key_id=AKIAOPS\naws_secret_access_key=o\n"));
        env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("ops"));
        // An explicit AWS_PROFILE beats environment keys, as in the AWS CLI.
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIAENV"));
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("e"));
        const auto c = CredentialsChain::resolve(env);
        QVERIFY(c.ok());
        QCOMPARE(c->accessKeyId, QStringLiteral("AKIAOPS"));
        QCOMPARE(c->source, QStringLiteral("profile:ops"));
    }

    void defaultProfileFromHomeDotAws()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral(".aws"));
        write(QStringLiteral(".aws/credentials"), "[default]\naws_access_key_id=AKIAHOME\naws_secret_access_key=h\n");
        const auto c = CredentialsChain::resolve(baseEnv());
        QVERIFY(c.ok());
        QCOMPARE(c->accessKeyId, QStringLiteral("AKIAHOME"));
        QFile::remove(m_dir.filePath(QStringLiteral(".aws/credentials")));
    }

    void keysInConfigFileProfile()
    {
        QProcessEnvironment env = baseEnv();
        env.insert(QStringLiteral("AWS_CONFIG_FILE"),
            write(QStringLiteral("config"),
                "[profile cfg]\naws_access_key_id=AKIACFG\naws_secret_access_key=c\n"
                "region = eu-central-1\n"));
        env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("cfg"));
        const auto c = CredentialsChain::resolve(env);
        QVERIFY(c.ok());
        QCOMPARE(c->accessKeyId, QStringLiteral("AKIACFG"));
        QCOMPARE(CredentialsChain::resolveRegion(env), QStringLiteral("eu-central-1"));
    }

    void roleProfileIsExplained()
    {
        QProcessEnvironment env = baseEnv();
        env.insert(QStringLiteral("AWS_CONFIG_FILE"),
            write(QStringLiteral("config2"),
                "[profile chained]\nrole_arn=arn:aws:iam::123456789012:role/x\n"
                "source_profile=default\n"));
        env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("chained"));
        const auto c = CredentialsChain::resolve(env);
        QVERIFY(!c.ok());
        QVERIFY(c.error().message.contains(QStringLiteral("role_arn")));
    }

    void missingProfileSaysWhich()
    {
        QProcessEnvironment env = baseEnv();
        env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("nope"));
        const auto c = CredentialsChain::resolve(env);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, AwsError::Kind::InvalidCredentials);
        QCOMPARE(c.error().code, QStringLiteral("NoCredentials")); // missing, not rejected by AWS
        QVERIFY(c.error().message.contains(QStringLiteral("\"nope\"")));
    }

    void regionPrecedence()
    {
        QProcessEnvironment env = baseEnv();
        QCOMPARE(CredentialsChain::resolveRegion(env), QStringLiteral("us-east-1"));
        env.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("eu-west-2"));
        QCOMPARE(CredentialsChain::resolveRegion(env), QStringLiteral("eu-west-2"));
        env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("ap-northeast-1"));
        QCOMPARE(CredentialsChain::resolveRegion(env), QStringLiteral("ap-northeast-1"));
    }

    void staticProviderWithoutKeysFails()
    {
        auto provider = StaticCredentialsProvider::make({});
        bool called = false;
        provider->fetch(this, [&](const Result<AwsCredentials> &r) {
            called = true;
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, QStringLiteral("NoCredentials"));
        });
        QVERIFY(called);
    }

    void secretBytesIsMoveOnlyAndAMoveEmptiesTheSource()
    {
        // No copy: a second buffer would be a second secret to wipe (SECURITY.md, T5). Owners pass it on with
        // std::move or share one buffer through a std::shared_ptr<const SecretBytes>.
        static_assert(!std::is_copy_constructible_v<SecretBytes>);
        static_assert(!std::is_copy_assignable_v<SecretBytes>);
        static_assert(std::is_nothrow_move_constructible_v<SecretBytes>);
        // So is everything that holds one by value.
        static_assert(!std::is_copy_constructible_v<AwsCredentials>);
        static_assert(!std::is_copy_constructible_v<Result<AwsCredentials>>);

        SecretBytes a("top-secret");
        SecretBytes b = std::move(a);
        QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is the contract
        QCOMPARE(b.view(), QByteArrayView("top-secret"));
        SecretBytes c("other");
        c = std::move(b);
        QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move)
        QCOMPARE(c.view(), QByteArrayView("top-secret"));
        c.clear();
        QVERIFY(c.isEmpty());
        QString s = QStringLiteral("another");
        SecretBytes::wipe(s);
        QVERIFY(s.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCredentialsProvider)
#include "tst_credentialsprovider.moc"
