// Tests AwsConfigFile: the AWS shared credentials/config file dialect.
#include "aws/awsconfigfile.h"

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
        QCOMPARE(f.value(QStringLiteral("default"), QStringLiteral("aws_secret_access_key")), QStringLiteral("secretdefault"));
        QCOMPARE(f.value(QStringLiteral("work"), QStringLiteral("aws_access_key_id")), QStringLiteral("AKIAWORK000000000000"));
        QVERIFY(f.value(QStringLiteral("work"), QStringLiteral("aws_secret_access_key")).isNull());
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

    void skipsCommentsMalformedLinesAndNestedSubsections()
    {
        const auto f = AwsConfigFile::parse("# comment\n; other comment\ngarbage before any section\n[profile p]\n"
                                            "no equals sign here\ns3 =\n  max_concurrent_requests = 20\n"
                                            "region = us-east-2\r\n[broken\nregion = nowhere\n",
                                            AwsConfigFile::Kind::Config);
        QCOMPARE(f.profiles(), QStringList{QStringLiteral("p")});
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
        QCOMPARE(f.profiles(), QStringList{QStringLiteral("p")});
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
        QVERIFY(f.value(QStringLiteral("default"), QStringLiteral("aws_secret_access_key")).isNull());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("credentials")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        const auto loaded = AwsConfigFile::load(file.fileName(), AwsConfigFile::Kind::Credentials);
        QVERIFY(loaded.value(QStringLiteral("default"), QStringLiteral("aws_secret_access_key")).isNull());
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
