// The IAM actions Onramp needs, in one place: the template grants them and the probe checks them.
#pragma once

#include "aws/awserror.h"

#include <QByteArray>
#include <QList>

/// The read-only EC2 actions discovery calls; an account connects only when all are allowed. Each supports DryRun, so
/// Ec2Client::probePermissions() can check them without side effects (EC2 API Reference, "DryRun" common parameter).
/// This list and optionalRdsActions() are the only place the actions are named: TemplateBuilder grants exactly
/// discoveryActions() (no wildcard: ec2:Describe* would include DescribeInstanceAttribute, which returns user data),
/// the probes check them, the wizard's advice and the tests read them from here.
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

/// The read-only RDS actions discovery calls. Optional: a role made from a template older than RDS discovery lacks
/// them and still connects (its databases show as "not permitted"). RDS has no DryRun: RdsClient::probePermission()
/// makes the smallest real call. Tags come in DescribeDBInstances' TagList (since 2019), so rds:ListTagsForResource
/// is not needed.
inline QList<RequiredAction> optionalRdsActions()
{
    return {
        { QByteArrayLiteral("rds:DescribeDBInstances"), QByteArrayLiteral("DescribeDBInstances") },
    };
}

/// Every action the discovery role is granted: requiredEc2Actions() then optionalRdsActions().
inline QList<RequiredAction> discoveryActions()
{
    return requiredEc2Actions() + optionalRdsActions();
}

/// The outcome of probing one action.
struct PermissionCheck
{
    QByteArray iamAction; ///< "ec2:DescribeInstances"
    bool allowed = false;
    AwsError error; ///< why not allowed (an AccessDenied kind of error, or a transport error)
};
