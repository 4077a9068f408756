// Tests the partition table and partitionOfRegion(): the one place a partition is chosen from a region.
#include "aws/awspartition.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAwsPartition final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void partitionFollowsTheRegionPrefix_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("partition");
        QTest::newRow("us-east-1") << u"us-east-1"_s << u"aws"_s;
        QTest::newRow("eu-central-1") << u"eu-central-1"_s << u"aws"_s;
        QTest::newRow("ap-southeast-2") << u"ap-southeast-2"_s << u"aws"_s;
        QTest::newRow("cn-north-1") << u"cn-north-1"_s << u"aws-cn"_s;
        QTest::newRow("cn-northwest-1") << u"cn-northwest-1"_s << u"aws-cn"_s;
        QTest::newRow("us-gov-west-1") << u"us-gov-west-1"_s << u"aws-us-gov"_s;
        QTest::newRow("us-gov-east-1") << u"us-gov-east-1"_s << u"aws-us-gov"_s;
        QTest::newRow("us-east-gov (not a GovCloud prefix)") << u"us-east-gov"_s << u"aws"_s;
        QTest::newRow("empty") << QString() << u"aws"_s;
    }
    void partitionFollowsTheRegionPrefix()
    {
        QFETCH(QString, region);
        QFETCH(QString, partition);
        QCOMPARE(partitionOfRegion(region).id, partition);
    }

    void eachPartitionHasItsEndpointsConsoleAndRegions_data()
    {
        QTest::addColumn<QString>("partition");
        QTest::addColumn<QString>("dnsSuffix");
        QTest::addColumn<QString>("console");
        QTest::addColumn<QString>("globalRegion");
        QTest::addColumn<QString>("defaultRegion");
        QTest::addColumn<QString>("variable");
        QTest::newRow("aws") << u"aws"_s << u"amazonaws.com"_s << u"console.aws.amazon.com"_s << u"us-east-1"_s
                             << u"us-east-1"_s << u"ONRAMP_TRUSTED_ACCOUNT_AWS"_s;
        QTest::newRow("aws-us-gov") << u"aws-us-gov"_s << u"amazonaws.com"_s << u"console.amazonaws-us-gov.com"_s
                                    << u"us-gov-west-1"_s << u"us-gov-west-1"_s
                                    << u"ONRAMP_TRUSTED_ACCOUNT_AWS_US_GOV"_s;
        QTest::newRow("aws-cn") << u"aws-cn"_s << u"amazonaws.com.cn"_s << u"console.amazonaws.cn"_s
                                << u"cn-northwest-1"_s << u"cn-north-1"_s << u"ONRAMP_TRUSTED_ACCOUNT_AWS_CN"_s;
    }
    void eachPartitionHasItsEndpointsConsoleAndRegions()
    {
        QFETCH(QString, partition);
        QFETCH(QString, dnsSuffix);
        QFETCH(QString, console);
        QFETCH(QString, globalRegion);
        QFETCH(QString, defaultRegion);
        QFETCH(QString, variable);
        const AwsPartition *p = partitionById(partition);
        QVERIFY(p);
        QCOMPARE(p->dnsSuffix, dnsSuffix);
        QCOMPARE(p->consoleHost, console);
        QCOMPARE(p->globalRegion, globalRegion);
        QCOMPARE(p->defaultRegion, defaultRegion);
        QCOMPARE(p->trustedAccountVariable(), variable);
        // The partition's regions, its default and global region among them, all map back to it.
        QVERIFY(p->regions.contains(defaultRegion));
        QVERIFY(p->regions.contains(globalRegion));
        for (const QString &region : p->regions)
            QCOMPARE(partitionOfRegion(region).id, partition);
        // The opt-in regions are some of its regions, and its default and global regions are never opt-in.
        for (const QString &region : p->optInRegions)
            QVERIFY2(p->regions.contains(region), qPrintable(region));
        QVERIFY(p->regionsEnabledByDefault().contains(defaultRegion));
        QVERIFY(p->regionsEnabledByDefault().contains(globalRegion));
        QCOMPARE(p->regionsEnabledByDefault().size() + p->optInRegions.size(), p->regions.size());
    }

    void theRegionsEveryAccountHasEnabled()
    {
        // The seventeen regions that existed on March 20, 2019 (Osaka among them) are enabled in every aws account;
        // Cape Town, Hong Kong, Jakarta, Milan, Bahrain and the later ones must be opted into.
        const QStringList aws = partitionById(u"aws"_s)->regionsEnabledByDefault();
        QCOMPARE(aws,
            QStringList({ u"us-east-1"_s, u"us-east-2"_s, u"us-west-1"_s, u"us-west-2"_s, u"ap-south-1"_s,
                u"ap-southeast-1"_s, u"ap-southeast-2"_s, u"ap-northeast-1"_s, u"ap-northeast-2"_s, u"ap-northeast-3"_s,
                u"ca-central-1"_s, u"eu-central-1"_s, u"eu-west-1"_s, u"eu-west-2"_s, u"eu-west-3"_s, u"eu-north-1"_s,
                u"sa-east-1"_s }));
        QCOMPARE(partitionById(u"aws-us-gov"_s)->regionsEnabledByDefault(), partitionById(u"aws-us-gov"_s)->regions);
        QCOMPARE(partitionById(u"aws-cn"_s)->regionsEnabledByDefault(), partitionById(u"aws-cn"_s)->regions);
    }

    void unknownPartitionsAreNotKnown()
    {
        QVERIFY(!partitionById(u"aws-iso"_s));
        QVERIFY(!partitionById(u""_s));
        QVERIFY(!partitionById(u"AWS"_s));
        QCOMPARE(knownPartitions().size(), 3);
        QSet<QString> regions;
        for (const AwsPartition &p : knownPartitions()) {
            for (const QString &r : p.regions)
                QVERIFY2(!regions.contains(r), qPrintable(r));
            regions.unite(QSet<QString>(p.regions.cbegin(), p.regions.cend()));
        }
    }
};

QTEST_GUILESS_MAIN(TestAwsPartition)
#include "tst_awspartition.moc"
