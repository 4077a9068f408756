// ConnectKeysJob: one access-key connect of OnboardingService, in named steps.
#pragma once

#include "aws/credentialsprovider.h"
#include "aws/ec2types.h"
#include "aws/secretbytes.h"
#include "models/onboardingjob.h"

#include <QObject>

#include <optional>

/// OnboardingService::connectKeys() as a job: check the input → ask AWS whose keys these are (GetCallerIdentity) →
/// refuse an account's root keys → choose the record (ownership via claim(), the plan) → claim it in the database
/// as pending → store the secret in the keychain → mark it connected → discover. A refused or failed connect leaves
/// nothing of itself behind: no record, no keychain entry, the record as it was. The job deletes itself when done,
/// and stops (like any callback of \a context) if \a context is destroyed first. Private to OnboardingService.
class ConnectKeysJob final : public OnboardingJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectKeysJob)
public:
    struct Request
    {
        QString user;
        QString accessKeyId;
        SecretBytes secret;
        QString region;
        QString friendlyName;
        bool startDiscovery = true;
    };

    ConnectKeysJob(
        OnboardingService *service, Request request, QObject *context, OnboardingService::AccountCallback callback);
    void start();

private:
    Result<void> checkInput();
    void identify();
    void identified(const Result<CallerIdentity> &identity);
    Result<void> chooseRecord();
    void storeSecret();
    void secretStored(const Result<void> &written);
    void connected(const Result<Account> &stored);
    void finish(const Result<Account> &result);
    /// Audits the failure and finishes with it.
    void fail(const AwsError &error);

    Request m_request;

    QString m_keyId; ///< trimmed
    QString m_home; ///< the STS region
    SecretBytes m_entry; ///< what the keychain keeps: "<access key id>\n<secret>"
    CredentialsProviderPtr m_keys;
    CallerIdentity m_identity;
    Account m_account; ///< the record as this connect writes it
    Account m_before; ///< the record as it was (to put back)
    bool m_isNew = false;
    bool m_claimFirst = false; ///< claimed as pending before the keychain is touched
};
