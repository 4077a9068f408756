// InstanceBrowser: the live table of EC2 instances and RDS databases of one or all accounts, with search, filters and
// export.
#pragma once

#include "models/account.h"
#include "ui/consoleservices.h"

#include <QDateTime>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>
#include <vector>

class AppSettings;
class ConsoleIdentity;
class InstanceDetailsPane;
class InstanceFilterProxy;
class InstanceTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class StackUpdateDialog;
class QTableView;
class QThread;
class QTimer;
class QToolButton;

/// A QTableView over InstanceFilterProxy over InstanceTableModel. The stored instances of every account are read
/// on a worker thread (its own registry connection) and applied in chunks so the window stays responsive at
/// 100,000 rows; afterwards DiscoveryService::pageMerged / instancesRemoved / healthUpdated keep it live by diffs,
/// so selection and scroll position survive every refresh. EC2 instances and RDS databases share the table (a Kind
/// column and filter; engine, storage and Multi-AZ columns; a database deleted since is kept greyed as history).
/// Search (debounced), state chips with counts, kind / region / lifecycle / cluster / account filters, sortable
/// columns, a column chooser on the header (saved in QSettings), a details pane with every field and tag, copy id /
/// IP, CSV export of the visible rows, and a status bar with the instances and databases counted apart, counts per
/// state and "updated N s ago". When an account shown may not list its databases (Account::databaseAccess), a
/// plain-text notice says so, with the stack-update steps and the new template (StackUpdateDialog). No per-row
/// widgets, fixed row height, interactive column widths.
class InstanceBrowser final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceBrowser)
public:
    InstanceBrowser(const ConsoleServices &services, AppSettings *settings, QWidget *parent = nullptr);
    ~InstanceBrowser() override;

    /// Loads the stored instances and databases of every account of the user (once), then follows discovery.
    void loadAccounts();
    bool isLoading() const { return m_loading; }
    /// What the Account column and filter show for \a accountId.
    void setAccountLabel(const QString &accountId, const QString &label);
    /// The records the account filter offers: "All accounts", each organization (meaning all its members, as they
    /// are now and as they change) with its members beneath, and each single account. Also sets every label.
    void setAccounts(const QList<Account> &accounts);
    /// Shows only \a accountId's instances (an organization record: all its members'); empty shows every account's.
    void setAccountFilter(const QString &accountId);
    /// The record the account filter shows (an account, an organization, or empty for all).
    QString accountFilter() const { return m_accountFilter; }
    /// Shows one kind (std::nullopt: both), as the Kind filter does.
    void setKindFilter(std::optional<ResourceKind> kind);
    /// The console identity whose account the templates of StackUpdateDialog trust (may stay unset: the dialog then
    /// says it cannot name the trusted account).
    void setConsoleIdentity(ConsoleIdentity *identity) { m_identity = identity; }
    /// Opens the new template of \a accountId (an IAM-role account whose databases are not permitted) with the
    /// stack-update steps; what the notice's button does. Null when the account has no template (access keys).
    StackUpdateDialog *openStackUpdate(const QString &accountId);

    /// Sets \a view up as the browser's table: InstanceStateDelegate on every column, rows selected whole, no
    /// editing, alternating rows without grid, one elided line per cell, a hidden vertical header of fixed row height
    /// (no per-row measuring at 100,000 rows). The browser's own view, and the benchmark's (bench_instancemodel).
    static void setUpView(QTableView *view);

    InstanceTableModel *model() const { return m_model; }
    InstanceFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    InstanceDetailsPane *detailsPane() const { return m_details; }
    QLineEdit *searchEdit() const { return m_search; }

    /// Writes the visible rows (after filters, in view order) and visible columns (in header order) to \a path as
    /// CSV (CsvWriter); launch times in ISO 8601 UTC. Cells are collected on the UI thread, the file is written on a
    /// worker thread; exportFinished() reports the outcome.
    void exportVisibleRows(const QString &path);

    /// The ids of the selected rows, in view order.
    QStringList selectedInstanceIds() const;

Q_SIGNALS:
    /// The stored instances are all in the table (isLoading() turned false).
    void loaded();
    void exportFinished(const QString &path, int rows, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    /// What the loader hands back: the stored rows, a list per account and kind (the model applies and frees them
    /// a slice at a time), and the regions and clusters they name (for the filters' choices, gathered on the worker
    /// thread).
    struct LoadResult
    {
        std::vector<QPair<QString, QList<StoredInstance>>> lists;
        QSet<QString> regions;
        QSet<QString> clusters;
        QString error;
    };
    static void addList(LoadResult &result, const QString &accountId, QList<StoredInstance> &&instances);

    void buildFilters(QWidget *bar);
    /// Hands the lists to the model; the loading ends when the model has applied them.
    void applyLoaded(LoadResult result);
    void finishLoading();
    /// Runs \a change now, or, while the stored rows are still being read, once they are handed to the model (so
    /// nothing older overwrites a newer page): the model applies changes in the order they are made, so a change
    /// queued behind the stored rows cannot be overtaken by them.
    void whenLoaded(std::function<void()> change);
    /// Adds the regions and clusters of \a instances to the filters' choices.
    void noteValues(const QList<StoredInstance> &instances);
    void noteValues(const QSet<QString> &regions, const QSet<QString> &clusters);
    void refreshFilterChoices();
    void applyAccountFilter();
    /// Shows or hides the notice about the shown accounts whose databases may not be listed.
    void updateDatabaseNotice();
    void scheduleStatusUpdate();
    void updateStatus();
    void updateUpdatedLabel();
    void applyStateChips();
    void updateDetails();
    void copyColumn(int role, const QString &what);
    void showHeaderMenu(const QPoint &pos);
    void saveHeader();
    void exportWithDialog();

    ConsoleServices m_services;
    AppSettings *m_settings;
    InstanceTableModel *m_model;
    InstanceFilterProxy *m_proxy;
    QTableView *m_view;
    InstanceDetailsPane *m_details;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QComboBox *m_accountCombo;
    QComboBox *m_kindCombo;
    QComboBox *m_regionCombo;
    QComboBox *m_lifecycleCombo;
    QComboBox *m_clusterCombo;
    QHash<QString, QToolButton *> m_stateChips;
    QWidget *m_databaseNotice;
    QLabel *m_databaseNoticeText;
    QPushButton *m_databaseTemplateButton;
    QLabel *m_shownLabel;
    QLabel *m_statesLabel;
    QLabel *m_updatedLabel;
    QTimer *m_statusTimer;
    QTimer *m_choicesTimer;
    QTimer *m_clock;

    bool m_loadStarted = false;
    bool m_loading = false; ///< until the stored rows are applied (loaded())
    bool m_reading = false; ///< until the stored rows are read and handed to the model
    QPointer<QThread> m_loader;
    std::vector<std::function<void()>> m_deferred;
    QSet<QString> m_regions;
    QSet<QString> m_clusters;
    QHash<QString, QString> m_accountLabels;
    QString m_accountFilter;
    QHash<QString, QSet<QString>> m_organizationMembers; ///< organization record id -> its member record ids
    QList<Account> m_accounts; ///< as setAccounts() or loadAccounts() last had them (database access, labels)
    ConsoleIdentity *m_identity = nullptr;
    QDateTime m_updatedAt;
    QPointer<QThread> m_exporter;
};
