// AccountListModel: the console user's records as a two-level tree (organizations above their member accounts),
// updated by diffs keyed by record id.
#pragma once

#include "models/account.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

/// The records of the console user for the account list: single accounts and organization records are top-level
/// rows; the member records of an organization (Account::organization) are its children. A member whose
/// organization record is not listed is shown top-level until the organization appears, then moves beneath it.
///
/// Updated by diffs keyed by Account::id, never by a model reset: setAccounts() removes gone records (one
/// beginRemoveRows() per contiguous run of a parent, highest first), moves members whose parent changed
/// (beginMoveRows()), appends new records (one beginInsertRows() per parent) and emits dataChanged() for the
/// changed cells only — an organization's row also when what it sums up about its members changed. Rows keep their
/// order; views sort through a proxy. Holds no colours or icons (models/ has no QtWidgets): views style rows from
/// StatusRole.
///
/// An organization's row shows its name plus "(N accounts)" (live members), its organization id ("o-…") in the
/// AWS account column, "Organization" as the method, its status, the live members' instance total, and as last
/// error its own (when pending or failed) or what is wrong with its members ("2 accounts pending").
class AccountListModel final : public QAbstractItemModel
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
        KindRole, ///< int: the AccountKind
        OrganizationRole, ///< QString: Account::organization (the organization record of a member; else empty)
        DatabaseCountRole, ///< int, on the Instances column: Account::databaseCount (an organization: its members')
    };
    Q_ENUM(Role)

    explicit AccountListModel(QObject *parent = nullptr);
    ~AccountListModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    /// Top-level records under the root; members under an organization's column-0 index; 0 elsewhere.
    int rowCount(const QModelIndex &parent = {}) const override;
    /// ColumnCount.
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    /// DisplayRole per column (the instance count as an int, the last validation in the local short format or
    /// "Never", status and method as translated words); StatusRole, AccountIdRole, KindRole and OrganizationRole on
    /// every column; DatabaseCountRole on the Instances column (views may show it beside the instance count);
    /// ToolTipRole: the last error, on the Status and Last error columns; TextAlignmentRole: counts right-aligned.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// The translated column titles.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Selectable and enabled cells; only an organization's row may have children.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Qt's names plus status, accountId, kind and organization.
    QHash<int, QByteArray> roleNames() const override;

    /// Makes the model show exactly \a accounts, as a diff keyed by id (see the class comment).
    void setAccounts(const QList<Account> &accounts);

    /// Updates the record with \a account's id in place (dataChanged for the changed cells), or adds it.
    void upsert(const Account &account);

    /// Removes the record \a id (an organization's members move to the top level); false when it is not shown.
    bool remove(const QString &id);

    /// The top-level record in \a row (0 <= row < rowCount()).
    const Account &accountAt(int row) const;
    /// The record at \a index (any column); \a index must be valid.
    const Account &accountAt(const QModelIndex &index) const;
    /// The record \a id, or nullptr when it is not shown.
    const Account *find(const QString &id) const;
    /// Every record shown, parents before their members.
    QList<Account> accounts() const;
    /// The members shown beneath organization record \a organizationId.
    QList<Account> membersOf(const QString &organizationId) const;

    /// The row of record \a id beneath its parent (the root for top-level records), or -1.
    int rowOf(const QString &id) const;
    /// The column-\a column index of record \a id, or an invalid index.
    QModelIndex indexOf(const QString &id, int column = 0) const;

    /// The translated word for \a status ("Active", ...), as the Status column shows it.
    static QString statusText(AccountStatus status);
    /// The translated words for \a method, as the Method column shows it.
    static QString methodText(AccountMethod method);

private:
    struct Node
    {
        Account account;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
    };
    using Nodes = std::vector<std::unique_ptr<Node>>;

    /// What an organization's row shows about its members: (live member count, instance total, problems text).
    struct Summary
    {
        int members = 0;
        int instances = 0;
        int databases = 0;
        QString problems;
        friend bool operator==(const Summary &, const Summary &) = default;
    };
    static Summary summarize(const Node &organization);
    QVariant display(const Node &node, int column) const;
    QString lastErrorText(const Node &node) const;

    Nodes &siblings(Node *parent) { return parent ? parent->children : m_top; }
    const Nodes &siblings(const Node *parent) const { return parent ? parent->children : m_top; }
    int rowOfNode(const Node *node) const;
    QModelIndex indexOfNode(const Node *node, int column = 0) const;
    /// The columns whose display differs between \a a and \a b, as a bit per column.
    static quint32 changedColumns(const Account &a, const Account &b);
    void emitChanged(const Node *node, quint32 mask);
    void updateNode(Node *node, const Account &account);
    void removeRuns(Node *parent, const QSet<QString> &keep);
    void moveNode(Node *node, Node *newParent);
    Node *organizationNode(const QString &organizationId) const;
    /// The organization a member \a account belongs beneath, or nullptr for the top level.
    Node *desiredParent(const Account &account) const;

    Nodes m_top;
    QHash<QString, Node *> m_nodes; ///< record id -> its node
};
