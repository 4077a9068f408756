// Tests AwsEndpoints: regional defaults and the AWS_ENDPOINT_URL* overrides.
#include "aws/awsendpoints.h"

#include <QTest>

class TestAwsEndpoints final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void regionalDefaults()
    {
        const AwsEndpoints e;
        QCOMPARE(e.stsUrl(QStringLiteral("eu-west-1")), QUrl(QStringLiteral("https://sts.eu-west-1.amazonaws.com/")));
        QCOMPARE(e.ec2Url(QStringLiteral("us-east-2")), QUrl(QStringLiteral("https://ec2.us-east-2.amazonaws.com/")));
        QCOMPARE(
            e.ec2Url(QStringLiteral("cn-north-1")), QUrl(QStringLiteral("https://ec2.cn-north-1.amazonaws.com.cn/")));
        QCOMPARE(
            e.rdsUrl(QStringLiteral("eu-central-1")), QUrl(QStringLiteral("https://rds.eu-central-1.amazonaws.com/")));
        QCOMPARE(
            e.rdsUrl(QStringLiteral("cn-north-1")), QUrl(QStringLiteral("https://rds.cn-north-1.amazonaws.com.cn/")));
    }

    void rdsOverrideBeatsGlobalOverrideAndIsCheckedLikeTheOthers()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("AWS_ENDPOINT_URL"), QStringLiteral("https://all.example:8443"));
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_RDS"), QStringLiteral("http://localhost:4566/rds/"));
        auto e = AwsEndpoints::fromEnvironment(env);
        QVERIFY(!e.error().isError());
        QCOMPARE(e.rdsUrl(QStringLiteral("us-west-2")), QUrl(QStringLiteral("http://localhost:4566/rds/")));
        QCOMPARE(e.ec2Url(QStringLiteral("us-west-2")), QUrl(QStringLiteral("https://all.example:8443/")));
        QCOMPARE(e.overrides()[2],
            (AwsEndpoints::Override { QStringLiteral("rds"), QUrl(QStringLiteral("http://localhost:4566/rds/")),
                QStringLiteral("AWS_ENDPOINT_URL_RDS") }));

        QProcessEnvironment insecure;
        insecure.insert(QStringLiteral("AWS_ENDPOINT_URL_RDS"), QStringLiteral("http://rds.example.com/"));
        e = AwsEndpoints::fromEnvironment(insecure);
        QCOMPARE(e.error().code, QStringLiteral("InsecureEndpoint"));
        QVERIFY2(e.error().message.contains(QStringLiteral("AWS_ENDPOINT_URL_RDS")), qPrintable(e.error().message));
        QVERIFY(e.isOverridden());
        // Refused, yet kept: HttpClient refuses every request to it instead of falling back to AWS.
        QCOMPARE(e.rdsUrl(QStringLiteral("us-east-1")), QUrl(QStringLiteral("http://rds.example.com/")));
    }

    void organizationsHasOneGlobalEndpointPerPartition_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("signingRegion");
        QTest::newRow("aws") << "eu-central-1"
                             << "https://organizations.us-east-1.amazonaws.com/"
                             << "us-east-1";
        QTest::newRow("aws us-east-1") << "us-east-1"
                                       << "https://organizations.us-east-1.amazonaws.com/"
                                       << "us-east-1";
        QTest::newRow("aws-us-gov") << "us-gov-east-1"
                                    << "https://organizations.us-gov-west-1.amazonaws.com/"
                                    << "us-gov-west-1";
        QTest::newRow("aws-cn") << "cn-north-1"
                                << "https://organizations.cn-northwest-1.amazonaws.com.cn/"
                                << "cn-northwest-1";
    }
    void organizationsHasOneGlobalEndpointPerPartition()
    {
        QFETCH(QString, region);
        QFETCH(QString, url);
        QFETCH(QString, signingRegion);
        QCOMPARE(AwsEndpoints().organizationsUrl(region), QUrl(url));
        QCOMPARE(AwsEndpoints::organizationsSigningRegion(region), signingRegion);
    }

    void organizationsOverrideFollowsTheSameRules()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_ORGANIZATIONS"), QStringLiteral("http://org.example.com"));
        const auto e = AwsEndpoints::fromEnvironment(env);
        QCOMPARE(e.error().code, QStringLiteral("InsecureEndpoint"));
        QVERIFY2(e.error().message.startsWith(
                     QStringLiteral("AWS_ENDPOINT_URL_ORGANIZATIONS=http://org.example.com is refused")),
            qPrintable(e.error().message));
        QCOMPARE(e.organizationsUrl(QStringLiteral("us-east-1")), QUrl(QStringLiteral("http://org.example.com/")));
        QVERIFY(e.isOverridden());
    }

    void ssoPortalEndpointAndItsOverride()
    {
        QCOMPARE(AwsEndpoints().ssoUrl(QStringLiteral("eu-west-1")),
            QUrl(QStringLiteral("https://portal.sso.eu-west-1.amazonaws.com/")));
        QProcessEnvironment env;
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_SSO"), QStringLiteral("http://127.0.0.1:9000/s/x/"));
        auto e = AwsEndpoints::fromEnvironment(env);
        QVERIFY(!e.error().isError());
        QCOMPARE(e.ssoUrl(QStringLiteral("eu-west-1")), QUrl(QStringLiteral("http://127.0.0.1:9000/s/x/")));
        QCOMPARE(e.stsUrl(QStringLiteral("eu-west-1")), QUrl(QStringLiteral("https://sts.eu-west-1.amazonaws.com/")));
        QCOMPARE(AwsEndpoints::describe(e.overrides()), QStringLiteral("sso=http://127.0.0.1:9000/s/x/"));
        // The portal answers with credentials: plain HTTP beyond this computer is refused like for the others.
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_SSO"), QStringLiteral("http://portal.example.com"));
        e = AwsEndpoints::fromEnvironment(env);
        QCOMPARE(e.error().code, QStringLiteral("InsecureEndpoint"));
        QVERIFY(e.error().message.contains(QStringLiteral("AWS_ENDPOINT_URL_SSO")));
    }

    void serviceOverrideBeatsGlobalOverride()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("AWS_ENDPOINT_URL"), QStringLiteral("https://all.example:8443"));
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_EC2"), QStringLiteral("https://127.0.0.1:9000/s/x/"));
        const auto e = AwsEndpoints::fromEnvironment(env);
        QCOMPARE(e.ec2Url(QStringLiteral("us-west-2")), QUrl(QStringLiteral("https://127.0.0.1:9000/s/x/")));
        QCOMPARE(e.stsUrl(QStringLiteral("us-west-2")), QUrl(QStringLiteral("https://all.example:8443/")));
        QVERIFY(e.isOverridden());
    }

    void invalidOverrideIsIgnored()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), QStringLiteral("not a url"));
        const auto e = AwsEndpoints::fromEnvironment(env);
        QCOMPARE(e.stsUrl(QStringLiteral("us-east-1")), QUrl(QStringLiteral("https://sts.us-east-1.amazonaws.com/")));
    }

    void plainHttpIsAllowedOnlyToLoopbackHosts_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("code"); // empty: allowed
        const QString insecure = QStringLiteral("InsecureEndpoint");
        QTest::newRow("https anywhere") << "AWS_ENDPOINT_URL"
                                        << "https://sts.example.com" << QString();
        QTest::newRow("http 127.0.0.1") << "AWS_ENDPOINT_URL"
                                        << "http://127.0.0.1:4566" << QString();
        QTest::newRow("http 127.8.9.10") << "AWS_ENDPOINT_URL_STS"
                                         << "http://127.8.9.10:4566/x/" << QString();
        QTest::newRow("http ::1") << "AWS_ENDPOINT_URL_EC2"
                                  << "http://[::1]:4566" << QString();
        QTest::newRow("http ::ffff:127.0.0.1") << "AWS_ENDPOINT_URL"
                                               << "http://[::ffff:127.0.0.1]:4566" << QString();
        QTest::newRow("http localhost") << "AWS_ENDPOINT_URL"
                                        << "http://localhost:4566" << QString();
        QTest::newRow("http LOCALHOST") << "AWS_ENDPOINT_URL"
                                        << "http://LOCALHOST:4566" << QString();
        QTest::newRow("http name") << "AWS_ENDPOINT_URL"
                                   << "http://sts.example.com" << insecure;
        QTest::newRow("http sts name") << "AWS_ENDPOINT_URL_STS"
                                       << "http://sts.example.com/" << insecure;
        QTest::newRow("http ec2 private ip") << "AWS_ENDPOINT_URL_EC2"
                                             << "http://10.0.0.5:4566" << insecure;
        QTest::newRow("http 0.0.0.0") << "AWS_ENDPOINT_URL"
                                      << "http://0.0.0.0:4566" << insecure;
        QTest::newRow("http 128.0.0.1") << "AWS_ENDPOINT_URL"
                                        << "http://128.0.0.1" << insecure;
        QTest::newRow("http public ipv6") << "AWS_ENDPOINT_URL"
                                          << "http://[2001:db8::1]:80" << insecure;
        QTest::newRow("http localhost.evil") << "AWS_ENDPOINT_URL"
                                             << "http://localhost.example.com" << insecure;
        QTest::newRow("http 127.0.0.1.nip.io") << "AWS_ENDPOINT_URL"
                                               << "http://127.0.0.1.nip.io" << insecure;
        QTest::newRow("ftp loopback") << "AWS_ENDPOINT_URL"
                                      << "ftp://127.0.0.1/"
                                      << "UnsupportedEndpoint";
    }
    void plainHttpIsAllowedOnlyToLoopbackHosts()
    {
        QFETCH(QString, variable);
        QFETCH(QString, url);
        QFETCH(QString, code);
        QProcessEnvironment env;
        env.insert(variable, url);
        const auto e = AwsEndpoints::fromEnvironment(env);
        QCOMPARE(e.error().code, code);
        QCOMPARE(AwsEndpoints::checkUrl(QUrl(url)).code, code);
        if (code.isEmpty())
            return;
        QCOMPARE(e.error().kind, AwsError::Kind::InvalidInput);
        // What (the setting and its value), why, and what to do.
        const QString message = e.error().message;
        QVERIFY2(message.contains(variable + QLatin1Char('=') + QUrl(url).toDisplayString()), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1, ::1, localhost"))
                || message.contains(QStringLiteral("http:// to this computer")),
            qPrintable(message));
        QVERIFY2(
            message.contains(QStringLiteral("Use an https:// URL in ") + variable + QStringLiteral(", or unset it.")),
            qPrintable(message));
    }

    void plainHttpRefusalSaysWhyAndTheFirstRefusedSettingWins()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), QStringLiteral("http://sts.example.com"));
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_EC2"), QStringLiteral("http://ec2.example.com"));
        const auto e = AwsEndpoints::fromEnvironment(env);
        QVERIFY(e.error().isError());
        QVERIFY2(e.error().message.startsWith(QStringLiteral("AWS_ENDPOINT_URL_STS=http://sts.example.com is refused")),
            qPrintable(e.error().message));
        QVERIFY2(e.error().message.contains(QStringLiteral("unencrypted")), qPrintable(e.error().message));
    }

    void refusedOverrideStaysInPlaceInsteadOfFallingBackToAws()
    {
        // A caller that ignores error() must not silently talk to AWS's own endpoint: the refused URL stays, and
        // HttpClient refuses to send to it (tst_httpclient::plainHttpToAnotherComputerIsRefusedBeforeAnyRequest).
        QProcessEnvironment env;
        env.insert(QStringLiteral("AWS_ENDPOINT_URL"), QStringLiteral("http://sts.example.com"));
        const auto e = AwsEndpoints::fromEnvironment(env);
        QCOMPARE(e.stsUrl(QStringLiteral("us-east-1")), QUrl(QStringLiteral("http://sts.example.com/")));
        QCOMPARE(e.overrides().size(), 4);
        QCOMPARE(e.organizationsUrl(QStringLiteral("eu-west-1")), QUrl(QStringLiteral("http://sts.example.com/")));
    }

    void overridesListEachOverriddenServiceWithItsSetting()
    {
        QVERIFY(AwsEndpoints().overrides().isEmpty());
        QCOMPARE(AwsEndpoints::describe({}), QString());

        QProcessEnvironment env;
        env.insert(QStringLiteral("AWS_ENDPOINT_URL"), QStringLiteral("https://user:password@all.example:8443"));
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_EC2"), QStringLiteral("http://127.0.0.1:9000/s/x/"));
        const auto e = AwsEndpoints::fromEnvironment(env);
        QVERIFY(!e.error().isError());
        const QList<AwsEndpoints::Override> expected {
            { QStringLiteral("sts"), QUrl(QStringLiteral("https://user:password@all.example:8443/")),
                QStringLiteral("AWS_ENDPOINT_URL") },
            { QStringLiteral("ec2"), QUrl(QStringLiteral("http://127.0.0.1:9000/s/x/")),
                QStringLiteral("AWS_ENDPOINT_URL_EC2") },
            { QStringLiteral("rds"), QUrl(QStringLiteral("https://user:password@all.example:8443/")),
                QStringLiteral("AWS_ENDPOINT_URL") },
            { QStringLiteral("organizations"), QUrl(QStringLiteral("https://user:password@all.example:8443/")),
                QStringLiteral("AWS_ENDPOINT_URL") },
        };
        QCOMPARE(e.overrides(), expected);
        // User names and passwords are not shown.
        QCOMPARE(AwsEndpoints::describe(e.overrides()),
            QStringLiteral("sts=https://all.example:8443/, ec2=http://127.0.0.1:9000/s/x/, "
                           "rds=https://all.example:8443/, organizations=https://all.example:8443/"));

        QProcessEnvironment onlyOrganizations;
        onlyOrganizations.insert(
            QStringLiteral("AWS_ENDPOINT_URL_ORGANIZATIONS"), QStringLiteral("http://127.0.0.1:4566/org/"));
        const auto o = AwsEndpoints::fromEnvironment(onlyOrganizations);
        QCOMPARE(AwsEndpoints::describe(o.overrides()), QStringLiteral("organizations=http://127.0.0.1:4566/org/"));
        QCOMPARE(o.organizationsUrl(QStringLiteral("eu-west-1")), QUrl(QStringLiteral("http://127.0.0.1:4566/org/")));
        QCOMPARE(o.stsUrl(QStringLiteral("eu-west-1")), QUrl(QStringLiteral("https://sts.eu-west-1.amazonaws.com/")));

        QProcessEnvironment onlySts;
        onlySts.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), QStringLiteral("https://sts.example.com"));
        const auto s = AwsEndpoints::fromEnvironment(onlySts);
        QCOMPARE(s.overrides().size(), 1);
        QCOMPARE(s.overrides().constFirst().service, QStringLiteral("sts"));
        QCOMPARE(AwsEndpoints::describe(s.overrides()), QStringLiteral("sts=https://sts.example.com/"));
    }

    void regionNames_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("valid");
        QTest::newRow("us-east-1") << QStringLiteral("us-east-1") << true;
        QTest::newRow("us-gov-west-1") << QStringLiteral("us-gov-west-1") << true;
        QTest::newRow("ap-southeast-5") << QStringLiteral("ap-southeast-5") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("uppercase") << QStringLiteral("US-EAST-1") << false;
        QTest::newRow("injection") << QStringLiteral("us-east-1.evil.com/") << false;
    }
    void regionNames()
    {
        QFETCH(QString, region);
        QFETCH(bool, valid);
        QCOMPARE(AwsEndpoints::isValidRegionName(region), valid);
    }
};

QTEST_GUILESS_MAIN(TestAwsEndpoints)
#include "tst_awsendpoints.moc"
