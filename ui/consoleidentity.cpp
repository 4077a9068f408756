// ConsoleIdentity: applies the configured console identity and looks up its account.
#include "ui/consoleidentity.h"

#include "aws/credentialsprovider.h"
#include "models/awsclients.h"
#include "models/errortext.h"
#include "models/onboardingservice.h"
#include "models/secretstore.h"

#include <QPointer>

namespace {
/// A provider that only ever reports why there are no credentials, so AwsClients never keeps using an identity
/// the user switched away from.
class UnavailableCredentialsProvider final : public CredentialsProvider
{
public:
    explicit UnavailableCredentialsProvider(AwsError error)
        : m_error(std::move(error))
    {
    }
    void fetch(QObject *, Callback callback) override { callback(m_error); }

private:
    AwsError m_error;
};

QString describe(const AwsError &e)
{
    const ErrorText t = ErrorText::describe(e);
    return t.hint.isEmpty() || t.message.contains(t.hint) ? t.message : t.message + QStringLiteral(" — ") + t.hint;
}
} // namespace

ConsoleIdentity::ConsoleIdentity(
    const ConsoleServices &services, AppSettings *settings, const QProcessEnvironment &env, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_settings(settings)
    , m_env(env)
{
}

QString ConsoleIdentity::trustedAccountId() const
{
    const QString override = m_settings->trustedAccountOverride();
    if (!override.isEmpty())
        return override;
    return m_state == State::Known ? m_accountId : QString();
}

QString ConsoleIdentity::sourceText() const
{
    switch (m_settings->identitySource()) {
    case AppSettings::IdentitySource::Environment:
        return tr("AWS credentials from the environment or the default profile");
    case AppSettings::IdentitySource::Profile:
        return tr("AWS profile \"%1\"").arg(m_settings->awsProfile());
    case AppSettings::IdentitySource::Keychain:
        return tr("access key %1 in the system keychain").arg(m_settings->keychainKeyId());
    }
    return {};
}

void ConsoleIdentity::setFailed(const QString &text)
{
    m_state = State::Failed;
    m_accountId.clear();
    m_error = text;
    Q_EMIT changed();
}

void ConsoleIdentity::refresh()
{
    const quint64 generation = ++m_generation;
    m_state = State::LookingUp;
    m_error.clear();
    Q_EMIT changed();

    auto useChain = [this](const QProcessEnvironment &env) {
        m_services.aws->useCredentialsChain(env);
        if (const Result<CredentialsProviderPtr> console = m_services.aws->consoleIdentity(); !console)
            m_services.aws->setConsoleIdentity(std::make_shared<UnavailableCredentialsProvider>(console.error()));
    };

    switch (m_settings->identitySource()) {
    case AppSettings::IdentitySource::Environment:
        useChain(m_env);
        lookUp();
        return;
    case AppSettings::IdentitySource::Profile: {
        QProcessEnvironment env = m_env;
        // A chosen profile wins over keys in the environment.
        for (const char *name : { "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN" })
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("AWS_PROFILE"), m_settings->awsProfile());
        useChain(env);
        lookUp();
        return;
    }
    case AppSettings::IdentitySource::Keychain:
        m_services.secrets->read(keychainKey(), this, [this, generation](Result<SecretBytes> stored) {
            if (generation != m_generation)
                return;
            if (!stored) {
                m_services.aws->setConsoleIdentity(std::make_shared<UnavailableCredentialsProvider>(stored.error()));
                setFailed(describe(stored.error()));
                return;
            }
            const QByteArrayView bytes = stored->view();
            const qsizetype nl = bytes.indexOf('\n');
            if (nl <= 0) {
                setFailed(tr("The console's keychain entry is damaged; enter the access keys again in Settings."));
                return;
            }
            AwsCredentials c;
            c.accessKeyId = QString::fromLatin1(bytes.first(nl));
            c.secretAccessKey = SecretBytes(bytes.sliced(nl + 1));
            c.source = QStringLiteral("keychain");
            m_services.aws->setConsoleIdentity(StaticCredentialsProvider::make(std::move(c)));
            lookUp();
        });
        return;
    }
}

void ConsoleIdentity::lookUp()
{
    const quint64 generation = m_generation;
    m_services.onboarding->consoleAccountId(this, [this, generation](const Result<QString> &account) {
        if (generation != m_generation)
            return;
        if (!account) {
            setFailed(describe(account.error()));
            return;
        }
        m_state = State::Known;
        m_accountId = *account;
        m_error.clear();
        Q_EMIT changed();
    });
}
