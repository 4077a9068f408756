// UiTestConsole: the services of one console session (a ConsoleSession, as app/main.cpp opens it), for GUI tests.
#pragma once

#include "../support/fakeaws.h"
#include "models/awsclients.h"
#include "models/discoveryservice.h"
#include "models/onboardingservice.h"
#include "models/registry.h"
#include "models/secretstore.h"
#include "ui/appsettings.h"
#include "ui/consoleidentity.h"
#include "ui/consoleservices.h"

#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/// A throwaway registry file, AwsClients whose every endpoint is the fake's <scenario>/<session> (trusting its CA,
/// with the fake's console identity as the console's credentials, all through a controlled environment), a keychain
/// service name of its own, and the discovery and onboarding services on top. Without a fake (\a fake invalid) the
/// endpoints stay AWS's but nothing in a test that does not connect will call them.
class UiTestConsole
{
    // First: the folder outlives the session, and the session outlives the windows' services below.
    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<ConsoleSession> m_session;

public:
    UiTestConsole(const FakeAws &fake, const QString &scenario, const QString &session,
        const QString &user = QStringLiteral("alice"))
    {
        m_dbPath = m_dir.filePath(QStringLiteral("onramp.sqlite"));
        env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1,localhost"));
        env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
        env.insert(QStringLiteral("ONRAMP_RETRY_BASE_MS"), QStringLiteral("20"));
        env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), m_dir.filePath(QStringLiteral("no-credentials")));
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), m_dir.filePath(QStringLiteral("no-config")));
        if (fake.isValid()) {
            env.insert(QStringLiteral("AWS_ENDPOINT_URL"), fake.endpoint(scenario, session).toString());
            env.insert(QStringLiteral("AWS_CA_BUNDLE"), fake.caBundle());
            env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), FakeAws::consoleKeyId());
            env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), FakeAws::consoleSecret());
        }
        ConsoleSession::Options options;
        options.db = m_dbPath;
        options.user = user;
        options.keychainService = QStringLiteral("onramp-uitest-") + session;
        options.environment = env;
        Result<std::unique_ptr<ConsoleSession>> opened = ConsoleSession::open(options);
        if (!opened)
            qFatal("console session: %s", qPrintable(opened.error().toString()));
        m_session = std::move(opened).value();
        registry = m_session->registry();
        aws = m_session->aws();
        secrets = m_session->secrets();
        discovery = m_session->discovery();
        onboarding = m_session->onboarding();
        services = ConsoleServices::of(*m_session);
        settings = std::make_unique<AppSettings>();
        identity = std::make_unique<ConsoleIdentity>(services, settings.get(), env);
    }

    /// Isolates QSettings and the app data folder from the user's and from the other GUI suites, which CTest may
    /// run at the same time (call once, from initTestCase()): each executable gets a settings file of its own.
    static void isolateSettings()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OnrampTests"));
        QCoreApplication::setApplicationName(
            QStringLiteral("onramp-") + QFileInfo(QCoreApplication::applicationFilePath()).baseName());
        QSettings().clear();
    }

    QString dbPath() const { return m_dbPath; }

    QProcessEnvironment env;
    Registry *registry = nullptr;
    AwsClients *aws = nullptr;
    SecretStore *secrets = nullptr;
    DiscoveryService *discovery = nullptr;
    OnboardingService *onboarding = nullptr;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<ConsoleIdentity> identity;
    ConsoleServices services;
};
