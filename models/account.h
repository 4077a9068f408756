// Value types of the domain: connected AWS accounts, their stored instances, audit entries and console users.
#pragma once

#include "aws/ec2types.h"
#include "aws/rdstypes.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <tuple>

/// How Onramp reaches a customer's AWS account.
enum class AccountMethod {
    IamRole, ///< "iam_role": a CloudFormation-created role assumed with the record's External ID
    AccessKeys, ///< "access_keys": an access key id + secret kept in the OS keychain
};

/// What a record stands for.
enum class AccountKind {
    Account, ///< "account": one AWS account (on its own, or a member of an organization record)
    Organization, ///< "organization": an AWS Organization; its accounts are member records (Account::organization)
};

/// Where an account is in its life. Transitions are validated in exactly one place:
/// Registry::canTransition() (used by Registry::setStatus() and Registry::updateAccount()).
enum class AccountStatus {
    Pending, ///< "pending": created, waiting for the customer's role (no AWS account id yet)
    Connected, ///< "connected": credentials verified, discovery not finished
    Active, ///< "active": discovery succeeded (also with zero instances)
    Failed, ///< "failed": verification or discovery failed; lastError says why
    Disconnected, ///< "disconnected": terminal; secrets deleted; frees the AWS account id for anyone
};

/// A console user's plan. Trial users may have one live account.
enum class UserPlan {
    Trial, ///< "trial"
    Standard, ///< "standard" (the default for new users)
};

/// Whether discovery may list an account's RDS databases (RDS permissions are optional: a role made from an older
/// template has none, and an SCP may deny RDS in some regions; the account is active for EC2 either way).
enum class DatabaseAccess {
    Unknown, ///< "": not checked yet
    Allowed, ///< "allowed": listed in every region
    NotPermitted, ///< "not_permitted": denied everywhere (typically a stack made before RDS discovery)
    PartlyDenied, ///< "partly_denied": denied in some regions (Account::databaseDeniedRegions), e.g. by an SCP
};

/// What a discovered resource is.
enum class ResourceKind : quint8 {
    Ec2, ///< "ec2": an EC2 instance
    Rds, ///< "rds": an RDS DB instance
};

/// The stored name ("", "allowed", "not_permitted", "partly_denied").
QString databaseAccessName(DatabaseAccess access);
/// Parses a stored name; Unknown for anything else.
DatabaseAccess databaseAccessFromName(QStringView name);

/// The contract's lower-case name ("ec2", "rds").
QString resourceKindName(ResourceKind kind);
/// Parses a contract name; std::nullopt for anything else.
std::optional<ResourceKind> resourceKindFromName(QStringView name);

/// The contract's lower-case name ("iam_role", "access_keys").
QString accountMethodName(AccountMethod method);
/// Parses a contract name; std::nullopt for anything else (case-sensitive, as stored).
std::optional<AccountMethod> accountMethodFromName(QStringView name);

/// The contract's lower-case name ("account", "organization").
QString accountKindName(AccountKind kind);
/// Parses a contract name; std::nullopt for anything else.
std::optional<AccountKind> accountKindFromName(QStringView name);

/// The contract's lower-case name ("pending", "connected", "active", "failed", "disconnected").
QString accountStatusName(AccountStatus status);
/// Parses a contract name; std::nullopt for anything else.
std::optional<AccountStatus> accountStatusFromName(QStringView name);

/// The contract's lower-case name ("trial", "standard").
QString userPlanName(UserPlan plan);
/// Parses a contract name; std::nullopt for anything else.
std::optional<UserPlan> userPlanFromName(QStringView name);

/// One connected (or being connected, or formerly connected) AWS account, as the registry stores it.
/// Holds no secret: an access-key account's secret lives in the keychain under keychainRef.
struct Account
{
    QString id; ///< uuid without braces, assigned by Registry::createAccount() when empty
    QString owner; ///< console user name (team mode: the PostgreSQL role)
    QString awsAccountId; ///< 12 digits; empty while pending
    QString friendlyName;
    AccountMethod method = AccountMethod::IamRole;
    QString roleArn; ///< IamRole: the role assumed; AccessKeys: empty
    QString externalId; ///< IamRole: the External ID the trust policy requires (not a secret; shown in the template)
    QString region; ///< home region for STS and the default for discovery
    AccountStatus status = AccountStatus::Pending;
    QDateTime lastValidatedAt; ///< UTC; null until verified once
    QString lastError; ///< user-facing text of the last failure; empty when none
    QString keychainRef; ///< SecretStore key of the access-key secret; empty for IamRole
    QDateTime createdAt; ///< UTC, set by the registry
    QDateTime updatedAt; ///< UTC, set by the registry
    int instanceCount = 0; ///< read-only: computed by the registry (an organization: all its members')
    int databaseCount = 0; ///< read-only: the RDS databases not deleted, like instanceCount

    // --- RDS ---------------------------------------------------------------------------------------------
    /// Set by discovery: whether the role may list the account's RDS databases.
    DatabaseAccess databaseAccess = DatabaseAccess::Unknown;
    /// PartlyDenied: the regions where listing databases was denied.
    QStringList databaseDeniedRegions;

    // --- AWS Organizations -------------------------------------------------------------------------------
    AccountKind kind = AccountKind::Account;
    /// A member record: the id of the organization record that made it; empty for every other record.
    QString organization;
    /// An organization record: the organization's id ("o-…"), empty until its management role is verified.
    /// Its roleArn is the management account's role, whose name every member's role shares.
    QString awsOrganizationId;
    /// An organization record: the management account (it is also a member record of the organization).
    QString managementAccountId;
    /// An organization record: accounts and OUs (nested OUs included) never connected nor contacted.
    QStringList excludedAccounts;
    QStringList excludedOus;

    bool isOrganization() const { return kind == AccountKind::Organization; }

    /// Live accounts hold their AWS account id exclusively (see the registry's ownership index).
    bool isLive() const { return status != AccountStatus::Disconnected; }

    friend bool operator==(const Account &, const Account &) = default;
};

/// One EC2 instance or RDS database of an account as stored and shown: the fields of `onrampctl instances` plus
/// bookkeeping. A database (kind Rds) uses the shared fields as the contract's RDS line does (instanceId and name =
/// DBInstanceIdentifier, state = DBInstanceStatus, instanceType = DBInstanceClass, launchTime = InstanceCreateTime,
/// cluster = DBClusterIdentifier) plus its own (engine, engineVersion, multiAz, storageGb); its key is resourceId.
struct StoredInstance
{
    /// The state of a database no longer listed: it stays in the registry as history.
    static constexpr QLatin1StringView DeletedState { "deleted" };

    ResourceKind kind = ResourceKind::Ec2; ///< "kind"
    QString accountId;
    QString instanceId; ///< "instance_id"
    QString region; ///< "region"
    QString availabilityZone; ///< "availability_zone"
    QString state; ///< "state": pending|running|shutting-down|terminated|stopping|stopped
    QString instanceType; ///< "instance_type"
    QString lifecycle; ///< "lifecycle": "spot" | "on-demand"
    QString privateIp; ///< "private_ip" (may be empty)
    QString publicIp; ///< "public_ip" (may be empty)
    QDateTime launchTime; ///< "launch_time", UTC
    QString name; ///< "name": the Name tag, or empty
    QString cluster; ///< "cluster": see clusterFromTags()
    QList<Ec2Tag> tags; ///< "tags", in AWS's order
    QString health; ///< from DescribeInstanceStatus (e.g. "ok", "impaired"); empty when unknown
    QDateTime firstSeen; ///< UTC: the first discovery that listed it
    QDateTime lastSeen; ///< UTC: the last discovery that listed it
    // RDS databases only (empty, false, 0 for EC2):
    QString resourceId; ///< DbiResourceId: a database's key (kept when it is renamed, new when re-created)
    QString engine; ///< "engine"
    QString engineVersion; ///< "engine_version"
    bool multiAz = false; ///< "multi_az"
    int storageGb = 0; ///< "storage_gb"

    bool isDatabase() const { return kind == ResourceKind::Rds; }
    /// What identifies it within its account: the instance id of an EC2 instance, the resourceId of a database.
    const QString &key() const { return kind == ResourceKind::Rds ? resourceId : instanceId; }

    /// The stored form of \a database found in \a region by the discovery at \a seenAt (firstSeen = lastSeen =
    /// seenAt). A database AWS described without DbiResourceId is keyed by "<region>/<identifier>".
    static StoredInstance fromRds(
        const QString &accountId, const QString &region, const RdsDbInstance &database, const QDateTime &seenAt);

    /// What AWS describes about a database (kind Rds), as a tuple of references: the identifier, region,
    /// availabilityZone, state, instanceType, engine, engineVersion, multiAz, storageGb, launchTime, name, cluster,
    /// tags. The one list of them for whatever decides whether a database changed (the registry's merge, the
    /// item model's fingerprint). Not among them: the key (accountId, resourceId) and first/last seen.
    template <typename Self> static auto databaseFieldsOf(Self &d)
    {
        return std::tie(d.instanceId, d.region, d.availabilityZone, d.state, d.instanceType, d.engine, d.engineVersion,
            d.multiAz, d.storageGb, d.launchTime, d.name, d.cluster, d.tags);
    }
    auto databaseFields() const { return databaseFieldsOf(*this); }

    /// The stored form of \a instance found in \a region by the discovery at \a seenAt
    /// (name, cluster and lifecycle derived; health empty; firstSeen = lastSeen = seenAt).
    static StoredInstance fromEc2(
        const QString &accountId, const QString &region, const Ec2Instance &instance, const QDateTime &seenAt);

    /// The cluster an instance belongs to, from its tags, first match wins:
    /// `aws:eks:cluster-name`, `eks:cluster-name`, `kubernetes.io/cluster/<name>` (the name is in the key),
    /// `aws:ecs:clusterName`, `aws:autoscaling:groupName`. Empty when none applies.
    static QString clusterFromTags(const QList<Ec2Tag> &tags);

    /// The fields AWS describes about \a instance (a StoredInstance, const or not), as a tuple of references:
    /// region, availabilityZone, state, instanceType, lifecycle, privateIp, publicIp, launchTime, name, cluster,
    /// tags (name, cluster and lifecycle are derived from what AWS describes, see fromEc2()). The one list of
    /// them for whatever decides whether an instance changed: describesSameAs() and Registry::mergeInstances()
    /// use it (and so should the instance view's fingerprint). Not among them: the key (accountId, instanceId)
    /// and bookkeeping (health, firstSeen, lastSeen).
    template <typename Self> static auto describedFieldsOf(Self &instance)
    {
        return std::tie(instance.region, instance.availabilityZone, instance.state, instance.instanceType,
            instance.lifecycle, instance.privateIp, instance.publicIp, instance.launchTime, instance.name,
            instance.cluster, instance.tags);
    }
    /// describedFieldsOf() this instance; tuples compare with ==.
    auto describedFields() const { return describedFieldsOf(*this); }
    /// describedFieldsOf() this instance, for writing (e.g. to fill them from stored values).
    auto describedFields() { return describedFieldsOf(*this); }
    /// Calls \a visit(field) for each of describedFields() in order. A field is a `QString`, a `QDateTime` or a
    /// `QList<Ec2Tag>` (const when this instance is); give \a visit an overload for each, so that a field of a
    /// new type does not compile until every visitor handles it.
    template <typename Visit> void forEachDescribedField(Visit &&visit) const
    {
        std::apply([&visit](const auto &...field) { (visit(field), ...); }, describedFields());
    }
    /// forEachDescribedField() for writing.
    template <typename Visit> void forEachDescribedField(Visit &&visit)
    {
        std::apply([&visit](auto &...field) { (visit(field), ...); }, describedFields());
    }

    /// True when the instance id and every one of describedFields() are equal. Health and first/last seen are
    /// bookkeeping and not compared.
    bool describesSameAs(const StoredInstance &other) const;

    friend bool operator==(const StoredInstance &, const StoredInstance &) = default;
};

/// One audit-log row: who did what to which account, when, and how it ended. Never holds a secret.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; ///< UTC
    QString user; ///< console user
    QString action; ///< e.g. "create", "verify", "connect-keys", "discover", "disconnect", "set-plan"
    QString accountId; ///< empty when the action concerns no account
    QString outcome; ///< e.g. "ok", "refused", "failed"
    QString detail; ///< free text for people; callers must not put secrets here

    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

/// A console user: a row per person using this registry (team mode: per PostgreSQL role).
struct ConsoleUser
{
    QString name;
    UserPlan plan = UserPlan::Standard;
    QDateTime createdAt; ///< UTC

    friend bool operator==(const ConsoleUser &, const ConsoleUser &) = default;
};

Q_DECLARE_METATYPE(Account)
Q_DECLARE_METATYPE(StoredInstance)
