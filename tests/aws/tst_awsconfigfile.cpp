// Tests AwsConfigFile: the AWS shared credentials/config file dialect.
#include "../support/freedmemorywatch.h"
#include "aws/awsconfigfile.h"
#include "aws/credentialsprovider.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestAwsConfigFile final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsCredentialsFileSections()
    {
        const auto f = AwsConfigFile::parse("[default]\naws_access_key_id = AKIADEFAULT0000000000\n"
                                            "aws_secret_access_key=secretdefault\n\n[work]\n"
                                            "AWS_ACCESS_KEY_ID = AKIAWORK000000000000\n",
            AwsConfigFile::Kind::Credentials);
        QCOMPARE(f.value(QStringLiteral("default"), QStringLiteral("aws_access_key_id")),
            QStringLiteral("AKIADEFAULT0000000000"));
        QVERIFY(f.secret(QStringLiteral("default"), QStringLiteral("aws_secret_access_key"))
            == SecretBytes(QByteArrayView("secretdefault")));
        QCOMPARE(f.value(QStringLiteral("work"), QStringLiteral("aws_access_key_id")),
            QStringLiteral("AKIAWORK000000000000"));
        QVERIFY(f.secret(QStringLiteral("work"), QStringLiteral("aws_secret_access_key")).isEmpty());
    }

    void secretValuesAreOnlyAvailableAsSecretBytes()
    {
        const auto f
            = AwsConfigFile::parse("[default]\nAWS_SECRET_ACCESS_KEY = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
                                   "aws_session_token=FwoGZXIvYXdzEXAMPLETOKEN\nregion=eu-west-1\n",
                AwsConfigFile::Kind::Credentials);
        QVERIFY(f.value(QStringLiteral("default"), QStringLiteral("aws_secret_access_key")).isNull());
        QVERIFY(f.value(QStringLiteral("default"), QStringLiteral("aws_session_token")).isNull());
        QVERIFY(f.secret(QStringLiteral("default"), QStringLiteral("aws_secret_access_key"))
            == SecretBytes(QByteArrayView("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")));
        QVERIFY(f.secret(QStringLiteral("default"), QStringLiteral("aws_session_token"))
            == SecretBytes(QByteArrayView("FwoGZXIvYXdzEXAMPLETOKEN")));
        QCOMPARE(f.value(QStringLiteral("default"), QStringLiteral("region")), QStringLiteral("eu-west-1"));
        QVERIFY(f.secret(QStringLiteral("default"), QStringLiteral("region")).isEmpty());
        QVERIFY(f.secret(QStringLiteral("nobody"), QStringLiteral("aws_secret_access_key")).isEmpty());
    }

    void droppedParserLeavesNoCopyOfTheSecretInFreedMemory()
    {
        if (!FreedMemoryWatch::isAvailable())
            QSKIP("the sanitizer runtime owns free() in this build");
        const QByteArray secret("Fr33dMemCanary/K7MDENG+bPxRfiCYEXAMPLE01");
        const QByteArray text = "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = " + secret
            + "\nregion = us-east-1\n[other]\naws_secret_access_key=" + secret + "\n";
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("credentials"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), path);
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), dir.filePath(QStringLiteral("none")));

        FreedMemoryWatch::start(secret);
        bool parsed = false;
        bool loaded = false;
        bool resolved = false;
        {
            const AwsConfigFile fromText = AwsConfigFile::parse(text, AwsConfigFile::Kind::Credentials);
            parsed = fromText.hasProfile(QStringLiteral("other"));
            const AwsConfigFile fromFile = AwsConfigFile::load(path, AwsConfigFile::Kind::Credentials);
            loaded = fromFile.hasProfile(QStringLiteral("other"));
            const Result<AwsCredentials> credentials = CredentialsChain::resolve(env);
            resolved = credentials.ok() && credentials->secretAccessKey.view() == secret;
        }
        const int unwiped = FreedMemoryWatch::stop();
        QVERIFY(parsed && loaded && resolved);
        QCOMPARE(unwiped, 0);
    }

    void configFileNeedsProfilePrefixExceptDefault()
    {
        const auto f = AwsConfigFile::parse("[default]\nregion = eu-west-1\n[profile dev]\nregion=ap-south-1\n"
                                            "[dev2]\nregion=us-west-2\n[sso-session corp]\nsso_region=us-east-1\n",
            AwsConfigFile::Kind::Config);
        QCOMPARE(f.value(QStringLiteral("default"), QStringLiteral("region")), QStringLiteral("eu-west-1"));
        QCOMPARE(f.value(QStringLiteral("dev"), QStringLiteral("region")), QStringLiteral("ap-south-1"));
        QVERIFY(!f.hasProfile(QStringLiteral("dev2")));
        QVERIFY(!f.hasProfile(QStringLiteral("sso-session corp")));
    }

    void ssoSessionSectionsAreReadApartFromProfiles()
    {
        const auto f = AwsConfigFile::parse("[profile corp]\nsso_session = corp\n[sso-session corp]\n"
                                            "sso_start_url = https://corp.awsapps.com/start\nsso_region=eu-west-1\n"
                                            "sso_registration_scopes = sso:account:access\n",
            AwsConfigFile::Kind::Config);
        QVERIFY(f.hasSsoSession(QStringLiteral("corp")));
        QCOMPARE(f.ssoSessionValue(QStringLiteral("corp"), QStringLiteral("sso_start_url")),
            QStringLiteral("https://corp.awsapps.com/start"));
        QCOMPARE(f.ssoSessionValue(QStringLiteral("corp"), QStringLiteral("sso_region")), QStringLiteral("eu-west-1"));
        // The profile of the same name is a different section.
        QCOMPARE(f.value(QStringLiteral("corp"), QStringLiteral("sso_session")), QStringLiteral("corp"));
        QVERIFY(f.value(QStringLiteral("corp"), QStringLiteral("sso_start_url")).isNull());
        QVERIFY(!f.hasSsoSession(QStringLiteral("other")));
        // Only the config file has sso-session sections.
        const auto credentials
            = AwsConfigFile::parse("[sso-session corp]\nsso_region=eu-west-1\n", AwsConfigFile::Kind::Credentials);
        QVERIFY(!credentials.hasSsoSession(QStringLiteral("corp")));
    }

    void skipsCommentsMalformedLinesAndNestedSubsections()
    {
        const auto f = AwsConfigFile::parse("# comment\n; other comment\ngarbage before any section\n[profile p]\n"
                                            "no equals sign here\ns3 =\n  max_concurrent_requests = 20\n"
                                            "region = us-east-2\r\n[broken\nregion = nowhere\n",
            AwsConfigFile::Kind::Config);
        QCOMPARE(f.profiles(), QStringList { QStringLiteral("p") });
        QCOMPARE(f.value(QStringLiteral("p"), QStringLiteral("region")), QStringLiteral("us-east-2"));
        QVERIFY(f.value(QStringLiteral("p"), QStringLiteral("max_concurrent_requests")).isNull());
    }

    void emptyAndMissingFilesAreEmpty()
    {
        QVERIFY(AwsConfigFile::parse("", AwsConfigFile::Kind::Credentials).profiles().isEmpty());
        QVERIFY(AwsConfigFile::load(QStringLiteral("/nonexistent/credentials"), AwsConfigFile::Kind::Credentials)
                    .profiles()
                    .isEmpty());
    }

    void boundsHugeInput()
    {
        QByteArray huge("[a]\n");
        huge.append(QByteArray(4 * 1024 * 1024, 'x'));
        huge.append("\n[b]\nk=v\n");
        const auto f = AwsConfigFile::parse(huge, AwsConfigFile::Kind::Credentials);
        QVERIFY(f.hasProfile(QStringLiteral("a")));
        QVERIFY(!f.hasProfile(QStringLiteral("b"))); // past the 1 MiB bound
    }

    void readsAMillionLineFileOnlyUpToTheBound()
    {
        QByteArray text("[profile p]\nregion = eu-west-1\n");
        for (int i = 0; i < 1'000'000; ++i)
            text.append("k = v\n");
        text.append("[profile late]\nregion = us-east-1\n");
        const auto f = AwsConfigFile::parse(text, AwsConfigFile::Kind::Config);
        QCOMPARE(f.profiles(), QStringList { QStringLiteral("p") });
        QCOMPARE(f.value(QStringLiteral("p"), QStringLiteral("region")), QStringLiteral("eu-west-1"));
        QCOMPARE(f.value(QStringLiteral("p"), QStringLiteral("k")), QStringLiteral("v"));
    }

    void boundsTheNumberOfProfilesByTheReadLimit()
    {
        QByteArray text;
        for (int i = 0; i < 1'000'000; ++i)
            text.append("[profile p" + QByteArray::number(i) + "]\n");
        const auto f = AwsConfigFile::parse(text, AwsConfigFile::Kind::Config);
        QVERIFY(f.hasProfile(QStringLiteral("p0")));
        QVERIFY(!f.hasProfile(QStringLiteral("p999999")));
        QVERIFY(f.profiles().size() < 1024 * 1024 / 12); // "[profile p]\n" is the shortest line that makes one
    }

    void dropsTheLineTheBoundCutsInsteadOfTruncatingIt()
    {
        // The secret's line straddles the 1 MiB bound: it is dropped, not read without its last characters.
        const QByteArray head = "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n# ";
        QByteArray text = head + QByteArray(1024 * 1024 - head.size() - 20, '.') + '\n';
        text.append("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n");
        QVERIFY(text.size() > 1024 * 1024);
        const auto f = AwsConfigFile::parse(text, AwsConfigFile::Kind::Credentials);
        QCOMPARE(f.value(QStringLiteral("default"), QStringLiteral("aws_access_key_id")),
            QStringLiteral("AKIAIOSFODNN7EXAMPLE"));
        QVERIFY(f.secret(QStringLiteral("default"), QStringLiteral("aws_secret_access_key")).isEmpty());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("credentials")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        const auto loaded = AwsConfigFile::load(file.fileName(), AwsConfigFile::Kind::Credentials);
        QVERIFY(loaded.secret(QStringLiteral("default"), QStringLiteral("aws_secret_access_key")).isEmpty());
        QCOMPARE(loaded.value(QStringLiteral("default"), QStringLiteral("aws_access_key_id")),
            QStringLiteral("AKIAIOSFODNN7EXAMPLE"));
    }

    void readsAFileOfExactlyTheBoundWhole()
    {
        const QByteArray tail = "region = us-west-2\n";
        QByteArray text = "[default]\n# " + QByteArray(1024 * 1024 - 13 - tail.size(), '.') + '\n' + tail;
        QCOMPARE(text.size(), 1024 * 1024);
        const auto f = AwsConfigFile::parse(text, AwsConfigFile::Kind::Config);
        QCOMPARE(f.value(QStringLiteral("default"), QStringLiteral("region")), QStringLiteral("us-west-2"));
    }
};

QTEST_GUILESS_MAIN(TestAwsConfigFile)
#include "tst_awsconfigfile.moc"
