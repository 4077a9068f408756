// OrganizationJob: one verify or sync of an AWS Organization, in named steps.
#pragma once

#include "aws/credentialsprovider.h"
#include "aws/organizationsclient.h"
#include "models/organizationservice.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

struct DiscoveryResult;

/// OrganizationService::verify() and sync() as a job:
/// verify: check the organization record and the Role ARN → the management account's member record (made
/// pending if new) verified by OnboardingService::verifyRole() → its credentials → DescribeOrganization (the
/// role's account must manage it) → the record stored connected with the organization id and exclusions →
/// reconcile.
/// sync: check the record (verified before) → the management member's credentials → reconcile.
/// reconcile: ListAccounts (every page) and the accounts beneath excluded OUs → the trial rule → members that
/// left, were closed or are excluded disconnected → for each ACTIVE account not excluded: a new member record
/// verified, a pending or failed one verified again, another user's account refused, this user's own single
/// record left alone — at most maxConcurrentMembers() verifies at once → (optionally) every member's discovery
/// awaited → the organization's status and summary stored, audited. The job deletes itself when done and stops
/// if \a context is destroyed first.
class OrganizationJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationJob)
public:
    enum class Mode { Verify, Sync };
    struct Request
    {
        Mode mode = Mode::Sync;
        QString user;
        QString organizationId;
        QString roleArnOrAccountId; ///< verify only
        OrganizationService::Options options;
        bool respectBackoff = false; ///< periodic sync: pending members are retried only when their backoff passed
    };

    OrganizationJob(
        OrganizationService *service, Request request, QObject *context, OrganizationService::ResultCallback callback);
    void start();

private:
    Result<void> checkRecord();
    void verifyManagement();
    void managementVerified(const Result<Account> &management);
    void fetchCredentials();
    void describe();
    void described(const Result<OrgDescription> &organization);
    void listAccounts();
    void listed(const Result<QList<OrgAccount>> &accounts);
    void expanded(const Result<QSet<QString>> &beneathExcludedOus);
    void reconcile();
    void pump();
    void verifyMember(const QString &awsAccountId);
    void memberVerified(const QString &awsAccountId, const QString &recordId, const Result<Account> &result);
    void discoveryFinished(const DiscoveryResult &result);
    void memberEnded();
    void complete();
    /// Ends the job with \a error, stored on the organization's record (a pending one stays pending; a live one
    /// becomes failed when \a markFailed).
    void fail(const AwsError &error, bool markFailed);
    void finish(const Result<OrganizationResult> &result);
    OrganizationMember &outcome(const QString &awsAccountId);
    QString memberRoleArn(const QString &awsAccountId) const;

    OrganizationService *const m_service;
    Request m_request;
    QPointer<QObject> m_context;
    OrganizationService::ResultCallback m_callback;

    Account m_org;
    QString m_managementRoleArn;
    QString m_managementAwsId;
    QString m_roleName;
    QString m_partition;
    CredentialsProviderPtr m_credentials; ///< the management role's, for the Organizations calls
    QList<OrgAccount> m_accounts; ///< ListAccounts, AWS's order
    QString m_awsOrganizationId; ///< verify: DescribeOrganization's id
    QStringList m_excludedAccounts; ///< in force for this job (verify: as given, else the stored ones)
    QStringList m_excludedOus;
    QSet<QString> m_excluded; ///< account ids excluded (given, or beneath an excluded OU)
    bool m_createdManagement = false; ///< this job made the management member record
    QList<OrganizationMember> m_outcomes;
    QHash<QString, qsizetype> m_outcomeIndex; ///< AWS account id -> m_outcomes index
    QHash<QString, Account> m_members; ///< live member records by AWS account id
    QStringList m_queue; ///< AWS account ids still to verify
    int m_inFlight = 0;
    int m_total = 0; ///< members verified (and discovered) by this job
    int m_done = 0;
    QSet<QString> m_awaitingDiscovery; ///< member record ids whose discovery the job waits for
    bool m_reconciled = false; ///< every verify is queued: the job may complete once they have ended
    bool m_finished = false;
};
