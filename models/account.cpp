// Name conversions of the domain enums and the derivations of StoredInstance.
#include "models/account.h"

#include <array>
#include <utility>

namespace {

// One table per enum keeps the contract's names in one place for both directions.
constexpr std::array<std::pair<AccountMethod, QLatin1StringView>, 2> kMethodNames { {
    { AccountMethod::IamRole, QLatin1StringView("iam_role") },
    { AccountMethod::AccessKeys, QLatin1StringView("access_keys") },
} };

constexpr std::array<std::pair<AccountKind, QLatin1StringView>, 2> kKindNames { {
    { AccountKind::Account, QLatin1StringView("account") },
    { AccountKind::Organization, QLatin1StringView("organization") },
} };

constexpr std::array<std::pair<AccountStatus, QLatin1StringView>, 5> kStatusNames { {
    { AccountStatus::Pending, QLatin1StringView("pending") },
    { AccountStatus::Connected, QLatin1StringView("connected") },
    { AccountStatus::Active, QLatin1StringView("active") },
    { AccountStatus::Failed, QLatin1StringView("failed") },
    { AccountStatus::Disconnected, QLatin1StringView("disconnected") },
} };

constexpr std::array<std::pair<UserPlan, QLatin1StringView>, 2> kPlanNames { {
    { UserPlan::Trial, QLatin1StringView("trial") },
    { UserPlan::Standard, QLatin1StringView("standard") },
} };

constexpr std::array<std::pair<DatabaseAccess, QLatin1StringView>, 4> kDatabaseAccessNames { {
    { DatabaseAccess::Unknown, QLatin1StringView("") },
    { DatabaseAccess::Allowed, QLatin1StringView("allowed") },
    { DatabaseAccess::NotPermitted, QLatin1StringView("not_permitted") },
    { DatabaseAccess::PartlyDenied, QLatin1StringView("partly_denied") },
} };

constexpr std::array<std::pair<ResourceKind, QLatin1StringView>, 2> kResourceKindNames { {
    { ResourceKind::Ec2, QLatin1StringView("ec2") },
    { ResourceKind::Rds, QLatin1StringView("rds") },
} };

template <typename Enum, size_t N>
QString nameOf(const std::array<std::pair<Enum, QLatin1StringView>, N> &table, Enum value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString(name);
    }
    return QString();
}

template <typename Enum, size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, QLatin1StringView>, N> &table, QStringView name)
{
    for (const auto &[v, n] : table) {
        if (name == n)
            return v;
    }
    return std::nullopt;
}

} // namespace

QString databaseAccessName(DatabaseAccess access)
{
    return nameOf(kDatabaseAccessNames, access);
}

DatabaseAccess databaseAccessFromName(QStringView name)
{
    return valueOf(kDatabaseAccessNames, name).value_or(DatabaseAccess::Unknown);
}

QString resourceKindName(ResourceKind kind)
{
    return nameOf(kResourceKindNames, kind);
}

std::optional<ResourceKind> resourceKindFromName(QStringView name)
{
    return valueOf(kResourceKindNames, name);
}

QString accountMethodName(AccountMethod method)
{
    return nameOf(kMethodNames, method);
}

std::optional<AccountMethod> accountMethodFromName(QStringView name)
{
    return valueOf(kMethodNames, name);
}

QString accountKindName(AccountKind kind)
{
    return nameOf(kKindNames, kind);
}

std::optional<AccountKind> accountKindFromName(QStringView name)
{
    return valueOf(kKindNames, name);
}

QString accountStatusName(AccountStatus status)
{
    return nameOf(kStatusNames, status);
}

std::optional<AccountStatus> accountStatusFromName(QStringView name)
{
    return valueOf(kStatusNames, name);
}

QString userPlanName(UserPlan plan)
{
    return nameOf(kPlanNames, plan);
}

std::optional<UserPlan> userPlanFromName(QStringView name)
{
    return valueOf(kPlanNames, name);
}

StoredInstance StoredInstance::fromEc2(
    const QString &accountId, const QString &region, const Ec2Instance &instance, const QDateTime &seenAt)
{
    StoredInstance s;
    s.accountId = accountId;
    s.instanceId = instance.instanceId;
    s.region = region;
    s.availabilityZone = instance.availabilityZone;
    s.state = instance.state;
    s.instanceType = instance.instanceType;
    s.lifecycle = instance.lifecycle();
    s.privateIp = instance.privateIp;
    s.publicIp = instance.publicIp;
    s.launchTime = instance.launchTime.toUTC();
    s.name = instance.name();
    s.cluster = clusterFromTags(instance.tags);
    s.tags = instance.tags;
    s.firstSeen = seenAt.toUTC();
    s.lastSeen = s.firstSeen;
    return s;
}

StoredInstance StoredInstance::fromRds(
    const QString &accountId, const QString &region, const RdsDbInstance &database, const QDateTime &seenAt)
{
    StoredInstance s;
    s.kind = ResourceKind::Rds;
    s.accountId = accountId;
    s.instanceId = database.identifier;
    s.resourceId
        = database.resourceId.isEmpty() ? region + QLatin1Char('/') + database.identifier : database.resourceId;
    s.region = region;
    s.availabilityZone = database.availabilityZone;
    s.state = database.status;
    s.instanceType = database.instanceClass;
    s.launchTime = database.createTime.toUTC();
    s.name = database.identifier;
    s.cluster = database.clusterIdentifier;
    s.tags = database.tags;
    s.engine = database.engine;
    s.engineVersion = database.engineVersion;
    s.multiAz = database.multiAz;
    s.storageGb = database.allocatedStorageGb;
    s.firstSeen = seenAt.toUTC();
    s.lastSeen = s.firstSeen;
    return s;
}

QString StoredInstance::clusterFromTags(const QList<Ec2Tag> &tags)
{
    // Priority is by rule, not by tag order: an EKS node is also in an autoscaling group, and the EKS
    // cluster is the more useful answer.
    static const QLatin1StringView kEksAws("aws:eks:cluster-name");
    static const QLatin1StringView kEks("eks:cluster-name");
    static const QLatin1StringView kK8sPrefix("kubernetes.io/cluster/");
    static const QLatin1StringView kEcs("aws:ecs:clusterName");
    static const QLatin1StringView kAsg("aws:autoscaling:groupName");

    auto valueOf = [&tags](QLatin1StringView key) -> QString {
        for (const Ec2Tag &t : tags) {
            if (t.key == key && !t.value.isEmpty())
                return t.value;
        }
        return QString();
    };

    if (QString v = valueOf(kEksAws); !v.isEmpty())
        return v;
    if (QString v = valueOf(kEks); !v.isEmpty())
        return v;
    for (const Ec2Tag &t : tags) {
        // kubernetes.io/cluster/<name> = owned|shared: the cluster name is the key's last segment.
        if (t.key.startsWith(kK8sPrefix) && t.key.size() > kK8sPrefix.size())
            return t.key.mid(kK8sPrefix.size());
    }
    if (QString v = valueOf(kEcs); !v.isEmpty())
        return v;
    return valueOf(kAsg);
}

bool StoredInstance::describesSameAs(const StoredInstance &o) const
{
    return instanceId == o.instanceId && describedFields() == o.describedFields();
}
