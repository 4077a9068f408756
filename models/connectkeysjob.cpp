// ConnectKeysJob: input -> identity -> record -> claim -> secret -> connected -> discovery.
#include "models/connectkeysjob.h"

#include "aws/stsclient.h"
#include "models/awsclients.h"
#include "models/discoveryservice.h"
#include "models/errortext.h"
#include "models/logging.h"
#include "models/registry.h"
#include "models/secretstore.h"

#include <QUuid>

namespace {
const QString kAction = QStringLiteral("connect-keys");

AwsError inputError(QLatin1StringView code, const QString &message)
{
    AwsError e = AwsError::make(AwsError::Kind::InvalidInput, message);
    e.code = QString(code);
    return e;
}
} // namespace

ConnectKeysJob::ConnectKeysJob(
    OnboardingService *service, Request request, QObject *context, OnboardingService::AccountCallback callback)
    : OnboardingJob(service, context, std::move(callback))
    , m_request(std::move(request))
{
}

void ConnectKeysJob::start()
{
    if (const Result<void> ok = checkInput(); !ok)
        return fail(ok.error());
    identify();
}

Result<void> ConnectKeysJob::checkInput()
{
    m_keyId = m_request.accessKeyId.trimmed();
    if (!OnboardingService::isValidAccessKeyId(m_keyId))
        return inputError(OnrampError::InvalidKeyFormat,
            OnboardingService::tr("The access key id must be AKIA or ASIA followed by 16 upper-case "
                                  "letters or digits."));
    if (!OnboardingService::isValidSecretShape(m_request.secret.view()))
        return inputError(OnrampError::InvalidKeyFormat,
            OnboardingService::tr("The secret access key must be 40 characters: letters, digits, '/', "
                                  "'+' or '='."));
    m_home = m_request.region.isEmpty() ? m_service->m_aws->homeRegion() : m_request.region;
    if (!AwsEndpoints::isValidRegionName(m_home))
        return inputError(
            QLatin1StringView("InvalidRegion"), OnboardingService::tr("\"%1\" is not an AWS region name.").arg(m_home));
    if (const Result<ConsoleUser> u = m_service->m_registry->ensureUser(m_request.user); !u)
        return u.error();
    return {};
}

void ConnectKeysJob::identify()
{
    QByteArray entry;
    entry.reserve(m_keyId.size() + 1 + m_request.secret.size());
    entry.append(m_keyId.toLatin1()).append('\n').append(m_request.secret.view());
    m_entry = SecretBytes(entry);
    SecretBytes::wipe(entry);
    AwsCredentials creds;
    creds.accessKeyId = m_keyId;
    creds.secretAccessKey = std::move(m_request.secret);
    creds.source = QStringLiteral("keychain");
    m_keys = StaticCredentialsProvider::make(std::move(creds));
    Q_EMIT m_service->stage(QString(), OnboardingService::tr("Verifying…"));
    m_service->m_aws->sts()->getCallerIdentity(
        m_home, m_keys, this, [this](const Result<CallerIdentity> &identity) { identified(identity); });
}

void ConnectKeysJob::identified(const Result<CallerIdentity> &identity)
{
    if (!identity)
        return fail(identity.error());
    m_identity = *identity;
    // An account's root user can do anything, cannot be limited by IAM policy and should have no access keys at
    // all: refuse them before anything is stored (arn:aws:iam::123456789012:root).
    if (m_identity.arn.endsWith(QLatin1StringView(":root"))) {
        AwsError e = AwsError::make(AwsError::Kind::InvalidCredentials,
            OnboardingService::tr("These are the root user's access keys of AWS account %1. Onramp does not "
                                  "accept root credentials: they cannot be limited to read-only. Create an IAM "
                                  "user that may only call %2, use its keys, and delete the root user's access "
                                  "keys.")
                .arg(m_identity.account, OnboardingService::requiredActionList()));
        e.code = QString(OnrampError::RootCredentialsRefused);
        return fail(e);
    }
    if (const Result<void> chosen = chooseRecord(); !chosen)
        return fail(chosen.error());
    if (m_claimFirst) {
        Registry *registry = m_service->m_registry;
        const Result<Account> claimed
            = m_isNew ? registry->createAccount(m_account) : registry->updateAccount(m_account);
        if (!claimed)
            return fail(m_service->storeError(claimed.error(), m_identity.account));
    }
    storeSecret();
}

Result<void> ConnectKeysJob::chooseRecord()
{
    const QString &user = m_request.user;
    const QString &awsId = m_identity.account;
    // The upsert's target: this user's live record of the account, else their pending placeholder, else new.
    const Result<std::optional<Account>> existing = m_service->claim(user, awsId);
    if (!existing)
        return existing.error();
    std::optional<Account> target = *existing;
    if (!target) {
        if (const Result<QList<Account>> mine = m_service->m_registry->accounts(user)) {
            for (const Account &a : *mine) {
                if (a.status == AccountStatus::Pending && a.awsAccountId.isEmpty())
                    target = a; // the newest placeholder wins (accounts() is oldest first)
            }
        }
    }
    if (const Result<void> plan = m_service->checkPlan(user, target ? target->id : QString(), awsId); !plan)
        return plan.error();
    m_account = target.value_or(Account());
    m_isNew = !target.has_value();
    if (m_isNew) {
        m_account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_account.owner = user;
    }
    m_before = m_account;
    // A record nobody can use yet (a new one, or this user's CloudFormation placeholder) is claimed in the database
    // first, as pending with the AWS account id: the unique index decides ownership before the keychain is touched,
    // so a refused connect stores nothing anywhere, and a connect killed half-way leaves a pending record that
    // `discover` finishes or reports, never a keychain entry nobody knows of.
    m_claimFirst = m_isNew || m_account.status == AccountStatus::Pending;
    m_account.awsAccountId = awsId;
    m_account.method = AccountMethod::AccessKeys;
    m_account.roleArn.clear();
    m_account.externalId.clear();
    m_account.region = m_home;
    if (!m_request.friendlyName.isEmpty())
        m_account.friendlyName = m_request.friendlyName;
    m_account.keychainRef = SecretStore::accountKey(m_account.id);
    m_account.status = m_claimFirst ? AccountStatus::Pending : AccountStatus::Connected;
    m_account.lastError.clear();
    if (!m_claimFirst)
        m_account.lastValidatedAt = QDateTime::currentDateTimeUtc();
    return {};
}

void ConnectKeysJob::storeSecret()
{
    Q_EMIT m_service->stage(m_account.id, OnboardingService::tr("Saving the secret in the system keychain…"));
    m_service->m_secrets->write(
        m_account.keychainRef, m_entry, this, [this](Result<void> written) { secretStored(written); });
}

void ConnectKeysJob::secretStored(const Result<void> &written)
{
    m_entry = SecretBytes(); // wiped: the keychain has it now, or nobody needs it
    Registry *registry = m_service->m_registry;
    if (!written) {
        // Nothing of a connect that could not keep its secret stays behind.
        if (m_isNew)
            registry->removeUnusedAccount(m_account.id);
        else if (m_claimFirst)
            registry->updateAccount(m_before);
        return fail(written.error());
    }
    if (m_claimFirst) {
        // A concurrent `discover` of the same record may have finished the connect already.
        const Result<Account> current = registry->account(m_account.id);
        if (current && (current->status == AccountStatus::Connected || current->status == AccountStatus::Active))
            return connected(current);
        return connected(registry->setStatus(m_account.id, AccountStatus::Connected));
    }
    const Result<Account> stored = registry->updateAccount(m_account);
    if (!stored && m_before.keychainRef.isEmpty()) {
        // The record had no secret before this connect: take the one just written away again.
        m_service->m_secrets->remove(m_account.keychainRef, this, [this, stored](Result<void> removed) {
            if (!removed)
                qCWarning(lcModels).noquote()
                    << "keychain entry of a failed connect not removed:" << removed.error().toString();
            connected(stored);
        });
        return;
    }
    connected(stored);
}

void ConnectKeysJob::connected(const Result<Account> &stored)
{
    if (!stored)
        return fail(m_service->storeError(stored.error(), m_identity.account));
    m_service->audit(m_request.user, kAction, stored->id, QStringLiteral("ok"),
        OnboardingService::tr("access key %1 of %2")
            .arg(m_keyId.left(4) + QStringLiteral("…") + m_keyId.right(4), m_identity.arn));
    Q_EMIT m_service->accountChanged(*stored);
    if (m_request.startDiscovery)
        m_service->m_discovery->start(*stored, m_keys);
    finish(stored);
}

void ConnectKeysJob::fail(const AwsError &error)
{
    // A record this connect made and then lost is no one's: the failure is not about a record id.
    finish(m_service->fail(m_request.user, kAction, m_isNew ? QString() : m_account.id, error));
}

void ConnectKeysJob::finish(const Result<Account> &result)
{
    m_entry = SecretBytes();
    done(result);
}
