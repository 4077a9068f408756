// OrganizationService: a whole AWS Organization onboarded through its management account's role.
#pragma once

#include "aws/awserror.h"
#include "models/account.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class AwsClients;
class DiscoveryService;
class OnboardingService;
class QTimer;
class Registry;

/// What became of one account of an organization in a verify or sync.
struct OrganizationMember
{
    /// What Onramp did with the account: a record status name ("pending", "connected", "active", "failed",
    /// "disconnected"), or one of the outcomes that stored nothing:
    static constexpr QLatin1StringView Refused { "refused" }; ///< another console user holds it (takeover)
    static constexpr QLatin1StringView Excluded { "excluded" }; ///< excluded by account or OU: never contacted
    static constexpr QLatin1StringView Separate { "separate" }; ///< this user connected it on its own already

    QString recordId; ///< the member record (or, for Separate, the user's own record); empty when none
    QString awsAccountId;
    QString name; ///< the account's name in the organization (untrusted text from AWS)
    QString status;
    int instanceCount = 0;
    int databaseCount = 0;
    QString message; ///< why pending/failed/refused/disconnected; empty when all is well

    friend bool operator==(const OrganizationMember &, const OrganizationMember &) = default;
};

/// The state of an organization onboarding: its record and every account it concerns.
struct OrganizationResult
{
    Account organization;
    QList<OrganizationMember> members; ///< the management account first, then AWS's order
};

/// Onboards an AWS Organization (cli-contract.md, "Organizations"; DESIGN.md):
/// - createPending(): an organization record (kind organization) with a fresh External ID; its template
///   (TemplateBuilder::buildOrganization*) creates the role in the management account and, through a
///   service-managed StackSet, the same role in every member account.
/// - verify(): the management account becomes a member record verified exactly as `verify` verifies a role
///   (OnboardingService::verifyRole: External-ID proof, permissions, ownership, plan); then DescribeOrganization
///   (the role's account must be the management account) and ListAccounts with the management role, and the
///   organization's accounts are reconciled (below). The exclusions given are kept for later syncs.
/// - sync(): the organization's accounts listed again and reconciled.
/// Reconciling, the rules in one place (OrganizationJob): every ACTIVE account that is not excluded (by id, or
/// beneath an excluded OU, nested OUs included) gets a member record (method iam_role, the role of the same name
/// in that account, the organization's External ID) verified and discovered as a single account; a member whose
/// role is not there yet stays pending with the reason and is retried by later syncs; an account another user
/// holds is refused for that account alone and nothing is stored for it; an account this user already connected
/// on its own is left as it is; members whose account left the organization, was closed (SUSPENDED,
/// PENDING_CLOSURE) or is now excluded are disconnected (their instances stay as history). Excluded accounts are
/// never contacted. Trial users: an organization of more than one account is refused (PlanLimitReached).
/// Members are verified at most maxConcurrentMembers() at once. Every step is audit-logged ("org.verify",
/// "org.sync", "org.member") besides the members' own verify/disconnect entries.
/// Periodic sync (the app): every live, verified organization of the session's user is synced every
/// syncIntervalMs() (0: never, the CLI); pending members are retried then, with backoff by the interval.
class OrganizationService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationService)
public:
    using ResultCallback = std::function<void(const Result<OrganizationResult> &)>;

    OrganizationService(Registry *registry, AwsClients *aws, OnboardingService *onboarding, DiscoveryService *discovery,
        QObject *parent = nullptr);
    ~OrganizationService() override;

    struct Options
    {
        int waitForRoleSecs = 0; ///< the management role: keep retrying AccessDenied this long
        bool startDiscovery = true; ///< discover each member once it is connected
        bool waitForDiscovery = false; ///< call back only when every member's discovery has ended
        /// verify(): replaces the organization's exclusions when set; sync() keeps the stored ones.
        std::optional<QStringList> excludeAccounts;
        std::optional<QStringList> excludeOus;
    };

    /// A pending organization record for \a user with a fresh External ID (plan checked as for an account).
    Result<Account> createPending(const QString &user, const QString &friendlyName = {}, const QString &region = {});
    /// Verifies the management role \a roleArnOrAccountId (a bare account id: the template's role there) of
    /// organization record \a organizationId, then connects the organization's accounts.
    void verify(const QString &user, const QString &organizationId, const QString &roleArnOrAccountId,
        const Options &options, QObject *context, ResultCallback callback);
    /// Lists the organization's accounts again and reconciles its members (see the class comment).
    void sync(const QString &user, const QString &organizationId, const Options &options, QObject *context,
        ResultCallback callback);
    /// The organization's root ids (ListRoots with the management member's role): the default targets of its
    /// template. Only once the organization has been verified; before that the user names the root (r-…).
    void roots(const QString &user, const QString &organizationId, QObject *context,
        std::function<void(const Result<QStringList> &)> callback);
    /// The organization and its member records as stored now (no AWS call).
    Result<OrganizationResult> summary(const QString &user, const QString &organizationId);
    bool isBusy(const QString &organizationId) const { return m_busy.contains(organizationId); }

    /// How many members are verified at once (default 16).
    int maxConcurrentMembers() const { return m_maxConcurrentMembers; }
    void setMaxConcurrentMembers(int n) { m_maxConcurrentMembers = qMax(1, n); }
    /// Periodic sync of \a user's live, verified organizations every \a ms (0 stops it).
    void setPeriodicSync(const QString &user, int ms);
    int syncIntervalMs() const { return m_syncMs; }

    /// The members of organization record \a organizationId (live or not), oldest first.
    Result<QList<Account>> members(const QString &organizationId);

Q_SIGNALS:
    /// A step, for progress text ("Listing the organization's accounts…").
    void stage(const QString &organizationId, const QString &text);
    /// "12 of 48 accounts": members whose verify (and discovery, when waited for) has ended, of all to connect.
    void progress(const QString &organizationId, int accountsDone, int accountsTotal);
    /// A verify or sync ended (also a periodic one); the result as stored.
    void synced(const OrganizationResult &result);
    /// A verify or sync failed before reconciling (management role, listing); the organization's record says why.
    void syncFailed(const QString &organizationId, const QString &message);

private:
    friend class OrganizationJob;
    void periodicSync();

    Registry *m_registry;
    AwsClients *m_aws;
    OnboardingService *m_onboarding;
    DiscoveryService *m_discovery;
    int m_maxConcurrentMembers = 16;
    int m_syncMs = 0;
    QString m_periodicUser;
    QTimer *m_timer = nullptr;
    QHash<QString, QPointer<QObject>> m_busy; ///< organization id -> its running job
    QHash<QString, int> m_attempts; ///< member record id -> failed verifies in a row (backoff of periodic syncs)
    QHash<QString, QDateTime> m_nextRetry; ///< member record id -> not retried by a periodic sync before
};

Q_DECLARE_METATYPE(OrganizationMember)
Q_DECLARE_METATYPE(OrganizationResult)
