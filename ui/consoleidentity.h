// ConsoleIdentity: which AWS principal this console acts as, and the account customer roles must trust.
#pragma once

#include "ui/appsettings.h"
#include "ui/consoleservices.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>

/// Applies the identity chosen in Settings (the AWS credentials chain, a named ~/.aws profile, or access keys
/// kept in the keychain) to AwsClients, then looks up its AWS account with OnboardingService::consoleAccountId()
/// (STS GetCallerIdentity), asynchronously. The trusted account of new templates is the one configured for the
/// record's partition, else the Settings override when set, else that account. Windows show state() and react to
/// changed().
class ConsoleIdentity final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleIdentity)
public:
    enum class State { Unknown, LookingUp, Known, Failed };
    Q_ENUM(State)

    ConsoleIdentity(const ConsoleServices &services, AppSettings *settings, const QProcessEnvironment &env,
        QObject *parent = nullptr);

    State state() const { return m_state; }
    /// The console identity's own AWS account (valid when state() is Known).
    QString accountId() const { return m_accountId; }
    /// What templates of a record homed in \a region trust: the console's account configured for that region's
    /// partition (ONRAMP_TRUSTED_ACCOUNT_<PARTITION>, AwsClients::configuredTrustedAccount()), else the Settings
    /// override, else accountId(); empty while unknown.
    QString trustedAccountId(const QString &region = {}) const;
    /// Where the identity comes from, for people ("AWS profile \"prod\"", "access keys in the keychain", ...).
    QString sourceText() const;
    /// The user's words for the last failure (with its hint), when state() is Failed.
    QString errorText() const { return m_error; }

    /// Key of the keychain entry holding the console's "<access key id>\n<secret>".
    static QString keychainKey() { return QStringLiteral("console"); }

public Q_SLOTS:
    /// Re-applies the Settings' identity source to AwsClients and looks the account up again.
    void refresh();

Q_SIGNALS:
    void changed();

private:
    void lookUp();
    void setFailed(const QString &text);

    ConsoleServices m_services;
    AppSettings *m_settings;
    QProcessEnvironment m_env;
    State m_state = State::Unknown;
    QString m_accountId;
    QString m_error;
    quint64 m_generation = 0; ///< drops answers of a lookup that a newer refresh() superseded
};
