// ConnectWizard: the Connect AWS Account dialog.
#include "ui/connectwizard.h"

#include "models/awsclients.h"
#include "models/errortext.h"
#include "models/onboardingservice.h"
#include "models/registry.h"
#include "ui/accesskeyspage.h"
#include "ui/appsettings.h"
#include "ui/cloudformationpage.h"
#include "ui/connectprogresspage.h"
#include "ui/consoleidentity.h"
#include "ui/logging.h"
#include "ui/organizationpage.h"
#include "ui/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

ConnectWizard::ConnectWizard(
    const ConsoleServices &services, ConsoleIdentity *identity, AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_identity(identity)
    , m_settings(settings)
{
    setWindowTitle(tr("Connect AWS Account"));
    setWindowIcon(Theme::appIcon());
    setObjectName(QStringLiteral("connectWizard"));
    auto *layout = new QVBoxLayout(this);

    m_stack = new QStackedWidget(this);
    auto *methodPage = new QWidget(m_stack);
    auto *methodLayout = new QVBoxLayout(methodPage);
    methodLayout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(
        tr("Onramp reads the account's EC2 instances and RDS databases and never changes anything in it. Choose "
           "how it gets read-only access:"),
        methodPage);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    methodLayout->addWidget(intro);
    m_tabs = new QTabWidget(methodPage);
    m_tabs->setObjectName(QStringLiteral("methodTabs"));
    m_tabs->setAccessibleName(tr("Connection method"));
    m_cfnPage = new CloudFormationPage(m_services, m_identity, m_settings, m_tabs);
    m_cfnPage->setObjectName(QStringLiteral("cfnTab"));
    m_keysPage = new AccessKeysPage(m_tabs);
    m_keysPage->setObjectName(QStringLiteral("keysTab"));
    m_tabs->addTab(m_cfnPage, Theme::action("cloudformation"), tr("Cloud&Formation (recommended)"));
    m_tabs->addTab(m_keysPage, Theme::action("key"), tr("&Access keys"));
    m_orgPage = new OrganizationPage(m_services, m_identity, m_settings, m_tabs);
    m_orgPage->setObjectName(QStringLiteral("orgTab"));
    m_tabs->addTab(m_orgPage, Theme::action("organization"), tr("AWS &Organization"));
    methodLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(methodPage);

    m_progress = new ConnectProgressPage(m_stack);
    m_progress->setObjectName(QStringLiteral("progressPage"));
    m_stack->addWidget(m_progress);
    layout->addWidget(m_stack, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_retryButton = new QPushButton(Theme::action("refresh"), tr("&Retry"), this);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setAccessibleName(tr("Retry"));
    m_showInstancesButton = new QPushButton(Theme::action("instances"), tr("Show &instances"), this);
    m_showInstancesButton->setObjectName(QStringLiteral("showInstancesButton"));
    m_showInstancesButton->setAccessibleName(tr("Show the account's instances"));
    m_closeButton = new QPushButton(tr("Cancel"), this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAccessibleName(tr("Close this window"));
    m_closeButton->setAutoDefault(false);
    m_retryButton->setAutoDefault(false);
    m_showInstancesButton->setAutoDefault(false);
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_showInstancesButton);
    buttons->addWidget(m_closeButton);
    layout->addLayout(buttons);

    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ConnectWizard::updateDiscovery);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == CloudFormationMethod && isVisible())
            ensurePendingRecord();
        if (index == OrganizationMethod && isVisible())
            ensurePendingOrganization();
    });
    connect(m_orgPage, &OrganizationPage::verifyRequested, this, &ConnectWizard::verifyOrganization);
    connect(m_cfnPage, &CloudFormationPage::verifyRequested, this, &ConnectWizard::verifyRole);
    connect(m_keysPage, &AccessKeysPage::connectRequested, this, &ConnectWizard::connectKeys);
    connect(m_retryButton, &QPushButton::clicked, this, &ConnectWizard::retry);
    connect(m_closeButton, &QPushButton::clicked, this, &ConnectWizard::reject);
    connect(m_showInstancesButton, &QPushButton::clicked, this, [this] {
        Q_EMIT showInstancesRequested(m_accountId);
        accept();
    });

    connect(m_services.onboarding, &OnboardingService::stage, this, [this](const QString &id, const QString &text) {
        if (!m_busy)
            return;
        if (m_flow == Flow::Role && id != m_recordId)
            return;
        QString detail;
        // OnboardingService's own words for the waiting state, translated the same way.
        static const QString waiting = QCoreApplication::translate("OnboardingService", "Waiting for the stack… (%1 s)")
                                           .section(QLatin1Char('%'), 0, 0);
        if (m_flow == Flow::Role && text.startsWith(waiting))
            detail = tr("The role is not usable yet. Onramp keeps trying for up to %1 min while CloudFormation "
                        "creates it and IAM makes it usable; you can leave this window open.")
                         .arg(qMax(1, m_waitForRoleSecs / 60));
        m_progress->showWorking(text, detail);
    });
    if (m_services.organizations) {
        connect(m_services.organizations, &OrganizationService::stage, this,
            [this](const QString &id, const QString &text) {
                if (m_flow == Flow::Organization && id == m_orgRecordId && m_orgTotal == 0)
                    m_progress->showWorking(text);
            });
        connect(m_services.organizations, &OrganizationService::progress, this,
            [this](const QString &id, int done, int total) {
                if (m_flow != Flow::Organization || id != m_orgRecordId)
                    return;
                m_orgDone = done;
                m_orgTotal = total;
                updateOrganization();
            });
    }
    connect(m_services.onboarding, &OnboardingService::accountChanged, this, [this] {
        if (m_flow == Flow::Organization || m_flow == Flow::OrganizationDiscovery)
            updateOrganization();
    });
    connect(m_services.discovery, &DiscoveryService::progress, this, [this](const DiscoveryProgress &p) {
        if (m_flow == Flow::OrganizationDiscovery)
            updateOrganization();
        if (m_flow != Flow::Discovery || p.accountId != m_accountId)
            return;
        m_lastProgress = p;
        updateDiscovery();
    });
    connect(m_services.discovery, &DiscoveryService::slow, this, [this](const QString &id) {
        if (m_flow == Flow::Discovery && id == m_accountId)
            m_progress->showSlow();
    });
    connect(m_services.discovery, &DiscoveryService::finished, this, [this](const DiscoveryResult &r) {
        if (m_flow == Flow::OrganizationDiscovery)
            updateOrganization();
        if (m_flow == Flow::Discovery && r.accountId == m_accountId)
            onDiscoveryFinished(r);
    });

    m_keysPage->setRegion(m_services.aws->homeRegion());
    resize(860, 760);
    goToPage(MethodPage);
}

ConnectWizard::~ConnectWizard() = default;

void ConnectWizard::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_tabs->currentIndex() == CloudFormationMethod && m_stack->currentIndex() == MethodPage)
        QTimer::singleShot(0, this, &ConnectWizard::ensurePendingRecord);
    if (m_tabs->currentIndex() == OrganizationMethod && m_stack->currentIndex() == MethodPage)
        QTimer::singleShot(0, this, &ConnectWizard::ensurePendingOrganization);
}

ConnectWizard::Page ConnectWizard::currentPage() const
{
    return Page(m_stack->currentIndex());
}

ConnectWizard::Method ConnectWizard::currentMethod() const
{
    return Method(m_tabs->currentIndex());
}

void ConnectWizard::setMethod(Method method)
{
    m_tabs->setCurrentIndex(method);
}

void ConnectWizard::resume(const QString &pendingAccountId)
{
    const Result<Account> record = m_services.registry->account(pendingAccountId);
    if (record && record->isOrganization()) {
        m_orgRecordId = pendingAccountId;
        m_createdOrgRecord = false;
        m_tabs->setCurrentIndex(OrganizationMethod);
        m_orgPage->setRecord(*record);
        return;
    }
    m_recordId = pendingAccountId;
    m_createdRecord = false;
    m_tabs->setCurrentIndex(CloudFormationMethod);
    if (!record) {
        const ErrorText t = ErrorText::describe(record.error());
        m_cfnPage->setRecordError(t.message, t.hint);
        return;
    }
    m_keysPage->setRegion(record->region);
    m_cfnPage->setRecord(*record);
    // A pending access-key record is a connect that was cut short (the app or machine stopped mid-way): the
    // keys tab is where it goes on; the CloudFormation tab still offers this record's template.
    if (record->method == AccountMethod::AccessKeys)
        m_tabs->setCurrentIndex(AccessKeysMethod);
}

void ConnectWizard::ensurePendingRecord()
{
    if (!m_recordId.isEmpty() || m_stack->currentIndex() != MethodPage)
        return;
    const Result<Account> created = m_services.onboarding->createPending(m_services.user);
    if (!created) {
        const ErrorText t = ErrorText::describe(created.error());
        m_cfnPage->setRecordError(t.message, t.hint);
        return;
    }
    m_recordId = created->id;
    m_createdRecord = true;
    m_cfnPage->setRecord(*created);
}

void ConnectWizard::ensurePendingOrganization()
{
    if (!m_orgRecordId.isEmpty() || m_stack->currentIndex() != MethodPage || !m_services.organizations)
        return;
    const Result<Account> created
        = m_services.organizations->createPending(m_services.user, QString(), m_services.aws->homeRegion());
    if (!created) {
        const ErrorText t = ErrorText::describe(created.error());
        m_orgPage->setRecordError(t.message, t.hint);
        return;
    }
    m_orgRecordId = created->id;
    m_createdOrgRecord = true;
    m_orgPage->setRecord(*created);
}

void ConnectWizard::verifyOrganization()
{
    if (m_busy || m_orgRecordId.isEmpty() || !m_orgPage->inputValid())
        return;
    const QString name = m_orgPage->friendlyName();
    if (const Result<Account> stored = m_services.onboarding->rename(m_services.user, m_orgRecordId, name); !stored)
        qCWarning(lcUi).noquote() << "friendly name not stored:" << stored.error().toString();
    m_orgVerifyAttempted = true;
    m_busy = true;
    m_flow = Flow::Organization;
    m_orgDone = 0;
    m_orgTotal = 0;
    m_orgMembers.clear();
    m_progress->setMembers({});
    m_progress->setSummary(tr("%1 — AWS Organization, management role %2")
                               .arg(name.isEmpty() ? tr("New organization") : name, m_orgPage->roleArnText()));
    m_progress->showWorking(tr("Verifying…"),
        tr("Assuming the management account's role with this onboarding's External ID, then reading the "
           "organization."));
    goToPage(ProgressPage);
    OrganizationService::Options options;
    options.waitForRoleSecs = m_waitForRoleSecs;
    options.waitForDiscovery = false;
    options.excludeAccounts = m_orgPage->excludedAccounts();
    options.excludeOus = m_orgPage->excludedOus();
    m_services.organizations->verify(m_services.user, m_orgRecordId, m_orgPage->roleArnText(), options, this,
        [this](const Result<OrganizationResult> &result) { onOrganizationResult(result); });
}

void ConnectWizard::onOrganizationResult(const Result<OrganizationResult> &result)
{
    m_busy = false;
    if (!result) {
        showFailure(result.error(), Flow::Organization, tr("The organization could not be connected"));
        updateButtons();
        return;
    }
    m_accountId = result->organization.id;
    m_orgMembers = result->members;
    Q_EMIT accountConnected(m_accountId);
    m_flow = Flow::OrganizationDiscovery;
    updateOrganization();
}

void ConnectWizard::updateOrganization()
{
    if (m_flow != Flow::Organization && m_flow != Flow::OrganizationDiscovery)
        return;
    // Member records as stored now, keyed by AWS account id; outcomes that stored nothing stay as reported.
    const Result<QList<Account>> records = m_services.organizations->members(m_orgRecordId);
    QList<OrganizationMember> shown = m_orgMembers;
    QHash<QString, qsizetype> row;
    for (qsizetype i = 0; i < shown.size(); ++i)
        row.insert(shown.at(i).awsAccountId, i);
    int instances = 0;
    int connected = 0;
    int running = 0;
    int live = 0;
    if (records) {
        for (const Account &a : *records) {
            if (!a.isLive())
                continue;
            ++live;
            OrganizationMember m;
            const auto at = row.constFind(a.awsAccountId);
            if (at != row.cend())
                m = shown.at(*at);
            m.recordId = a.id;
            m.awsAccountId = a.awsAccountId;
            if (m.name.isEmpty())
                m.name = a.friendlyName;
            m.status = accountStatusName(a.status);
            m.instanceCount = a.instanceCount;
            m.message = a.lastError;
            if (at != row.cend()) {
                shown[*at] = m;
            } else {
                row.insert(m.awsAccountId, shown.size());
                shown.append(m);
            }
            instances += a.instanceCount;
            if (a.status == AccountStatus::Active || a.status == AccountStatus::Connected)
                ++connected;
            if (m_services.discovery->isRunning(a.id))
                ++running;
        }
    }
    m_progress->setMembers(shown);
    if (m_flow == Flow::Organization) {
        m_progress->showOrganizationProgress(
            tr("Connecting the organization's accounts…"), m_orgDone, m_orgTotal, instances);
        return;
    }
    if (running > 0) {
        m_progress->showOrganizationProgress(tr("Discovering…"), live - running, live, instances);
    } else {
        m_flow = Flow::None;
        m_progress->showOrganizationComplete(connected, live, instances);
    }
    updateButtons();
}

void ConnectWizard::goToPage(Page page)
{
    m_stack->setCurrentIndex(page);
    m_closeButton->setText(page == MethodPage ? tr("Cancel") : tr("&Close"));
    updateButtons();
}

void ConnectWizard::updateButtons()
{
    const bool progress = m_stack->currentIndex() == ProgressPage;
    m_retryButton->setVisible(progress && m_progress->kind() == ConnectProgressPage::Kind::Error);
    m_showInstancesButton->setVisible(progress && !m_accountId.isEmpty()
        && (m_progress->kind() == ConnectProgressPage::Kind::Complete
            || m_progress->kind() == ConnectProgressPage::Kind::Discovering));
    if (m_retryButton->isVisible())
        m_retryButton->setDefault(true);
    const bool organizationDone = progress && !m_orgRecordId.isEmpty() && m_accountId == m_orgRecordId
        && m_progress->kind() == ConnectProgressPage::Kind::Complete;
    if (progress)
        m_closeButton->setText(organizationDone ? tr("&Done") : tr("&Close"));
}

void ConnectWizard::verifyRole()
{
    if (m_busy || m_recordId.isEmpty() || !m_cfnPage->roleArnValid())
        return;
    // The friendly name is a plain field of the record: keep what the user typed.
    const QString name = m_cfnPage->friendlyName();
    if (const Result<Account> stored = m_services.onboarding->rename(m_services.user, m_recordId, name); !stored)
        qCWarning(lcUi).noquote() << "friendly name not stored:" << stored.error().toString();
    m_verifyAttempted = true;
    m_busy = true;
    m_flow = Flow::Role;
    m_progress->setMembers({});
    m_progress->setSummary(
        tr("%1 — CloudFormation role %2").arg(name.isEmpty() ? tr("New account") : name, m_cfnPage->roleArnText()));
    m_progress->showWorking(
        tr("Verifying…"), tr("Assuming the role with this onboarding's External ID, then checking its permissions."));
    goToPage(ProgressPage);
    OnboardingService::VerifyOptions options;
    options.waitForRoleSecs = m_waitForRoleSecs;
    m_services.onboarding->verifyRole(m_services.user, m_recordId, m_cfnPage->roleArnText(), options, this,
        [this](const Result<Account> &result) { onConnectResult(result, Flow::Role); });
}

void ConnectWizard::connectKeys()
{
    if (m_busy || !m_keysPage->inputValid())
        return;
    m_busy = true;
    m_flow = Flow::Keys;
    m_progress->setMembers({});
    m_progress->setSummary(
        tr("%1 — access key %2 in %3")
            .arg(m_keysPage->friendlyName().isEmpty() ? tr("New account") : m_keysPage->friendlyName(),
                m_keysPage->accessKeyId(), m_keysPage->region()));
    m_progress->showWorking(tr("Verifying…"), tr("Checking the keys with AWS (STS GetCallerIdentity)."));
    goToPage(ProgressPage);
    SecretBytes secret = m_keysPage->takeSecret();
    m_services.onboarding->connectKeys(m_services.user, m_keysPage->accessKeyId(), std::move(secret),
        m_keysPage->region(), m_keysPage->friendlyName(), this,
        [this](const Result<Account> &result) { onConnectResult(result, Flow::Keys); });
}

void ConnectWizard::onConnectResult(const Result<Account> &result, Flow flow)
{
    m_busy = false;
    if (m_closeWhenIdle) {
        // The user closed the window while the keys were being checked and stored: now it may go.
        if (result)
            Q_EMIT accountConnected(result->id);
        QDialog::reject();
        return;
    }
    if (!result) {
        showFailure(result.error(), flow);
        return;
    }
    m_accountId = result->id;
    Q_EMIT accountConnected(m_accountId);
    if (m_services.discovery->isRunning(m_accountId)) {
        followDiscovery();
        return;
    }
    const Result<Account> fresh = m_services.registry->account(m_accountId);
    m_flow = Flow::None;
    m_progress->showComplete(fresh ? fresh->instanceCount : 0);
    updateButtons();
}

void ConnectWizard::followDiscovery()
{
    m_flow = Flow::Discovery;
    m_lastProgress = DiscoveryProgress();
    m_lastProgress.accountId = m_accountId;
    m_discoveryClock.start();
    m_tick->start();
    updateDiscovery();
    updateButtons();
}

void ConnectWizard::updateDiscovery()
{
    if (m_flow != Flow::Discovery)
        return;
    const bool slowShown = !m_progress->slowNote().isEmpty();
    m_progress->showDiscovering(m_discoveryClock.elapsed() / 1000, m_lastProgress.regionsDone,
        m_lastProgress.regionsTotal, m_lastProgress.instancesSoFar);
    if (slowShown)
        m_progress->showSlow();
}

void ConnectWizard::onDiscoveryFinished(const DiscoveryResult &result)
{
    m_tick->stop();
    m_flow = Flow::None;
    if (result.status == AccountStatus::Active) {
        m_progress->showComplete(result.instanceCount);
    } else {
        AwsError e = AwsError::make(AwsError::Kind::Service, result.lastError);
        e.code = QString(OnrampError::DiscoveryFailed);
        showFailure(e, Flow::Discovery, tr("Connected, but discovery failed"));
    }
    updateButtons();
}

void ConnectWizard::showFailure(const AwsError &error, Flow flow, const QString &headline)
{
    m_failedFlow = flow;
    m_flow = Flow::None;
    const ErrorText text = ErrorText::describe(error);
    m_progress->showError(text.message, text.hint, headline);
    goToPage(ProgressPage);
    if (flow == Flow::Keys)
        m_keysPage->focusSecret();
}

void ConnectWizard::retry()
{
    switch (m_failedFlow) {
    case Flow::Role:
        goToPage(MethodPage);
        m_tabs->setCurrentIndex(CloudFormationMethod);
        m_cfnPage->focusRoleArn();
        return;
    case Flow::Keys:
        goToPage(MethodPage);
        m_tabs->setCurrentIndex(AccessKeysMethod);
        m_keysPage->focusSecret();
        return;
    case Flow::Organization:
    case Flow::OrganizationDiscovery:
        goToPage(MethodPage);
        m_tabs->setCurrentIndex(OrganizationMethod);
        m_orgPage->focusRoleArn();
        return;
    case Flow::Discovery:
        m_busy = true;
        m_progress->showWorking(tr("Starting discovery again…"));
        updateButtons();
        m_services.onboarding->discover(m_services.user, m_accountId, this, [this](const Result<Account> &result) {
            m_busy = false;
            if (!result) {
                showFailure(result.error(), Flow::Discovery);
                updateButtons();
                return;
            }
            followDiscovery();
        });
        return;
    case Flow::None:
        return;
    }
}

void ConnectWizard::dropUnusedPendingRecord()
{
    if (m_createdOrgRecord && !m_orgRecordId.isEmpty() && !m_orgVerifyAttempted && !m_orgPage->templateHandedOut()) {
        const Result<Account> record = m_services.registry->account(m_orgRecordId);
        if (record && record->status == AccountStatus::Pending) {
            const QString id = m_orgRecordId;
            m_services.onboarding->disconnect(
                m_services.user, id, m_services.onboarding, [](const Result<Account> &) {});
            Q_EMIT pendingRecordDropped(id);
        }
    }
    if (!m_createdRecord || m_recordId.isEmpty() || m_verifyAttempted || m_cfnPage->templateHandedOut())
        return;
    const Result<Account> record = m_services.registry->account(m_recordId);
    if (!record || record->status != AccountStatus::Pending || !record->awsAccountId.isEmpty())
        return; // e.g. the access-key flow upgraded the placeholder
    const QString id = m_recordId;
    m_services.onboarding->disconnect(m_services.user, id, m_services.onboarding, [](const Result<Account> &) {});
    Q_EMIT pendingRecordDropped(id);
}

void ConnectWizard::reject()
{
    if (m_busy && m_flow == Flow::Keys) {
        // The keys are being checked and stored: stopping now could strand a keychain entry. Hide, then go when
        // the service answers.
        m_closeWhenIdle = true;
        hide();
        return;
    }
    m_tick->stop();
    dropUnusedPendingRecord();
    QDialog::reject();
}
