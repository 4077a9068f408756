// Plain value types for what EC2 and STS return: instances, regions, statuses, identities, credentials.
#pragma once

#include "aws/secretbytes.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

/// One resource tag, in the order AWS returned it.
struct Ec2Tag
{
    QString key;
    QString value;
    friend bool operator==(const Ec2Tag &, const Ec2Tag &) = default;
};

/// One EC2 instance as DescribeInstances describes it (EC2 API Reference: Instance).
struct Ec2Instance
{
    QString instanceId; ///< i-0123456789abcdef0
    QString instanceType; ///< m5.large
    QString state; ///< instanceState/name: pending|running|shutting-down|terminated|stopping|stopped
    QString availabilityZone; ///< placement/availabilityZone
    QString privateIp; ///< privateIpAddress (may be empty)
    QString publicIp; ///< ipAddress (may be empty)
    QDateTime launchTime; ///< UTC
    bool spot = false; ///< instanceLifecycle == "spot" (absent means on-demand; "scheduled" is not spot)
    QString imageId;
    QString vpcId;
    QString platform; ///< platformDetails, e.g. "Linux/UNIX"
    QList<Ec2Tag> tags;

    QString lifecycle() const { return spot ? QStringLiteral("spot") : QStringLiteral("on-demand"); }
    /// The value of the "Name" tag, or empty.
    QString name() const;
    /// The value of tag \a key, or a null QString when absent.
    QString tag(const QString &key) const;

    friend bool operator==(const Ec2Instance &, const Ec2Instance &) = default;
};

/// One page of DescribeInstances: the instances of all its reservations, flattened, and the token for the next.
struct Ec2InstancePage
{
    QList<Ec2Instance> instances;
    QString nextToken; ///< empty on the last page
    QString requestId;
};

/// One region from DescribeRegions.
struct Ec2Region
{
    QString name; ///< us-east-1
    QString endpoint; ///< ec2.us-east-1.amazonaws.com
    QString optInStatus; ///< opt-in-not-required | opted-in | not-opted-in
    friend bool operator==(const Ec2Region &, const Ec2Region &) = default;
};

/// Health of one instance from DescribeInstanceStatus.
struct Ec2InstanceStatus
{
    QString instanceId;
    QString state; ///< instanceState/name
    QString systemStatus; ///< systemStatus/status: ok|impaired|insufficient-data|not-applicable|initializing
    QString instanceStatus; ///< instanceStatus/status
    friend bool operator==(const Ec2InstanceStatus &, const Ec2InstanceStatus &) = default;
};

struct Ec2InstanceStatusPage
{
    QList<Ec2InstanceStatus> statuses;
    QString nextToken;
    QString requestId;
};

/// STS GetCallerIdentity result.
struct CallerIdentity
{
    QString account; ///< 12 digits
    QString arn;
    QString userId;
    friend bool operator==(const CallerIdentity &, const CallerIdentity &) = default;
};

/// STS AssumeRole result. The secret lives here only until moved into a Credentials object.
struct AssumedRole
{
    QString accessKeyId;
    SecretBytes secretAccessKey; ///< set with SecretBytes::fromString(); wiped when this dies
    QString sessionToken;
    QDateTime expiration; ///< UTC
    QString assumedRoleArn; ///< AssumedRoleUser/Arn
    QString assumedRoleId;
};

Q_DECLARE_METATYPE(Ec2Instance)
