// VerifyRoleJob: record -> AssumeRole (waiting for the stack) -> External-ID proof -> permissions -> store.
#include "models/verifyrolejob.h"

#include "aws/arn.h"
#include "aws/awspartition.h"
#include "aws/ec2client.h"
#include "aws/httpclient.h"
#include "aws/rdsclient.h"
#include "aws/retrypolicy.h"
#include "aws/stsclient.h"
#include "models/awsclients.h"
#include "models/discoveryservice.h"
#include "models/errortext.h"
#include "models/logging.h"
#include "models/registry.h"
#include "models/secretstore.h"

#include <QTimer>

namespace {
const QString kAction = QStringLiteral("verify");

/// The account id field of an ARN (arn:aws:sts::123456789012:assumed-role/Name/session, or a role ARN).
QString accountOfArn(const QString &arn)
{
    const QStringList parts = arn.split(QLatin1Char(':'));
    return parts.size() >= 6 ? parts.at(4) : QString();
}
} // namespace

VerifyRoleJob::VerifyRoleJob(
    OnboardingService *service, Request request, QObject *context, OnboardingService::AccountCallback callback)
    : OnboardingJob(service, context, std::move(callback))
    , m_request(std::move(request))
    , m_discovery(service->m_discovery)
{
}

VerifyRoleJob::~VerifyRoleJob()
{
    if (m_discoveryHeld && m_discovery)
        m_discovery->stopHeld(m_account.id);
}

void VerifyRoleJob::start()
{
    if (const Result<void> ok = checkRecord(); !ok)
        return fail(ok.error());
    Q_EMIT m_service->stage(m_account.id, OnboardingService::tr("Verifying…"));
    m_clock.start();
    assume();
}

Result<void> VerifyRoleJob::checkRecord()
{
    const QString &id = m_request.accountId;
    Result<Account> account = m_service->ownAccount(m_request.user, id);
    if (!account)
        return account.error();
    if (account->isOrganization())
        return OnboardingService::organizationRecordError(id);
    if (account->method != AccountMethod::IamRole || !account->isLive())
        return OnboardingService::domainError(OnrampError::WrongMethod,
            account->isLive() ? OnboardingService::tr("Record %1 connects with access keys, not a role.").arg(id)
                              : OnboardingService::tr("Record %1 is disconnected; start a new onboarding.").arg(id),
            AwsError::Kind::InvalidInput);
    m_account = *account;
    const QString text = m_request.roleArnOrAccountId.trimmed();
    const Result<Arn> arn = Arn::isAccountId(text)
        ? Result<Arn>(Arn::role(partitionOfRegion(m_account.region).id, text, OnboardingService::defaultRoleName()))
        : Arn::parseRoleArn(text);
    if (!arn)
        return arn.error();
    // Before any AWS call: STS of the console's partition cannot assume a role of another partition.
    if (AwsError foreign = arn->checkPartitionOfRegion(m_account.region); foreign.isError())
        return foreign;
    m_roleArn = arn->toString();
    m_awsId = arn->accountId();
    if (const Result<void> plan = m_service->checkPlan(m_request.user, id, m_awsId); !plan)
        return plan.error();
    // Refuse early when another user holds this AWS account: no AWS call made on behalf of a takeover.
    if (const Result<std::optional<Account>> mine = m_service->claim(m_request.user, m_awsId); !mine)
        return mine.error();
    return {};
}

void VerifyRoleJob::assume()
{
    const Result<CredentialsProviderPtr> console = m_service->m_aws->consoleIdentity();
    if (!console)
        return fail(console.error());
    StsClient::AssumeRoleRequest request { m_roleArn, m_account.externalId,
        OnboardingService::sessionNameFor(m_account), 3600 };
    m_role
        = std::make_shared<AssumeRoleCredentialsProvider>(m_service->m_aws->sts(), m_account.region, *console, request);
    m_role->fetch(this, [this](const Result<AwsCredentials> &creds) { assumed(creds); });
    // The round trip to STS is spent opening the connections needed next (after the AssumeRole is on the wire:
    // HttpClient::preconnect()), so that the probes and the home region's first pages do not each wait for a TCP
    // and TLS handshake when it answers. Only on the first try: while a stack is awaited (--wait-for-role, minutes)
    // the polls do not keep connections open that the server would close in between.
    if (m_attempt == 0)
        m_service->m_aws->http()->preconnect(endpointsAfterAssume());
}

QList<QUrl> VerifyRoleJob::endpointsAfterAssume() const
{
    QList<QUrl> urls = m_service->m_aws->ec2()->probeEndpoints(m_account.region);
    urls << m_service->m_aws->rds()->probeEndpoint(m_account.region);
    if (m_request.options.startDiscovery)
        urls += m_service->m_discovery->homeRegionEndpoints(m_account);
    return urls;
}

void VerifyRoleJob::assumed(const Result<AwsCredentials> &creds)
{
    if (creds) {
        // Nothing below depends on anything but the role's credentials: all of it goes on the wire now. The
        // discovery is held: what it lists is stored only once the proof and the probes have passed.
        auto *provider = static_cast<AssumeRoleCredentialsProvider *>(m_role.get());
        const QString assumedAccount = accountOfArn(provider->lastAssumed().assumedRoleArn);
        if (!assumedAccount.isEmpty() && assumedAccount != m_awsId)
            return fail(OnboardingService::domainError(OnrampError::RoleRejected,
                OnboardingService::tr("The assumed role belongs to account %1, not %2.").arg(assumedAccount, m_awsId),
                AwsError::Kind::AccessDenied));
        if (m_request.options.startDiscovery) {
            m_service->m_discovery->startHeld(m_account, m_role);
            m_discoveryHeld = true;
        }
        proveExternalIdRequired();
        probePermissions();
        // Behind all of that, the connections the discovery's other regions will need once DescribeRegions answers.
        if (m_discoveryHeld)
            m_service->m_discovery->preconnect(m_account);
        return;
    }
    const AwsError &e = creds.error();
    const bool maybeNotYet = e.kind == AwsError::Kind::AccessDenied || e.kind == AwsError::Kind::NotFound;
    const qint64 waitMs = qint64(m_request.options.waitForRoleSecs) * 1000;
    const qint64 elapsedMs = m_clock.elapsed();
    if (maybeNotYet && elapsedMs < waitMs) {
        // IAM is eventually consistent and a stack takes minutes: wait and ask again.
        const qint64 delay = qMin<qint64>(RetryPolicy::pollDelayMs(m_attempt++), waitMs - elapsedMs);
        Q_EMIT m_service->stage(
            m_account.id, OnboardingService::tr("Waiting for the stack… (%1 s)").arg(elapsedMs / 1000));
        QTimer::singleShot(int(qMax<qint64>(delay, 0)), this, &VerifyRoleJob::assume);
        return;
    }
    if (!maybeNotYet)
        return fail(e, true);
    AwsError rejected = e;
    rejected.code = QString(OnrampError::RoleRejected);
    rejected.kind = AwsError::Kind::AccessDenied;
    const bool ourIdentity = e.message.contains(QLatin1StringView("identity-based policy"));
    rejected.message = ourIdentity
        ? OnboardingService::tr("Onramp's own AWS identity is not allowed to call sts:AssumeRole (%1). Grant it "
                                "sts:AssumeRole on %2.")
              .arg(e.message, m_roleArn)
        : OnboardingService::tr("AWS refused to let Onramp assume %1. Either the role's trust policy requires a "
                                "different External ID than this onboarding's (%2) — the stack was made from "
                                "another onboarding's template — or the role does not exist yet or does not "
                                "trust Onramp's account (is the stack complete?).")
              .arg(m_roleArn, m_account.externalId);
    fail(rejected, true);
}

void VerifyRoleJob::proveExternalIdRequired()
{
    const Result<CredentialsProviderPtr> console = m_service->m_aws->consoleIdentity();
    if (!console)
        return fail(console.error());
    Q_EMIT m_service->stage(m_account.id, OnboardingService::tr("Checking that the role requires the External ID…"));
    // The shortest session AWS allows: if it is granted, nothing uses it.
    const StsClient::AssumeRoleRequest withoutExternalId { m_roleArn, QString(),
        OnboardingService::sessionNameFor(m_account), 900 };
    m_service->m_aws->sts()->assumeRole(
        m_account.region, *console, withoutExternalId, this, [this](const Result<AssumedRole> &granted) {
            m_proof = granted ? AwsError() : granted.error(); // (a granted session is not kept)
            probed();
        });
}

AwsError VerifyRoleJob::proofError() const
{
    const AwsError &refusal = *m_proof;
    if (!refusal.isError())
        return OnboardingService::domainError(OnrampError::ExternalIdNotEnforced,
            OnboardingService::tr("The role %1 can be assumed without an External ID, so any customer "
                                  "of this console's AWS account could use Onramp to read this account "
                                  "(confused deputy). Add the condition \"StringEquals\": "
                                  "{\"sts:ExternalId\": \"%2\"} to the role's trust policy; the role "
                                  "is not connected until then.")
                .arg(m_roleArn, m_account.externalId),
            AwsError::Kind::AccessDenied);
    // AWS refusing it is the proof; anything else (network, throttling after retries) leaves the question open,
    // and an open question does not connect.
    if (refusal.kind != AwsError::Kind::AccessDenied) {
        AwsError e = refusal;
        e.message = OnboardingService::tr("Could not check that the role requires the External ID: %1").arg(e.message);
        return e;
    }
    return {};
}

void VerifyRoleJob::probePermissions()
{
    Q_EMIT m_service->stage(m_account.id, OnboardingService::tr("Checking permissions…"));
    m_service->m_aws->ec2()->probePermissions(
        m_account.region, m_role, this, [this](const Result<QList<PermissionCheck>> &checks) {
            m_ec2Checks = checks;
            probed();
        });
    // RDS is optional: a role made from a template older than RDS discovery connects without it (its databases show
    // as "not permitted"); the probe only tells the user early.
    m_service->m_aws->rds()->probePermission(m_account.region, m_role, this, [this](const Result<PermissionCheck> &c) {
        m_databaseAccess = !c ? DatabaseAccess::Unknown
            : c->allowed      ? DatabaseAccess::Allowed
                              : DatabaseAccess::NotPermitted;
        probed();
    });
}

void VerifyRoleJob::probed()
{
    if (!m_proof || !m_ec2Checks || !m_databaseAccess)
        return;
    // Not connected unless AWS refused the proof: a pending onboarding stays pending until the trust policy is fixed;
    // a connected account whose role was opened up is failed. The proof's verdict goes before the probes', as when
    // they ran one after the other.
    if (const AwsError proof = proofError(); proof.isError())
        return fail(proof, true);
    const Result<QList<PermissionCheck>> &checks = *m_ec2Checks;
    if (!checks)
        return fail(checks.error());
    QStringList missing;
    for (const PermissionCheck &c : *checks) {
        if (!c.allowed)
            missing.append(QString::fromLatin1(c.iamAction));
    }
    if (!missing.isEmpty()) {
        const AwsError e = OnboardingService::domainError(OnrampError::MissingPermissions,
            OnboardingService::tr("The role is missing permissions: %1.").arg(missing.join(QStringLiteral(", "))),
            AwsError::Kind::AccessDenied);
        m_service->m_registry->setStatus(m_account.id, AccountStatus::Failed, e.message);
        return fail(e);
    }
    store();
}

void VerifyRoleJob::store()
{
    Registry *registry = m_service->m_registry;
    // Ownership again, now that AWS has answered (the database's unique index decides a race).
    const Result<std::optional<Account>> existing = m_service->claim(m_request.user, m_awsId);
    if (!existing)
        return fail(existing.error());
    Account account = m_account;
    QString staleSecret;
    QString placeholderId;
    if (existing->has_value() && (*existing)->id != account.id) {
        // This user already has the AWS account on another record: that record takes the new role (its access-key
        // secret, if any, is deleted), and this onboarding's placeholder is closed.
        account = **existing;
        staleSecret = account.keychainRef;
        account.method = AccountMethod::IamRole;
        account.externalId = m_account.externalId;
        account.keychainRef.clear();
        placeholderId = m_account.id;
    }
    account.awsAccountId = m_awsId;
    account.roleArn = m_roleArn;
    account.lastError.clear();
    account.lastValidatedAt = QDateTime::currentDateTimeUtc();
    account.status = AccountStatus::Connected;
    // The record is stored first and the old secret deleted after: a verification killed in between leaves an
    // entry under a live record's key (disconnect removes it), never a keys record whose secret is gone.
    if (!placeholderId.isEmpty())
        registry->setStatus(placeholderId, AccountStatus::Disconnected);
    Result<Account> stored = registry->updateAccount(account);
    if (!stored)
        return fail(m_service->storeError(stored.error(), m_awsId));
    // What the probe found stands until discovery has listed every region.
    if (m_databaseAccess && *m_databaseAccess != DatabaseAccess::Unknown
        && registry->setDatabaseAccess(stored->id, *m_databaseAccess, {}))
        stored.value().databaseAccess = *m_databaseAccess;
    m_service->audit(m_request.user, kAction, stored->id, QStringLiteral("ok"),
        stored->databaseAccess == DatabaseAccess::NotPermitted
            ? OnboardingService::tr("role %1; databases not permitted (rds:DescribeDBInstances)").arg(m_roleArn)
            : OnboardingService::tr("role %1").arg(m_roleArn));
    Q_EMIT m_service->accountChanged(*stored);
    m_service->rememberRoleCredentials(*stored, m_role);
    if (m_request.options.startDiscovery
        && !(m_discoveryHeld && m_service->m_discovery->release(m_account.id, *stored)))
        m_service->m_discovery->start(*stored, m_role);
    m_discoveryHeld = false;
    if (staleSecret.isEmpty())
        return finish(stored);
    m_service->m_secrets->remove(staleSecret, this, [this, stored](Result<void> removed) {
        if (!removed)
            qCWarning(lcModels).noquote()
                << "keychain entry of the record's access keys not removed:" << removed.error().toString();
        finish(stored);
    });
}

void VerifyRoleJob::fail(const AwsError &error, bool markFailed)
{
    // What the held discovery listed is never stored for a role that failed verification.
    if (std::exchange(m_discoveryHeld, false))
        m_service->m_discovery->stopHeld(m_account.id);
    if (markFailed && !m_account.id.isEmpty() && m_account.status != AccountStatus::Pending)
        m_service->m_registry->setStatus(m_account.id, AccountStatus::Failed, error.message);
    finish(m_service->fail(m_request.user, kAction, m_request.accountId, error));
}

void VerifyRoleJob::finish(const Result<Account> &result)
{
    done(result);
}
