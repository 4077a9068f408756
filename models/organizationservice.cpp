// OrganizationService: organization records, their verify and sync jobs, and the periodic sync.
#include "models/organizationservice.h"

#include "aws/organizationsclient.h"
#include "models/awsclients.h"
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

void OrganizationService::verify(const QString &user, const QString &organizationId, const QString &roleArnOrAccountId,
    const Options &options, QObject *context, ResultCallback callback)
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
        m.databaseCount = a.databaseCount;
        m.message = a.lastError;
        if (a.awsAccountId == org->managementAccountId)
            result.members.prepend(m);
        else
            result.members.append(m);
    }
    return result;
}

void OrganizationService::roots(const QString &user, const QString &organizationId, QObject *context,
    std::function<void(const Result<QStringList> &)> callback)
{
    const Result<OrganizationResult> org = summary(user, organizationId);
    if (!org) {
        callback(org.error());
        return;
    }
    const Account &record = org->organization;
    const Result<QList<Account>> list = members(organizationId);
    const Account *management = nullptr;
    for (const Account &m : list ? *list : QList<Account>()) {
        if (m.isLive() && m.status != AccountStatus::Pending && m.awsAccountId == record.managementAccountId)
            management = &m;
    }
    if (record.awsOrganizationId.isEmpty() || !management) {
        callback(AwsError::make(AwsError::Kind::InvalidInput,
            tr("Organization %1 is not verified yet, so Onramp cannot look up its root: give the root id (r-…, "
               "on the AWS Organizations console's \"AWS accounts\" page) or the OUs the roles should go to.")
                .arg(organizationId)));
        return;
    }
    m_onboarding->accountCredentials(*management, context,
        [this, region = record.region, context, callback](const Result<CredentialsProviderPtr> &credentials) {
            if (!credentials) {
                callback(credentials.error());
                return;
            }
            m_aws->organizations()->listRoots(region, *credentials, context, callback);
        });
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
