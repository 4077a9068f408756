// OnboardingService: CloudFormation and access-key onboarding, ownership and plan rules, disconnect.
#include "models/onboardingservice.h"

#include "aws/arn.h"
#include "aws/awspartition.h"
#include "aws/ec2client.h"
#include "aws/permissionprobe.h"
#include "aws/stsclient.h"
#include "models/awsclients.h"
#include "models/connectkeysjob.h"
#include "models/discoveryservice.h"
#include "models/errortext.h"
#include "models/logging.h"
#include "models/registry.h"
#include "models/secretstore.h"
#include "models/verifyrolejob.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

#include <openssl/rand.h>

AwsError OnboardingService::domainError(QLatin1StringView code, const QString &message, AwsError::Kind kind)
{
    AwsError e = AwsError::make(kind, message);
    e.code = QString(code);
    return e;
}

QString OnboardingService::sessionNameFor(const Account &account)
{
    return QStringLiteral("onramp-") + account.id.left(8);
}

QString OnboardingService::requiredActionList()
{
    QStringList actions;
    for (const RequiredAction &action : requiredEc2Actions())
        actions << QString::fromLatin1(action.iamAction);
    return QLocale().createSeparatedList(actions);
}

OnboardingService::OnboardingService(
    Registry *registry, SecretStore *secrets, AwsClients *aws, DiscoveryService *discovery, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_secrets(secrets)
    , m_aws(aws)
    , m_discovery(discovery)
{
}

QString OnboardingService::newExternalId()
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1) {
        // OpenSSL's CSPRNG failing is near impossible; the OS CSPRNG is the equivalent fallback.
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes), sizeof bytes / sizeof(quint32));
    }
    return QStringLiteral("onramp-")
        + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes).toHex());
}

bool OnboardingService::isValidAccessKeyId(QStringView keyId)
{
    if (keyId.size() != 20 || !(keyId.startsWith(u"AKIA") || keyId.startsWith(u"ASIA")))
        return false;
    for (QChar c : keyId.sliced(4)) {
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            return false;
    }
    return true;
}

bool OnboardingService::isValidSecretShape(QByteArrayView secret)
{
    if (secret.size() != 40)
        return false;
    for (char c : secret) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '/'
            || c == '+' || c == '=';
        if (!ok)
            return false;
    }
    return true;
}

void OnboardingService::audit(
    const QString &user, const QString &action, const QString &accountId, const QString &outcome, const QString &detail)
{
    const Result<qint64> r = m_registry->appendAudit(user, action, accountId, outcome, detail);
    if (!r)
        qCWarning(lcModels).noquote() << "audit entry not written:" << r.error().toString();
}

Result<Account> OnboardingService::fail(
    const QString &user, const QString &action, const QString &accountId, const AwsError &error)
{
    const bool refused = error.code == OnrampError::AccountOwnedByAnotherUser
        || error.code == OnrampError::PlanLimitReached || error.kind == AwsError::Kind::InvalidInput;
    audit(user, action, accountId, refused ? QStringLiteral("refused") : QStringLiteral("failed"),
        error.code.isEmpty() ? error.message : error.code + QStringLiteral(": ") + error.message);
    return error;
}

AwsError OnboardingService::organizationRecordError(const QString &accountId)
{
    return domainError(OnrampError::WrongKind,
        tr("Record %1 is an AWS Organization: verify it with \"org verify\" and refresh it with \"org sync\".")
            .arg(accountId),
        AwsError::Kind::InvalidInput);
}

AwsError OnboardingService::takeoverError(const QString &awsAccountId) const
{
    return domainError(OnrampError::AccountOwnedByAnotherUser,
        tr("AWS account %1 is already connected to a different user.").arg(awsAccountId));
}

Result<std::optional<Account>> OnboardingService::claim(const QString &user, const QString &awsAccountId)
{
    const Result<bool> taken = m_registry->heldByAnotherUser(awsAccountId, user);
    if (!taken)
        return taken.error();
    if (*taken)
        return takeoverError(awsAccountId);
    const Result<std::optional<Account>> existing = m_registry->liveAccountByAwsId(awsAccountId);
    if (!existing)
        return existing.error();
    // Another user may have won the account since the first question: never adopt their record.
    if (existing->has_value() && (*existing)->owner != user)
        return takeoverError(awsAccountId);
    return *existing;
}

AwsError OnboardingService::storeError(const AwsError &error, const QString &awsAccountId) const
{
    return error.code == OnrampError::AccountOwnedByAnotherUser ? takeoverError(awsAccountId) : error;
}

Result<Account> OnboardingService::ownAccount(const QString &user, const QString &accountId)
{
    Result<Account> a = m_registry->account(accountId);
    if (!a || a->owner != user)
        return domainError(OnrampError::NotYourAccount, tr("No account record %1 for user %2.").arg(accountId, user),
            AwsError::Kind::InvalidInput);
    return a;
}

Result<void> OnboardingService::checkPlan(
    const QString &user, const QString &exceptRecordId, const QString &exceptAwsAccountId)
{
    const Result<ConsoleUser> u = m_registry->ensureUser(user);
    if (!u)
        return u.error();
    if (u->plan != UserPlan::Trial)
        return {};
    const Result<QList<Account>> accounts = m_registry->accounts(user);
    if (!accounts)
        return accounts.error();
    for (const Account &a : *accounts) {
        // An organization record is not an account: its members are, each counted here.
        if (!a.isLive() || a.id == exceptRecordId || a.isOrganization())
            continue;
        if (!exceptAwsAccountId.isEmpty() && a.awsAccountId == exceptAwsAccountId)
            continue;
        return domainError(OnrampError::PlanLimitReached,
            tr("The trial plan allows one connected AWS account, and %1 already has one (%2).")
                .arg(user, a.awsAccountId.isEmpty() ? a.friendlyName : a.awsAccountId));
    }
    return {};
}

Result<void> OnboardingService::checkOrganizationPlan(const QString &user, int accounts)
{
    const Result<ConsoleUser> u = m_registry->ensureUser(user);
    if (!u)
        return u.error();
    if (u->plan != UserPlan::Trial || accounts <= 1)
        return {};
    return domainError(OnrampError::PlanLimitReached,
        tr("The trial plan allows one connected AWS account, and this organization has %n accounts to connect.",
            nullptr, accounts));
}

Result<Account> OnboardingService::createPending(
    const QString &user, const QString &friendlyName, const QString &region)
{
    return createRecord(user, friendlyName, region, AccountKind::Account);
}

Result<Account> OnboardingService::createRecord(
    const QString &user, const QString &friendlyName, const QString &region, AccountKind kind)
{
    const Result<void> plan = checkPlan(user, {}, {});
    if (!plan)
        return fail(user, QStringLiteral("create"), {}, plan.error());
    Account a;
    a.kind = kind;
    a.owner = user;
    a.method = AccountMethod::IamRole;
    a.status = AccountStatus::Pending;
    a.externalId = newExternalId();
    a.region = region.isEmpty() ? m_aws->homeRegion() : region;
    a.friendlyName = friendlyName;
    const Result<Account> created = m_registry->createAccount(a);
    if (!created)
        return fail(user, QStringLiteral("create"), {}, created.error());
    audit(user, QStringLiteral("create"), created->id, QStringLiteral("ok"),
        kind == AccountKind::Organization ? tr("pending AWS Organization onboarding")
                                          : tr("pending CloudFormation onboarding"));
    Q_EMIT accountChanged(*created);
    return created;
}

Result<TemplateOptions> OnboardingService::templateOptions(
    const QString &user, const QString &accountId, const QString &trustedAccountId, const QString &roleName)
{
    const Result<Account> a = ownAccount(user, accountId);
    if (!a)
        return a.error();
    if (a->method != AccountMethod::IamRole || a->externalId.isEmpty())
        return domainError(OnrampError::WrongMethod,
            tr("Record %1 connects with access keys; it has no template.").arg(accountId),
            AwsError::Kind::InvalidInput);
    TemplateOptions o;
    o.partition = partitionOfRegion(a->region).id;
    o.trustedAccountId = trustedAccountId;
    o.externalId = a->externalId;
    if (!roleName.isEmpty())
        o.roleName = roleName;
    const AwsError invalid = TemplateBuilder::validate(o);
    if (invalid.isError())
        return invalid;
    return o;
}

void OnboardingService::consoleAccountId(QObject *context, std::function<void(const Result<QString> &)> callback)
{
    callerAccount(m_aws->homeRegion(), context, std::move(callback));
}

void OnboardingService::defaultTrustedAccount(
    const QString &region, QObject *context, std::function<void(const Result<QString> &)> callback)
{
    const QString home = region.isEmpty() ? m_aws->homeRegion() : region;
    if (const QString configured = m_aws->configuredTrustedAccount(home); !configured.isEmpty()) {
        callback(configured);
        return;
    }
    callerAccount(home, context, std::move(callback));
}

void OnboardingService::callerAccount(
    const QString &region, QObject *context, std::function<void(const Result<QString> &)> callback)
{
    const Result<CredentialsProviderPtr> console = m_aws->consoleIdentity();
    if (!console) {
        callback(console.error());
        return;
    }
    m_aws->sts()->getCallerIdentity(region, *console, context, [callback](const Result<CallerIdentity> &id) {
        if (!id)
            callback(id.error());
        else
            callback(id->account);
    });
}

void OnboardingService::verifyRole(const QString &user, const QString &accountId, const QString &roleArnOrAccountId,
    const VerifyOptions &options, QObject *context, AccountCallback callback)
{
    VerifyRoleJob::Request request { user, accountId, roleArnOrAccountId, options };
    (new VerifyRoleJob(this, std::move(request), context, std::move(callback)))->start();
}

void OnboardingService::connectKeys(const QString &user, const QString &accessKeyId, SecretBytes secret,
    const QString &region, const QString &friendlyName, QObject *context, AccountCallback callback, bool startDiscovery)
{
    ConnectKeysJob::Request request { user, accessKeyId, std::move(secret), region, friendlyName, startDiscovery };
    (new ConnectKeysJob(this, std::move(request), context, std::move(callback)))->start();
}

void OnboardingService::rememberRoleCredentials(const Account &account, const CredentialsProviderPtr &provider)
{
    m_roleCredentials.insert(account.id, { account.roleArn, account.externalId, account.region, provider });
}

void OnboardingService::accountCredentials(
    const Account &account, QObject *context, std::function<void(const Result<CredentialsProviderPtr> &)> callback)
{
    if (account.method == AccountMethod::IamRole) {
        const Result<CredentialsProviderPtr> console = m_aws->consoleIdentity();
        if (!console) {
            callback(console.error());
            return;
        }
        // One AssumeRole per member and hour however many jobs act for it: the provider a verify or another job
        // still uses is handed out again (it refreshes itself before expiry).
        const RoleCredentials known = m_roleCredentials.value(account.id);
        if (known.roleArn == account.roleArn && known.externalId == account.externalId
            && known.region == account.region) {
            if (CredentialsProviderPtr inUse = known.provider.lock()) {
                callback(inUse);
                return;
            }
        }
        StsClient::AssumeRoleRequest request { account.roleArn, account.externalId, sessionNameFor(account), 3600 };
        const CredentialsProviderPtr provider
            = std::make_shared<AssumeRoleCredentialsProvider>(m_aws->sts(), account.region, *console, request);
        rememberRoleCredentials(account, provider);
        callback(provider);
        return;
    }
    m_secrets->read(account.keychainRef, context, [callback, account](Result<SecretBytes> stored) {
        if (!stored) {
            callback(stored.error());
            return;
        }
        // The keychain entry holds "<access key id>\n<secret>": the database holds neither.
        const QByteArrayView bytes = stored->view();
        const qsizetype nl = bytes.indexOf('\n');
        if (nl <= 0) {
            callback(domainError(QLatin1StringView("KeychainError"),
                tr("The keychain entry of account %1 is damaged; connect it again.").arg(account.id)));
            return;
        }
        AwsCredentials c;
        c.accessKeyId = QString::fromLatin1(bytes.first(nl));
        c.secretAccessKey = SecretBytes(bytes.sliced(nl + 1));
        c.source = QStringLiteral("keychain");
        callback(StaticCredentialsProvider::make(std::move(c)));
    });
}

void OnboardingService::discover(
    const QString &user, const QString &accountId, QObject *context, AccountCallback callback)
{
    const Result<Account> account = ownAccount(user, accountId);
    // A pending access-key record is a connect that was interrupted between claiming the record and
    // finishing: discover resumes it (the keys were validated before the claim) or reports it failed.
    if (account && account->isOrganization()) {
        callback(fail(user, QStringLiteral("discover"), accountId, organizationRecordError(accountId)));
        return;
    }
    const bool interruptedConnect
        = account && account->status == AccountStatus::Pending && account->method == AccountMethod::AccessKeys;
    if (!account || !account->isLive() || (account->status == AccountStatus::Pending && !interruptedConnect)) {
        callback(fail(user, QStringLiteral("discover"), accountId,
            account ? domainError(OnrampError::WrongMethod,
                tr("Record %1 is %2; only connected accounts can be discovered.")
                    .arg(accountId, accountStatusName(account->status)),
                AwsError::Kind::InvalidInput)
                    : account.error()));
        return;
    }
    accountCredentials(*account, context, [=, this](const Result<CredentialsProviderPtr> &creds) {
        if (!creds) {
            if (account->method == AccountMethod::AccessKeys
                && creds.error().code == QLatin1StringView("SecretNotFound")) {
                // The record says keys and the keychain has none (a connect interrupted before the secret was
                // saved, or an entry deleted outside Onramp): failed, with what to do, instead of stuck.
                const AwsError e = domainError(OnrampError::DiscoveryFailed,
                    tr("The secret access key of account %1 is not in the system keychain; "
                       "connect the access keys again, or disconnect the account.")
                        .arg(account->awsAccountId));
                m_registry->setStatus(accountId, AccountStatus::Failed, e.message);
                callback(fail(user, QStringLiteral("discover"), accountId, e));
                return;
            }
            callback(fail(user, QStringLiteral("discover"), accountId, creds.error()));
            return;
        }
        Account current = *account;
        if (interruptedConnect) {
            const Result<Account> resumed = m_registry->setStatus(accountId, AccountStatus::Connected);
            if (!resumed) {
                callback(fail(user, QStringLiteral("discover"), accountId, resumed.error()));
                return;
            }
            current = *resumed;
            audit(user, QStringLiteral("connect-keys"), accountId, QStringLiteral("ok"),
                tr("interrupted connect resumed"));
            Q_EMIT accountChanged(current);
        }
        m_discovery->start(current, *creds);
        callback(current);
    });
}

void OnboardingService::revalidate(
    const QString &user, const QString &accountId, QObject *context, AccountCallback callback)
{
    const Result<Account> account = ownAccount(user, accountId);
    if (!account) {
        callback(fail(user, QStringLiteral("revalidate"), accountId, account.error()));
        return;
    }
    if (account->method == AccountMethod::IamRole) {
        verifyRole(user, accountId, account->roleArn, {}, context, callback);
        return;
    }
    accountCredentials(*account, context, [=, this](const Result<CredentialsProviderPtr> &creds) {
        if (!creds) {
            callback(fail(user, QStringLiteral("revalidate"), accountId, creds.error()));
            return;
        }
        m_aws->sts()->getCallerIdentity(account->region, *creds, context, [=, this](const Result<CallerIdentity> &id) {
            if (!id || id->account != account->awsAccountId) {
                const AwsError e = id
                    ? domainError(OnrampError::RoleRejected,
                        tr("These keys now belong to account %1, not %2.").arg(id->account, account->awsAccountId),
                        AwsError::Kind::InvalidCredentials)
                    : id.error();
                m_registry->setStatus(accountId, AccountStatus::Failed, ErrorText::describe(e).message);
                callback(fail(user, QStringLiteral("revalidate"), accountId, e));
                return;
            }
            Result<Account> stored = account;
            if (account->status != AccountStatus::Connected)
                stored = m_registry->setStatus(accountId, AccountStatus::Connected);
            if (!stored) {
                callback(fail(user, QStringLiteral("revalidate"), accountId, stored.error()));
                return;
            }
            audit(user, QStringLiteral("revalidate"), accountId, QStringLiteral("ok"), id->arn);
            Q_EMIT accountChanged(*stored);
            m_discovery->start(*stored, *creds);
            callback(stored);
        });
    });
}

void OnboardingService::disconnect(
    const QString &user, const QString &accountId, QObject *context, AccountCallback callback)
{
    const Result<Account> account = ownAccount(user, accountId);
    if (!account || !account->isOrganization()) {
        disconnectRecord(user, accountId, context, std::move(callback));
        return;
    }
    // An organization: every live member record it made first, then its own record (a disconnect cut short is
    // finished by disconnecting again: the organization stays live until its members are gone).
    const Result<QList<Account>> all = m_registry->accounts(user);
    if (!all) {
        callback(fail(user, QStringLiteral("disconnect"), accountId, all.error()));
        return;
    }
    QStringList members;
    for (const Account &a : *all) {
        if (a.organization == accountId && a.isLive())
            members.append(a.id);
    }
    disconnectMembers(user, accountId, members, context, std::move(callback));
}

void OnboardingService::disconnectMembers(
    const QString &user, const QString &organizationId, QStringList members, QObject *context, AccountCallback callback)
{
    if (members.isEmpty()) {
        disconnectRecord(user, organizationId, context, std::move(callback));
        return;
    }
    const QString member = members.takeFirst();
    disconnectRecord(user, member, context, [=, this](const Result<Account> &done) {
        if (!done) {
            callback(done);
            return;
        }
        disconnectMembers(user, organizationId, members, context, callback);
    });
}

void OnboardingService::disconnectRecord(
    const QString &user, const QString &accountId, QObject *context, AccountCallback callback)
{
    const QString action = QStringLiteral("disconnect");
    m_roleCredentials.remove(accountId);
    const Result<Account> account = ownAccount(user, accountId);
    if (!account) {
        callback(fail(user, action, accountId, account.error()));
        return;
    }
    if (!account->isLive()) {
        callback(account);
        return;
    }
    m_discovery->stop(accountId);
    auto finishDisconnect = [=, this] {
        const Result<Account> stored = m_registry->setStatus(accountId, AccountStatus::Disconnected);
        if (!stored) {
            callback(fail(user, action, accountId, stored.error()));
            return;
        }
        audit(user, action, accountId, QStringLiteral("ok"),
            account->keychainRef.isEmpty() ? QString() : tr("keychain entry deleted"));
        Q_EMIT accountChanged(*stored);
        callback(stored);
    };
    if (account->keychainRef.isEmpty()) {
        // A role record has no secret of its own, but a connect interrupted while switching it to keys may
        // have left one under its key: removed too, best effort (a keychain that is away does not block).
        m_secrets->remove(
            SecretStore::accountKey(accountId), context, [finishDisconnect](Result<void>) { finishDisconnect(); });
        return;
    }
    // The secret goes first: a disconnected account must never leave its key behind in the keychain. Until the
    // record says disconnected it says failed, so a disconnect cut short (killed, keychain gone away) never leaves
    // an account that looks usable without its secret; disconnecting again finishes it.
    const Result<Account> marked = m_registry->setStatus(
        accountId, AccountStatus::Failed, tr("Disconnect not finished; disconnect the account again."));
    if (!marked) {
        callback(fail(user, action, accountId, marked.error()));
        return;
    }
    m_secrets->remove(account->keychainRef, context, [=, this](Result<void> removed) {
        if (!removed && removed.error().code != QLatin1StringView("SecretNotFound")) {
            callback(fail(user, action, accountId, removed.error()));
            return;
        }
        finishDisconnect();
    });
}

Result<Account> OnboardingService::rename(const QString &user, const QString &accountId, const QString &name)
{
    const QString action = QStringLiteral("rename");
    Result<Account> account = ownAccount(user, accountId);
    if (!account)
        return fail(user, action, accountId, account.error());
    const QString trimmed = name.trimmed();
    if (account->friendlyName == trimmed)
        return account;
    Account renamed = *account;
    renamed.friendlyName = trimmed;
    const Result<Account> stored = m_registry->updateAccount(renamed);
    if (!stored)
        return fail(user, action, accountId, stored.error());
    audit(user, action, accountId, QStringLiteral("ok"), trimmed);
    Q_EMIT accountChanged(*stored);
    return stored;
}
