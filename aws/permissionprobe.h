// The IAM actions Onramp needs, in one place: the template grants them and the probe checks them.
#pragma once

#include <QByteArray>
#include <QList>

/// The read-only EC2 actions discovery calls. Each supports DryRun, so Ec2Client::probePermissions() can check
/// them without side effects (EC2 API Reference, "DryRun" common parameter). This list is the only place the
/// actions are named: TemplateBuilder grants exactly these (no wildcard: ec2:Describe* would include
/// DescribeInstanceAttribute, which returns user data), the probe checks them, the wizard's advice and the tests
/// read them from here.
struct RequiredAction
{
    QByteArray iamAction; ///< "ec2:DescribeInstances"
    QByteArray apiAction; ///< "DescribeInstances" (the Query protocol Action)
};

inline QList<RequiredAction> requiredEc2Actions()
{
    return {
        { QByteArrayLiteral("ec2:DescribeRegions"), QByteArrayLiteral("DescribeRegions") },
        { QByteArrayLiteral("ec2:DescribeInstances"), QByteArrayLiteral("DescribeInstances") },
        { QByteArrayLiteral("ec2:DescribeInstanceStatus"), QByteArrayLiteral("DescribeInstanceStatus") },
    };
}
