// AccountListModel: the connected AWS accounts as a table, updated by diffs keyed by account id.
#pragma once

#include "models/account.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

/// The accounts of the console user, one row each, for the account list and the wizard's overview.
///
/// Updated by diffs keyed by Account::id, never by a model reset: setAccounts() appends new accounts with
/// one beginInsertRows(), removes gone ones with one beginRemoveRows() per contiguous run (highest first) and
/// emits dataChanged() for the changed cells only. Rows keep their order; views sort through a proxy.
/// Holds no colours or icons (models/ has no QtWidgets): views style rows from StatusRole.
class AccountListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountListModel)

public:
    /// The columns, in display order.
    enum Column : int {
        FriendlyNameColumn,
        AwsAccountIdColumn,
        MethodColumn,
        StatusColumn,
        InstanceCountColumn,
        LastValidatedColumn,
        LastErrorColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    /// Custom roles, the same on every column of a row.
    enum Role : int {
        StatusRole = Qt::UserRole + 1, ///< int: the AccountStatus
        AccountIdRole, ///< QString: Account::id (uuid)
    };
    Q_ENUM(Role)

    explicit AccountListModel(QObject *parent = nullptr);
    ~AccountListModel() override;

    /// The number of accounts (0 under a valid parent: the table is flat).
    int rowCount(const QModelIndex &parent = {}) const override;
    /// ColumnCount.
    int columnCount(const QModelIndex &parent = {}) const override;
    /// DisplayRole per column (the instance count as an int, the last validation in the local short format or
    /// "Never", status and method as translated words); StatusRole and AccountIdRole on every column;
    /// ToolTipRole: the last error, on the Status and Last error columns; TextAlignmentRole: counts right-aligned.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// The translated column titles.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Selectable and enabled cells that never have children.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Qt's names plus status and accountId.
    QHash<int, QByteArray> roleNames() const override;

    /// Makes the model show exactly \a accounts, as a diff keyed by id: accounts not shown yet are appended
    /// (in \a accounts' order, one beginInsertRows()), accounts no longer listed are removed, and accounts whose
    /// shown fields changed emit dataChanged() for the changed span of columns of just that row.
    void setAccounts(const QList<Account> &accounts);

    /// Updates the account with \a account's id in place (dataChanged for the changed cells), or appends it.
    void upsert(const Account &account);

    /// Removes the account \a id; returns false when it is not shown.
    bool remove(const QString &id);

    /// The account in \a row (0 <= row < rowCount()).
    const Account &accountAt(int row) const;

    /// The row of account \a id, or -1.
    int rowOf(const QString &id) const;

    /// The translated word for \a status ("Active", ...), as the Status column shows it.
    static QString statusText(AccountStatus status);
    /// The translated words for \a method, as the Method column shows it.
    static QString methodText(AccountMethod method);

private:
    /// The columns whose display differs between \a a and \a b, as a bit per column.
    static quint32 changedColumns(const Account &a, const Account &b);
    void updateRow(int row, const Account &account);
    void appendRows(const QList<Account> &accounts);
    void rebuildIndex();

    QList<Account> m_accounts;
    QHash<QString, int> m_rowOfId;
};
