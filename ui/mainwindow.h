// MainWindow: the console's main window — connected accounts, their actions, and the console identity.
#pragma once

#include "models/account.h"
#include "models/discoveryservice.h"
#include "ui/consoleservices.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class AccountListModel;
class AppSettings;
class AuditLogDialog;
class ConnectWizard;
class ConsoleIdentity;
class InstanceBrowser;
class MessageBar;
class QAction;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;
class QTimer;
class SettingsDialog;

/// The accounts of the console user as a tree (AccountListModel: organizations above their members, expanded by
/// default; kept live by diffs from the registry whenever OnboardingService, DiscoveryService or OrganizationService
/// report a change, periodic syncs included), with an empty state that explains what Onramp does, the actions
/// Connect AWS Account, Resume onboarding, Re-validate, Discover now, Sync now (an organization), Disconnect
/// (confirmed; an organization's says how many accounts go with it), Open instance browser (filtered to the selected
/// account or organization), Settings and Audit log, and the console identity customer roles must trust. Discovery
/// and organization syncs show their progress in the status bar ("Acme: 12 of 48 accounts · 3,210 instances").
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(
        const ConsoleServices &services, ConsoleIdentity *identity, AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    AccountListModel *accountModel() const { return m_model; }
    QTreeView *accountView() const { return m_view; }
    MessageBar *messageBar() const { return m_messages; }

    /// Re-reads the accounts from the registry and applies them to the model as a diff.
    void refreshAccounts();
    /// The Onramp id of the account selected in the table, or empty.
    QString selectedAccountId() const;
    void selectAccount(const QString &accountId);
    /// Whether disconnected accounts (history) are listed.
    void setShowDisconnected(bool show);

    /// Starts a discovery of every connected or active account, a few seconds apart (used at start-up).
    void discoverAllInBackground();

    ConnectWizard *openConnectWizard();
    ConnectWizard *resumeOnboarding(const QString &accountId);
    InstanceBrowser *openInstanceBrowser(const QString &accountId = {});
    SettingsDialog *openSettings();
    AuditLogDialog *openAuditLog();
    /// Asks for confirmation (a window-modal message box), then disconnects account \a accountId.
    void confirmDisconnect(const QString &accountId);

Q_SIGNALS:
    /// Emitted once, from the first show event (the launch-time measurement hooks onto it).
    void firstShown();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void scheduleRefresh();
    void updateActions();
    void updateIdentity();
    void updateStatusBar();
    void revalidateSelected();
    void discoverSelected();
    void syncSelected();
    void showError(const QString &what, const AwsError &error);
    std::optional<Account> selectedAccount() const;

    ConsoleServices m_services;
    ConsoleIdentity *m_identity;
    AppSettings *m_settings;
    AccountListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QStackedWidget *m_stack;
    MessageBar *m_messages;
    QLabel *m_identityLabel;
    QLabel *m_countsLabel;
    QTimer *m_refreshTimer;
    QHash<QString, DiscoveryProgress> m_running;
    QHash<QString, QPair<int, int>> m_syncing; ///< organization id -> (accounts done, accounts total) of its sync
    bool m_shownOnce = false;
    bool m_showDisconnected = false;

    QAction *m_connectAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_revalidateAction = nullptr;
    QAction *m_discoverAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_browserAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_showDisconnectedAction = nullptr;

    QPointer<InstanceBrowser> m_browser;
    QPointer<AuditLogDialog> m_audit;
    QPointer<SettingsDialog> m_settingsDialog;
};
