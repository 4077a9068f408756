// AppSettings: the desktop app's preferences, typed, over QSettings. Never holds a secret.
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <QVariant>

/// Typed access to the app's QSettings (organisation "Onramp", application "onramp"). Secrets are never stored
/// here: console access keys go to the keychain through SecretStore (see ConsoleIdentity).
/// changed() is emitted after any setter changed a value, so windows can re-read what they show.
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)
public:
    /// Where the console identity (the principal customer roles trust) comes from.
    enum class IdentitySource {
        Environment, ///< the AWS credentials chain of the process: AWS_* variables, else the default profile
        Profile, ///< a named profile from ~/.aws/credentials or ~/.aws/config
        Keychain, ///< access keys the user entered in Settings, kept in the system keychain
    };
    Q_ENUM(IdentitySource)

    /// Light, dark, or whatever the platform gives.
    enum class Appearance { System, Light, Dark };
    Q_ENUM(Appearance)

    explicit AppSettings(QObject *parent = nullptr);

    IdentitySource identitySource() const;
    void setIdentitySource(IdentitySource source);
    QString awsProfile() const;
    void setAwsProfile(const QString &profile);
    /// The access key id of the keychain identity (not secret; shown so the user knows which key is stored).
    QString keychainKeyId() const;
    void setKeychainKeyId(const QString &keyId);

    /// A 12-digit account that templates trust instead of the console identity's own account; empty: none.
    QString trustedAccountOverride() const;
    void setTrustedAccountOverride(const QString &accountId);
    /// Where the template is hosted (https), for the CloudFormation quick-create link; empty: not configured.
    QUrl templateUrl() const;
    void setTemplateUrl(const QUrl &url);
    /// Home region for new onboardings and STS; empty: the AWS chain's region.
    QString homeRegion() const;
    void setHomeRegion(const QString &region);
    /// Seconds between automatic re-discoveries (0 disables).
    int refreshIntervalSecs() const;
    void setRefreshIntervalSecs(int secs);
    /// "" follows the system locale; otherwise "en", "de", "es", "fr" or "ja". Applied at the next start.
    QString language() const;
    void setLanguage(const QString &language);
    Appearance appearance() const;
    void setAppearance(Appearance appearance);

    /// Saved geometry and state of a window or view, by key (e.g. "instanceBrowser/header").
    QByteArray state(const QString &key) const;
    void setState(const QString &key, const QByteArray &state);

    static constexpr int DefaultRefreshIntervalSecs = 60;

Q_SIGNALS:
    void changed();

private:
    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    void setValue(const QString &key, const QVariant &value);
};
