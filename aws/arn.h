// Arn: an IAM role ARN, parsed and validated with one precise error per way it can be wrong.
#pragma once

#include "aws/awserror.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

/// An IAM role ARN, `arn:PARTITION:iam::ACCOUNT:role/PATH/NAME`, as a value.
///
/// Implements the ARN format of the IAM User Guide, "IAM identifiers" (section "IAM ARNs"), and the name
/// and path rules of "IAM and AWS STS quotas" (section "IAM name requirements") and of the IAM API Reference,
/// CreateRole (RoleName: 1-64 characters of `[\w+=,.@-]`; Path: 1-512 characters, `/` or `/[\x21-\x7E]+/`).
/// Only the partitions Onramp can reach are accepted: aws, aws-cn and aws-us-gov.
///
/// Every refusal is an AwsError of kind InvalidInput whose code is `InvalidArn.<Reason>` and whose
/// message (translated) says what is wrong and how to fix it.
class Arn final
{
    Q_DECLARE_TR_FUNCTIONS(Arn)

public:
    /// Longest role name IAM accepts ("IAM and AWS STS quotas": role name, 64 characters).
    static constexpr qsizetype MaxRoleNameLength = 64;
    /// Longest role path IAM accepts ("IAM and AWS STS quotas": path, 512 characters).
    static constexpr qsizetype MaxRolePathLength = 512;

    /// A null ARN (every part empty); isNull() is true.
    Arn() = default;

    /// Parses an IAM role ARN as a user pasted it: leading and trailing whitespace is ignored.
    /// Accepts `arn:{aws|aws-cn|aws-us-gov}:iam::<12 digits>:role/<path/><name>`; the resource may hold a path
    /// (`role/a/b/Name` has path `/a/b/` and name `Name`). On failure the error's code is one of
    /// InvalidArn.Empty, .BareAccountId, .MissingPrefix, .FieldCount, .UnknownPartition, .AssumedRoleSession,
    /// .NotIam, .RegionNotEmpty, .AccountIdNotDigits, .AccountIdLength, .NotRole, .RoleNameEmpty,
    /// .RoleNameTooLong, .RoleNameInvalidCharacter, .PathTooLong, .PathInvalidCharacter, .PathSlashes
    /// (and checkPartitionOfRegion()'s .PartitionMismatch).
    static Result<Arn> parseRoleArn(QStringView text);

    /// Builds a role ARN from its parts without validating them; toString() concatenates them as given.
    /// Check untrusted parts with isAccountId(), checkRoleName() and checkRolePath(), or parse the result.
    static Arn role(const QString &partition, const QString &accountId, const QString &roleName,
        const QString &path = QStringLiteral("/"));

    /// True if @p text is an AWS account id: exactly 12 ASCII digits (IAM User Guide, "Your AWS account ID").
    static bool isAccountId(QStringView text);

    /// True for the partitions Onramp accepts: aws, aws-cn, aws-us-gov (knownPartitions(); the partition of a region
    /// is partitionOfRegion(), aws/awspartition.h).
    static bool isKnownPartition(QStringView partition);

    /// Checks a role name against IAM's rules (CreateRole RoleName: 1-64 characters, letters, digits and
    /// `+=,.@_-`). Returns an error of kind None if the name is valid; otherwise InvalidArn.RoleNameEmpty,
    /// InvalidArn.RoleNameTooLong or InvalidArn.RoleNameInvalidCharacter (naming the first bad character).
    /// TemplateBuilder uses this same check for the role its template creates.
    static AwsError checkRoleName(QStringView name);

    /// Checks a role path against IAM's rules (CreateRole Path: at most 512 characters, `/` alone or
    /// `/` + characters U+0021..U+007E + `/`). Returns an error of kind None if valid; otherwise
    /// InvalidArn.PathTooLong, InvalidArn.PathInvalidCharacter or InvalidArn.PathSlashes.
    static AwsError checkRolePath(QStringView path);

    /// No error when this ARN is in the partition of \a region (partitionOfRegion()); otherwise
    /// InvalidArn.PartitionMismatch naming both partitions: STS of one partition cannot assume a role of another, and
    /// credentials of one partition are unknown in the others.
    AwsError checkPartitionOfRegion(QStringView region) const;

    /// True for a default-constructed Arn (no partition, account or name).
    bool isNull() const { return m_partition.isEmpty() && m_accountId.isEmpty() && m_roleName.isEmpty(); }
    /// "aws", "aws-cn" or "aws-us-gov".
    QString partition() const { return m_partition; }
    /// The 12-digit account that owns the role.
    QString accountId() const { return m_accountId; }
    /// The role's path: "/" or "/a/b/" (always starts and ends with '/').
    QString rolePath() const { return m_rolePath; }
    /// The role's name, without its path.
    QString roleName() const { return m_roleName; }
    /// The ARN text: `arn:<partition>:iam::<account>:role<path><name>`.
    QString toString() const;

    friend bool operator==(const Arn &, const Arn &) = default;

private:
    QString m_partition;
    QString m_accountId;
    QString m_rolePath;
    QString m_roleName;
};
