// AwsPartition: the partitions' table and the choice of a partition from a region.
#include "aws/awspartition.h"

using namespace Qt::StringLiterals;

const QList<AwsPartition> &knownPartitions()
{
    static const QList<AwsPartition> partitions = {
        { u"aws"_s, u"AWS"_s, u"amazonaws.com"_s, u"console.aws.amazon.com"_s, u"us-east-1"_s, u"us-east-1"_s,
            { u"us-east-1"_s, u"us-east-2"_s, u"us-west-1"_s, u"us-west-2"_s, u"af-south-1"_s, u"ap-east-1"_s,
                u"ap-south-1"_s, u"ap-south-2"_s, u"ap-southeast-1"_s, u"ap-southeast-2"_s, u"ap-southeast-3"_s,
                u"ap-southeast-4"_s, u"ap-northeast-1"_s, u"ap-northeast-2"_s, u"ap-northeast-3"_s, u"ca-central-1"_s,
                u"ca-west-1"_s, u"eu-central-1"_s, u"eu-central-2"_s, u"eu-west-1"_s, u"eu-west-2"_s, u"eu-west-3"_s,
                u"eu-south-1"_s, u"eu-south-2"_s, u"eu-north-1"_s, u"il-central-1"_s, u"me-south-1"_s,
                u"me-central-1"_s, u"sa-east-1"_s },
            { u"af-south-1"_s, u"ap-east-1"_s, u"ap-south-2"_s, u"ap-southeast-3"_s, u"ap-southeast-4"_s,
                u"ca-west-1"_s, u"eu-central-2"_s, u"eu-south-1"_s, u"eu-south-2"_s, u"il-central-1"_s, u"me-south-1"_s,
                u"me-central-1"_s } },
        { u"aws-us-gov"_s, u"AWS GovCloud (US)"_s, u"amazonaws.com"_s, u"console.amazonaws-us-gov.com"_s,
            u"us-gov-west-1"_s, u"us-gov-west-1"_s, { u"us-gov-west-1"_s, u"us-gov-east-1"_s } },
        { u"aws-cn"_s, u"AWS China"_s, u"amazonaws.com.cn"_s, u"console.amazonaws.cn"_s, u"cn-northwest-1"_s,
            u"cn-north-1"_s, { u"cn-north-1"_s, u"cn-northwest-1"_s } },
    };
    return partitions;
}

const AwsPartition &partitionOfRegion(QStringView region)
{
    const QList<AwsPartition> &all = knownPartitions();
    if (region.startsWith(u"us-gov-"))
        return all.at(1);
    if (region.startsWith(u"cn-"))
        return all.at(2);
    return all.at(0);
}

const AwsPartition *partitionById(QStringView id)
{
    for (const AwsPartition &p : knownPartitions()) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QStringList AwsPartition::regionsEnabledByDefault() const
{
    QStringList enabled;
    for (const QString &region : regions) {
        if (!optInRegions.contains(region))
            enabled.append(region);
    }
    return enabled;
}

QString AwsPartition::trustedAccountVariable() const
{
    return u"ONRAMP_TRUSTED_ACCOUNT_"_s + id.toUpper().replace(u'-', u'_');
}
