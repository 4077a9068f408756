// OrganizationJob: management role -> organization -> accounts -> members reconciled -> summary.
#include "models/organizationjob.h"

#include "aws/arn.h"
#include "models/awsclients.h"
#include "models/discoveryservice.h"
#include "models/errortext.h"
#include "models/logging.h"
#include "models/onboardingservice.h"
#include "models/registry.h"

namespace {
QString actionOf(OrganizationJob::Mode mode)
{
    return mode == OrganizationJob::Mode::Verify ? QStringLiteral("org.verify") : QStringLiteral("org.sync");
}

/// "organizations:DescribeOrganization, …": the management role's read-only actions, for messages.
QString organizationsActionList()
{
    QStringList names;
    for (const QByteArray &action : OrganizationsClient::requiredOrganizationsActions())
        names << QString::fromLatin1(action);
    return names.join(QStringLiteral(", "));
}

bool isTransient(const AwsError &e)
{
    using K = AwsError::Kind;
    return e.kind == K::Network || e.kind == K::Timeout || e.kind == K::Throttling || e.kind == K::ServerError;
}

/// An organization's account status that makes it a member: closed (SUSPENDED, PENDING_CLOSURE) ones are not.
bool isActive(const OrgAccount &a)
{
    return a.status == QLatin1StringView("ACTIVE");
}
} // namespace

OrganizationJob::OrganizationJob(
    OrganizationService *service, Request request, QObject *context, OrganizationService::ResultCallback callback)
    : QObject(service)
    , m_service(service)
    , m_request(std::move(request))
    , m_context(context)
    , m_callback(std::move(callback))
{
    if (context)
        connect(context, &QObject::destroyed, this, &QObject::deleteLater);
    connect(m_service->m_discovery, &DiscoveryService::finished, this, &OrganizationJob::discoveryFinished);
}

void OrganizationJob::start()
{
    m_service->m_busy.insert(m_request.organizationId, this);
    if (const Result<void> ok = checkRecord(); !ok)
        return fail(ok.error(), false);
    if (m_request.mode == Mode::Verify)
        return verifyManagement();
    fetchCredentials();
}

Result<void> OrganizationJob::checkRecord()
{
    OnboardingService *onboarding = m_service->m_onboarding;
    const QString &id = m_request.organizationId;
    const Result<Account> org = onboarding->ownAccount(m_request.user, id);
    if (!org)
        return org.error();
    if (!org->isOrganization())
        return OnboardingService::domainError(OnrampError::WrongKind,
            OrganizationService::tr("Record %1 is a single AWS account, not an organization.").arg(id),
            AwsError::Kind::InvalidInput);
    if (!org->isLive())
        return OnboardingService::domainError(OnrampError::WrongMethod,
            OrganizationService::tr("Organization %1 is disconnected; start a new onboarding.").arg(id),
            AwsError::Kind::InvalidInput);
    m_org = *org;
    m_partition = Arn::partitionForRegion(m_org.region);
    if (m_request.mode == Mode::Sync) {
        if (m_org.awsOrganizationId.isEmpty() || m_org.roleArn.isEmpty())
            return OnboardingService::domainError(OnrampError::WrongMethod,
                OrganizationService::tr("Organization %1 has not been verified yet: run \"org verify\" with the "
                                        "management account's Role ARN first.")
                    .arg(id),
                AwsError::Kind::InvalidInput);
        m_managementRoleArn = m_org.roleArn;
        m_managementAwsId = m_org.managementAccountId;
    } else {
        const QString text = m_request.roleArnOrAccountId.trimmed();
        const Result<Arn> arn = Arn::isAccountId(text)
            ? Result<Arn>(Arn::role(m_partition, text, OnboardingService::defaultRoleName()))
            : Arn::parseRoleArn(text);
        if (!arn)
            return arn.error();
        m_managementRoleArn = arn->toString();
        m_managementAwsId = arn->accountId();
    }
    const Result<Arn> parsed = Arn::parseRoleArn(m_managementRoleArn);
    if (!parsed)
        return parsed.error();
    m_roleName = parsed->roleName();
    // Verify-only exclusions replace the stored ones; a sync keeps them.
    m_excludedAccounts = m_request.options.excludeAccounts.value_or(m_org.excludedAccounts);
    m_excludedOus = m_request.options.excludeOus.value_or(m_org.excludedOus);
    if (m_request.options.excludeAccounts) {
        for (const QString &account : *m_request.options.excludeAccounts) {
            if (!Arn::isAccountId(account))
                return AwsError::make(AwsError::Kind::InvalidInput,
                    OrganizationService::tr("--exclude-account takes a 12-digit AWS account id, not \"%1\".")
                        .arg(account.left(64)));
        }
    }
    if (m_request.options.excludeOus) {
        for (const QString &ou : *m_request.options.excludeOus) {
            if (!OrganizationsClient::isOuId(ou) && !OrganizationsClient::isRootId(ou))
                return AwsError::make(AwsError::Kind::InvalidInput,
                    OrganizationService::tr("--exclude-ou takes an organizational unit id (ou-…) or a root id (r-…), "
                                            "not \"%1\".")
                        .arg(ou.left(64)));
        }
    }
    return {};
}

void OrganizationJob::verifyManagement()
{
    OnboardingService *onboarding = m_service->m_onboarding;
    Registry *registry = m_service->m_registry;
    Q_EMIT m_service->stage(m_org.id, OrganizationService::tr("Verifying the management account's role…"));
    // The management account is a member record like the others: verified exactly as a single account.
    const Result<QList<Account>> members = m_service->members(m_org.id);
    if (!members)
        return fail(members.error(), false);
    Account management;
    for (const Account &m : *members) {
        if (m.isLive() && m.awsAccountId == m_managementAwsId)
            management = m;
    }
    if (management.id.isEmpty()) {
        const Result<std::optional<Account>> holder = onboarding->claim(m_request.user, m_managementAwsId);
        if (!holder)
            return fail(holder.error(), false);
        if (holder->has_value())
            return fail(OnboardingService::domainError(OnrampError::WrongKind,
                            OrganizationService::tr("The management account %1 is already connected on its own (record "
                                                    "%2): disconnect that record, then verify the organization.")
                                .arg(m_managementAwsId, (*holder)->id),
                            AwsError::Kind::InvalidInput),
                false);
        Account m;
        m.owner = m_request.user;
        m.organization = m_org.id;
        m.method = AccountMethod::IamRole;
        m.status = AccountStatus::Pending;
        m.awsAccountId = m_managementAwsId;
        m.roleArn = m_managementRoleArn;
        m.externalId = m_org.externalId;
        m.region = m_org.region;
        m.friendlyName = OrganizationService::tr("management account");
        const Result<Account> created = registry->createAccount(m);
        if (!created)
            return fail(onboarding->storeError(created.error(), m_managementAwsId), false);
        management = *created;
        m_createdManagement = true;
    } else if (management.roleArn != m_managementRoleArn) {
        // A different role given for the same account: the member takes it.
        management.roleArn = m_managementRoleArn;
        if (const Result<Account> updated = registry->updateAccount(management); updated)
            management = *updated;
    }
    OnboardingService::VerifyOptions options;
    options.waitForRoleSecs = m_request.options.waitForRoleSecs;
    options.startDiscovery = false; // after the organization's plan check, with the other members
    onboarding->verifyRole(m_request.user, management.id, m_managementRoleArn, options, this,
        [this](const Result<Account> &verified) { managementVerified(verified); });
}

void OrganizationJob::managementVerified(const Result<Account> &management)
{
    if (!management) {
        // The management role's failures end the verify as `verify` ends (same codes), on the organization too.
        return fail(management.error(), true);
    }
    m_members.insert(management->awsAccountId, *management);
    fetchCredentials();
}

void OrganizationJob::fetchCredentials()
{
    const Result<QList<Account>> members = m_service->members(m_org.id);
    if (!members)
        return fail(members.error(), false);
    Account management;
    for (const Account &m : *members) {
        if (m.isLive())
            m_members.insert(m.awsAccountId, m);
        if (m.isLive() && m.awsAccountId == m_managementAwsId)
            management = m;
    }
    if (management.id.isEmpty() || management.status == AccountStatus::Pending)
        return fail(OnboardingService::domainError(OnrampError::WrongMethod,
                        OrganizationService::tr("The management account %1 of organization %2 is not connected: run "
                                                "\"org verify\" with its Role ARN.")
                            .arg(m_managementAwsId, m_org.id),
                        AwsError::Kind::InvalidInput),
            false);
    m_service->m_onboarding->accountCredentials(
        management, this, [this](const Result<CredentialsProviderPtr> &credentials) {
            if (!credentials)
                return fail(credentials.error(), !isTransient(credentials.error()));
            m_credentials = *credentials;
            if (m_request.mode == Mode::Verify)
                return describe();
            listAccounts();
        });
}

void OrganizationJob::describe()
{
    Q_EMIT m_service->stage(m_org.id, OrganizationService::tr("Reading the organization…"));
    m_service->m_aws->organizations()->describeOrganization(m_org.region, m_credentials, this,
        [this](const Result<OrgDescription> &organization) { described(organization); });
}

void OrganizationJob::described(const Result<OrgDescription> &organization)
{
    if (!organization) {
        AwsError e = organization.error();
        if (e.code == QLatin1StringView("AWSOrganizationsNotInUseException")) {
            e.code = QString(OnrampError::NotManagementAccount);
            e.message = OrganizationService::tr("AWS account %1 is not in an AWS Organization. Connect it as a single "
                                                "account instead.")
                            .arg(m_managementAwsId);
        } else if (e.kind == AwsError::Kind::AccessDenied) {
            e.code = QString(OnrampError::MissingPermissions);
            e.message = OrganizationService::tr("The management role may not read the organization (%1): it needs "
                                                "%2. Create the stack from the organization template.")
                            .arg(e.message, organizationsActionList());
        }
        return fail(e, true);
    }
    if (organization->managementAccountId != m_managementAwsId)
        return fail(OnboardingService::domainError(OnrampError::NotManagementAccount,
                        OrganizationService::tr("AWS account %1 is a member of organization %2, whose management "
                                                "account is %3: give the Role ARN of the stack in the management "
                                                "account.")
                            .arg(m_managementAwsId, organization->id, organization->managementAccountId),
                        AwsError::Kind::AccessDenied),
            true);
    // Stored once the organization passes the plan check (reconcile()): a refused one stays as it was.
    m_awsOrganizationId = organization->id;
    listAccounts();
}

void OrganizationJob::listAccounts()
{
    Q_EMIT m_service->stage(m_org.id, OrganizationService::tr("Listing the organization's accounts…"));
    m_service->m_aws->organizations()->listAccounts(
        m_org.region, m_credentials, this, [this](const Result<QList<OrgAccount>> &accounts) { listed(accounts); });
}

void OrganizationJob::listed(const Result<QList<OrgAccount>> &accounts)
{
    if (!accounts) {
        AwsError e = accounts.error();
        if (e.kind == AwsError::Kind::AccessDenied) {
            e.code = QString(OnrampError::MissingPermissions);
            e.message = OrganizationService::tr("The management role may not list the organization's accounts (%1): "
                                                "it needs %2.")
                            .arg(e.message, organizationsActionList());
        }
        return fail(e, !isTransient(e));
    }
    m_accounts = *accounts;
    for (const QString &id : std::as_const(m_excludedAccounts))
        m_excluded.insert(id);
    if (m_excludedOus.isEmpty())
        return reconcile();
    m_service->m_aws->organizations()->accountsBeneath(m_org.region, m_excludedOus, m_credentials, this,
        [this](const Result<QSet<QString>> &beneath) { expanded(beneath); });
}

void OrganizationJob::expanded(const Result<QSet<QString>> &beneathExcludedOus)
{
    if (!beneathExcludedOus) {
        // Not knowing what is excluded must not contact it: nothing is reconciled.
        AwsError e = beneathExcludedOus.error();
        e.message = OrganizationService::tr("Could not list the accounts of the excluded OUs: %1").arg(e.message);
        return fail(e, !isTransient(e));
    }
    m_excluded.unite(*beneathExcludedOus);
    reconcile();
}

OrganizationMember &OrganizationJob::outcome(const QString &awsAccountId)
{
    const auto it = m_outcomeIndex.constFind(awsAccountId);
    if (it != m_outcomeIndex.constEnd())
        return m_outcomes[*it];
    m_outcomeIndex.insert(awsAccountId, m_outcomes.size());
    OrganizationMember m;
    m.awsAccountId = awsAccountId;
    m_outcomes.append(m);
    return m_outcomes.last();
}

QString OrganizationJob::memberRoleArn(const QString &awsAccountId) const
{
    return Arn::role(m_partition, awsAccountId, m_roleName).toString();
}

void OrganizationJob::reconcile()
{
    OnboardingService *onboarding = m_service->m_onboarding;
    // What is to be connected: the management account (never excluded: it is how Onramp sees the organization),
    // then every ACTIVE account not excluded, in AWS's order. Ids are checked: they become ARNs and records.
    QStringList targets { m_managementAwsId };
    outcome(m_managementAwsId); // listed first
    QHash<QString, QString> names;
    QSet<QString> listed;
    for (const OrgAccount &a : std::as_const(m_accounts)) {
        if (!Arn::isAccountId(a.id))
            continue;
        listed.insert(a.id);
        names.insert(a.id, a.name);
        if (a.id == m_managementAwsId)
            continue;
        if (m_excluded.contains(a.id)) {
            OrganizationMember &o = outcome(a.id);
            o.name = a.name;
            o.status = QString(OrganizationMember::Excluded);
            continue;
        }
        if (isActive(a))
            targets.append(a.id);
    }
    outcome(m_managementAwsId).name = names.value(m_managementAwsId);

    if (const Result<void> plan = onboarding->checkOrganizationPlan(m_request.user, int(targets.size())); !plan) {
        // The organization is refused as a whole: a management record this job made is closed again.
        if (m_createdManagement) {
            if (const auto it = m_members.constFind(m_managementAwsId); it != m_members.constEnd())
                m_service->m_registry->setStatus(it->id, AccountStatus::Disconnected, plan.error().message);
        }
        m_outcomes.clear();
        m_outcomeIndex.clear();
        return fail(plan.error(), false);
    }
    if (m_request.mode == Mode::Verify) {
        Account org = m_org;
        org.awsOrganizationId = m_awsOrganizationId;
        org.managementAccountId = m_managementAwsId;
        org.roleArn = m_managementRoleArn;
        org.excludedAccounts = m_excludedAccounts;
        org.excludedOus = m_excludedOus;
        org.status = AccountStatus::Connected;
        org.lastError.clear();
        const Result<Account> stored = m_service->m_registry->updateAccount(org);
        if (!stored)
            return fail(stored.error(), false);
        m_org = *stored;
        onboarding->audit(m_request.user, actionOf(m_request.mode), m_org.id, QStringLiteral("ok"),
            OrganizationService::tr("management role %1 of organization %2")
                .arg(m_managementRoleArn, m_org.awsOrganizationId));
        Q_EMIT onboarding->accountChanged(m_org);
    }

    // Members whose account left the organization, was closed, or is excluded now: disconnected, history kept.
    const QList<Account> live = m_members.values();
    for (const Account &m : live) {
        if (m.awsAccountId == m_managementAwsId)
            continue;
        QString why;
        if (!listed.contains(m.awsAccountId))
            why = OrganizationService::tr("left the organization");
        else if (m_excluded.contains(m.awsAccountId))
            why = OrganizationService::tr("excluded");
        else if (!targets.contains(m.awsAccountId))
            why = OrganizationService::tr("closed in AWS");
        if (why.isEmpty())
            continue;
        OrganizationMember &o = outcome(m.awsAccountId);
        o.recordId = m.id;
        o.name = names.value(m.awsAccountId, m.friendlyName);
        o.status = accountStatusName(AccountStatus::Disconnected);
        o.message = OrganizationService::tr("Disconnected: %1; its instances are kept as history.").arg(why);
        m_members.remove(m.awsAccountId);
        onboarding->audit(m_request.user, QStringLiteral("org.member"), m.id, QStringLiteral("ok"),
            OrganizationService::tr("AWS account %1 %2").arg(m.awsAccountId, why));
        // The service is the context: a disconnect, once begun, finishes even if this job's caller goes away.
        ++m_inFlight;
        onboarding->disconnect(m_request.user, m.id, m_service, [job = QPointer(this)](const Result<Account> &done) {
            if (!done)
                qCWarning(lcModels).noquote() << "organization member not disconnected:" << done.error().toString();
            if (job) {
                --job->m_inFlight;
                job->pump();
            }
        });
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &id : std::as_const(targets)) {
        OrganizationMember &o = outcome(id);
        o.name = names.value(id, o.name);
        const auto member = m_members.constFind(id);
        if (member != m_members.constEnd()) {
            o.recordId = member->id;
            o.status = accountStatusName(member->status);
            o.instanceCount = member->instanceCount;
            o.databaseCount = member->databaseCount;
            o.message = member->lastError;
            const bool retry = member->status == AccountStatus::Pending || member->status == AccountStatus::Failed;
            if (!retry)
                continue;
            if (m_request.respectBackoff && m_service->m_nextRetry.value(member->id, now) > now)
                continue;
            if (id == m_managementAwsId && m_request.mode == Mode::Verify)
                continue; // just verified
            m_queue.append(id);
            continue;
        }
        m_queue.append(id);
    }
    // Discovered with the others: the management account this verify just connected, and members left connected
    // by a discovery that never ended (a process killed mid-way): their discovery is run again.
    if (m_request.options.startDiscovery) {
        QStringList rediscover;
        for (const Account &m : std::as_const(m_members)) {
            const bool justVerified = m_request.mode == Mode::Verify && m.awsAccountId == m_managementAwsId;
            if (targets.contains(m.awsAccountId) && !m_queue.contains(m.awsAccountId)
                && (justVerified || m.status == AccountStatus::Connected) && !m_service->m_discovery->isRunning(m.id))
                rediscover << m.id;
        }
        m_total += int(rediscover.size());
        for (const QString &id : std::as_const(rediscover)) {
            m_service->m_onboarding->discover(m_request.user, id, this, [this, id](const Result<Account> &started) {
                if (started && m_request.options.waitForDiscovery && m_service->m_discovery->isRunning(id))
                    m_awaitingDiscovery.insert(id);
                else
                    memberEnded();
            });
        }
    }
    if (m_request.mode == Mode::Verify) {
        const Account &management = m_members.value(m_managementAwsId);
        OrganizationMember &o = outcome(m_managementAwsId);
        o.recordId = management.id;
        o.status = accountStatusName(management.status);
    }
    m_total += int(m_queue.size());
    m_reconciled = true;
    Q_EMIT m_service->progress(m_org.id, m_done, m_total);
    Q_EMIT m_service->stage(
        m_org.id, OrganizationService::tr("Connecting %n account(s)…", nullptr, int(m_queue.size())));
    pump();
}

void OrganizationJob::pump()
{
    while (m_inFlight < m_service->maxConcurrentMembers() && !m_queue.isEmpty())
        verifyMember(m_queue.takeFirst());
    if (m_reconciled && m_inFlight == 0 && m_queue.isEmpty() && m_awaitingDiscovery.isEmpty() && m_done >= m_total)
        complete();
}

void OrganizationJob::verifyMember(const QString &awsAccountId)
{
    OnboardingService *onboarding = m_service->m_onboarding;
    OrganizationMember &o = outcome(awsAccountId);
    Account member = m_members.value(awsAccountId);
    if (member.id.isEmpty()) {
        // Ownership before anything is stored or sent: another user's account is refused, this user's own single
        // record of it is left alone. The database's unique index still decides a race.
        const Result<std::optional<Account>> holder = onboarding->claim(m_request.user, awsAccountId);
        if (!holder || holder->has_value()) {
            if (!holder && holder.error().code == OnrampError::AccountOwnedByAnotherUser) {
                o.status = QString(OrganizationMember::Refused);
                o.message = holder.error().message;
                onboarding->audit(m_request.user, QStringLiteral("org.member"), m_org.id, QStringLiteral("refused"),
                    holder.error().message);
            } else if (!holder) {
                o.status = accountStatusName(AccountStatus::Failed);
                o.message = holder.error().message;
            } else {
                const Account &own = **holder;
                o.recordId = own.id;
                o.status = QString(OrganizationMember::Separate);
                o.instanceCount = own.instanceCount;
                o.databaseCount = own.databaseCount;
                o.message = OrganizationService::tr("Already connected on its own (record %1).").arg(own.id);
            }
            m_done += 1;
            Q_EMIT m_service->progress(m_org.id, m_done, m_total);
            return;
        }
        Account m;
        m.owner = m_request.user;
        m.organization = m_org.id;
        m.method = AccountMethod::IamRole;
        m.status = AccountStatus::Pending;
        m.awsAccountId = awsAccountId;
        m.roleArn = memberRoleArn(awsAccountId);
        m.externalId = m_org.externalId;
        m.region = m_org.region;
        m.friendlyName = o.name;
        const Result<Account> created = m_service->m_registry->createAccount(m);
        if (!created) {
            const AwsError e = onboarding->storeError(created.error(), awsAccountId);
            o.status = e.code == OnrampError::AccountOwnedByAnotherUser ? QString(OrganizationMember::Refused)
                                                                        : accountStatusName(AccountStatus::Failed);
            o.message = e.message;
            m_done += 1;
            Q_EMIT m_service->progress(m_org.id, m_done, m_total);
            return;
        }
        member = *created;
        m_members.insert(awsAccountId, member);
        Q_EMIT onboarding->accountChanged(member);
    }
    o.recordId = member.id;
    ++m_inFlight;
    OnboardingService::VerifyOptions options;
    options.startDiscovery = m_request.options.startDiscovery;
    onboarding->verifyRole(m_request.user, member.id, member.roleArn, options, this,
        [this, awsAccountId, id = member.id](
            const Result<Account> &result) { memberVerified(awsAccountId, id, result); });
}

void OrganizationJob::memberVerified(
    const QString &awsAccountId, const QString &recordId, const Result<Account> &result)
{
    --m_inFlight;
    Registry *registry = m_service->m_registry;
    OrganizationMember &o = outcome(awsAccountId);
    if (result) {
        m_service->m_nextRetry.remove(recordId);
        o.status = accountStatusName(result->status);
        o.message.clear();
        if (m_request.options.startDiscovery && m_request.options.waitForDiscovery
            && m_service->m_discovery->isRunning(recordId)) {
            m_awaitingDiscovery.insert(recordId);
        } else {
            m_done += 1;
        }
    } else {
        AwsError e = result.error();
        if (e.code == OnrampError::RoleRejected)
            e.message = OrganizationService::tr("The role %1 cannot be assumed yet: the organization's StackSet may "
                                                "still be creating it in this account (or the account is outside "
                                                "its target OUs). Retried on every sync.")
                            .arg(memberRoleArn(awsAccountId));
        o.message = e.message;
        // A pending member keeps the reason (verify leaves a pending record as it was); later syncs retry it.
        Result<Account> stored = registry->account(recordId);
        if (stored && stored->status == AccountStatus::Pending && stored->lastError != e.message) {
            Account withReason = *stored;
            withReason.lastError = e.message;
            stored = registry->updateAccount(withReason);
            if (stored)
                Q_EMIT m_service->m_onboarding->accountChanged(*stored);
        }
        o.status = stored ? accountStatusName(stored->status) : accountStatusName(AccountStatus::Pending);
        if (e.code == OnrampError::AccountOwnedByAnotherUser)
            o.status = QString(OrganizationMember::Refused);
        // Backoff for periodic syncs: the interval, doubled per failed attempt (at most 16 intervals).
        const int attempts = qMin(4, m_service->m_attempts.value(recordId) + 1);
        m_service->m_attempts.insert(recordId, attempts);
        m_service->m_nextRetry.insert(
            recordId, QDateTime::currentDateTimeUtc().addMSecs(qint64(m_service->m_syncMs) * ((1 << attempts) - 1)));
        m_done += 1;
    }
    Q_EMIT m_service->progress(m_org.id, m_done, m_total);
    pump();
}

void OrganizationJob::discoveryFinished(const DiscoveryResult &result)
{
    if (!m_awaitingDiscovery.remove(result.accountId))
        return;
    m_done += 1;
    Q_EMIT m_service->progress(m_org.id, m_done, m_total);
    pump();
}

void OrganizationJob::memberEnded()
{
    m_done += 1;
    Q_EMIT m_service->progress(m_org.id, m_done, m_total);
    pump();
}

void OrganizationJob::complete()
{
    Registry *registry = m_service->m_registry;
    // The outcomes as stored now (statuses and counts after discovery).
    int pending = 0;
    int refused = 0;
    int failed = 0;
    int active = 0;
    // One read of the members, not one per account (this runs on the GUI thread in the app).
    QHash<QString, Account> stored;
    if (const Result<QList<Account>> members = m_service->members(m_org.id); members) {
        for (const Account &m : *members)
            stored.insert(m.id, m);
    }
    for (OrganizationMember &o : m_outcomes) {
        if (!o.recordId.isEmpty() && o.status != OrganizationMember::Separate) {
            if (const auto a = stored.constFind(o.recordId); a != stored.constEnd()) {
                o.status = accountStatusName(a->status);
                o.instanceCount = a->instanceCount;
                o.databaseCount = a->databaseCount;
                if (!a->lastError.isEmpty())
                    o.message = a->lastError;
                else if (a->status == AccountStatus::Active || a->status == AccountStatus::Connected)
                    o.message.clear();
            }
        }
        if (o.status == QLatin1StringView("pending"))
            ++pending;
        else if (o.status == OrganizationMember::Refused)
            ++refused;
        else if (o.status == QLatin1StringView("failed"))
            ++failed;
        else if (o.status == QLatin1StringView("active"))
            ++active;
    }
    QStringList problems;
    if (pending > 0)
        problems << OrganizationService::tr("%n account(s) pending", nullptr, pending);
    if (refused > 0)
        problems << OrganizationService::tr("%n refused (connected to a different user)", nullptr, refused);
    if (failed > 0)
        problems << OrganizationService::tr("%n failed", nullptr, failed);
    Result<Account> org = registry->account(m_org.id);
    if (org && org->isLive()) {
        Account updated = *org;
        updated.lastError = problems.join(QStringLiteral(", "));
        if (active > 0 && (updated.status == AccountStatus::Connected || updated.status == AccountStatus::Failed))
            updated.status = AccountStatus::Active;
        if (updated.status == AccountStatus::Failed && active == 0 && m_request.mode == Mode::Sync)
            updated.status = AccountStatus::Connected; // the listing worked again
        if (!(updated == *org)) {
            org = registry->updateAccount(updated);
            if (org)
                Q_EMIT m_service->m_onboarding->accountChanged(*org);
        }
    }
    if (!org)
        return finish(org.error());
    m_service->m_onboarding->audit(m_request.user, actionOf(m_request.mode), m_org.id, QStringLiteral("ok"),
        OrganizationService::tr("%1: %2 account(s) listed, %3 active%4")
            .arg(m_org.awsOrganizationId)
            .arg(m_accounts.size())
            .arg(active)
            .arg(problems.isEmpty() ? QString() : QStringLiteral(", ") + problems.join(QStringLiteral(", "))));
    OrganizationResult result;
    result.organization = *org;
    result.members = m_outcomes;
    Q_EMIT m_service->synced(result);
    finish(result);
}

void OrganizationJob::fail(const AwsError &error, bool markFailed)
{
    Registry *registry = m_service->m_registry;
    if (!m_org.id.isEmpty()) {
        const Result<Account> org = registry->account(m_org.id);
        if (org && org->isLive()) {
            Account updated = *org;
            updated.lastError = error.message;
            if (markFailed && updated.status != AccountStatus::Pending)
                updated.status = AccountStatus::Failed;
            if (const Result<Account> stored = registry->updateAccount(updated); stored)
                Q_EMIT m_service->m_onboarding->accountChanged(*stored);
        }
        Q_EMIT m_service->syncFailed(m_org.id, error.message);
    }
    finish(m_service->m_onboarding->fail(m_request.user, actionOf(m_request.mode), m_request.organizationId, error)
               .error());
}

void OrganizationJob::finish(const Result<OrganizationResult> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_service->m_busy.value(m_request.organizationId) == this)
        m_service->m_busy.remove(m_request.organizationId);
    if (m_context)
        m_callback(result);
    deleteLater();
}
