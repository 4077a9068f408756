// MainWindow: accounts, actions, console identity.
// Why ~700 lines: one window's layout, actions and their slots; the rules it shows live in models/ (ARCHITECTURE.md).
#include "ui/mainwindow.h"

#include "models/accountlistmodel.h"
#include "models/awsclients.h"
#include "models/errortext.h"
#include "models/onboardingservice.h"
#include "models/organizationservice.h"
#include "models/registry.h"
#include "ui/accountstatusdelegate.h"
#include "ui/appsettings.h"
#include "ui/auditlogdialog.h"
#include "ui/connectwizard.h"
#include "ui/consoleidentity.h"
#include "ui/instancebrowser.h"
#include "ui/logging.h"
#include "ui/messagebar.h"
#include "ui/settingsdialog.h"
#include "ui/theme.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
/// Hides disconnected accounts unless asked to show them.
class AccountFilterProxy final : public QSortFilterProxyModel
{
public:
    explicit AccountFilterProxy(QObject *parent)
        : QSortFilterProxyModel(parent)
    {
    }
    void setShowDisconnected(bool show)
    {
        if (show == m_showDisconnected)
            return;
        m_showDisconnected = show;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_showDisconnected)
            return true;
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        return AccountStatus(index.data(AccountListModel::StatusRole).toInt()) != AccountStatus::Disconnected;
    }

private:
    bool m_showDisconnected = false;
};

QString accountLabel(const Account &a)
{
    if (!a.friendlyName.isEmpty())
        return a.friendlyName;
    if (a.isOrganization() && !a.awsOrganizationId.isEmpty())
        return a.awsOrganizationId;
    if (!a.awsAccountId.isEmpty())
        return a.awsAccountId;
    return a.isOrganization() ? QCoreApplication::translate("MainWindow", "new organization onboarding")
                              : QCoreApplication::translate("MainWindow", "new onboarding");
}
} // namespace

MainWindow::MainWindow(
    const ConsoleServices &services, ConsoleIdentity *identity, AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_identity(identity)
    , m_settings(settings)
{
    setWindowTitle(tr("Onramp"));
    setWindowIcon(Theme::appIcon());
    setObjectName(QStringLiteral("mainWindow"));

    m_model = new AccountListModel(this);
    auto *proxy = new AccountFilterProxy(this);
    m_proxy = proxy;
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(12, 8, 12, 4);

    m_identityLabel = new QLabel(central);
    m_identityLabel->setObjectName(QStringLiteral("identityLabel"));
    m_identityLabel->setWordWrap(true);
    m_identityLabel->setTextFormat(Qt::RichText);
    m_identityLabel->setAccessibleName(tr("Console identity"));
    connect(m_identityLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1StringView("settings"))
            openSettings();
        else if (link == QLatin1StringView("retry"))
            m_identity->refresh();
    });
    layout->addWidget(m_identityLabel);

    // Requests going somewhere other than AWS's own endpoints is worth knowing at every moment: a lasting notice.
    const QList<AwsEndpoints::Override> overrides
        = m_services.aws ? m_services.aws->endpoints().overrides() : QList<AwsEndpoints::Override>();
    if (!overrides.isEmpty()) {
        auto *overrideBar = new MessageBar(central);
        overrideBar->setObjectName(QStringLiteral("endpointOverrideBar"));
        overrideBar->setDismissible(false);
        overrideBar->showPlainMessage(MessageBar::Level::Warning,
            tr("AWS endpoint override active: %1. Onramp sends its AWS requests there "
               "instead of to AWS's own endpoints (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_STS, "
               "AWS_ENDPOINT_URL_EC2).")
                .arg(AwsEndpoints::describe(overrides)));
        layout->addWidget(overrideBar);
    }

    m_messages = new MessageBar(central);
    layout->addWidget(m_messages);

    m_stack = new QStackedWidget(central);
    // Page 0: nothing connected yet.
    auto *empty = new QWidget(m_stack);
    empty->setObjectName(QStringLiteral("emptyState"));
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(2);
    auto *logo = new QLabel(empty);
    logo->setTextFormat(Qt::PlainText);
    logo->setPixmap(Theme::appIcon().pixmap(QSize(88, 88), devicePixelRatioF()));
    logo->setAlignment(Qt::AlignCenter);
    emptyLayout->addWidget(logo);
    auto *title = new QLabel(tr("Connect your first AWS account"), empty);
    title->setTextFormat(Qt::PlainText);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    emptyLayout->addWidget(title);
    auto *explain = new QLabel(tr("Onramp connects to your AWS accounts with read-only access, finds their EC2 "
                                  "instances in every region, and keeps the list up to date. It never changes "
                                  "anything in your accounts."),
        empty);
    explain->setTextFormat(Qt::PlainText);
    explain->setWordWrap(true);
    explain->setAlignment(Qt::AlignCenter);
    explain->setFixedWidth(qMin(560, explain->fontMetrics().horizontalAdvance(explain->text()) / 2 + 40));
    explain->setMinimumHeight(explain->heightForWidth(explain->width()));
    emptyLayout->addWidget(explain, 0, Qt::AlignHCenter);
    emptyLayout->addSpacing(12);
    auto *bigButton = new QPushButton(Theme::action("connect"), tr("&Connect AWS Account"), empty);
    bigButton->setObjectName(QStringLiteral("emptyConnectButton"));
    bigButton->setAccessibleName(tr("Connect AWS Account"));
    QFont buttonFont = bigButton->font();
    buttonFont.setPointSizeF(buttonFont.pointSizeF() * 1.2);
    buttonFont.setBold(true);
    bigButton->setFont(buttonFont);
    bigButton->setIconSize(QSize(22, 22));
    bigButton->setMinimumSize(260, 48);
    bigButton->setDefault(true);
    emptyLayout->addWidget(bigButton, 0, Qt::AlignHCenter);
    auto *recommend = new QLabel(tr("Recommended: a CloudFormation stack that creates a read-only role. Access "
                                    "keys work too."),
        empty);
    recommend->setTextFormat(Qt::PlainText);
    recommend->setAlignment(Qt::AlignCenter);
    recommend->setWordWrap(true);
    QPalette muted = recommend->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    recommend->setPalette(muted);
    emptyLayout->addWidget(recommend);
    emptyLayout->addStretch(3);
    m_stack->addWidget(empty);
    connect(bigButton, &QPushButton::clicked, this, &MainWindow::openConnectWizard);

    // Page 1: the accounts.
    m_view = new QTreeView(m_stack);
    m_view->setObjectName(QStringLiteral("accountView"));
    m_view->setAccessibleName(tr("Connected AWS accounts"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new AccountStatusDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setExpandsOnDoubleClick(false); // double-click opens, as on a single account; the arrow expands
    // Organizations are shown expanded: a new one (or one shown again) opens as it appears.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_view, [this](const QModelIndex &parent, int first, int last) {
        if (parent.isValid())
            return;
        for (int row = first; row <= last; ++row)
            m_view->expand(m_proxy->index(row, 0));
    });
    QHeaderView *header = m_view->header();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(AccountListModel::FriendlyNameColumn, 20 * em);
    header->resizeSection(AccountListModel::AwsAccountIdColumn, 10 * em);
    header->resizeSection(AccountListModel::MethodColumn, 10 * em);
    header->resizeSection(AccountListModel::StatusColumn, 9 * em);
    header->resizeSection(AccountListModel::InstanceCountColumn, 11 * em); // "1,234 · 56 databases"
    header->resizeSection(AccountListModel::LastValidatedColumn,
        m_view->fontMetrics().horizontalAdvance(
            QLocale().toString(QDateTime(QDate(2026, 12, 30), QTime(23, 59)), QLocale::ShortFormat))
            + 2 * em);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    header->setSortIndicatorShown(false);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_countsLabel = new QLabel(this);
    m_countsLabel->setTextFormat(Qt::PlainText);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    statusBar()->addPermanentWidget(m_countsLabel);

    createActions();

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString id = index.data(AccountListModel::AccountIdRole).toString();
        if (AccountStatus(index.data(AccountListModel::StatusRole).toInt()) == AccountStatus::Pending)
            resumeOnboarding(id);
        else
            openInstanceBrowser(id);
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateActions);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshAccounts);

    connect(m_services.onboarding, &OnboardingService::accountChanged, this, &MainWindow::scheduleRefresh);
    if (m_services.organizations) {
        // Verifies and syncs, the periodic ones included: progress while they run, the list when they end.
        connect(m_services.organizations, &OrganizationService::progress, this,
            [this](const QString &id, int done, int total) {
                m_syncing.insert(id, { done, total });
                updateStatusBar();
                scheduleRefresh();
            });
        connect(m_services.organizations, &OrganizationService::synced, this, [this](const OrganizationResult &r) {
            m_syncing.remove(r.organization.id);
            refreshAccounts();
            updateActions();
        });
        connect(m_services.organizations, &OrganizationService::syncFailed, this,
            [this](const QString &id, const QString &message) {
                m_syncing.remove(id);
                refreshAccounts();
                const Account *a = m_model->find(id);
                m_messages->showPlainMessage(
                    MessageBar::Level::Error, tr("Syncing %1 failed: %2").arg(a ? accountLabel(*a) : id, message));
            });
    }
    connect(m_services.discovery, &DiscoveryService::started, this, [this](const QString &id) {
        DiscoveryProgress p;
        p.accountId = id;
        m_running.insert(id, p);
        updateStatusBar();
    });
    connect(m_services.discovery, &DiscoveryService::progress, this, [this](const DiscoveryProgress &p) {
        m_running.insert(p.accountId, p);
        updateStatusBar();
        scheduleRefresh(); // instance counts grow page by page
    });
    connect(m_services.discovery, &DiscoveryService::finished, this, [this](const DiscoveryResult &r) {
        m_running.remove(r.accountId);
        const Account *account = m_model->find(r.accountId);
        const QString name = account ? accountLabel(*account) : r.accountId;
        if (r.status == AccountStatus::Active)
            statusBar()->showMessage(
                tr("Discovery of %1 finished. Instances: %Ln.", nullptr, r.instanceCount).arg(name), 8000);
        else
            statusBar()->showMessage(tr("Discovery of %1 failed: %2").arg(name, r.lastError), 8000);
        refreshAccounts();
        updateStatusBar();
    });
    connect(m_identity, &ConsoleIdentity::changed, this, &MainWindow::updateIdentity);
    connect(m_settings, &AppSettings::changed, this, &MainWindow::updateIdentity);

    if (const QByteArray geometry = m_settings->state(QStringLiteral("mainWindow/geometry")); !geometry.isEmpty())
        restoreGeometry(geometry);
    else
        resize(1080, 640);

    refreshAccounts();
    updateIdentity();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto make = [this](const char *icon, const QString &text, const char *objectName, const QKeySequence &shortcut) {
        auto *action = new QAction(Theme::action(icon), text, this);
        action->setObjectName(QString::fromLatin1(objectName));
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setToolTip(QStringLiteral("%1 (%2)").arg(
                QString(text).remove(QLatin1Char('&')), shortcut.toString(QKeySequence::NativeText)));
        }
        return action;
    };
    m_connectAction = make("connect", tr("&Connect AWS Account…"), "connectAction", QKeySequence(Qt::CTRL | Qt::Key_N));
    m_resumeAction = make("resume", tr("Res&ume Onboarding…"), "resumeAction", QKeySequence(Qt::CTRL | Qt::Key_U));
    m_revalidateAction = make("revalidate", tr("Re-&validate"), "revalidateAction", QKeySequence(Qt::CTRL | Qt::Key_R));
    m_discoverAction = make("discover", tr("&Discover Now"), "discoverAction", QKeySequence(Qt::Key_F5));
    m_syncAction = make("refresh", tr("&Sync Now"), "syncAction", QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_syncAction->setStatusTip(tr("Lists the organization's accounts again: new accounts are connected, accounts "
                                  "that left are disconnected, pending ones retried."));
    m_disconnectAction
        = make("disconnect", tr("Dis&connect…"), "disconnectAction", QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_browserAction = make("instances", tr("&Instance Browser"), "browserAction", QKeySequence(Qt::CTRL | Qt::Key_I));
    m_settingsAction = make("settings", tr("&Settings…"), "settingsAction", QKeySequence::Preferences);
    m_auditAction = make("audit", tr("&Audit Log"), "auditAction", QKeySequence(Qt::CTRL | Qt::Key_L));
    m_showDisconnectedAction = new QAction(tr("Show &Disconnected Accounts"), this);
    m_showDisconnectedAction->setObjectName(QStringLiteral("showDisconnectedAction"));
    m_showDisconnectedAction->setCheckable(true);
    if (m_settingsAction->shortcut().isEmpty())
        m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    connect(m_connectAction, &QAction::triggered, this, &MainWindow::openConnectWizard);
    connect(m_resumeAction, &QAction::triggered, this, [this] {
        if (const QString id = selectedAccountId(); !id.isEmpty())
            resumeOnboarding(id);
    });
    connect(m_revalidateAction, &QAction::triggered, this, &MainWindow::revalidateSelected);
    connect(m_discoverAction, &QAction::triggered, this, &MainWindow::discoverSelected);
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::syncSelected);
    connect(m_disconnectAction, &QAction::triggered, this, [this] {
        if (const QString id = selectedAccountId(); !id.isEmpty())
            confirmDisconnect(id);
    });
    connect(m_browserAction, &QAction::triggered, this, [this] { openInstanceBrowser(selectedAccountId()); });
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_auditAction, &QAction::triggered, this, &MainWindow::openAuditLog);
    connect(m_showDisconnectedAction, &QAction::toggled, this, &MainWindow::setShowDisconnected);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_connectAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(quit);
    QMenu *account = menuBar()->addMenu(tr("&Account"));
    for (QAction *a : { m_resumeAction, m_revalidateAction, m_discoverAction, m_syncAction, m_disconnectAction })
        account->addAction(a);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_browserAction);
    view->addAction(m_auditAction);
    view->addSeparator();
    view->addAction(m_showDisconnectedAction);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Onramp"), this, [this] {
        QMessageBox::about(this, tr("About Onramp"),
            tr("<h3>Onramp %1</h3><p>Connects AWS accounts with read-only access and shows their EC2 "
               "instances.</p><p>Registry: %2</p>")
                .arg(QCoreApplication::applicationVersion(), m_services.registry->location().toHtmlEscaped()));
    });

    QToolBar *toolbar = addToolBar(tr("Accounts"));
    toolbar->setObjectName(QStringLiteral("accountsToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(18, 18));
    toolbar->addAction(m_connectAction);
    toolbar->addSeparator();
    for (QAction *a : { m_resumeAction, m_revalidateAction, m_discoverAction, m_syncAction, m_disconnectAction })
        toolbar->addAction(a);
    toolbar->addSeparator();
    toolbar->addAction(m_browserAction);
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addAction(m_auditAction);
    toolbar->addAction(m_settingsAction);

    for (QAction *a :
        { m_resumeAction, m_revalidateAction, m_discoverAction, m_syncAction, m_disconnectAction, m_browserAction })
        m_view->addAction(a);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        Q_EMIT firstShown();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setState(QStringLiteral("mainWindow/geometry"), saveGeometry());
    if (m_browser)
        m_browser->close();
    QMainWindow::closeEvent(event);
}

void MainWindow::scheduleRefresh()
{
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void MainWindow::refreshAccounts()
{
    m_refreshTimer->stop();
    const Result<QList<Account>> accounts = m_services.registry->accounts(m_services.user);
    if (!accounts) {
        m_messages->showMessage(MessageBar::Level::Error,
            tr("The account list could not be read: %1")
                .arg(ErrorText::describe(accounts.error()).message.toHtmlEscaped()));
        return;
    }
    m_model->setAccounts(*accounts);
    m_stack->setCurrentIndex(m_proxy->rowCount() == 0 && !m_showDisconnected ? 0 : 1);
    if (m_browser)
        m_browser->setAccounts(*accounts);
    updateActions();
    updateStatusBar();
}

void MainWindow::setShowDisconnected(bool show)
{
    m_showDisconnected = show;
    if (m_showDisconnectedAction->isChecked() != show)
        m_showDisconnectedAction->setChecked(show);
    static_cast<AccountFilterProxy *>(m_proxy)->setShowDisconnected(show);
    m_stack->setCurrentIndex(m_proxy->rowCount() == 0 && !show ? 0 : 1);
}

QString MainWindow::selectedAccountId() const
{
    const QModelIndexList rows
        = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? QString() : rows.constFirst().data(AccountListModel::AccountIdRole).toString();
}

void MainWindow::selectAccount(const QString &accountId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(accountId));
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

std::optional<Account> MainWindow::selectedAccount() const
{
    const Account *a = m_model->find(selectedAccountId());
    if (!a)
        return std::nullopt;
    return *a;
}

void MainWindow::updateActions()
{
    const std::optional<Account> a = selectedAccount();
    const bool live = a && a->isLive();
    const bool pending = a && a->status == AccountStatus::Pending;
    const bool running = a && m_running.contains(a->id);
    const bool organization = a && a->isOrganization();
    const bool syncing = organization && m_services.organizations && m_services.organizations->isBusy(a->id);
    m_resumeAction->setEnabled(pending);
    m_revalidateAction->setEnabled(live && !pending && !organization);
    m_discoverAction->setEnabled(live && !pending && !running && !organization);
    m_syncAction->setEnabled(live && !pending && organization && !syncing);
    // Offered once there is an organization to sync (organizations are always top-level rows).
    bool anyOrganization = false;
    for (int row = 0; row < m_model->rowCount() && !anyOrganization; ++row)
        anyOrganization = m_model->accountAt(row).isOrganization();
    m_syncAction->setVisible(anyOrganization);
    m_disconnectAction->setEnabled(live);
    if (m_stack && m_model)
        m_stack->setCurrentIndex(m_proxy->rowCount() == 0 && !m_showDisconnected ? 0 : 1);
}

void MainWindow::updateIdentity()
{
    const QString override = m_settings->trustedAccountOverride();
    QString text;
    switch (m_identity->state()) {
    case ConsoleIdentity::State::Unknown:
    case ConsoleIdentity::State::LookingUp:
        text = tr("Console identity: looking up the AWS account of %1…").arg(m_identity->sourceText().toHtmlEscaped());
        break;
    case ConsoleIdentity::State::Known:
        text = tr("Console identity: AWS account <b>%1</b> (%2). New CloudFormation roles trust %3.")
                   .arg(m_identity->accountId().toHtmlEscaped(), m_identity->sourceText().toHtmlEscaped(),
                       override.isEmpty() ? tr("this account")
                                          : tr("account <b>%1</b> (set in Settings)").arg(override.toHtmlEscaped()));
        break;
    case ConsoleIdentity::State::Failed:
        text = QStringLiteral("<span style=\"color:%1\">%2</span> ")
                   .arg(Theme::errorColor(palette()).name(),
                       tr("Console identity unavailable: %1").arg(m_identity->errorText().toHtmlEscaped()))
            + tr("<a href=\"settings\">Settings…</a> · <a href=\"retry\">Try again</a>");
        break;
    }
    m_identityLabel->setText(text);
}

void MainWindow::updateStatusBar()
{
    int instances = 0;
    int live = 0;
    const QList<Account> all = m_model->accounts();
    for (const Account &a : all) {
        // An organization is no account of its own: its members are counted.
        if (a.isLive() && !a.isOrganization()) {
            ++live;
            instances += a.instanceCount;
        }
    }
    const QLocale locale;
    m_countsLabel->setText(
        tr("Accounts: %Ln", nullptr, live) + QStringLiteral(" · ") + tr("Instances: %Ln", nullptr, instances));
    if (m_running.isEmpty() && m_syncing.isEmpty()) {
        if (statusBar()->currentMessage().startsWith(tr("Discovering"))
            || statusBar()->currentMessage().startsWith(tr("Syncing")))
            statusBar()->clearMessage();
        return;
    }
    // An organization's members are summed up on one line: "Acme: 12 of 48 accounts · 3,210 instances".
    QStringList parts;
    QHash<QString, int> runningPerOrganization;
    for (const DiscoveryProgress &p : std::as_const(m_running)) {
        const Account *a = m_model->find(p.accountId);
        if (a && !a->organization.isEmpty() && m_model->find(a->organization)) {
            ++runningPerOrganization[a->organization];
            continue;
        }
        const QString name = a ? accountLabel(*a) : p.accountId;
        parts.append(p.regionsTotal > 0 ? tr("%1: %2 of %3 regions, %4 instances")
                                              .arg(name)
                                              .arg(p.regionsDone)
                                              .arg(p.regionsTotal)
                                              .arg(locale.toString(p.instancesSoFar))
                                        : tr("%1: listing regions").arg(name));
    }
    QStringList organizations = m_syncing.keys();
    for (auto it = runningPerOrganization.cbegin(); it != runningPerOrganization.cend(); ++it) {
        if (!organizations.contains(it.key()))
            organizations.append(it.key());
    }
    bool syncing = false;
    for (const QString &id : std::as_const(organizations)) {
        const Account *org = m_model->find(id);
        if (!org)
            continue;
        int done = 0;
        int total = 0;
        int orgInstances = 0;
        const QList<Account> members = m_model->membersOf(id);
        for (const Account &m : members) {
            if (m.isLive())
                orgInstances += m.instanceCount;
        }
        if (const auto it = m_syncing.constFind(id); it != m_syncing.cend()) {
            done = it->first;
            total = it->second;
            syncing = true;
        } else {
            for (const Account &m : members)
                total += m.isLive() ? 1 : 0;
            done = total - runningPerOrganization.value(id);
        }
        parts.append(
            tr("%1: %2 of %3 accounts · %4 instances")
                .arg(accountLabel(*org), locale.toString(done), locale.toString(total), locale.toString(orgInstances)));
    }
    statusBar()->showMessage((syncing ? tr("Syncing %1") : tr("Discovering %1")).arg(parts.join(QStringLiteral("; "))));
    updateActions();
}

void MainWindow::showError(const QString &what, const AwsError &error)
{
    const ErrorText text = ErrorText::describe(error);
    QString html = QStringLiteral("<b>%1</b> %2").arg(what.toHtmlEscaped(), text.message.toHtmlEscaped());
    if (!text.hint.isEmpty() && !text.message.contains(text.hint))
        html += QStringLiteral("<br>") + text.hint.toHtmlEscaped();
    m_messages->showMessage(MessageBar::Level::Error, html);
}

void MainWindow::revalidateSelected()
{
    const std::optional<Account> a = selectedAccount();
    if (!a)
        return;
    statusBar()->showMessage(tr("Re-validating %1…").arg(accountLabel(*a)));
    m_services.onboarding->revalidate(
        m_services.user, a->id, this, [this, name = accountLabel(*a)](const Result<Account> &r) {
            refreshAccounts();
            if (!r) {
                statusBar()->clearMessage();
                showError(tr("Re-validating %1 failed:").arg(name), r.error());
                return;
            }
            m_messages->hide();
            statusBar()->showMessage(tr("%1 is valid; discovering its instances.").arg(name), 5000);
        });
}

void MainWindow::discoverSelected()
{
    const std::optional<Account> a = selectedAccount();
    if (!a)
        return;
    m_services.onboarding->discover(
        m_services.user, a->id, this, [this, name = accountLabel(*a)](const Result<Account> &r) {
            if (!r)
                showError(tr("Discovery of %1 could not start:").arg(name), r.error());
            updateActions();
        });
}

void MainWindow::syncSelected()
{
    const std::optional<Account> a = selectedAccount();
    if (!a || !a->isOrganization() || !m_services.organizations)
        return;
    m_syncing.insert(a->id, { 0, 0 });
    updateStatusBar();
    OrganizationService::Options options;
    options.waitForDiscovery = false;
    m_services.organizations->sync(m_services.user, a->id, options, this,
        [this, id = a->id, name = accountLabel(*a)](const Result<OrganizationResult> &r) {
            m_syncing.remove(id);
            refreshAccounts();
            if (!r) {
                showError(tr("Syncing %1 failed:").arg(name), r.error());
                return;
            }
            statusBar()->showMessage(
                tr("%1 synced: %Ln accounts listed.", nullptr, int(r->members.size())).arg(name), 8000);
        });
}

void MainWindow::discoverAllInBackground()
{
    int delayMs = 1500;
    const QList<Account> all = m_model->accounts();
    for (const Account &a : all) {
        if (a.isOrganization())
            continue; // its members are discovered as accounts; the periodic sync lists it again
        // Active and connected accounts are refreshed; a pending access-key record is a connect cut short
        // after its keys were validated, which discover finishes (or marks failed when the secret never made
        // it to the keychain) — no account stays in a state the window offers no way out of.
        const bool interruptedConnect = a.status == AccountStatus::Pending && a.method == AccountMethod::AccessKeys;
        if (a.status != AccountStatus::Active && a.status != AccountStatus::Connected && !interruptedConnect)
            continue;
        QTimer::singleShot(delayMs, this, [this, id = a.id] {
            if (m_services.discovery->isRunning(id))
                return;
            m_services.onboarding->discover(m_services.user, id, this, [](const Result<Account> &r) {
                if (!r)
                    qCInfo(lcUi).noquote() << "background discovery not started:" << r.error().toString();
            });
        });
        delayMs += 2000;
    }
}

void MainWindow::confirmDisconnect(const QString &accountId)
{
    const Account *found = m_model->find(accountId);
    if (!found)
        return;
    const Account a = *found;
    int liveMembers = 0;
    for (const Account &m : m_model->membersOf(a.id))
        liveMembers += m.isLive() ? 1 : 0;
    QString question;
    if (a.isOrganization() && a.status == AccountStatus::Pending && liveMembers == 0)
        question = tr("Give up this organization onboarding?");
    else if (a.isOrganization())
        question = liveMembers == 1
            ? tr("Disconnect the organization %1 and its 1 account?").arg(accountLabel(a))
            : tr("Disconnect the organization %1 and its %2 accounts?").arg(accountLabel(a)).arg(liveMembers);
    else if (a.status == AccountStatus::Pending)
        question = tr("Give up this CloudFormation onboarding?");
    else
        question = tr("Disconnect %1 (AWS account %2)?").arg(accountLabel(a), a.awsAccountId);
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Disconnect %1?").arg(accountLabel(a)), question, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("disconnectConfirmation"));
    box->setTextFormat(Qt::PlainText); // the account's name is the user's words
    box->setInformativeText(a.isOrganization()
            ? tr("Onramp stops discovering every account of the organization and stops syncing it. The instances "
                 "found so far stay visible as history. The roles stay in the AWS accounts: delete the stack in the "
                 "management account (and its StackSet) to remove them.")
            : a.method == AccountMethod::AccessKeys
            ? tr("Onramp stops discovering it and deletes its access key from the system keychain. The "
                 "instances found so far stay visible as history. The key itself stays valid in AWS: "
                 "deactivate it in IAM if nobody needs it.")
            : tr("Onramp stops discovering it. The instances found so far stay visible as history. The role "
                 "stays in the AWS account: delete the CloudFormation stack to remove it."));
    QPushButton *disconnect = box->addButton(tr("&Disconnect"), QMessageBox::DestructiveRole);
    disconnect->setObjectName(QStringLiteral("confirmDisconnectButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, disconnect, accountId, name = accountLabel(a)] {
        if (box->clickedButton() != disconnect)
            return;
        m_services.onboarding->disconnect(m_services.user, accountId, this, [this, name](const Result<Account> &r) {
            refreshAccounts();
            if (!r) {
                showError(tr("Disconnecting %1 failed:").arg(name), r.error());
                return;
            }
            statusBar()->showMessage(tr("%1 disconnected.").arg(name), 8000);
        });
    });
    box->open();
}

ConnectWizard *MainWindow::openConnectWizard()
{
    auto *wizard = new ConnectWizard(m_services, m_identity, m_settings, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ConnectWizard::accountConnected, this, [this](const QString &id) {
        refreshAccounts();
        selectAccount(id);
    });
    connect(
        wizard, &ConnectWizard::showInstancesRequested, this, [this](const QString &id) { openInstanceBrowser(id); });
    connect(wizard, &QDialog::finished, this, [this] { refreshAccounts(); });
    wizard->open();
    return wizard;
}

ConnectWizard *MainWindow::resumeOnboarding(const QString &accountId)
{
    auto *wizard = new ConnectWizard(m_services, m_identity, m_settings, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->resume(accountId);
    connect(wizard, &ConnectWizard::accountConnected, this, [this](const QString &id) {
        refreshAccounts();
        selectAccount(id);
    });
    connect(
        wizard, &ConnectWizard::showInstancesRequested, this, [this](const QString &id) { openInstanceBrowser(id); });
    connect(wizard, &QDialog::finished, this, [this] { refreshAccounts(); });
    wizard->open();
    return wizard;
}

InstanceBrowser *MainWindow::openInstanceBrowser(const QString &accountId)
{
    if (!m_browser) {
        m_browser = new InstanceBrowser(m_services, m_settings, this);
        m_browser->setConsoleIdentity(m_identity);
        m_browser->setWindowFlag(Qt::Window);
        m_browser->setAttribute(Qt::WA_DeleteOnClose);
        m_browser->setAccounts(m_model->accounts());
        m_browser->loadAccounts();
    }
    m_browser->setAccountFilter(accountId);
    m_browser->show();
    m_browser->raise();
    m_browser->activateWindow();
    return m_browser;
}

SettingsDialog *MainWindow::openSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_services, m_identity, m_settings, this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_settingsDialog->open();
    return m_settingsDialog;
}

AuditLogDialog *MainWindow::openAuditLog()
{
    if (!m_audit) {
        m_audit = new AuditLogDialog(m_services, this);
        m_audit->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_audit->refresh();
    m_audit->show();
    m_audit->raise();
    return m_audit;
}
