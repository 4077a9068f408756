// CredentialsProvider: where signing credentials come from (static keys, env, profiles, assumed roles).
#pragma once

#include "aws/awscredentials.h"
#include "aws/awserror.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

#include <functional>
#include <memory>

/// Supplies credentials to sign a request with, asynchronously, so that a provider may refresh them over the
/// network (an assumed role close to expiry) without blocking. Providers outlive the requests that use them
/// (callers hold them in a std::shared_ptr). The callback gets the provider's own credentials by reference, valid
/// during the call: AwsCredentials holds a SecretBytes and is move-only, so a caller signs with them and keeps none.
class CredentialsProvider : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialsProvider)
public:
    using Callback = std::function<void(const Result<AwsCredentials> &)>;

    explicit CredentialsProvider(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
    /// Calls \a callback (in the thread of \a context, not after \a context is destroyed) with usable
    /// credentials or the reason there are none. May call back before returning when nothing needs fetching.
    virtual void fetch(QObject *context, Callback callback) = 0;
    /// Forget cached credentials (the server said they expired); the next fetch() gets fresh ones if it can.
    virtual void invalidate() { }
    /// Whose requests these credentials sign, for HttpClient's scheduler (AwsCall::scheduleKey): by default this
    /// provider; an assumed role is its role's account.
    virtual QByteArray scheduleKey() const { return "provider:" + QByteArray::number(quintptr(this), 16); }
    /// Where the credentials come from, for `onrampctl doctor` and the settings (e.g. "credential_process of
    /// profile \"dev\""); empty when the provider cannot tell.
    virtual QString sourceDescription() const { return {}; }
};

using CredentialsProviderPtr = std::shared_ptr<CredentialsProvider>;

/// Fixed credentials: explicit keys from the keychain, the environment or a profile.
class StaticCredentialsProvider final : public CredentialsProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaticCredentialsProvider)
public:
    explicit StaticCredentialsProvider(AwsCredentials credentials, QObject *parent = nullptr);
    void fetch(QObject *context, Callback callback) override;
    /// From the credentials' source: environment variables, a profile's keys, the keychain.
    QString sourceDescription() const override;

    static CredentialsProviderPtr make(AwsCredentials credentials)
    {
        return std::make_shared<StaticCredentialsProvider>(std::move(credentials));
    }

private:
    /// Built once: every fetch() hands out this one object by reference, never a copy of the secret.
    const Result<AwsCredentials> m_credentials;
};

/// Temporary credentials got from somewhere (an STS call, a credential_process, the IAM Identity Center portal) when
/// first needed, and again when they are within refreshMarginSecs of expiring or invalidate() was called.
/// Credentials without an expiration are kept until invalidate(). Concurrent fetches share one refresh; a failed
/// refresh is delivered to every waiter and not cached. Subclasses implement refresh().
class RefreshingCredentialsProvider : public CredentialsProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshingCredentialsProvider)
public:
    static constexpr int refreshMarginSecs = 300;

    explicit RefreshingCredentialsProvider(QObject *parent = nullptr)
        : CredentialsProvider(parent)
    {
    }
    void fetch(QObject *context, Callback callback) final;
    void invalidate() override;
    /// Number of refreshes started; for tests.
    int refreshCount() const { return m_refreshCount; }

protected:
    using Done = std::function<void(Result<AwsCredentials>)>;
    /// Gets fresh credentials and calls \a done once, now or later (not after this provider is destroyed).
    virtual void refresh(Done done) = 0;

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };
    /// The last credentials got, while usable. Shared with the deliveries under way, so a callback that
    /// invalidates the cache (or fetches again) does not pull the credentials from under the others.
    std::shared_ptr<const Result<AwsCredentials>> m_cached;
    QList<Waiter> m_waiters;
    bool m_inFlight = false;
    int m_refreshCount = 0;
};

/// The console's own identity by the AWS CLI's rules (AWS CLI User Guide, "Configuration and credential file
/// settings"): AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY[/AWS_SESSION_TOKEN]; otherwise the profile AWS_PROFILE
/// (or "default") from AWS_SHARED_CREDENTIALS_FILE (~/.aws/credentials), then AWS_CONFIG_FILE (~/.aws/config).
class CredentialsChain final
{
public:
    static Result<AwsCredentials> resolve(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    /// The region by the same rules: AWS_REGION, AWS_DEFAULT_REGION, the profile's "region", else \a fallback.
    static QString resolveRegion(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
        const QString &fallback = QStringLiteral("us-east-1"));
    /// The profile name in effect: AWS_PROFILE, AWS_DEFAULT_PROFILE, else "default".
    static QString profileName(const QProcessEnvironment &env);
    /// The shared files: AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE ("~/" expanded), else under ~/.aws.
    static QString credentialsFilePath(const QProcessEnvironment &env);
    static QString configFilePath(const QProcessEnvironment &env);
    /// \a relative under the home directory of \a env (HOME, else the user's).
    static QString homeFilePath(const QProcessEnvironment &env, const QString &relative);
    /// The environment's keys (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN) whether or not a profile is
    /// named; an error when the key id is set without its secret, none (an invalid AwsCredentials) when unset.
    static Result<AwsCredentials> environmentKeys(const QProcessEnvironment &env);
};
