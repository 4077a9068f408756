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
        QCOMPARE(e.ec2Url(QStringLiteral("cn-north-1")), QUrl(QStringLiteral("https://ec2.cn-north-1.amazonaws.com.cn/")));
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
