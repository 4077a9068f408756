// VerifyRoleJob: one CloudFormation-role verify of OnboardingService, in named steps.
#pragma once

#include "aws/credentialsprovider.h"
#include "aws/ec2client.h"
#include "models/onboardingjob.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <optional>

/// OnboardingService::verifyRole() as a job: check the record and the Role ARN (ownership via claim(), the plan)
/// → AssumeRole with the record's External ID (retried while the stack is being created, up to waitForRoleSecs)
/// → at the same time: prove the role refuses AssumeRole without the External ID (the confused-deputy proof), probe
/// the discovery permissions (EC2's by DryRun; RDS's, optional, by the smallest real call) and start the discovery
/// held (DiscoveryService::startHeld(): its requests go out, nothing is stored) → once all have answered, the proof
/// decides first, then the probes → store (ownership again, this user's other record of the AWS account adopted) →
/// connected → the held discovery released (or dropped when verification failed). A pending record stays pending
/// when AWS refuses; a connected one whose role stopped working or was opened up becomes failed. The job deletes itself
/// when done, and stops if \a context is destroyed first.
class VerifyRoleJob final : public OnboardingJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyRoleJob)
public:
    struct Request
    {
        QString user;
        QString accountId;
        QString roleArnOrAccountId;
        OnboardingService::VerifyOptions options;
    };

    VerifyRoleJob(
        OnboardingService *service, Request request, QObject *context, OnboardingService::AccountCallback callback);
    /// A job stopped before it finished (its caller's context destroyed) drops its held discovery.
    ~VerifyRoleJob() override;
    void start();

private:
    Result<void> checkRecord();
    void assume();
    void assumed(const Result<AwsCredentials> &credentials);
    /// What goes on the wire the moment the role is assumed (assumed()), one endpoint per request: the permission
    /// probes and, with a discovery, its first requests in the home region. (The proof goes to STS, where the
    /// AssumeRole's own connection is free again by then.)
    QList<QUrl> endpointsAfterAssume() const;
    void proveExternalIdRequired();
    void probePermissions();
    /// When the External-ID proof, the EC2 probes and the RDS probe have all answered: fails on a role that does not
    /// require the External ID (or an open question), then on a missing EC2 permission; else stores.
    void probed();
    /// The proof's verdict: an error when the role can be assumed without the External ID or AWS did not say.
    AwsError proofError() const;
    void store();
    void finish(const Result<Account> &result);
    /// Audits the failure and finishes with it; \a markFailed: a record past pending becomes failed with it.
    void fail(const AwsError &error, bool markFailed = false);

    Request m_request;

    Account m_account; ///< the record as it was read
    QString m_roleArn; ///< validated
    QString m_awsId; ///< the role's account
    std::shared_ptr<CredentialsProvider> m_role;
    QElapsedTimer m_clock; ///< since the first AssumeRole
    int m_attempt = 0;
    /// The AssumeRole without External ID's answer, once in: AWS's refusal, or no error when it was granted.
    std::optional<AwsError> m_proof;
    QPointer<DiscoveryService> m_discovery; ///< where the held discovery runs (outlives the job, or is null)
    bool m_discoveryHeld = false; ///< a held discovery runs for m_account (released by store(), else dropped)
    std::optional<Result<QList<PermissionCheck>>> m_ec2Checks; ///< the EC2 DryRun probes' answer, once in
    std::optional<DatabaseAccess> m_databaseAccess; ///< the RDS probe's answer, once in (Unknown: inconclusive)
};
