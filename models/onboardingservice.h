// OnboardingService: the two ways to connect an AWS account, the rules around them, and disconnecting.
#pragma once

#include "aws/credentialsprovider.h"
#include "aws/templatebuilder.h"
#include "models/account.h"

#include <QHash>
#include <QObject>

#include <functional>

class AwsClients;
class DiscoveryService;
class Registry;
class SecretStore;

/// Connects AWS accounts for a console user (DESIGN.md, "The flows as data"):
/// - CloudFormation: createPending() makes a pending record with a fresh External ID; templateFor() gives its
///   template; verifyRole() parses the Role ARN (or a bare account id), assumes the role with the External ID
///   (retrying AccessDenied while the stack and IAM settle, up to waitForRoleSecs), takes the account id from
///   the assumed identity, probes the permissions discovery needs, checks ownership, and stores the record as
///   connected — then starts discovery.
/// - Access keys: connectKeys() checks the key id and secret shapes before any network call, validates them
///   with GetCallerIdentity, checks ownership and the plan, writes the secret to the keychain (only there),
///   then upserts: a re-connect updates the user's record, a pending placeholder is upgraded, else a new one.
/// Ownership: an AWS account has one owner among live accounts; another user is refused with
/// "AWS account 123456789012 is already connected to a different user." and nothing of theirs is stored (the
/// database's unique index backs the check against races). Trial users may hold one live account.
/// Every connect, verify, disconnect and re-validate is audit-logged; secrets never are.
class OnboardingService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnboardingService)
public:
    using AccountCallback = std::function<void(const Result<Account> &)>;

    OnboardingService(Registry *registry, SecretStore *secrets, AwsClients *aws, DiscoveryService *discovery,
        QObject *parent = nullptr);

    /// Role name the template creates (and a bare account id in verifyRole() refers to).
    static QString defaultRoleName() { return QStringLiteral("OnrampDiscoveryRole"); }
    /// "onramp-" + 32 hex digits of OpenSSL RAND_bytes (128 bits).
    static QString newExternalId();
    /// AKIA/ASIA + 16 upper-case letters or digits.
    static bool isValidAccessKeyId(QStringView keyId);
    /// 40 characters of [A-Za-z0-9/+=].
    static bool isValidSecretShape(QByteArrayView secret);
    /// The IAM actions Onramp calls (requiredEc2Actions()), as a list for people: "a, b and c" in the locale.
    static QString requiredActionList();

    /// A pending CloudFormation record for \a user with a fresh External ID.
    Result<Account> createPending(const QString &user, const QString &friendlyName = {}, const QString &region = {});
    /// The template options for pending record \a accountId, trusting \a trustedAccountId.
    Result<TemplateOptions> templateOptions(
        const QString &user, const QString &accountId, const QString &trustedAccountId, const QString &roleName = {});
    /// The console identity's account id (GetCallerIdentity), the default trusted account of templates.
    void consoleAccountId(QObject *context, std::function<void(const Result<QString> &)> callback);
    /// The account templates of a record homed in \a region trust by default: the console's account configured for
    /// that region's partition (AwsClients::configuredTrustedAccount()), else the console identity's own account,
    /// asked of STS in \a region (GetCallerIdentity signed for \a region at its partition's regional endpoint).
    void defaultTrustedAccount(
        const QString &region, QObject *context, std::function<void(const Result<QString> &)> callback);

    struct VerifyOptions
    {
        int waitForRoleSecs = 0; ///< keep retrying AccessDenied this long (stack/IAM propagation)
        bool startDiscovery = true;
    };
    /// Verifies \a roleArnOrAccountId for record \a accountId of \a user and connects it.
    void verifyRole(const QString &user, const QString &accountId, const QString &roleArnOrAccountId,
        const VerifyOptions &options, QObject *context, AccountCallback callback);
    /// Connects with access keys. \a secret is moved in and wiped when done.
    void connectKeys(const QString &user, const QString &accessKeyId, SecretBytes secret, const QString &region,
        const QString &friendlyName, QObject *context, AccountCallback callback, bool startDiscovery = true);
    /// Re-runs the checks of an existing account (role: AssumeRole + probe; keys: GetCallerIdentity), then
    /// discovery.
    void revalidate(const QString &user, const QString &accountId, QObject *context, AccountCallback callback);
    /// Status disconnected, the keychain entry deleted, an audit entry. Instances are kept as history (shown
    /// for a disconnected account, never refreshed); a new connect of the same AWS account starts afresh.
    /// An organization record: every live member record it made is disconnected first, then the record.
    void disconnect(const QString &user, const QString &accountId, QObject *context, AccountCallback callback);
    /// Credentials to act as account \a account (assumed role, or keys read from the keychain).
    void accountCredentials(
        const Account &account, QObject *context, std::function<void(const Result<CredentialsProviderPtr> &)> callback);
    /// Gives record \a accountId of \a user the friendly name \a name (trimmed; empty clears it), audited as
    /// "rename". Unchanged names write nothing.
    Result<Account> rename(const QString &user, const QString &accountId, const QString &name);
    /// Starts discovery of \a account now (re-run).
    void discover(const QString &user, const QString &accountId, QObject *context, AccountCallback callback);

Q_SIGNALS:
    /// A step of a flow, for progress text ("Verifying…", "Waiting for the stack…").
    void stage(const QString &accountId, const QString &text);
    void accountChanged(const Account &account);

private:
    friend class ConnectKeysJob;
    friend class VerifyRoleJob;
    friend class OrganizationJob;
    friend class OrganizationService;
    /// The console identity's account, from GetCallerIdentity signed for \a region.
    void callerAccount(const QString &region, QObject *context, std::function<void(const Result<QString> &)> callback);
    /// A new pending record of \a kind (the plan checked, a fresh External ID, audited as "create").
    Result<Account> createRecord(
        const QString &user, const QString &friendlyName, const QString &region, AccountKind kind);
    /// The trial rule for an organization: \a accounts accounts to connect at once (PlanLimitReached when the
    /// plan allows fewer). The one account rule of checkPlan(), for a whole organization.
    Result<void> checkOrganizationPlan(const QString &user, int accounts);
    /// "Record X is an AWS Organization": refused by the single-account flows (verify, discover).
    static AwsError organizationRecordError(const QString &accountId);
    void disconnectRecord(const QString &user, const QString &accountId, QObject *context, AccountCallback callback);
    void disconnectMembers(const QString &user, const QString &organizationId, QStringList members, QObject *context,
        AccountCallback callback);
    static AwsError domainError(
        QLatin1StringView code, const QString &message, AwsError::Kind kind = AwsError::Kind::Service);
    /// RoleRequestSessionName of this record's AssumeRole calls: "onramp-" + the record id's first 8 characters.
    static QString sessionNameFor(const Account &account);
    Result<Account> ownAccount(const QString &user, const QString &accountId);
    AwsError takeoverError(const QString &awsAccountId) const;
    /// The ownership rule, in one place: may \a user hold AWS account \a awsAccountId? Refused (takeoverError)
    /// when another user holds it live; else this user's own live record of it, if any. A database error is
    /// reported, never read as "free". The database's unique index still decides a race (storeError()).
    Result<std::optional<Account>> claim(const QString &user, const QString &awsAccountId);
    /// A store the unique index refused reads as the same takeover refusal as claim()'s.
    AwsError storeError(const AwsError &error, const QString &awsAccountId) const;
    Result<void> checkPlan(const QString &user, const QString &exceptRecordId, const QString &exceptAwsAccountId);
    void audit(const QString &user, const QString &action, const QString &accountId, const QString &outcome,
        const QString &detail);
    Result<Account> fail(const QString &user, const QString &action, const QString &accountId, const AwsError &error);
    /// \a provider assumes the role of record \a account, verified just now: accountCredentials() hands it out
    /// again while someone still holds it (the organization job, a discovery), instead of assuming the role anew.
    void rememberRoleCredentials(const Account &account, const CredentialsProviderPtr &provider);

    Registry *m_registry;
    SecretStore *m_secrets;
    AwsClients *m_aws;
    DiscoveryService *m_discovery;
    /// Role credentials in use, by record id: never kept alive by this cache (weak), used only for the same role,
    /// External ID and region.
    struct RoleCredentials
    {
        QString roleArn;
        QString externalId;
        QString region;
        std::weak_ptr<CredentialsProvider> provider;
    };
    QHash<QString, RoleCredentials> m_roleCredentials;
};
