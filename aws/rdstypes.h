// Plain value types for what Amazon RDS returns: DB instances page by page.
#pragma once

#include "aws/ec2types.h"

#include <QDateTime>
#include <QList>
#include <QString>

/// One RDS DB instance as DescribeDBInstances describes it (RDS API Reference: DBInstance).
struct RdsDbInstance
{
    QString identifier; ///< DBInstanceIdentifier: "orders-db" (unique per account and region; can be renamed)
    QString resourceId; ///< DbiResourceId: "db-ABCDEFGHIJKLMNOPQRSTUVWXY0" (immutable; empty when AWS omits it)
    QString arn; ///< DBInstanceArn
    QString instanceClass; ///< DBInstanceClass: "db.m5.large"
    QString engine; ///< "postgres", "aurora-mysql", ...
    QString engineVersion; ///< "15.4"
    QString status; ///< DBInstanceStatus: available|creating|deleting|stopped|...
    QString availabilityZone; ///< empty while creating
    bool multiAz = false; ///< MultiAZ
    int allocatedStorageGb = 0; ///< AllocatedStorage (GiB; Aurora reports 1)
    QString storageType; ///< "gp3", "io1", "aurora", ...
    QDateTime createTime; ///< InstanceCreateTime, UTC; invalid while creating
    QString clusterIdentifier; ///< DBClusterIdentifier (Aurora members), else empty
    QString endpointAddress; ///< Endpoint/Address, empty while creating
    QList<Ec2Tag> tags; ///< TagList, in AWS's order

    friend bool operator==(const RdsDbInstance &, const RdsDbInstance &) = default;
};

/// One page of DescribeDBInstances and the Marker for the next (empty on the last page).
struct RdsDbInstancePage
{
    QList<RdsDbInstance> databases;
    QString marker;
    QString requestId;
};
