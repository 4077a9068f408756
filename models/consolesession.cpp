// ConsoleSession: opening and wiring the services of one console session.
#include "models/consolesession.h"

#include "models/awsclients.h"
#include "models/discoveryservice.h"
#include "models/onboardingservice.h"
#include "models/organizationservice.h"
#include "models/registry.h"
#include "models/secretstore.h"

#include <QCoreApplication>

#include <pwd.h>
#include <unistd.h>

QString ConsoleSession::defaultUser(const QProcessEnvironment &environment)
{
    QString user = environment.value(QStringLiteral("ONRAMP_USER"));
    if (user.isEmpty())
        user = environment.value(QStringLiteral("USER"), environment.value(QStringLiteral("LOGNAME")));
    if (user.isEmpty()) {
        if (const passwd *pw = getpwuid(geteuid()))
            user = QString::fromLocal8Bit(pw->pw_name);
    }
    return user;
}

Result<std::unique_ptr<ConsoleSession>> ConsoleSession::open(const Options &options)
{
    std::unique_ptr<ConsoleSession> s(new ConsoleSession);
    s->m_dbUrl = options.db;
    s->m_teamMode = Registry::isTeamModeUrl(options.db);
    if (s->m_teamMode && !options.user.isEmpty()) {
        AwsError e = AwsError::make(AwsError::Kind::InvalidInput,
            QCoreApplication::translate("ConsoleSession",
                "--user is refused in team mode: the console user is "
                "the PostgreSQL role you log in as."));
        e.code = QStringLiteral("UserRefusedInTeamMode");
        return e;
    }
    const QString user
        = s->m_teamMode ? QString() : (options.user.isEmpty() ? defaultUser(options.environment) : options.user);
    // The AWS clients first (they need nothing of the registry): their TLS setup (Qt's TLS backend, the CA bundle)
    // loads on its own thread while the registry opens, instead of after it, in front of the first request.
    s->m_aws = std::make_unique<AwsClients>(options.environment);
    if (!options.region.isEmpty())
        s->m_aws->setHomeRegion(options.region);
    Result<std::unique_ptr<Registry>> opened = Registry::open(options.db, user);
    if (!opened)
        return opened.error();
    s->m_registry = std::move(opened).value();
    s->m_user = s->m_teamMode ? s->m_registry->consoleUser() : user;

    s->m_secrets = std::make_unique<SecretStore>(options.keychainService);
    s->m_discovery = std::make_unique<DiscoveryService>(s->m_registry.get(), s->m_aws.get());
    s->m_discovery->setRefreshIntervalMs(options.refreshIntervalMs);
    bool ok = false;
    const int slowMs = options.environment.value(QStringLiteral("ONRAMP_SLOW_DISCOVERY_MS")).toInt(&ok);
    if (ok && slowMs > 0)
        s->m_discovery->setSlowThresholdMs(slowMs);
    s->m_onboarding = std::make_unique<OnboardingService>(
        s->m_registry.get(), s->m_secrets.get(), s->m_aws.get(), s->m_discovery.get());
    s->m_organizations = std::make_unique<OrganizationService>(
        s->m_registry.get(), s->m_aws.get(), s->m_onboarding.get(), s->m_discovery.get());
    // Organizations are re-listed on the app's periodic refresh, less often than discovery: ListAccounts is
    // rate-limited per organization. ONRAMP_ORG_SYNC_MS overrides it (tests).
    const int orgSyncMs = options.environment.value(QStringLiteral("ONRAMP_ORG_SYNC_MS")).toInt(&ok);
    if (ok && orgSyncMs > 0)
        s->m_organizations->setPeriodicSync(s->m_user, orgSyncMs);
    else if (options.refreshIntervalMs > 0)
        s->m_organizations->setPeriodicSync(s->m_user, qMax(options.refreshIntervalMs, 5 * 60 * 1000));
    return s;
}

void ConsoleSession::closeServices()
{
    // Reverse order of construction: each service outlives those built on it.
    m_organizations.reset();
    m_onboarding.reset();
    m_discovery.reset();
    m_secrets.reset();
}

void ConsoleSession::closeForExit()
{
    closeServices();
    m_registry.reset();
    // Deliberately never destroyed: the process ends without returning to Qt (see the declaration).
    (void)m_aws.release();
}

ConsoleSession::~ConsoleSession()
{
    closeServices();
    m_aws.reset();
    m_registry.reset();
}
