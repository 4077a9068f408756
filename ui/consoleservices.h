// ConsoleServices: the engine objects the windows share, composed once in app/main.cpp (or in a test).
#pragma once

#include "models/consolesession.h"

#include <QString>

class AwsClients;
class DiscoveryService;
class OnboardingService;
class OrganizationService;
class Registry;
class SecretStore;

/// Non-owning pointers to the models/ services of one console session, and who is using them.
/// The composition root owns the objects and keeps them alive longer than every window.
struct ConsoleServices
{
    Registry *registry = nullptr;
    SecretStore *secrets = nullptr;
    AwsClients *aws = nullptr;
    DiscoveryService *discovery = nullptr;
    OnboardingService *onboarding = nullptr;
    OrganizationService *organizations = nullptr;
    QString user; ///< the console user every OnboardingService call is made for
    QString dbUrl; ///< what Registry::open() was given (empty: the default file), to open worker connections

    /// The services of \a session (which must outlive the windows given them).
    static ConsoleServices of(const ConsoleSession &session)
    {
        return { session.registry(), session.secrets(), session.aws(), session.discovery(), session.onboarding(),
            session.organizations(), session.user(), session.dbUrl() };
    }
};
