// OrganizationService: organization records, their verify and sync jobs, and the periodic sync.
#include "models/organizationservice.h"

#include "models/errortext.h"
#include "models/onboardingservice.h"
#include "models/organizationjob.h"
#include "models/registry.h"

#include <QTimer>

OrganizationService::OrganizationService(
    Registry *registry, AwsClients *aws, OnboardingService *onboarding, DiscoveryService *discovery, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_aws(aws)
    , m_onboarding(onboarding)
    , m_discovery(discovery)
{
    qRegisterMetaType<OrganizationMember>();
    qRegisterMetaType<OrganizationResult>();
}

OrganizationService::~OrganizationService() = default;

Result<Account> OrganizationService::createPending(
    const QString &user, const QString &friendlyName, const QString &region)
{
    return m_onboarding->createRecord(user, friendlyName, region, AccountKind::Organization);
}

void OrganizationService::verify(const QString &user, const QString &organizationId,
    const QString &roleArnOrAccountId, const Options &options, QObject *context, ResultCallback callback)
{
    OrganizationJob::Request request;
    request.mode = OrganizationJob::Mode::Verify;
    request.user = user;
    request.organizationId = organizationId;
    request.roleArnOrAccountId = roleArnOrAccountId;
    request.options = options;
    (new OrganizationJob(this, std::move(request), context, std::move(callback)))->start();
}

void OrganizationService::sync(const QString &user, const QString &organizationId, const Options &options,
    QObject *context, ResultCallback callback)
{
    OrganizationJob::Request request;
    request.mode = OrganizationJob::Mode::Sync;
    request.user = user;
    request.organizationId = organizationId;
    request.options = options;
    request.options.excludeAccounts.reset();
    request.options.excludeOus.reset();
    (new OrganizationJob(this, std::move(request), context, std::move(callback)))->start();
}

Result<QList<Account>> OrganizationService::members(const QString &organizationId)
{
    const Result<Account> org = m_registry->account(organizationId);
    if (!org)
        return org.error();
    const Result<QList<Account>> all = m_registry->accounts(org->owner);
    if (!all)
        return all.error();
    QList<Account> members;
    for (const Account &a : *all) {
        if (a.organization == organizationId)
            members.append(a);
    }
    return members;
}

Result<OrganizationResult> OrganizationService::summary(const QString &user, const QString &organizationId)
{
    const Result<Account> org = m_onboarding->ownAccount(user, organizationId);
    if (!org)
        return org.error();
    if (!org->isOrganization())
        return OnboardingService::domainError(OnrampError::WrongKind,
            tr("Record %1 is a single AWS account, not an organization.").arg(organizationId),
            AwsError::Kind::InvalidInput);
    const Result<QList<Account>> list = members(organizationId);
    if (!list)
        return list.error();
    OrganizationResult result;
    result.organization = *org;
    for (const Account &a : *list) {
        OrganizationMember m;
        m.recordId = a.id;
        m.awsAccountId = a.awsAccountId;
        m.name = a.friendlyName;
        m.status = accountStatusName(a.status);
        m.instanceCount = a.instanceCount;
        m.message = a.lastError;
        if (a.awsAccountId == org->managementAccountId)
            result.members.prepend(m);
        else
            result.members.append(m);
    }
    return result;
}

void OrganizationService::setPeriodicSync(const QString &user, int ms)
{
    m_periodicUser = user;
    m_syncMs = qMax(0, ms);
    if (m_syncMs == 0) {
        delete m_timer;
        m_timer = nullptr;
        return;
    }
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &OrganizationService::periodicSync);
    }
    m_timer->start(m_syncMs);
}

void OrganizationService::periodicSync()
{
    const Result<QList<Account>> all = m_registry->accounts(m_periodicUser);
    if (!all)
        return;
    for (const Account &a : *all) {
        if (!a.isOrganization() || !a.isLive() || a.awsOrganizationId.isEmpty() || isBusy(a.id))
            continue;
        OrganizationJob::Request request;
        request.mode = OrganizationJob::Mode::Sync;
        request.user = m_periodicUser;
        request.organizationId = a.id;
        request.respectBackoff = true;
        (new OrganizationJob(this, std::move(request), this, [](const Result<OrganizationResult> &) {}))->start();
    }
}
