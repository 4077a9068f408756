// CliCommands: onrampctl's commands (see shared cli-contract.md), wired to the models layer.
#pragma once

#include "models/account.h"
#include "models/consolesession.h"
#include "models/discoveryservice.h"
#include "models/organizationservice.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <memory>

class AwsClients;
class CliProgress;
class OnboardingService;
class Registry;
class SecretStore;
struct AwsError;

/// Global options every command takes.
struct CliGlobals
{
    QString db;
    bool dbGiven = false; ///< db came from --db on the command line (not from ONRAMP_DB)
    QString user; ///< --user; the session's console user once the registry is open
    QString region;
    bool json = false;
    bool userGiven = false;
};

/// Runs one onrampctl command asynchronously and ends the event loop with the contract's exit code.
class CliCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliCommands)
public:
    explicit CliCommands(CliGlobals globals, QObject *parent = nullptr);
    ~CliCommands() override;

    /// Starts \a command with \a args (after the global options). Exits the application when done.
    void run(const QString &command, const QStringList &args);
    /// After the event loop: closes the session for the process's end (ConsoleSession::closeForExit()).
    void closeForExit();

private:
    bool openRegistry();
    void create(const QStringList &args);
    /// `template` (a single account's) or, with \a organization, `org template`.
    void templateCommand(const QStringList &args, bool organization);
    void verify(const QStringList &args);
    void connectKeys(const QStringList &args);
    void accounts();
    void discover(const QStringList &args);
    void instances(const QStringList &args);
    void disconnect(const QStringList &args);
    void users(const QStringList &args);
    void doctor();
    // `org create|verify|sync` (clicommandsorg.cpp; `org template` is templateCommand())
    void org(const QStringList &args);
    void orgCreate(const QStringList &args);
    void orgVerify(const QStringList &args, bool verify);
    void printOrganization(const OrganizationResult &result);

    /// After a connect/verify/discover: wait for discovery (unless \a wait is false) and print the result.
    void awaitDiscovery(const Account &account, bool wait);
    /// What the user should know about \a a's databases (not permitted, partly denied), or empty.
    static QString databaseAccessNote(const Account &a);
    void printAccountResult(const Account &account, const DiscoveryResult *result);
    void fail(const AwsError &error);
    void usage(const QString &message);
    void finish(int exitCode);
    void printJson(const QJsonValue &value);
    void printLine(const QString &text);
    /// The progress line's text while \a progress's discovery runs.
    static QString discoveringText(const DiscoveryProgress &progress, qint64 elapsedSecs);

    CliGlobals m_globals;
    std::unique_ptr<ConsoleSession> m_session;
    Registry *m_registry = nullptr;
    AwsClients *m_aws = nullptr;
    SecretStore *m_secrets = nullptr;
    DiscoveryService *m_discovery = nullptr;
    OnboardingService *m_onboarding = nullptr;
    OrganizationService *m_organizations = nullptr;
    CliProgress *m_progress = nullptr; ///< stderr's progress line (a no-op unless stderr is a terminal, no --json)
    bool m_finished = false;
};
