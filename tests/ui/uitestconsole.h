// UiTestConsole: the services of one console session, composed as app/main.cpp does, for GUI tests.
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
public:
    UiTestConsole(const FakeAws &fake, const QString &scenario, const QString &session,
                  const QString &user = QStringLiteral("alice"))
    {
        m_dbPath = m_dir.filePath(QStringLiteral("onramp.sqlite"));
        Result<std::unique_ptr<Registry>> opened = Registry::open(m_dbPath, user);
        if (!opened)
            qFatal("registry: %s", qPrintable(opened.error().toString()));
        registry = std::move(opened).value();

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
        aws = std::make_unique<AwsClients>(env);
        secrets = std::make_unique<SecretStore>(QStringLiteral("onramp-uitest-") + session);
        discovery = std::make_unique<DiscoveryService>(registry.get(), aws.get());
        discovery->setRefreshIntervalMs(0);
        onboarding = std::make_unique<OnboardingService>(registry.get(), secrets.get(), aws.get(), discovery.get());
        services.registry = registry.get();
        services.secrets = secrets.get();
        services.aws = aws.get();
        services.discovery = discovery.get();
        services.onboarding = onboarding.get();
        services.user = user;
        services.dbUrl = m_dbPath;
        settings = std::make_unique<AppSettings>();
        identity = std::make_unique<ConsoleIdentity>(services, settings.get(), env);
    }

    /// Isolates QSettings and the app data folder from the user's and from the other GUI suites, which CTest may
    /// run at the same time (call once, from initTestCase()): each executable gets a settings file of its own.
    static void isolateSettings()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OnrampTests"));
        QCoreApplication::setApplicationName(QStringLiteral("onramp-")
                                             + QFileInfo(QCoreApplication::applicationFilePath()).baseName());
        QSettings().clear();
    }

    QString dbPath() const { return m_dbPath; }

    QProcessEnvironment env;
    std::unique_ptr<Registry> registry;
    std::unique_ptr<AwsClients> aws;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<DiscoveryService> discovery;
    std::unique_ptr<OnboardingService> onboarding;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<ConsoleIdentity> identity;
    ConsoleServices services;

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
};
