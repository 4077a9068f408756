// ConsoleSession: the engine of one console session (registry, AWS clients, keychain, discovery, onboarding),
// opened from (database, user, environment) in one place for the app, onrampctl and the tests.
#pragma once

#include "aws/awserror.h"

#include <QProcessEnvironment>
#include <QString>

#include <memory>

class AwsClients;
class DiscoveryService;
class OnboardingService;
class OrganizationService;
class Registry;
class SecretStore;

/// Owns the services of one console session, built in the order they depend on each other: AwsClients and Registry
/// (independent: the clients first, so that their TLS setup loads while the registry opens) -> SecretStore ->
/// DiscoveryService -> OnboardingService -> OrganizationService. It is the only place that decides team mode
/// (Registry::isTeamModeUrl()) and who the console user is: in team mode the PostgreSQL role the server authenticated
/// (a user name given is refused), else the name given or defaultUser(). Destroyed in reverse order of dependence
/// (the registry last).
class ConsoleSession final
{
public:
    struct Options
    {
        QString db; ///< --db / ONRAMP_DB: a SQLite path, postgresql://… or empty (the default file)
        QString user; ///< --user; empty: defaultUser() (SQLite) or the server's role (team mode)
        QString region; ///< --region; empty: the environment's (AWS_REGION, …) or us-east-1
        QString keychainService; ///< empty: ONRAMP_KEYCHAIN_SERVICE or "onramp"
        int refreshIntervalMs = 0; ///< periodic rediscovery; 0: none (the CLI)
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    };

    /// Opens the registry and builds the services. Errors: the registry's (DatabaseOpenFailed, …), or
    /// InvalidInput when a user name is given in team mode.
    static Result<std::unique_ptr<ConsoleSession>> open(const Options &options);

    ~ConsoleSession();

    /// For a process about to end (onrampctl once its output is written, then std::_Exit()): closes what holds state
    /// worth closing properly, in the destructor's order — the services (a discovery's writer thread and its
    /// connection), the keychain, the registry (SQLite's last checkpoint and WAL removal; team mode's connection
    /// ended with the server) — and leaves the AWS clients' network stack (Qt's HTTP threads and open connections)
    /// to the operating system, which drops it at exit faster than Qt tears it down manager by manager (~10 ms
    /// after a discovery). Nothing may use the session afterwards.
    void closeForExit();
    ConsoleSession(const ConsoleSession &) = delete;
    ConsoleSession &operator=(const ConsoleSession &) = delete;

    /// The OS login name: ONRAMP_USER, else USER/LOGNAME, else the password database's name for the process.
    static QString defaultUser(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    bool isTeamMode() const { return m_teamMode; }
    /// The console user every OnboardingService call is made for.
    const QString &user() const { return m_user; }
    /// What the registry was opened from (for worker connections: Registry::open(dbUrl(), user())).
    const QString &dbUrl() const { return m_dbUrl; }

    Registry *registry() const { return m_registry.get(); }
    AwsClients *aws() const { return m_aws.get(); }
    SecretStore *secrets() const { return m_secrets.get(); }
    DiscoveryService *discovery() const { return m_discovery.get(); }
    OnboardingService *onboarding() const { return m_onboarding.get(); }
    OrganizationService *organizations() const { return m_organizations.get(); }

private:
    ConsoleSession() = default;
    /// The services, in reverse order of construction (the destructor's and closeForExit()'s first step).
    void closeServices();

    bool m_teamMode = false;
    QString m_user;
    QString m_dbUrl;
    std::unique_ptr<Registry> m_registry;
    std::unique_ptr<AwsClients> m_aws;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<DiscoveryService> m_discovery;
    std::unique_ptr<OnboardingService> m_onboarding;
    std::unique_ptr<OrganizationService> m_organizations;
};
