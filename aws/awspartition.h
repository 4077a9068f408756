// AwsPartition: what differs between the AWS partitions Onramp reaches (aws, aws-us-gov, aws-cn), chosen from a region.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

/// One AWS partition as Onramp uses it (AWS General Reference, "Amazon Resource Names (ARNs)" partitions; "Service
/// endpoints"; AWS GovCloud (US) User Guide, "Service endpoints"; Amazon Web Services in China, "Endpoints and
/// ARNs"). Every rule that depends on the partition reads it from here: the ARN partition, the endpoints' DNS suffix,
/// the console host of quick-create links, the signing region of a partition's global endpoint (Organizations), the
/// default home region and the region list of the wizard.
struct AwsPartition
{
    QString id; ///< the ARN partition: "aws", "aws-us-gov" or "aws-cn"
    QString name; ///< what AWS calls it: "AWS", "AWS GovCloud (US)", "AWS China"
    QString dnsSuffix; ///< "amazonaws.com" or "amazonaws.com.cn"
    QString consoleHost; ///< "console.aws.amazon.com", "console.amazonaws-us-gov.com" or "console.amazonaws.cn"
    QString globalRegion; ///< the region of the partition's global endpoints: us-east-1, us-gov-west-1, cn-northwest-1
    QString defaultRegion; ///< the home region when none is chosen: us-east-1, us-gov-west-1, cn-north-1
    QStringList regions; ///< the partition's public regions (as of this release; discovery asks DescribeRegions)
    /// Those of \a regions an account has to enable before using them (AWS Account Management Reference Guide,
    /// "Enable or disable AWS Regions in your account": the regions introduced after March 20, 2019).
    QStringList optInRegions = {};

    /// \a regions less \a optInRegions: enabled in every account, and cannot be disabled. A discovery opens its
    /// connections to these before DescribeRegions has answered (DiscoveryService::preconnect()).
    QStringList regionsEnabledByDefault() const;

    /// "ONRAMP_TRUSTED_ACCOUNT_AWS", "ONRAMP_TRUSTED_ACCOUNT_AWS_US_GOV" or "ONRAMP_TRUSTED_ACCOUNT_AWS_CN": the
    /// setting that names the console's own AWS account in this partition (AwsClients::configuredTrustedAccount()).
    QString trustedAccountVariable() const;

    friend bool operator==(const AwsPartition &, const AwsPartition &) = default;
};

/// The partition \a region belongs to: `us-gov-*` -> aws-us-gov, `cn-*` -> aws-cn, anything else -> aws. The one
/// place a partition is chosen from a region.
const AwsPartition &partitionOfRegion(QStringView region);

/// The partition whose ARN partition is \a id, or nullptr when Onramp does not know it.
const AwsPartition *partitionById(QStringView id);

/// aws, aws-us-gov and aws-cn, in that order.
const QList<AwsPartition> &knownPartitions();
