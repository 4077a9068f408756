// ConnectWizard: the "Connect AWS Account" dialog — CloudFormation or access keys, then progress and outcome.
#pragma once

#include "aws/awserror.h"
#include "models/account.h"
#include "models/discoveryservice.h"
#include "models/organizationservice.h"
#include "ui/consoleservices.h"

#include <QDialog>
#include <QElapsedTimer>

class AccessKeysPage;
class AppSettings;
class CloudFormationPage;
class ConnectProgressPage;
class ConsoleIdentity;
class OrganizationPage;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTimer;

/// Two pages, by id: MethodPage (tabs "CloudFormation (recommended)", "Access keys" and "AWS Organization") and
/// ProgressPage
/// ("Verifying…", "Discovering… (Ns)", "Complete! Account activated", or the error with its hint and Retry).
/// All work is done by OnboardingService and DiscoveryService; this dialog forwards the user's intent and shows
/// their signals. Entering the CloudFormation tab creates a pending record (OnboardingService::createPending) or
/// shows the one being resumed. Cancelling leaves nothing behind except that pending record, and only when its
/// template left the app or a verification was attempted (so it can be resumed from the main window); a record
/// nobody saw is disconnected again. Closing during discovery lets it go on in the background.
/// The AWS Organization tab does the same with a pending organization record (OrganizationService::createPending);
/// Verify runs OrganizationService::verify() without waiting for discovery, and the progress page shows
/// "12 of 48 accounts" and every account of the organization (status, instances, message) until they are all
/// connected and discovered, or pending with their reason.
class ConnectWizard final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectWizard)
public:
    enum Page { MethodPage, ProgressPage };
    enum Method { CloudFormationMethod, AccessKeysMethod, OrganizationMethod };

    ConnectWizard(
        const ConsoleServices &services, ConsoleIdentity *identity, AppSettings *settings, QWidget *parent = nullptr);
    ~ConnectWizard() override;

    /// Shows pending record \a pendingAccountId on the CloudFormation tab (an organization record: on the AWS
    /// Organization tab) instead of creating a new one.
    void resume(const QString &pendingAccountId);
    /// How long a verification keeps retrying while the stack and IAM settle (default 300 s).
    void setWaitForRoleSecs(int secs) { m_waitForRoleSecs = secs; }
    void setMethod(Method method);

    Page currentPage() const;
    Method currentMethod() const;
    /// The account connected by this dialog (empty until a connect succeeded).
    QString connectedAccountId() const { return m_accountId; }
    /// The pending record on the CloudFormation tab (empty until created).
    QString pendingRecordId() const { return m_recordId; }
    /// The pending organization record on the AWS Organization tab (empty until created).
    QString organizationRecordId() const { return m_orgRecordId; }

    CloudFormationPage *cloudFormationPage() const { return m_cfnPage; }
    AccessKeysPage *accessKeysPage() const { return m_keysPage; }
    OrganizationPage *organizationPage() const { return m_orgPage; }
    ConnectProgressPage *progressPage() const { return m_progress; }

    void reject() override;

Q_SIGNALS:
    void accountConnected(const QString &accountId);
    void showInstancesRequested(const QString &accountId);
    /// The pending record this dialog created was given up (disconnected) on cancel.
    void pendingRecordDropped(const QString &accountId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Flow { None, Role, Keys, Discovery, Organization, OrganizationDiscovery };

    void goToPage(Page page);
    void ensurePendingRecord();
    void ensurePendingOrganization();
    void verifyOrganization();
    void onOrganizationResult(const Result<OrganizationResult> &result);
    /// The organization's accounts as stored now (merged into the last result's outcomes), on the progress page.
    void updateOrganization();
    void verifyRole();
    void connectKeys();
    void onConnectResult(const Result<Account> &result, Flow flow);
    void followDiscovery();
    void updateDiscovery();
    void onDiscoveryFinished(const DiscoveryResult &result);
    void showFailure(const AwsError &error, Flow flow, const QString &headline = {});
    void retry();
    void dropUnusedPendingRecord();
    void updateButtons();

    ConsoleServices m_services;
    ConsoleIdentity *m_identity;
    AppSettings *m_settings;
    int m_waitForRoleSecs = 300;

    QStackedWidget *m_stack;
    QTabWidget *m_tabs;
    CloudFormationPage *m_cfnPage;
    AccessKeysPage *m_keysPage;
    OrganizationPage *m_orgPage;
    ConnectProgressPage *m_progress;
    QPushButton *m_retryButton;
    QPushButton *m_showInstancesButton;
    QPushButton *m_closeButton;

    QString m_recordId; ///< the pending CloudFormation record shown
    bool m_createdRecord = false;
    QString m_orgRecordId; ///< the pending organization record shown
    bool m_createdOrgRecord = false;
    bool m_orgVerifyAttempted = false;
    int m_orgDone = 0;
    int m_orgTotal = 0;
    QList<OrganizationMember> m_orgMembers; ///< the last verify's outcomes
    bool m_verifyAttempted = false;
    QString m_accountId; ///< the account being connected/discovered
    Flow m_flow = Flow::None; ///< what is running now
    Flow m_failedFlow = Flow::None;
    bool m_busy = false;
    bool m_closeWhenIdle = false;
    QElapsedTimer m_discoveryClock;
    QTimer *m_tick;
    DiscoveryProgress m_lastProgress;
};
